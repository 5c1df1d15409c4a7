import { PermanentJobError, RetryLaterError } from '../../../jobs/job-errors';
import type { WriteOp } from '../../../shared/store.port';
import type { Booking } from '../domain/booking';
import { draftHash, eventDraft, eventKey } from '../domain/event-draft';
import { MAX_ATTENDEES } from '../domain/seat-rules';
import type { BookingsDeps, CalendarAttendee, CalendarEvent } from '../ports';
import { alertCoordinatorsOp } from './booking-jobs';
import { noAddressAlert, participantName } from './booking-notices';
import {
  asJson, BookingRepository, CALENDAR_EVENT, CALENDAR_EVENT_ID, ledgerOp, PERSON_ADDRESS, type CalendarEventRecord,
} from '../store/booking.repository';

export type SyncOutcome = 'no-dates' | 'unchanged' | 'patched';

const STALE_RETRIES = 5;
const lower = (s: string): string => s.trim().toLowerCase();

/**
 * Brings one gathering's Outlook event in line with its bookings: creates it once, writes changed details,
 * and replaces the attendee list with one PATCH for all changes since the last sync. Runs in the event's lane,
 * so no two writes of one event overlap; a 412 means someone else changed it: read again and recompute.
 */
export async function syncEvent(deps: BookingsDeps, cohortId: string, gatheringId: string): Promise<SyncOutcome> {
  await clearPending(deps, cohortId, gatheringId);
  const found = deps.catalog.cohort(cohortId);
  const gathering = found?.cohort.gatherings.find((g) => g.id === gatheringId);
  if (!found || !gathering) throw new PermanentJobError(`unknown gathering ${cohortId}/${gatheringId}`, 'bookings-unknown-gathering');
  const draft = eventDraft(found.program, found.cohort, gathering);
  if (!draft) return 'no-dates';
  const mailbox = deps.organizerOf(cohortId);
  if (!mailbox) throw new PermanentJobError(`no organizer mailbox for ${cohortId}`, 'bookings-no-organizer');
  const repo = new BookingRepository(deps.store);
  const hash = draftHash(draft);
  let rec = (await repo.calendarEvent(cohortId, gatheringId))?.value as unknown as CalendarEventRecord | undefined;
  if (!rec || rec.mailbox !== mailbox) {
    const [created] = await deps.calendar.createEvents(mailbox, [draft]);
    rec = fromEvent(mailbox, created, hash, []);
    await saveRecord(deps, cohortId, gatheringId, rec);
  } else if (rec.detailsHash !== hash) {
    await deps.calendar.updateDetails(mailbox, rec.eventId, draft);
    // The change key moved: forget it so the attendee write reads the event first.
    rec = { ...rec, detailsHash: hash, etag: undefined, attendees: undefined };
    await saveRecord(deps, cohortId, gatheringId, rec);
  }
  const desired = await desiredAttendees(deps, repo, cohortId, gatheringId);
  const desiredSet = new Set(desired.map((a) => a.address));
  if (sameSet(rec.managed, desiredSet)) return 'unchanged';
  let known: Pick<CalendarEvent, 'etag' | 'attendees'> | undefined = rec.etag && rec.attendees
    ? { etag: rec.etag, attendees: rec.attendees.map((a) => ({ ...a, response: 'none' as const })) } : undefined;
  for (let attempt = 0; attempt < STALE_RETRIES; attempt += 1) {
    known ??= await deps.calendar.getEvent(mailbox, rec.eventId);
    if (!known) {
      // Deleted in Outlook: forget it, so the retry creates it again (transactionId is per gathering, not per try).
      await deps.store.commit([{ op: 'delete', kind: CALENDAR_EVENT, key: eventKey(cohortId, gatheringId) }]);
      throw new RetryLaterError(`event of ${cohortId}/${gatheringId} is gone; recreating`, 0);
    }
    const managed = new Set(rec.managed);
    // People the organizer added by hand stay; the bot changes only the attendees it manages.
    const list: CalendarAttendee[] = known.attendees
      .filter((a) => !managed.has(lower(a.address)) || desiredSet.has(lower(a.address)))
      .map((a) => ({ address: a.address, name: a.name }));
    const present = new Set(list.map((a) => lower(a.address)));
    for (const a of desired) if (!present.has(a.address)) list.push(a);
    if (list.length > MAX_ATTENDEES) throw new PermanentJobError(`more than ${MAX_ATTENDEES} attendees on ${cohortId}/${gatheringId}`, 'bookings-too-many-attendees');
    const written = await deps.calendar.setAttendees(mailbox, rec.eventId, list, known.etag);
    if (written !== 'stale') {
      await saveRecord(deps, cohortId, gatheringId, { ...fromEvent(mailbox, written, hash, [...desiredSet]), joinUrl: written.joinUrl ?? rec.joinUrl });
      return 'patched';
    }
    known = undefined;
  }
  throw new RetryLaterError(`event of ${cohortId}/${gatheringId} kept changing under the write`);
}

