/**
 * The one set-up for every browser test file: Debian's Chromium (never a downloaded
 * browser) launched once per file with the project's flags, a fresh browser context for
 * each test, pages that collect console and page errors, and everything closed afterwards.
 *
 * And the few ways a test acts on the app without racing it: wait for the view by its
 * heading (exact role and name) before acting, and find a story option by its text (the
 * options are shown in a seeded, shuffled order), never by its place in the list.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, launchChromium } from './chromium.ts';

export { CHROMIUM, CHROMIUM_ARGS };

/** The production build served by the global set-up (test/browser/global-setup.ts). */
export function baseUrl(): string {
  return inject('baseUrl');
}

export interface Opened {
  page: Page;
  /** Console errors and uncaught page errors, in the order they happened. */
  errors: string[];
}

/** Collects a page's console errors and uncaught errors into `errors`. */
export function collectErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
}

/** A new page in `context` with its errors collected, at `hash` of the build (or about:blank with `null`). */
export async function openPage(context: BrowserContext, hash: string | null = '#/'): Promise<Opened> {
  const page = await context.newPage();
  const errors: string[] = [];
  collectErrors(page, errors);
  if (hash !== null) await page.goto(baseUrl() + hash);
  return { page, errors };
}

/**
 * Tests run without the offline service worker unless they ask for it (offline.test.ts):
 * a page it controls is served from its cache, out of reach of the routes tests set.
 */
const NO_SERVICE_WORKER: BrowserContextOptions = { serviceWorkers: 'block' };

export interface HarnessOptions {
  /** Options for each test's context (viewport, downloads). */
  context?: BrowserContextOptions;
  /** Runs on each test's new context before the test: routes, init scripts. */
  prepare?: (context: BrowserContext) => Promise<unknown>;
}

export interface Harness {
  /** The file's browser. */
  readonly browser: Browser;
  /** This test's context, fresh for every test. */
  readonly context: BrowserContext;
  /** Opens a page in this test's context at `hash`, collecting its errors. */
  open(hash?: string | null): Promise<Opened>;
  /** Another context for this test (another browser profile), closed after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Another browser with extra flags on top of the project's, closed after the test. */
  launchBrowser(extraArgs: string[]): Promise<Browser>;
}

/**
 * Registers the file's hooks: one browser for the file, one context per test. Call it once
 * at the top of a test file and use what it returns inside the tests.
 */
