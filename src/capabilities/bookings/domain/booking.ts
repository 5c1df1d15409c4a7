/**
 * A person's seat in one gathering. The booking is the source of truth; the Outlook event's attendee list is
 * derived from the booked (and declined) seats by the sync job, so a lost Graph write is repaired by the next.
 */
export type BookingStatus = 'booked' | 'waitlisted' | 'cancelled' | 'declined';

export interface Participant {
  readonly aadObjectId: string;
  readonly name: string;
  /** Mail address for the invitation; resolved from the directory when the nomination did not carry one. */
  readonly email?: string;
}

export interface Booking {
  readonly cohortId: string;
  readonly gatheringId: string;
  readonly participant: Participant;
  readonly status: BookingStatus;
  /** Order of arrival in this gathering; the waitlist is promoted lowest first. */
  readonly seq: number;
  readonly source: 'nomination' | 'application' | 'chat';
  readonly sourceId: string;
  readonly updatedAt: string;
}

/** Seats that count against capacity. A decline frees the seat; the person stays on the event as declined. */
export const holdsSeat = (b: Booking): boolean => b.status === 'booked';
export const isActive = (b: Booking): boolean => b.status === 'booked' || b.status === 'waitlisted';

/** First in line on a gathering's waitlist. */
export function nextInLine(bookings: readonly Booking[]): Booking | undefined {
  return bookings.filter((b) => b.status === 'waitlisted').sort((a, b) => a.seq - b.seq)[0];
}

/** Place on the waitlist, 1-based (for "you are number 3 on the waitlist"). */
export function waitlistPosition(bookings: readonly Booking[], aadObjectId: string): number | undefined {
  const line = bookings.filter((b) => b.status === 'waitlisted').sort((a, b) => a.seq - b.seq);
  const i = line.findIndex((b) => b.participant.aadObjectId === aadObjectId);
  return i < 0 ? undefined : i + 1;
}
