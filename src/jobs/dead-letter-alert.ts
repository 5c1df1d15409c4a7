import type { Text } from '../shared/i18n';
import { NOTIFY_COORDINATORS_JOB, notifyCoordinatorsJobKey, type NotifyCoordinatorsPayload } from '../shared/integration-jobs';
import type { Job, Store } from '../shared/store.port';
import type { DeadLetterListener } from './job-runner';

/**
 * When a job is given up on, the cohort's coordinators are told (through the nominations capability, which
 * knows their channel), so nothing fails silently. Jobs name their cohort in `payload.cohortId` (or `cohortOf`
 * finds it); the alert job itself is never alerted about, so a broken coordinators' channel cannot loop.
 */
export function deadLetterAlert(store: Store, now: () => Date, cohortOf?: (job: Job) => Promise<string | undefined>): DeadLetterListener {
  return async (job: Job, reason: string) => {
    if (job.type === NOTIFY_COORDINATORS_JOB) return;
    const payload = job.payload as { cohortId?: unknown } | null;
    const named = payload && typeof payload === 'object' && typeof payload.cohortId === 'string' ? payload.cohortId : undefined;
    // Jobs that name a base group rather than a cohort are resolved by the capability that owns them.
    const cohortId = named ?? await cohortOf?.(job);
    if (!cohortId) return;
    const text: Text = {
      nb: `En oppgave ga opp etter ${job.attempts} forsøk og trenger en koordinator: ${describe(job.type, 'nb')}. Feil: ${reason}`,
      en: `A task gave up after ${job.attempts} attempts and needs a coordinator: ${describe(job.type, 'en')}. Error: ${reason}`,
    };
    const alert = { cohortId, text: { nb: text.nb, en: text.en }, alertId: `dead-letter:${job.id}` } satisfies NotifyCoordinatorsPayload;
    await store.commit([{ op: 'enqueue', job: { type: NOTIFY_COORDINATORS_JOB, key: notifyCoordinatorsJobKey(alert.alertId), payload: alert, runAt: now() } }]);
  };
}

function describe(type: string, lang: 'nb' | 'en'): string {
  const known: Record<string, Text> = {
    'bookings.book-participant': { nb: 'booking av deltaker i samlingene', en: 'booking a participant into the gatherings' },
    'bookings.sync-event': { nb: 'oppdatering av deltakerlisten i Outlook-hendelsen for en samling', en: "updating the attendees of a gathering's Outlook event" },
    'bookings.publish-cohort': { nb: 'oppretting av kullets samlinger i Outlook', en: "creating the cohort's gatherings in Outlook" },
    'checkins.post': { nb: 'utsending av innsjekk til en basisgruppe', en: 'posting a check-in to a base group' },
    'checkins.remind': { nb: 'påminnelse om innsjekk', en: 'a check-in reminder' },
    'checkins.remind-member': { nb: 'påminnelse om innsjekk til et medlem', en: 'a check-in reminder to a member' },
    'checkins.digest': { nb: 'oppsummering av innsjekk til en basisgruppe', en: 'a check-in digest to a base group' },
  };
  return known[type]?.[lang] ?? type;
}
