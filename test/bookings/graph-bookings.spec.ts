import { createGraphClient } from '../../src/adapters/graph/graph-client';
import { GraphCalendar } from '../../src/adapters/graph/graph-calendar';
import type { Booking } from '../../src/capabilities/bookings/domain/booking';
import { BookingRepository } from '../../src/capabilities/bookings/store/booking.repository';
import { cancelBooking } from '../../src/capabilities/bookings/use-cases/cancel-booking.use-case';
import { publishCohort } from '../../src/capabilities/bookings/use-cases/publish-cohort.use-case';
import { recordResponses } from '../../src/capabilities/bookings/use-cases/record-responses.use-case';
import { NOTIFY_COORDINATORS_JOB, NOTIFY_PARTICIPANT_JOB } from '../../src/shared/integration-jobs';
import { bookingsWorld, ORGANIZER, person, SMALL, type BookingsWorld } from '../support/bookings-world';
import { GraphEmulator } from '../support/graph-emulator';
import { testGraphCredential, trustingFetch } from '../support/trust-certificate';

/**
 * The real Graph SDK client with an @azure/identity-shaped credential, against the HTTPS Graph emulator:
 * what reaches Outlook is read back from the emulator's mailbox.
 */
describe('bookings in Outlook through Microsoft Graph', () => {
  const graph = new GraphEmulator({ latencyMs: 5 });
  beforeAll(() => graph.start());
  afterAll(() => graph.stop());
  beforeEach(() => graph.reset());

  const world = (capacity = 10): BookingsWorld => bookingsWorld({
    capacity, calendar: () => new GraphCalendar(createGraphClient(graph.url, testGraphCredential, trustingFetch(graph.certPem)), { sleep: () => Promise.resolve() }),
  });
  const attendees = (gatheringNumber: number): string[] => {
    const e = graph.events(ORGANIZER).find((x) => x.subject.endsWith(`Samling ${gatheringNumber}`) && !x.isCancelled);
    return (e?.attendees ?? []).map((a) => a.emailAddress.address).sort();
  };
  const emails = (...ns: number[]): string[] => ns.map((n) => person(n).email).sort();
  const bookings = async (w: BookingsWorld, g: string): Promise<Record<string, string>> =>
    Object.fromEntries((await new BookingRepository(w.store).ofGathering(SMALL, g)).map((b: Booking) => [b.participant.name, b.status]));

  it('creates each gathering once, in Oslo time, and invites every booked participant with one PATCH per event', async () => {
    const w = world();
    for (const n of [1, 2, 3, 4, 5, 6]) await w.approve(n);
    await w.runner.drain();
    const events = graph.events(ORGANIZER);
    expect(events.map((e) => e.subject).sort()).toEqual(['Lite kull 2025: Samling 1', 'Lite kull 2025: Samling 2', 'Lite kull 2025: Samling 3']);
    const first = events.find((e) => e.subject.endsWith('Samling 1'));
    expect(first?.start.dateTime.startsWith('2025-02-13T11:00:00')).toBe(true);
    expect(first?.start.timeZone).toBe('W. Europe Standard Time');
    expect(first?.location?.displayName).toBe('Wood Hotel, Brumunddal');
    for (const n of [1, 2, 3]) expect(attendees(n)).toEqual(emails(1, 2, 3, 4, 5, 6));
    const patches = graph.requests.filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(3);
    expect(new Set(graph.tokens)).toEqual(new Set(['Bearer test-graph-token']));
  });

  it('publishes a cohort in one $batch, re-sends a throttled sub-request after its Retry-After, and a retry creates no second event', async () => {
    const w = world();
    graph.inject({ status: 429, retryAfterSeconds: 2, match: { method: 'POST', pathIncludes: '/events' } });
    expect(await publishCohort(w.deps, SMALL)).toEqual({ created: 4, resynced: 0 });
    const batches = graph.requests.filter((r) => r.path.includes('$batch') && !r.batched);
    expect(batches.length).toBe(2);
    expect(graph.requests.filter((r) => r.batched && r.status === 429)).toHaveLength(1);
    expect(graph.events(ORGANIZER)).toHaveLength(4);
    // The optional online session is a Teams meeting.
    expect(graph.events(ORGANIZER).find((e) => e.subject.endsWith('Valgfritt webinar'))?.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    // The record of one event is lost (a crash before it was stored): publishing again finds the same event.
    await w.store.commit([{ op: 'delete', kind: 'calendar-event', key: `${SMALL}/samling-1` }]);
    await publishCohort(w.deps, SMALL);
    expect(graph.events(ORGANIZER)).toHaveLength(4);
  });

  it('re-reads and retries on 412 when the event changed in Outlook, keeping attendees the organizer added by hand', async () => {
    const w = world(2);
    for (const n of [1, 2, 3]) await w.approve(n);
    await w.runner.drain();
    const event = graph.events(ORGANIZER).find((e) => e.subject.endsWith('Samling 2'));
    if (!event) throw new Error('no event');
    // The organizer adds a guest in Outlook: the change key moves.
    const res = await fetch(`${graph.url}/v1.0/users/${ORGANIZER}/events/${event.id}`, {
      ...(trustingFetch(graph.certPem) as RequestInit),
      method: 'PATCH', headers: { Authorization: 'Bearer x', 'Content-Type': 'application/json' },
      body: JSON.stringify({ attendees: [...event.attendees.map((a) => ({ emailAddress: a.emailAddress, type: a.type })), { emailAddress: { address: 'gjest@inn.example', name: 'Gjest' }, type: 'required' }] }),
    });
    expect(res.status).toBe(200);
    await cancelBooking(w.deps, { cohortId: SMALL, gatheringId: 'samling-2', aadObjectId: person(1).aadObjectId, reason: 'cancelled', selfService: true });
    await w.runner.drain();
    expect(attendees(2)).toEqual([...emails(2, 3), 'gjest@inn.example'].sort());
    expect(graph.requests.filter((r) => r.method === 'PATCH' && r.status === 412)).toHaveLength(1);
    expect(await w.store.jobs.list({ type: NOTIFY_PARTICIPANT_JOB })).toHaveLength(1);
  });

  it('turns a decline in Outlook into a freed seat, a promotion from the waitlist and an alert to the coordinators', async () => {
    const w = world(2);
    for (const n of [1, 2, 3]) await w.approve(n);
    await w.runner.drain();
    expect(await recordResponses(w.deps, ORGANIZER)).toEqual({ declined: 0 });
    const event = graph.events(ORGANIZER).find((e) => e.subject.endsWith('Samling 3'));
    graph.respond(event?.id ?? '', person(2).email, 'declined');
    expect(await recordResponses(w.deps, ORGANIZER)).toEqual({ declined: 1 });
    expect(await recordResponses(w.deps, ORGANIZER)).toEqual({ declined: 0 });
    expect(await bookings(w, 'samling-3')).toEqual({ 'Deltaker 1': 'booked', 'Deltaker 2': 'declined', 'Deltaker 3': 'booked' });
    await w.runner.drain();
    // The decliner stays on the event as declined; the promoted person is invited.
    expect(attendees(3)).toEqual(emails(1, 2, 3));
    const alerts = await w.store.jobs.list({ type: NOTIFY_COORDINATORS_JOB });
    expect(alerts.map((j) => (j.payload as { text: { nb: string } }).text.nb)).toEqual([expect.stringContaining('Deltaker 2 har avslått invitasjonen til Samling 3')]);
  });

  it('looks up a missing mail address in the directory once, and tells the coordinators about a person it cannot invite', async () => {
    const w = world();
    graph.users.set('aad-known', { mail: 'kjent@kommune.example', userPrincipalName: 'kjent@kommune.example', displayName: 'Kjent' });
    for (const aad of ['aad-known', 'aad-unknown']) {
      await w.store.commit([{ op: 'enqueue', job: { type: 'bookings.book-participant', key: `b:${aad}`, runAt: w.clock.now(), payload: { cohortId: SMALL, participant: { aadObjectId: aad, name: aad }, source: 'application', sourceId: aad } } }]);
    }
    await w.runner.drain();
    expect(attendees(1)).toEqual(['kjent@kommune.example']);
    const lookups = () => graph.requests.filter((r) => r.method === 'GET' && /\/users\/aad-known(\?|$)/.test(r.path)).length;
    // The three events synced in parallel may each ask once; after that the address is remembered.
    const first = lookups();
    expect(first).toBeGreaterThanOrEqual(1);
    expect(first).toBeLessThanOrEqual(3);
    await w.approve(7);
    await w.runner.drain();
    expect(lookups()).toBe(first);
    const alerts = await w.store.jobs.list({ type: NOTIFY_COORDINATORS_JOB });
    expect(alerts.map((j) => (j.payload as { text: { en: string } }).text.en)).toEqual([expect.stringContaining('aad-unknown is booked into the gatherings of Small cohort 2025, but neither the organisation\'s directory nor roles.json has aad-unknown\'s mail address')]);
  });

  it('retries a 500 later, and after a 403 (no access to the mailbox) gives up and tells the coordinators', async () => {
    const w = world();
    await w.approve(1);
    graph.inject({ status: 500, match: { method: 'PATCH' } });
    await w.runner.drain();
    const retrying = await w.store.jobs.list({ status: 'pending' });
    expect(retrying.length).toBeGreaterThan(0);
    w.clock.advance(60_000);
    await w.runner.drain();
    expect(attendees(1)).toEqual(emails(1));

    graph.inject({ status: 403, times: 10, match: { method: 'PATCH' } });
    await w.approve(2);
    await w.runner.drain();
    const dead = await w.store.jobs.list({ status: 'dead' });
    expect(dead.length).toBeGreaterThan(0);
    expect(dead[0].lastError).toContain('graph-403');
    const alerts = await w.store.jobs.list({ type: NOTIFY_COORDINATORS_JOB });
    expect(alerts.length).toBeGreaterThan(0);
  });
});
