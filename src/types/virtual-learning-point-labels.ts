/**
 * Types of the `virtual:learning-point-labels` module that the stories plugin generates
 * (tools/vite-plugin-stories.ts): each scenario's learning points as [id, title], in
 * catalogue order. tsconfig maps the module name here for type checking only.
 */
export declare const learningPointTitles: Record<string, [string, string][]>;
