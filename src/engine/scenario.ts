/** Scenario metadata and the learning-point catalogue, as written in scenario.json. */
import type { Quiz } from './quiz.ts';

export interface Source {
  review: string;
  section: string;
}

export interface LearningPoint {
  id: string;
  title: string;
  summary: string;
  theme: string;
  source: Source;
}

export interface Theme {
  id: string;
  title: string;
}

export interface DebriefFact {
  text: string;
  source: string;
}

/** Something the scenario adds to the real case (not in the review), at a decision. */
export interface AddedEvent {
  /** The decision id the added material belongs to. */
  decision: string;
  /** What was added, in a sentence the debrief and trainer console show. */
  text: string;
}

export interface ScenarioMeta {
  id: string;
  title: string;
  synopsis: string;
  minutes: number;
  order: number;
  contentNote: string;
  support: string;
  about: string;
  review: { title: string; publisher: string; year: number };
  themes: Theme[];
  learningPoints: LearningPoint[];
  whatHappened: DebriefFact[];
  /** Decisions and events added for the scenario: labelled as added, never as the real case. */
  added?: AddedEvent[];
}

export interface EpisodeInfo {
  number: number;
  title: string;
  /** Ink path of the knot that opens the episode (for jumping to it). */
  knot: string | null;
}

/** What the build adds to a scenario: computed, never typed by hand. */
export interface ScenarioFacts {
  /** Maximum reachable score of each learning point, from the path explorer. */
  maxima: Record<string, number>;
  episodes: EpisodeInfo[];
  /** Everything the agencies could have revealed, over all paths. */
  allInfo: { agency: string; text: string }[];
  /** Every chronology entry the story can reveal, over all paths. */
  allChrono: { when: string; what: string }[];
  endings: { id: string; title: string }[];
  /** Learning points that name critical acts (`# critical:` on an option): met only when one is taken. */
  criticalPoints: string[];
}

/** A scenario as the player loads it: compiled story plus metadata and build facts. */
export interface CompiledScenario {
  meta: ScenarioMeta;
  /** Pre- and post-test (quiz.json), when the scenario has one. */
  quiz: Quiz | null;
  facts: ScenarioFacts;
  /** Ink runtime JSON. */
  story: string;
  /** Hash of the runtime JSON: saves made on another version are detected by it. */
  storyHash: string;
}

const SCENARIO_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Validates scenario.json; returns readable problems (empty when sound). */
export function validateScenarioMeta(value: unknown, folderId?: string): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return ['scenario.json must contain an object'];
  const m = value as Record<string, unknown>;
  const str = (key: string) => {
    if (typeof m[key] !== 'string' || !(m[key] as string).trim()) problems.push(`'${key}' must be a non-empty string`);
  };
  ['id', 'title', 'synopsis', 'contentNote', 'support', 'about'].forEach(str);
  if (typeof m.id === 'string' && !SCENARIO_ID.test(m.id))
    problems.push(`'id' must be lower case letters, digits and hyphens`);
  if (folderId && m.id !== folderId) problems.push(`'id' is '${String(m.id)}' but the folder is '${folderId}'`);
  if (typeof m.minutes !== 'number' || m.minutes <= 0) problems.push(`'minutes' must be a positive number`);
  if (typeof m.order !== 'number') problems.push(`'order' must be a number`);
  const review = m.review as Record<string, unknown> | undefined;
  if (!review || typeof review.title !== 'string') problems.push(`'review.title' is missing`);
  const themes = Array.isArray(m.themes) ? (m.themes as Theme[]) : [];
  if (!themes.length) problems.push(`'themes' must list at least one theme`);
  const themeIds = new Set(themes.map((t) => t?.id));
  const lps = Array.isArray(m.learningPoints) ? (m.learningPoints as LearningPoint[]) : [];
  if (!lps.length) problems.push(`'learningPoints' must list at least one learning point`);
  const seen = new Set<string>();
  lps.forEach((lp, i) => {
    const at = `learningPoints[${i}]${lp?.id ? ` (${lp.id})` : ''}`;
    if (!lp || typeof lp.id !== 'string' || !SCENARIO_ID.test(lp.id))
      problems.push(`${at}: 'id' must be a lower-case id`);
    else if (seen.has(lp.id)) problems.push(`${at}: duplicate id`);
    else seen.add(lp.id);
    if (typeof lp?.title !== 'string' || !lp.title) problems.push(`${at}: 'title' is missing`);
    if (typeof lp?.summary !== 'string' || !lp.summary) problems.push(`${at}: 'summary' is missing`);
    if (!themeIds.has(lp?.theme)) problems.push(`${at}: theme '${String(lp?.theme)}' is not one of 'themes'`);
    if (!lp?.source || !lp.source.review || !lp.source.section) {
      problems.push(`${at}: needs a source with 'review' and 'section'`);
    }
  });
  const facts = Array.isArray(m.whatHappened) ? (m.whatHappened as DebriefFact[]) : null;
  if (!facts) problems.push(`'whatHappened' must be a list`);
  else
    facts.forEach((f, i) => {
      if (!f || typeof f.text !== 'string' || typeof f.source !== 'string') {
        problems.push(`whatHappened[${i}] needs 'text' and 'source'`);
      }
    });
  if (m.added !== undefined) {
    if (!Array.isArray(m.added)) problems.push(`'added' must be a list`);
    else
      (m.added as unknown[]).forEach((a, i) => {
        const entry = a as Record<string, unknown> | null;
        if (!entry || typeof entry.decision !== 'string' || typeof entry.text !== 'string' || !entry.text.trim()) {
          problems.push(`added[${i}] needs 'decision' (a decision id) and 'text'`);
        }
      });
  }
  return problems;
}
