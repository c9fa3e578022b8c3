/**
 * The dashboard's worker: reads and validates imported files, keeps the records in
 * IndexedDB and aggregates them, so the page stays responsive with 100,000 records.
 */
import { openStore } from '../storage/indexeddb-store.ts';
import type { Replies, Reply, Request } from './protocol.ts';
import { RecordStore } from './record-store.ts';
import { DashboardRecords, type Progress } from './records.ts';

const opened = openStore('dashboard').then(({ store, problem }) => ({
  records: new DashboardRecords(new RecordStore(store)),
  problem,
}));

const post = (reply: Reply) => self.postMessage(reply);

async function handle(request: Request): Promise<Replies[keyof Replies]> {
  const { records, problem } = await opened;
  const progress = (p: Progress) => post({ id: request.id, kind: 'progress', progress: p });
  switch (request.kind) {
    case 'load': {
      const unreadable = await records.load(progress);
      return { count: records.count, ...unreadable, storageProblem: problem };
    }
    case 'import': {
      const outcome = await records.importFiles(request.files, progress);
      return { ...outcome, count: records.count };
    }
    case 'measure': {
      const start = performance.now();
      const measured = records.measure(request.filters);
      return { ...measured, count: records.count, ms: performance.now() - start };
    }
    case 'clear':
      await records.clear();
      return { count: records.count };
  }
}

// One request at a time, in order: an aggregation never sees half an import.
let queue: Promise<void> = Promise.resolve();
self.addEventListener('message', (event: MessageEvent<Request>) => {
  const request = event.data;
  queue = queue.then(async () => {
    try {
      post({ id: request.id, kind: 'done', value: await handle(request) });
    } catch (e) {
      post({ id: request.id, kind: 'failed', message: (e as Error)?.message || String(e) });
    }
  });
});
