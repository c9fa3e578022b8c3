/**
 * This browser's saves for a learner launched by an LMS, kept apart from the learner's own
 * standalone saves and from other LMS learners on a shared computer: every key is prefixed
 * with a hash of the LMS learner id (the id itself is not stored).
 */
import { contentHash } from '../engine/hash.ts';
import type { KeyValueStore } from '../storage/store.ts';

export function learnerPrefix(learnerId: string): string {
  return `lms:${contentHash(`learner:${learnerId}`).slice(0, 12)}:`;
}

export class LearnerStore implements KeyValueStore {
  constructor(
    private readonly base: KeyValueStore,
    readonly prefix: string,
  ) {}

  get persistent(): boolean {
    return this.base.persistent;
  }
  get(key: string): Promise<unknown> {
    return this.base.get(this.prefix + key);
  }
  set(key: string, value: unknown): Promise<void> {
    return this.base.set(this.prefix + key, value);
  }
  remove(key: string): Promise<void> {
    return this.base.remove(this.prefix + key);
  }
  async keys(): Promise<string[]> {
    return (await this.base.keys()).filter((k) => k.startsWith(this.prefix)).map((k) => k.slice(this.prefix.length));
  }
}
