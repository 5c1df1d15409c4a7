import type { Booking } from '../../src/capabilities/bookings/domain/booking';
import { BookingRepository } from '../../src/capabilities/bookings/store/booking.repository';
import { bookParticipant } from '../../src/capabilities/bookings/use-cases/book-participant.use-case';
import { cancelBooking } from '../../src/capabilities/bookings/use-cases/cancel-booking.use-case';
import { myGatherings } from '../../src/capabilities/bookings/use-cases/my-gatherings.use-case';
import { NOTIFY_COORDINATORS_JOB, NOTIFY_PARTICIPANT_JOB } from '../../src/shared/integration-jobs';
import { bookingsWorld, OTHER, person, SMALL } from '../support/bookings-world';

const statuses = async (w: ReturnType<typeof bookingsWorld>, gatheringId: string): Promise<Record<string, string>> => {
  const list = await new BookingRepository(w.store).ofGathering(SMALL, gatheringId);
  return Object.fromEntries(list.map((b: Booking) => [b.participant.name, b.status]));
};

describe('booking rules', () => {
  it('seats the first two approvals in every required gathering and waitlists the third; optional sessions are not booked', async () => {
    const w = bookingsWorld({ capacity: 2 });
    for (const n of [1, 2, 3]) await w.approve(n);
    await w.runner.drain();
    for (const g of ['samling-1', 'samling-2', 'samling-3']) {
      expect(await statuses(w, g)).toEqual({ 'Deltaker 1': 'booked', 'Deltaker 2': 'booked', 'Deltaker 3': 'waitlisted' });
    }
    expect(await statuses(w, 'samling-4')).toEqual({});
    const ledger = await new BookingRepository(w.store).ledger(SMALL, 'samling-1');
    expect(ledger.value.seatsTaken).toBe(2);
  });

  it('never books a person twice: a repeated approval changes nothing', async () => {
    const w = bookingsWorld();
    const input = { cohortId: SMALL, participant: person(1), source: 'nomination' as const, sourceId: 'n1', selfService: false };
    await bookParticipant(w.deps, input);
    const again = await bookParticipant(w.deps, input);
    expect(again.ok && again.value.map((o) => o.result)).toEqual(['already', 'already', 'already']);
    expect((await new BookingRepository(w.store).ledger(SMALL, 'samling-1')).value.seatsTaken).toBe(1);
  });

  it('gives a cancelled seat to the first on the waitlist, tells them, and refuses to cancel inside the cut-off', async () => {
    const w = bookingsWorld({ capacity: 2 });
    for (const n of [1, 2, 3, 4]) await w.approve(n);
    await w.runner.drain();
    const r = await cancelBooking(w.deps, { cohortId: SMALL, gatheringId: 'samling-2', aadObjectId: person(1).aadObjectId, reason: 'cancelled', selfService: true });
    expect(r.ok && r.value.promoted?.name).toBe('Deltaker 3');
    expect(await statuses(w, 'samling-2')).toEqual({ 'Deltaker 1': 'cancelled', 'Deltaker 2': 'booked', 'Deltaker 3': 'booked', 'Deltaker 4': 'waitlisted' });
    const notices = await w.store.jobs.list({ type: NOTIFY_PARTICIPANT_JOB });
    expect(notices.map((j) => (j.payload as { aadObjectId: string }).aadObjectId)).toEqual([person(3).aadObjectId]);
    expect((notices[0].payload as { text: { nb: string } }).text.nb).toContain('Samling 2');

    // 47 hours before gathering 1 (cut-off 48 h): nothing may change.
    w.clock.set('2025-02-11T11:00:00Z');
    const late = await cancelBooking(w.deps, { cohortId: SMALL, gatheringId: 'samling-1', aadObjectId: person(2).aadObjectId, reason: 'cancelled', selfService: true });
    expect(late).toEqual({ ok: false, error: { code: 'closed' } });
    expect((await statuses(w, 'samling-1'))['Deltaker 2']).toBe('booked');
  });

  it('refuses a booking that overlaps another gathering of the person and tells the coordinators', async () => {
    const w = bookingsWorld();
    await w.approve(1, OTHER);
    await w.approve(1, SMALL);
    await w.runner.drain();
    expect(await statuses(w, 'samling-1')).toEqual({});
    expect((await statuses(w, 'samling-2'))['Deltaker 1']).toBe('booked');
    const alerts = await w.store.jobs.list({ type: NOTIFY_COORDINATORS_JOB });
    expect(alerts).toHaveLength(1);
    expect((alerts[0].payload as { text: { en: string } }).text.en).toContain('overlaps Gathering 1 (Other cohort 2025)');
  });

  it('books optional sessions on request with their own capacity, and lists them in "mine samlinger"', async () => {
    const w = bookingsWorld();
    for (const n of [1, 2]) await w.approve(n);
    await w.runner.drain();
    const book = (n: number) => bookParticipant(w.deps, { cohortId: SMALL, gatheringIds: ['samling-4'], participant: person(n), source: 'chat', sourceId: 'chat', selfService: true });
    expect((await book(1)).ok && (await statuses(w, 'samling-4'))['Deltaker 1']).toBe('booked');
    const second = await book(2);
    expect(second.ok && second.value[0].result).toBe('waitlisted');
    const views = await myGatherings(w.deps, person(2).aadObjectId);
    expect(views.map((v) => [v.gathering.id, v.status, v.waitlistPosition ?? null, v.canCancel])).toEqual([
      ['samling-1', 'booked', null, true], ['samling-2', 'booked', null, true], ['samling-4', 'waitlisted', 1, true], ['samling-3', 'booked', null, true],
    ]);
  });

  it('keeps the last seat for exactly one of two concurrent bookings', async () => {
    const w = bookingsWorld({ capacity: 1 });
    const results = await Promise.all([1, 2].map((n) => bookParticipant(w.deps, { cohortId: SMALL, participant: person(n), source: 'nomination', sourceId: `n${n}`, selfService: false })));
    const firsts = results.map((r) => (r.ok ? r.value[0].result : 'error')).sort();
    expect(firsts).toEqual(['booked', 'waitlisted']);
    expect((await new BookingRepository(w.store).ledger(SMALL, 'samling-1')).value.seatsTaken).toBe(1);
  });
});
