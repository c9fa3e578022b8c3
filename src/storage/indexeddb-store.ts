/** The browser's store: IndexedDB through localforage, checked to work before it is trusted. */
import localforage from 'localforage';
import { type KeyValueStore, MemoryStore } from './store.ts';

export const DB_NAME = 'safeguarding-simulator';

class LocalforageStore implements KeyValueStore {
  readonly persistent = true;
  constructor(private readonly lf: LocalForage) {}
  async get(key: string): Promise<unknown> {
    return this.lf.getItem(key);
  }
  async set(key: string, value: unknown): Promise<void> {
    await this.lf.setItem(key, value);
  }
  async remove(key: string): Promise<void> {
    await this.lf.removeItem(key);
  }
  async keys(): Promise<string[]> {
    return this.lf.keys();
  }
}

export interface OpenedStore {
  store: KeyValueStore;
  /** Why storage is unavailable (null when it works). */
  problem: string | null;
}

/** Opens IndexedDB; when the browser refuses it, falls back to memory and says why. */
export async function openStore(storeName = 'data'): Promise<OpenedStore> {
  try {
    const lf = localforage.createInstance({ name: DB_NAME, storeName, driver: localforage.INDEXEDDB });
    await lf.ready();
    const probe = `probe:${Date.now()}`;
    await lf.setItem(probe, 1);
    await lf.removeItem(probe);
    return { store: new LocalforageStore(lf), problem: null };
  } catch (e) {
    return { store: new MemoryStore(), problem: (e as Error)?.message || 'IndexedDB is not available' };
  }
}

/** The stores the application keeps (one IndexedDB database, one object store each). */
export const STORE_NAMES = ['data', 'settings', 'dashboard', 'facilitator'] as const;

/**
 * Deletes everything the simulator keeps in this browser: every record of every store,
 * then the database itself.
 */
export async function deleteAllData(): Promise<void> {
  for (const storeName of STORE_NAMES) {
    try {
      await localforage.createInstance({ name: DB_NAME, storeName, driver: localforage.INDEXEDDB }).clear();
    } catch {
      // A store that was never created has nothing to clear.
    }
  }
  try {
    await Promise.race([
      localforage.dropInstance({ name: DB_NAME }),
      new Promise((resolve) => setTimeout(resolve, 2000)), // another open tab can block the drop
    ]);
  } catch {
    // The records are already gone; the empty database may stay until other tabs close.
  }
}
