/** Messages between the dashboard page and its worker. */
import type { FilterChoices, Filters, Measures } from '../engine/measures.ts';
import type { ImportOutcome, Progress } from './records.ts';

export type Request =
  | { id: number; kind: 'load' }
  | { id: number; kind: 'import'; files: File[] }
  | { id: number; kind: 'measure'; filters: Filters }
  | { id: number; kind: 'clear' };

export interface Loaded {
  count: number;
  /** Stored records, and stored parts (chunks of records), that could not be read. */
  unreadableRecords: number;
  unreadableParts: number;
  /** Why records cannot be kept in this browser (held in memory only), or null. */
  storageProblem: string | null;
}

export interface Measured {
  measures: Measures;
  choices: FilterChoices;
  /** All records held, whatever the filters. */
  count: number;
  /** Time the aggregation took in the worker, in milliseconds. */
  ms: number;
}

export interface Replies {
  load: Loaded;
  import: ImportOutcome & { count: number };
  measure: Measured;
  clear: { count: number };
}

export type Reply =
  | { id: number; kind: 'progress'; progress: Progress }
  | { id: number; kind: 'done'; value: Replies[keyof Replies] }
  | { id: number; kind: 'failed'; message: string };
