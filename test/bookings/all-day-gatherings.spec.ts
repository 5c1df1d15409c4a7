import { createGraphClient } from '../../src/adapters/graph/graph-client';
import { GraphCalendar } from '../../src/adapters/graph/graph-calendar';
import { renderIcsFeed } from '../../src/adapters/ics/ics-feed';
import { catalogSchema, type Catalog } from '../../src/catalog/catalog.schema';
import { myGatheringsCard } from '../../src/capabilities/bookings/teams/my-gatherings-card';
import { cohortFeed } from '../../src/capabilities/bookings/use-cases/calendar-feed.use-case';
import { myGatherings } from '../../src/capabilities/bookings/use-cases/my-gatherings.use-case';
import { MemoryStore } from '../../src/adapters/storage/memory/memory-store';
import { bookingsWorld, ORGANIZER, person } from '../support/bookings-world';
import { GraphEmulator } from '../support/graph-emulator';
import { testGraphCredential, trustingFetch } from '../support/trust-certificate';

/**
 * Gatherings the documents date by day only become all-day events (no invented hours), a coordinator can set
 * hours later, and gatherings known only by month are shown as "august 2025" and stay upcoming all month.
 */
const COHORT = 'days-2025';
const fact = { id: 'f', topic: 'overview', section: { nb: 'Om', en: 'About' }, text: { nb: 'Tekst', en: 'Text' }, quotes: ['x'] };
const place = { name: 'Wood Hotel', city: 'Brumunddal' };

function catalog(first: Record<string, unknown>): Catalog {
  return catalogSchema.parse({
    version: 1,
    programs: [{
      id: 'days-test', provider: 'inn.no', name: { nb: 'Dagsprogram', en: 'Day programme' }, source: { title: 'x', file: 'x' }, facts: [fact],
      cohorts: [{
        id: COHORT, name: { nb: 'Dagskull 2025', en: 'Day cohort 2025' }, year: 2025, organizer: ORGANIZER, bookingCutoffHours: 48,
        gatherings: [
          { id: 'samling-1', number: 1, title: { nb: 'Samling 1', en: 'Gathering 1' }, place, ...first },
          { id: 'samling-2', number: 2, title: { nb: 'Samling 2', en: 'Gathering 2' }, place, period: '2025-08' },
        ],
      }],
    }],
  });
}
const days = catalog({ firstDay: '2025-03-27', lastDay: '2025-03-28' });
const hours = catalog({ start: '2025-03-27T10:00', end: '2025-03-28T15:00' });

describe('a gathering with days but no hours, through Graph', () => {
  const graph = new GraphEmulator({ latencyMs: 2 });
  beforeAll(() => graph.start());
  afterAll(() => graph.stop());

  it('is an all-day event in Outlook until a coordinator sets the hours, then a timed one', async () => {
    const store = new MemoryStore();
    const calendar = (): GraphCalendar => new GraphCalendar(createGraphClient(graph.url, testGraphCredential, trustingFetch(graph.certPem)), { sleep: () => Promise.resolve() });
    const w = bookingsWorld({ store, catalog: days, calendar, now: '2025-01-10T09:00:00Z' });
    await w.approve(1, COHORT);
    await w.runner.drain();
    const [event] = graph.events(ORGANIZER);
    // Graph's contract for all-day events: midnight to midnight after the last day, in the event's zone.
    expect(event).toMatchObject({
      subject: 'Dagskull 2025: Samling 1', isAllDay: true,
      start: { dateTime: '2025-03-27T00:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2025-03-29T00:00:00', timeZone: 'W. Europe Standard Time' },
    });
    expect(event.body?.content).toContain('Klokkeslett er ikke kunngjort.');
    expect(event.attendees.map((a) => a.emailAddress.address)).toEqual([person(1).email]);
    // The month-only gathering gets no event: there is no day to put it on.
    expect(graph.events(ORGANIZER)).toHaveLength(1);

    // The coordinator enters the hours in the catalog; the next write to the event carries them.
    const edited = bookingsWorld({ store, catalog: hours, calendar, now: '2025-01-11T09:00:00Z' });
    await edited.approve(2, COHORT);
    await edited.runner.drain();
    const [timed] = graph.events(ORGANIZER);
    expect(graph.events(ORGANIZER)).toHaveLength(1);
    expect(timed).toMatchObject({
      isAllDay: false,
      start: { dateTime: '2025-03-27T10:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2025-03-28T15:00:00', timeZone: 'W. Europe Standard Time' },
    });
    expect(timed.body?.content).not.toContain('Klokkeslett er ikke kunngjort.');
    expect(timed.attendees.map((a) => a.emailAddress.address).sort()).toEqual([person(1).email, person(2).email].sort());
  });

  it('is refused by the emulator, as by Graph, when an all-day event does not start at midnight', async () => {
    const client = createGraphClient(graph.url, testGraphCredential, trustingFetch(graph.certPem));
    const post = client.api(`/users/${encodeURIComponent(ORGANIZER)}/events`).post({
      subject: 'x', isAllDay: true, start: { dateTime: '2025-03-27T11:00:00', timeZone: 'UTC' }, end: { dateTime: '2025-03-28T00:00:00', timeZone: 'UTC' },
    }) as Promise<unknown>;
    await expect(post).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe('the same gathering in the local calendar, its iCalendar feed and "mine samlinger"', () => {
  it('is a VALUE=DATE event with an exclusive end, and the card says the times are not announced', async () => {
    const w = bookingsWorld({ catalog: days, now: '2025-01-10T09:00:00Z' });
    await w.approve(1, COHORT);
    await w.runner.drain();
    const feed = cohortFeed(w.deps, COHORT, 'nb');
    const ics = renderIcsFeed({ name: feed?.name ?? '', events: (feed?.entries ?? []).map((e) => ({ ...e, sequence: 0, lastModified: new Date('2025-01-10T09:00:00Z') })) }, new Date('2025-01-10T09:00:00Z'));
    expect(ics).toContain('DTSTART;VALUE=DATE:20250327\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20250329\r\n');
    expect(ics.replace(/\r\n /g, '')).toContain('Klokkeslett er ikke kunngjort.');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);

    const views = await myGatherings(w.deps, person(1).aadObjectId);
    const nb = myGatheringsCard({ views, lang: 'nb', cutoffHours: 48 }).text;
    const en = myGatheringsCard({ views, lang: 'en', cutoffHours: 48 }).text;
    expect(nb).toContain('Samling 1 – 27.–28. mars 2025 (klokkeslett er ikke kunngjort)');
    expect(en).toContain('Gathering 1 – 27–28 March 2025 (times not announced)');
    expect(nb).toContain('Samling 2 – august 2025');
    expect(en).toContain('Gathering 2 – August 2025');
    expect(nb).not.toContain('2025-08');
  });

  it('keeps a month-only gathering upcoming until its month has ended', async () => {
    const w = bookingsWorld({ catalog: days, now: '2025-01-10T09:00:00Z' });
    await w.approve(1, COHORT);
    await w.runner.drain();
    const listed = async (): Promise<string[]> => (await myGatherings(w.deps, person(1).aadObjectId)).map((v) => v.gathering.id);
    w.clock.set('2025-08-29T10:00:00Z');
    expect(await listed()).toEqual(['samling-2']);
    w.clock.set('2025-08-31T21:59:00Z');
    expect(await listed()).toEqual(['samling-2']);
    // Midnight Oslo time (UTC+2 in summer) ends August.
    w.clock.set('2025-08-31T22:00:00Z');
    expect(await listed()).toEqual([]);
  });
});
