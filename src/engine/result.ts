/**
 * The pseudonymous result record: one learner's play of one scenario, with pre/post
 * tests and confidence. The unit the dashboard aggregates and the LMS reports.
 * Documented in docs/results.md; the JSON Schema is docs/schemas/result.schema.json.
 */
import * as v from 'valibot';
import type { Session } from './session.ts';

export const RESULT_FORMAT = 'safeguarding-simulator-result';
/** 2 added each answer's certainty, the follow-up test and the manager's view of practice; 1 still reads. */
export const RESULT_VERSION = 2;
export const RESULT_VERSIONS = [1, 2] as const;

export { PARTICIPANT_AGENCIES } from './vocabulary.ts';

const Iso = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 date and time'));
const ShortText = (max: number) => v.nullable(v.pipe(v.string(), v.maxLength(max)));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case id'), v.maxLength(80));
const Status = v.picklist(['met', 'partly', 'missed']);
const Rating = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5));

export const QuizResultSchema = v.object({
  answers: v.pipe(
    v.array(
      v.object({
        questionId: Id,
        learningPoint: Id,
        chosen: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
        correct: v.boolean(),
        certainty: v.optional(v.nullable(v.picklist([1, 2, 3])), null),
      }),
    ),
    v.maxLength(50),
  ),
  score: v.pipe(v.number(), v.integer(), v.minValue(0)),
  max: v.pipe(v.number(), v.integer(), v.minValue(0)),
  at: Iso,
});

const Scale = (max: number) => v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max)));

export const PracticeSchema = v.object({
  /** Since the training, how often the learner has used it in their work: 1 not yet … 4 routinely. */
  applied: Scale(4),
  /** How much their multi-agency practice has changed: 1 no change … 4 a great deal. */
  changed: Scale(4),
  /** Whether the training has been discussed in supervision: 1 no, 2 once, 3 more than once. */
  supervision: Scale(3),
  at: Iso,
});

export const ResultSchema = v.object({
  format: v.literal(RESULT_FORMAT),
  version: v.picklist(RESULT_VERSIONS),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/, 'must be an id of 8–64 letters, digits or hyphens')),
  participant: v.object({
    code: ShortText(64),
    agency: ShortText(80),
    role: ShortText(80),
    cohort: ShortText(80),
  }),
  scenario: v.object({
    id: Id,
    title: v.pipe(v.string(), v.maxLength(200)),
    storyHash: v.pipe(v.string(), v.maxLength(64)),
  }),
  feedbackMode: v.picklist(['reflect', 'assessment']),
  startedAt: Iso,
  finishedAt: v.nullable(Iso),
  completed: v.boolean(),
  durationSeconds: v.pipe(v.number(), v.minValue(0)),
  ending: v.nullable(v.object({ id: Id, title: v.pipe(v.string(), v.maxLength(200)) })),
  path: v.pipe(
    v.array(
      v.object({
        decisionId: v.nullable(Id),
        option: v.pipe(v.string(), v.maxLength(500)),
        at: Iso,
      }),
    ),
    v.maxLength(2000),
  ),
  learningPoints: v.pipe(
    v.array(v.object({ id: Id, score: v.number(), max: v.pipe(v.number(), v.minValue(0)), status: Status })),
    v.maxLength(100),
  ),
  themes: v.pipe(
    v.array(
      v.object({
        id: Id,
        score: v.number(),
        max: v.pipe(v.number(), v.minValue(0)),
        scaled: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      }),
    ),
    v.maxLength(50),
  ),
  overall: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  preTest: v.nullable(QuizResultSchema),
  postTest: v.nullable(QuizResultSchema),
  confidence: v.object({
    before: v.nullable(v.record(Id, Rating)),
    after: v.nullable(v.record(Id, Rating)),
  }),
  /** The third parallel form, taken weeks later from the follow-up link. */
  followUpTest: v.optional(v.nullable(QuizResultSchema), null),
  /** The manager's answers on use in practice, given with the follow-up (all optional). */
  practice: v.optional(v.nullable(PracticeSchema), null),
});

export type ResultRecord = v.InferOutput<typeof ResultSchema>;
export type Participant = ResultRecord['participant'];
export type Practice = v.InferOutput<typeof PracticeSchema>;

/** One reason a value is not a result record: where (keys and list positions) and what. */
export interface ResultIssue {
  path: (string | number)[];
  message: string;
  /** What was found there, as the validator describes it (e.g. `NaN`, `undefined`). */
  received: string;
}

export function validateResult(
  value: unknown,
): { ok: true; result: ResultRecord } | { ok: false; problems: string[]; issues: ResultIssue[] } {
  const parsed = v.safeParse(ResultSchema, value);
  if (parsed.success) return { ok: true, result: parsed.output };
  const issues = parsed.issues.slice(0, 10).map((i) => ({
    path: (i.path ?? []).map((item) => item.key as string | number),
    message: i.message,
    received: i.received,
  }));
  return {
    ok: false,
    problems: parsed.issues.slice(0, 10).map((i) => `${v.getDotPath(i) ?? '(record)'}: ${i.message}`),
    issues,
  };
}

export interface ResultExtras {
  id: string;
  participant: Participant;
  preTest: ResultRecord['preTest'];
  postTest: ResultRecord['postTest'];
  confidence: ResultRecord['confidence'];
  finishedAt: Date | null;
}

/** Builds the result record of a session (finished or not). */
export function buildResult(session: Session, extras: ResultExtras): ResultRecord {
  const { meta } = session.scenario;
  const iso = (ms: number) => new Date(ms).toISOString();
  const last = session.turns.at(-1)?.choice.at ?? session.startedAt;
  const end = extras.finishedAt ? extras.finishedAt.getTime() : last;
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    id: extras.id,
    participant: extras.participant,
    scenario: { id: meta.id, title: meta.title, storyHash: session.scenario.storyHash },
    feedbackMode: session.feedbackMode,
    startedAt: iso(session.startedAt),
    finishedAt: extras.finishedAt ? extras.finishedAt.toISOString() : null,
    completed: session.finished,
    durationSeconds: Math.max(0, Math.round((end - session.startedAt) / 1000)),
    ending: session.current.ending,
    path: session.turns.map((t) => ({ decisionId: t.choice.decisionId, option: t.choice.text, at: iso(t.choice.at) })),
    learningPoints: session.ledger.results().map(({ id, score, max, status }) => ({ id, score, max, status })),
    themes: session.ledger.themes(meta.themes).map(({ id, score, max, scaled }) => ({ id, score, max, scaled })),
    overall: session.ledger.overall(),
    preTest: extras.preTest,
    postTest: extras.postTest,
    confidence: extras.confidence,
    followUpTest: null,
    practice: null,
  };
}