export function useBrowser(options: HarnessOptions = {}): Harness {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let extraContexts: BrowserContext[] = [];
  let extraBrowsers: Browser[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
  beforeEach(async () => {
    context = await browser!.newContext({ ...NO_SERVICE_WORKER, ...options.context });
    await options.prepare?.(context);
  });
  afterEach(async () => {
    const contexts = [context, ...extraContexts];
    const browsers = extraBrowsers;
    context = undefined;
    extraContexts = [];
    extraBrowsers = [];
    for (const c of contexts) await c?.close();
    for (const b of browsers) await b.close();
  });

  const harness: Harness = {
    get browser() {
      if (!browser) throw new Error('the browser is only there inside a test');
      return browser;
    },
    get context() {
      if (!context) throw new Error('the context is only there inside a test');
      return context;
    },
    open: (hash = '#/') => openPage(harness.context, hash),
    async newContext(contextOptions = options.context) {
      const made = await harness.browser.newContext({ ...NO_SERVICE_WORKER, ...contextOptions });
      extraContexts.push(made);
      return made;
    },
    async launchBrowser(extraArgs) {
      const made = await launchChromium(extraArgs);
      extraBrowsers.push(made);
      return made;
    },
  };
  return harness;
}

type Scope = Page | Frame;

/** Waits until the view whose heading is exactly `heading` is on screen; returns the heading. */
export async function onView(scope: Scope, heading: string, level = 1): Promise<Locator> {
  const locator = scope.getByRole('heading', { name: heading, exact: true, level });
  await locator.waitFor();
  return locator;
}

/**
 * Sends the page to `hash` of the app (the router follows the address) and waits for that
 * view. The view on screen before is marked, so that a new view is never confused with an
 * old one under the same heading (a briefing and its player share the scenario's title).
 */
export async function goToView(page: Page, hash: string, heading: string): Promise<void> {
  const target = page.url().replace(/#.*$/, hash);
  const moves = target !== page.url();
  if (moves)
    await page.evaluate(() =>
      document.querySelectorAll('#main > *').forEach((e) => e.setAttribute('data-test-left', '')),
    );
  await page.goto(target);
  if (moves) await page.locator('#main > [data-test-left]').first().waitFor({ state: 'detached' });
  await onView(page, heading);
}

/** A scenario's title, from its stories/<id>/scenario.json: the heading of its briefing and player. */
export function scenarioTitle(id: string): string {
  return (JSON.parse(readFileSync(`stories/${id}/scenario.json`, 'utf8')) as { title: string }).title;
}

/** Opens a scenario's briefing and starts it, skipping the optional questions before play if they are offered. */
export async function startScenario(page: Page, id: string): Promise<void> {
  const title = scenarioTitle(id);
  await goToView(page, `#/scenario/${id}`, title);
  await page.locator('form.start-form').getByRole('button', { name: 'Start', exact: true }).click();
  const before = page.getByRole('heading', { name: `Before you start: ${title}`, exact: true, level: 1 });
  await before.or(page.getByRole('heading', { name: 'What do you do?', exact: true, level: 2 })).waitFor();
  if (await before.isVisible()) {
    await page.getByRole('button', { name: 'Skip all of this and start', exact: true }).click();
  }
  await onDecision(page);
}

/** Waits until the player offers a decision ("What do you do?"). */
export async function onDecision(scope: Scope): Promise<void> {
  await onView(scope, 'What do you do?', 2);
}

/** Waits until the player shows the scenario's end ("The scenario has ended"). */
export async function onEnding(scope: Scope): Promise<void> {
  await onView(scope, 'The scenario has ended', 2);
}

/** The options the player offers, in the order shown. */
export function shownOptions(scope: Scope): Promise<string[]> {
  return scope.locator('.choice-list .choice .choice-text').allTextContents();
}

export type Sure = 'Not sure' | 'Fairly sure' | 'Sure';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Answers a test question by its option's text (the right one, or another), and says how sure the learner is. */
export async function answerQuestion(
  scope: Scope,
  q: { question: string; options: string[]; answer: number },
  right: boolean,
  sure: Sure,
): Promise<void> {
  const text = right ? q.options[q.answer]! : q.options.find((_, i) => i !== q.answer)!;
  const group = scope.getByRole('group', { name: q.question, exact: true });
  await group.getByRole('radio', { name: new RegExp(`^[A-F]\\. ${escapeRegExp(text)}$`) }).check();
  await group
    .getByRole('group', { name: 'How sure are you of this answer?', exact: true })
    .getByRole('radio', { name: sure, exact: true })
    .check();
}

/** The option button whose text is exactly `text` (its place in the list is not fixed). */
export function option(scope: Scope, text: string): Locator {
  return scope.locator('.choice-list button.choice').filter({ has: scope.getByText(text, { exact: true }) });
}

const choicesMade = (scope: Scope) => scope.locator('.story-log .choice-made').count();

/** Waits for the decision, clicks the option whose text is exactly `text`, and waits for the choice to register. */
export async function choose(scope: Scope, text: string): Promise<void> {
  await onDecision(scope);
  const before = await choicesMade(scope);
  await option(scope, text).click();
  await expect.poll(() => choicesMade(scope)).toBe(before + 1);
  await visualLayerInStep(scope);
}

/**
 * Waits until the visual layer (if there is one) shows the current decision: after a
 * choice it catches up once the new passage is painted, and is marked busy until then.
 */
export async function visualLayerInStep(scope: Scope): Promise<void> {
  await scope.locator('.visual-layer[aria-busy="true"]').waitFor({ state: 'detached' });
}

/** Makes each choice in turn, by text. */
export async function chooseAll(scope: Scope, texts: readonly string[]): Promise<void> {
  for (const text of texts) await choose(scope, text);
}

/** Chooses the option whose text is exactly `text` by pressing the number key shown beside it. */
export async function chooseByKey(page: Page, text: string): Promise<void> {
  await onDecision(page);
  const button = option(page, text);
  expect(await button.count(), `"${text}" among ${JSON.stringify(await shownOptions(page))}`).toBe(1);
  const key = await button.getAttribute('aria-keyshortcuts');
  expect(key, `the number key shown for "${text}"`).toMatch(/^[1-9]$/);
  expect(await button.locator('.key').textContent()).toBe(key);
  const before = await choicesMade(page);
  await page.keyboard.press(key!);
  await expect.poll(() => choicesMade(page)).toBe(before + 1);
  await visualLayerInStep(page);
}

/**
 * Resolves once work the page has deferred is known to have run: the app defers what is
 * not urgent to the next frame and then an idle callback (at most 1.5 s later, e.g. loading
 * the illustrations), so a frame and an idle callback queued after it come later; a marker
 * request made from that callback, seen by the test, comes after any request that work made.
 * Assert that something did *not* happen only after this.
 */
export async function afterDeferredWork(page: Page): Promise<void> {
  const marker = `${baseUrl()}favicon.svg?after-deferred-work=${Date.now()}-${Math.random()}`;
  const seen = page.waitForRequest(marker);
  await page.evaluate(
    (url) =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestIdleCallback(() => void fetch(url, { cache: 'no-store' }).finally(() => resolve()), {
            timeout: 1500,
          }),
        ),
      ),
    marker,
  );
  await seen;
}

/** Presses Tab until the focused element matches `selector`. */
export async function pressUntilFocused(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * The sample scenario's options, word for word (stories/sample). Tests choose by these texts;
 * when the sample's wording changes, this is the one place to follow it.
 */
export const SAMPLE = {
  title: 'Sample: Missed checks',
  gp: 'Call the GP practice',
  nursery: 'Ask the nursery',
  visitNow: 'Go ahead with the home visit now',
  accept: 'Accept what you see and book another check for Mia next week',
  seeMia: 'Ask to see Mia now, even if it means waking her from her nap',
  /** Offered when both the GP and the nursery were asked: the critical act for asking others. */
  strategyWithBoth: 'Set out what the GP and the nursery told you, and ask for a strategy discussion',
  strategy: 'Set out what you found and ask for a strategy discussion',
  close: 'Say that you are uneasy about closing the case, but agree to close it if the others do',
} as const;

/** The heading of the trainer guide (docs/trainer-guide.md). */
export const TRAINER_GUIDE = 'Trainer guide: a 90-minute facilitated session';

/** The path that meets every learning point of the sample. */
export const SAMPLE_BEST = [SAMPLE.gp, SAMPLE.nursery, SAMPLE.seeMia, SAMPLE.strategyWithBoth] as const;
/** The path the real case took. */
export const SAMPLE_REAL = [SAMPLE.visitNow, SAMPLE.accept, SAMPLE.close] as const;

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.2 A/AA rules) on the page and returns the violations. */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
