/**
 * Chromium for the benchmarks: Debian's browser with the test flags, CPU and network
 * throttling through the DevTools protocol, and an in-page probe that timestamps the
 * first choice button and the frame that paints it.
 */
import { type Browser, type BrowserContext, type CDPSession, type Page, chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../test/browser/chromium.ts';

/** Chromium's CPU slowdown factor for the throttled figures. */
export const CPU_SLOWDOWN = 4;

/**
 * A slow 4G link (the figures Lighthouse calls "slow 4G"): 150 ms added to every request,
 * 1.6 Mbit/s down, 750 kbit/s up (1 Mbit = 1024 × 1024 bits, as Lighthouse counts).
 */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
} as const;

export const WIDE_VIEWPORT = { width: 1366, height: 900 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * tsx compiles this code keeping function names, through a `__name` helper that the page
 * does not have; the functions handed to the page need it defined there.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

/** A fresh context (own cache and storage) with a wide window, so the visual layer draws. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: WIDE_VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript({ content: NAME_SHIM });
  return context;
}

export interface Throttle {
  /** CPU slowdown factor (1 = none). */
  cpu?: number;
  slow4g?: boolean;
  /** Bypass the HTTP cache (a first visit). */
  coldCache?: boolean;
}

/** Applies throttling to a page; it stays on for the page's later navigations. */
export async function throttle(page: Page, t: Throttle): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  if (t.slow4g || t.coldCache) await cdp.send('Network.enable');
  if (t.coldCache) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (t.slow4g) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  if (t.cpu && t.cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: t.cpu });
  return cdp;
}

/** Times (ms since navigation start) at which a `.choice` button first appeared, and was painted. */
export interface ChoiceTimes {
  choiceAt: number;
  paintedAt: number;
}

/**
 * Installs, before any page script runs, a MutationObserver that notes when the first
 * `.choice` button is in the DOM, then waits for the next animation frame and for the task
 * after it: by then that frame has been painted.
 */
export async function installChoiceProbe(page: Page): Promise<void> {
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(() => {
    const probe: { choiceAt: number | null; paintedAt: number | null } = { choiceAt: null, paintedAt: null };
    (window as unknown as { __choiceProbe: typeof probe }).__choiceProbe = probe;
    const check = () => {
      if (probe.choiceAt !== null || !document.querySelector('.choice')) return;
      probe.choiceAt = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.paintedAt = performance.now();
        };
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', check);
  });
}

export async function choiceTimes(page: Page, timeout = 120_000): Promise<ChoiceTimes> {
  const handle = await page.waitForFunction(
    () => {
      const p = (window as unknown as { __choiceProbe?: { choiceAt: number | null; paintedAt: number | null } })
        .__choiceProbe;
      return p && p.paintedAt !== null ? { choiceAt: p.choiceAt!, paintedAt: p.paintedAt } : null;
    },
    undefined,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as ChoiceTimes;
}

/**
 * Starts a scenario from its briefing, skipping the questions before play, so that the
 * context holds a save at the first decision. Leaves the page open on the player.
 */
export async function startScenario(context: BrowserContext, base: string, id: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}${query}#/scenario/${id}`);
  await page.getByRole('button', { name: 'Start', exact: true }).click({ timeout: 60_000 });
  const skip = page.getByRole('button', { name: 'Skip all of this and start' });
  const choice = page.locator('.choice').first();
  await Promise.race([skip.waitFor({ timeout: 60_000 }), choice.waitFor({ timeout: 60_000 })]);
  if (await skip.isVisible()) await skip.click();
  await choice.waitFor({ timeout: 60_000 });
  await waitForSaved(page);
  return page;
}

/** Waits until the player says the progress is stored. */
export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('.save-status.saved').waitFor({ timeout: 30_000 });
}

/** Resolves when the Phaser canvas is drawing (the visual layer sets `data-renderer`); null if it never does. */
export async function drawingRenderer(page: Page, timeout = 90_000): Promise<string | null> {
  try {
    const box = page.locator('.visual-canvas[data-renderer]');
    await box.waitFor({ state: 'attached', timeout });
    return await box.getAttribute('data-renderer');
  } catch {
    return null;
  }
}
