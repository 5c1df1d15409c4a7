import type { Clock } from '../shared/clock';
import { describeError } from '../shared/errors';
import type { Logger } from '../shared/logger';
import type { Job, Store } from '../shared/store.port';
import { runAsJob } from './job-context';
import { PermanentJobError, RetryLaterError } from './job-errors';
import type { RetryPolicy } from './retry-policy';

/** Runs one job type. Throw RetryLaterError/PermanentJobError to steer retries; return normally when done. */
export interface JobHandler {
  readonly type: string;
  run(job: Job, context: { readonly clock: Clock; readonly logger: Logger }): Promise<void>;
}

/** Told when a job is given up on, so that a coordinator hears of it (the listener enqueues an alert). */
export type DeadLetterListener = (job: Job, reason: string) => Promise<void>;

export interface JobRunnerOptions {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly handlers: readonly JobHandler[];
  readonly retry: RetryPolicy;
  /** Unique per process so leases tell workers apart. */
  readonly worker: string;
  readonly leaseMs?: number;
  /** Jobs run at once (lanes keep one per conversation or event). */
  readonly concurrency?: number;
  /** Longest sleep between polls when no job is due. */
  readonly idleMs?: number;
  readonly onDeadLetter?: DeadLetterListener;
}

/**
 * The durable outbox runner. Every effect on Teams or Graph is a job written in the same commit as its cause;
 * the runner claims due jobs with a lease, runs them, and records the outcome. A process killed mid-run leaves
 * leases that expire, so another run takes the job again: nothing is lost. Handlers make their effect
 * idempotent (transactionId, stored activity ids), so a retry does not double it.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: ((finished?: boolean) => void) | undefined;
  /** Jobs the polling loop has started and not yet finished. */
  private readonly inFlight = new Set<Promise<void>>();
  /** Set by notify(): new work may be due, so a sleeping loop claims at once even below a full batch. */
  private nudged = false;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private readonly idleMs: number;

  constructor(private readonly o: JobRunnerOptions) {
    for (const h of o.handlers) this.handlers.set(h.type, h);
    this.leaseMs = o.leaseMs ?? 60_000;
    this.concurrency = o.concurrency ?? 8;
    this.idleMs = o.idleMs ?? 1_000;
  }

  /** Claims and runs the jobs due now, once. Returns how many ran. */
  async runOnce(): Promise<number> {
    const jobs = await this.o.store.jobs.claim(this.o.clock.now(), {
      worker: this.o.worker, limit: this.concurrency, leaseMs: this.leaseMs, types: [...this.handlers.keys()],
    });
    await Promise.all(jobs.map((j) => this.execute(j)));
    return jobs.length;
  }

  /** Runs until nothing is due (for tests with a manual clock and for `cli run-jobs`). */
  async drain(maxRounds = 10_000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxRounds; i += 1) {
      const n = await this.runOnce();
      if (n === 0) return total;
      total += n;
    }
    return total;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.poll();
  }

  /** Lets running jobs finish, then stops polling. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Nudges a sleeping runner (after a use case enqueued work) so jobs start at once. */
  notify(): void {
    this.nudged = true;
    this.wake?.();
  }

  /**
   * Keeps up to `concurrency` jobs running: as jobs finish, their places are filled by the next claim rather
   * than waiting for the whole batch (a batch of posts spans its slots in Teams' 50/s, so waiting for its last
   * one left the budget idle between batches). Claims are batched: the loop claims again when a quarter of the
   * places are free, or at once when it was nudged or nothing runs, so a busy runner is not one claim per job.
   */
  private async poll(): Promise<void> {
    const batch = Math.max(1, Math.floor(this.concurrency / 4));
    while (this.running) {
      const free = this.concurrency - this.inFlight.size;
      let claimed = 0;
      let failed = false;
      if (free > 0) {
        this.nudged = false;
        try {
          const jobs = await this.o.store.jobs.claim(this.o.clock.now(), {
            worker: this.o.worker, limit: free, leaseMs: this.leaseMs, types: [...this.handlers.keys()],
          });
          claimed = jobs.length;
          for (const job of jobs) this.track(job);
        } catch (e) {
          failed = true;
          this.o.logger.error('job claim failed', describeError(e));
        }
      }
      if (!this.running) break;
      // Every free place filled (or none was free): more may be due, so claim again once a batch of places is free.
      const more = !failed && claimed === free;
      let wait = this.idleMs;
      if (!more && !failed) {
        const next = await this.o.store.jobs.nextDue().catch(() => undefined);
        wait = next ? Math.max(0, Math.min(this.idleMs, next.getTime() - this.o.clock.now().getTime())) : this.idleMs;
      }
      await new Promise<void>((resolve) => {
        // Nudged while the loop looked for the next due time: claim at once if a place is free.
        if (this.nudged && this.inFlight.size < this.concurrency) { resolve(); return; }
        const t = setTimeout(resolve, Math.max(wait, 5));
        this.wake = (finished = false) => {
          const room = this.concurrency - this.inFlight.size;
          // A finished job wakes the loop only when it was claiming at full speed and a batch of places is free.
          if (finished && !(more && (room >= batch || this.inFlight.size === 0)) && !this.nudged) return;
          clearTimeout(t);
          resolve();
        };
      });
      this.wake = undefined;
    }
    await Promise.all([...this.inFlight]);
  }

  private track(job: Job): void {
    const p: Promise<void> = this.execute(job)
      .catch((e: unknown) => this.o.logger.error('job outcome not recorded', describeError(e)))
      .finally(() => {
        this.inFlight.delete(p);
        this.wake?.(true);
      });
    this.inFlight.add(p);
  }

  private async execute(job: Job): Promise<void> {
    const handler = this.handlers.get(job.type);
    const log = this.o.logger.child({ jobId: job.id, jobType: job.type, attempt: job.attempts });
    const jobs = this.o.store.jobs;
    if (!handler) return;
    // Keep the lease while the handler runs: a send that waits out Retry-After inside the SDK, or a slow Graph
    // call, must not let another instance take the job and do it a second time.
    const beat = setInterval(() => {
      jobs.heartbeat(job.id, this.o.worker, new Date(this.o.clock.now().getTime() + this.leaseMs))
        .then((kept) => { if (!kept) log.warn('job lease lost while running'); }, (e: unknown) => log.warn('job heartbeat failed', describeError(e)));
    }, Math.max(10, Math.floor(this.leaseMs / 3)));
    beat.unref();
    try {
      await runAsJob(job, () => handler.run(job, { clock: this.o.clock, logger: log }));
      await jobs.complete(job.id, this.o.worker, this.o.clock.now());
    } catch (e) {
      const now = this.o.clock.now();
      const reason = describeError(e);
      const code = e instanceof PermanentJobError ? e.code : reason.code;
      const text = `${code}: ${reason.message}`.slice(0, 500);
      if (e instanceof PermanentJobError || job.attempts >= this.o.retry.maxAttempts) {
        log.warn('job dead-lettered', { code });
        if (await jobs.deadLetter(job.id, this.o.worker, text, now)) {
          await this.o.onDeadLetter?.(job, text).catch((x: unknown) => log.error('dead-letter alert failed', describeError(x)));
        }
        return;
      }
      const retryAfter = e instanceof RetryLaterError ? e.retryAfterMs : undefined;
      const delay = this.o.retry.delayMs(job.attempts, retryAfter);
      log.info('job retry scheduled', { delayMs: delay, code: reason.code });
      await jobs.retry(job.id, this.o.worker, new Date(now.getTime() + delay), text, now);
    } finally {
      clearInterval(beat);
    }
  }
}
