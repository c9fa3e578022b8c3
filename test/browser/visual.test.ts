import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GAME_WIDTH, NETWORK, agencyPosition } from '../../src/scenes/layout.ts';
import {
  SAMPLE,
  SAMPLE_BEST,
  afterDeferredWork,
  axeViolations,
  choose,
  chooseAll,
  goToView,
  onDecision,
  onView,
  openPage,
  shownOptions,
  startScenario,
  useBrowser,
} from './harness.ts';

const VIEWPORT = { width: 1280, height: 800 };
const h = useBrowser({ context: { viewport: VIEWPORT } });

const PHASER_CHUNK = /\/assets\/phaser-game-[^/]*\.js$/;
const isPhaserChunk = (url: string) => PHASER_CHUNK.test(new URL(url).pathname);

/** Starts the sample from its briefing, skipping the optional questions before play. */
const startSample = (page: Page) => startScenario(page, 'sample');

async function drawingReady(page: Page): Promise<void> {
  await page.locator('.visual-canvas[data-renderer] canvas').waitFor({ timeout: 30_000 });
}

/** Where an agency's node is on the page, from its place in the agency list (the map's order). */
async function agencyOnCanvas(page: Page, agency: string): Promise<{ x: number; y: number; scale: number }> {
  const ids = await page
    .locator('.agency-list > li')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-agency')));
  const index = ids.indexOf(agency);
  expect(index, `${agency} among ${ids.join(', ')}`).toBeGreaterThanOrEqual(0);
  const box = await page.locator('.visual-canvas canvas').boundingBox();
  if (!box) throw new Error('the canvas has no box');
  const scale = box.width / GAME_WIDTH;
  const pos = agencyPosition(index, ids.length);
  return { x: box.x + pos.x * scale, y: box.y + pos.y * scale, scale };
}

/** In the page: clicks the option `wanted` and notes when the frame showing the next passage is painted. */
function clickAndTime(wanted: string): Promise<{ clickedAt: number; paintedAt: number }> {
  return new Promise((resolve) => {
    const log = document.querySelector('.story-log')!;
    const passages = log.querySelectorAll('.beat').length;
    const button = [...document.querySelectorAll<HTMLButtonElement>('.choice')].find(
      (b) => b.querySelector('.choice-text')?.textContent === wanted,
    )!;
    const observer = new MutationObserver(() => {
      if (log.querySelectorAll('.beat').length <= passages) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve({ clickedAt, paintedAt: performance.now() })));
    });
    observer.observe(log, { childList: true });
    const clickedAt = performance.now();
    button.click();
  });
}

