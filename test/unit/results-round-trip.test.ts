/**
 * Result records survive every round trip: written as CSV and as JSON (as the app exports
 * them), read back through the dashboard's own reader, they give the same records and the
 * same measures — whatever the scores (negative, zero, full) and whatever free text holds.
 */
import { describe, expect, it } from 'vitest';
import { type Candidate, readCandidates } from '../../src/dashboard/read-results.ts';
import { resultsToCsv } from '../../src/engine/result-csv.ts';
import { resultsToJson } from '../../src/engine/result-json.ts';
import { type ResultRecord, RESULT_FORMAT, RESULT_VERSION, validateResult } from '../../src/engine/result.ts';
import { MeasureTable, toMeasured } from '../../src/engine/measures.ts';
import { seededRandom } from '../../src/engine/seeded-random.ts';

async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function readBack(text: string, size: number): Promise<{ records: ResultRecord[]; problems: string[] }> {
  const records: ResultRecord[] = [];
  const problems: string[] = [];
  for await (const batch of readCandidates(pieces(text, size))) {
    for (const c of batch as Candidate[]) {
      if ('problem' in c) problems.push(`${c.at}: ${c.problem}`);
      else {
        const checked = validateResult(c.value);
        if (checked.ok) records.push(checked.result);
        else problems.push(`${c.at}: ${checked.problems.join('; ')}`);
      }
    }
  }
  return { records, problems };
}

/** Free text that spreadsheets and CSV readers trip on. */
const AWKWARD = [
  '=SUM(A1:A9)',
  '+44 1632 960000',
  '-1',
  '-x',
  '@home',
  "'quoted",
  "''=two",
  '\tTab',
  'a,b',
  'say "hi"',
  '"',
  'line\nbreak',
  'cr\r\nlf',
  ' padded ',
  'Zoë ‘curly’',
  '',
];

function record(random: () => number, i: number, awkward: readonly string[] = AWKWARD): ResultRecord {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const text = (max: number) => {
    const t = random() < 0.5 ? pick(awkward) : `${pick(awkward)} ${Math.floor(random() * 1e6)} ${pick(awkward)}`;
    return t.slice(0, max);
  };
  const maybe = (max: number) => (random() < 0.2 ? null : text(max) || null);
  const time = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 1000).toISOString();
  const themeIds = ['challenge', 'voice-of-child', 'information-sharing'];
  const lpIds = ['x-ask', 'x-see', 'x-challenge', 'x-escalate'];
  const learningPoints = lpIds.map((id) => {
    const max = Math.floor(random() * 6);
    const score = pick([-3, -2, -1, 0, max, Math.floor(random() * (max + 1))]);
    return { id, score, max, status: pick(['met', 'partly', 'missed'] as const) };
  });
  const themes = themeIds.map((id) => {
    const max = Math.floor(random() * 8);
    const score = pick([-2, 0, max, Math.floor(random() * (max + 1))]);
    return { id, score, max, scaled: max > 0 ? Math.min(Math.max(score, 0), max) / max : 0 };
  });
  const quiz = (form: 'pre' | 'post' | 'followup') => {
    if (random() < 0.25) return null;
    const answers = Array.from({ length: 6 }, (_, k) => {
      const chosen = random() < 0.15 ? null : Math.floor(random() * 4);
      const certainty = chosen === null ? null : pick([null, 1, 2, 3] as const);
      return { questionId: `${form}-${k + 1}`, learningPoint: pick(lpIds), chosen, correct: chosen === 1, certainty };
    });
    return { answers, score: answers.filter((a) => a.correct).length, max: 6, at: time(i * 100 + 50) };
  };
  const ratings = () =>
    random() < 0.3 ? null : Object.fromEntries(themeIds.map((id) => [id, 1 + Math.floor(random() * 5)]));
  const finished = random() < 0.8;
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    id: `round-trip-${String(i).padStart(6, '0')}`,
    participant: { code: maybe(64), agency: maybe(80), role: maybe(80), cohort: maybe(80) },
    scenario: { id: pick(['child-t', 'child-l', 'sample']), title: text(200), storyHash: 'abc123' },
    feedbackMode: pick(['reflect', 'assessment'] as const),
    startedAt: time(i * 100),
    finishedAt: finished ? time(i * 100 + 40) : null,
    completed: finished,
    durationSeconds: Math.floor(random() * 4000),
    ending: finished ? { id: pick(['acted', 'closed']), title: text(200) } : null,
    path: Array.from({ length: Math.floor(random() * 5) }, (_, k) => ({
      decisionId: random() < 0.1 ? null : `d-${k}`,
      option: text(500),
      at: time(i * 100 + k),
    })),
    learningPoints,
    themes,
    overall: random(),
    preTest: quiz('pre'),
    postTest: quiz('post'),
    confidence: { before: ratings(), after: ratings() },
    followUpTest: quiz('followup'),
    practice:
      random() < 0.5
        ? null
        : {
            applied: pick([null, 1, 4]),
            changed: pick([null, 2, 3]),
            supervision: pick([null, 1, 3]),
            at: time(i * 100 + 90),
          },
  };
}

describe('result records written as CSV and JSON and read back by the dashboard', () => {
  const random = seededRandom(20261204);
  const records = Array.from({ length: 1000 }, (_, i) => record(random, i));

  it('are all valid records to begin with', () => {
    expect(records.filter((r) => !validateResult(r).ok)).toEqual([]);
  });

  it.each([
    ['CSV', () => resultsToCsv(records)],
    ['JSON', () => resultsToJson(records)],
  ])('come back identical from %s, however the file is cut', async (_, write) => {
    const text = write();
    for (const size of [4096, 65_537]) {
      const { records: back, problems } = await readBack(text, size);
      expect(problems).toEqual([]);
      expect(back).toEqual(records);
    }
  });

  it('give the same measures from either file', async () => {
    const measure = (rs: readonly ResultRecord[]) => {
      const table = new MeasureTable();
      for (const r of rs) table.add(toMeasured(r));
      return table.aggregate({});
    };
    const fromCsv = (await readBack(resultsToCsv(records), 1 << 20)).records;
    const fromJson = (await readBack(resultsToJson(records), 1 << 20)).records;
    expect(measure(fromCsv)).toEqual(measure(records));
    expect(measure(fromJson)).toEqual(measure(records));
  });
});

describe('a results CSV with a stray quote', () => {
  it('imports every other row and reports the row with the quote by its spreadsheet number', async () => {
    const random = seededRandom(7);
    // No line breaks in cells here, so that each line of the text is one spreadsheet row.
    const oneLine = AWKWARD.filter((t) => !/[\r\n]/.test(t));
    const records = Array.from({ length: 1000 }, (_, i) => record(random, i, oneLine));
    const rows = resultsToCsv(records).split('\r\n');
    // Spreadsheet row 10 is the ninth record (the header is row 1); its id cell gains an opening quote.
    const cells = rows[9]!.split(',');
    cells[0] = `"${cells[0]}`;
    rows[9] = cells.join(',');
    const { records: back, problems } = await readBack(rows.join('\r\n'), 1 << 16);
    expect(back).toHaveLength(999);
    expect(back.map((r) => r.id)).not.toContain(records[8]!.id);
    expect(problems).toEqual([expect.stringMatching(/^row 10: the row cannot be read \(.*quote/)]);
  });
});
