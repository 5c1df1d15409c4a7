import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from './sqlite-store';

const t0 = new Date('2024-02-01T08:00:00Z');

describe('SQLite store statements', () => {
  it('compiles each statement once: a steady stream of reads, commits and job calls prepares nothing', async () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'store-')), 'db.sqlite'), () => t0);
    const turn = async (i: number): Promise<void> => {
      await store.get('conversation', `c${i % 3}`);
      await store.list('user', { prefix: 'u' });
      await store.commit([
        { op: 'upsert', kind: 'conversation', key: `c${i % 3}`, value: { n: i } },
        { op: 'enqueue', job: { type: 't', key: `k${i}`, payload: { i }, runAt: t0 } },
      ]);
      const [job] = await store.jobs.claim(t0, { worker: 'w', leaseMs: 1000, limit: 1 });
      if (job) await store.jobs.complete(job.id, 'w', t0);
      await store.jobs.nextDue();
    };
    try {
      await turn(0);
      const prepare = jest.spyOn(Database.prototype, 'prepare');
      try {
        for (let i = 1; i <= 50; i += 1) await turn(i);
        expect(prepare).not.toHaveBeenCalled();
      } finally {
        prepare.mockRestore();
      }
      // And the reused statements still read back what was written.
      expect((await store.get('conversation', 'c2'))?.value).toEqual({ n: 50 });
      expect(await store.jobs.list({ status: 'done' })).toHaveLength(51);
      expect(await store.commit([{ op: 'update', kind: 'conversation', key: 'c1', value: {}, version: 1 }])).toMatchObject({ ok: false });
    } finally {
      await store.close();
    }
  });
});

describe('SQLite store group commit', () => {
  const open = (): SqliteStore => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'store-')), 'db.sqlite'), () => t0);

  it('writes the commits of one turn of the event loop in one transaction; a conflict undoes only its own commit', async () => {
    const store = open();
    try {
      await store.commit([{ op: 'insert', kind: 'k', key: 'taken', value: { v: 0 } }]);
      const before = { ...store.commitStats };
      const results = await Promise.all([
        ...Array.from({ length: 10 }, (_, i) => store.commit([{ op: 'upsert', kind: 'k', key: `a${i}`, value: { i } }])),
        // Conflicts (the key exists): neither its insert nor its second op may be written.
        store.commit([{ op: 'upsert', kind: 'k', key: 'b', value: { b: 1 } }, { op: 'insert', kind: 'k', key: 'taken', value: { v: 1 } }]),
        store.commit([{ op: 'enqueue', job: { type: 't', key: 'job-1', payload: {}, runAt: t0 } }]),
      ]);
      expect(store.commitStats.transactions - before.transactions).toBe(1);
      expect(store.commitStats.commits - before.commits).toBe(12);
      expect(results.map((r) => r.ok)).toEqual([...Array.from({ length: 10 }, () => true), false, true]);
      expect(results[10]).toEqual({ ok: false, error: { type: 'conflict', kind: 'k', key: 'taken' } });
      // Read back: every other commit is there, the conflicting one left nothing.
      expect((await store.list('k')).map((e) => e.key).sort()).toEqual([...Array.from({ length: 10 }, (_, i) => `a${i}`), 'taken'].sort());
      expect((await store.get('k', 'taken'))?.value).toEqual({ v: 0 });
      expect(await store.jobs.byKey('job-1')).toMatchObject({ status: 'pending' });
    } finally {
      await store.close();
    }
  });

  it('commits in order: a later commit of the same turn sees the earlier one (versions)', async () => {
    const store = open();
    try {
      const [first, second, stale] = await Promise.all([
        store.commit([{ op: 'insert', kind: 'k', key: 'x', value: { n: 1 } }]),
        store.commit([{ op: 'update', kind: 'k', key: 'x', value: { n: 2 }, version: 1 }]),
        store.commit([{ op: 'update', kind: 'k', key: 'x', value: { n: 3 }, version: 1 }]),
      ]);
      expect([first.ok, second.ok, stale.ok]).toEqual([true, true, false]);
      expect(await store.get('k', 'x')).toMatchObject({ version: 2, value: { n: 2 } });
    } finally {
      await store.close();
    }
  });

  it('writes commits still waiting when the store is closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new SqliteStore(join(dir, 'db.sqlite'), () => t0);
    const pending = store.commit([{ op: 'upsert', kind: 'k', key: 'late', value: { ok: true } }]);
    await store.close();
    expect(await pending).toEqual({ ok: true, value: undefined });
    const again = new SqliteStore(join(dir, 'db.sqlite'), () => t0);
    try {
      expect((await again.get('k', 'late'))?.value).toEqual({ ok: true });
    } finally {
      await again.close();
    }
  });
});
