/**
 * Pulling result records from a Learning Record Store: the `recorded` statements (one per
 * kept result, again when a follow-up joins it), page by page from `since`, each carrying the
 * whole pseudonymous record. A record seen twice keeps its latest version. What comes back
 * is a JSON file of records, imported and measured exactly as an exported file is.
 */
import type { StatementPage, StatementQuery } from '../lms/lrs-client.ts';
import { EXT, VERB } from '../lms/xapi-vocabulary.ts';

export interface StatementSource {
  first(query: StatementQuery): Promise<StatementPage>;
  next(more: string): Promise<StatementPage>;
}

export interface PullOutcome {
  /** Statements read. */
  statements: number;
  pages: number;
  /** The records, the latest version of each, in the order those versions were stored. */
  records: unknown[];
  /** Statements that carried no record (left out). */
  withoutRecord: number;
  /** The `stored` time of the newest statement read, to pull from next time; null when none was read. */
  latestStored: string | null;
}

export const PAGE_SIZE = 500;
/** More than the dashboard holds: a store that keeps answering is stopped here. */
const MAX_PAGES = 1000;

interface StoredStatement {
  stored?: string;
  timestamp?: string;
  result?: { extensions?: Record<string, unknown> };
}

export async function pullRecords(
  source: StatementSource,
  since: string | null,
  onProgress: (statements: number) => void = () => {},
): Promise<PullOutcome> {
  const byId = new Map<string, unknown>();
  let statements = 0;
  let pages = 0;
  let withoutRecord = 0;
  let latestStored: string | null = null;
  let page = await source.first({ verb: VERB.recorded, limit: PAGE_SIZE, ...(since ? { since } : {}) });
  for (;;) {
    pages++;
    for (const raw of page.statements as unknown as StoredStatement[]) {
      statements++;
      if (raw.stored && (!latestStored || raw.stored > latestStored)) latestStored = raw.stored;
      const record = raw.result?.extensions?.[EXT.record] as { id?: unknown } | undefined;
      if (!record || typeof record !== 'object') {
        withoutRecord++;
        continue;
      }
      const id = typeof record.id === 'string' ? record.id : `no-id-${statements}`;
      // Oldest first: a later statement of the same record (with its follow-up) replaces the earlier one.
      byId.delete(id);
      byId.set(id, record);
    }
    onProgress(statements);
    if (!page.more || pages >= MAX_PAGES) break;
    page = await source.next(page.more);
  }
  return { statements, pages, records: [...byId.values()], withoutRecord, latestStored };
}

/** The records as a file the dashboard's import reads. */
export function recordsFile(records: readonly unknown[], name: string): File {
  return new File([JSON.stringify(records)], name, { type: 'application/json' });
}
