import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../../../shared/result';
import {
  ERASED_JOB_NOTE,
  type ClaimOptions, type Conflict, type Entity, type Job, type JobStatus, type JobStore, type Json, type ListOptions, type Store, type WriteOp,
} from '../../../shared/store.port';

/** Deep copy through JSON, as the real store does, so callers can't mutate what is stored. */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * The in-memory store: the test double of every repository, with the same contract as SqliteStore
 * (test/contract runs one suite against both).
 */
export class MemoryStore implements Store {
  private readonly rows = new Map<string, { kind: string; key: string; version: number; value: string }>();
  readonly jobs: MemoryJobStore;

  constructor() {
    this.jobs = new MemoryJobStore();
  }

  private id = (kind: string, key: string): string => `${kind}\u0000${key}`;

  get<T extends Json>(kind: string, key: string): Promise<Entity<T> | undefined> {
    const r = this.rows.get(this.id(kind, key));
    return Promise.resolve(r ? { kind, key, version: r.version, value: JSON.parse(r.value) as T } : undefined);
  }

  list<T extends Json>(kind: string, options: ListOptions = {}): Promise<Array<Entity<T>>> {
    const out = [...this.rows.values()]
      .filter((r) => r.kind === kind && (options.prefix === undefined || r.key.startsWith(options.prefix)))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((r) => ({ kind, key: r.key, version: r.version, value: JSON.parse(r.value) as T }));
    return Promise.resolve(options.limit === undefined ? out : out.slice(0, options.limit));
  }

