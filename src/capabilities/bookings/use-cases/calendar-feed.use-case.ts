import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Cohort, Gathering, Program } from '../../../catalog/catalog.schema';
import { timesNotAnnounced } from '../../../catalog/gathering-time';
import type { Lang } from '../../../shared/i18n';
import type { BookingStatus } from '../domain/booking';
import { eventDraft } from '../domain/event-draft';
import type { BookingsDeps } from '../ports';
import { BookingRepository } from '../store/booking.repository';

export type FeedScope = 'cohort' | 'person';

/**
 * Feed addresses carry an HMAC of what they show, so only someone given the link can read a person's bookings,
 * and a link cannot be edited into someone else's.
 */
export function feedToken(secret: string, scope: FeedScope, id: string): string {
  return createHmac('sha256', secret).update(`${scope}:${id}`).digest('base64url').slice(0, 32);
}

export function feedTokenValid(secret: string, scope: FeedScope, id: string, token: string): boolean {
  const want = Buffer.from(feedToken(secret, scope, id));
  const got = Buffer.from(token);
  return want.length === got.length && timingSafeEqual(want, got);
}

export interface FeedEntry {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  readonly location?: string;
  readonly start: string;
  readonly end: string;
  readonly allDay?: boolean;
  readonly status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

const cap = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;

function entry(program: Program, cohort: Cohort, g: Gathering, lang: Lang, status: FeedEntry['status'], note?: string): FeedEntry | undefined {
  const draft = eventDraft(program, cohort, g);
  if (!draft) return undefined;
  return {
    uid: `${cohort.id}.${g.id}@lederbot`,
    summary: `${cohort.name[lang]}: ${g.title[lang]}${note ? ` (${note})` : ''}`,
    description: [
      program.name[lang], g.agenda?.[lang], draft.allDay ? cap(timesNotAnnounced[lang]) : undefined, g.sharedNote?.[lang],
      ...g.assumptions.map((a) => `${lang === 'nb' ? 'Antakelse' : 'Assumption'}: ${a.note[lang]}`),
    ].filter(Boolean).join('\n'),
    ...(draft.location ? { location: draft.location } : {}),
    start: draft.start, end: draft.end, ...(draft.allDay ? { allDay: true } : {}), status,
  };
}

/** Every dated gathering of a cohort. */
export function cohortFeed(deps: BookingsDeps, cohortId: string, lang: Lang): { name: string; entries: FeedEntry[] } | undefined {
  const found = deps.catalog.cohort(cohortId);
  if (!found) return undefined;
  const entries = found.cohort.gatherings.map((g) => entry(found.program, found.cohort, g, lang, 'CONFIRMED')).filter((e): e is FeedEntry => e !== undefined);
  return { name: found.cohort.name[lang], entries };
}

const statusOf: Record<BookingStatus, FeedEntry['status']> = { booked: 'CONFIRMED', waitlisted: 'TENTATIVE', cancelled: 'CANCELLED', declined: 'CANCELLED' };

/** A person's gatherings; cancelled ones stay in the feed as cancelled, so subscribed calendars remove them. */
export async function personFeed(deps: BookingsDeps, aadObjectId: string, lang: Lang): Promise<{ name: string; entries: FeedEntry[] }> {
  const entries: FeedEntry[] = [];
  for (const b of await new BookingRepository(deps.store).ofPerson(aadObjectId)) {
    const found = deps.catalog.cohort(b.cohortId);
    const g = found?.cohort.gatherings.find((x) => x.id === b.gatheringId);
    if (!found || !g) continue;
    const note = b.status === 'waitlisted' ? (lang === 'nb' ? 'venteliste' : 'waitlist') : undefined;
    const e = entry(found.program, found.cohort, g, lang, statusOf[b.status], note);
    if (e) entries.push(e);
  }
  return { name: lang === 'nb' ? 'Mine samlinger' : 'My gatherings', entries };
}
