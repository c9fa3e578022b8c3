/** Debian's Chromium and the project's flags: see tools/lib/chromium.ts. */
export { CHROMIUM, CHROMIUM_ARGS, launchChromium } from '../../tools/lib/chromium.ts';
