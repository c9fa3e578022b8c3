/**
 * This browser's saves for a learner launched by an LMS, kept apart from the learner's own
 * standalone saves and from other LMS learners on a shared computer: every key is prefixed
 * with an HMAC-SHA-256 of the LMS learner id under a random key made once per browser and
 * kept in its store. The id itself is never stored, and without the key the prefix cannot
 * be turned back into an id by trying likely ones.
 */
import { contentHash } from '../engine/hash.ts';
import type { KeyValueStore } from '../storage/store.ts';

/** Where the per-browser key is kept (outside every learner's part of the store). */
export const LEARNER_KEY = 'lms-learner-key';

/** The prefix keys had before they were keyed (an unkeyed 48-bit hash): read once, to move saves on. */
export function legacyLearnerPrefix(learnerId: string): string {
  return `lms:${contentHash(`learner:${learnerId}`).slice(0, 12)}:`;
}

/** The older name, kept for tests that build a learner's store with a fixed prefix. */
export const learnerPrefix = legacyLearnerPrefix;

const toHex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

async function browserKey(base: KeyValueStore, subtle: SubtleCrypto): Promise<CryptoKey> {
  let raw = await base.get(LEARNER_KEY);
  if (typeof raw !== 'string' || !/^[0-9a-f]{64}$/.test(raw)) {
    raw = toHex(crypto.getRandomValues(new Uint8Array(32)).buffer);
    await base.set(LEARNER_KEY, raw);
  }
  const bytes = new Uint8Array((raw as string).match(/../g)!.map((h) => parseInt(h, 16)));
  return subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** The learner's prefix: the first 96 bits of HMAC-SHA-256(browser key, learner id). */
export async function keyedLearnerPrefix(base: KeyValueStore, learnerId: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null; // not a secure context: nothing is kept under the learner's id
  const key = await browserKey(base, subtle);
  const mac = await subtle.sign('HMAC', key, new TextEncoder().encode(`learner:${learnerId}`));
  return `lms:${toHex(mac).slice(0, 24)}:`;
}

/** Moves what an earlier version kept under the unkeyed prefix to the keyed one. */
async function moveLegacy(base: KeyValueStore, from: string, to: string): Promise<void> {
  for (const key of await base.keys()) {
    if (!key.startsWith(from)) continue;
    await base.set(to + key.slice(from.length), await base.get(key));
    await base.remove(key);
  }
}

/**
 * The learner's part of the browser's store. Where the browser offers no Web Crypto (a page
 * not served over HTTPS), the learner's progress is kept in memory for this page only: the
 * LMS still holds where they are.
 */
export async function openLearnerStore(
  base: KeyValueStore,
  learnerId: string,
  memory: () => KeyValueStore,
): Promise<KeyValueStore & { readonly prefix: string }> {
  const prefix = await keyedLearnerPrefix(base, learnerId).catch(() => null);
  if (!prefix) return new LearnerStore(memory(), 'lms:memory:');
  await moveLegacy(base, legacyLearnerPrefix(learnerId), prefix).catch(() => undefined);
  return new LearnerStore(base, prefix);
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
