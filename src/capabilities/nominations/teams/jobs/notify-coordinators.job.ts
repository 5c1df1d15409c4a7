import { z } from 'zod';
import { PermanentJobError } from '../../../../jobs/job-errors';
import type { JobHandler } from '../../../../jobs/job-runner';
import { format, type Lang } from '../../../../shared/i18n';
import { NOTIFY_COORDINATORS_JOB } from '../../../../shared/integration-jobs';
import type { ConversationRef } from '../../../../shared/messenger.port';
import { channel as m } from '../nominations-messages';
import type { NominationsEnv } from '../nominations-env';

const payloadSchema = z.object({
  cohortId: z.string().min(1).max(200),
  alertId: z.string().min(1).max(500),
  text: z.object({ nb: z.string().min(1).max(4000), en: z.string().min(1).max(4000) }),
});

/**
 * Any capability's alert for a cohort's coordinators (NOTIFY_COORDINATORS_JOB): into their channel in bokmål
 * and English, or, with no channel registered, 1:1 to each coordinator in their own language. Each target is
 * recorded under the alert id once sent, so a retried or re-enqueued alert reaches nobody twice.
 */
export function notifyCoordinatorsJob(env: NominationsEnv): JobHandler {
  return {
    type: NOTIFY_COORDINATORS_JOB,
    async run(job, { logger }) {
      const p = payloadSchema.safeParse(job.payload);
      if (!p.success) throw new PermanentJobError('bad notify-coordinators payload', 'nominations-bad-payload');
      const { cohortId, alertId, text } = p.data;
      const cohort = env.deps.catalog.find(cohortId)?.cohort;
      const heading = (lang: Lang): string => format(m.alertHeading, lang, { cohort: cohort ? cohort.name[lang] : cohortId });
      const sent = new Set(await env.deliveries.alertSentTo(alertId));
      const channel = await env.deliveries.channel(cohortId);
      const targets: Array<{ ref: ConversationRef; text: string }> = [];
      if (channel) {
        targets.push({ ref: channel.ref, text: `${heading('nb')}: ${text.nb}\n\n${heading('en')}: ${text.en}` });
      } else {
        for (const aad of await env.ctx.roles.holders(cohortId, 'coordinator')) {
          const personal = await env.ctx.conversations.personalFor(aad);
          if (!personal?.reachable) continue;
          const lang = await env.ctx.people.langOf(aad, personal.ref.locale);
          targets.push({ ref: personal.ref, text: `${heading(lang)}: ${text[lang]}` });
        }
      }
      if (targets.length === 0 && sent.size === 0) {
        throw new PermanentJobError('no coordinators channel and no reachable coordinator', 'nominations-no-coordinators');
      }
      let delivered = 0;
      for (const t of targets) {
        if (sent.has(t.ref.conversationId)) continue;
        try {
          await env.ctx.messenger.send(t.ref, { text: t.text });
        } catch (e) {
          // One coordinator who blocked the bot must not stop the alert reaching the others.
          if (!(e instanceof PermanentJobError) || targets.length === 1) throw e;
          await env.ctx.conversations.markUnreachable(t.ref.conversationId, e.code);
          continue;
        }
        await env.deliveries.recordAlert(alertId, t.ref.conversationId);
        delivered += 1;
      }
      logger.info('coordinator alert sent', { cohortId, targets: targets.length, delivered });
    },
  };
}
