import type { Cohort, Gathering, Localized } from '../../../catalog/catalog.schema';
import { formatWhen } from '../../../catalog/gathering-time';
import type { Booking } from '../../bookings/domain/booking';
import { formatPeriod } from '../../../shared/oslo-time';

/** One gathering's seats as coordinators count them: booked against capacity, the waitlist, the declines. */
export interface GatheringSeats {
  readonly gatheringId: string;
  readonly number: number;
  readonly title: Localized;
  readonly when: Localized;
  /** The gathering's own capacity, else the cohort's; absent when neither sets one. */
  readonly capacity: number | undefined;
  readonly booked: number;
  readonly waitlisted: number;
  readonly declined: number;
  readonly cancelled: number;
}

export const whenText = (g: Gathering): Localized =>
  g.period !== undefined ? { nb: formatPeriod(g.period, 'nb'), en: formatPeriod(g.period, 'en') } : { nb: formatWhen(g, 'nb'), en: formatWhen(g, 'en') };

export function seatSummary(cohort: Cohort, g: Gathering, bookings: readonly Booking[]): GatheringSeats {
  const count = (s: Booking['status']): number => bookings.filter((b) => b.status === s).length;
  return {
    gatheringId: g.id, number: g.number, title: g.title, when: whenText(g), capacity: g.capacity ?? cohort.capacity,
    booked: count('booked'), waitlisted: count('waitlisted'), declined: count('declined'), cancelled: count('cancelled'),
  };
}
