/**
 * The outbox across a reload and an LRS that is down, and the dashboard's pull, against the
 * local LRS: statements kept before a page closed are sent first by the next page; a record
 * stored twice (before and after its follow-up) is pulled once, as its later version; a pull
 * from `since` reads only what came after.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRecords } from '../../src/dashboard/lrs-pull.ts';
import { LrsStatementReader, LrsStatementSender } from '../../src/lms/lrs-client.ts';
import { StatementOutbox, defaultBackoff } from '../../src/lms/statement-outbox.ts';
import type { Statement } from '../../src/lms/xapi-statements.ts';
import { isoDuration } from '../../src/lms/xapi-statements.ts';
import { cmi5Parameters, learnerIdOf } from '../../src/lms/cmi5-parameters.ts';
import { EXT, VERB } from '../../src/lms/xapi-vocabulary.ts';
import { MemoryStore } from '../../src/storage/store.ts';
import { syntheticResult } from '../../bench/synthetic-results.ts';
import { type LocalLrs, startLocalLrs } from './local-lrs.ts';

const actor = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example.org', name: 'p-1' } };

function responded(registration: string, n: number): Statement {
  return {
    id: randomUUID(),
    actor,
    verb: { id: VERB.responded, display: { 'en-US': 'responded' } },
    object: { objectType: 'Activity', id: `urn:safeguarding-simulator:xapi:scenario:sample/decisions/d${n}` },
    result: { response: 'option-1' },
    context: { registration },
    timestamp: new Date(Date.UTC(2026, 11, 5, 10, 0, n)).toISOString(),
  };
}

function recorded(record: unknown): Statement {
  return {
    id: randomUUID(),
    actor,
    verb: { id: VERB.recorded, display: { 'en-US': 'recorded' } },
    object: { objectType: 'Activity', id: 'urn:safeguarding-simulator:xapi:scenario:sample' },
    result: { extensions: { [EXT.record]: record } },
    timestamp: new Date().toISOString(),
  };
}

describe('the outbox and the pull against a local LRS', () => {
  let lrs: LocalLrs;
  beforeAll(async () => {
    lrs = await startLocalLrs();
  }, 60_000);
  afterAll(async () => {
    await lrs?.stop();
  });
  const connection = () => ({ endpoint: lrs.endpoint, auth: lrs.auth });

  it('keeps statements while the LRS refuses them, and the next page sends them first, in order', async () => {
    const registration = randomUUID();
    const store = new MemoryStore();
    const statuses: { waiting: number; problem: string | null }[] = [];
    const refused = new LrsStatementSender({ endpoint: lrs.endpoint, auth: 'Basic d3Jvbmc6d3Jvbmc=' });
    const first = new StatementOutbox(store, refused, {
      schedule: () => null, // the page closes before any retry
      onStatus: (s) => statuses.push(s),
    });
    const early = [responded(registration, 1), responded(registration, 2)];
    await first.add(early);
    expect((await first.pending()).map((s) => s.id)).toEqual(early.map((s) => s.id));
    expect(statuses.at(-1)).toEqual({ waiting: 2, problem: 'the Learning Record Store refused the key and secret' });
    first.stop();

    const next = new StatementOutbox(store, new LrsStatementSender(connection()));
    const late = responded(registration, 3);
    await next.add([late]);
    expect(await next.pending()).toEqual([]);
    const reader = new LrsStatementReader(connection());
    const page = await reader.first({ registration, limit: 10 });
    expect(page.statements.map((s) => s.id)).toEqual([...early, late].map((s) => s.id));
  });

  it('pulls each record once, as its latest version, and from `since` only what came after', async () => {
    const before = syntheticResult(1);
    const withFollowUp = { ...before, followUpTest: before.postTest };
    const other = syntheticResult(2);
    const sender = new LrsStatementSender(connection());
    await sender.send([recorded(before), recorded(other)]);
    await sender.send([recorded(withFollowUp)]);
    const reader = new LrsStatementReader(connection());
    const all = await pullRecords(reader, null);
    expect(all.statements).toBe(3);
    expect(all.records).toEqual([other, withFollowUp]);
    expect(all.latestStored).not.toBeNull();

    const third = syntheticResult(3);
    await sender.send([recorded(third)]);
    const since = await pullRecords(reader, all.latestStored);
    expect(since.records).toEqual([third]);
  });
});

describe('xAPI helpers', () => {
  it('writes durations as cmi5 asks, to hundredths of a second', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(7_000)).toBe('PT7S');
    expect(isoDuration(61_250)).toBe('PT1M1.25S');
    expect(isoDuration(3_600_000 + 120_000)).toBe('PT1H2M0S');
  });

  it('waits longer after each failure, up to a minute', () => {
    expect([1, 2, 3, 7, 20].map(defaultBackoff)).toEqual([1000, 2000, 4000, 60_000, 60_000]);
  });

  it('reads the cmi5 launch parameters, and refuses a launch that lacks one', () => {
    const search = new URLSearchParams({
      cmi5: '1',
      endpoint: 'https://lrs.example.org/xAPI/',
      fetch: 'https://lms.example.org/fetch/1',
      actor: JSON.stringify(actor),
      registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
      activityId: 'urn:safeguarding-simulator:xapi:scenario:sample',
    });
    const parsed = cmi5Parameters(`?${search}`);
    expect(parsed).toMatchObject({ endpoint: 'https://lrs.example.org/xAPI/', actor });
    expect(learnerIdOf(parsed!.actor)).toBe('https://lms.example.org|p-1');
    search.delete('fetch');
    expect(cmi5Parameters(`?${search}`)).toBeNull();
    search.set('fetch', 'x');
    search.set('actor', '{not json');
    expect(cmi5Parameters(`?${search}`)).toBeNull();
  });
});
