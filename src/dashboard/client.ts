/** The page's side of the dashboard worker: requests as promises, with progress. */
import type { Filters } from '../engine/measures.ts';
import type { Replies, Reply, Request } from './protocol.ts';
import type { Progress } from './records.ts';

type Pending = { resolve: (value: never) => void; reject: (e: Error) => void; onProgress: (p: Progress) => void };
type Body = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class DashboardClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private serial = 0;
  private released = false;

  constructor() {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (event: MessageEvent<Reply>) => this.receive(event.data));
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failAll(event.message || 'the dashboard could not start its background worker');
    });
  }

  load(onProgress: (p: Progress) => void = () => {}): Promise<Replies['load']> {
    return this.request({ kind: 'load' }, onProgress);
  }

  import(files: File[], onProgress: (p: Progress) => void = () => {}): Promise<Replies['import']> {
    return this.request({ kind: 'import', files }, onProgress);
  }

  measure(filters: Filters): Promise<Replies['measure']> {
    return this.request({ kind: 'measure', filters });
  }

  clear(): Promise<Replies['clear']> {
    return this.request({ kind: 'clear' });
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Stops the worker once it has nothing left to do (an import in progress is finished first). */
  release(): void {
    this.released = true;
    if (!this.busy) this.worker.terminate();
  }

  private request<T>(body: Body, onProgress: (p: Progress) => void = () => {}): Promise<T> {
    const id = ++this.serial;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject, onProgress });
      this.worker.postMessage({ ...body, id } as Request);
    });
  }

  private receive(reply: Reply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    if (reply.kind === 'progress') {
      waiting.onProgress(reply.progress);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.kind === 'done') waiting.resolve(reply.value as never);
    else waiting.reject(new Error(reply.message));
    if (this.released && !this.busy) this.worker.terminate();
  }

  private failAll(message: string): void {
    for (const waiting of this.pending.values()) waiting.reject(new Error(message));
    this.pending.clear();
  }
}
