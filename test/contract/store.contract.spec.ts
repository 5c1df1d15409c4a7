import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { MemoryStore } from '../../src/adapters/storage/memory/memory-store';
import { PgStore } from '../../src/adapters/storage/postgres/pg-store';
import { SqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store';
import type { Store } from '../../src/shared/store.port';
import { createTestDatabase } from '../support/pg-server';

/** One database for this suite on the run's PostgreSQL server; each test starts from empty tables. */
let pgUrl: Promise<string> | undefined;
async function freshPgStore(): Promise<Store> {
  pgUrl ??= createTestDatabase('contract');
  const store = new PgStore(new Pool({ connectionString: await pgUrl, max: 4 }));
  await store.ready;
  const wipe = new Pool({ connectionString: await pgUrl, max: 1 });
  await wipe.query('TRUNCATE entities, jobs, rate_windows');
  await wipe.end();
  return store;
}

/** One suite, every store adapter: the in-memory fake and PostgreSQL must behave like the SQLite store. */
const adapters: Array<[string, () => Store | Promise<Store>]> = [
  ['memory', () => new MemoryStore()],
  ['sqlite', () => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'store-')), 'db.sqlite'))],
  ['postgres', freshPgStore],
];

const t0 = new Date('2024-02-01T08:00:00Z');
const at = (s: number): Date => new Date(t0.getTime() + s * 1000);

