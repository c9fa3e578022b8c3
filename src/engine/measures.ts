/**
 * Measures of knowledge and confidence gain over many result records, for the
 * partnership dashboard: per scenario, learning point, theme, agency and role, with
 * effect sizes, follow-up, calibration, item analysis and use in practice. Pure
 * TypeScript: it runs in the dashboard's worker, in Node tests and in the benchmark.
 * The method is set out in docs/dashboard.md and on the dashboard page.
 */
import { type FilterChoices, filterChoices } from './filter-choices.ts';
import type { MeasuredRecord } from './measured-record.ts';
import { RecordColumns } from './record-columns.ts';
import { type Filters, recordFilter } from './record-filter.ts';
import { type Measures, SelectionSums } from './selection-sums.ts';

export { FEW, type Figure } from './figures.ts';
export { type GroupMeasures, normalisedGain } from './group-sums.ts';
export type { EffectSize } from './effect-size.ts';
export type { CalibrationMeasures } from './calibration-sums.ts';
export type { FormAnalysis, ItemMeasures } from './item-analysis.ts';
export type { PracticeMeasures } from './practice-sums.ts';
export type { MeasuredAnswer, MeasuredPractice, MeasuredQuiz, MeasuredRecord } from './measured-record.ts';
export { toMeasured } from './measured-record.ts';
export type { Filters } from './record-filter.ts';
export type { Measures } from './selection-sums.ts';
export { type LearningPointMeasures, MOST_MISSED } from './knowledge-sums.ts';
export type { ThemeMeasures } from './theme-sums.ts';
export type { Choice, FilterChoices } from './filter-choices.ts';

/** The records to measure, held column by column so that aggregation is one tight pass. */
export class MeasureTable {
  private readonly columns = new RecordColumns();

  static from(records: Iterable<MeasuredRecord>): MeasureTable {
    const table = new MeasureTable();
    for (const r of records) table.add(r);
    return table;
  }

  get count(): number {
    return this.columns.count;
  }

  add(r: MeasuredRecord): void {
    this.columns.add(r);
  }

  /** Forgets the records from `count` on (an import that failed half way). */
  truncate(count: number): void {
    this.columns.truncate(count);
  }

  /** Computes every measure over the records that match the filters, in one pass. */
  aggregate(filters: Filters = {}): Measures {
    const selected = recordFilter(this.columns, filters);
    const sums = new SelectionSums(this.columns);
    for (let i = 0; i < this.columns.count; i++) if (selected(i)) sums.add(i);
    return sums.result();
  }

  /** What the filters can select, with how many records each choice holds. */
  choices(): FilterChoices {
    return filterChoices(this.columns);
  }
}

/** Every measure over plain records (builds a table first). */
export function aggregate(records: readonly MeasuredRecord[], filters: Filters = {}): Measures {
  return MeasureTable.from(records).aggregate(filters);
}
