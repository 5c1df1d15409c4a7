import { z } from 'zod';
import { PermanentJobError } from '../../../../jobs/job-errors';
import type { JobHandler } from '../../../../jobs/job-runner';
import { BOOK_PARTICIPANT_JOB } from '../../../../shared/integration-jobs';
import type { BookingsDeps } from '../../ports';
import { bookParticipant } from '../../use-cases/book-participant.use-case';
import { POLL_RESPONSES_JOB, PUBLISH_COHORT_JOB, SYNC_EVENT_JOB } from '../../use-cases/booking-jobs';
import { publishCohort } from '../../use-cases/publish-cohort.use-case';
import { recordResponses } from '../../use-cases/record-responses.use-case';
import { syncEvent } from '../../use-cases/sync-event.use-case';

const bookPayload = z.object({
  cohortId: z.string().min(1),
  participant: z.object({ aadObjectId: z.string().min(1), name: z.string(), email: z.string().email().optional() }),
  source: z.enum(['nomination', 'application']),
  sourceId: z.string().min(1),
});
const eventPayload = z.object({ cohortId: z.string().min(1), gatheringId: z.string().min(1) });
const cohortPayload = z.object({ cohortId: z.string().min(1) });
const mailboxPayload = z.object({ mailbox: z.string().min(1) });

function parse<T>(schema: z.ZodType<T>, payload: unknown, type: string): T {
  const r = schema.safeParse(payload);
  if (!r.success) throw new PermanentJobError(`bad ${type} payload`, 'bookings-bad-payload');
  return r.data;
}

/** An approved participant, booked into every required gathering (seat or waitlist) in one commit. */
export function bookParticipantJob(deps: BookingsDeps): JobHandler {
  return {
    type: BOOK_PARTICIPANT_JOB,
    async run(job, { logger }) {
      const p = parse(bookPayload, job.payload, job.type);
      const r = await bookParticipant(deps, { ...p, selfService: false });
      if (!r.ok) throw new PermanentJobError(`cannot book into ${p.cohortId}: ${r.error.code}`, `bookings-${r.error.code}`);
      logger.info('participant booked', { cohortId: p.cohortId, outcomes: r.value.map((o) => o.result).join(',') });
    },
  };
}

export function syncEventJob(deps: BookingsDeps): JobHandler {
  return {
    type: SYNC_EVENT_JOB,
    async run(job, { logger }) {
      const p = parse(eventPayload, job.payload, job.type);
      const outcome = await syncEvent(deps, p.cohortId, p.gatheringId);
      logger.debug('event synced', { ...p, outcome });
    },
  };
}

export function publishCohortJob(deps: BookingsDeps): JobHandler {
  return {
    type: PUBLISH_COHORT_JOB,
    async run(job, { logger }) {
      const p = parse(cohortPayload, job.payload, job.type);
      logger.info('cohort published', { cohortId: p.cohortId, ...(await publishCohort(deps, p.cohortId)) });
    },
  };
}

export const pollJobKey = (mailbox: string, at: number): string => `${POLL_RESPONSES_JOB}:${mailbox}:${at}`;

/**
 * Reads declines, then plans the next read. The next key comes from this job's own runAt, so a job run twice
 * (a crash after its commit) plans the same next job instead of starting a second chain.
 */
export function pollResponsesJob(deps: BookingsDeps, intervalMs: number): JobHandler {
  return {
    type: POLL_RESPONSES_JOB,
    async run(job, { logger }) {
      const p = parse(mailboxPayload, job.payload, job.type);
      const r = await recordResponses(deps, p.mailbox);
      if (r.declined > 0) logger.info('declines recorded', { declined: r.declined });
      const at = Math.max(job.runAt.getTime() + intervalMs, deps.clock.now().getTime());
      await deps.store.commit([{ op: 'enqueue', job: {
        type: POLL_RESPONSES_JOB, key: pollJobKey(p.mailbox, job.runAt.getTime() + intervalMs), lane: `graph-mailbox:${p.mailbox}`,
        payload: { mailbox: p.mailbox }, runAt: new Date(at),
      } }]);
    },
  };
}
