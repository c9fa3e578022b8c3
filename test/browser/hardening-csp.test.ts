/**
 * The built site carries a Content-Security-Policy with no 'unsafe-eval' and no
 * 'unsafe-inline', and everything works under it: the sample played to its ending with the
 * illustrations (Phaser) and sound cues loaded, the debrief, settings, the dashboard with an
 * import (its worker and charts), the facilitation page and the trainer guide — with not a
 * single violation reported.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../tools/vite-plugin-csp.ts';
import {
  SAMPLE,
  SAMPLE_BEST,
  TRAINER_GUIDE,
  baseUrl,
  goToView,
  onEnding,
  onView,
  openPage,
  option,
  startScenario,
  useBrowser,
} from './harness.ts';

const h = useBrowser({
  context: { viewport: { width: 1400, height: 900 } },
  // Recorded from before the app's first script runs, for the whole life of each page.
  prepare: (context) =>
    context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    }),
});

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('the Content-Security-Policy', () => {
  it('is on the built page, with no unsafe-eval and no unsafe-inline', async () => {
    const html = await (await fetch(baseUrl())).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta, 'the CSP meta tag in index.html').not.toBeNull();
    const policy = meta![1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
    // No inline script at all: the scenario preload is a file of the app's own.
    expect([...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)]).toEqual([]);
    expect(html).toMatch(/<script async src="\.\/assets\/scenario-preload-[\w-]+\.js"><\/script>/);
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|\*/);
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('lets the whole app work with no violation', async () => {
    const { page, errors } = await openPage(h.context, null);
    // Besides errors, anything the console says about the policy.
    page.on('console', (m) => {
      if (m.type() !== 'error' && /Content Security Policy/i.test(m.text())) errors.push(`console: ${m.text()}`);
    });
    page.on('worker', (worker) => worker.on('console', (m) => errors.push(`worker console: ${m.text()}`)));
    const sounds: string[] = [];
    page.on('requestfinished', (r) => {
      if (/\.(ogg|mp3)$/.test(new URL(r.url()).pathname)) sounds.push(r.url());
    });
    await page.goto(`${baseUrl()}#/`);
    await onView(page, 'Choose a scenario');

    await startScenario(page, 'sample');
    const soundToggle = page.locator('.sound-toggle');
    await soundToggle.click();
    await expect.poll(() => soundToggle.getAttribute('aria-pressed')).toBe('true');
    for (const [step, text] of SAMPLE_BEST.entries()) {
      await option(page, text).click();
      await expect.poll(() => page.locator('.choice-made').count()).toBe(step + 1);
      // The illustrations load after the first choice on a wide screen.
      if (step === 0) await page.locator('.visual-canvas[data-renderer] canvas').waitFor({ timeout: 30_000 });
    }
    await onEnding(page);
    await expect.poll(() => page.locator('.ending-title').textContent()).toContain('Ending');
    expect(await page.locator('.visual-note').isHidden()).toBe(true);
    await expect.poll(() => sounds.length, { message: 'sound cues loaded' }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'See your debrief', exact: true }).click();
    await onView(page, `Debrief: ${SAMPLE.title}`);

    await goToView(page, '#/settings', 'Settings');
    await goToView(page, '#/facilitate', 'Run a facilitated session');
    await goToView(page, '#/trainer-guide', TRAINER_GUIDE);
    await goToView(page, '#/my-data', 'Your results and data');
    await goToView(page, '#/dashboard', 'Partnership dashboard');
    await page.setInputFiles('#dashboard-files', 'test/fixtures/results/cohort-a.json');
    await expect.poll(() => page.locator('.selection-summary').textContent()).toContain('of 6 records');
    await page.locator('.chart-box canvas').first().waitFor();

    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // The policy is in force: an injected inline script does not run, and is reported.
    // (An inline script runs as it is inserted, if it runs at all; the report comes after.)
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true;';
      document.body.append(script);
    });
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan ?? false)).toBe(false);
  });
});
