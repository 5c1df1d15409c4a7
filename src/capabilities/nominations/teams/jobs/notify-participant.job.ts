import { z } from 'zod';
import { AppInstallBlockedError, PermanentJobError } from '../../../../jobs/job-errors';
import type { JobHandler } from '../../../../jobs/job-runner';
import { NOTIFY_COORDINATORS_JOB, NOTIFY_PARTICIPANT_JOB, notifyCoordinatorsJobKey } from '../../../../shared/integration-jobs';
import type { ConversationRef } from '../../../../shared/messenger.port';
import type { NominationsEnv } from '../nominations-env';
import { card, notice } from '../nominations-messages';
import { format, pick, type Lang } from '../../../../shared/i18n';
import { personalRef } from './notify-person.job';

const payloadSchema = z.object({
  cohortId: z.string().min(1).max(200),
  aadObjectId: z.string().min(1).max(200),
  noticeId: z.string().min(1).max(500),
  text: z.object({ nb: z.string().min(1).max(4000), en: z.string().min(1).max(4000) }),
});

/**
 * Another capability's notice to one participant (NOTIFY_PARTICIPANT_JOB), in their language, 1:1: the chat the
 * bot has, else one opened through the cohort's coordinators' channel. Sent once per notice id; a person the
 * bot cannot reach is reported to the coordinators instead of being retried forever.
 */
export function notifyParticipantJob(env: NominationsEnv): JobHandler {
  return {
    type: NOTIFY_PARTICIPANT_JOB,
    async run(job, { logger, clock }) {
      const p = payloadSchema.safeParse(job.payload);
      if (!p.success) throw new PermanentJobError('bad notify-participant payload', 'nominations-bad-payload');
      const { cohortId, aadObjectId, text, noticeId } = p.data;
      if (await env.deliveries.noticeSent(job.key)) return;
      const unreachable = async (why: string): Promise<never> => {
        const alertId = `unreachable:${noticeId}`;
        const who = await env.ctx.people.profile(aadObjectId);
        const params = (lang: Lang) => ({
          person: who.name ?? pick(card.unknownName, lang), notice: text[lang],
          mail: who.email ? format(notice.unreachableMail, lang, { email: who.email }) : '',
        });
        await env.ctx.store.commit([{ op: 'enqueue', job: {
          type: NOTIFY_COORDINATORS_JOB, key: notifyCoordinatorsJobKey(alertId), runAt: clock.now(),
          payload: { cohortId, alertId, text: { nb: format(notice.participantUnreachable, 'nb', params('nb')), en: format(notice.participantUnreachable, 'en', params('en')) } },
        } }]);
        env.ctx.notifyJobs();
        throw new PermanentJobError(why, 'nominations-person-unreachable');
      };
      let ref: ConversationRef | undefined;
      try {
        ref = await personalRef(env, cohortId, aadObjectId);
      } catch (e) {
        // The coordinators were told in words, once, when the installation was refused.
        if (e instanceof AppInstallBlockedError) { logger.info('participant notice not sent: the app is blocked for the person'); return; }
        if (!(e instanceof PermanentJobError)) throw e;
        return unreachable(e.message);
      }
      if (!ref) return unreachable('no conversation with the person');
      const lang = await env.ctx.people.langOf(aadObjectId, ref.locale);
      try {
        await env.ctx.messenger.send(ref, { text: text[lang] });
      } catch (e) {
        if (!(e instanceof PermanentJobError)) throw e;
        await env.ctx.conversations.markUnreachable(ref.conversationId, e.code);
        return unreachable(e.message);
      }
      await env.deliveries.recordNotice(job.key, ref.conversationId, clock.now());
      logger.info('participant notice sent', { cohortId });
    },
  };
}
