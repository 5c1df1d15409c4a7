import { createHash } from 'node:crypto';
import type { Cohort, Gathering, Program } from '../../../catalog/catalog.schema';

/** What the organizer's Outlook event of one gathering says. Times are Oslo wall-clock, as in the catalog. */
export interface EventDraft {
  /** Stable per gathering, so a retried create never makes a second event (Graph's transactionId). */
  readonly transactionId: string;
  readonly subject: string;
  readonly bodyHtml: string;
  readonly start: string;
  readonly end: string;
  readonly location?: string;
  /** Online or hybrid gatherings get a Teams meeting. */
  readonly online: boolean;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const eventKey = (cohortId: string, gatheringId: string): string => `${cohortId}/${gatheringId}`;

/**
 * The event text, in bokmål first and English after: an invitation goes to everyone in the cohort, and the
 * organizer's mailbox has one language. Undefined for a gathering that has no dates yet.
 */
export function eventDraft(program: Program, cohort: Cohort, gathering: Gathering): EventDraft | undefined {
  if (!gathering.start || !gathering.end) return undefined;
  const place = gathering.place ? [gathering.place.name, gathering.place.address].filter(Boolean).join(', ') : undefined;
  const agenda = gathering.agenda;
  const body = [
    `<p><strong>${esc(program.name.nb)}</strong> – ${esc(cohort.name.nb)}</p>`,
    agenda ? `<p>${esc(agenda.nb)}</p>` : '',
    place ? `<p>Sted: ${esc(place)}</p>` : '',
    '<hr/>',
    `<p><strong>${esc(program.name.en)}</strong> – ${esc(cohort.name.en)}</p>`,
    agenda ? `<p>${esc(agenda.en)}</p>` : '',
    place ? `<p>Place: ${esc(place)}</p>` : '',
  ].filter(Boolean).join('');
  return {
    transactionId: `lederbot.${cohort.id}.${gathering.id}`,
    subject: `${cohort.name.nb}: ${gathering.title.nb}`,
    bodyHtml: body,
    start: gathering.start,
    end: gathering.end,
    ...(place ? { location: place } : {}),
    online: gathering.mode !== 'onsite',
  };
}

/** Fingerprint of what the event says, so a catalog edit is noticed and written to the event once. */
export function draftHash(draft: EventDraft): string {
  const { transactionId: _id, ...details } = draft;
  return createHash('sha256').update(JSON.stringify(details)).digest('hex').slice(0, 16);
}
