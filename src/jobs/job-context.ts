import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The job a piece of work runs for, available to adapters below the handler (the messenger marks each post
 * with a marker derived from the job's key, and looks for it before posting again when the job ran before).
 */
export interface RunningJob {
  readonly key: string;
  /** 1 on the first run; more when an earlier run failed or its process died (its outcome may be unknown). */
  readonly attempts: number;
  /** The n-th post of this run to a conversation (1, 2, ...): stable across runs of the same job. */
  nextPostOrdinal(conversationId: string): number;
}

const storage = new AsyncLocalStorage<RunningJob>();
/** Jobs running now (runAsJob calls not yet settled). */
let running = 0;

/**
 * Runs `work` as the job. An AsyncLocalStorage, once run, keeps Node's async hooks on for every promise the
 * process makes (on Node 20 and 22 that is a cost on every message turn as well); the storage is therefore
 * disabled again whenever no job is running, which turns the hooks off until the next job. Work a job does is
 * awaited by it (no floating promises), so nothing of a job runs after its runAsJob settled.
 */
export async function runAsJob<T>(job: { readonly key: string; readonly attempts: number }, work: () => Promise<T>): Promise<T> {
  running += 1;
  try {
    return await runInStorage(job, work);
  } finally {
    running -= 1;
    if (running === 0) storage.disable();
  }
}

function runInStorage<T>(job: { readonly key: string; readonly attempts: number }, work: () => Promise<T>): Promise<T> {
  const ordinals = new Map<string, number>();
  const current: RunningJob = {
    key: job.key, attempts: job.attempts,
    nextPostOrdinal(conversationId) {
      const n = (ordinals.get(conversationId) ?? 0) + 1;
      ordinals.set(conversationId, n);
      return n;
    },
  };
  return storage.run(current, work);
}

export function currentJob(): RunningJob | undefined {
  return storage.getStore();
}
