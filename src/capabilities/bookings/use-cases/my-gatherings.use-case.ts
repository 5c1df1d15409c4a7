import type { Gathering } from '../../../catalog/catalog.schema';
import { instantsOf, whenOf } from '../../../catalog/gathering-time';
import type { Text } from '../../../shared/i18n';
import { isActive, waitlistPosition, type BookingStatus } from '../domain/booking';
import { bookingWindow, cutoffOf, type WindowState } from '../domain/seat-rules';
import type { BookingsDeps } from '../ports';
import { BookingRepository, type CalendarEventRecord } from '../store/booking.repository';

export interface GatheringView {
  readonly cohortId: string;
  readonly cohortName: Text;
  readonly gathering: Gathering;
  readonly status: BookingStatus | 'not-booked';
  readonly waitlistPosition?: number;
  readonly window: WindowState;
  readonly canCancel: boolean;
  readonly canBook: boolean;
  /** A required gathering the person left themselves: they may take it back until the cut-off. */
  readonly canRebook: boolean;
  /** When booking and cancelling here close (undefined while the gathering has only a month). */
  readonly cutoffAt?: Date;
  readonly joinUrl?: string;
}

/**
 * "Mine samlinger": every gathering of the cohorts a person is booked into, upcoming first, with what they may
 * do now (cancel before the cut-off, book an optional session, take back a required gathering they left).
 * Past gatherings are left out. Only the person's own cancellations make a booking 'cancelled' (a decline in
 * Outlook is 'declined'), so a cohort whose every gathering they left still shows, with its way back.
 */
export async function myGatherings(deps: BookingsDeps, aadObjectId: string): Promise<GatheringView[]> {
  const repo = new BookingRepository(deps.store);
  const now = deps.clock.now();
  const mine = await repo.ofPerson(aadObjectId);
  const cohortIds = [...new Set(mine.filter((b) => isActive(b) || b.status === 'cancelled').map((b) => b.cohortId))];
  const out: GatheringView[] = [];
  for (const cohortId of cohortIds) {
    const found = deps.catalog.cohort(cohortId);
    if (!found) continue;
    for (const g of found.cohort.gatherings) {
      // A month-only gathering is one unit: it is past only when its month has ended.
      const span = instantsOf(g);
      if (span && span.end <= now) continue;
      const b = mine.find((x) => x.cohortId === cohortId && x.gatheringId === g.id);
      const status = b?.status ?? 'not-booked';
      if (!g.optional && status === 'not-booked') continue;
      const window = bookingWindow(found.cohort, g, now);
      // A required gathering left after the cut-off is not shown: there is nothing left to do with it here.
      if (!g.optional && status === 'cancelled' && window !== 'open') continue;
      const cutoffAt = cutoffOf(found.cohort, g);
      const position = status === 'waitlisted' ? waitlistPosition(await repo.ofGathering(cohortId, g.id), aadObjectId) : undefined;
      const rec = status === 'booked' ? (await repo.calendarEvent(cohortId, g.id))?.value as unknown as CalendarEventRecord | undefined : undefined;
      out.push({
        cohortId, cohortName: found.cohort.name, gathering: g, status, window,
        canCancel: window === 'open' && (status === 'booked' || status === 'waitlisted'),
        canBook: window === 'open' && g.optional && !(status === 'booked' || status === 'waitlisted'),
        canRebook: window === 'open' && !g.optional && status === 'cancelled',
        ...(cutoffAt ? { cutoffAt } : {}),
        ...(position ? { waitlistPosition: position } : {}),
        ...(rec?.joinUrl ? { joinUrl: rec.joinUrl } : {}),
      });
    }
  }
  return out.sort((a, b) => sortKey(a.gathering).localeCompare(sortKey(b.gathering)));
}

const sortKey = (g: Gathering): string => whenOf(g)?.start ?? '9999';
