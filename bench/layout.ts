/**
 * Layout figures in Chromium, for the widths and heights the training-room review measured:
 * the story column beside the map at each text size on a 1280×800 laptop, where the first
 * passage starts against the pinned header, and the debrief on a 375×812 phone.
 *
 *   npm run build && npm run bench:layout            # or DIST_DIR=/tmp/x npm run bench:layout
 *
 * Widths and heights are CSS pixels; nothing here is timed.
 */
import { type Page, chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/browser/chromium.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const TEXT_SIZES = { 100: 'Standard (100%)', 125: 'Larger (125%)', 150: 'Large (150%)', 200: 'Largest (200%)' };
const SAMPLE_BEST = [
  'Call the GP practice',
  'Ask the nursery',
  'Ask to see Mia now, even if it means waking her from her nap',
  'Set out what the GP and the nursery told you, and ask for a strategy discussion',
];

async function setTextSize(page: Page, base: string, label: string): Promise<void> {
  await page.goto(`${base}#/settings`);
  await page.getByLabel(label, { exact: true }).check();
}

async function start(page: Page, base: string, id: string): Promise<void> {
  await page.goto(`${base}#/scenario/${id}`);
  await page.locator('form.start-form').getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Skip all of this and start', exact: true }).click();
  await page.getByRole('heading', { name: 'What do you do?', exact: true }).waitFor();
}

const server = await preview({ build: { outDir: DIST }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const address = server.httpServer.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 4173}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const rows: string[] = [];
try {
  for (const [size, label] of Object.entries(TEXT_SIZES)) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await setTextSize(page, base, label);
    await start(page, base, 'child-o');
    await page.locator('.visual-layer').waitFor();
    const m = await page.evaluate(() => {
      const log = document.querySelector<HTMLElement>('.story-log')!.getBoundingClientRect();
      const map = document.querySelector<HTMLElement>('.visual-slot')!.getBoundingClientRect();
      const beat = document.querySelector<HTMLElement>('.story-log .beat')!.getBoundingClientRect();
      const header = document.querySelector<HTMLElement>('.player-header')!.getBoundingClientRect();
      const probe = document.createElement('span');
      probe.textContent = '0'.repeat(45);
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
      document.querySelector('.story-log')!.append(probe);
      const chars45 = probe.getBoundingClientRect().width;
      probe.remove();
      return {
        story: Math.round(log.width),
        map: Math.round(map.width),
        beside: map.left >= log.right - 1,
        below: map.top >= log.bottom - 1,
        chars45: Math.round(chars45),
        passageTop: Math.round(beat.top),
        headerBottom: Math.round(header.bottom),
        height: document.documentElement.scrollHeight,
      };
    });
    rows.push(
      `player 1280×800 at ${size}%: story ${m.story} px (45 characters = ${m.chars45} px), map ${m.map} px ` +
        `${m.beside ? 'beside it' : m.below ? 'below the story and choices' : 'above the story'}; first passage top ${m.passageTop} px, ` +
        `header bottom ${m.headerBottom} px; page ${m.height} px tall`,
    );
    await context.close();
  }

  const phone = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  const page = await phone.newPage();
  await start(page, base, 'sample');
  for (const text of SAMPLE_BEST) {
    const before = await page.locator('.story-log .choice-made').count();
    await page.locator('.choice-list button.choice').filter({ hasText: text }).first().click();
    await page.waitForFunction((n) => document.querySelectorAll('.story-log .choice-made').length > n, before);
  }
  await page.goto(`${base}#/debrief/sample`);
  await page.locator('.page-contents').waitFor();
  const debrief = await page.evaluate(() => {
    const widest = Math.max(...Array.from(document.querySelectorAll('table'), (t) => t.getBoundingClientRect().width));
    const open = document.documentElement.scrollHeight;
    for (const b of document.querySelectorAll<HTMLButtonElement>('.fold-toggle')) b.click();
    return {
      widestTable: Math.round(widest),
      scrollWidth: document.documentElement.scrollWidth,
      open,
      folded: document.documentElement.scrollHeight,
    };
  });
  rows.push(
    `debrief 375×812 (sample): widest table ${debrief.widestTable} px, page ${debrief.scrollWidth} px wide; ` +
      `${debrief.open} px tall with every section open, ${debrief.folded} px with all folded`,
  );
  await phone.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(rows.join('\n'));
