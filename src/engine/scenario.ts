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

/** A member of the fictional family, for the trainer's genogram. */
export interface FamilyMember {
  id: string;
  /** The fictional name, as the story uses it. */
  name: string;
  /** Who they are to the child the scenario is about, e.g. "mother", "mother's partner". */
  relation: string;
  sex: 'female' | 'male' | 'unknown';
  /** Age at the start of the scenario, as written ("9", "14 months"). */
  age?: string;
  /** Lives in the child's household when the scenario starts. */
  household: boolean;
  /** A child the scenario is about. */
  focus?: boolean;
}

/** A couple (or a parent whose partner is not known) and their children. */
export interface FamilyUnion {
  partners: string[];
  status: 'together' | 'separated' | 'on-and-off' | 'unknown';
  children: string[];
}

export interface Family {
  members: FamilyMember[];
  unions: FamilyUnion[];
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
  /** The fictional family, for the trainer's pack (genogram). */
  family?: Family;
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
  /**
   * Ink runtime JSON: as text, or already parsed where that reads the same (see
   * `inkJsonForBrowser` in the build), so the page parses it once.
   */
  story: string | Record<string, unknown>;
  /** Hash of the runtime JSON: saves made on another version are detected by it. */
  storyHash: string;
}
