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
    /** The beat stopped on a runtime error or a runaway loop (reported as such, not as a dead end). */
    faulted: boolean;
  };
  edges: ExploreEdge[];
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

export interface Exploration {
  complete: boolean;
  maxStates: number;
  nodes: ExploreNode[];
  /** Effects applied before the first decision (on every path). */
  baseEffects: Record<string, number>;
  problems: (StoryProblem & { at: string[] })[];
  deadEnds: string[][];
  neverEnding: string[][];
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
