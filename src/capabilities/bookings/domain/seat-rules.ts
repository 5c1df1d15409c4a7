import type { Cohort, Gathering } from '../../../catalog/catalog.schema';
import { instantsOf } from '../../../catalog/gathering-time';

/** Outlook accepts at most 500 attendees on one event, so no gathering can seat more through the bot. */
export const MAX_ATTENDEES = 500;

/** Seats of a gathering: its own capacity, else the cohort's, never above what one Outlook event holds. */
export function capacityOf(cohort: Cohort, gathering: Gathering): number {
  return Math.min(gathering.capacity ?? cohort.capacity ?? MAX_ATTENDEES, MAX_ATTENDEES);
}

/**
 * A gathering's time span (a gathering without hours spans its whole days), or undefined while the documents
 * give only a month.
 */
export function spanOf(gathering: Gathering): { start: Date; end: Date } | undefined {
  if (gathering.period !== undefined) return undefined;
  return instantsOf(gathering);
}

/** The instant self-service booking and cancelling close; undefined while the gathering has only a month. */
export function cutoffOf(cohort: Cohort, gathering: Gathering): Date | undefined {
  const span = spanOf(gathering);
  return span ? new Date(span.start.getTime() - cohort.bookingCutoffHours * 3_600_000) : undefined;
}

export type WindowState = 'open' | 'closed' | 'started';

/**
 * Self-service booking and cancelling close `bookingCutoffHours` before the start, so the organizer has final
 * numbers for the hotel. A gathering dated only by month stays open until it gets dates.
 */
export function bookingWindow(cohort: Cohort, gathering: Gathering, now: Date): WindowState {
  const span = spanOf(gathering);
  if (!span) return 'open';
  if (now >= span.start) return 'started';
  const cutoff = span.start.getTime() - cohort.bookingCutoffHours * 3_600_000;
  return now.getTime() >= cutoff ? 'closed' : 'open';
}

/** True when two gatherings overlap in time (a person cannot be at both: no double booking). */
export function overlaps(a: Gathering, b: Gathering): boolean {
  const x = spanOf(a);
  const y = spanOf(b);
  if (!x || !y) return false;
  return x.start < y.end && y.start < x.end;
}

/** What a new booking gets: a seat while there is one, else a place on the waitlist. */
export const seatFor = (seatsTaken: number, capacity: number): 'booked' | 'waitlisted' =>
  (seatsTaken < capacity ? 'booked' : 'waitlisted');
