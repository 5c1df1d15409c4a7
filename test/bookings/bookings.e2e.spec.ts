import { BookingRepository } from '../../src/capabilities/bookings/store/booking.repository';
import { GraphEmulator } from '../support/graph-emulator';
import { testGraphCredential, trustingFetch } from '../support/trust-certificate';
import {
  actionsOf, APPLICANT, cardOf, cardProblems, COORD, LEADER, personalId, STRANGER, startHarness, visible, type Harness, type InvokeAnswer,
} from '../nominations/nominations-harness';

/**
 * From approval to Outlook and back through chat: two applicants approved by a coordinator in Teams are
 * booked into LEDPRO 1's six gatherings in the organizer's mailbox (Graph emulator), see them in "mine
 * samlinger", cancel one, and subscribe to their own iCalendar feed.
 */
const ORGANIZER = 'ledpro@inn.example';
const COHORT = 'ledpro-1-2024';

describe('bookings end to end (Teams and Graph emulators)', () => {
  const graph = new GraphEmulator({ latencyMs: 2 });
  let h: Harness;
  const attendees = (n: number): string[] => (graph.events(ORGANIZER).find((e) => e.subject === `${h.cohortName(COHORT)}: Samling ${n}`)?.attendees ?? [])
    .map((a) => a.emailAddress.address).sort();

  beforeAll(async () => {
    await graph.start();
    graph.users.set(LEADER.aadObjectId, { mail: 'lise.leder@example.no', userPrincipalName: 'lise@example.no', displayName: LEADER.name });
    graph.users.set(APPLICANT.aadObjectId, { mail: 'are.soker@kommune.example', userPrincipalName: 'are@kommune.example', displayName: APPLICANT.name });
    h = await startHarness({
      now: '2023-12-01T09:00:00Z',
      env: {
        CALENDAR_PROVIDER: 'graph', GRAPH_BASE_URL: graph.url, GRAPH_TENANT_ID: 'tenant', GRAPH_CLIENT_ID: 'client', GRAPH_CLIENT_SECRET: 'not-used',
        CALENDAR_ORGANIZER: ORGANIZER, BOOKING_SYNC_DELAY_MS: '0', PUBLIC_BASE_URL: 'https://lederbot.example',
      },
      appOptions: { graphCredential: testGraphCredential, graphFetchOptions: trustingFetch(graph.certPem) },
    });
    await h.say('registrer koordinatorkanal ledpro-1-2024', COORD, { channel: true });
    for (const who of [LEADER, APPLICANT]) {
      await h.invoke('nominations.submit', { kind: 'application', cohortId: COHORT, degree: 'bachelor', justification: 'Vil lede bedre' }, who);
    }
    await h.drain();
    for (const n of await h.bot.app.context.store.list<{ id: string }>('nomination')) {
      await h.invoke('nominations.approve', { nominationId: n.value.id, rev: 1 }, COORD, { channel: true });
    }
    await h.drain();
  });
  afterAll(async () => { await h.stop(); await graph.stop(); });

  it('books both approved applicants into all six gatherings as attendees of the organizer\'s events', () => {
    // At start every cohort with gatherings ahead was published once (LEDPRO 1 and 2: 6 events each).
    const subjects = graph.events(ORGANIZER).map((e) => e.subject).sort();
    expect(subjects).toEqual(['LEDPRO 1 – 2024', 'LEDPRO 2 – 2024'].flatMap((c) => [1, 2, 3, 4, 5, 6].map((n) => `${c}: Samling ${n}`)).sort());
    expect(graph.requests.filter((r) => r.path.endsWith('$batch'))).toHaveLength(4);
    // Applications carry no address: it comes from the directory (GET /users/{id}).
    for (const n of [1, 2, 3, 4, 5, 6]) expect(attendees(n)).toEqual(['are.soker@kommune.example', 'lise.leder@example.no']);
    // The document gives days, not hours: all-day events from midnight to midnight after the last day.
    const first = graph.events(ORGANIZER).find((e) => e.subject === 'LEDPRO 1 – 2024: Samling 1');
    expect(first).toMatchObject({
      isAllDay: true,
      start: { dateTime: '2024-02-15T00:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2024-02-17T00:00:00', timeZone: 'W. Europe Standard Time' },
    });
    expect(first?.body?.content).toContain('Klokkeslett er ikke kunngjort.');
    expect(first?.body?.content).toContain('Times not announced.');
    // Why a LEDPRO 2 participant has an event of their own for the same days.
    expect(first?.body?.content).toContain('Lederbot sender én kalenderhendelse per kull');
    expect(first?.body?.content).toContain('Antakelse: At alle samlingene er obligatoriske (alle deltakere bookes), står ikke i dokumentet.');
    expect(first?.body?.content).not.toMatch(/11:00|14:00|lunsj til lunsj/);
  });

  it('shows "mine samlinger" with dates in Oslo time, place, status and cancel buttons', async () => {
    h.teams.reset();
    await h.say('mine samlinger', LEADER);
    const card = cardOf(h.teams.sentTo(personalId(LEADER))[0]);
    expect(cardProblems(card)).toEqual([]);
    const seen = visible(card);
    expect(seen).toContain('Mine samlinger');
    expect(seen).toContain('15.–16. februar 2024 (klokkeslett er ikke kunngjort)');
    expect(seen).toContain('LEDPRO 1 og LEDPRO 2 samkjøres og har samlinger på de samme datoene; noe foregår i fellesskap og noe separat. Lederbot sender én kalenderhendelse per kull, så deltakere i LEDPRO 2 får sin egen hendelse for de samme dagene.');
    expect(seen).toContain('Wood Hotel, Brumunddal');
    expect(seen.match(/Påmeldt/g)).toHaveLength(6);
    const cancels = actionsOf(card).filter((a) => a.verb === 'bookings.cancel');
    expect(cancels).toHaveLength(6);
    expect(cancels[0]).toMatchObject({ data: { cohortId: COHORT, gatheringId: 'samling-1', lang: 'nb' }, fallback: { type: 'Action.Submit' } });
  });

  it('answers in English to "my gatherings"', async () => {
    h.teams.reset();
    await h.say('my gatherings', LEADER, { locale: 'en-US' });
    const seen = visible(cardOf(h.teams.sentTo(personalId(LEADER))[0]));
    expect(seen).toContain('My gatherings');
    expect(seen).toContain('15–16 February 2024 (times not announced)');
    expect(seen.match(/Booked/g)).toHaveLength(6);
  });

  it('cancels one gathering from the card and removes only that invitation in Outlook', async () => {
    // Lise last wrote English ("my gatherings"); she reads bokmål again once she says so.
    await h.say('språk norsk', LEADER);
    // The list's button asks first; nothing changes until the confirm view's "Ja".
    const ask: InvokeAnswer = await h.invoke('bookings.cancel', { cohortId: COHORT, gatheringId: 'samling-3', lang: 'nb' }, LEADER);
    expect(visible(ask.value)).toContain('Vil du melde deg av Samling 3?');
    const answer: InvokeAnswer = await h.invoke('bookings.cancel', { cohortId: COHORT, gatheringId: 'samling-3', lang: 'nb', confirm: true }, LEADER);
    expect(cardProblems(answer.value)).toEqual([]);
    expect(visible(answer.value)).toContain('Du er meldt av Samling 3. Du kan melde deg på igjen her til 13. mai 2024 kl. 00:00.');
    expect(visible(answer.value).match(/Påmeldt/g)).toHaveLength(5);
    await h.drain();
    expect(attendees(3)).toEqual(['are.soker@kommune.example']);
    expect(attendees(4)).toEqual(['are.soker@kommune.example', 'lise.leder@example.no']);
  });

  it('refuses a forged cancel for someone else and unreadable card data, and changes nothing', async () => {
    const forged = await h.invoke('bookings.cancel', { cohortId: COHORT, gatheringId: 'samling-1', aadObjectId: LEADER.aadObjectId }, STRANGER);
    expect(visible(forged.value)).toContain('Du er ikke påmeldt Samling 1.');
    const broken = await h.invoke('bookings.cancel', { cohortId: 42 }, LEADER);
    expect(visible(broken.value)).toContain('Jeg kunne ikke lese handlingen fra kortet');
    const b = await new BookingRepository(h.bot.app.context.store).get(COHORT, 'samling-1', LEADER.aadObjectId);
    expect((b?.value as { status: string }).status).toBe('booked');
  });

  it('serves the person\'s iCalendar feed from the card link, and nothing for a tampered link', async () => {
    h.teams.reset();
    await h.say('mine samlinger', LEADER);
    const link = actionsOf(cardOf(h.teams.sentTo(personalId(LEADER))[0])).find((a) => a.type === 'Action.OpenUrl');
    const url = new URL(String(link?.url));
    expect(url.origin).toBe('https://lederbot.example');
    const res = await fetch(`${h.bot.url}${url.pathname}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(ics.match(/STATUS:CANCELLED/g)).toHaveLength(1);
    expect(ics).toContain('DTSTART;VALUE=DATE:20240215');
    expect(ics).toContain('DTEND;VALUE=DATE:20240217');
    expect(ics).not.toContain('DTSTART;TZID');
    expect(ics.replace(/\r\n /g, '')).toContain('Klokkeslett er ikke kunngjort.');
    const tampered = url.pathname.replace(LEADER.aadObjectId, APPLICANT.aadObjectId);
    expect((await fetch(`${h.bot.url}${tampered}`)).status).toBe(404);
  });
});
