/** What the path explorer reports: the state graph it walked and what the graph shows. */
import type { StoryProblem } from './runner.ts';

export interface ExploreEdge {
  to: number;
  optionIndex: number;
  optionText: string;
  effects: Record<string, number>;
}

export interface ExploreNode {
  id: number;
  parent: number;
  /** Option text that first led here (for reporting a path). */
  via: string | null;
  depth: number;
  beatSummary: {
    decisionId: string | null;
    options: number;
    ending: { id: string; title: string } | null;
    lastText: string;
    /** The knot (or `knot.stitch`) the beat stopped in; '' at the top level. */
    place: string;
    /** The beat stopped on a runtime error or a runaway loop (reported as such, not as a dead end). */
    faulted: boolean;
  };
  edges: ExploreEdge[];
}

/** States found at one place in the source: how many, and the shortest path to one of them. */
export interface PlacedPaths {
  place: string;
  states: number;
  /** Distinct paths of choices from the start to these states (Infinity when a loop lies on the way). */
  paths: number;
  path: string[];
}

export interface LpRange {
  min: number;
  max: number;
  /** A loop can raise (max) or lower (min) the score without limit. */
  unboundedMax: boolean;
  unboundedMin: boolean;
}

export interface TagSighting {
  kind: string;
  data: Record<string, string | number>;
}

/** How much of the story an exploration reached: all of it when complete. */
export interface Coverage {
  knots: { reached: number; total: number };
  choices: { reached: number; total: number };
}

export interface Exploration {
  complete: boolean;
  /** Why the exploration stopped before the end (the bound, or memory running short); null when complete. */
  stoppedBecause: string | null;
  coverage: Coverage;
  maxStates: number;
  nodes: ExploreNode[];
  /** Effects applied before the first decision (on every path). */
  baseEffects: Record<string, number>;
  problems: (StoryProblem & { at: string[] })[];
  /** Where the story stops with no choices and no ending tag: once per place, with how many states stop there. */
  deadEnds: PlacedPaths[];
  /** Where a loop has no way out: once per place. */
  neverEnding: PlacedPaths[];
  runaway: string[][];
  unreachedKnots: string[];
  lpRanges: Record<string, LpRange>;
  endings: { id: string; title: string; states: number }[];
  shortestPath: number | null;
  longestPath: number | null;
  longestUnbounded: boolean;
  sightings: TagSighting[];
  decisions: { id: string; kinds: string[] }[];
}
