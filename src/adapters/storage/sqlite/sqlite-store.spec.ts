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
