import { err, ok, type Result } from '../../../shared/result';
import { CoordinationRepository } from '../store/coordination.repository';
import type { Caller, CoordinationDeps } from '../ports';
import { requireCoordinator } from './coordinator-access.use-case';
import { cohortOfJob, retryKey } from './cohort-views.use-case';

export type RetryProblem = { readonly code: 'forbidden' } | { readonly code: 'not-found' };

/**
 * "Try again" on a given-up job: a copy of it with a key derived from the dead job, written with an audit entry
 * in one commit. A second click (or two coordinators at once) finds the key taken and enqueues nothing more.
 */
export async function retryDeadJob(deps: CoordinationDeps, caller: Caller, cohortId: string, jobId: string): Promise<Result<{ enqueued: boolean }, RetryProblem>> {
  const access = await requireCoordinator(deps, caller, cohortId);
  if (!access.ok) return err({ code: 'forbidden' });
  const job = (await deps.store.jobs.list({ status: 'dead' })).find((j) => j.id === jobId);
  if (!job || (await cohortOfJob(deps, job)) !== cohortId) return err({ code: 'not-found' });
  const key = retryKey(job);
  if (await deps.store.jobs.byKey(key)) return ok({ enqueued: false });
  const now = deps.clock.now();
  const committed = await deps.store.commit([
    { op: 'enqueue', job: { type: job.type, key, payload: job.payload, runAt: now, ...(job.lane ? { lane: job.lane } : {}) } },
    new CoordinationRepository(deps.store).auditOp({
      action: 'job-retried', cohortId, actor: { aadObjectId: caller.aadObjectId, name: caller.name }, at: now.toISOString(),
      detail: { jobId: job.id, type: job.type, key: job.key, lastError: job.lastError ?? null },
    }, deps.newId()),
  ]);
  if (!committed.ok) return ok({ enqueued: false });
  deps.logger.info('dead job retried from the tab', { jobId: job.id, type: job.type, cohortId });
  deps.notifyJobs();
  return ok({ enqueued: true });
}
