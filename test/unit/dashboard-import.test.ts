import { describe, expect, it } from 'vitest';
import { resultsToCsv } from '../../src/engine/result-csv.ts';
import { type ResultRecord, validateResult } from '../../src/engine/result.ts';
import { aggregate } from '../../src/engine/measures.ts';
import {
  type Candidate,
  FileRefused,
  JsonArraySplitter,
  MAX_DEPTH,
  MAX_RECORD_CHARS,
  readCandidates,
  textChunks,
} from '../../src/dashboard/read-results.ts';
import { CHUNK_SIZE, RecordStore } from '../../src/dashboard/record-store.ts';
import { DashboardRecords, REASONS_SHOWN } from '../../src/dashboard/records.ts';
import { type KeyValueStore, MemoryStore } from '../../src/storage/store.ts';
import { syntheticResult } from '../../bench/synthetic-results.ts';

/** The in-memory store, standing in for IndexedDB as lasting storage (IndexedDB itself is tested in Chromium). */
class LastingMemoryStore implements KeyValueStore {
  readonly persistent = true;
  private readonly memory = new MemoryStore();
  get = (key: string) => this.memory.get(key);
  set = (key: string, value: unknown) => this.memory.set(key, value);
  remove = (key: string) => this.memory.remove(key);
  keys = () => this.memory.keys();
}

async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function candidates(text: string, size = 7): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for await (const batch of readCandidates(pieces(text, size))) out.push(...batch);
  return out;
}

async function refusal(text: string): Promise<string> {
  try {
    await candidates(text);
  } catch (e) {
    if (e instanceof FileRefused) return e.message;
    throw e;
  }
  throw new Error('the text was not refused');
}

const values = (cs: Candidate[]) => cs.map((c) => ('value' in c ? c.value : c.problem));

describe('splitting a JSON list as it arrives', () => {
  const text = ' [ {"a": "x]}\\"{"}, [1, [2]], "s,t", 12.5 , true,null,{} ] \n';
  const whole = JSON.parse(text) as unknown[];

  it('gives the same elements wherever the text is cut', () => {
    for (let cut = 0; cut <= text.length; cut++) {
      const splitter = new JsonArraySplitter();
      const elements = [...splitter.push(text.slice(0, cut)), ...splitter.push(text.slice(cut))];
      splitter.end();
      expect(elements.map((e) => JSON.parse(e))).toEqual(whole);
    }
  });

  it('gives the same elements one character at a time', () => {
    const splitter = new JsonArraySplitter();
    const elements = [...text].flatMap((c) => splitter.push(c));
    splitter.end();
    expect(elements.map((e) => JSON.parse(e))).toEqual(whole);
  });
});

