import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { AppError, errorCodes } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';
import {
  ERASED_JOB_NOTE, jsonStringContent,
  type ClaimOptions, type Conflict, type Entity, type Job, type JobStatus, type JobStore, type Json, type ListOptions, type Store, type WriteOp,
} from '../../../shared/store.port';
import { migrations } from './migrations';
import { prepareStoreFiles, tightenStoreFiles } from './private-files';

interface EntityRow { kind: string; key: string; version: number; value: string }
interface JobRow {
  id: string; key: string; type: string; payload: string; run_at: number; lane: string | null; status: string;
  attempts: number; last_error: string | null; lease_owner: string | null; lease_until: number | null;
}

interface PendingCommit {
  readonly ops: readonly WriteOp[];
  readonly at: number;
  readonly resolve: (r: Result<void, Conflict>) => void;
  readonly reject: (e: unknown) => void;
}

class ConflictSignal extends Error {
  constructor(readonly conflict: Conflict) { super('conflict'); }
}

const toEntity = <T>(r: EntityRow): Entity<T> => ({
  kind: r.kind, key: r.key, version: r.version, value: JSON.parse(r.value) as T,
});

const toJob = (r: JobRow): Job => ({
  id: r.id, key: r.key, type: r.type, payload: JSON.parse(r.payload) as Json, runAt: new Date(r.run_at),
  lane: r.lane ?? undefined, status: r.status as JobStatus, attempts: r.attempts, lastError: r.last_error ?? undefined,
  leaseOwner: r.lease_owner ?? undefined, leaseUntil: r.lease_until === null ? undefined : new Date(r.lease_until),
});

/**
 * Compiled statements by SQL text, kept for the life of the connection: `prepare()` parses and plans the SQL,
 * which cost more than running it on every message. The SQL texts are fixed strings (at most a handful of
 * shapes per query), so the map stays small.
 */
class Statements {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}
  get(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
}

