/**
 * 1,000 randomly mutated save records, written straight into IndexedDB where the app keeps
 * the sample's progress. For each, the app is sent to the scenario and must either resume
 * (at the last decision that still fits, saying so when the story no longer matches) or
 * show the clear "could not be read" message and keep the record aside under a
 * `quarantine:` key — never crash. What it should do is worked out independently in Node
 * with the engine's own parser and resume.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type SavedSession, Session, parseSavedSession, quoteFromSave } from '../../src/engine/session.ts';
import { compiledScenario } from '../engine/fixtures.ts';
import { SAMPLE, onView, useBrowser } from './harness.ts';
import { DATA_STORE, DB_NAME, chooseInPage, readRecord, seededRandom, startScenario } from './hardening-support.ts';

const CASES = 1000;
const BATCH = 100;
/** The first option, the first again, then the last, in the story's order. */
const SAMPLE_PATH = [SAMPLE.gp, SAMPLE.nursery, SAMPLE.seeMia];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function hugeString(random: Random): string {
  return pick(random, ['x', 'é', '\u0000', '</script>', '🙂']).repeat(20_000 + Math.floor(random() * 100_000));
}

function deepNesting(random: Random): unknown {
  const asArray = random() < 0.5;
  let value: unknown = 'bottom';
  for (let depth = 50 + Math.floor(random() * 550); depth > 0; depth--) value = asArray ? [value] : { a: value };
  return value;
}

/** A value of the wrong kind for almost any field. */
function oddValue(random: Random): unknown {
  const choices: (() => unknown)[] = [
    () => null,
    () => undefined,
    () => true,
    () => 0,
    () => -1,
    () => -0,
    () => NaN,
    () => Infinity,
    () => -Infinity,
    () => 1e308,
    () => 2 ** 53 + 1,
    () => 1.5,
    () => '',
    () => ' ',
    () => '1',
    () => 'sample',
    () => '<img src=x onerror="window.pwned=1">',
    () => hugeString(random),
    () => [],
    () => [1, 'two', null],
    () => ({}),
    () => ({ v: 1, nested: { choices: [] } }),
    () => deepNesting(random),
    () => new Date(0),
  ];
  return pick(random, choices)();
}

const FIELDS = ['v', 'scenarioId', 'storyHash', 'seed', 'feedbackMode', 'startedAt', 'choices'];
const CHOICE_FIELDS = ['index', 'text', 'decisionId', 'at'];

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Applies one random mutation to a record (a copy) and names it. */
function mutateOnce(record: unknown, random: Random, base: SavedSession): { value: unknown; label: string } {
  if (!isRecord(record) || Array.isArray(record)) return { value: oddValue(random), label: 'replaced again' };
  const r = structuredClone(record) as Record<string, unknown>;
  const choices = Array.isArray(r.choices) ? (r.choices as unknown[]) : [];
  const someChoice = (): Record<string, unknown> | null => {
    const c = choices[Math.floor(random() * choices.length)];
    return isRecord(c) ? c : null;
  };
  const kinds: [string, () => unknown][] = [
    ['drop a field', () => delete r[pick(random, FIELDS)]],
    ['wrong type', () => (r[pick(random, FIELDS)] = oddValue(random))],
    ['wrong version', () => (r.v = pick(random, [0, 2, '1', 1.0000001, -1, null, 999]))],
    [
      'other scenario',
      () => (r.scenarioId = pick(random, ['child-t', 'SAMPLE', '', 'sample ', 'ghost', hugeString(random)])),
    ],
    ['story edited', () => (r.storyHash = pick(random, ['', 'deadbeef', hugeString(random)]))],
    ['odd seed', () => (r.seed = pick(random, [-1, 0, 2 ** 31, -(2 ** 31), 1e15, 0.5, NaN, Infinity]))],
    ['odd start time', () => (r.startedAt = pick(random, [-1, 0, NaN, Infinity, 8.64e15 + 1, 1e20]))],
    ['feedback mode', () => (r.feedbackMode = pick(random, ['assessment', 'Reflect', 'reflect ', null]))],
    ['extra fields', () => Object.assign(r, { extra: oddValue(random), constructor: 'x', toString: 'y' })],
    ['record as array', () => Object.values(r)],
    ['record as primitive', () => oddValue(random)],
    ['deeply nested field', () => (r[pick(random, FIELDS)] = deepNesting(random))],
    ['choices as object', () => (r.choices = { ...choices })],
    [
      'choice as array',
      () => {
        const i = Math.floor(random() * choices.length);
        if (isRecord(choices[i])) choices[i] = Object.values(choices[i]);
      },
    ],
    ['choice dropped field', () => delete someChoice()?.[pick(random, CHOICE_FIELDS)]],
    [
      'choice wrong type',
      () => {
        const c = someChoice();
        if (c) c[pick(random, CHOICE_FIELDS)] = oddValue(random);
      },
    ],
    [
      'index out of range',
      () => {
        const c = someChoice();
        if (c) c.index = pick(random, [3, 7, 99, -1, 1.5, 2 ** 31, NaN]);
      },
    ],
    [
      'text no longer matches',
      () => {
        const c = someChoice();
        if (c) c.text = pick(random, [`${String(c.text)} (reworded)`, '', base.choices[0]!.text, hugeString(random)]);
      },
    ],
    ['choices truncated', () => (r.choices = choices.slice(0, Math.floor(random() * choices.length)))],
    ['choices reversed', () => choices.reverse()],
    [
      'choices repeated',
      () => choices.length && (r.choices = Array.from({ length: 1 + Math.floor(random() * 3000) }, () => choices[0])),
    ],
    ['choice null', () => choices.length && (choices[Math.floor(random() * choices.length)] = null)],
    ['null record', () => null],
  ];
  const [label, apply] = pick(random, kinds);
  const replaced = apply();
  const wholeRecord = ['record as array', 'record as primitive', 'null record'].includes(label);
  return { value: wholeRecord ? replaced : r, label };
}

