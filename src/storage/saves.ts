/**
 * Saved sessions, one per scenario. A record that cannot be read is moved aside under a
 * `quarantine:` key (never deleted) and the caller is told why.
 */
import { type SavedSession, parseSavedSession, quoteFromSave } from '../engine/session.ts';
import type { KeyValueStore } from './store.ts';

const SAVE_PREFIX = 'save:';
const QUARANTINE_PREFIX = 'quarantine:';

export type LoadedSave =
  | { kind: 'none' }
  | { kind: 'ok'; saved: SavedSession }
  | { kind: 'unreadable'; reason: string; quarantineKey: string };

export class SaveRepository {
  constructor(private readonly store: KeyValueStore) {}

  get persistent(): boolean {
    return this.store.persistent;
  }

  async load(scenarioId: string): Promise<LoadedSave> {
    const key = SAVE_PREFIX + scenarioId;
    let raw: unknown;
    try {
      raw = await this.store.get(key);
    } catch (e) {
      return {
        kind: 'unreadable',
        reason: `the browser could not read it (${(e as Error).message})`,
        quarantineKey: '',
      };
    }
    if (raw === null || raw === undefined) return { kind: 'none' };
    const parsed = parseSavedSession(raw);
    if (parsed.ok && parsed.saved.scenarioId === scenarioId) return { kind: 'ok', saved: parsed.saved };
    const reason = parsed.ok
      ? `it belongs to another scenario (${quoteFromSave(parsed.saved.scenarioId)})`
      : parsed.reason;
    const quarantineKey = await this.quarantine(key, raw, reason);
    return { kind: 'unreadable', reason, quarantineKey };
  }

  async save(saved: SavedSession): Promise<void> {
    await this.store.set(SAVE_PREFIX + saved.scenarioId, saved);
  }

  async clear(scenarioId: string): Promise<void> {
    await this.store.remove(SAVE_PREFIX + scenarioId);
  }

  /** Moves a record aside, keeping it for support staff, and removes it from its slot. */
  async quarantine(key: string, raw: unknown, reason: string): Promise<string> {
    const aside = `${QUARANTINE_PREFIX}${Date.now()}:${key}`;
    try {
      await this.store.set(aside, { key, reason, keptAt: new Date().toISOString(), raw });
      await this.store.remove(key);
    } catch {
      // The record could not be copied (e.g. it cannot be cloned): leave it where it is.
      return '';
    }
    return aside;
  }

  async quarantined(): Promise<string[]> {
    return (await this.store.keys()).filter((k) => k.startsWith(QUARANTINE_PREFIX));
  }

  async savedScenarioIds(): Promise<string[]> {
    return (await this.store.keys()).filter((k) => k.startsWith(SAVE_PREFIX)).map((k) => k.slice(SAVE_PREFIX.length));
  }
}
