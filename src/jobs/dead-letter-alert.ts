import type { Text } from '../shared/i18n';
import { NOTIFY_COORDINATORS_JOB, notifyCoordinatorsJobKey, type NotifyCoordinatorsPayload } from '../shared/integration-jobs';
import type { Job, Store } from '../shared/store.port';
import type { DeadLetterListener } from './job-runner';

/**
 * When a job is given up on, the cohort's coordinators are told (through the nominations capability, which
 * knows their channel), so nothing fails silently. Jobs name their cohort in `payload.cohortId` (or `cohortOf`
 * finds it); the alert job itself is never alerted about, so a broken coordinators' channel cannot loop.
 */
/** Where a job belongs and, when known, what it was about (a base group's name), in the coordinators' words. */
export interface JobSubject {
  readonly cohortId: string;
  readonly detail?: string | Text;
}

export function deadLetterAlert(store: Store, now: () => Date, subjectOf?: (job: Job) => Promise<JobSubject | undefined>): DeadLetterListener {
  return async (job: Job, reason: string) => {
    if (job.type === NOTIFY_COORDINATORS_JOB) return;
    const payload = job.payload as { cohortId?: unknown } | null;
    const named = payload && typeof payload === 'object' && typeof payload.cohortId === 'string' ? payload.cohortId : undefined;
    // Jobs that name a base group rather than a cohort are resolved by the capability that owns them.
    const subject = await subjectOf?.(job);
    const cohortId = named ?? subject?.cohortId;
    if (!cohortId) return;
    const detail = (lang: 'nb' | 'en'): string | undefined => (typeof subject?.detail === 'string' ? subject.detail : subject?.detail?.[lang]);
    const what = (lang: 'nb' | 'en'): string => { const d = detail(lang); return `${describeJobType(job.type, lang)}${d ? ` (${d})` : ''}`; };
    const todo = remedy(job.type);
    const text: Text = {
      nb: `En oppgave ga opp etter ${job.attempts} forsøk og trenger en koordinator: ${what('nb')}. ${todo.nb} (Teknisk årsak, for IT: ${reason})`,
      en: `A task gave up after ${job.attempts} attempts and needs a coordinator: ${what('en')}. ${todo.en} (Technical cause, for IT: ${reason})`,
    };
    const alert = { cohortId, text: { nb: text.nb, en: text.en }, alertId: `dead-letter:${job.id}` } satisfies NotifyCoordinatorsPayload;
    await store.commit([{ op: 'enqueue', job: { type: NOTIFY_COORDINATORS_JOB, key: notifyCoordinatorsJobKey(alert.alertId), payload: alert, runAt: now() } }]);
  };
}

/** What a coordinator can do about a given-up task of each kind. */
function remedy(type: string): Text {
  if (type === 'bookings.book-participant') {
    return { nb: 'Lederbot prøver ikke igjen: sjekk at personen er påmeldt samlingene, og inviter dem i Outlook ved behov.', en: 'Lederbot will not try again: check that the person is booked into the gatherings, and invite them in Outlook if needed.' };
  }
  if (type.startsWith('bookings.')) {
    return { nb: 'Lederbot prøver igjen ved neste endring; sjekk samlingen i arrangørens Outlook-kalender i mellomtiden.', en: "Lederbot tries again at the next change; meanwhile check the gathering in the organizer's Outlook calendar." };
  }
  if (type.startsWith('checkins.')) {
    return { nb: 'Sjekk at Lederbot fortsatt er med i basisgruppens chat; legg den til igjen om den er fjernet.', en: "Check that Lederbot is still in the base group's chat; add it again if it was removed." };
  }
  return { nb: 'Be IT se på feilen.', en: 'Please ask IT to look at the error.' };
}

/** A job type in the coordinators' words (the tab lists given-up jobs with it). */
export function describeJobType(type: string, lang: 'nb' | 'en'): string {
  const known: Record<string, Text> = {
    'bookings.book-participant': { nb: 'påmelding av deltaker til samlingene', en: 'booking a participant into the gatherings' },
    'bookings.sync-event': { nb: 'oppdatering av deltakerlisten i Outlook-hendelsen for en samling', en: "updating the attendees of a gathering's Outlook event" },
    'bookings.publish-cohort': { nb: 'oppretting av kullets samlinger i Outlook', en: "creating the cohort's gatherings in Outlook" },
    'checkins.post': { nb: 'utsending av sjekk-inn til en basisgruppe', en: 'posting a check-in to a base group' },
    'checkins.remind': { nb: 'påminnelse om sjekk-inn', en: 'a check-in reminder' },
    'checkins.remind-member': { nb: 'påminnelse om sjekk-inn til et medlem', en: 'a check-in reminder to a member' },
    'reach.install-app': { nb: 'installasjon av Lederbot for en person som boten må nå', en: 'installing Lederbot for a person the bot must reach' },
    'checkins.digest': { nb: 'oppsummering av sjekk-inn til en basisgruppe', en: 'a check-in digest to a base group' },
  };
  return known[type]?.[lang] ?? type;
}
