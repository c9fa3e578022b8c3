import { describe, expect, it } from 'vitest';
import { LEARNER_KEY, keyedLearnerPrefix, legacyLearnerPrefix, openLearnerStore } from '../../src/lms/learner-store.ts';
import { MemoryStore } from '../../src/storage/store.ts';

describe('the LMS learner’s part of the browser’s store', () => {
  it('is named by a keyed hash: the same learner in the same browser, another in another browser', async () => {
    const browserA = new MemoryStore();
    const browserB = new MemoryStore();
    const a1 = await keyedLearnerPrefix(browserA, 'learner-42');
    const a2 = await keyedLearnerPrefix(browserA, 'learner-42');
    const other = await keyedLearnerPrefix(browserA, 'learner-43');
    const b = await keyedLearnerPrefix(browserB, 'learner-42');
    expect(a1).toMatch(/^lms:[0-9a-f]{24}:$/);
    expect(a2).toBe(a1);
    expect(other).not.toBe(a1);
    // Without this browser's key the prefix says nothing about the id: another key, another prefix.
    expect(b).not.toBe(a1);
    expect(a1).not.toBe(legacyLearnerPrefix('learner-42'));
    expect(await browserA.get(LEARNER_KEY)).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await Promise.all((await browserA.keys()).map((k) => browserA.get(k))))).not.toContain(
      'learner-42',
    );
  });

  it('moves what an earlier version kept under the unkeyed prefix, and keeps nothing there', async () => {
    const browser = new MemoryStore();
    const legacy = legacyLearnerPrefix('learner-42');
    await browser.set(`${legacy}save:sample`, { choices: [1, 2] });
    await browser.set('save:sample', { standalone: true });
    const store = await openLearnerStore(browser, 'learner-42', () => new MemoryStore());
    expect(await store.get('save:sample')).toEqual({ choices: [1, 2] });
    expect((await browser.keys()).filter((k) => k.startsWith(legacy))).toEqual([]);
    expect(await browser.get('save:sample')).toEqual({ standalone: true });
  });

  it('keeps the learner’s progress in memory only when the page has no Web Crypto', async () => {
    const subtle = Object.getOwnPropertyDescriptor(globalThis.crypto, 'subtle');
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const browser = new MemoryStore();
      const store = await openLearnerStore(browser, 'learner-42', () => new MemoryStore());
      await store.set('save:sample', { choices: [1] });
      expect(await browser.keys()).toEqual([]);
      expect(await store.get('save:sample')).toEqual({ choices: [1] });
    } finally {
      if (subtle) Object.defineProperty(globalThis.crypto, 'subtle', subtle);
      else Reflect.deleteProperty(globalThis.crypto, 'subtle');
    }
  });
});