function mutations(base: SavedSession, seed: number): { value: unknown; label: string }[] {
  const random = seededRandom(seed);
  return Array.from({ length: CASES }, () => {
    let value: unknown = base;
    const labels: string[] = [];
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
      const m = mutateOnce(value, random, base);
      value = m.value;
      labels.push(m.label);
    }
    return { value, label: labels.join(' + ') };
  });
}

type Expected =
  | { kind: 'none' }
  | { kind: 'quarantined'; reason: string }
  | { kind: 'resumed'; choicesMade: number; updated: boolean };

function expectedOutcome(value: unknown): Expected {
  if (value === null || value === undefined) return { kind: 'none' };
  const parsed = parseSavedSession(value);
  if (!parsed.ok) return { kind: 'quarantined', reason: parsed.reason };
  if (parsed.saved.scenarioId !== 'sample') {
    return {
      kind: 'quarantined',
      reason: `it belongs to another scenario (${quoteFromSave(parsed.saved.scenarioId)})`,
    };
  }
  const { report } = Session.resume(compiledScenario('stories/sample'), parsed.saved);
  return { kind: 'resumed', choicesMade: report.replayed, updated: report.stoppedBecause !== null };
}

/**
 * Values go to the page as JSON with markers for what JSON cannot carry (undefined, NaN,
 * infinities, -0, dates), decoded there: Playwright's own argument passing stalls on
 * deeply nested values.
 */
function encode(value: unknown): unknown {
  if (value === undefined) return { $t: 'undefined' };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $t: String(value) };
  if (Object.is(value, -0)) return { $t: '-0' };
  if (value instanceof Date) return { $t: 'date', ms: value.getTime() };
  if (Array.isArray(value)) return value.map(encode);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  }
  return value;
}

interface Observed {
  view: string;
  alerts: string[];
  choicesMade: number;
  saveKept: boolean;
  quarantined: { key: unknown; reason: unknown; same: boolean }[];
}

/** Writes each record into IndexedDB, sends the app to the sample and reports what it shows. */
function runBatch(page: Page, values: unknown[]): Promise<Observed[]> {
  return page.evaluate(
    async ({ encoded, db: dbName, store }) => {
      const decode = (v: unknown): unknown => {
        if (Array.isArray(v)) return v.map(decode);
        if (typeof v !== 'object' || v === null) return v;
        const o = v as Record<string, unknown>;
        if (typeof o.$t === 'string') {
          const special: Record<string, unknown> = { NaN, Infinity, '-Infinity': -Infinity, '-0': -0 };
          return o.$t === 'date' ? new Date(o.ms as number) : o.$t === 'undefined' ? undefined : special[o.$t];
        }
        return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x)]));
      };
      const values = (JSON.parse(encoded) as unknown[]).map(decode);
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      // One connection for the batch, let go if the app ever needs to upgrade the database.
      let connection: IDBDatabase | null = null;
      const inStore = async <T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>) => {
        if (!connection) {
          const db = await request(indexedDB.open(dbName));
          db.onversionchange = () => {
            db.close();
            connection = null;
          };
          connection = db;
        }
        return request(work(connection.transaction(store, mode).objectStore(store)));
      };
      const same = (a: unknown, b: unknown): boolean => {
        if (Object.is(a, b)) return true;
        if (a instanceof Date && b instanceof Date) return Object.is(a.getTime(), b.getTime());
        if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
        if (Array.isArray(a) !== Array.isArray(b)) return false;
        const ka = Object.keys(a);
        const kb = Object.keys(b);
        if (ka.length !== kb.length) return false;
        return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
      };
      const main = document.getElementById('main')!;
      const observed: Observed[] = [];
      for (const value of values) {
        await inStore('readwrite', (s) => s.put(value, 'save:sample'));
        const marker = document.createElement('span');
        main.append(marker);
        // A different hash each time, so the router runs; the extra segment is ignored.
        location.hash = location.hash.endsWith('/a') ? '#/play/sample/b' : '#/play/sample/a';
        // The router replaces the view, marker and all: wait for that (or give up after 10 s).
        if (marker.isConnected) {
          await new Promise<void>((resolve) => {
            const observer = new MutationObserver(() => {
              if (marker.isConnected) return;
              observer.disconnect();
              clearTimeout(giveUp);
              resolve();
            });
            const giveUp = setTimeout(() => {
              observer.disconnect();
              resolve();
            }, 10_000);
            observer.observe(main, { childList: true });
          });
        }
        const keys = (await inStore('readonly', (s) => s.getAllKeys())).map(String);
        const asideKeys = keys.filter((k) => k.startsWith('quarantine:'));
        const quarantined = [];
        for (const key of asideKeys) {
          const kept = (await inStore('readonly', (s) => s.get(key))) as Record<string, unknown> | undefined;
          quarantined.push({ key: kept?.key, reason: kept?.reason, same: same(kept?.raw, value) });
          await inStore('readwrite', (s) => s.delete(key));
        }
        observed.push({
          view: marker.isConnected
            ? 'unchanged'
            : main.querySelector('.player')
              ? 'player'
              : main.querySelector('.start-form')
                ? 'briefing'
                : (main.querySelector('h1')?.textContent ?? 'nothing'),
          alerts: [...main.querySelectorAll('[role=alert]')].map((e) => e.textContent ?? ''),
          choicesMade: main.querySelectorAll('.story-log .choice-made').length,
          saveKept: keys.includes('save:sample'),
          quarantined,
        });
      }
      (connection as IDBDatabase | null)?.close();
      return observed;
    },
    { encoded: JSON.stringify(values.map(encode)), db: DB_NAME, store: DATA_STORE },
  );
}

