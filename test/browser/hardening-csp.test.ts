/**
 * The built site carries a Content-Security-Policy with no 'unsafe-eval' and no
 * 'unsafe-inline', and everything works under it: the sample played to its ending with the
 * illustrations (Phaser) and sound cues loaded, the debrief, settings, the dashboard with an
 * import (its worker and charts), the facilitation page and the trainer guide — with not a
 * single violation reported.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../tools/vite-plugin-csp.ts';
import { baseUrl, launchChromium } from './chromium.ts';
import { startScenario } from './hardening-support.ts';

const SAMPLE_BEST = ['Call the GP practice', 'Ask the nursery', 'Ask to see Mia', 'Set out what you found'];

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Recorded from before the app's first script runs, for the whole life of each page.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
});
afterAll(async () => {
  await browser.close();
});

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

async function go(page: Page, hash: string, heading: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.locator('h1', { hasText: heading }).first().waitFor();
}

describe('the Content-Security-Policy', () => {
  it('is on the built page, with no unsafe-eval and no unsafe-inline', async () => {
    const html = await (await fetch(baseUrl())).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta, 'the CSP meta tag in index.html').not.toBeNull();
    const policy = meta![1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|\*/);
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('lets the whole app work with no violation', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(`console: ${m.text()}`);
    });
    page.on('worker', (worker) => worker.on('console', (m) => errors.push(`worker console: ${m.text()}`)));
    const sounds: string[] = [];
    page.on('requestfinished', (r) => {
      if (/\.(ogg|mp3)$/.test(new URL(r.url()).pathname)) sounds.push(r.url());
    });
    await page.goto(`${baseUrl()}#/`);
    await page.locator('h1', { hasText: 'Choose a scenario' }).waitFor();

    await startScenario(page, 'sample');
    const soundToggle = page.locator('.sound-toggle');
    await soundToggle.click();
    await expect.poll(() => soundToggle.getAttribute('aria-pressed')).toBe('true');
    for (const [step, text] of SAMPLE_BEST.entries()) {
      await page.locator('.choice-list .choice', { hasText: text }).click();
      await expect.poll(() => page.locator('.choice-made').count()).toBe(step + 1);
      // The illustrations load after the first choice on a wide screen.
      if (step === 0) await page.locator('.visual-canvas[data-renderer] canvas').waitFor({ timeout: 30_000 });
    }
    await expect.poll(() => page.locator('.ending-title').textContent()).toContain('Ending');
    expect(await page.locator('.visual-note').isHidden()).toBe(true);
    expect(sounds.length, 'sound cues loaded').toBeGreaterThan(0);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.locator('h1', { hasText: 'Debrief' }).waitFor();

    await go(page, '#/settings', 'Settings');
    await go(page, '#/facilitate', 'Run a facilitated session');
    await go(page, '#/trainer-guide', 'Trainer guide');
    await go(page, '#/my-data', 'Your results and data');
    await go(page, '#/dashboard', 'Partnership dashboard');
    await page.setInputFiles('#dashboard-files', 'test/fixtures/results/cohort-a.json');
    await expect.poll(() => page.locator('.selection-summary').textContent()).toContain('of 6 records');
    await page.locator('.chart-box canvas').first().waitFor();

    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // The policy is in force: an injected inline script does not run, and is reported.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
    });
    expect(ran).toBe(false);
    expect(await violations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
  });
});
