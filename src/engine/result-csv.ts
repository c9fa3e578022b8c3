/**
 * The result record as CSV: one row per record, learning points, test answers and
 * confidence spread over named columns. `resultsFromCsv` reads it back losslessly
 * (apart from question wording, which the record never holds).
 */
import { parseCsv, toCsv } from './csv.ts';
import type { Certainty } from './quiz.ts';
import { RESULT_FORMAT, RESULT_VERSION, type ResultRecord } from './result.ts';

const FIXED = [
  'id',
  'participant_code',
  'participant_agency',
  'participant_role',
  'cohort',
  'scenario_id',
  'scenario_title',
  'story_hash',
  'feedback_mode',
  'started_at',
  'finished_at',
  'completed',
  'duration_seconds',
  'ending_id',
  'ending_title',
  'overall',
  'pre_score',
  'pre_max',
  'pre_at',
  'post_score',
  'post_max',
  'post_at',
  'followup_score',
  'followup_max',
  'followup_at',
  'practice_applied',
  'practice_changed',
  'practice_supervision',
  'practice_at',
  'path',
] as const;

const FORMS = ['pre', 'post', 'followup'] as const;
type Form = (typeof FORMS)[number];
const testOf = (r: ResultRecord, form: Form) =>
  form === 'pre' ? r.preTest : form === 'post' ? r.postTest : r.followUpTest;

function rowOf(r: ResultRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: r.id,
    participant_code: r.participant.code,
    participant_agency: r.participant.agency,
    participant_role: r.participant.role,
    cohort: r.participant.cohort,
    scenario_id: r.scenario.id,
    scenario_title: r.scenario.title,
    story_hash: r.scenario.storyHash,
    feedback_mode: r.feedbackMode,
    started_at: r.startedAt,
    finished_at: r.finishedAt,
    completed: r.completed ? 'yes' : 'no',
    duration_seconds: r.durationSeconds,
    ending_id: r.ending?.id,
    ending_title: r.ending?.title,
    overall: r.overall,
    pre_score: r.preTest?.score,
    pre_max: r.preTest?.max,
    pre_at: r.preTest?.at,
    post_score: r.postTest?.score,
    post_max: r.postTest?.max,
    post_at: r.postTest?.at,
    followup_score: r.followUpTest?.score,
    followup_max: r.followUpTest?.max,
    followup_at: r.followUpTest?.at,
    practice_applied: r.practice?.applied,
    practice_changed: r.practice?.changed,
    practice_supervision: r.practice?.supervision,
    practice_at: r.practice?.at,
    path: JSON.stringify(r.path),
  };
  for (const lp of r.learningPoints) row[`lp:${lp.id}`] = `${lp.score}/${lp.max}/${lp.status}`;
  for (const t of r.themes) row[`theme:${t.id}`] = `${t.score}/${t.max}/${t.scaled}`;
  for (const form of FORMS) {
    for (const a of testOf(r, form)?.answers ?? []) {
      row[`${form}:${a.questionId}`] =
        `${a.learningPoint}/${a.chosen ?? ''}/${a.correct ? 1 : 0}` + (a.certainty ? `/${a.certainty}` : '');
    }
  }
  for (const [when, ratings] of Object.entries(r.confidence)) {
    for (const [theme, rating] of Object.entries(ratings ?? {})) row[`confidence_${when}:${theme}`] = rating;
  }
  return row;
}

export function resultsToCsv(records: readonly ResultRecord[]): string {
  const rows = records.map(rowOf);
  const dynamic = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter(
    (k) => !(FIXED as readonly string[]).includes(k),
  );
  const order = (prefix: string) => dynamic.filter((k) => k.startsWith(prefix));
  const columns = [
    ...FIXED,
    ...order('lp:'),
    ...order('theme:'),
    ...order('pre:'),
    ...order('post:'),
    ...order('followup:'),
    ...order('confidence_before:'),
    ...order('confidence_after:'),
  ];
  return toCsv(columns, rows);
}

