import type { Pool } from 'pg';
import type { ClaimOptions, Job, JobStatus, JobStore, Json } from '../../../shared/store.port';
import { inStatement, likePrefix, pgCode } from './pg-tx';

/** bigint columns come back as strings from node-postgres; they hold epoch milliseconds, well inside 2^53. */
type Big = string | number;
interface JobRow {
  seq: Big; id: string; key: string; type: string; payload: Json; run_at: Big; lane: string | null; status: string;
  attempts: number; last_error: string | null; lease_owner: string | null; lease_until: Big | null;
}

const toJob = (r: JobRow): Job => ({
  id: r.id, key: r.key, type: r.type, payload: r.payload, runAt: new Date(Number(r.run_at)), lane: r.lane ?? undefined,
  status: r.status as JobStatus, attempts: r.attempts, lastError: r.last_error ?? undefined,
  leaseOwner: r.lease_owner ?? undefined, leaseUntil: r.lease_until === null ? undefined : new Date(Number(r.lease_until)),
});

/**
 * The shared outbox. Instances claim with `FOR UPDATE SKIP LOCKED`, so two claims never take the same job and
 * never wait on each other. A lane's only candidate is its first unfinished job (by run time, then insertion),
 * and only while no job of the lane holds a live lease; the partial unique index on running lanes makes the
 * database refuse a second running job of a lane even if two claims raced past that check.
 */
export class PgJobStore implements JobStore {
  constructor(private readonly pool: Pool, private readonly ready: Promise<void>) {}

  async claim(now: Date, o: ClaimOptions): Promise<Job[]> {
    await this.ready;
    const t = now.getTime();
    const types = o.types && o.types.length > 0 ? [...o.types] : null;
    try {
      // One statement, so its own transaction: the picked rows stay locked until their UPDATE is committed.
      const rows = await inStatement(this.pool, async (c) => (await c.query<JobRow>(`
        WITH picked AS (
          SELECT j.id FROM jobs j
          WHERE j.status IN ('pending', 'running') AND j.run_at <= $1
            AND (j.status = 'pending' OR j.lease_until < $1)
            AND ($2::text[] IS NULL OR j.type = ANY($2::text[]))
            AND (j.lane IS NULL OR NOT EXISTS (
              SELECT 1 FROM jobs o WHERE o.lane = j.lane AND o.id <> j.id AND o.status IN ('pending', 'running') AND (
                (o.status = 'running' AND o.lease_until >= $1)
                OR o.run_at < j.run_at OR (o.run_at = j.run_at AND o.seq < j.seq))))
          ORDER BY j.run_at, j.seq
          LIMIT $3
          FOR UPDATE OF j SKIP LOCKED
        )
        UPDATE jobs SET status = 'running', lease_owner = $4, lease_until = $5, attempts = attempts + 1, updated_at = $1
        FROM picked WHERE jobs.id = picked.id
        RETURNING jobs.*`, [t, types, o.limit, o.worker, t + o.leaseMs])).rows);
      return rows.sort((a, b) => Number(a.run_at) - Number(b.run_at) || Number(a.seq) - Number(b.seq)).map(toJob);
    } catch (e) {
      // Two instances raced for one lane and the unique index refused the second: it claims again next poll.
      if (pgCode(e) === '23505') return [];
      throw e;
    }
  }

  private async finish(sql: string, args: unknown[]): Promise<boolean> {
    await this.ready;
    return (await this.pool.query(sql, args)).rowCount === 1;
  }

  complete(id: string, worker: string, now: Date): Promise<boolean> {
    return this.finish(`UPDATE jobs SET status = 'done', lease_owner = NULL, lease_until = NULL, updated_at = $1
      WHERE id = $2 AND status = 'running' AND lease_owner = $3`, [now.getTime(), id, worker]);
  }

  retry(id: string, worker: string, runAt: Date, error: string, now: Date): Promise<boolean> {
    return this.finish(`UPDATE jobs SET status = 'pending', run_at = $1, last_error = $2, lease_owner = NULL, lease_until = NULL, updated_at = $3
      WHERE id = $4 AND status = 'running' AND lease_owner = $5`, [runAt.getTime(), error, now.getTime(), id, worker]);
  }

  deadLetter(id: string, worker: string, error: string, now: Date): Promise<boolean> {
    return this.finish(`UPDATE jobs SET status = 'dead', last_error = $1, lease_owner = NULL, lease_until = NULL, updated_at = $2
      WHERE id = $3 AND status = 'running' AND lease_owner = $4`, [error, now.getTime(), id, worker]);
  }

  heartbeat(id: string, worker: string, leaseUntil: Date): Promise<boolean> {
    return this.finish(`UPDATE jobs SET lease_until = $1 WHERE id = $2 AND status = 'running' AND lease_owner = $3`,
      [leaseUntil.getTime(), id, worker]);
  }

  async byKey(key: string): Promise<Job | undefined> {
    await this.ready;
    const r = await this.pool.query<JobRow>('SELECT * FROM jobs WHERE key = $1', [key]);
    return r.rows[0] ? toJob(r.rows[0]) : undefined;
  }

  async list(filter: { status?: JobStatus; type?: string; keyPrefix?: string } = {}): Promise<Job[]> {
    await this.ready;
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.status) { args.push(filter.status); where.push(`status = $${args.length}`); }
    if (filter.type) { args.push(filter.type); where.push(`type = $${args.length}`); }
    if (filter.keyPrefix !== undefined) { args.push(likePrefix(filter.keyPrefix)); where.push(`key LIKE $${args.length} ESCAPE '\\'`); }
    const sql = `SELECT * FROM jobs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY run_at, seq`;
    return (await this.pool.query<JobRow>(sql, args)).rows.map(toJob);
  }

  async nextDue(): Promise<Date | undefined> {
    await this.ready;
    const r = await this.pool.query<{ t: Big | null }>(`SELECT MIN(CASE WHEN status = 'pending' THEN run_at ELSE lease_until END) AS t
      FROM jobs WHERE status IN ('pending', 'running')`);
    const t = r.rows[0]?.t;
    return t === null || t === undefined ? undefined : new Date(Number(t));
  }
}
