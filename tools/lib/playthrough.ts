/** Plays a scenario along a scripted list of option substrings (playthroughs.json). */
import { Session } from '../../src/engine/session.ts';
import type { CompiledScenario } from '../../src/engine/scenario.ts';

export interface ScriptedPath {
  choices: string[];
  ending: string;
  met: string[];
  missed: string[];
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
