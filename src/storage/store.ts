/**
 * Key-value storage behind one interface: IndexedDB through localforage in the browser,
 * an in-memory map in Node tests and when the browser refuses storage.
 */

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /** True when data survives a reload (false for the in-memory fallback). */
  readonly persistent: boolean;
}

export class MemoryStore implements KeyValueStore {
  readonly persistent: boolean = false;
  private readonly data = new Map<string, unknown>();

  async get(key: string): Promise<unknown> {
    return this.data.has(key) ? structuredClone(this.data.get(key)) : null;
  }
  async set(key: string, value: unknown): Promise<void> {
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string): Promise<void> {
    this.data.delete(key);
  }
  async keys(): Promise<string[]> {
    return [...this.data.keys()];
  }
}
