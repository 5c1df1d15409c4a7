import { Pool } from 'pg';
import { PgStore } from '../../src/adapters/storage/postgres/pg-store';
import { pgMigrations } from '../../src/adapters/storage/postgres/pg-migrations';
import type { Job } from '../../src/shared/store.port';
import { createTestDatabase } from '../support/pg-server';

/**
 * What only a shared database must guarantee: several instances (each its own pool, as separate processes
 * have) migrating at once, claiming from one outbox at once, and racing for one entity.
 */
const t0 = new Date('2024-02-01T08:00:00Z');

describe('PostgreSQL store shared by several instances', () => {
  let url: string;
  let stores: PgStore[] = [];
  const open = (n: number): PgStore[] => Array.from({ length: n }, () => new PgStore(new Pool({ connectionString: url, max: 4 }), () => t0));

  beforeAll(async () => { url = await createTestDatabase('pgshared'); });
  beforeEach(async () => {
    const wipe = new PgStore(new Pool({ connectionString: url, max: 1 }));
    await wipe.ready;
    const p = new Pool({ connectionString: url, max: 1 });
    await p.query('TRUNCATE entities, jobs, rate_windows');
    await Promise.all([p.end(), wipe.close()]);
  });
  afterEach(async () => {
    await Promise.all(stores.map((s) => s.close()));
    stores = [];
  });

  it('applies each migration once when three instances start together on an empty database', async () => {
    const empty = await createTestDatabase('pgmigrate');
    stores = Array.from({ length: 3 }, () => new PgStore(new Pool({ connectionString: empty, max: 2 })));
    await Promise.all(stores.map((s) => s.ready));
    const latest = pgMigrations[pgMigrations.length - 1].version;
    expect(await Promise.all(stores.map((s) => s.schemaVersion()))).toEqual([latest, latest, latest]);
    const check = new Pool({ connectionString: empty, max: 1 });
    const r = await check.query<{ n: string }>('SELECT COUNT(*) AS n FROM schema_migrations');
    await check.end();
    expect(Number(r.rows[0].n)).toBe(pgMigrations.length);
  });

  it('gives one of five concurrent decisions on the same version the win, and the others a conflict', async () => {
    stores = open(5);
    await stores[0].commit([{ op: 'insert', kind: 'nomination', key: 'n1', value: { status: 'pending' } }]);
    const read = await stores[0].get<{ status: string }>('nomination', 'n1');
    const results = await Promise.all(stores.map((s, i) => s.commit([
      { op: 'update', kind: 'nomination', key: 'n1', value: { status: `decided-by-${i}` }, version: read?.version ?? 0 },
      { op: 'enqueue', job: { type: 'notify', key: `notify-${i}`, payload: {}, runAt: t0 } },
    ])));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = results.findIndex((r) => r.ok);
    expect((await stores[1].get('nomination', 'n1'))?.value).toEqual({ status: `decided-by-${winner}` });
    // The losers' jobs were not written either: a commit is all or nothing.
    expect((await stores[2].jobs.list({ type: 'notify' })).map((j) => j.key)).toEqual([`notify-${winner}`]);
  });

  it('hands every job to exactly one of three claiming instances, one job per lane at a time, in lane order', async () => {
    stores = open(3);
    const lanes = 20;
    const perLane = 8;
    const ops = [];
    for (let l = 0; l < lanes; l += 1) {
      for (let k = 0; k < perLane; k += 1) {
        ops.push({ op: 'enqueue' as const, job: { type: 't', key: `l${l}-${k}`, payload: { l, k }, runAt: new Date(t0.getTime() + k), lane: `lane-${l}` } });
      }
    }
    for (let k = 0; k < 60; k += 1) ops.push({ op: 'enqueue' as const, job: { type: 't', key: `free-${k}`, payload: {}, runAt: t0 } });
    expect((await stores[0].commit(ops)).ok).toBe(true);
    const total = lanes * perLane + 60;

    const claimedBy = new Map<string, string[]>();
    const runningInLane = new Map<string, string>();
    const laneOrder = new Map<string, number[]>();
    const overlaps: string[] = [];
    const now = new Date(t0.getTime() + 1000);
    const worker = async (store: PgStore, name: string): Promise<void> => {
      for (let idle = 0; idle < 20;) {
        const jobs = await store.jobs.claim(now, { worker: name, limit: 5, leaseMs: 60_000, types: ['t'] });
        if (jobs.length === 0) { idle += 1; await new Promise((r) => setTimeout(r, 5)); continue; }
        idle = 0;
        await Promise.all(jobs.map(async (j: Job) => {
          claimedBy.set(j.key, [...(claimedBy.get(j.key) ?? []), name]);
          if (j.lane) {
            if (runningInLane.has(j.lane)) overlaps.push(`${j.lane}: ${runningInLane.get(j.lane) ?? ''} and ${j.key}`);
            runningInLane.set(j.lane, j.key);
            laneOrder.set(j.lane, [...(laneOrder.get(j.lane) ?? []), (j.payload as { k: number }).k]);
          }
          await new Promise((r) => setTimeout(r, 1));
          if (j.lane) runningInLane.delete(j.lane);
          expect(await store.jobs.complete(j.id, name, now)).toBe(true);
        }));
      }
    };
    await Promise.all(stores.map((s, i) => worker(s, `instance-${i}`)));

    expect(claimedBy.size).toBe(total);
    expect([...claimedBy.values()].filter((by) => by.length !== 1)).toEqual([]);
    expect(overlaps).toEqual([]);
    for (const order of laneOrder.values()) expect(order).toEqual([...Array(perLane).keys()]);
    expect(await stores[1].jobs.list({ status: 'done', type: 't' })).toHaveLength(total);
    // Work was actually shared: more than one instance claimed jobs.
    expect(new Set([...claimedBy.values()].map((by) => by[0])).size).toBeGreaterThan(1);
  }, 60_000);

  it('lets another instance take a job whose owner stopped renewing its lease, and refuses the old owner', async () => {
    stores = open(2);
    await stores[0].commit([{ op: 'enqueue', job: { type: 't', key: 'crash', payload: {}, runAt: t0, lane: 'conv' } }]);
    const [a] = await stores[0].jobs.claim(t0, { worker: 'A', limit: 1, leaseMs: 15_000 });
    expect(await stores[1].jobs.claim(new Date(t0.getTime() + 14_000), { worker: 'B', limit: 1, leaseMs: 15_000 })).toEqual([]);
    expect(await stores[1].jobs.nextDue()).toEqual(new Date(t0.getTime() + 15_000));
    const [b] = await stores[1].jobs.claim(new Date(t0.getTime() + 15_001), { worker: 'B', limit: 1, leaseMs: 15_000 });
    expect(b).toMatchObject({ key: 'crash', attempts: 2, leaseOwner: 'B' });
    expect(await stores[0].jobs.heartbeat(a.id, 'A', new Date(t0.getTime() + 40_000))).toBe(false);
    expect(await stores[0].jobs.complete(a.id, 'A', t0)).toBe(false);
    expect(await stores[1].jobs.complete(b.id, 'B', t0)).toBe(true);
  });
});
