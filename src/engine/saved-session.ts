/** A session as saved between visits: its shape, its schema, and the reason when a save cannot be resumed. */
import * as v from 'valibot';

export type FeedbackMode = 'reflect' | 'assessment';

export interface RecordedChoice {
  /** Option index at that decision. */
  index: number;
  /** Option text, to check that a replay still fits the story. */
  text: string;
  decisionId: string | null;
  /** Epoch milliseconds when the choice was made. */
  at: number;
}

export const SAVE_VERSION = 1;

export interface SavedSession {
  v: typeof SAVE_VERSION;
  scenarioId: string;
  storyHash: string;
  seed: number;
  feedbackMode: FeedbackMode;
  startedAt: number;
  choices: RecordedChoice[];
}

/** Text from a save, for a message to the learner: cut short, since a damaged save can hold anything. */
export function quoteFromSave(value: unknown, max = 60): string {
  const text = String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Epoch milliseconds that make a valid Date (a result record writes them as ISO times). */
const Time = (message: string) =>
  v.pipe(v.number(message), v.finite(message), v.minValue(-8.64e15, message), v.maxValue(8.64e15, message));

export const RecordedChoiceSchema = v.object({
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: v.string(),
  decisionId: v.nullable(v.string()),
  at: Time('not a time'),
});

export const SavedSessionSchema = v.object(
  {
    v: v.literal(SAVE_VERSION, (i) => `the save has version ${quoteFromSave(i.input)}, expected ${SAVE_VERSION}`),
    scenarioId: v.pipe(v.string('the save names no scenario'), v.minLength(1, 'the save names no scenario')),
    storyHash: v.string('the save has no story version'),
    seed: v.pipe(v.number('the save has no valid seed'), v.finite('the save has no valid seed')),
    feedbackMode: v.picklist(['reflect', 'assessment'], 'the save has no valid feedback mode'),
    startedAt: Time('the save has no valid start time'),
    choices: v.array(RecordedChoiceSchema, 'the save has no list of choices'),
  },
  'the save is not a record',
);

/** Checks that an unknown value (e.g. read from storage) is a usable saved session. */
export function parseSavedSession(value: unknown): { ok: true; saved: SavedSession } | { ok: false; reason: string } {
  const parsed = v.safeParse(SavedSessionSchema, value, { abortEarly: true });
  if (parsed.success) return { ok: true, saved: parsed.output };
  const issue = parsed.issues[0];
  const path = issue.path ?? [];
  const choice = path[0]?.key === 'choices' && path.length > 1 ? Number(path[1]!.key) : null;
  return { ok: false, reason: choice === null ? issue.message : `choice ${choice + 1} in the save is malformed` };
}