/** Escapes LIKE wildcards so a key prefix matches literally. */
const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * SQLite in WAL mode: one file under DATA_DIR, safe against a kill at any point (a commit is all or nothing).
 * better-sqlite3 is synchronous, so each call is atomic with respect to the event loop as well.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly sql: Statements;
  private commitTx: Database.Transaction<(ops: readonly WriteOp[], at: number) => void> | undefined;
  private groupTx: Database.Transaction<(commits: readonly PendingCommit[], outcomes: Array<Result<void, Conflict> | AppError>) => void> | undefined;
  readonly jobs: JobStore;

  constructor(file: string, private readonly now: () => Date = () => new Date()) {
    if (file !== ':memory:') prepareStoreFiles(file);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.sql = new Statements(this.db);
    this.migrate();
    // The WAL and shared-memory files exist once the first transaction ran.
    if (file !== ':memory:') tightenStoreFiles(file);
    this.jobs = new SqliteJobStore(this.db, this.sql);
  }

  /** Applied schema version (for /healthz and tests). */
  schemaVersion(): number {
    const row = this.db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
    return row.v ?? 0;
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const current = this.schemaVersion();
    for (const m of migrations.filter((x) => x.version > current)) {
      try {
        this.db.transaction(() => {
          this.db.exec(m.sql);
          this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
            .run(m.version, m.name, this.now().toISOString());
        })();
      } catch (e) {
        throw new AppError(errorCodes.migrationFailed, `migration ${m.version} (${m.name}) failed`, {}, { cause: e });
      }
    }
  }

  get<T extends Json>(kind: string, key: string): Promise<Entity<T> | undefined> {
    const row = this.sql.get('SELECT kind, key, version, value FROM entities WHERE kind = ? AND key = ?')
      .get(kind, key) as EntityRow | undefined;
    return Promise.resolve(row ? toEntity<T>(row) : undefined);
  }

  list<T extends Json>(kind: string, options: ListOptions = {}): Promise<Array<Entity<T>>> {
    const limit = options.limit ?? -1;
    const rows = (options.prefix === undefined
      ? this.sql.get('SELECT kind, key, version, value FROM entities WHERE kind = ? ORDER BY key LIMIT ?').all(kind, limit)
      : this.sql.get("SELECT kind, key, version, value FROM entities WHERE kind = ? AND key LIKE ? ESCAPE '\\' ORDER BY key LIMIT ?")
        .all(kind, likePrefix(options.prefix), limit)) as EntityRow[];
    return Promise.resolve(rows.map((r) => toEntity<T>(r)));
  }

  /** One transaction function for every commit (its statements compiled once); ops and time are its arguments. */
  private commitTransaction(): Database.Transaction<(ops: readonly WriteOp[], at: number) => void> {
    if (this.commitTx) return this.commitTx;
    const insert = this.sql.get('INSERT OR IGNORE INTO entities (kind, key, version, value, updated_at) VALUES (?, ?, 1, ?, ?)');
    const update = this.sql.get('UPDATE entities SET value = ?, version = version + 1, updated_at = ? WHERE kind = ? AND key = ? AND version = ?');
    const upsert = this.sql.get(`INSERT INTO entities (kind, key, version, value, updated_at) VALUES (?, ?, 1, ?, ?)
      ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value, version = entities.version + 1, updated_at = excluded.updated_at`);
    const del = this.sql.get('DELETE FROM entities WHERE kind = ? AND key = ?');
    const delVersion = this.sql.get('DELETE FROM entities WHERE kind = ? AND key = ? AND version = ?');
    const enqueue = this.sql.get(`INSERT OR IGNORE INTO jobs (id, key, type, payload, run_at, lane, status, attempts, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`);
    const redact = this.sql.get(`UPDATE jobs SET key = replace(key, @find, @replace), lane = replace(lane, @find, @replace),
      payload = replace(payload, @findJson, @replaceJson),
      last_error = CASE WHEN status = 'pending' AND @cancel = 1 THEN @note ELSE replace(last_error, @find, @replace) END,
      status = CASE WHEN status = 'pending' AND @cancel = 1 THEN 'done' ELSE status END, updated_at = @at
      WHERE instr(key, @find) > 0 OR instr(coalesce(lane, ''), @find) > 0 OR instr(payload, @findJson) > 0 OR instr(coalesce(last_error, ''), @find) > 0`);
    this.commitTx = this.db.transaction((ops: readonly WriteOp[], at: number) => {
      for (const o of ops) {
        switch (o.op) {
          case 'insert':
            if (insert.run(o.kind, o.key, JSON.stringify(o.value), at).changes === 0) throw new ConflictSignal({ type: 'conflict', kind: o.kind, key: o.key });
            break;
          case 'update':
            if (update.run(JSON.stringify(o.value), at, o.kind, o.key, o.version).changes === 0) throw new ConflictSignal({ type: 'conflict', kind: o.kind, key: o.key });
            break;
          case 'upsert':
            upsert.run(o.kind, o.key, JSON.stringify(o.value), at);
            break;
          case 'delete':
            if (o.version === undefined) del.run(o.kind, o.key);
            else if (delVersion.run(o.kind, o.key, o.version).changes === 0) throw new ConflictSignal({ type: 'conflict', kind: o.kind, key: o.key });
            break;
          case 'enqueue':
            enqueue.run(randomUUID(), o.job.key, o.job.type, JSON.stringify(o.job.payload), o.job.runAt.getTime(), o.job.lane ?? null, at, at);
            break;
          case 'redact-jobs':
            if (o.find) redact.run({ find: o.find, replace: o.replace, findJson: jsonStringContent(o.find), replaceJson: jsonStringContent(o.replace), at, note: ERASED_JOB_NOTE, cancel: o.cancelPending ? 1 : 0 });
            break;
        }
      }
    });
    return this.commitTx;
  }

  /**
   * Commits called in the same turn of the event loop are written in one SQLite transaction (each in its own
   * savepoint, so a conflict or failure undoes only its own ops), flushed by setImmediate after the callbacks
   * of that turn ran. Each commit's promise settles only after the shared transaction committed, so what a caller
   * sees is unchanged: all or nothing, durable once resolved. A transaction costs far more than a small upsert
   * (locks, a WAL frame per page it touches), and under load many turns commit at once.
   */
  commit(ops: readonly WriteOp[]): Promise<Result<void, Conflict>> {
    return new Promise((resolve, reject) => {
      this.pending.push({ ops, at: this.now().getTime(), resolve, reject });
      if (this.pending.length === 1) this.flushTimer = setImmediate(() => this.flush());
    });
  }

  /** How many transactions wrote how many commits (for tests and benchmarks). */
  readonly commitStats = { transactions: 0, commits: 0 };

  private pending: PendingCommit[] = [];
  private flushTimer: NodeJS.Immediate | undefined;

  /** Several commits in one transaction, each in a savepoint (a nested better-sqlite3 transaction). */
  private groupTransaction(): Database.Transaction<(commits: readonly PendingCommit[], outcomes: Array<Result<void, Conflict> | AppError>) => void> {
    if (this.groupTx) return this.groupTx;
    const run = this.commitTransaction();
    this.groupTx = this.db.transaction((commits: readonly PendingCommit[], outcomes: Array<Result<void, Conflict> | AppError>) => {
      for (const c of commits) {
        try {
          run(c.ops, c.at);
          outcomes.push(ok(undefined));
        } catch (e) {
          outcomes.push(e instanceof ConflictSignal ? err(e.conflict) : new AppError(errorCodes.storeFailure, 'store commit failed', {}, { cause: e }));
        }
      }
    });
    return this.groupTx;
  }

  private flush(): void {
    this.flushTimer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const run = this.commitTransaction();
    const outcomes: Array<Result<void, Conflict> | AppError> = [];
    try {
      if (batch.length === 1) {
        // One commit: its own transaction, without a savepoint.
        try {
          run.immediate(batch[0].ops, batch[0].at);
          outcomes.push(ok(undefined));
        } catch (e) {
          if (!(e instanceof ConflictSignal)) throw e;
          outcomes.push(err(e.conflict));
        }
      } else {
        this.groupTransaction().immediate(batch, outcomes);
      }
    } catch (e) {
      const failure = new AppError(errorCodes.storeFailure, 'store commit failed', {}, { cause: e });
      for (const c of batch) c.reject(failure);
      return;
    }
    this.commitStats.transactions += 1;
    this.commitStats.commits += batch.length;
    batch.forEach((c, i) => {
      const o = outcomes[i];
      if (o instanceof AppError) c.reject(o); else c.resolve(o);
    });
  }

  close(): Promise<void> {
    // Commits not yet flushed are written first: their callers are waiting for them.
    if (this.flushTimer) clearImmediate(this.flushTimer);
    if (this.db.open) this.flush();
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}

