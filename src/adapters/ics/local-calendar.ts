import { createHash } from 'node:crypto';
import type { EventDraft } from '../../capabilities/bookings/domain/event-draft';
import type { CalendarAttendee, CalendarEvent, CalendarPort, ResponseChanges } from '../../capabilities/bookings/ports';
import type { Json, Store } from '../../shared/store.port';

export const LOCAL_EVENT = 'local-event';
const LOCAL_EVENT_TX = 'local-event-tx';

export interface LocalEvent {
  readonly id: string;
  readonly mailbox: string;
  readonly draft: EventDraft;
  readonly attendees: CalendarEvent['attendees'];
  readonly cancelled: boolean;
  /** Bumped on every change: the event's change key, and the iCalendar SEQUENCE. */
  readonly sequence: number;
  readonly updatedAt: string;
}

const asJson = (v: unknown): Json => JSON.parse(JSON.stringify(v)) as Json;
const keyOf = (mailbox: string, id: string): string => `${mailbox.toLowerCase()}/${id}`;

/**
 * The calendar for runs without a Microsoft 365 tenant: events live in the store (and reach people through the
 * iCalendar feeds). It keeps Graph's contract (idempotent create by transactionId, whole-list attendee writes
 * guarded by a change key) so the bookings code is the same against both.
 */
export class LocalCalendar implements CalendarPort {
  constructor(private readonly store: Store, private readonly now: () => Date) {}

  async createEvents(mailbox: string, drafts: readonly EventDraft[]): Promise<CalendarEvent[]> {
    const out: CalendarEvent[] = [];
    for (const draft of drafts) {
      const id = createHash('sha256').update(`${mailbox.toLowerCase()}|${draft.transactionId}`).digest('hex').slice(0, 24);
      const event: LocalEvent = { id, mailbox: mailbox.toLowerCase(), draft, attendees: [], cancelled: false, sequence: 0, updatedAt: this.now().toISOString() };
      // A retried create finds the first one (insert conflicts), as Graph does with a reused transactionId.
      await this.store.commit([
        { op: 'insert', kind: LOCAL_EVENT, key: keyOf(mailbox, id), value: asJson(event) },
        { op: 'upsert', kind: LOCAL_EVENT_TX, key: keyOf(mailbox, draft.transactionId), value: id },
      ]);
      const stored = await this.read(mailbox, id);
      if (stored) out.push(toEvent(stored));
    }
    return out;
  }

  async getEvent(mailbox: string, eventId: string): Promise<CalendarEvent | undefined> {
    const e = await this.read(mailbox, eventId);
    return e ? toEvent(e) : undefined;
  }

  async updateDetails(mailbox: string, eventId: string, draft: EventDraft): Promise<void> {
    await this.change(mailbox, eventId, undefined, (e) => ({ ...e, draft }));
  }

  async setAttendees(mailbox: string, eventId: string, attendees: readonly CalendarAttendee[], etag: string): Promise<CalendarEvent | 'stale'> {
    return this.change(mailbox, eventId, etag, (e) => {
      const before = new Map(e.attendees.map((a) => [a.address.toLowerCase(), a.response]));
      return { ...e, attendees: attendees.map((a) => ({ ...a, response: before.get(a.address.toLowerCase()) ?? 'none' })) };
    });
  }

  async cancelEvent(mailbox: string, eventId: string): Promise<void> {
    await this.change(mailbox, eventId, undefined, (e) => ({ ...e, cancelled: true }));
  }

  /** Nobody answers invitations in the store; declines come only from Outlook. */
  responses(): Promise<ResponseChanges> {
    return Promise.resolve({ events: [], cursor: 'local' });
  }

  /** Attendees here are people with their own feed, not mailboxes: nobody needs a mail address. */
  readonly needsAddresses = false;

  resolveAddress(): Promise<string | undefined> {
    return Promise.resolve(undefined);
  }

  async events(mailbox?: string): Promise<LocalEvent[]> {
    const rows = await this.store.list<Json>(LOCAL_EVENT, mailbox ? { prefix: `${mailbox.toLowerCase()}/` } : {});
    return rows.map((r) => r.value as unknown as LocalEvent);
  }

  private async read(mailbox: string, id: string): Promise<(LocalEvent & { version: number }) | undefined> {
    const e = await this.store.get<Json>(LOCAL_EVENT, keyOf(mailbox, id));
    return e ? { ...(e.value as unknown as LocalEvent), version: e.version } : undefined;
  }

  private async change(mailbox: string, id: string, etag: string | undefined, f: (e: LocalEvent) => LocalEvent): Promise<CalendarEvent | 'stale'> {
    for (;;) {
      const e = await this.read(mailbox, id);
      if (!e) throw new Error(`local event ${id} not found`);
      if (etag !== undefined && etag !== String(e.sequence)) return 'stale';
      const { version, ...current } = e;
      const next: LocalEvent = { ...f(current), sequence: current.sequence + 1, updatedAt: this.now().toISOString() };
      const r = await this.store.commit([{ op: 'update', kind: LOCAL_EVENT, key: keyOf(mailbox, id), value: asJson(next), version }]);
      if (r.ok) return toEvent(next);
      if (etag !== undefined) return 'stale';
    }
  }
}

function toEvent(e: LocalEvent): CalendarEvent {
  return { id: e.id, etag: String(e.sequence), attendees: e.attendees, cancelled: e.cancelled };
}