describe('reading candidates from a file’s text', () => {
  const records = [syntheticResult(0), syntheticResult(1), syntheticResult(2)];

  it('reads a JSON list, a single record and { "results": [...] }', async () => {
    expect(values(await candidates(JSON.stringify(records, null, 2)))).toEqual(records);
    expect(values(await candidates(JSON.stringify(records[0])))).toEqual([records[0]]);
    const wrapped = await candidates(JSON.stringify({ results: records }));
    expect(wrapped.map((c) => c.at)).toEqual(['record 1', 'record 2', 'record 3']);
    expect(values(wrapped)).toEqual(records);
  });

  it('reads the results CSV, naming each row by its spreadsheet row (the header is row 1)', async () => {
    const csv = resultsToCsv(records);
    const read = await candidates(csv, 113);
    expect(read.map((c) => c.at)).toEqual(['row 2', 'row 3', 'row 4']);
    expect(read.map((c) => 'value' in c && validateResult(c.value).ok)).toEqual([true, true, true]);
  });

  it('keeps a line break inside a quoted CSV cell within its row (rows are numbered as a spreadsheet shows them)', async () => {
    const first = { ...records[0]!, participant: { ...records[0]!.participant, cohort: 'North\nMarch' } };
    const read = await candidates(resultsToCsv([first, records[1]!]), 50);
    expect(read.map((c) => c.at)).toEqual(['row 2', 'row 3']);
    const back = validateResult((read[0] as { value: unknown }).value);
    expect(back.ok && back.result.participant.cohort).toBe('North\nMarch');
  });

  it.each([
    ['', /empty/],
    ['  \n ', /empty/],
    ['[{"a": 1}', /never closed/],
    ['[1,,2]', /comma where a record should be/],
    ['[{} {}]', /missing comma/],
    ['[1,]', /comma before the closing/],
    ['[{"a": tru}]', /not valid JSON: record 1 cannot be read/],
    ['[{"a":1}] x', /more text after the end/],
    ['[' + '['.repeat(MAX_DEPTH + 5), /nested more than 32 levels/],
    ['{"a":' + '{"b":'.repeat(MAX_DEPTH + 5), /nested more than 32 levels/],
    ['{"a": 1', /not valid JSON/],
    ['name,score\r\nAsha,3\r\n', /no "id" column/],
    ['hello, this is a letter', /no "id" column/],
  ])('refuses a malformed file as a whole (%#)', async (text, why) => {
    expect(await refusal(text)).toMatch(why);
  });

  it('refuses a record or row over 4 MB even when it arrives in one piece', async () => {
    const big = 'x'.repeat(MAX_RECORD_CHARS);
    const inOnePiece = async (text: string) => {
      try {
        for await (const batch of readCandidates(pieces(text, text.length))) void batch;
      } catch (e) {
        if (e instanceof FileRefused) return e.message;
        throw e;
      }
      return 'not refused';
    };
    expect(await inOnePiece(`[{"cohort": "${big}"}]`)).toMatch(/record 1 is larger than 4 MB/);
    expect(await inOnePiece(`id,cohort\r\n1,${big}\r\n2,x\r\n`)).toMatch(/row 2 is larger than 4 MB/);
  });
});

