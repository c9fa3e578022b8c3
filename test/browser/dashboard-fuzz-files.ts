/**
 * Hostile result files for the dashboard, made by mutating valid records with a seeded
 * generator (the same seed gives the same files): wrong types and missing fields, huge
 * strings and arrays, deep nesting, script and markup in every text field, spreadsheet
 * formulas, invalid UTF-8, UTF-16, binary data, cut-short JSON and CSV, odd shapes.
 * Each file says what the dashboard must make of it, where that is certain.
 */
import Papa from 'papaparse';
import { syntheticResult } from '../../bench/synthetic-results.ts';
import { resultsToCsv } from '../../src/engine/result-csv.ts';
import type { ResultRecord } from '../../src/engine/result.ts';
import { seededRandom } from '../../src/engine/seeded-random.ts';

/**
 * `accepted`: every record imported; `rejected`: none imported, each rejected with a
 * reason; `partial`: some of each; `refused`: the file as a whole, with a reason matching
 * `reason`; `any`: only that the report accounts for the file.
 */
export type Expected = 'accepted' | 'rejected' | 'partial' | 'refused' | 'any';

export interface FuzzFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
  expected: Expected;
  reason?: RegExp;
  /** The mutation that made it, for messages. */
  kind: string;
}

/** Sets `window.__pwned` or opens a dialog if it ever runs as script. */
export const SCRIPT_PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  "'-alert(1)-'",
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<a href="javascript:alert(1)">open</a>',
  '</textarea><script>alert(1)</script>',
  '<body onload=alert(1)>',
  '<details open ontoggle=window.__pwned=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
];

/** Cells a spreadsheet would run as a formula (or, for the plain numbers, must leave alone). */
export const FORMULA_PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '+1+1',
  '@SUM(A1:A2)',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
  '=HYPERLINK("http://example.invalid","open")',
  '=1',
  "'=already quoted",
  '-12',
  '+44 20 7946 0000',
  '@',
];

type Rnd = () => number;
type Json = Record<string, unknown>;
type Mutation = (r: Json, rnd: Rnd) => void;

export const seeded: (seed: number) => Rnd = seededRandom;

