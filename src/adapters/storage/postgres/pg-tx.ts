import type { Pool, PoolClient, QueryResult, QueryResultRow } from 'pg';

/** Serialization failures and deadlocks between instances: the transaction is safe to run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_TX_ATTEMPTS = 5;

export const pgCode = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;

/** Escapes LIKE wildcards so a key prefix matches literally. */
export const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Runs work in one transaction, again when PostgreSQL aborted it for a deadlock or serialization failure. */
export async function inTransaction<T>(pool: Pool, work: (c: PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const c = await pool.connect();
    let broken = false;
    try {
      await c.query('BEGIN');
      const out = await work(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      // A connection that cannot even roll back is dropped from the pool rather than handed to the next caller.
      broken = await c.query('ROLLBACK').then(() => false, () => true);
      if (!(RETRYABLE.has(pgCode(e) ?? '') && attempt < MAX_TX_ATTEMPTS)) throw e;
    } finally {
      c.release(broken);
    }
  }
}

/** What a single statement needs: a pool (its own transaction) or a client inside one. */
export interface Queryable {
  query<R extends QueryResultRow = QueryResultRow>(sql: string, args?: unknown[]): Promise<QueryResult<R>>;
}

/**
 * Runs work that issues exactly one statement, without BEGIN and COMMIT: one statement is its own transaction,
 * so it is as atomic as inTransaction and saves two round trips (a check-in post commits twice). Again when
 * PostgreSQL aborted it for a deadlock or serialization failure, as inTransaction does.
 */
export async function inStatement<T>(pool: Pool, work: (q: Queryable) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work(pool);
    } catch (e) {
      if (!(RETRYABLE.has(pgCode(e) ?? '') && attempt < MAX_TX_ATTEMPTS)) throw e;
    }
  }
}
