import type { JobHandler } from '../../../../jobs/job-runner';
import type { NewJob } from '../../../../shared/store.port';
import type { PrivacyDeps } from '../../ports';
import { applyRetention } from '../../use-cases/apply-retention.use-case';

export const RETENTION_JOB = 'privacy.retention';
const DAY_MS = 86_400_000;

/** One run per day, keyed by its UTC date: a second start or a retried run never adds a second one that day. */
export const retentionJob = (runAt: Date): NewJob => ({
  type: RETENTION_JOB, key: `${RETENTION_JOB}:${runAt.toISOString().slice(0, 10)}`, payload: {}, runAt, lane: RETENTION_JOB,
});

/**
 * The daily retention run: deletes what is due (see applyRetention), then writes tomorrow's run. A crash after
 * the deletion re-runs the job, which finds nothing left and only writes tomorrow's run (its key makes that once).
 */
export function retentionJobHandler(deps: PrivacyDeps): JobHandler {
  return {
    type: RETENTION_JOB,
    async run(_job, { logger }) {
      const result = await applyRetention(deps);
      const next = retentionJob(new Date(deps.clock.now().getTime() + DAY_MS));
      const committed = await deps.store.commit([{ op: 'enqueue', job: next }]);
      if (!committed.ok) throw new Error('could not plan the next retention run');
      logger.info('retention run', { cohorts: result.cohorts.length, changed: result.deleted, next: next.runAt.toISOString() });
    },
  };
}
