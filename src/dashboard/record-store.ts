/**
 * The dashboard's imported records in browser storage, in chunks of a few thousand so
 * that 100,000 records are written and read in steps rather than in one piece. A list
 * of chunks (the manifest) is written last, so an import cut short leaves nothing half
 * counted: chunks the manifest does not name are removed on the next load.
 */
import * as v from 'valibot';
import type { MeasuredRecord } from '../engine/measures.ts';
import type { KeyValueStore } from '../storage/store.ts';

export const CHUNK_SIZE = 5000;
const MANIFEST = 'manifest';
const CHUNK_PREFIX = 'chunk:';
const VERSION = 1;

const ManifestSchema = v.object({ version: v.literal(VERSION), chunks: v.array(v.string()) });
type Manifest = v.InferOutput<typeof ManifestSchema>;

/**
 * Records as JSON text: quicker to store and read back than the same objects cloned. The
 * records themselves were checked when they were imported; a chunk is checked as a whole.
 */
const ChunkSchema = v.object({ version: v.literal(VERSION), json: v.string() });
type Chunk = v.InferOutput<typeof ChunkSchema>;

export interface LoadOutcome {
  /** Chunks that could not be read (a different version, or damaged); they are left in place. */
  unreadableChunks: number;
}

export class RecordStore {
  private serial = 0;

  constructor(private readonly store: KeyValueStore) {}

  get persistent(): boolean {
    return this.store.persistent;
  }

  private async manifest(): Promise<Manifest> {
    const read = v.safeParse(ManifestSchema, await this.store.get(MANIFEST));
    return read.success ? read.output : { version: VERSION, chunks: [] };
  }

  /** Reads every stored chunk in turn, handing its records on. */
  async load(each: (records: MeasuredRecord[], done: number, total: number) => void): Promise<LoadOutcome> {
    const { chunks } = await this.manifest();
    const named = new Set(chunks);
    for (const key of await this.store.keys()) {
      if (key.startsWith(CHUNK_PREFIX) && !named.has(key)) await this.store.remove(key);
    }
    let unreadableChunks = 0;
    for (let i = 0; i < chunks.length; i++) {
      const records = parsed(await this.store.get(chunks[i]!));
      if (records) each(records, i + 1, chunks.length);
      else unreadableChunks++;
    }
    return { unreadableChunks };
  }

  /** Writes records as a new chunk; it counts only once committed. */
  async write(records: MeasuredRecord[]): Promise<string> {
    const key = `${CHUNK_PREFIX}${Date.now().toString(36)}-${(this.serial++).toString(36)}`;
    const chunk: Chunk = { version: VERSION, json: JSON.stringify(records) };
    await this.store.set(key, chunk);
    return key;
  }

  async commit(keys: readonly string[]): Promise<void> {
    if (!keys.length) return;
    const manifest = await this.manifest();
    manifest.chunks.push(...keys);
    await this.store.set(MANIFEST, manifest);
  }

  async discard(keys: readonly string[]): Promise<void> {
    for (const key of keys) await this.store.remove(key).catch(() => undefined);
  }

  async clear(): Promise<void> {
    await this.store.remove(MANIFEST);
    for (const key of await this.store.keys()) {
      if (key.startsWith(CHUNK_PREFIX)) await this.store.remove(key);
    }
  }
}

function parsed(stored: unknown): MeasuredRecord[] | null {
  const chunk = v.safeParse(ChunkSchema, stored);
  if (!chunk.success) return null;
  try {
    const records: unknown = JSON.parse(chunk.output.json);
    return Array.isArray(records) ? (records as MeasuredRecord[]) : null;
  } catch {
    return null;
  }
}