const h = useBrowser({ context: { viewport: { width: 540, height: 900 } } });

describe('1,000 mutated save records', () => {
  it('each resumes where it still fits or is kept aside with a clear message; nothing crashes', async () => {
    const { page, errors } = await h.open('#/');
    await onView(page, 'Choose a scenario');
    await startScenario(page, 'sample');
    expect(await chooseInPage(page, [0, 0, 0.9])).toEqual(SAMPLE_PATH);
    await page.locator('.save-status.saved').waitFor();
    const base = (await readRecord(page, 'save:sample')) as SavedSession;
    expect(base.choices.map((c) => c.text)).toEqual(SAMPLE_PATH);
    expect(base.storyHash, 'the build is older than the stories: rebuild it').toBe(
      compiledScenario('stories/sample').storyHash,
    );

    const cases = mutations(base, 4242);
    const tally = { none: 0, quarantined: 0, resumed: 0, updated: 0 };
    for (let start = 0; start < cases.length; start += BATCH) {
      const batch = cases.slice(start, start + BATCH);
      const observed = await runBatch(
        page,
        batch.map((c) => c.value),
      );
      for (const [i, seen] of observed.entries()) {
        const { label, value } = batch[i]!;
        const expected = expectedOutcome(value);
        const at = `case ${start + i + 1} (${label})`;
        tally[expected.kind]++;
        if (expected.kind === 'none') {
          expect([seen.view, seen.alerts, seen.quarantined], at).toEqual(['briefing', [], []]);
        } else if (expected.kind === 'quarantined') {
          expect(seen.view, at).toBe('briefing');
          expect(seen.alerts, at).toHaveLength(1);
          const alert = seen.alerts[0]!;
          expect(alert, at).toContain('could not be read');
          expect(alert, at).toContain('kept aside, not deleted');
          expect(alert.length, `${at}: the message stays short enough to read`).toBeLessThan(500);
          expect(seen.quarantined, at).toEqual([{ key: 'save:sample', reason: expected.reason, same: true }]);
          expect(seen.saveKept, at).toBe(false);
        } else {
          if (expected.updated) tally.updated++;
          expect([seen.view, seen.choicesMade, seen.quarantined], at).toEqual(['player', expected.choicesMade, []]);
          const updated = seen.alerts.filter((a) => a.includes('has been updated since you last played'));
          expect(updated, at).toHaveLength(expected.updated ? 1 : 0);
          if (expected.updated) expect(updated[0]!.length, at).toBeLessThan(500);
          expect(seen.saveKept, at).toBe(true);
        }
      }
      expect(errors, `batch from case ${start + 1}`).toEqual([]);
    }
    // The mutations reach every outcome, the "story updated" resume among them.
    expect(tally.quarantined).toBeGreaterThan(300);
    expect(tally.resumed).toBeGreaterThan(100);
    expect(tally.updated).toBeGreaterThan(20);
    expect(tally.none).toBeGreaterThan(0);

    // Afterwards the scenario still starts and plays.
    await startScenario(page, 'sample');
    expect(await chooseInPage(page, [0])).toEqual([SAMPLE_PATH[0]]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  }, 900_000); // 1,000 resumes: minutes on a busy two-core machine
});