const nul = (s: string | undefined) => (s === undefined || s === '' ? null : s);
const num = (s: string | undefined) => (s === undefined || s === '' ? NaN : Number(s));
const nullableNumber = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

function quizFromRow(row: Record<string, string>, form: Form): ResultRecord['preTest'] {
  if (!row[`${form}_max`]) return null;
  const answers = Object.entries(row)
    .filter(([k, value]) => k.startsWith(`${form}:`) && value)
    .map(([k, value]) => {
      const [learningPoint = '', chosen = '', correct = '', certainty = ''] = value.split('/');
      return {
        questionId: k.slice(form.length + 1),
        learningPoint,
        chosen: chosen === '' ? null : Number(chosen),
        correct: correct === '1',
        certainty: certainty === '' ? null : (Number(certainty) as Certainty),
      };
    });
  return { answers, score: num(row[`${form}_score`]), max: num(row[`${form}_max`]), at: row[`${form}_at`] ?? '' };
}

function confidenceFromRow(row: Record<string, string>, when: 'before' | 'after'): Record<string, number> | null {
  const entries = Object.entries(row).filter(([k, value]) => k.startsWith(`confidence_${when}:`) && value !== '');
  return entries.length ? Object.fromEntries(entries.map(([k, value]) => [k.split(':')[1]!, Number(value)])) : null;
}

/**
 * Reads rows of a results CSV into candidate records. They are not yet trusted: the
 * caller validates each one against the schema.
 */
export function resultsFromCsv(text: string): { records: unknown[]; errors: string[] } {
  const { rows, errors } = parseCsv(text);
  if (rows.length && !('id' in rows[0]!))
    return { records: [], errors: ['this CSV has no "id" column: it is not a results export'] };
  return { records: rows.map(resultFromCsvRow), errors };
}

/** One row of a results CSV (cells by column, guards undone) as a candidate record. */
export function resultFromCsvRow(row: Record<string, string>): unknown {
  let path: unknown;
  try {
    path = JSON.parse(row.path || '[]');
  } catch {
    path = null;
  }
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    id: row.id,
    participant: {
      code: nul(row.participant_code),
      agency: nul(row.participant_agency),
      role: nul(row.participant_role),
      cohort: nul(row.cohort),
    },
    scenario: { id: row.scenario_id, title: row.scenario_title ?? '', storyHash: row.story_hash },
    feedbackMode: row.feedback_mode,
    startedAt: row.started_at,
    finishedAt: nul(row.finished_at),
    completed: row.completed === 'yes',
    durationSeconds: num(row.duration_seconds),
    ending: row.ending_id ? { id: row.ending_id, title: row.ending_title ?? '' } : null,
    path,
    learningPoints: Object.entries(row)
      .filter(([k, value]) => k.startsWith('lp:') && value)
      .map(([k, value]) => {
        const [score, max, status] = value.split('/');
        return { id: k.slice(3), score: num(score), max: num(max), status };
      }),
    themes: Object.entries(row)
      .filter(([k, value]) => k.startsWith('theme:') && value)
      .map(([k, value]) => {
        const [score, max, scaled] = value.split('/').map(Number) as [number, number, number | undefined];
        // Files written before the scaled score was carried hold score/max only.
        const computed = max > 0 ? Math.min(Math.max(score, 0), max) / max : 0;
        return { id: k.slice(6), score, max, scaled: scaled ?? computed };
      }),
    overall: num(row.overall),
    preTest: quizFromRow(row, 'pre'),
    postTest: quizFromRow(row, 'post'),
    confidence: { before: confidenceFromRow(row, 'before'), after: confidenceFromRow(row, 'after') },
    followUpTest: quizFromRow(row, 'followup'),
    practice: row.practice_at
      ? {
          applied: nullableNumber(row.practice_applied),
          changed: nullableNumber(row.practice_changed),
          supervision: nullableNumber(row.practice_supervision),
          at: row.practice_at,
        }
      : null,
  };
}
