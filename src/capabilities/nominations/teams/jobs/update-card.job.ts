import { z } from 'zod';
import { PermanentJobError } from '../../../../jobs/job-errors';
import type { JobHandler } from '../../../../jobs/job-runner';
import { UPDATE_CARD_JOB } from '../../use-cases/nomination-jobs';
import { coordinatorCard } from '../coordinator-card';
import { conversationLang, coordinatorUserIds, coordinatorView, withNames, type NominationsEnv } from '../nominations-env';

const payloadSchema = z.object({ nominationId: z.string().min(1), rev: z.number().int() });

/**
 * Updates every posted coordinator card of a nomination to its current state, for everyone in the
 * conversation. It draws the state at run time, not the state of the transition that enqueued it, so
 * updates that run late or twice still leave the newest state: updating is idempotent.
 */
export function updateCardJob(env: NominationsEnv): JobHandler {
  return {
    type: UPDATE_CARD_JOB,
    async run(job, { logger }) {
      const p = payloadSchema.safeParse(job.payload);
      if (!p.success) throw new PermanentJobError('bad update-card payload', 'nominations-bad-payload');
      const found = await env.repo.find(p.data.nominationId);
      if (!found) throw new PermanentJobError('nomination not found', 'nominations-not-found');
      const n = await withNames(env, found.nomination);
      const posts = await env.deliveries.posts(n.id);
      const userIds = await coordinatorUserIds(env, n.cohortId);
      let gone = 0;
      for (const post of posts) {
        const viewer = post.ref.conversationType === 'personal' ? post.ref.userAadId : undefined;
        const view = await coordinatorView(env, n, viewer);
        const message = coordinatorCard(env.deps.catalog, n, { lang: await conversationLang(env, post.ref, post.locale), ...view, refreshUserIds: userIds });
        try {
          await env.ctx.messenger.update(post.ref, post.activityId, message);
        } catch (e) {
          // A post whose conversation is gone (bot removed, 1:1 blocked) must not keep the others stale.
          if (!(e instanceof PermanentJobError)) throw e;
          gone += 1;
        }
      }
      logger.info('coordinator cards updated', { nominationId: n.id, rev: n.rev, posts: posts.length, gone });
    },
  };
}
