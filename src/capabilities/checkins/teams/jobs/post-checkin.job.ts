import { PermanentJobError } from '../../../../jobs/job-errors';
import type { JobHandler } from '../../../../jobs/job-runner';
import { CHECKIN_POST_JOB, parseRoundPayload } from '../../ports';
import { markRoundPosted } from '../../use-cases/record-round-delivery.use-case';
import { roundJobIsCurrent } from '../../use-cases/schedule-checkins.use-case';
import { checkinCard } from '../checkin-card';
import { groupLang, loadRound, refreshUserIds, type CheckinsEnv } from '../checkins-env';
import { groupUnreachable, permanent } from './group-unreachable';

/**
 * Posts a round's shared check-in card into the group's conversation. The sent activity id is recorded before
 * anything else, and checked first, so a retry after Teams accepted the post never posts twice. (A crash between
 * Teams' answer and the record can still double it: the Bot Connector has no idempotency key.)
 */
export function postCheckinJob(env: CheckinsEnv): JobHandler {
  return {
    type: CHECKIN_POST_JOB,
    async run(job, { logger }) {
      const p = parseRoundPayload(job.payload);
      if (!p) throw new PermanentJobError('bad check-in post payload', 'checkins-bad-payload');
      const v = await loadRound(env, p.groupId, p.roundId);
      if (!v) { logger.info('check-in post dropped: group or round gone', { groupId: p.groupId, roundId: p.roundId }); return; }
      if (v.state.activityId) return;
      const sent = await env.deliveries.get(p.groupId, p.roundId, 'post');
      if (sent?.activityId) {
        // Sent and recorded, but the round state was not: finish that step only.
        if (v.state.status === 'planned') await finish(env, p.groupId, p.roundId, sent.activityId);
        return;
      }
      if (!roundJobIsCurrent('post', v.round, v.state, p)) { logger.info('check-in post is stale', { groupId: p.groupId, roundId: p.roundId }); return; }
      if (!v.group.reachable) { logger.warn('check-in post skipped: group unreachable', { groupId: p.groupId }); return; }

      const now = env.ctx.clock.now();
      // The card is drawn as it will look once posted: answers are taken from now on.
      const message = checkinCard({ ...v, state: { ...v.state, status: 'posted' } }, {
        lang: groupLang(v.group), now, refreshUserIds: await refreshUserIds(env, v.group),
      });
      let activityId: string;
      try {
        ({ activityId } = await env.ctx.messenger.send(v.group.conversation, message));
      } catch (e) {
        await groupUnreachable(env, v.group, permanent(e), logger);
        return;
      }
      await env.deliveries.record(p.groupId, p.roundId, 'post', { conversationId: v.group.conversation.conversationId, activityId, at: now.toISOString() });
      await finish(env, p.groupId, p.roundId, activityId);
      logger.info('check-in posted', { groupId: p.groupId, roundId: p.roundId });
    },
  };
}

async function finish(env: CheckinsEnv, groupId: string, roundId: string, activityId: string): Promise<void> {
  const r = await markRoundPosted(env.deps, groupId, roundId, activityId);
  // wrong-status means someone else finished it (or the round was skipped meanwhile): nothing left to do.
  if (!r.ok && r.error.code === 'conflict') throw new Error('round state changed while recording the post');
}
