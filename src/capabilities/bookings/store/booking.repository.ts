import type { Entity, Json, Store, WriteOp } from '../../../shared/store.port';
import type { Booking } from '../domain/booking';

export const BOOKING = 'booking';
export const BOOKING_INDEX = 'booking-person';
export const LEDGER = 'gathering-ledger';
export const CALENDAR_EVENT = 'calendar-event';
export const CALENDAR_EVENT_ID = 'calendar-event-id';
export const CALENDAR_CURSOR = 'calendar-cursor';
/** A counter per person that every booking commit of theirs bumps (optimistic lock across cohorts). */
export const PERSON_GUARD = 'booking-person-guard';
/** Mail addresses looked up in the directory for participants whose nomination carried none. */
export const PERSON_ADDRESS = 'person-address';

export const asJson = (v: unknown): Json => JSON.parse(JSON.stringify(v)) as Json;

/**
 * Per gathering: seats taken and the sync flag. Every booking commit updates it with its version, so two
 * concurrent bookings cannot both take the last seat, and a pending sync is requested once (coalescing).
 */
export interface Ledger {
  readonly seatsTaken: number;
  readonly nextSeq: number;
  /** A sync job is enqueued and has not started: later changes ride along with it. */
  readonly syncPending: boolean;
  readonly syncSeq: number;
}
export const emptyLedger: Ledger = { seatsTaken: 0, nextSeq: 1, syncPending: false, syncSeq: 0 };

/** What the bot wrote to the organizer's event, so it writes only what changed. */
export interface CalendarEventRecord {
  readonly mailbox: string;
  readonly eventId: string;
  readonly detailsHash: string;
  /** Lower-cased addresses the bot put on the event (others on it were added by people and are kept). */
  readonly managed: readonly string[];
  /** The event's change key and full attendee list as last seen: a write against it needs no read first. */
  readonly etag?: string;
  readonly attendees?: ReadonlyArray<{ readonly address: string; readonly name: string }>;
  readonly joinUrl?: string;
}

export const bookingKey = (cohortId: string, gatheringId: string, aad: string): string => `${cohortId}/${gatheringId}/${aad}`;
export const ledgerKey = (cohortId: string, gatheringId: string): string => `${cohortId}/${gatheringId}`;

export class BookingRepository {
  constructor(private readonly store: Store) {}

  get(cohortId: string, gatheringId: string, aad: string): Promise<Entity<Json> | undefined> {
    return this.store.get<Json>(BOOKING, bookingKey(cohortId, gatheringId, aad));
  }

  async ofGathering(cohortId: string, gatheringId: string): Promise<Booking[]> {
    const rows = await this.store.list<Json>(BOOKING, { prefix: `${cohortId}/${gatheringId}/` });
    return rows.map((r) => r.value as unknown as Booking);
  }

  /** Every booking of a person, across cohorts (for "mine samlinger" and the double-booking check). */
  async ofPerson(aad: string): Promise<Booking[]> {
    const index = await this.store.list<string>(BOOKING_INDEX, { prefix: `${aad}/` });
    const out: Booking[] = [];
    for (const row of index) {
      const b = await this.store.get<Json>(BOOKING, row.value);
      if (b) out.push(b.value as unknown as Booking);
    }
    return out;
  }

  async ledger(cohortId: string, gatheringId: string): Promise<{ value: Ledger; version: number | undefined }> {
    const e = await this.store.get<Json>(LEDGER, ledgerKey(cohortId, gatheringId));
    return e ? { value: e.value as unknown as Ledger, version: e.version } : { value: emptyLedger, version: undefined };
  }

  async calendarEvent(cohortId: string, gatheringId: string): Promise<Entity<Json> | undefined> {
    return this.store.get<Json>(CALENDAR_EVENT, ledgerKey(cohortId, gatheringId));
  }

  /** Which gathering an Outlook event belongs to (declines arrive by event id). */
  async gatheringOfEvent(eventId: string): Promise<{ cohortId: string; gatheringId: string } | undefined> {
    const e = await this.store.get<string>(CALENDAR_EVENT_ID, eventId);
    if (!e) return undefined;
    const [cohortId, gatheringId] = e.value.split('/');
    return { cohortId, gatheringId };
  }
}

/** The write of a ledger: an insert the first time, else an update naming the version read. */
export function ledgerOp(cohortId: string, gatheringId: string, value: Ledger, version: number | undefined): WriteOp {
  const key = ledgerKey(cohortId, gatheringId);
  return version === undefined
    ? { op: 'insert', kind: LEDGER, key, value: asJson(value) }
    : { op: 'update', kind: LEDGER, key, value: asJson(value), version };
}

/** The write of a booking; a new one also gets its entry in the person's index. */
export function bookingOps(b: Booking, version: number | undefined): WriteOp[] {
  const aad = b.participant.aadObjectId;
  const key = bookingKey(b.cohortId, b.gatheringId, aad);
  if (version !== undefined) return [{ op: 'update', kind: BOOKING, key, value: asJson(b), version }];
  return [
    { op: 'insert', kind: BOOKING, key, value: asJson(b) },
    { op: 'upsert', kind: BOOKING_INDEX, key: `${aad}/${b.cohortId}/${b.gatheringId}`, value: key },
  ];
}
