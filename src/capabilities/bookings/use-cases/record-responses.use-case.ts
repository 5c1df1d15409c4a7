import type { BookingsDeps } from '../ports';
import { BookingRepository, CALENDAR_CURSOR, PERSON_ADDRESS } from '../store/booking.repository';
import { cancelBooking } from './cancel-booking.use-case';

const DAY = 86_400_000;
/** The delta window: from yesterday to a year ahead covers every gathering still to come. */
const windowAt = (now: Date): { start: Date; end: Date } => ({ start: new Date(now.getTime() - DAY), end: new Date(now.getTime() + 366 * DAY) });

/**
 * Reads attendee responses that changed in the organizer's calendar since the last read (Graph calendarView
 * delta) and turns a decline of a booked participant into a freed seat, a waitlist promotion and an alert.
 * The cursor is saved only after every decline is recorded, so a crash re-reads rather than loses one.
 */
export async function recordResponses(deps: BookingsDeps, mailbox: string): Promise<{ declined: number }> {
  const repo = new BookingRepository(deps.store);
  const saved = await deps.store.get<{ cursor: string }>(CALENDAR_CURSOR, mailbox);
  const changes = await deps.calendar.responses(mailbox, windowAt(deps.clock.now()), saved?.value.cursor);
  let declined = 0;
  for (const event of changes.events) {
    const where = await repo.gatheringOfEvent(event.id);
    if (!where) continue;
    const refusals = new Set(event.attendees.filter((a) => a.response === 'declined').map((a) => a.address.toLowerCase()));
    if (refusals.size === 0) continue;
    for (const b of await repo.ofGathering(where.cohortId, where.gatheringId)) {
      const address = b.participant.email ?? (await deps.store.get<string>(PERSON_ADDRESS, b.participant.aadObjectId))?.value;
      if (b.status !== 'booked' || !address || !refusals.has(address.toLowerCase())) continue;
      const r = await cancelBooking(deps, { ...where, aadObjectId: b.participant.aadObjectId, reason: 'declined', selfService: false });
      if (r.ok) declined += 1;
    }
  }
  await deps.store.commit([{ op: 'upsert', kind: CALENDAR_CURSOR, key: mailbox, value: { cursor: changes.cursor } }]);
  return { declined };
}