const pick = <T>(rnd: Rnd, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const int = (rnd: Rnd, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

/** A text field of the record: how to set it, and its longest allowed length. */
interface TextField {
  name: string;
  max: number;
  set(r: Json, value: string): void;
}

const participant = (r: Json) => r.participant as Json;
const TEXT_FIELDS: TextField[] = [
  { name: 'participant code', max: 64, set: (r, v) => (participant(r).code = v) },
  { name: 'agency', max: 80, set: (r, v) => (participant(r).agency = v) },
  { name: 'role', max: 80, set: (r, v) => (participant(r).role = v) },
  { name: 'cohort', max: 80, set: (r, v) => (participant(r).cohort = v) },
  {
    name: 'scenario title',
    max: 200,
    set: (r, v) => {
      // A scenario this build does not know, so the record's own title is shown.
      (r.scenario as Json).id = `fuzz-${String(r.id).toLowerCase()}`;
      (r.scenario as Json).title = v;
    },
  },
  { name: 'ending title', max: 200, set: (r, v) => (r.ending = { id: 'acted', title: v }) },
  {
    name: 'option text',
    max: 500,
    set: (r, v) => {
      const path = r.path as Json[];
      if (!path.length) path.push({ decisionId: 'd-1', option: v, at: r.startedAt });
      else path[0]!.option = v;
    },
  },
];

/** Values no schema field accepts, by field. Each leaves the record invalid. */
const WRONG_TYPES: Mutation[] = [
  (r) => (r.format = 'another-format'),
  (r) => (r.format = 1),
  (r) => (r.version = 3),
  (r) => (r.version = '1'),
  (r) => (r.id = 'short'),
  (r) => (r.id = 'has spaces in it'),
  (r) => (r.id = 12345678),
  (r) => (r.id = 'x'.repeat(65)),
  (r) => (r.id = '<script>window.__pwned=1</script>'),
  (r) => (r.participant = 'P-000001'),
  (r) => (r.participant = null),
  (r) => (participant(r).code = 42),
  (r) => (participant(r).agency = { name: 'Police' }),
  (r) => (participant(r).role = false),
  (r) => (participant(r).cohort = ['North']),
  (r) => (r.scenario = 'sample'),
  (r) => ((r.scenario as Json).id = 'Upper Case'),
  (r) => ((r.scenario as Json).id = '../../etc/passwd'),
  (r) => ((r.scenario as Json).title = 7),
  (r) => ((r.scenario as Json).storyHash = null),
  (r) => (r.feedbackMode = 'guided'),
  (r) => (r.startedAt = 'yesterday'),
  (r) => (r.startedAt = 1767225600000),
  (r) => (r.startedAt = '2026-13-45T99:99:99Z'),
  (r) => (r.finishedAt = 'never'),
  (r) => (r.completed = 'yes'),
  (r) => (r.completed = 1),
  (r) => (r.durationSeconds = -1),
  (r) => (r.durationSeconds = '600'),
  (r) => (r.ending = 'acted'),
  (r) => (r.ending = { id: 'Not An Id', title: 'x' }),
  (r) => (r.path = 'GP, nursery'),
  (r) => (r.path = [1, 2, 3]),
  (r) => (r.path = [{ decisionId: 5, option: 'x', at: 'later' }]),
  (r) => (r.learningPoints = { 's-challenge': 1 }),
  (r) => (r.learningPoints = [{ id: 's-challenge', score: '1', max: 2, status: 'met' }]),
  (r) => (r.learningPoints = [{ id: 's-challenge', score: 1, max: 2, status: 'perfect' }]),
  (r) => (r.themes = [{ id: 'challenge', score: 1, max: 1, scaled: 2 }]),
  (r) => (r.overall = 1.5),
  (r) => (r.overall = -0.1),
  (r) => (r.overall = '0.5'),
  (r) => (r.preTest = 'none'),
  (r) => (r.preTest = { answers: [], score: -1, max: 8, at: '2026-01-01T00:00:00Z' }),
  (r) => (r.preTest = { answers: [], score: 9, max: 8, at: '2026-01-01T00:00:00Z' }),
  (r) => (r.postTest = { answers: 'all right', score: 1, max: 8, at: '2026-01-01T00:00:00Z' }),
  (r) => (r.confidence = null),
  (r) => (r.confidence = { before: { challenge: 6 }, after: null }),
  (r) => (r.confidence = { before: { challenge: 0 }, after: null }),
  (r) => (r.confidence = { before: { 'Not An Id': 3 }, after: null }),
  (r) => (r.confidence = { before: { challenge: 2.5 }, after: null }),
];

const REQUIRED: Mutation[] = [
  ...[
    'format',
    'version',
    'id',
    'participant',
    'scenario',
    'feedbackMode',
    'startedAt',
    'finishedAt',
    'completed',
    'durationSeconds',
    'ending',
    'path',
    'learningPoints',
    'themes',
    'overall',
    'preTest',
    'postTest',
    'confidence',
  ].map(
    (key): Mutation =>
      (r) =>
        delete r[key],
  ),
  ...['code', 'agency', 'role', 'cohort'].map(
    (key): Mutation =>
      (r) =>
        delete participant(r)[key],
  ),
  ...['id', 'title', 'storyHash'].map(
    (key): Mutation =>
      (r) =>
        delete (r.scenario as Json)[key],
  ),
];

/** Arrays longer than the schema allows. */
const HUGE_ARRAYS: Mutation[] = [
  (r, rnd) =>
    (r.path = Array.from({ length: int(rnd, 2001, 3000) }, (_, i) => ({
      decisionId: `d-${i + 1}`,
      option: 'Call the GP',
      at: r.startedAt,
    }))),
  (r, rnd) =>
    (r.learningPoints = Array.from({ length: int(rnd, 101, 400) }, (_, i) => ({
      id: `lp-${i}`,
      score: 1,
      max: 2,
      status: 'partly',
    }))),
  (r, rnd) =>
    (r.themes = Array.from({ length: int(rnd, 51, 300) }, (_, i) => ({ id: `t-${i}`, score: 1, max: 2, scaled: 0.5 }))),
  (r, rnd) =>
    (r.preTest = {
      answers: Array.from({ length: int(rnd, 51, 500) }, (_, i) => ({
        questionId: `q-${i}`,
        learningPoint: 's-challenge',
        chosen: 1,
        correct: true,
      })),
      score: 1,
      max: 1000,
      at: r.startedAt,
    }),
];

/** Strange but well-formed values: the records may be kept; nothing may break. */
const ODD_VALUES: Mutation[] = [
  (r) => (participant(r).agency = '\u202eecilop\u202c'),
  (r) => (participant(r).role = 'zero\u200bwidth\u200djoiner'),
  (r) => (participant(r).cohort = '🧒🏽 cohort ✔︎'),
  (r) => (participant(r).code = '\ud800 lone surrogate'),
  (r) => (participant(r).agency = 'NUL \u0000 inside'),
  (r) => (participant(r).role = 'line\nbreak\r\nand "quotes", commas; tabs\t'),
  (r) => (r.durationSeconds = 1e308),
  (r) => (r.durationSeconds = 0),
  (r) => ((r.learningPoints as Json[])[0]!.score = -1e308),
  (r) => ((r.themes as Json[])[0]!.max = 1e308),
  (r, rnd) =>
    (r.confidence = {
      before: Object.fromEntries(Array.from({ length: int(rnd, 50, 200) }, (_, i) => [`t-${i}`, 3])),
      after: null,
    }),
  (r) => (r.participant = { ...participant(r), ...JSON.parse('{"__proto__": {"__pwned": 1}}') }),
  (r) => (r.unexpected = { field: '<script>window.__pwned=1</script>' }),
];

/** The i-th base record of file `file`: a valid synthetic record with an id no other file uses. */
function baseRecord(file: number, k: number, seed: number): Json {
  const record = structuredClone(syntheticResult(file * 7 + k, seed)) as unknown as Json;
  record.id = `fuzz-${seed}-${String(file).padStart(4, '0')}-${k}`;
  return record;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const jsonFile = (records: unknown) => utf8(JSON.stringify(records, null, 1));

/** A results CSV whose cells are written as given (no neutralising), as a hostile file would be. */
function rawCsv(records: ResultRecord[], edit: (row: Record<string, string>, i: number) => void): Buffer {
  const parsed = Papa.parse<Record<string, string>>(resultsToCsv(records), { header: true, skipEmptyLines: true });
  const rows = parsed.data.map((row, i) => {
    const copy = { ...row };
    edit(copy, i);
    return copy;
  });
  return utf8(
    Papa.unparse(
      { fields: parsed.meta.fields!, data: rows.map((r) => parsed.meta.fields!.map((f) => r[f] ?? '')) },
      { newline: '\r\n' },
    ),
  );
}

const CSV_TEXT_COLUMNS = [
  'participant_code',
  'participant_agency',
  'participant_role',
  'cohort',
  'scenario_title',
  'ending_title',
];
const CSV_MAX: Record<string, number> = {
  participant_code: 64,
  participant_agency: 80,
  participant_role: 80,
  cohort: 80,
  scenario_title: 200,
  ending_title: 200,
};

/** Inserts bytes that are not UTF-8 inside a string of the text. */
function breakUtf8(text: Buffer, rnd: Rnd): Buffer {
  const bad = pick(rnd, [
    [0xff],
    [0xc3, 0x28],
    [0xed, 0xa0, 0x80],
    [0xc0, 0xaf],
    [0x80],
    [0xf8, 0x88, 0x80, 0x80, 0x80],
    [0xe2, 0x82],
  ]);
  const quote = text.indexOf('"', int(rnd, 0, Math.max(0, text.length - 40)));
  const at = quote < 0 ? 1 : quote + 1;
  return Buffer.concat([text.subarray(0, at), Buffer.from(bad), text.subarray(at)]);
}

function utf16(text: string, rnd: Rnd): { buffer: Buffer; reason: RegExp } {
  const le = Buffer.from(text, 'utf16le');
  const how = int(rnd, 0, 2);
  if (how === 0) return { buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), le]), reason: /UTF-16/ };
  if (how === 1) {
    const be = Buffer.from(le);
    be.swap16();
    return { buffer: Buffer.concat([Buffer.from([0xfe, 0xff]), be]), reason: /UTF-16/ };
  }
  return { buffer: le, reason: /binary data|not UTF-8/ };
}

