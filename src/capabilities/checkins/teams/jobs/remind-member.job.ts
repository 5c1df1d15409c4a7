import { escapeCardText } from '../../../../adapters/teams/card-renderer';
import { PermanentJobError } from '../../../../jobs/job-errors';
import type { JobHandler } from '../../../../jobs/job-runner';
import { format } from '../../../../shared/i18n';
import { formatInstant } from '../../../../shared/oslo-time';
import { CHECKIN_REMIND_MEMBER_JOB, parseMemberPayload } from '../../ports';
import { checkinCard } from '../checkin-card';
import { loadRound, personalChat, refreshUserIds, type CheckinsEnv } from '../checkins-env';
import { reminder } from '../checkins-messages';
import { permanent } from './group-unreachable';

/**
 * Reminds one member in their 1:1 chat, in their language, with their own view of the card so they can answer
 * right there. Skipped when they answered meanwhile or the round closed; recorded once sent, so a retry does not
 * remind twice. A member who blocked the bot is marked unreachable and not retried.
 */
export function remindMemberJob(env: CheckinsEnv): JobHandler {
  return {
    type: CHECKIN_REMIND_MEMBER_JOB,
    async run(job, { logger }) {
      const p = parseMemberPayload(job.payload);
      if (!p) throw new PermanentJobError('bad check-in member reminder payload', 'checkins-bad-payload');
      const step = `remind:${p.aadObjectId}` as const;
      if (await env.deliveries.get(p.groupId, p.roundId, step)) return;
      const v = await loadRound(env, p.groupId, p.roundId);
      const now = env.ctx.clock.now();
      if (!v || v.round.skipped || v.state.status !== 'posted' || now.getTime() >= v.round.digestAt.getTime()) return;
      const member = v.group.members.find((m) => m.aadObjectId === p.aadObjectId);
      if (!member || v.answers.some((a) => a.aadObjectId === p.aadObjectId)) return;

      let sentTo: string;
      let activityId: string;
      try {
        const chat = await personalChat(env, member, v.group.conversation, v.group.cohortId);
        if (!chat) { logger.info('member reminder skipped: no reachable 1:1 chat', { groupId: p.groupId }); return; }
        const lang = chat.lang;
        const text = format(reminder.text, lang, { group: v.group.name, n: v.round.afterGathering, deadline: formatInstant(v.round.digestAt, lang) });
        const message = checkinCard(v, {
          lang, now, viewer: member.aadObjectId, refreshUserIds: await refreshUserIds(env, v.group), banner: { text: escapeCardText(text), style: 'accent' },
        });
        sentTo = chat.ref.conversationId;
        ({ activityId } = await env.ctx.messenger.send(chat.ref, message));
      } catch (e) {
        const refused = permanent(e);
        const personal = await env.ctx.conversations.personalFor(p.aadObjectId);
        if (personal) await env.ctx.conversations.markUnreachable(personal.ref.conversationId, refused.code);
        logger.warn('member reminder refused by Teams', { groupId: p.groupId, code: refused.code });
        return;
      }
      await env.deliveries.record(p.groupId, p.roundId, step, { conversationId: sentTo, activityId, at: now.toISOString() });
      logger.info('member reminded', { groupId: p.groupId, roundId: p.roundId });
    },
  };
}
