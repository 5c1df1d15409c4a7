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

export function runAsJob<T>(job: { readonly key: string; readonly attempts: number }, work: () => Promise<T>): Promise<T> {
  const ordinals = new Map<string, number>();
  const running: RunningJob = {
    key: job.key, attempts: job.attempts,
    nextPostOrdinal(conversationId) {
      const n = (ordinals.get(conversationId) ?? 0) + 1;
      ordinals.set(conversationId, n);
      return n;
    },
  };
  return storage.run(running, work);
}

export function currentJob(): RunningJob | undefined {
  return storage.getStore();
}
