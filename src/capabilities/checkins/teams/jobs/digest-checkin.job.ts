import { PermanentJobError } from '../../../../jobs/job-errors';
import type { JobHandler } from '../../../../jobs/job-runner';
import type { Logger } from '../../../../shared/logger';
import type { ConversationRef, OutboundMessage } from '../../../../shared/messenger.port';
import { buildDigest } from '../../domain/digest';
import { CHECKIN_DIGEST_JOB, parseRoundPayload } from '../../ports';
import { markRoundDigested } from '../../use-cases/record-round-delivery.use-case';
import { roundJobIsCurrent } from '../../use-cases/schedule-checkins.use-case';
import { checkinCard } from '../checkin-card';
import { groupLang, loadRound, personalChat, refreshUserIds, type CheckinsEnv, type RoundView } from '../checkins-env';
import type { DeliveryStep } from '../checkin-delivery.repository';
import { digestCard } from '../digest-card';
import { groupUnreachable, permanent } from './group-unreachable';

/**
 * Closes a round: the digest to the group and to the facilitator's 1:1 chat, the posted card turned read-only,
 * then the round recorded as closed. Each effect is recorded as soon as it is done and skipped when already
 * recorded, so a retry after a failure part-way sends nothing twice.
 */
export function digestCheckinJob(env: CheckinsEnv): JobHandler {
  return {
    type: CHECKIN_DIGEST_JOB,
    async run(job, { logger }) {
      const p = parseRoundPayload(job.payload);
      if (!p) throw new PermanentJobError('bad check-in digest payload', 'checkins-bad-payload');
      const v = await loadRound(env, p.groupId, p.roundId);
      if (!v || !roundJobIsCurrent('digest', v.round, v.state, p)) { logger.info('check-in digest is stale', { groupId: p.groupId, roundId: p.roundId }); return; }
      const digest = buildDigest(v.round, v.group, v.answers);

      if (v.group.reachable) {
        const refused = await once(env, v, 'digest-group', v.group.conversation, () => env.ctx.messenger.send(v.group.conversation, digestCard(digest, { lang: groupLang(v.group) })));
        if (refused) await groupUnreachable(env, v.group, refused, logger);
      }
      const facilitator = v.group.facilitator;
      if (facilitator && !(await env.deliveries.get(v.group.id, v.round.id, 'digest-facilitator'))) {
        await toFacilitator(env, v, facilitator, digest, logger);
      }
      if (v.state.activityId && v.group.reachable) await closeCard(env, v, v.state.activityId, logger);

      const r = await markRoundDigested(env.deps, p.groupId, p.roundId);
      if (!r.ok && r.error.code === 'conflict') throw new Error('round state changed while recording the digest');
      logger.info('check-in digest posted', { groupId: p.groupId, roundId: p.roundId, answered: digest.counts.answered });
    },
  };
}

/** Runs one send unless already recorded; Teams' 403/404 is returned (not retried), anything else is thrown. */
async function once(
  env: CheckinsEnv, v: RoundView, step: DeliveryStep, to: ConversationRef, send: () => Promise<{ activityId: string }>,
): Promise<PermanentJobError | undefined> {
  if (await env.deliveries.get(v.group.id, v.round.id, step)) return undefined;
  let activityId: string;
  try {
    ({ activityId } = await send());
  } catch (e) {
    return permanent(e);
  }
  await env.deliveries.record(v.group.id, v.round.id, step, { conversationId: to.conversationId, activityId, at: env.ctx.clock.now().toISOString() });
  return undefined;
}

async function toFacilitator(
  env: CheckinsEnv, v: RoundView, facilitator: { aadObjectId: string; userId?: string }, digest: ReturnType<typeof buildDigest>, logger: Logger,
): Promise<void> {
  try {
    const chat = await personalChat(env, facilitator, v.group.conversation, v.group.cohortId);
    if (!chat) { logger.info('facilitator digest skipped: no reachable 1:1 chat', { groupId: v.group.id }); return; }
    const message: OutboundMessage = digestCard(digest, { lang: chat.lang, forFacilitator: true });
    const refused = await once(env, v, 'digest-facilitator', chat.ref, () => env.ctx.messenger.send(chat.ref, message));
    if (refused) await env.ctx.conversations.markUnreachable(chat.ref.conversationId, refused.code);
  } catch (e) {
    // Opening the chat was refused (the facilitator left every shared conversation): the group still gets its digest.
    logger.warn('facilitator digest refused by Teams', { groupId: v.group.id, code: permanent(e).code });
  }
}

/** The posted card for everyone: read-only, with the answers now visible. A card that is gone is left alone. */
async function closeCard(env: CheckinsEnv, v: RoundView, activityId: string, logger: Logger): Promise<void> {
  if (await env.deliveries.get(v.group.id, v.round.id, 'card-closed')) return;
  const now = env.ctx.clock.now();
  const message = checkinCard({ ...v, state: { ...v.state, status: 'closed' } }, { lang: groupLang(v.group), now, refreshUserIds: await refreshUserIds(env, v.group) });
  try {
    await env.ctx.messenger.update(v.group.conversation, activityId, message);
  } catch (e) {
    logger.warn('closing the check-in card failed', { groupId: v.group.id, code: permanent(e).code });
  }
  await env.deliveries.record(v.group.id, v.round.id, 'card-closed', { conversationId: v.group.conversation.conversationId, activityId, at: now.toISOString() });
}
