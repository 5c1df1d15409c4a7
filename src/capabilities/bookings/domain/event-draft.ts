import { createHash } from 'node:crypto';
import type { Cohort, Gathering, Program } from '../../../catalog/catalog.schema';
import { whenOf } from '../../../catalog/gathering-time';

/** What the organizer's Outlook event of one gathering says. Times are Oslo wall-clock, as in the catalog. */
export interface EventDraft {
  /** Stable per gathering, so a retried create never makes a second event (Graph's transactionId). */
  readonly transactionId: string;
  readonly subject: string;
  readonly bodyHtml: string;
  readonly start: string;
  /** Exclusive; for an all-day event midnight after the last day. */
  readonly end: string;
  /** The catalog has days but no hours: an all-day (multi-day) event rather than invented times. */
  readonly allDay?: true;
  readonly location?: string;
  /** Online or hybrid gatherings get a Teams meeting. */
  readonly online: boolean;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const eventKey = (cohortId: string, gatheringId: string): string => `${cohortId}/${gatheringId}`;

/**
 * The event text, in bokmål first and English after: an invitation goes to everyone in the cohort, and the
 * organizer's mailbox has one language. Undefined for a gathering dated only by month. A gathering without hours
 * becomes an all-day event and says that the times are not announced; values the catalog marks as assumptions
 * are shown as such, so nobody reads them as the program's rule.
 */
export function eventDraft(program: Program, cohort: Cohort, gathering: Gathering): EventDraft | undefined {
  const when = whenOf(gathering);
  if (!when || when.kind === 'month') return undefined;
  const allDay = when.kind === 'days';
  const place = gathering.place ? [gathering.place.name, gathering.place.address].filter(Boolean).join(', ') : undefined;
  const agenda = gathering.agenda;
  const notes = (lang: 'nb' | 'en'): string => [
    allDay ? `<p>${lang === 'nb' ? 'Klokkeslett er ikke kunngjort.' : 'Times not announced.'}</p>` : '',
    gathering.sharedNote ? `<p>${esc(gathering.sharedNote[lang])}</p>` : '',
    ...gathering.assumptions.map((a) => `<p>${lang === 'nb' ? 'Antakelse' : 'Assumption'}: ${esc(a.note[lang])}</p>`),
  ].join('');
  const body = [
    `<p><strong>${esc(program.name.nb)}</strong> – ${esc(cohort.name.nb)}</p>`,
    agenda ? `<p>${esc(agenda.nb)}</p>` : '',
    place ? `<p>Sted: ${esc(place)}</p>` : '',
    notes('nb'),
    '<hr/>',
    `<p><strong>${esc(program.name.en)}</strong> – ${esc(cohort.name.en)}</p>`,
    agenda ? `<p>${esc(agenda.en)}</p>` : '',
    place ? `<p>Place: ${esc(place)}</p>` : '',
    notes('en'),
  ].filter(Boolean).join('');
  return {
    transactionId: `lederbot.${cohort.id}.${gathering.id}`,
    subject: `${cohort.name.nb}: ${gathering.title.nb}`,
    bodyHtml: body,
    start: when.start,
    end: when.end,
    ...(allDay ? { allDay: true as const } : {}),
    ...(place ? { location: place } : {}),
    online: gathering.mode !== 'onsite',
  };
}

/** Fingerprint of what the event says, so a catalog edit is noticed and written to the event once. */
export function draftHash(draft: EventDraft): string {
  const { transactionId: _id, ...details } = draft;
  return createHash('sha256').update(JSON.stringify(details)).digest('hex').slice(0, 16);
}