function fromEvent(mailbox: string, e: CalendarEvent, detailsHash: string, managed: string[]): CalendarEventRecord {
  return {
    mailbox, eventId: e.id, detailsHash, managed, etag: e.etag,
    attendees: e.attendees.map((a) => ({ address: a.address, name: a.name })), ...(e.joinUrl ? { joinUrl: e.joinUrl } : {}),
  };
}

async function saveRecord(deps: BookingsDeps, cohortId: string, gatheringId: string, rec: CalendarEventRecord): Promise<void> {
  const key = eventKey(cohortId, gatheringId);
  const ops: WriteOp[] = [
    { op: 'upsert', kind: CALENDAR_EVENT, key, value: asJson(rec) },
    { op: 'upsert', kind: CALENDAR_EVENT_ID, key: rec.eventId, value: key },
  ];
  await deps.store.commit(ops);
}

/** Lets the next change enqueue a new sync: anything committed after this is not guaranteed to be read below. */
async function clearPending(deps: BookingsDeps, cohortId: string, gatheringId: string): Promise<void> {
  const repo = new BookingRepository(deps.store);
  for (let i = 0; i < 20; i += 1) {
    const ledger = await repo.ledger(cohortId, gatheringId);
    if (!ledger.value.syncPending || ledger.version === undefined) return;
    if ((await deps.store.commit([ledgerOp(cohortId, gatheringId, { ...ledger.value, syncPending: false }, ledger.version)])).ok) return;
  }
}

/** Booked people, and those who declined (they stay on the event as declined rather than get a cancellation). */
async function desiredAttendees(deps: BookingsDeps, repo: BookingRepository, cohortId: string, gatheringId: string): Promise<CalendarAttendee[]> {
  const out: CalendarAttendee[] = [];
  const alerts: WriteOp[] = [];
  const bookings = (await repo.ofGathering(cohortId, gatheringId)).filter((b) => b.status === 'booked' || b.status === 'declined');
  for (const b of bookings.sort((x, y) => x.seq - y.seq)) {
    const address = b.participant.email ?? await resolveAndRemember(deps, b);
    if (address) { out.push({ address: lower(address), name: await participantName(deps.people, b.participant) ?? '' }); continue; }
    // The local calendar invites nobody by mail: people follow their own feed, so nothing is missing.
    if (deps.calendar.needsAddresses === false) continue;
    // Booked but not invitable: a person must add the address, so the coordinators hear of it once per person.
    deps.logger.warn('participant has no mail address; not invited', { cohortId, gatheringId, seq: b.seq });
    const found = deps.catalog.cohort(cohortId);
    if (found) alerts.push(alertCoordinatorsOp(cohortId, `bookings.no-address:${cohortId}/${b.participant.aadObjectId}`, noAddressAlert(await participantName(deps.people, b.participant), found.cohort), deps.clock.now()));
  }
  if (alerts.length > 0) {
    await deps.store.commit(alerts);
    deps.notifyJobs();
  }
  return out;
}

/** The directory's address of a person, remembered so later syncs of any gathering do not ask again. */
async function resolveAndRemember(deps: BookingsDeps, b: Booking): Promise<string | undefined> {
  const known = await deps.store.get<string>(PERSON_ADDRESS, b.participant.aadObjectId);
  if (known) return known.value;
  // roles.json's people, or the directory record looked up once for the person's name.
  const address = (await deps.people?.profile(b.participant.aadObjectId))?.email ?? await deps.calendar.resolveAddress(b.participant.aadObjectId);
  if (address) await deps.store.commit([{ op: 'upsert', kind: PERSON_ADDRESS, key: b.participant.aadObjectId, value: address }]);
  return address;
}

function sameSet(a: readonly string[], b: ReadonlySet<string>): boolean {
  return a.length === b.size && a.every((x) => b.has(x));
}