describe.each(adapters)('%s store', (_name, make) => {
  let store: Store;
  beforeEach(async () => { store = await make(); });
  afterEach(async () => { await store.close(); });

  it('inserts, reads and versions an entity', async () => {
    expect((await store.commit([{ op: 'insert', kind: 'n', key: 'a', value: { x: 1 } }])).ok).toBe(true);
    const e = await store.get<{ x: number }>('n', 'a');
    expect(e).toEqual({ kind: 'n', key: 'a', version: 1, value: { x: 1 } });
    expect((await store.commit([{ op: 'update', kind: 'n', key: 'a', value: { x: 2 }, version: 1 }])).ok).toBe(true);
    expect((await store.get('n', 'a'))?.version).toBe(2);
  });

  it('refuses a stale update and a duplicate insert, writing nothing of the commit', async () => {
    await store.commit([{ op: 'insert', kind: 'n', key: 'a', value: 1 }]);
    const stale = await store.commit([
      { op: 'insert', kind: 'n', key: 'b', value: 2 },
      { op: 'update', kind: 'n', key: 'a', value: 3, version: 7 },
      { op: 'enqueue', job: { type: 't', key: 'k1', payload: {}, runAt: t0 } },
    ]);
    expect(stale).toEqual({ ok: false, error: { type: 'conflict', kind: 'n', key: 'a' } });
    expect(await store.get('n', 'b')).toBeUndefined();
    expect(await store.jobs.list()).toHaveLength(0);
    expect(await store.commit([{ op: 'insert', kind: 'n', key: 'a', value: 9 }])).toMatchObject({ ok: false });
    expect((await store.get('n', 'a'))?.value).toBe(1);
  });

  it('lists by kind and literal key prefix, in key order', async () => {
    await store.commit([
      { op: 'upsert', kind: 'n', key: 'c1:b', value: 2 }, { op: 'upsert', kind: 'n', key: 'c1:a', value: 1 },
      { op: 'upsert', kind: 'n', key: 'c1%x', value: 3 }, { op: 'upsert', kind: 'm', key: 'c1:z', value: 4 },
    ]);
    expect((await store.list('n', { prefix: 'c1:' })).map((e) => e.key)).toEqual(['c1:a', 'c1:b']);
    expect((await store.list('n')).length).toBe(3);
    expect((await store.list('n', { limit: 1 })).map((e) => e.key)).toEqual(['c1%x']);
  });

  it('deletes with and without a version', async () => {
    await store.commit([{ op: 'upsert', kind: 'n', key: 'a', value: 1 }, { op: 'upsert', kind: 'n', key: 'b', value: 1 }]);
    expect((await store.commit([{ op: 'delete', kind: 'n', key: 'a', version: 5 }])).ok).toBe(false);
    expect((await store.commit([{ op: 'delete', kind: 'n', key: 'a', version: 1 }])).ok).toBe(true);
    expect((await store.commit([{ op: 'delete', kind: 'n', key: 'b' }])).ok).toBe(true);
    expect(await store.list('n')).toEqual([]);
  });

  it('enqueues a job key once, however often the commit is retried', async () => {
    const job = { type: 't', key: 'same', payload: { n: 1 }, runAt: t0 };
    await store.commit([{ op: 'enqueue', job }]);
    await store.commit([{ op: 'enqueue', job: { ...job, payload: { n: 2 } } }]);
    const jobs = await store.jobs.list();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ key: 'same', payload: { n: 1 }, status: 'pending', attempts: 0 });
  });

  it('keeps the order of many jobs enqueued in one commit, and the first of a key repeated in it', async () => {
    const ops = Array.from({ length: 1500 }, (_, i) => ({ op: 'enqueue' as const, job: { type: 't', key: `k${i}`, payload: { i }, runAt: t0, lane: 'one' } }));
    await store.commit([...ops, { op: 'enqueue', job: { type: 't', key: 'k0', payload: { i: -1 }, runAt: t0, lane: 'one' } }]);
    const jobs = await store.jobs.list();
    expect(jobs.map((j) => (j.payload as { i: number }).i)).toEqual([...Array(1500).keys()]);
    const [first] = await store.jobs.claim(at(1), { worker: 'A', limit: 5, leaseMs: 1000 });
    expect(first.key).toBe('k0');
  });

  it('claims due jobs with a lease, and another worker takes them only after the lease expires', async () => {
    await store.commit([
      { op: 'enqueue', job: { type: 't', key: 'due', payload: 1, runAt: at(0) } },
      { op: 'enqueue', job: { type: 't', key: 'later', payload: 2, runAt: at(100) } },
    ]);
    const a = await store.jobs.claim(at(1), { worker: 'A', limit: 10, leaseMs: 10_000 });
    expect(a.map((j) => j.key)).toEqual(['due']);
    expect(await store.jobs.claim(at(2), { worker: 'B', limit: 10, leaseMs: 10_000 })).toEqual([]);
    const b = await store.jobs.claim(at(12), { worker: 'B', limit: 10, leaseMs: 10_000 });
    expect(b.map((j) => [j.key, j.attempts])).toEqual([['due', 2]]);
    // A lost its lease: its late completion must not count.
    expect(await store.jobs.complete(a[0].id, 'A', at(13))).toBe(false);
    expect(await store.jobs.complete(b[0].id, 'B', at(13))).toBe(true);
    expect((await store.jobs.byKey('due'))?.status).toBe('done');
    expect(await store.jobs.nextDue()).toEqual(at(100));
  });

  it('runs one job of a lane at a time, in order', async () => {
    await store.commit([
      { op: 'enqueue', job: { type: 't', key: 'l1', payload: 1, runAt: at(0), lane: 'ev' } },
      { op: 'enqueue', job: { type: 't', key: 'l2', payload: 2, runAt: at(0), lane: 'ev' } },
      { op: 'enqueue', job: { type: 't', key: 'x', payload: 3, runAt: at(0), lane: 'other' } },
    ]);
    const first = await store.jobs.claim(at(1), { worker: 'A', limit: 10, leaseMs: 10_000 });
    expect(first.map((j) => j.key).sort()).toEqual(['l1', 'x']);
    expect(await store.jobs.claim(at(1), { worker: 'B', limit: 10, leaseMs: 10_000 })).toEqual([]);
    await store.jobs.complete(first.find((j) => j.key === 'l1')?.id ?? '', 'A', at(2));
    expect((await store.jobs.claim(at(2), { worker: 'B', limit: 10, leaseMs: 10_000 })).map((j) => j.key)).toEqual(['l2']);
  });

  it('retries later and dead-letters, and filters claims by type', async () => {
    await store.commit([
      { op: 'enqueue', job: { type: 'a', key: 'a1', payload: 1, runAt: at(0) } },
      { op: 'enqueue', job: { type: 'b', key: 'b1', payload: 1, runAt: at(0) } },
    ]);
    const [j] = await store.jobs.claim(at(0), { worker: 'W', limit: 10, leaseMs: 1_000, types: ['a'] });
    expect(j.key).toBe('a1');
    expect(await store.jobs.retry(j.id, 'W', at(30), 'E: boom', at(0))).toBe(true);
    expect(await store.jobs.claim(at(10), { worker: 'W', limit: 10, leaseMs: 1_000, types: ['a'] })).toEqual([]);
    const [again] = await store.jobs.claim(at(30), { worker: 'W', limit: 10, leaseMs: 1_000, types: ['a'] });
    expect(again).toMatchObject({ key: 'a1', attempts: 2, lastError: 'E: boom' });
    expect(await store.jobs.deadLetter(again.id, 'W', 'gave up', at(31))).toBe(true);
    expect((await store.jobs.list({ status: 'dead' })).map((x) => x.key)).toEqual(['a1']);
    expect((await store.jobs.list({ status: 'pending', type: 'b' })).map((x) => x.key)).toEqual(['b1']);
  });

  it('redacts a person from every job written before, cancels their pending jobs, and leaves others alone', async () => {
    const name = 'Åse "Ø" Lie';
    await store.commit([
      { op: 'enqueue', job: { type: 't', key: 'book:c1:aad-1', payload: { who: { id: 'aad-1', name } }, runAt: t0 } },
      { op: 'enqueue', job: { type: 't', key: 'sent:aad-1', payload: { to: 'aad-1' }, runAt: t0, lane: 'conv:aad-1' } },
      { op: 'enqueue', job: { type: 't', key: 'other', payload: { who: { id: 'aad-2', name: 'Per' } }, runAt: t0 } },
    ]);
    const [sent] = await store.jobs.claim(t0, { worker: 'w', limit: 1, leaseMs: 1000, types: ['t'] });
    expect(sent.key).toBe('book:c1:aad-1');
    expect(await store.jobs.complete(sent.id, 'w', t0)).toBe(true);
    const result = await store.commit([
      { op: 'redact-jobs', find: 'aad-1', replace: 'p-1', cancelPending: true },
      { op: 'redact-jobs', find: name, replace: 'p-1', cancelPending: false },
      { op: 'redact-jobs', find: 'Per', replace: 'x', cancelPending: false },
      { op: 'enqueue', job: { type: 't', key: 'notice:aad-1', payload: { about: 'aad-1' }, runAt: t0 } },
    ]);
    expect(result.ok).toBe(true);
    const jobs = await store.jobs.list();
    const view = jobs.map((j) => ({ key: j.key, lane: j.lane, status: j.status, payload: j.payload, lastError: j.lastError }));
    expect(view).toEqual(expect.arrayContaining([
      { key: 'book:c1:p-1', lane: undefined, status: 'done', payload: { who: { id: 'p-1', name: 'p-1' } }, lastError: undefined },
      { key: 'sent:p-1', lane: 'conv:p-1', status: 'done', payload: { to: 'p-1' }, lastError: 'cancelled: personal data erased' },
      // A name is replaced but its pending job still runs (a name may occur in text about someone else).
      { key: 'other', lane: undefined, status: 'pending', payload: { who: { id: 'aad-2', name: 'x' } }, lastError: undefined },
      // Written after the redaction in the same commit: kept as written.
      { key: 'notice:aad-1', lane: undefined, status: 'pending', payload: { about: 'aad-1' }, lastError: undefined },
    ]));
    expect(jobs).toHaveLength(4);
    expect(JSON.stringify(jobs.filter((j) => j.key !== 'notice:aad-1'))).not.toMatch(/aad-1|Åse/);
  });
});


describe('sqlite store on disk', () => {
  it('keeps committed data and the schema version across reopen', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'store-')), 'db.sqlite');
    const a = new SqliteStore(file);
    await a.commit([{ op: 'insert', kind: 'n', key: 'k', value: { kept: true } }]);
    expect(a.schemaVersion()).toBe(1);
    await a.close();
    const b = new SqliteStore(file);
    expect((await b.get('n', 'k'))?.value).toEqual({ kept: true });
    expect(b.schemaVersion()).toBe(1);
    await b.close();
  });
});
