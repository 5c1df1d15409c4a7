import type { CatalogIndex } from '../../catalog/catalog-index';
import type { People } from '../../shared/person-directory';
import type { Clock } from '../../shared/clock';
import type { Logger } from '../../shared/logger';
import type { Store } from '../../shared/store.port';
import type { EventDraft } from './domain/event-draft';

/**
 * The calendar the gatherings live in: Microsoft Graph (an organizer mailbox in Outlook) in production, or the
 * local calendar in the store with iCalendar feeds when there is no tenant. Adapters throw the job errors of
 * src/jobs/job-errors.ts (RetryLaterError for 429/5xx with Retry-After, PermanentJobError for 403/404).
 */
export type AttendeeResponse = 'none' | 'organizer' | 'accepted' | 'tentativelyAccepted' | 'declined' | 'notResponded';

export interface CalendarAttendee {
  readonly address: string;
  readonly name: string;
}

export interface CalendarEvent {
  readonly id: string;
  /** Change key of the organizer's copy; a write that names an older one is refused as stale. */
  readonly etag: string;
  readonly attendees: ReadonlyArray<CalendarAttendee & { readonly response: AttendeeResponse }>;
  readonly joinUrl?: string;
  readonly cancelled: boolean;
}

export interface ResponseChanges {
  readonly events: ReadonlyArray<Pick<CalendarEvent, 'id' | 'attendees' | 'cancelled'>>;
  /** Opaque; pass back to get only what changed since. */
  readonly cursor: string;
}

export interface CalendarPort {
  /**
   * Whether attendees are invited by mail address (Graph: an attendee without one gets no invitation). The
   * local calendar needs none: people subscribe to their own iCalendar feed. Unset: true.
   */
  readonly needsAddresses?: boolean;
  /** Creates each draft's event once (by transactionId, so a retry returns the same event), in order. */
  createEvents(mailbox: string, drafts: readonly EventDraft[]): Promise<CalendarEvent[]>;
  getEvent(mailbox: string, eventId: string): Promise<CalendarEvent | undefined>;
  updateDetails(mailbox: string, eventId: string, draft: EventDraft): Promise<void>;
  /**
   * Replaces the attendee list when the event is still at `etag`. 'stale' when it changed in between (412):
   * re-read and compute the list again, or a concurrent change is lost.
   */
  setAttendees(mailbox: string, eventId: string, attendees: readonly CalendarAttendee[], etag: string): Promise<CalendarEvent | 'stale'>;
  cancelEvent(mailbox: string, eventId: string, comment: string): Promise<void>;
  /** Attendee responses (declines) on the mailbox's events in a window, changed since `cursor`. */
  responses(mailbox: string, window: { readonly start: Date; readonly end: Date }, cursor?: string): Promise<ResponseChanges>;
  /** Mail address of a directory user, for participants whose nomination carried none. */
  resolveAddress(aadObjectId: string): Promise<string | undefined>;
}

export interface BookingsDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly catalog: CatalogIndex;
  readonly calendar: CalendarPort;
  /** The mailbox that owns a cohort's events: the cohort's organizer, else the configured default. */
  readonly organizerOf: (cohortId: string) => string | undefined;
  /** How long a sync waits for more changes to the same event, so a burst of approvals becomes one PATCH. */
  readonly syncDelayMs: number;
  /** Wakes the job runner after a commit that enqueued work. */
  readonly notifyJobs: () => void;
  /** Names and addresses of people (the directory, roles.json, Teams), for alerts and invitations. */
  readonly people?: People;
}
