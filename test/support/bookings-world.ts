import { CatalogIndex } from '../../src/catalog/catalog-index';
import { catalogSchema, type Catalog } from '../../src/catalog/catalog.schema';
import { LocalCalendar } from '../../src/adapters/ics/local-calendar';
import { MemoryStore } from '../../src/adapters/storage/memory/memory-store';
import type { BookingsDeps, CalendarPort } from '../../src/capabilities/bookings/ports';
import { bookParticipantJob, pollResponsesJob, publishCohortJob, syncEventJob } from '../../src/capabilities/bookings/teams/jobs/bookings.jobs';
import { deadLetterAlert } from '../../src/jobs/dead-letter-alert';
import { JobRunner } from '../../src/jobs/job-runner';
import { exponentialBackoff } from '../../src/jobs/retry-policy';
import { ManualClock } from '../../src/shared/clock';
import { MemoryLogger } from '../../src/shared/logger';
import { BOOK_PARTICIPANT_JOB, bookParticipantJobKey } from '../../src/shared/integration-jobs';
import type { Store } from '../../src/shared/store.port';

/**
 * A small catalog for booking rules: a cohort with 2 seats, three required gatherings and an optional online
 * session; and a second cohort whose first gathering overlaps (like LEDPRO 1 and 2 on the same dates).
 */
export const ORGANIZER = 'ledpro@inn.example';
export const SMALL = 'small-2025';
export const OTHER = 'other-2025';
const fact = { id: 'f', topic: 'overview', section: { nb: 'Om', en: 'About' }, text: { nb: 'Tekst', en: 'Text' }, quotes: ['x'] };
const place = { name: 'Wood Hotel', address: 'Brumunddal', city: 'Brumunddal' };
const g = (n: number, start: string, end: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: `samling-${n}`, number: n, title: { nb: `Samling ${n}`, en: `Gathering ${n}` }, start, end, place,
  agenda: { nb: `Tema ${n}`, en: `Theme ${n}` }, ...extra,
});

export function testCatalog(o: { capacity?: number; organizer?: string } = {}): Catalog {
  return catalogSchema.parse({
    version: 1,
    programs: [{
      id: 'ledpro-test', provider: 'inn.no', name: { nb: 'LEDPRO test', en: 'LEDPRO test' }, source: { title: 'x', file: 'x' }, facts: [fact],
      cohorts: [
        {
          id: SMALL, name: { nb: 'Lite kull 2025', en: 'Small cohort 2025' }, year: 2025, capacity: o.capacity ?? 2,
          ...(o.organizer === undefined ? { organizer: ORGANIZER } : o.organizer ? { organizer: o.organizer } : {}), bookingCutoffHours: 48,
          gatherings: [
            g(1, '2025-02-13T11:00', '2025-02-14T14:00'),
            g(2, '2025-04-03T11:00', '2025-04-04T14:00'),
            g(3, '2025-06-12T11:00', '2025-06-13T14:00'),
            g(4, '2025-05-06T13:00', '2025-05-06T15:00', { mode: 'online', optional: true, capacity: 1, title: { nb: 'Valgfritt webinar', en: 'Optional webinar' } }),
          ],
        },
        {
          id: OTHER, name: { nb: 'Annet kull 2025', en: 'Other cohort 2025' }, year: 2025, organizer: ORGANIZER, bookingCutoffHours: 48,
          gatherings: [g(1, '2025-02-13T09:00', '2025-02-13T16:00')],
        },
      ],
    }],
  });
}

/** Wraps a calendar to count what reached it (a fake's own bookkeeping, not a mock). */
export class CountingCalendar implements CalendarPort {
  readonly calls: Record<string, number> = { createEvents: 0, getEvent: 0, updateDetails: 0, setAttendees: 0, cancelEvent: 0, responses: 0, resolveAddress: 0 };
  constructor(readonly inner: CalendarPort) {}
  createEvents(...a: Parameters<CalendarPort['createEvents']>) { this.calls.createEvents += 1; return this.inner.createEvents(...a); }
  getEvent(...a: Parameters<CalendarPort['getEvent']>) { this.calls.getEvent += 1; return this.inner.getEvent(...a); }
  updateDetails(...a: Parameters<CalendarPort['updateDetails']>) { this.calls.updateDetails += 1; return this.inner.updateDetails(...a); }
  setAttendees(...a: Parameters<CalendarPort['setAttendees']>) { this.calls.setAttendees += 1; return this.inner.setAttendees(...a); }
  cancelEvent(...a: Parameters<CalendarPort['cancelEvent']>) { this.calls.cancelEvent += 1; return this.inner.cancelEvent(...a); }
  responses(...a: Parameters<CalendarPort['responses']>) { this.calls.responses += 1; return this.inner.responses(...a); }
  resolveAddress(...a: Parameters<CalendarPort['resolveAddress']>) { this.calls.resolveAddress += 1; return this.inner.resolveAddress(...a); }
}

export interface BookingsWorld {
  readonly store: Store;
  readonly clock: ManualClock;
  readonly logger: MemoryLogger;
  readonly deps: BookingsDeps;
  readonly calendar: CountingCalendar;
  readonly local: LocalCalendar | undefined;
  readonly runner: JobRunner;
  approve(n: number, cohortId?: string): Promise<void>;
}

export const person = (n: number): { aadObjectId: string; name: string; email: string } => ({
  aadObjectId: `aad-${String(n).padStart(4, '0')}`, name: `Deltaker ${n}`, email: `deltaker${n}@kommune.example`,
});

export function bookingsWorld(o: { now?: string; capacity?: number; calendar?: (store: Store, clock: ManualClock) => CalendarPort; syncDelayMs?: number; store?: Store; catalog?: Catalog } = {}): BookingsWorld {
  const store = o.store ?? new MemoryStore();
  const clock = new ManualClock(o.now ?? '2025-01-10T09:00:00Z');
  const logger = new MemoryLogger();
  const local = o.calendar ? undefined : new LocalCalendar(store, () => clock.now());
  const calendar = new CountingCalendar(o.calendar ? o.calendar(store, clock) : (local as LocalCalendar));
  const catalog = new CatalogIndex(o.catalog ?? testCatalog({ capacity: o.capacity }));
  const deps: BookingsDeps = {
    store, clock, logger, catalog, calendar, syncDelayMs: o.syncDelayMs ?? 0, notifyJobs: () => undefined,
    organizerOf: (id) => catalog.cohort(id)?.cohort.organizer,
  };
  const runner = new JobRunner({
    store, clock, logger, worker: 'test', retry: exponentialBackoff({ maxAttempts: 5, random: () => 0 }), concurrency: 8,
    handlers: [bookParticipantJob(deps), syncEventJob(deps), publishCohortJob(deps), pollResponsesJob(deps, 15 * 60_000)],
    onDeadLetter: deadLetterAlert(store, () => clock.now()),
  });
  return {
    store, clock, logger, deps, calendar, local, runner,
    async approve(n, cohortId = SMALL) {
      const p = person(n);
      await store.commit([{ op: 'enqueue', job: {
        type: BOOK_PARTICIPANT_JOB, key: bookParticipantJobKey(cohortId, p.aadObjectId), runAt: clock.now(),
        payload: { cohortId, participant: p, source: 'nomination', sourceId: `nom-${n}` },
      } }]);
    },
  };
}