  commit(ops: readonly WriteOp[]): Promise<Result<void, Conflict>> {
    // Check every op first, then apply: all or nothing, like a database transaction.
    const staged = new Map(this.rows);
    const conflict = (kind: string, key: string): Promise<Result<void, Conflict>> =>
      Promise.resolve(err({ type: 'conflict', kind, key }));
    const jobWrites: Array<() => void> = [];
    for (const o of ops) {
      if (o.op === 'enqueue') { const job = o.job; jobWrites.push(() => this.jobs.add(job)); continue; }
      if (o.op === 'redact-jobs') { const { find, replace, cancelPending } = o; if (find) jobWrites.push(() => this.jobs.redact(find, replace, cancelPending)); continue; }
      const id = this.id(o.kind, o.key);
      const cur = staged.get(id);
      switch (o.op) {
        case 'insert':
          if (cur) return conflict(o.kind, o.key);
          staged.set(id, { kind: o.kind, key: o.key, version: 1, value: JSON.stringify(o.value) });
          break;
        case 'update':
          if (!cur || cur.version !== o.version) return conflict(o.kind, o.key);
          staged.set(id, { ...cur, version: cur.version + 1, value: JSON.stringify(o.value) });
          break;
        case 'upsert':
          staged.set(id, { kind: o.kind, key: o.key, version: (cur?.version ?? 0) + 1, value: JSON.stringify(o.value) });
          break;
        case 'delete':
          if (o.version !== undefined && (!cur || cur.version !== o.version)) return conflict(o.kind, o.key);
          staged.delete(id);
          break;
      }
    }
    this.rows.clear();
    for (const [k, v] of staged) this.rows.set(k, v);
    for (const write of jobWrites) write();
    return Promise.resolve(ok(undefined));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

type MutableJob = { -readonly [K in keyof Job]: Job[K] } & { seq: number };

export class MemoryJobStore implements JobStore {
  private readonly byId = new Map<string, MutableJob>();
  private seq = 0;

  add(j: { type: string; key: string; payload: Json; runAt: Date; lane?: string }): void {
    if ([...this.byId.values()].some((x) => x.key === j.key)) return;
    const id = randomUUID();
    this.seq += 1;
    this.byId.set(id, {
      id, type: j.type, key: j.key, payload: copy(j.payload), runAt: new Date(j.runAt), lane: j.lane, status: 'pending',
      attempts: 0, lastError: undefined, leaseOwner: undefined, leaseUntil: undefined, seq: this.seq,
    });
  }

  /** See RedactJobs in the store port. */
  redact(find: string, replace: string, cancelPending: boolean): void {
    const swap = (s: string): string => s.split(find).join(replace);
    for (const j of this.byId.values()) {
      const payload = JSON.stringify(j.payload);
      if (!j.key.includes(find) && !(j.lane ?? '').includes(find) && !payload.includes(JSON.stringify(find).slice(1, -1)) && !(j.lastError ?? '').includes(find)) continue;
      j.key = swap(j.key);
      if (j.lane !== undefined) j.lane = swap(j.lane);
      j.payload = JSON.parse(payload.split(JSON.stringify(find).slice(1, -1)).join(JSON.stringify(replace).slice(1, -1))) as Json;
      if (j.status === 'pending' && cancelPending) { j.status = 'done'; j.lastError = ERASED_JOB_NOTE; } else if (j.lastError !== undefined) j.lastError = swap(j.lastError);
    }
  }

  private view = (j: MutableJob): Job => ({
    id: j.id, type: j.type, key: j.key, payload: copy(j.payload), runAt: new Date(j.runAt), lane: j.lane,
    status: j.status, attempts: j.attempts, lastError: j.lastError, leaseOwner: j.leaseOwner,
    leaseUntil: j.leaseUntil ? new Date(j.leaseUntil) : undefined,
  });

  private ordered(): MutableJob[] {
    return [...this.byId.values()].sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.seq - b.seq);
  }

  claim(now: Date, o: ClaimOptions): Promise<Job[]> {
    const t = now.getTime();
    const claimable = (j: MutableJob): boolean => j.status === 'pending'
      || (j.status === 'running' && (j.leaseUntil?.getTime() ?? 0) < t);
    const all = this.ordered();
    const got: Job[] = [];
    for (const j of all) {
      if (got.length >= o.limit) break;
      if (j.runAt.getTime() > t || !claimable(j)) continue;
      if (o.types && o.types.length > 0 && !o.types.includes(j.type)) continue;
      if (j.lane !== undefined) {
        const blocked = all.some((x) => x !== j && x.lane === j.lane && (
          (x.status === 'running' && (x.leaseUntil?.getTime() ?? 0) >= t)
          || ((x.status === 'pending' || x.status === 'running')
            && (x.runAt.getTime() < j.runAt.getTime() || (x.runAt.getTime() === j.runAt.getTime() && x.seq < j.seq)))));
        if (blocked) continue;
      }
      j.status = 'running';
      j.leaseOwner = o.worker;
      j.leaseUntil = new Date(t + o.leaseMs);
      j.attempts += 1;
      got.push(this.view(j));
    }
    return Promise.resolve(got);
  }

  private owned(id: string, worker: string): MutableJob | undefined {
    const j = this.byId.get(id);
    return j && j.status === 'running' && j.leaseOwner === worker ? j : undefined;
  }

  complete(id: string, worker: string): Promise<boolean> {
    const j = this.owned(id, worker);
    if (j) Object.assign(j, { status: 'done', leaseOwner: undefined, leaseUntil: undefined });
    return Promise.resolve(j !== undefined);
  }

  retry(id: string, worker: string, runAt: Date, error: string): Promise<boolean> {
    const j = this.owned(id, worker);
    if (j) Object.assign(j, { status: 'pending', runAt: new Date(runAt), lastError: error, leaseOwner: undefined, leaseUntil: undefined });
    return Promise.resolve(j !== undefined);
  }

  deadLetter(id: string, worker: string, error: string): Promise<boolean> {
    const j = this.owned(id, worker);
    if (j) Object.assign(j, { status: 'dead', lastError: error, leaseOwner: undefined, leaseUntil: undefined });
    return Promise.resolve(j !== undefined);
  }

  heartbeat(id: string, worker: string, leaseUntil: Date): Promise<boolean> {
    const j = this.owned(id, worker);
    if (j) j.leaseUntil = new Date(leaseUntil);
    return Promise.resolve(j !== undefined);
  }

  byKey(key: string): Promise<Job | undefined> {
    const j = [...this.byId.values()].find((x) => x.key === key);
    return Promise.resolve(j ? this.view(j) : undefined);
  }

  list(filter: { status?: JobStatus; type?: string; keyPrefix?: string } = {}): Promise<Job[]> {
    return Promise.resolve(this.ordered()
      .filter((j) => (!filter.status || j.status === filter.status) && (!filter.type || j.type === filter.type)
        && (filter.keyPrefix === undefined || j.key.startsWith(filter.keyPrefix)))
      .map(this.view));
  }

  nextDue(): Promise<Date | undefined> {
    const times = [...this.byId.values()]
      .filter((j) => j.status === 'pending' || j.status === 'running')
      .map((j) => (j.status === 'pending' ? j.runAt.getTime() : j.leaseUntil?.getTime() ?? 0));
    return Promise.resolve(times.length ? new Date(Math.min(...times)) : undefined);
  }
}
