/** What a stored facilitated session must hold to be opened again (older ones lack the timer's lap and pages). */
import * as v from 'valibot';
import type { StoredFacilitation } from './facilitation.ts';
import { RecordedChoiceSchema } from './saved-session.ts';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const DecisionRecordSchema = v.object({
  index: count,
  decisionId: v.nullable(v.string()),
  prompt: v.nullable(v.string()),
  options: v.array(v.string()),
  votes: v.array(count),
  chosen: v.nullable(v.string()),
  explored: v.array(v.string()),
  seconds: v.pipe(v.number(), v.minValue(0)),
});

export const StoredFacilitationSchema = v.object({
  v: v.literal(1),
  id: v.string(),
  label: v.string(),
  createdAt: v.string(),
  scenarioId: v.string(),
  storyHash: v.string(),
  seed: v.pipe(v.number(), v.finite()),
  participants: v.object({ total: count, byAgency: v.record(v.string(), count) }),
  groupPath: v.array(RecordedChoiceSchema),
  branch: v.nullable(v.object({ from: count, path: v.array(RecordedChoiceSchema) })),
  decisions: v.array(DecisionRecordSchema),
  decisionShownAt: v.number(),
  revealed: v.boolean(),
  timer: v.optional(
    v.partial(v.object({ runningSince: v.nullable(v.number()), elapsedMs: v.number(), decisionFromMs: v.number() })),
  ),
  panel: v.optional(v.picklist(['passage', 'case'])),
  page: v.optional(count),
  revision: count,
});

/** The stored session, or null when what was read is not one. */
export function readStoredFacilitation(value: unknown): StoredFacilitation | null {
  const parsed = v.safeParse(StoredFacilitationSchema, value);
  return parsed.success ? parsed.output : null;
}
