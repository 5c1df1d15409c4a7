import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { AppError, errorCodes } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';
import {
  ERASED_JOB_NOTE, jsonStringContent,
  type Conflict, type Entity, type Json, type JobStore, type ListOptions, type NewJob, type Store, type WriteOp,
} from '../../../shared/store.port';
import { pgMigrations } from './pg-migrations';
import { PgJobStore } from './pg-job-store';
import { inStatement, inTransaction, likePrefix, type Queryable } from './pg-tx';

interface EntityRow { kind: string; key: string; version: number; value: Json }

class ConflictSignal extends Error {
  constructor(readonly conflict: Conflict) { super('conflict'); }
}

/** A commit of one write that is one statement (not redact-jobs, which is two) needs no BEGIN and COMMIT. */
const singleStatement = (ops: readonly WriteOp[]): boolean => ops.length === 1 && ops[0].op !== 'redact-jobs';

/** Any number fits: a constant shared by every instance of the bot that takes the migration lock. */
const MIGRATION_LOCK = 7_415_002_914;
const ENQUEUE_BATCH = 1000;

/**
 * The production store: PostgreSQL shared by every instance of the bot. A commit is one transaction; versions
 * make concurrent updates of one entity conflict instead of overwriting (the row lock makes the loser re-read
 * the version), so a coordinators' race across instances still has one winner. Migrations run at start, under
 * an advisory lock, so instances starting together apply each one once.
 */
export class PgStore implements Store {
  readonly jobs: JobStore;
  /** Resolves when the schema is current; every call waits for it, and `start` surfaces a failure at once. */
  readonly ready: Promise<void>;

  constructor(private readonly pool: Pool, private readonly now: () => Date = () => new Date()) {
    this.ready = this.migrate();
    // A failed migration is reported by whoever awaits `ready`; keep Node from calling it unhandled meanwhile.
    this.ready.catch(() => undefined);
    this.jobs = new PgJobStore(pool, this.ready);
  }

  /** Applied schema version (for tests and diagnostics). */
  async schemaVersion(): Promise<number> {
    await this.ready;
    const r = await this.pool.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
    return r.rows[0]?.v ?? 0;
  }