/** Decodes a PNG in the page and reports how varied it is, and the colour at some points. */
async function inspectPng(page: Page, png: Buffer, points: { x: number; y: number }[]) {
  return page.evaluate(
    async ({ b64, points }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = ((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const total = data.length / 4;
      const at = points.map(({ x, y }) => {
        const i = (Math.round(y) * c.width + Math.round(x)) * 4;
        return [data[i]!, data[i + 1]!, data[i + 2]!];
      });
      return { distinct: counts.size, dominantShare: Math.max(...counts.values()) / total, at };
    },
    { b64: png.toString('base64'), points },
  );
}

describe('the visual layer', () => {
  it('loads Phaser only after the first choice is on screen, and draws the agency map', async () => {
    await h.context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.choice')) {
          (window as unknown as { firstChoiceAt: number }).firstChoiceAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const { page, errors } = await h.open('#/');
    // The system asks for reduced motion: the option rings hold still, so their colour can be read.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await startSample(page);
    await drawingReady(page);

    const timing = await page.evaluate(() => ({
      firstChoiceAt: (window as unknown as { firstChoiceAt: number }).firstChoiceAt,
      phaserAt: performance
        .getEntriesByType('resource')
        .filter((e) => /phaser-game-/.test(e.name))
        .map((e) => e.startTime),
    }));
    expect(timing.phaserAt).toHaveLength(1);
    expect(timing.phaserAt[0]).toBeGreaterThan(timing.firstChoiceAt);

    // Hidden from assistive technology: the lists carry the same information.
    expect(await page.locator('.visual-canvas').getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('.visual-canvas canvas').getAttribute('role')).toBe('presentation');
    expect(await page.locator('.scene-caption').textContent()).toContain('Setting: An office.');

    const canvas = page.locator('.visual-canvas canvas');
    const box = (await canvas.boundingBox())!;
    const gp = await agencyOnCanvas(page, 'gp');
    const ring = { x: gp.x - box.x + (NETWORK.nodeRadius + 6) * gp.scale, y: gp.y - box.y };
    const corner = { x: 4, y: 4 };
    const shot = await inspectPng(page, await canvas.screenshot(), [ring, corner]);
    expect(shot.distinct).toBeGreaterThan(20);
    expect(shot.dominantShare).toBeLessThan(0.8);
    // The ring round the GP (an option now) is drawn in the warm option colour, not the backdrop's.
    const [r, , b] = shot.at[0]!;
    expect(r! - b!, `ring colour ${shot.at[0]}`).toBeGreaterThan(100);
    expect(shot.at[0]).not.toEqual(shot.at[1]);
    expect(errors).toEqual([]);
  });

  it('lets the drawing sleep while nothing moves, and wakes it for the next beat', async () => {
    // Every animation frame asked for, and when: the drawing's loop runs on them.
    await h.context.addInitScript(() => {
      const seen = { count: 0, last: 0 };
      Object.assign(window, { framesAsked: seen });
      const ask = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => {
        seen.count++;
        seen.last = performance.now();
        return ask(callback);
      };
    });
    const frames = (page: Page) =>
      page.evaluate(() => {
        const seen = (window as unknown as { framesAsked: { count: number; last: number } }).framesAsked;
        return { count: seen.count, idleMs: performance.now() - seen.last };
      });
    const { page, errors } = await h.open('#/');
    await startSample(page);
    await drawingReady(page);
    // Asleep: no frame asked for in the last second.
    await expect.poll(async () => (await frames(page)).idleMs).toBeGreaterThan(1000);
    const asleep = (await frames(page)).count;
    await choose(page, SAMPLE.nursery);
    await expect.poll(async () => (await frames(page)).count).toBeGreaterThan(asleep + 2);
    await expect.poll(async () => (await frames(page)).idleMs).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  });

  it('paints the next passage before the drawing does any work, then the drawing catches up', async () => {
    // When the drawing draws: every WebGL draw call, timed.
    await h.context.addInitScript(() => {
      const draws: number[] = [];
      Object.assign(window, { glDraws: draws });
      for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
        for (const name of ['drawArrays', 'drawElements'] as const) {
          const original = proto[name] as (...args: unknown[]) => void;
          Object.defineProperty(proto, name, {
            value(this: unknown, ...args: unknown[]) {
              draws.push(performance.now());
              return original.apply(this, args);
            },
          });
        }
      }
    });
    const { page, errors } = await h.open('#/');
    await startSample(page);
    await drawingReady(page);
    const draws = () => page.evaluate(() => (window as unknown as { glDraws: number[] }).glDraws);

    // A choice, then, while the drawing is still catching up with it (fading the new
    // chronology entries in), another: the drawing must hold still until the text is painted.
    const first = await page.evaluate(clickAndTime, SAMPLE.gp);
    await expect.poll(async () => (await draws()).filter((t) => t > first.paintedAt).length).toBeGreaterThan(0);
    const second = await page.evaluate(clickAndTime, SAMPLE.nursery);
    const before = (await draws()).filter((t) => t < second.clickedAt);
    expect(second.clickedAt - before.at(-1)!, 'the drawing was animating when the learner chose').toBeLessThan(400);
    expect((await draws()).filter((t) => t >= second.clickedAt && t <= second.paintedAt)).toEqual([]);
    await expect.poll(async () => (await draws()).filter((t) => t > second.paintedAt).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('makes the same choice when an agency is clicked on the map as with its button', async () => {
    const byMap = await h.open('#/');
    await startSample(byMap.page);
    await drawingReady(byMap.page);
    const gp = await agencyOnCanvas(byMap.page, 'gp');
    await byMap.page.mouse.click(gp.x, gp.y);
    await expect.poll(() => byMap.page.locator('.choice-made').count()).toBe(1);
    const logByMap = await byMap.page.locator('.story-log').innerText();
    const optionsByMap = await shownOptions(byMap.page);
    expect(logByMap).toContain(`You chose: ${SAMPLE.gp}`);

    // Another profile (another session, so another seed for the order of the options).
    const byButton = await openPage(await h.newContext(), '#/');
    await startSample(byButton.page);
    await choose(byButton.page, SAMPLE.gp);
    expect(await byButton.page.locator('.story-log').innerText()).toBe(logByMap);
    expect((await shownOptions(byButton.page)).sort()).toEqual([...optionsByMap].sort());
    expect(byButton.errors).toEqual([]);

    // The list of agencies is in step: the GP is contacted and says what it shared.
    const gpItem = byMap.page.locator('.agency-list > li[data-agency="gp"]');
    await expect.poll(() => gpItem.getAttribute('class')).toContain('is-contacted');
    expect(await gpItem.locator('.agency-shared').innerText()).toContain('Two immunisations missed this year');
    expect(await byMap.page.locator('.agency-list > li[data-agency="police"]').innerText()).toContain('not asked');
    expect(byMap.errors).toEqual([]);
  });

  it('offers each contact option as a button in the agency list, making the same choice', async () => {
    const { page, errors } = await h.open('#/');
    await startSample(page);
    const buttons = page.locator('.agency-list button.agency-choose');
    expect(await buttons.allTextContents()).toEqual([SAMPLE.gp, SAMPLE.nursery]);
    await page
      .locator('.agency-list > li[data-agency="nursery"]')
      .getByRole('button', { name: SAMPLE.nursery, exact: true })
      .click();
    await expect.poll(() => page.locator('.choice-made').count()).toBe(1);
    expect(await page.locator('.choice-made').innerText()).toContain(`You chose: ${SAMPLE.nursery}`);
    // What the nursery shared is in the agency list; what was learnt is in the chronology.
    expect(await page.locator('li[data-agency="nursery"] .agency-shared').innerText()).toContain(
      'No attendance for three weeks',
    );
    const chrono = await page.locator('.chrono-list > li').allInnerTexts();
    expect(chrono.some((t) => t.includes('Mia stops attending nursery') && t.includes('(new)'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows a chronology entry clicked on the drawing and highlights it in the list', async () => {
    const { page } = await h.open('#/');
    await startSample(page);
    await drawingReady(page);
    await choose(page, SAMPLE.nursery);
    const entries = await page.locator('.chrono-list > li').count();
    expect(entries).toBe(2);
    const box = (await page.locator('.visual-canvas canvas').boundingBox())!;
    const { TIMELINE, chronoPosition } = await import('../../src/scenes/layout.ts');
    const scale = box.width / GAME_WIDTH;
    const first = chronoPosition(0, entries);
    await page.mouse.click(box.x + first.x * scale, box.y + TIMELINE.y * scale);
    const entry = page.locator('.chrono-list > li').first();
    await expect.poll(() => entry.getAttribute('class')).toContain('is-selected');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chrono-entry-0');
    // The keyboard does the same from the list: each entry is a button.
    const second = page.locator('.chrono-list > li').nth(1);
    await second.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => second.getAttribute('class')).toContain('is-selected');
    expect(await second.getByRole('button').getAttribute('aria-pressed')).toBe('true');
    expect(await entry.getByRole('button').getAttribute('aria-pressed')).toBe('false');
  });

  it('falls back to Phaser’s Canvas renderer when WebGL is unavailable, and still draws and answers clicks', async () => {
    const noWebGl = await h.launchBrowser(['--disable-webgl', '--disable-webgl2']);
    const { page, errors } = await openPage(
      await noWebGl.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' }),
      '#/',
    );
    expect(await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl')))).toBe(false);
    await startSample(page);
    await drawingReady(page);
    expect(await page.locator('.visual-canvas').getAttribute('data-renderer')).toBe('Canvas');
    const shot = await inspectPng(page, await page.locator('.visual-canvas canvas').screenshot(), []);
    expect(shot.distinct).toBeGreaterThan(20);
    expect(shot.dominantShare).toBeLessThan(0.8);
    const nursery = await agencyOnCanvas(page, 'nursery');
    await page.mouse.click(nursery.x, nursery.y);
    await expect.poll(() => page.locator('.choice-made').count()).toBe(1);
    expect(await page.locator('.choice-made').innerText()).toContain(`You chose: ${SAMPLE.nursery}`);
    expect(errors).toEqual([]);
  });

  it('plays to the end when Phaser cannot be loaded, with a quiet note', async () => {
    let blocked = 0;
    await h.context.route(PHASER_CHUNK, (route) => {
      blocked++;
      return route.abort('blockedbyclient');
    });
    const { page, errors } = await h.open('#/');
    await startSample(page);
    const note = page.locator('.visual-note');
    await note.waitFor();
    expect(await note.textContent()).toContain('could not be loaded');
    expect(blocked).toBeGreaterThan(0);
    expect(await page.locator('.visual-canvas').isVisible()).toBe(false);
    expect(await page.getByRole('alert').count()).toBe(0);
    await chooseAll(page, SAMPLE_BEST);
    expect(await page.locator('.ending-title').textContent()).toBe('Ending: The risk was seen and acted on');
    expect(await page.locator('li[data-agency="gp"]').getAttribute('class')).toContain('is-contacted');
    // Only the blocked download itself is reported by the browser; the app raises no error.
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it('never loads Phaser when illustrations are turned off, or with ?visual=off', async () => {
    const requested: string[] = [];
    h.context.on('request', (r) => requested.push(r.url()));
    const { page } = await h.open('#/settings');
    await onView(page, 'Settings');
    await page.getByLabel('Show illustrations', { exact: true }).uncheck();
    await expect.poll(() => page.locator('.settings-status').textContent()).toContain('Illustrations off');
    await startSample(page);
    await choose(page, SAMPLE.gp);
    expect(await page.locator('.agency-list').count()).toBe(1);
    // The drawing would have been asked for by now (after the first paint, once idle).
    await afterDeferredWork(page);
    expect(requested.filter(isPhaserChunk)).toEqual([]);
    await page.goto(page.url().replace(/\/(\?[^#]*)?#.*$/, '/?visual=off#/play/sample'));
    await onDecision(page);
    // The layer is built with the player, so its absence shows at once; the request would follow the first paint.
    expect(await page.locator('.visual-layer').count()).toBe(0);
    await afterDeferredWork(page);
    expect(requested.filter(isPhaserChunk)).toEqual([]);
  });

  it('loads no sound until the learner turns sound on, then fetches the cue', async () => {
    const sounds: string[] = [];
    h.context.on('request', (r) => {
      if (/\.(ogg|mp3)$/.test(new URL(r.url()).pathname) || /\/howler-/.test(r.url())) sounds.push(r.url());
    });
    const { page, errors } = await h.open('#/');
    await startSample(page);
    const toggle = page.getByRole('button', { name: 'Sound cues', exact: true });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await choose(page, SAMPLE.gp); // a passage with a phone cue
    // A cue is asked for as the passage is drawn; a request made after the next idle moment comes later.
    await afterDeferredWork(page);
    expect(sounds).toEqual([]);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await choose(page, SAMPLE.nursery); // leads to the home visit, with a knock at the door
    expect(await page.locator('.scene-caption').textContent()).toContain('a knock at the door');
    await expect.poll(() => sounds.some((u) => /\/howler-/.test(u))).toBe(true);
    await expect.poll(() => sounds.some((u) => /\/knock-[^/]*\.(ogg|mp3)$/.test(u))).toBe(true);
    // The choice is remembered.
    await page.reload();
    await onDecision(page);
    expect(await page.getByRole('button', { name: 'Sound cues', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(errors).toEqual([]);
  });

  it('has no axe-core violations with the visual layer on, in both contrast settings', async () => {
    const { page } = await h.open('#/');
    await startSample(page);
    await drawingReady(page);
    expect(await axeViolations(page)).toEqual([]);
    await choose(page, SAMPLE.gp);
    expect(await axeViolations(page)).toEqual([]);
    await goToView(page, '#/settings', 'Settings');
    await page.getByLabel('High contrast', { exact: true }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    await page.goto(page.url().replace(/#.*$/, '#/play/sample'));
    await onDecision(page);
    await drawingReady(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the episode and title in view while scrolling, without covering what has focus', async () => {
    const { page } = await h.open('#/');
    await startSample(page);
    await choose(page, SAMPLE.gp);
    await choose(page, SAMPLE.nursery);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const header = page.locator('.player-header');
    const headerBox = (await header.boundingBox())!;
    expect(headerBox.y).toBeGreaterThanOrEqual(0);
    expect(headerBox.y).toBeLessThan(5);
    expect(await header.locator('.episode').innerText()).toMatch(/^Episode 2 of 3/);
    // Move focus backwards and forwards through the page: nothing focused ends up under the header.
    await page.locator('.choice').first().focus();
    for (const key of [...Array(12).fill('Shift+Tab'), ...Array(12).fill('Tab')] as string[]) {
      await page.keyboard.press(key);
      const covered = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const head = document.querySelector('.player-header') as HTMLElement;
        if (!el || head.contains(el) || el === document.body) return false;
        const r = el.getBoundingClientRect();
        const h = head.getBoundingClientRect();
        return r.top >= h.top && r.bottom <= h.bottom;
      });
      expect(covered).toBe(false);
    }
  });
});
