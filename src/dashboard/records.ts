/**
 * The records the dashboard holds: imported from files (validated, duplicates skipped,
 * a report per file), kept in browser storage, and measured. No DOM: it runs in the
 * dashboard's worker and in Node tests.
 */
import { type FilterChoices, type Filters, MeasureTable, type Measures, toMeasured } from '../engine/measures.ts';
import type { MeasuredRecord } from '../engine/measures.ts';
import { validateResult } from '../engine/result.ts';
import { plainReason } from './plain-reasons.ts';
import { type FileFormat, FileRefused, readCandidates, textChunks } from './read-results.ts';
import { CHUNK_SIZE, type RecordStore } from './record-store.ts';

/** The most records the dashboard holds at once. */
export const MAX_RECORDS = 250_000;
/** Rejection reasons listed per file; the rest are counted. */
export const REASONS_SHOWN = 5;

export interface FileReport {
  name: string;
  format: FileFormat | null;
  accepted: number;
  rejected: number;
  duplicates: number;
  /** The first few reasons for rejecting records, each naming the record. */
  reasons: string[];
  /** Why the whole file was refused (nothing from it was imported), or null. */
  refused: string | null;
}

export interface Progress {
  label: string;
  /** 0..1, or null when unknown. */
  fraction: number | null;
}

export interface ImportOutcome {
  reports: FileReport[];
  /** Why accepted records could not be kept in browser storage (they are held until the page closes), or null. */
  notKept: string | null;
}

export type NamedFile = Blob & { readonly name: string };

const clip = (text: string, max = 240) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Checks beyond the schema: a test score cannot be above its maximum. */
function inconsistency(r: ReturnType<typeof toMeasured>): string | null {
  for (const [form, name, test] of [
    ['pre', 'pre-test', r.preTest],
    ['post', 'post-test', r.postTest],
    ['followup', 'follow-up test', r.followUpTest],
  ] as const) {
    if (test && test.score > test.max) {
      return `the ${name} score (column ${form}_score) is more than its number of questions (column ${form}_max). Correct it in the file, or export the results again from the simulator`;
    }
  }
  return null;
}

export class DashboardRecords {
  table = new MeasureTable();
  private ids = new Set<string>();
  /** Accepted records not yet in storage, and chunks written for the file being read. */
  private pending: MeasuredRecord[] = [];
  private written: string[] = [];
  private storageProblem: string | null = null;

  constructor(private readonly store: RecordStore) {}

  get count(): number {
    return this.table.count;
  }

  /** Reads the records kept from earlier imports. */
  async load(onProgress: (p: Progress) => void): Promise<{ unreadableRecords: number; unreadableParts: number }> {
    let unreadableRecords = 0;
    const { unreadableChunks } = await this.store.load((records, done, total) => {
      onProgress({
        label: `Reading the records kept in this browser (${done} of ${total} parts)`,
        fraction: done / total,
      });
      for (const r of records) {
        if (this.ids.has(r.id)) continue;
        const before = this.table.count;
        try {
          this.table.add(r);
          this.ids.add(r.id);
        } catch {
          this.table.truncate(before); // a damaged record may have been half added
          unreadableRecords++;
        }
      }
    });
    return { unreadableRecords, unreadableParts: unreadableChunks };
  }

  measure(filters: Filters): { measures: Measures; choices: FilterChoices } {
    return { measures: this.table.aggregate(filters), choices: this.table.choices() };
  }

  async importFiles(files: readonly NamedFile[], onProgress: (p: Progress) => void): Promise<ImportOutcome> {
    const totalBytes = files.reduce((sum, f) => sum + f.size, 0) || 1;
    let doneBytes = 0;
    let lastReport = 0;
    const reports: FileReport[] = [];
    this.storageProblem = null;
    for (const [index, file] of files.entries()) {
      const label = `Checking file ${index + 1} of ${files.length}: ${file.name}`;
      onProgress({ label, fraction: doneBytes / totalBytes });
      const fileStart = doneBytes;
      const report = await this.importFile(file, (bytes) => {
        doneBytes += bytes;
        const now = Date.now();
        if (now - lastReport > 100) {
          lastReport = now;
          onProgress({ label, fraction: doneBytes / totalBytes });
        }
      });
      doneBytes = fileStart + file.size;
      reports.push(report);
    }
    onProgress({ label: 'Measuring', fraction: 1 });
    return { reports, notKept: this.storageProblem };
  }

  private async importFile(file: NamedFile, onBytes: (bytes: number) => void): Promise<FileReport> {
    const report: FileReport = {
      name: file.name,
      format: null,
      accepted: 0,
      rejected: 0,
      duplicates: 0,
      reasons: [],
      refused: null,
    };
    const countBefore = this.table.count;
    const added: string[] = [];
    this.pending = [];
    this.written = [];
    const reject = (reason: string) => {
      report.rejected++;
      if (report.reasons.length < REASONS_SHOWN) report.reasons.push(clip(reason));
    };
    try {
      for await (const batch of readCandidates(textChunks(file, onBytes), (f) => (report.format = f))) {
        for (const candidate of batch) {
          if ('problem' in candidate) {
            reject(`${candidate.at}: ${candidate.problem}`);
            continue;
          }
          const checked = validateResult(candidate.value);
          if (!checked.ok) {
            reject(`${candidate.at}: ${plainReason(candidate.value, checked.issues)}`);
            continue;
          }
          const record = toMeasured(checked.result);
          const problem = inconsistency(record);
          if (problem) {
            reject(`${candidate.at}: ${problem}`);
            continue;
          }
          if (this.ids.has(record.id)) {
            report.duplicates++;
            continue;
          }
          if (this.table.count >= MAX_RECORDS) {
            reject(
              `${candidate.at}: the dashboard already holds ${MAX_RECORDS.toLocaleString('en-GB')} records, its limit`,
            );
            continue;
          }
          this.table.add(record);
          this.ids.add(record.id);
          added.push(record.id);
          report.accepted++;
          this.pending.push(record);
          if (this.pending.length >= CHUNK_SIZE) await this.flush();
        }
      }
      await this.flush();
      if (!this.storageProblem && this.written.length)
        await this.store.commit(this.written).catch((e) => this.storeFailed(e));
    } catch (e) {
      // Nothing from a refused file stays: not in memory, not in storage.
      this.table.truncate(countBefore);
      for (const id of added) this.ids.delete(id);
      await this.store.discard(this.written);
      const refused = e instanceof FileRefused ? e.message : `it could not be read (${(e as Error)?.message ?? e})`;
      return { ...report, accepted: 0, rejected: 0, duplicates: 0, reasons: [], refused };
    } finally {
      this.pending = [];
      this.written = [];
    }
    return report;
  }

  private async flush(): Promise<void> {
    const records = this.pending;
    this.pending = [];
    // Without lasting storage (or once it failed) records are held in memory only.
    if (!records.length || this.storageProblem || !this.store.persistent) return;
    try {
      this.written.push(await this.store.write(records));
    } catch (e) {
      this.storeFailed(e);
    }
  }

  private storeFailed(e: unknown): void {
    this.storageProblem = (e as Error)?.message || 'the browser refused to store them';
  }

  async clear(): Promise<void> {
    await this.store.clear();
    this.table = new MeasureTable();
    this.ids = new Set();
  }
}
