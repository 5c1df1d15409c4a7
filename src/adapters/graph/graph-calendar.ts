import type { Client } from '@microsoft/microsoft-graph-client';
import { RetryLaterError } from '../../jobs/job-errors';
import type { EventDraft } from '../../capabilities/bookings/domain/event-draft';
import type {
  AttendeeResponse, CalendarAttendee, CalendarEvent, CalendarPort, ResponseChanges,
} from '../../capabilities/bookings/ports';
import { retryAfterMs, statusOf, toJobError } from './graph-errors';
import { MailboxGate } from './mailbox-gate';

/** Norway's zone in Windows terms, which every Exchange version accepts. */
const ZONE = 'W. Europe Standard Time';
const PREFER_ZONE = `outlook.timezone="${ZONE}"`;
const SELECT = 'id,attendees,isCancelled,onlineMeeting';

interface GraphEvent {
  id: string;
  '@odata.etag'?: string;
  isCancelled?: boolean;
  onlineMeeting?: { joinUrl?: string } | null;
  attendees?: Array<{ emailAddress?: { address?: string; name?: string }; status?: { response?: AttendeeResponse } }>;
  '@removed'?: unknown;
}
interface BatchResponse { id: string; status: number; headers?: Record<string, string>; body?: unknown }

export interface GraphCalendarOptions {
  /** Outlook's limit of concurrent requests per mailbox. */
  readonly mailboxConcurrency?: number;
  /** Rounds of re-sending throttled $batch sub-requests before the job is retried later. */
  readonly batchRounds?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const users = (mailbox: string): string => `/users/${encodeURIComponent(mailbox)}`;

function toEvent(e: GraphEvent): CalendarEvent {
  return {
    id: e.id,
    etag: e['@odata.etag'] ?? '',
    cancelled: e.isCancelled === true,
    attendees: (e.attendees ?? []).filter((a) => a.emailAddress?.address).map((a) => ({
      address: a.emailAddress?.address ?? '', name: a.emailAddress?.name ?? '', response: a.status?.response ?? 'none',
    })),
    ...(e.onlineMeeting?.joinUrl ? { joinUrl: e.onlineMeeting.joinUrl } : {}),
  };
}

function eventBody(d: EventDraft): Record<string, unknown> {
  return {
    subject: d.subject,
    body: { contentType: 'HTML', content: d.bodyHtml },
    start: { dateTime: `${d.start}:00`, timeZone: ZONE },
    end: { dateTime: `${d.end}:00`, timeZone: ZONE },
    // Days without hours: midnight to midnight after the last day, which Outlook shows as an all-day event.
    isAllDay: d.allDay === true,
    location: { displayName: d.location ?? '' },
    isOnlineMeeting: d.online,
    ...(d.online ? { onlineMeetingProvider: 'teamsForBusiness' } : {}),
    // Invitations, not a room booking: people answer, and their answers come back to the organizer's copy.
    responseRequested: true,
    allowNewTimeProposals: false,
  };
}

const attendeeBody = (list: readonly CalendarAttendee[]): Array<Record<string, unknown>> =>
  list.map((a) => ({ emailAddress: { address: a.address, name: a.name }, type: 'required' }));

/**
 * The gatherings' calendar in an organizer mailbox through Microsoft Graph (application permission
 * Calendars.ReadWrite, limited to the organizer mailboxes by an access policy or RBAC for Applications).
 * The SDK's RetryHandler already retries plain 429/503/504 with Retry-After; sub-responses of $batch are not
 * retried by the SDK, so this adapter does that itself.
 */
export class GraphCalendar implements CalendarPort {
  private readonly gate: MailboxGate;
  private readonly perMailbox: number;
  private readonly rounds: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly client: Client, options: GraphCalendarOptions = {}) {
    this.perMailbox = options.mailboxConcurrency ?? 4;
    this.gate = new MailboxGate(this.perMailbox);
    this.rounds = options.batchRounds ?? 5;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /**
   * Creates events with $batch. Sub-requests of one mailbox run concurrently inside a batch, so a batch holds at
   * most the mailbox's concurrency; throttled sub-requests are sent again after their Retry-After.
   */
  async createEvents(mailbox: string, drafts: readonly EventDraft[]): Promise<CalendarEvent[]> {
    const out = new Map<number, CalendarEvent>();
    let pending = drafts.map((d, i) => ({ i, d }));
    for (let round = 0; round < this.rounds && pending.length > 0; round += 1) {
      let waitMs = 0;
      const throttled: typeof pending = [];
      for (let k = 0; k < pending.length; k += this.perMailbox) {
        const chunk = pending.slice(k, k + this.perMailbox);
        const responses = await this.batch(mailbox, chunk.map(({ i, d }) => ({
          id: String(i), method: 'POST', url: `${users(mailbox)}/events`,
          headers: { 'Content-Type': 'application/json', Prefer: PREFER_ZONE },
          body: { ...eventBody(d), transactionId: d.transactionId },
        })));
        for (const item of chunk) {
          const r = responses.find((x) => x.id === String(item.i));
          if (r && (r.status === 200 || r.status === 201)) { out.set(item.i, toEvent(r.body as GraphEvent)); continue; }
          const status = r?.status ?? 0;
          if (status === 429 || status >= 500 || status === 0) {
            throttled.push(item);
            waitMs = Math.max(waitMs, retryAfterMs(headerOf(r?.headers, 'retry-after')) ?? 2 ** round * 1000);
            continue;
          }
          throw toJobError({ statusCode: status, code: errorCode(r?.body) }, `create event ${item.d.transactionId}`);
        }
      }
      pending = throttled;
      // A retried create is safe: the transactionId returns the event a lost response had already created.
      if (pending.length > 0 && round + 1 < this.rounds) await this.sleep(waitMs);
    }
    if (pending.length > 0) throw new RetryLaterError(`creating ${pending.length} events stayed throttled`);
    return drafts.map((_, i) => out.get(i) as CalendarEvent);
  }

  async getEvent(mailbox: string, eventId: string): Promise<CalendarEvent | undefined> {
    try {
      const e = await this.call(mailbox, () => this.client.api(`${users(mailbox)}/events/${encodeURIComponent(eventId)}`)
        .header('Prefer', PREFER_ZONE).select(SELECT).get() as Promise<GraphEvent>);
      return toEvent(e);
    } catch (e) {
      if (statusOf(e) === 404) return undefined;
      throw toJobError(e, 'read event');
    }
  }

  async updateDetails(mailbox: string, eventId: string, draft: EventDraft): Promise<void> {
    try {
      await this.call(mailbox, () => this.client.api(`${users(mailbox)}/events/${encodeURIComponent(eventId)}`).patch(eventBody(draft)) as Promise<unknown>);
    } catch (e) {
      throw toJobError(e, 'update event details');
    }
  }

  async setAttendees(mailbox: string, eventId: string, attendees: readonly CalendarAttendee[], etag: string): Promise<CalendarEvent | 'stale'> {
    try {
      const e = await this.call(mailbox, () => this.client.api(`${users(mailbox)}/events/${encodeURIComponent(eventId)}`)
        .header('If-Match', etag).header('Prefer', PREFER_ZONE).patch({ attendees: attendeeBody(attendees) }) as Promise<GraphEvent>);
      return toEvent(e);
    } catch (e) {
      if (statusOf(e) === 412) return 'stale';
      throw toJobError(e, 'write attendees');
    }
  }

  async cancelEvent(mailbox: string, eventId: string, comment: string): Promise<void> {
    try {
      await this.call(mailbox, () => this.client.api(`${users(mailbox)}/events/${encodeURIComponent(eventId)}/cancel`).post({ comment }) as Promise<unknown>);
    } catch (e) {
      throw toJobError(e, 'cancel event');
    }
  }

  async responses(mailbox: string, window: { start: Date; end: Date }, cursor?: string): Promise<ResponseChanges> {
    const events: Array<Pick<CalendarEvent, 'id' | 'attendees' | 'cancelled'>> = [];
    let url: string | undefined = cursor
      ?? `${users(mailbox)}/calendarView/delta?startDateTime=${window.start.toISOString()}&endDateTime=${window.end.toISOString()}`;
    try {
      for (let page = 0; url && page < 1000; page += 1) {
        const target: string = url;
        const body = await this.call(mailbox, () => this.client.api(target).header('Prefer', 'odata.maxpagesize=50').get() as Promise<{
          value?: GraphEvent[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string;
        }>);
        for (const e of body.value ?? []) if (!e['@removed']) events.push(toEvent(e));
        if (body['@odata.deltaLink']) return { events, cursor: body['@odata.deltaLink'] };
        url = body['@odata.nextLink'];
      }
    } catch (e) {
      throw toJobError(e, 'read calendar changes');
    }
    throw new RetryLaterError('calendar delta did not end with a deltaLink');
  }

  async resolveAddress(aadObjectId: string): Promise<string | undefined> {
    try {
      const u = await this.client.api(`/users/${encodeURIComponent(aadObjectId)}`).select('mail,userPrincipalName').get() as { mail?: string | null; userPrincipalName?: string };
      return u.mail ?? u.userPrincipalName ?? undefined;
    } catch (e) {
      if (statusOf(e) === 404) return undefined;
      throw toJobError(e, 'look up user');
    }
  }

  private call<T>(mailbox: string, work: () => Promise<T>): Promise<T> {
    return this.gate.run(mailbox, work);
  }

  /** One $batch holding up to `perMailbox` requests of one mailbox: it takes that many of the mailbox's slots. */
  private async batch(mailbox: string, requests: ReadonlyArray<Record<string, unknown>>): Promise<BatchResponse[]> {
    const run = async (): Promise<BatchResponse[]> => {
      const r = await this.client.api('/$batch').post({ requests }) as { responses?: BatchResponse[] };
      return r.responses ?? [];
    };
    try {
      // Hold every slot the batch's sub-requests use, so nothing else of this mailbox runs beside them.
      return await this.gate.run(mailbox, run, requests.length);
    } catch (e) {
      throw toJobError(e, 'batch');
    }
  }
}

function headerOf(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const k = Object.keys(headers).find((h) => h.toLowerCase() === name);
  return k ? headers[k] : undefined;
}

function errorCode(body: unknown): string | undefined {
  const e = (body as { error?: { code?: string } } | undefined)?.error;
  return e?.code;
}
