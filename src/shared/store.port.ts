import type { Result } from './result';

/**
 * The store port: versioned JSON entities addressed by (kind, key), plus a durable job outbox, written together
 * in one atomic commit. It is deliberately narrow (get, list by key prefix, commit with optimistic versions)
 * so that SQLite (embedded) and PostgreSQL (several instances) satisfy it alike (test/contract).
 */
export type Json = string | number | boolean | null | Json[] | { [k: string]: Json | undefined };

export interface Entity<T> {
  readonly kind: string;
  readonly key: string;
  readonly value: T;
  /** Starts at 1; every update adds 1. Updates name the version they read (optimistic concurrency). */
  readonly version: number;
}

export interface NewJob {
  readonly type: string;
  /** Idempotency key: enqueueing a key that exists is a no-op, so a retried use case never doubles a job. */
  readonly key: string;
  readonly payload: Json;
  readonly runAt: Date;
  /** Jobs of one lane run one at a time, in runAt order (one Graph event, one Teams conversation). */
  readonly lane?: string;
}

export type WriteOp =
  | { readonly op: 'insert'; readonly kind: string; readonly key: string; readonly value: Json }
  | { readonly op: 'update'; readonly kind: string; readonly key: string; readonly value: Json; readonly version: number }
  | { readonly op: 'upsert'; readonly kind: string; readonly key: string; readonly value: Json }
  | { readonly op: 'delete'; readonly kind: string; readonly key: string; readonly version?: number }
  | { readonly op: 'enqueue'; readonly job: NewJob }
  | RedactJobs;

/**
 * Erasing a person (docs/privacy.md) must leave no trace in the outbox either: job keys and payloads name people.
 * Every job written before this op whose key, lane, payload or last error contains `find` gets it replaced by
 * `replace`. With `cancelPending` (for ids, which name exactly one person) a pending one is finished as done
 * ("cancelled: personal data erased") so it never runs: it was about what is being erased (a booking, a
 * reminder, a notice). Without it (names, which may occur in other text) pending jobs run with the replacement.
 * Running jobs keep running. Stores that keep send-rate windows per conversation (PostgreSQL) delete the
 * windows whose key contains `find`. Never a conflict.
 */
export interface RedactJobs {
  readonly op: 'redact-jobs';
  readonly find: string;
  readonly replace: string;
  readonly cancelPending: boolean;
}

/** The text of `s` as it appears inside a JSON string (how payloads are stored and searched). */
export const jsonStringContent = (s: string): string => JSON.stringify(s).slice(1, -1);

export const ERASED_JOB_NOTE = 'cancelled: personal data erased';

/** An insert of an existing key, or an update/delete whose version is stale: nothing of the commit was written. */
export interface Conflict {
  readonly type: 'conflict';
  readonly kind: string;
  readonly key: string;
}

export interface ListOptions {
  readonly prefix?: string;
  readonly limit?: number;
}

export interface Store {
  get<T extends Json>(kind: string, key: string): Promise<Entity<T> | undefined>;
  list<T extends Json>(kind: string, options?: ListOptions): Promise<Array<Entity<T>>>;
  commit(ops: readonly WriteOp[]): Promise<Result<void, Conflict>>;
  readonly jobs: JobStore;
  close(): Promise<void>;
}

export type JobStatus = 'pending' | 'running' | 'done' | 'dead';

export interface Job {
  readonly id: string;
  readonly type: string;
  readonly key: string;
  readonly payload: Json;
  readonly runAt: Date;
  readonly lane: string | undefined;
  readonly status: JobStatus;
  readonly attempts: number;
  readonly lastError: string | undefined;
  readonly leaseOwner: string | undefined;
  readonly leaseUntil: Date | undefined;
}

export interface ClaimOptions {
  readonly worker: string;
  readonly limit: number;
  readonly leaseMs: number;
  /** Only these job types (a runner claims what it has handlers for). */
  readonly types?: readonly string[];
}

/**
 * The outbox. A claim takes due jobs with a lease: a worker that dies leaves its lease to expire and another
 * claim takes the job again. Finishing calls name the worker and fail (false) when the lease was lost.
 */
export interface JobStore {
  claim(now: Date, options: ClaimOptions): Promise<Job[]>;
  complete(id: string, worker: string, now: Date): Promise<boolean>;
  retry(id: string, worker: string, runAt: Date, error: string, now: Date): Promise<boolean>;
  deadLetter(id: string, worker: string, error: string, now: Date): Promise<boolean>;
  /** Extend a lease for long work; false when the lease was lost. */
  heartbeat(id: string, worker: string, leaseUntil: Date): Promise<boolean>;
  byKey(key: string): Promise<Job | undefined>;
  list(filter?: { status?: JobStatus; type?: string; keyPrefix?: string }): Promise<Job[]>;
  /** The earliest runAt of pending jobs, so a runner can sleep until then. */
  nextDue(): Promise<Date | undefined>;
}
