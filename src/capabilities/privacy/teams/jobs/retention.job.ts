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
 * The daily retention run: writes tomorrow's run first (its key makes that once however often this runs), so a
 * run that keeps failing and is given up on does not end the chain; then deletes what is due (applyRetention).
 * A crash after the deletion re-runs the job, which finds nothing left.
 */
export function retentionJobHandler(deps: PrivacyDeps): JobHandler {
  return {
    type: RETENTION_JOB,
    async run(_job, { logger }) {
      const next = retentionJob(new Date(deps.clock.now().getTime() + DAY_MS));
      const committed = await deps.store.commit([{ op: 'enqueue', job: next }]);
      if (!committed.ok) throw new Error('could not plan the next retention run');
      const result = await applyRetention(deps);
      logger.info('retention run', { cohorts: result.cohorts.length, changed: result.deleted, next: next.runAt.toISOString() });
    },
  };
}