class SqliteJobStore implements JobStore {
  constructor(private readonly db: Database.Database, private readonly sql: Statements) {}

  claim(now: Date, o: ClaimOptions): Promise<Job[]> {
    const t = now.getTime();
    const until = t + o.leaseMs;
    const types = o.types && o.types.length > 0 ? o.types : undefined;
    const typeFilter = types ? `AND j.type IN (${types.map(() => '?').join(',')})` : '';
    // A job is due when it is pending (or its lease expired) and no earlier job of its lane is still unfinished:
    // that keeps a lane strictly ordered and one-at-a-time across workers and restarts.
    const select = this.sql.get(`
      SELECT j.* FROM jobs j
      WHERE j.run_at <= ? ${typeFilter}
        AND (j.status = 'pending' OR (j.status = 'running' AND j.lease_until < ?))
        AND (j.lane IS NULL OR NOT EXISTS (
          SELECT 1 FROM jobs o WHERE o.lane = j.lane AND o.id <> j.id AND (
            (o.status = 'running' AND o.lease_until >= ?)
            OR (o.status IN ('pending', 'running') AND (o.run_at < j.run_at OR (o.run_at = j.run_at AND o.rowid < j.rowid)))
          )))
      ORDER BY j.run_at, j.rowid LIMIT ?`);
    const take = this.sql.get(`UPDATE jobs SET status = 'running', lease_owner = ?, lease_until = ?, attempts = attempts + 1, updated_at = ?
      WHERE id = ? AND (status = 'pending' OR (status = 'running' AND lease_until < ?))`);
    const claimed = this.db.transaction(() => {
      const rows = select.all(t, ...(types ?? []), t, t, o.limit) as JobRow[];
      const got: Job[] = [];
      for (const r of rows) {
        if (take.run(o.worker, until, t, r.id, t).changes === 1) {
          got.push(toJob({ ...r, status: 'running', lease_owner: o.worker, lease_until: until, attempts: r.attempts + 1 }));
        }
      }
      return got;
    }).immediate();
    return Promise.resolve(claimed);
  }

