/** Facilitated sessions, kept locally so that either window can be reloaded without losing the session. */
import { type Facilitation, withDefaults } from '../engine/facilitation.ts';
import { readStoredFacilitation } from '../engine/facilitation-schema.ts';
import type { KeyValueStore } from './store.ts';

const PREFIX = 'facilitation:';

export class FacilitationRepository {
  constructor(private readonly store: KeyValueStore) {}

  async get(id: string): Promise<Facilitation | null> {
    const stored = readStoredFacilitation(await this.store.get(PREFIX + id));
    return stored?.id === id ? withDefaults(stored) : null;
  }

  async save(f: Facilitation): Promise<void> {
    await this.store.set(PREFIX + f.id, f);
  }

  async list(): Promise<Facilitation[]> {
    const keys = (await this.store.keys()).filter((k) => k.startsWith(PREFIX));
    const all = await Promise.all(keys.map((k) => this.get(k.slice(PREFIX.length))));
    return all.filter((f): f is Facilitation => f !== null).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
}
