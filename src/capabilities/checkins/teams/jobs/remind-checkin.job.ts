import { PermanentJobError } from '../../../../jobs/job-errors';
import type { JobHandler } from '../../../../jobs/job-runner';
import { CHECKIN_REMIND_JOB, parseRoundPayload } from '../../ports';
import { markRoundReminded } from '../../use-cases/record-round-delivery.use-case';
import { roundJobIsCurrent } from '../../use-cases/schedule-checkins.use-case';
import { loadRound, type CheckinsEnv } from '../checkins-env';

/**
 * The round's reminder time: records it, and the use case enqueues one 1:1 reminder per member still missing in
 * the same commit. Nothing is posted in the group itself: the members who answered need no nudge, and the 1:1
 * reminders reach the others where they will see them.
 */
export function remindCheckinJob(env: CheckinsEnv): JobHandler {
  return {
    type: CHECKIN_REMIND_JOB,
    async run(job, { logger }) {
      const p = parseRoundPayload(job.payload);
      if (!p) throw new PermanentJobError('bad check-in remind payload', 'checkins-bad-payload');
      const v = await loadRound(env, p.groupId, p.roundId);
      if (!v || !roundJobIsCurrent('remind', v.round, v.state, p)) { logger.info('check-in reminder is stale', { groupId: p.groupId, roundId: p.roundId }); return; }
      const r = await markRoundReminded(env.deps, p.groupId, p.roundId);
      if (!r.ok && r.error.code === 'conflict') throw new Error('round state changed while recording the reminder');
      env.ctx.notifyJobs();
      logger.info('check-in reminders planned', { groupId: p.groupId, roundId: p.roundId });
    },
  };
}
