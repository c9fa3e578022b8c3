/**
 * The trainer's pack of every scenario in Chromium: each section there with content from
 * the scenario's files (no gaps, nothing undefined), the genogram with one symbol per
 * family member, every decision point and learning point; axe-clean; and its PDF, printed
 * by `npm run pack`, with each section starting a page and text that can be extracted.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { PACK_SECTIONS } from '../../src/ui/trainer-pack.ts';
import { writePacks } from '../../tools/pack.ts';
import { axeViolations, onView, openPage, useBrowser } from './harness.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const SCENARIOS = readdirSync('stories').filter((d) => {
  try {
    return readFileSync(`stories/${d}/scenario.json`).length > 0;
  } catch {
    return false;
  }
});

interface Meta {
  title: string;
  learningPoints: unknown[];
  family?: { members: unknown[] };
}
const meta = (id: string) => JSON.parse(readFileSync(`stories/${id}/scenario.json`, 'utf8')) as Meta;

/** Decision ids written in a scenario's Ink. */
function decisionsWritten(id: string): number {
  const ids = new Set<string>();
  for (const f of readdirSync(`stories/${id}`).filter((f) => f.endsWith('.ink'))) {
    for (const m of readFileSync(`stories/${id}/${f}`, 'utf8').matchAll(/#\s*decision:\s*([a-z0-9-]+)/g))
      ids.add(m[1]!);
  }
  return ids.size;
}

const h = useBrowser();

describe("trainer's pack", () => {
  it.each(SCENARIOS)('%s: every section, from the scenario’s own files, axe-clean', async (id) => {
    const { page, errors } = await openPage(h.context, `#/pack/${id}`);
    await onView(page, `Trainer's pack: ${meta(id).title}`);
    const pack = page.locator('.trainer-pack[data-ready]');
    expect(await pack.locator('h2').allTextContents()).toEqual([...PACK_SECTIONS]);
    for (const section of await pack.locator('.pack-section').all()) {
      expect((await section.innerText()).length, await section.locator('h2').innerText()).toBeGreaterThan(60);
    }
    const text = await pack.innerText();
    expect(text).not.toMatch(/\bundefined\b|\bnull\b|NaN|\[object /);
    expect(await pack.locator('svg.genogram .genogram-member').count()).toBe(meta(id).family?.members.length);
    expect(await pack.locator('.pack-decision').count()).toBe(decisionsWritten(id));
    expect(await pack.locator('.pack-section').nth(6).locator('tbody tr').count()).toBe(meta(id).learningPoints.length);
    // The plan adds up to 90 minutes, episode by episode.
    const times = await pack.locator('.pack-section').nth(7).locator('tbody th').allTextContents();
    expect(times[0]).toBe('0–10');
    expect(times.at(-1)).toMatch(/–90$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is linked from the facilitation page for every scenario', async () => {
    const { page } = await openPage(h.context, '#/facilitate');
    await onView(page, 'Run a facilitated session');
    const links = page.getByRole('region', { name: "Trainer's packs to print" }).getByRole('link');
    expect(await links.count()).toBe(await page.locator('#setup-scenario option').count());
    await links.first().click();
    await page.locator('.trainer-pack[data-ready]').waitFor();
  });

  it('prints to a PDF with each section on its own pages, as text', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'packs-'));
    const [file] = await writePacks({ dist: DIST, out, ids: ['child-o'] });
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file!)));
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    const pages = text as string[];
    expect(totalPages).toBeGreaterThanOrEqual(PACK_SECTIONS.length);
    expect(pages[0]).toContain(`Trainer's pack: ${meta('child-o').title}`);
    // Each section begins a page (the first shares the title's), in order.
    let last = -1;
    for (const [i, title] of PACK_SECTIONS.entries()) {
      const at = pages.findIndex((p) => (i === 0 ? p.includes(title) : p.trimStart().startsWith(title)));
      expect(at, title).toBeGreaterThan(last);
      last = at;
    }
  });
});