describe('decoding a file', () => {
  async function decode(bytes: number[] | string): Promise<string> {
    let text = '';
    for await (const t of textChunks(new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]))) text += t;
    return text;
  }

  it('reads UTF-8, dropping a byte order mark', async () => {
    expect(await decode([0xef, 0xbb, 0xbf, 0x5b, 0xc3, 0xa9, 0x5d])).toBe('[é]');
  });

  it.each([
    [[0x5b, 0xc3, 0x28, 0x5d], /not UTF-8/],
    [[0xff, 0xfe, 0x5b, 0x00], /UTF-16/],
    ['[{"a": "\u0000"}]', /binary data/],
  ])('refuses binary data and other encodings (%#)', async (bytes, why) => {
    await expect(decode(bytes)).rejects.toThrow(why);
  });
});

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('importing files into the dashboard’s records', () => {
  const a = [0, 1, 2].map((i) => syntheticResult(i, 9));

  it('reports per file what was imported, rejected and why, and duplicates skipped', async () => {
    const records = new DashboardRecords(new RecordStore(new LastingMemoryStore()));
    const mixed = [
      syntheticResult(3, 9),
      { ...syntheticResult(4, 9), overall: 2 },
      'not a record',
      { ...syntheticResult(5, 9), preTest: { ...syntheticResult(5, 9).preTest!, score: 9, max: 8 } },
      a[0], // already imported from the first file
      syntheticResult(3, 9), // twice in this file
    ];
    const outcome = await records.importFiles(
      [file('first.json', JSON.stringify(a)), file('mixed.json', JSON.stringify(mixed)), file('cut.json', '[{"id"')],
      () => {},
    );
    expect(outcome.notKept).toBeNull();
    const [first, second, cut] = outcome.reports;
    expect(first).toMatchObject({ name: 'first.json', format: 'JSON', accepted: 3, rejected: 0, duplicates: 0 });
    expect(second).toMatchObject({ accepted: 1, rejected: 3, duplicates: 2, refused: null });
    // Reasons name the part of the record (and its CSV column) and say what to do, not the schema's terms.
    expect(second!.reasons[0]).toBe(
      'record 2: the overall score (column overall, from 0 to 1) is out of range (2). Correct it in the file, or export the results again from the simulator',
    );
    expect(second!.reasons[1]).toMatch(/^record 3: the record cannot be read\. /);
    expect(second!.reasons[2]).toMatch(
      /^record 4: the pre-test score \(column pre_score\) is more than its number of questions \(column pre_max\)/,
    );
    expect(cut).toMatchObject({ accepted: 0, refused: expect.stringMatching(/never closed/) });
    expect(records.count).toBe(4);
  });

  it('keeps the records in storage for the next visit, and removes them all when cleared', async () => {
    const store = new LastingMemoryStore();
    const first = new DashboardRecords(new RecordStore(store));
    await first.importFiles([file('a.json', JSON.stringify(a))], () => {});
    const again = new DashboardRecords(new RecordStore(store));
    expect(await again.load(() => {})).toEqual({ unreadableRecords: 0, unreadableParts: 0 });
    expect(again.count).toBe(3);
    expect(again.measure({}).measures).toEqual(first.measure({}).measures);
    const repeat = await again.importFiles([file('a.json', JSON.stringify(a))], () => {});
    expect(repeat.reports[0]).toMatchObject({ accepted: 0, duplicates: 3 });
    await again.clear();
    expect(again.count).toBe(0);
    expect(await store.keys()).toEqual([]);
  });

  it('reads past damaged stored records, counting what it could not read', async () => {
    const kv = new LastingMemoryStore();
    const store = new RecordStore(kv);
    const good = [0, 1].map((i) => syntheticResult(i, 8));
    const damaged = { ...syntheticResult(2, 8), participant: undefined } as unknown as ResultRecord;
    const keys = [await store.write([good[0]!, damaged, good[1]!])];
    await kv.set('chunk:other-version', { version: 99, records: [] });
    await store.commit([...keys, 'chunk:other-version']);
    const records = new DashboardRecords(store);
    expect(await records.load(() => {})).toEqual({ unreadableRecords: 1, unreadableParts: 1 });
    expect(records.count).toBe(2);
    expect(records.measure({}).measures).toEqual(aggregate(good));
  });

  it('leaves nothing behind from a file refused half way through', async () => {
    const store = new LastingMemoryStore();
    const records = new DashboardRecords(new RecordStore(store));
    const many = Array.from({ length: CHUNK_SIZE + 10 }, (_, i) => JSON.stringify(syntheticResult(i, 4)));
    const outcome = await records.importFiles([file('big.json', `[${many.join(',')},{"unclosed": [}]`)], () => {});
    expect(outcome.reports[0]!.refused).toMatch(/bracket that does not match/);
    expect(records.count).toBe(0);
    expect(await store.keys()).toEqual([]);
    const later = new DashboardRecords(new RecordStore(store));
    await later.load(() => {});
    expect(later.count).toBe(0);
  });

  it('writes large imports in chunks and lists only the first reasons', async () => {
    const store = new LastingMemoryStore();
    const records = new DashboardRecords(new RecordStore(store));
    const valid = Array.from({ length: CHUNK_SIZE + 1 }, (_, i) => syntheticResult(i, 5));
    const invalid = Array.from({ length: REASONS_SHOWN + 3 }, (_, i) => ({ id: `bad-${i}` }));
    const outcome = await records.importFiles([file('big.json', JSON.stringify([...valid, ...invalid]))], () => {});
    expect(outcome.reports[0]).toMatchObject({ accepted: CHUNK_SIZE + 1, rejected: REASONS_SHOWN + 3 });
    expect(outcome.reports[0]!.reasons).toHaveLength(REASONS_SHOWN);
    const keys = await store.keys();
    expect(keys).toContain('manifest');
    expect(keys.filter((k) => k.startsWith('chunk:'))).toHaveLength(2);
  });
});
