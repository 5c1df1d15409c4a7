import { z } from 'zod';
import { PermanentJobError } from '../../../../jobs/job-errors';
import type { JobHandler } from '../../../../jobs/job-runner';
import type { ConversationRef } from '../../../../shared/messenger.port';
import { isOpen } from '../../domain/nomination';
import { POST_CARD_JOB } from '../../use-cases/nomination-jobs';
import { coordinatorCard } from '../coordinator-card';
import { conversationLang, coordinatorUserIds, coordinatorView, withNames, type NominationsEnv } from '../nominations-env';

const payloadSchema = z.object({ nominationId: z.string().min(1) });

/** Where coordinator cards of a cohort go: its registered channel, else each coordinator's 1:1 chat with the bot. */
export async function coordinatorTargets(env: NominationsEnv, cohortId: string): Promise<Array<{ ref: ConversationRef; locale: string | undefined }>> {
  const channel = await env.deliveries.channel(cohortId);
  if (channel) return [{ ref: channel.ref, locale: channel.locale }];
  const out: Array<{ ref: ConversationRef; locale: string | undefined }> = [];
  for (const aad of await env.ctx.roles.holders(cohortId, 'coordinator')) {
    const personal = await env.ctx.conversations.personalFor(aad);
    if (personal?.reachable) out.push({ ref: personal.ref, locale: (await env.ctx.conversations.user(aad))?.locale ?? personal.ref.locale });
  }
  return out;
}

/**
 * Posts the coordinator card of a new nomination. Each post is recorded as soon as Teams accepted it, and
 * targets already posted to are skipped, so a retry after a failure part-way does not post twice. (A crash
 * between Teams' answer and the record can still double one post: the Bot Connector has no idempotency key.)
 */
export function postCardJob(env: NominationsEnv): JobHandler {
  return {
    type: POST_CARD_JOB,
    async run(job, { logger }) {
      const p = payloadSchema.safeParse(job.payload);
      if (!p.success) throw new PermanentJobError('bad post-card payload', 'nominations-bad-payload');
      const found = await env.repo.find(p.data.nominationId);
      if (!found) throw new PermanentJobError('nomination not found', 'nominations-not-found');
      const n = await withNames(env, found.nomination);
      // Withdrawn or declined before the card went out: nothing for coordinators to decide.
      if (!isOpen(n.status)) return;
      const targets = await coordinatorTargets(env, n.cohortId);
      if (targets.length === 0) {
        throw new PermanentJobError('no coordinators channel and no reachable coordinator', 'nominations-no-coordinators');
      }
      const posted = new Set((await env.deliveries.posts(n.id)).map((x) => x.conversationId));
      const userIds = await coordinatorUserIds(env, n.cohortId);
      for (const t of targets) {
        if (posted.has(t.ref.conversationId)) continue;
        // A 1:1 post to a coordinator who is the nominee shows the card without buttons: they may not decide it.
        const viewer = t.ref.conversationType === 'personal' ? t.ref.userAadId : undefined;
        const view = await coordinatorView(env, n, viewer);
        const message = coordinatorCard(env.deps.catalog, n, { lang: await conversationLang(env, t.ref, t.locale), ...view, refreshUserIds: userIds });
        const { activityId } = await env.ctx.messenger.send(t.ref, message);
        await env.deliveries.addPost(n.id, { conversationId: t.ref.conversationId, activityId, ref: t.ref, locale: t.locale });
        logger.info('coordinator card posted', { nominationId: n.id, conversationType: t.ref.conversationType });
      }
    },
  };
}