  private async migrate(): Promise<void> {
    try {
      await inTransaction(this.pool, async (c) => {
        await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)');
        const cur = await c.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
        const current = cur.rows[0]?.v ?? 0;
        for (const m of pgMigrations.filter((x) => x.version > current)) {
          await c.query(m.sql);
          await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, this.now()]);
        }
      });
    } catch (e) {
      throw new AppError(errorCodes.migrationFailed, 'PostgreSQL migrations failed', {}, { cause: e });
    }
  }

  async get<T extends Json>(kind: string, key: string): Promise<Entity<T> | undefined> {
    await this.ready;
    const r = await this.pool.query<EntityRow>('SELECT kind, key, version, value FROM entities WHERE kind = $1 AND key = $2', [kind, key]);
    const row = r.rows[0];
    return row ? { kind: row.kind, key: row.key, version: row.version, value: row.value as T } : undefined;
  }

  async list<T extends Json>(kind: string, options: ListOptions = {}): Promise<Array<Entity<T>>> {
    await this.ready;
    const args: unknown[] = [kind];
    let sql = 'SELECT kind, key, version, value FROM entities WHERE kind = $1';
    if (options.prefix !== undefined) { args.push(likePrefix(options.prefix)); sql += ` AND key LIKE $${args.length} ESCAPE '\\'`; }
    sql += ' ORDER BY key';
    if (options.limit !== undefined) { args.push(options.limit); sql += ` LIMIT $${args.length}`; }
    const r = await this.pool.query<EntityRow>(sql, args);
    return r.rows.map((row) => ({ kind: row.kind, key: row.key, version: row.version, value: row.value as T }));
  }

  async commit(ops: readonly WriteOp[]): Promise<Result<void, Conflict>> {
    await this.ready;
    const at = this.now().getTime();
    try {
      if (singleStatement(ops)) {
        const [o] = ops;
        await inStatement(this.pool, (q) => (o.op === 'enqueue' ? this.enqueue(q, [o.job], at) : this.apply(q, o, at)));
        return ok(undefined);
      }
      if (ops.every((o) => o.op === 'enqueue') && ops.length <= ENQUEUE_BATCH) {
        await inStatement(this.pool, (q) => this.enqueue(q, ops.flatMap((o) => (o.op === 'enqueue' ? [o.job] : [])), at));
        return ok(undefined);
      }
      await inTransaction(this.pool, async (c) => {
        // Runs of enqueues are written as one INSERT each (a start reschedules thousands of jobs in one commit).
        let jobs: NewJob[] = [];
        for (const o of ops) {
          if (o.op === 'enqueue') { jobs.push(o.job); continue; }
          await this.enqueue(c, jobs, at);
          jobs = [];
          await this.apply(c, o, at);
        }
        await this.enqueue(c, jobs, at);
      });
      return ok(undefined);
    } catch (e) {
      if (e instanceof ConflictSignal) return err(e.conflict);
      throw new AppError(errorCodes.storeFailure, 'store commit failed', {}, { cause: e });
    }
  }

  private async apply(c: Queryable, o: WriteOp, at: number): Promise<void> {
    const conflict = (kind: string, key: string): ConflictSignal => new ConflictSignal({ type: 'conflict', kind, key });
    switch (o.op) {
      case 'insert': {
        const r = await c.query(`INSERT INTO entities (kind, key, version, value, updated_at) VALUES ($1, $2, 1, $3::json, $4)
          ON CONFLICT (kind, key) DO NOTHING`, [o.kind, o.key, JSON.stringify(o.value), at]);
        if (r.rowCount !== 1) throw conflict(o.kind, o.key);
        return;
      }
      case 'update': {
        const r = await c.query('UPDATE entities SET value = $1::json, version = version + 1, updated_at = $2 WHERE kind = $3 AND key = $4 AND version = $5',
          [JSON.stringify(o.value), at, o.kind, o.key, o.version]);
        if (r.rowCount !== 1) throw conflict(o.kind, o.key);
        return;
      }
      case 'upsert':
        await c.query(`INSERT INTO entities (kind, key, version, value, updated_at) VALUES ($1, $2, 1, $3::json, $4)
          ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value, version = entities.version + 1, updated_at = excluded.updated_at`,
        [o.kind, o.key, JSON.stringify(o.value), at]);
        return;
      case 'delete': {
        if (o.version === undefined) {
          await c.query('DELETE FROM entities WHERE kind = $1 AND key = $2', [o.kind, o.key]);
          return;
        }
        const r = await c.query('DELETE FROM entities WHERE kind = $1 AND key = $2 AND version = $3', [o.kind, o.key, o.version]);
        if (r.rowCount !== 1) throw conflict(o.kind, o.key);
        return;
      }
      case 'enqueue':
        await this.enqueue(c, [o.job], at);
        return;
      case 'redact-jobs':
        if (!o.find) return;
        // payload::text is the jsonb's canonical text: strings as JSON escapes them, so the escaped name matches.
        await c.query(`UPDATE jobs SET key = replace(key, $1, $2), lane = replace(lane, $1, $2), payload = replace(payload::text, $3, $4)::jsonb,
          last_error = CASE WHEN status = 'pending' AND $7 THEN $6 ELSE replace(last_error, $1, $2) END,
          status = CASE WHEN status = 'pending' AND $7 THEN 'done' ELSE status END, updated_at = $5
          WHERE strpos(key, $1) > 0 OR strpos(coalesce(lane, ''), $1) > 0 OR strpos(payload::text, $3) > 0 OR strpos(coalesce(last_error, ''), $1) > 0`,
        [o.find, o.replace, jsonStringContent(o.find), jsonStringContent(o.replace), at, ERASED_JOB_NOTE, o.cancelPending]);
        // The shared send-rate windows are keyed by conversation: a person's 1:1 chat's window goes with them.
        await c.query('DELETE FROM rate_windows WHERE strpos(key, $1) > 0', [o.find]);
        return;
    }
  }

  /** Inserts jobs in their order (seq follows it); a key that exists, or repeats in the batch, is skipped. */
  private async enqueue(c: Queryable, jobs: readonly NewJob[], at: number): Promise<void> {
    for (let i = 0; i < jobs.length; i += ENQUEUE_BATCH) {
      const batch = jobs.slice(i, i + ENQUEUE_BATCH);
      await c.query(`INSERT INTO jobs (id, key, type, payload, run_at, lane, status, attempts, created_at, updated_at)
        SELECT id, key, type, payload::json, run_at, lane, 'pending', 0, $7, $7
        FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[]) WITH ORDINALITY
          AS j(id, key, type, payload, run_at, lane, ord)
        ORDER BY ord
        ON CONFLICT (key) DO NOTHING`, [
        batch.map(() => randomUUID()), batch.map((j) => j.key), batch.map((j) => j.type), batch.map((j) => JSON.stringify(j.payload)),
        batch.map((j) => j.runAt.getTime()), batch.map((j) => j.lane ?? null), at,
      ]);
    }
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.ready.catch(() => undefined);
    await this.pool.end();
  }
}
