import { z } from 'zod';
import { AppInstallBlockedError, PermanentJobError } from '../../../../jobs/job-errors';
import type { JobHandler } from '../../../../jobs/job-runner';
import { format, pick, type Lang } from '../../../../shared/i18n';
import { NOTIFY_COORDINATORS_JOB, notifyCoordinatorsJobKey, type NotifyCoordinatorsPayload } from '../../../../shared/integration-jobs';
import type { ConversationRef } from '../../../../shared/messenger.port';
import { NOTIFY_PERSON_JOB } from '../../use-cases/nomination-jobs';
import { asJson } from '../../store/nomination.repository';
import { personName } from '../coordinator-card';
import { notice, statusName } from '../nominations-messages';
import { withNames, type NominationsEnv } from '../nominations-env';
import { personNotice } from '../person-notice';

const person = z.object({ aadObjectId: z.string(), name: z.string(), email: z.string().optional() });
const payloadSchema = z.object({
  nominationId: z.string().min(1),
  recipient: z.string().min(1),
  role: z.enum(['nominee', 'nominator']),
  transition: z.object({
    action: z.enum(['submit', 'approve', 'reject', 'waitlist', 'decline', 'withdraw']),
    from: z.enum(['pending', 'waitlisted', 'approved', 'rejected', 'declined', 'withdrawn']).nullable(),
    to: z.enum(['pending', 'waitlisted', 'approved', 'rejected', 'declined', 'withdrawn']),
    by: person, at: z.string(), reason: z.string().optional(),
  }),
});

/**
 * The 1:1 chat with a person: the one the bot already has, else a new one opened through the cohort's
 * coordinators' channel (a conversation the bot shares with them), remembered for next time.
 */
export async function personalRef(env: NominationsEnv, cohortId: string, aad: string, name?: string): Promise<ConversationRef | undefined> {
  const known = await env.ctx.conversations.personalFor(aad);
  if (known?.reachable) return known.ref;
  if (known && !known.reachable) return undefined;
  const via = (await env.deliveries.channel(cohortId))?.ref;
  if (!via) return undefined;
  const user = await env.ctx.conversations.user(aad);
  const ref = await env.ctx.messenger.createPersonal(via, { userId: user?.userId ?? aad, aadObjectId: aad, cohortId, ...(name ? { name } : {}) });
  await env.ctx.conversations.remember(ref);
  return ref;
}

/**
 * Tells a nominee or nominator about a transition, in their language. Sent at most once per transition and
 * person (recorded by job key). When the person cannot be reached, the coordinators are alerted instead.
 */
export function notifyPersonJob(env: NominationsEnv): JobHandler {
  return {
    type: NOTIFY_PERSON_JOB,
    async run(job, { logger, clock }) {
      const p = payloadSchema.safeParse(job.payload);
      if (!p.success) throw new PermanentJobError('bad notify payload', 'nominations-bad-payload');
      if (await env.deliveries.noticeSent(job.key)) return;
      const found = await env.repo.find(p.data.nominationId);
      if (!found) throw new PermanentJobError('nomination not found', 'nominations-not-found');
      const n = await withNames(env, found.nomination);
      const alert = async (why: string): Promise<never> => {
        const cohort = env.deps.catalog.find(n.cohortId)?.cohort;
        const recipient = p.data.recipient === n.nominee.aadObjectId ? n.nominee : n.nominator;
        const email = recipient.email ?? (await env.ctx.people.profile(recipient.aadObjectId)).email;
        const params = (lang: Lang) => {
          const cohortName = cohort ? cohort.name[lang] : n.cohortId;
          return {
            person: personName(recipient.name, lang),
            role: pick(p.data.role === 'nominator' ? notice.roleNominator : n.kind === 'application' ? notice.roleApplicant : notice.roleNominee, lang),
            subject: format(n.kind === 'application' ? notice.subjectApplication : notice.subjectNomination, lang, { nominee: personName(n.nominee.name, lang), cohort: cohortName }),
            status: pick(statusName[p.data.transition.to], lang).toLowerCase(),
            mail: email ? format(notice.unreachableMail, lang, { email }) : '',
          };
        };
        const payload: NotifyCoordinatorsPayload = {
          cohortId: n.cohortId, alertId: `nominations.unreachable:${job.key}`,
          text: { nb: format(notice.unreachable, 'nb', params('nb')), en: format(notice.unreachable, 'en', params('en')) },
        };
        await env.ctx.store.commit([{
          op: 'enqueue', job: { type: NOTIFY_COORDINATORS_JOB, key: notifyCoordinatorsJobKey(payload.alertId), payload: asJson(payload), runAt: clock.now() },
        }]);
        env.ctx.notifyJobs();
        throw new PermanentJobError(why, 'nominations-person-unreachable');
      };
      let ref: ConversationRef | undefined;
      try {
        const who = p.data.role === 'nominee' ? n.nominee : n.nominator;
        ref = await personalRef(env, n.cohortId, p.data.recipient, who.aadObjectId === p.data.recipient ? who.name : undefined);
      } catch (e) {
        // The coordinators were told in words, once, when the installation was refused.
        if (e instanceof AppInstallBlockedError) { logger.info('nomination notice not sent: the app is blocked for the person'); return; }
        if (!(e instanceof PermanentJobError)) throw e;
        return alert(e.message);
      }
      if (!ref) return alert('no conversation with the person');
      const lang = await env.ctx.people.langOf(p.data.recipient, ref.locale);
      const message = personNotice(env.deps.catalog, n, p.data.transition, p.data.role, lang);
      try {
        await env.ctx.messenger.send(ref, message);
      } catch (e) {
        if (!(e instanceof PermanentJobError)) throw e;
        await env.ctx.conversations.markUnreachable(ref.conversationId, e.code);
        return alert(e.message);
      }
      await env.deliveries.recordNotice(job.key, ref.conversationId, clock.now());
      logger.info('nomination notice sent', { nominationId: n.id, action: p.data.transition.action, role: p.data.role });
    },
  };
}
