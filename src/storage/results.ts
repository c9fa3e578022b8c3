/** The learner's results, kept in the browser until the learner deletes them. */
import { type ResultRecord, validateResult } from '../engine/result.ts';
import type { KeyValueStore } from './store.ts';

const RESULT_PREFIX = 'result:';

export class ResultRepository {
  constructor(private readonly store: KeyValueStore) {}

  async save(result: ResultRecord): Promise<void> {
    await this.store.set(RESULT_PREFIX + result.id, result);
  }

  async get(id: string): Promise<ResultRecord | null> {
    const checked = validateResult(await this.store.get(RESULT_PREFIX + id));
    return checked.ok ? checked.result : null;
  }

  /** Every readable result, newest first. */
  async list(): Promise<ResultRecord[]> {
    const keys = (await this.store.keys()).filter((k) => k.startsWith(RESULT_PREFIX));
    const records: ResultRecord[] = [];
    for (const key of keys) {
      const checked = validateResult(await this.store.get(key));
      if (checked.ok) records.push(checked.result);
    }
    return records.sort((a, b) => (b.finishedAt ?? b.startedAt).localeCompare(a.finishedAt ?? a.startedAt));
  }
}
