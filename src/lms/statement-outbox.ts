/**
 * Statements waiting for the Learning Record Store. Each is written to the browser's store
 * before any attempt to send it, sent in order in batches, and removed only once the LRS
 * has stored it; a failure waits and tries again (1 s, doubling to a minute), and a reload
 * carries on from what is kept. Ids are the app's, so a statement the LRS stored but whose
 * answer was lost is not stored twice.
 */
import type { KeyValueStore } from '../storage/store.ts';
import type { Statement } from './xapi-statements.ts';

/** Sends statements; resolves when the LRS has stored them all, rejects otherwise. */
export interface StatementSender {
  send(statements: readonly Statement[]): Promise<void>;
}

export interface OutboxStatus {
  /** Statements kept but not yet stored by the LRS. */
  waiting: number;
  /** The last failure, until a send succeeds. */
  problem: string | null;
}

export interface OutboxOptions {
  /** How long to wait before the next try after `failures` failures in a row (milliseconds). */
  backoff?: (failures: number) => number;
  batchSize?: number;
  onStatus?: (status: OutboxStatus) => void;
  /** Timer, for tests. */
  schedule?: (run: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
}

const PREFIX = 'xapi-outbox/';
const MAX_BACKOFF_MS = 60_000;

export const defaultBackoff = (failures: number): number =>
  Math.min(1000 * 2 ** Math.max(failures - 1, 0), MAX_BACKOFF_MS);

interface Kept {
  key: string;
  statement: Statement;
}

export class StatementOutbox {
  private seq = 0;
  private failures = 0;
  private problem: string | null = null;
  private timer: unknown = null;
  private sending: Promise<void> | null = null;
  private waiting = 0;
  /** Writes to the store in the order they were asked for, so keys sort as statements were made. */
  private writes: Promise<unknown> = Promise.resolve();
  private readonly backoff: (failures: number) => number;
  private readonly batchSize: number;
  private readonly schedule: (run: () => void, ms: number) => unknown;
  private readonly cancel: (handle: unknown) => void;

  constructor(
    private readonly store: KeyValueStore,
    private readonly sender: StatementSender,
    private readonly options: OutboxOptions = {},
  ) {
    this.backoff = options.backoff ?? defaultBackoff;
    this.batchSize = options.batchSize ?? 50;
    this.schedule = options.schedule ?? ((run, ms) => setTimeout(run, ms));
    this.cancel = options.cancel ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  private key(): string {
    // Time first so keys sort across reloads; the counter orders statements made in one millisecond.
    return `${PREFIX}${Date.now().toString(36).padStart(10, '0')}-${(this.seq++).toString(36).padStart(6, '0')}`;
  }

  private report(): void {
    this.options.onStatus?.({ waiting: this.waiting, problem: this.problem });
  }

  /** Keeps the statements and starts sending; resolves once they are kept (not sent). */
  add(statements: readonly Statement[]): Promise<void> {
    if (!statements.length) return Promise.resolve();
    const kept = statements.map((statement) => ({ key: this.key(), statement }));
    const write = this.writes.then(async () => {
      for (const k of kept) await this.store.set(k.key, k.statement);
      this.waiting += kept.length;
      this.report();
    });
    this.writes = write.catch(() => undefined);
    return write.then(() => this.flush());
  }

  private async kept(): Promise<Kept[]> {
    const keys = (await this.store.keys()).filter((k) => k.startsWith(PREFIX)).sort();
    const out: Kept[] = [];
    for (const key of keys) {
      const statement = (await this.store.get(key)) as Statement | null;
      if (statement && typeof statement === 'object' && typeof statement.id === 'string') out.push({ key, statement });
      else await this.store.remove(key);
    }
    return out;
  }

  /** Sends what is kept now, in order; resolves when it is all stored or a try failed (then retried later). */
  flush(): Promise<void> {
    if (this.sending) return this.sending;
    if (this.timer !== null) {
      this.cancel(this.timer);
      this.timer = null;
    }
    this.sending = this.sendAll().finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  private async sendAll(): Promise<void> {
    await this.writes;
    let queue = await this.kept();
    this.waiting = queue.length;
    while (queue.length) {
      const batch = queue.slice(0, this.batchSize);
      try {
        await this.sender.send(batch.map((k) => k.statement));
      } catch (e) {
        this.failures++;
        this.problem = e instanceof Error ? e.message : String(e);
        this.report();
        this.timer = this.schedule(() => {
          this.timer = null;
          void this.flush();
        }, this.backoff(this.failures));
        return;
      }
      for (const k of batch) await this.store.remove(k.key);
      this.failures = 0;
      this.problem = null;
      queue = queue.slice(batch.length);
      // Statements added while this batch was on its way join the queue in their order.
      if (!queue.length) queue = await this.kept();
      this.waiting = queue.length;
      this.report();
    }
  }

  /** Statements kept and not yet stored by the LRS. */
  async pending(): Promise<Statement[]> {
    await this.writes;
    return (await this.kept()).map((k) => k.statement);
  }

  stop(): void {
    if (this.timer !== null) this.cancel(this.timer);
    this.timer = null;
  }
}
