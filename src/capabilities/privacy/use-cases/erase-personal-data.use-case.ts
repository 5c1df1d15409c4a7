import type { Text } from '../../../shared/i18n';
import { NOTIFY_COORDINATORS_JOB, notifyCoordinatorsJobKey, type NotifyCoordinatorsPayload } from '../../../shared/integration-jobs';
import type { DataSubject, PersonalDataCategory } from '../../../shared/personal-data.port';
import type { Json, WriteOp } from '../../../shared/store.port';
import { newPseudonym } from '../domain/pseudonym';
import type { PrivacyDeps } from '../ports';
import { dataSubject } from './data-subject';

export interface EraseOutcome {
  /** Counts of what went, by category; empty when nothing about the person was left (a second erase). */
  readonly erased: Readonly<Partial<Record<PersonalDataCategory, number>>>;
  readonly cohortsNotified: number;
}

const ATTEMPTS = 10;
/** Shorter names are common words in other text ("Are", "Per"): they are not searched for in the outbox. */
const MIN_NAME_LENGTH = 5;

/** The coordinators' notice: in words, without the person's name (that is what was erased). */
export const erasedNotice = (pseudonym: string): Text => ({
  nb: `En person har slettet sine data i Lederbot. Nominasjoner og beslutninger er beholdt under pseudonymet ${pseudonym}, uten begrunnelser; påmeldinger er kansellert og personen er fjernet fra kalenderhendelsene; svar på sjekk-inn er slettet. Står personen i people-listen i roles.json, fjern dem der også.`,
  en: `A person has erased their data in Lederbot. Nominations and decisions are kept under the pseudonym ${pseudonym}, without reasons; bookings are cancelled and the person is removed from the calendar events; check-in answers are deleted. If the person is in the people list of roles.json, remove them there too.`,
});

/** Ops that take every id and name of the person out of the job outbox (see RedactJobs in the store port). */
function redactions(subject: DataSubject, pseudonym: string): WriteOp[] {
  const ids = [subject.aadObjectId, ...subject.userIds, ...subject.conversationIds, ...subject.emails];
  const names = subject.names.filter((n) => n.length >= MIN_NAME_LENGTH);
  return [
    ...ids.map((find): WriteOp => ({ op: 'redact-jobs', find, replace: pseudonym, cancelPending: true })),
    ...names.map((find): WriteOp => ({ op: 'redact-jobs', find, replace: pseudonym, cancelPending: false })),
  ];
}

/**
 * Erases the caller (only ever the caller: the id comes from the authenticated activity) in one commit: every
 * capability's erase ops, the outbox redactions, and one notice to each affected cohort's coordinators. A
 * concurrent change conflicts the commit and the plan is made again. When nothing is left, nothing is written.
 */
export async function erasePersonalData(deps: PrivacyDeps, aadObjectId: string): Promise<EraseOutcome> {
  const pseudonym = newPseudonym();
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const subject = await dataSubject(deps, aadObjectId);
    const now = deps.clock.now();
    const plans = await Promise.all(deps.holders.map((h) => h.erase(subject, pseudonym, now)));
    const ops = plans.flatMap((p) => p.ops);
    if (ops.length === 0) return { erased: {}, cohortsNotified: 0 };
    const cohorts = [...new Set(plans.flatMap((p) => p.cohortIds))];
    const notices = cohorts.map((cohortId): WriteOp => {
      const alertId = `privacy.erased:${pseudonym}:${cohortId}`;
      const payload: NotifyCoordinatorsPayload = { cohortId, alertId, text: erasedNotice(pseudonym) };
      return { op: 'enqueue', job: { type: NOTIFY_COORDINATORS_JOB, key: notifyCoordinatorsJobKey(alertId), payload: payload as unknown as Json, runAt: now } };
    });
    const committed = await deps.store.commit([...ops, ...redactions(subject, pseudonym), ...notices]);
    if (!committed.ok) continue;
    deps.forget(aadObjectId);
    deps.notifyJobs();
    const erased: Partial<Record<PersonalDataCategory, number>> = {};
    for (const p of plans) for (const [k, v] of Object.entries(p.erased)) erased[k as PersonalDataCategory] = (erased[k as PersonalDataCategory] ?? 0) + (v ?? 0);
    // The log names the pseudonym, never the person.
    deps.logger.info('personal data erased', { pseudonym, cohorts: cohorts.length, ...erased });
    return { erased, cohortsNotified: cohorts.length };
  }
  throw new Error(`erasing personal data kept conflicting after ${ATTEMPTS} attempts`);
}