function binary(rnd: Rnd): Buffer {
  const size = int(rnd, 16, 64 * 1024);
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = Math.floor(rnd() * 256);
  const magic = pick(rnd, [
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
    [0x50, 0x4b, 0x03, 0x04], // ZIP (a spreadsheet)
    [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00], // PDF
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // old Office
    [0x00, 0x00, 0x00, 0x00],
  ]);
  Buffer.from(magic).copy(bytes);
  return bytes;
}

/** A record with a value nested `depth` levels inside it. */
function nested(depth: number, open: string, close: string): string {
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
}

type Maker = (file: number, rnd: Rnd, seed: number) => Omit<FuzzFile, 'name' | 'mimeType'> & { ext: 'json' | 'csv' };

const records = (file: number, seed: number, count: number) =>
  Array.from({ length: count }, (_, k) => baseRecord(file, k, seed));

const MAKERS: [weight: number, make: Maker][] = [
  // Script and markup in a text field of each record.
  [
    16,
    (file, rnd, seed) => {
      const list = records(file, seed, int(rnd, 1, 3));
      let fits = true;
      for (const r of list) {
        const field = pick(rnd, TEXT_FIELDS);
        const payload = pick(rnd, SCRIPT_PAYLOADS);
        field.set(r, payload);
        fits &&= payload.length <= field.max;
      }
      return { ext: 'json', buffer: jsonFile(list), expected: fits ? 'accepted' : 'any', kind: 'script in text' };
    },
  ],
  // Spreadsheet formulas in the fields that reach the dashboard's tables.
  [
    10,
    (file, rnd, seed) => {
      const list = records(file, seed, int(rnd, 1, 3));
      for (const r of list) pick(rnd, TEXT_FIELDS.slice(0, 5)).set(r, pick(rnd, FORMULA_PAYLOADS));
      return { ext: 'json', buffer: jsonFile(list), expected: 'accepted', kind: 'formulas in JSON' };
    },
  ],
  // A results CSV with formula or script cells, written raw.
  [
    12,
    (file, rnd, seed) => {
      const list = records(file, seed, int(rnd, 1, 4)) as unknown as ResultRecord[];
      let fits = true;
      const buffer = rawCsv(list, (row) => {
        const column = pick(rnd, CSV_TEXT_COLUMNS);
        const value = pick(rnd, [...FORMULA_PAYLOADS, ...SCRIPT_PAYLOADS]);
        if (column === 'scenario_title') row.scenario_id = `fuzz-${row.id!.toLowerCase()}`;
        if (column === 'ending_title' && !row.ending_id) row.ending_id = 'acted';
        row[column] = value;
        fits &&= value.length <= CSV_MAX[column]!;
      });
      return { ext: 'csv', buffer, expected: fits ? 'accepted' : 'any', kind: 'formulas in CSV' };
    },
  ],
  // A wrong type in a field.
  [
    14,
    (file, rnd, seed) => {
      const list = records(file, seed, int(rnd, 1, 3));
      for (const r of list) pick(rnd, WRONG_TYPES)(r, rnd);
      const single = list.length === 1 && rnd() < 0.3;
      return { ext: 'json', buffer: jsonFile(single ? list[0] : list), expected: 'rejected', kind: 'wrong type' };
    },
  ],
  // A missing field.
  [
    8,
    (file, rnd, seed) => {
      const list = records(file, seed, int(rnd, 1, 3));
      for (const r of list) pick(rnd, REQUIRED)(r, rnd);
      return { ext: 'json', buffer: jsonFile({ results: list }), expected: 'rejected', kind: 'missing field' };
    },
  ],
  // A CSV whose rows have wrong values.
  [
    5,
    (file, rnd, seed) => {
      const list = records(file, seed, int(rnd, 1, 3)) as unknown as ResultRecord[];
      const buffer = rawCsv(list, (row) => {
        const [column, value] = pick(rnd, [
          ['duration_seconds', 'ten minutes'],
          ['overall', '2'],
          ['started_at', 'last Tuesday'],
          ['feedback_mode', '=cmd'],
          ['id', '<b>id</b>'],
          ['scenario_id', '=1+1'],
          ['pre_max', '-3'],
          ['path', '{not json'],
        ] as const);
        row[column] = value;
      });
      return { ext: 'csv', buffer, expected: 'rejected', kind: 'wrong CSV values' };
    },
  ],
  // Valid and invalid records together.
  [
    5,
    (file, rnd, seed) => {
      const list = records(file, seed, int(rnd, 2, 5));
      pick(rnd, WRONG_TYPES)(list[0]!, rnd);
      return { ext: 'json', buffer: jsonFile(list), expected: 'partial', kind: 'some records invalid' };
    },
  ],
  // A huge string in a text field (beyond its limit, within a record's 4 MB).
  [
    4,
    (file, rnd, seed) => {
      const r = baseRecord(file, 0, seed);
      pick(rnd, TEXT_FIELDS).set(r, pick(rnd, ['A', '=', '<', '\u00e9', '🧒']).repeat(int(rnd, 20_000, 300_000)));
      return { ext: 'json', buffer: jsonFile([r]), expected: 'rejected', kind: 'huge string' };
    },
  ],
  // A record over 4 MB.
  [
    1,
    (file, rnd, seed) => {
      const r = baseRecord(file, 0, seed);
      participant(r).cohort = 'x'.repeat(4 * 1024 * 1024 + int(rnd, 1, 1024 * 1024));
      return {
        ext: 'json',
        buffer: jsonFile([r]),
        expected: 'refused',
        reason: /larger than 4 MB/,
        kind: 'huge record',
      };
    },
  ],
  // Arrays longer than the schema allows.
  [
    4,
    (file, rnd, seed) => {
      const r = baseRecord(file, 0, seed);
      pick(rnd, HUGE_ARRAYS)(r, rnd);
      return { ext: 'json', buffer: jsonFile([r]), expected: 'rejected', kind: 'huge array' };
    },
  ],
  // Deep nesting: of the list, inside a record, or of a single object.
  [
    4,
    (file, rnd, seed) => {
      const depth = int(rnd, 33, 20_000);
      const r = baseRecord(file, 0, seed);
      participant(r).code = 'DEEP';
      const where = int(rnd, 0, 2);
      const text =
        where === 0
          ? nested(depth, '[', ']')
          : where === 1
            ? JSON.stringify([r]).replace('"DEEP"', nested(depth, '[', ']'))
            : `{"results": ${nested(depth, '{"a":', '}')}}`;
      return {
        ext: 'json',
        buffer: utf8(text),
        expected: 'refused',
        reason: /nested more than 32 levels|not valid JSON/,
        kind: 'deep nesting',
      };
    },
  ],
  // Bytes that are not UTF-8.
  [
    6,
    (file, rnd, seed) => {
      const csv = rnd() < 0.4;
      const list = records(file, seed, int(rnd, 1, 3));
      const text = csv ? utf8(resultsToCsv(list as unknown as ResultRecord[])) : jsonFile(list);
      return {
        ext: csv ? 'csv' : 'json',
        buffer: breakUtf8(text, rnd),
        expected: 'refused',
        reason: /not UTF-8/,
        kind: 'invalid UTF-8',
      };
    },
  ],
  // UTF-16, with and without a byte-order mark.
  [
    4,
    (file, rnd, seed) => {
      const list = records(file, seed, 1);
      const { buffer, reason } = utf16(JSON.stringify(list), rnd);
      return { ext: 'json', buffer, expected: 'refused', reason, kind: 'UTF-16' };
    },
  ],
  // Binary files named as results.
  [
    4,
    (_file, rnd) => ({
      ext: pick(rnd, ['json', 'csv'] as const),
      buffer: binary(rnd),
      expected: 'refused',
      kind: 'binary',
    }),
  ],
  // JSON cut short.
  [
    6,
    (file, rnd, seed) => {
      const text = jsonFile(records(file, seed, int(rnd, 1, 4)));
      const end = text.lastIndexOf(']');
      return {
        ext: 'json',
        buffer: text.subarray(0, int(rnd, 1, end - 1)),
        expected: 'refused',
        kind: 'cut-short JSON',
      };
    },
  ],
  // CSV cut short (the last row may be cut anywhere).
  [
    4,
    (file, rnd, seed) => {
      const text = utf8(resultsToCsv(records(file, seed, int(rnd, 2, 5)) as unknown as ResultRecord[]));
      return {
        ext: 'csv',
        buffer: text.subarray(0, int(rnd, 1, text.length - 1)),
        expected: 'any',
        kind: 'cut-short CSV',
      };
    },
  ],
  // Valid JSON that is not results, and CSV that is not a results export.
  [
    4,
    (_file, rnd) => {
      const [text, expected] = pick(rnd, [
        ['{}', 'rejected'],
        ['[]', 'any'],
        ['[1, "two", null, true, {}]', 'rejected'],
        ['"just a string"', 'refused'],
        ['42', 'refused'],
        ['null', 'refused'],
        ['{"results": "none"}', 'rejected'],
        ['{"results": [[], [[]]]}', 'rejected'],
        ['', 'refused'],
        ['   \n\t  ', 'refused'],
        ["name,agency\r\n=cmd|' /C calc'!A0,Police\r\n", 'refused'],
        ['id\r\n<script>window.__pwned=1</script>\r\n', 'rejected'],
        ['id,participant_agency\r\n"unclosed quote,Police\r\n', 'any'],
        ['[{"format": "safeguarding-simulator-result"} {"a": 1}]', 'refused'],
        ['[{"a": 1},]', 'refused'],
        ['[{"a": "\u0001 raw control character"}]', 'refused'],
        ['{"a": 1} trailing', 'refused'],
      ] as const);
      return {
        ext: text.startsWith('[') || text.startsWith('{') ? 'json' : 'csv',
        buffer: utf8(text),
        expected,
        kind: 'not results',
      };
    },
  ],
  // Strange but well-formed values.
  [
    6,
    (file, rnd, seed) => {
      const list = records(file, seed, int(rnd, 1, 2));
      for (const r of list) pick(rnd, ODD_VALUES)(r, rnd);
      return { ext: 'json', buffer: jsonFile(list), expected: 'any', kind: 'odd values' };
    },
  ],
  // A UTF-8 byte-order mark before valid JSON or CSV (as spreadsheet programs write it).
  [
    2,
    (file, rnd, seed) => {
      const list = records(file, seed, int(rnd, 1, 3));
      const csv = rnd() < 0.5;
      const text = csv ? resultsToCsv(list as unknown as ResultRecord[]) : JSON.stringify(list);
      return {
        ext: csv ? 'csv' : 'json',
        buffer: utf8(`\ufeff${text}`),
        expected: 'accepted',
        kind: 'byte-order mark',
      };
    },
  ],
  // Keys that would pollute prototypes if merged carelessly.
  [
    2,
    (file, rnd, seed) => {
      const list = records(file, seed, int(rnd, 1, 2));
      const text = JSON.stringify(list).replace(
        /\{"format"/g,
        '{"__proto__": {"__pwned": 1}, "constructor": {"prototype": {"__pwned": 1}}, "format"',
      );
      return { ext: 'json', buffer: utf8(text), expected: 'accepted', kind: 'prototype keys' };
    },
  ],
  // Many valid records in one file.
  [
    1,
    (file, rnd, seed) => ({
      ext: 'json',
      buffer: jsonFile(records(file, seed, int(rnd, 200, 1500))),
      expected: 'accepted',
      kind: 'many records',
    }),
  ],
];

const TOTAL_WEIGHT = MAKERS.reduce((s, [w]) => s + w, 0);

/** `count` hostile files for one seed; about one in twenty has a hostile name too. */
export function fuzzFiles(count: number, seed: number): FuzzFile[] {
  const rnd = seeded(seed);
  return Array.from({ length: count }, (_, file) => {
    let roll = rnd() * TOTAL_WEIGHT;
    const make = MAKERS.find(([w]) => (roll -= w) < 0)?.[1] ?? MAKERS[0]![1];
    const { ext, ...made } = make(file, rnd, seed);
    const label = rnd() < 0.05 ? pick(rnd, SCRIPT_PAYLOADS).replace(/\//g, '') : made.kind.replace(/\W+/g, '-');
    return {
      ...made,
      name: `${String(file + 1).padStart(4, '0')} ${label}.${ext}`,
      mimeType: ext === 'csv' ? 'text/csv' : 'application/json',
    };
  });
}
