/** Plays a scenario along a scripted list of option substrings (playthroughs.json). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { Session } from '../../src/engine/session.ts';
import type { CompiledScenario } from '../../src/engine/scenario.ts';

const PointIds = v.array(v.string());

export const ScriptedPathSchema = v.object({
  /** One piece of each chosen option's text, in order; each must match exactly one option on offer. */
  choices: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
  /** The id of the ending the path reaches. */
  ending: v.pipe(v.string(), v.minLength(1)),
  /** Learning points met at the end. */
  met: PointIds,
  /** Learning points missed at the end. */
  missed: PointIds,
});

export type ScriptedPath = v.InferOutput<typeof ScriptedPathSchema>;

export const PlaythroughsSchema = v.object({
  $schema: v.optional(v.string()),
  /** What current guidance expects at every decision: meets every learning point. */
  best: ScriptedPathSchema,
  /** What the review records the practitioners did: misses every learning point. */
  real: ScriptedPathSchema,
  /** Every agency called and no critical act taken: meets nothing. */
  everyCall: v.optional(ScriptedPathSchema),
});

export type Playthroughs = v.InferOutput<typeof PlaythroughsSchema>;

/** The named paths of a playthroughs.json, in the file's order. */
export function scriptedPaths(playthroughs: Playthroughs): [string, ScriptedPath][] {
  return Object.entries(playthroughs).filter(
    (entry): entry is [string, ScriptedPath] => typeof entry[1] === 'object' && entry[0] !== '$schema',
  );
}

/** Reads a scenario folder's playthroughs.json; throws with the file and what is wrong. */
export function readPlaythroughs(dir: string): Playthroughs {
  const file = path.join(dir, 'playthroughs.json');
  const parsed = v.safeParse(PlaythroughsSchema, JSON.parse(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.output;
  throw new Error(`${file}: ${parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; ')}`);
}

export interface PlaythroughResult {
  session: Session;
  /** Problems following the script (no match, several matches, script too long or short). */
  problems: string[];
}

export function playScript(scenario: CompiledScenario, choices: readonly string[]): PlaythroughResult {
  const session = Session.start(scenario, { seed: 1, now: () => 0 });
  const problems: string[] = [];
  for (const [step, wanted] of choices.entries()) {
    const options = session.current.options;
    if (!options.length) {
      problems.push(`step ${step + 1} ("${wanted}"): the story has already ended`);
      break;
    }
    const matches = options.filter((o) => o.text.includes(wanted));
    if (matches.length !== 1) {
      problems.push(
        `step ${step + 1} ("${wanted}"): ${matches.length} options match; on offer: ${options.map((o) => `"${o.text}"`).join(', ')}`,
      );
      break;
    }
    session.choose(matches[0]!.index);
  }
  if (!problems.length && !session.finished) {
    problems.push(
      `the script ran out with the story still at a decision: ${session.current.options.map((o) => `"${o.text}"`).join(', ')}`,
    );
  }
  return { session, problems };
}
