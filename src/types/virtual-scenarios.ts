/**
 * Types of the `virtual:scenarios` module that the stories plugin generates
 * (tools/vite-plugin-stories.ts). tsconfig maps the module name here for type checking
 * only; Vite serves the real module.
 */
import type { CompiledScenario, ScenarioMeta } from '../engine/scenario.ts';

export type ScenarioSummary = Omit<ScenarioMeta, 'learningPoints' | 'whatHappened'> & {
  learningPointCount: number;
  hasQuiz: boolean;
  debriefFactCount: number;
  episodes: number;
};

export declare const scenarios: ScenarioSummary[];
/** Scenarios that failed to compile (dev server only; a build fails instead). */
export declare const brokenScenarios: { id: string; problem: string }[];
export declare function loadScenario(id: string): Promise<CompiledScenario>;