  private finish(sql: string, args: unknown[]): Promise<boolean> {
    return Promise.resolve(this.sql.get(sql).run(...args).changes === 1);
  }

  complete(id: string, worker: string, now: Date): Promise<boolean> {
    return this.finish(`UPDATE jobs SET status = 'done', lease_owner = NULL, lease_until = NULL, updated_at = ?
      WHERE id = ? AND status = 'running' AND lease_owner = ?`, [now.getTime(), id, worker]);
  }

  retry(id: string, worker: string, runAt: Date, error: string, now: Date): Promise<boolean> {
    return this.finish(`UPDATE jobs SET status = 'pending', run_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL, updated_at = ?
      WHERE id = ? AND status = 'running' AND lease_owner = ?`, [runAt.getTime(), error, now.getTime(), id, worker]);
  }

  deadLetter(id: string, worker: string, error: string, now: Date): Promise<boolean> {
    return this.finish(`UPDATE jobs SET status = 'dead', last_error = ?, lease_owner = NULL, lease_until = NULL, updated_at = ?
      WHERE id = ? AND status = 'running' AND lease_owner = ?`, [error, now.getTime(), id, worker]);
  }

  heartbeat(id: string, worker: string, leaseUntil: Date): Promise<boolean> {
    return this.finish(`UPDATE jobs SET lease_until = ? WHERE id = ? AND status = 'running' AND lease_owner = ?`,
      [leaseUntil.getTime(), id, worker]);
  }

  byKey(key: string): Promise<Job | undefined> {
    const r = this.sql.get('SELECT * FROM jobs WHERE key = ?').get(key) as JobRow | undefined;
    return Promise.resolve(r ? toJob(r) : undefined);
  }

  list(filter: { status?: JobStatus; type?: string; keyPrefix?: string } = {}): Promise<Job[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.status) { where.push('status = ?'); args.push(filter.status); }
    if (filter.type) { where.push('type = ?'); args.push(filter.type); }
    if (filter.keyPrefix !== undefined) { where.push("key LIKE ? ESCAPE '\\'"); args.push(likePrefix(filter.keyPrefix)); }
    const sql = `SELECT * FROM jobs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY run_at, rowid`;
    return Promise.resolve((this.sql.get(sql).all(...args) as JobRow[]).map(toJob));
  }

  nextDue(): Promise<Date | undefined> {
    const r = this.sql.get(`SELECT MIN(CASE WHEN status = 'pending' THEN run_at ELSE lease_until END) AS t
      FROM jobs WHERE status IN ('pending', 'running')`).get() as { t: number | null };
    return Promise.resolve(r.t === null ? undefined : new Date(r.t));
  }
}
