import type { WriteOp } from '../../../shared/store.port';
import { draftHash, eventDraft, eventKey, type EventDraft } from '../domain/event-draft';
import { spanOf } from '../domain/seat-rules';
import type { BookingsDeps } from '../ports';
import { asJson, BookingRepository, CALENDAR_EVENT, CALENDAR_EVENT_ID, type CalendarEventRecord } from '../store/booking.repository';
import { eventLane, PUBLISH_COHORT_JOB, SYNC_EVENT_JOB } from './booking-jobs';

/** Graph takes at most 20 requests in one $batch. */
const BATCH = 20;

/**
 * The publish job of a cohort, keyed by the catalog's version of its gatherings, so a catalog edit publishes once
 * and an unchanged catalog never again. Past gatherings are left alone.
 */
export function publishCohortJobs(deps: BookingsDeps): WriteOp[] {
  const now = deps.clock.now();
  const ops: WriteOp[] = [];
  for (const { program, cohort } of deps.catalog.allCohorts()) {
    if (!deps.organizerOf(cohort.id)) continue;
    const upcoming = cohort.gatherings.filter((g) => { const s = spanOf(g); return s !== undefined && s.end > now; });
    if (upcoming.length === 0) continue;
    const hashes = upcoming.map((g) => { const d = eventDraft(program, cohort, g); return d ? `${g.id}:${draftHash(d)}` : ''; }).join(',');
    ops.push({ op: 'enqueue', job: {
      type: PUBLISH_COHORT_JOB, key: `${PUBLISH_COHORT_JOB}:${cohort.id}:${hashes}`, lane: `graph-cohort:${cohort.id}`,
      payload: { cohortId: cohort.id }, runAt: now,
    } });
  }
  return ops;
}

/**
 * Creates the cohort's missing events (in $batch requests of up to 20) and asks the per-event sync to write
 * changed details, so invitations can go out as soon as someone is booked.
 */
export async function publishCohort(deps: BookingsDeps, cohortId: string): Promise<{ created: number; resynced: number }> {
  const found = deps.catalog.cohort(cohortId);
  const mailbox = deps.organizerOf(cohortId);
  if (!found || !mailbox) return { created: 0, resynced: 0 };
  const now = deps.clock.now();
  const repo = new BookingRepository(deps.store);
  const missing: Array<{ gatheringId: string; draft: EventDraft }> = [];
  const ops: WriteOp[] = [];
  for (const g of found.cohort.gatherings) {
    const span = spanOf(g);
    const draft = eventDraft(found.program, found.cohort, g);
    if (!span || !draft || span.end <= now) continue;
    const rec = (await repo.calendarEvent(cohortId, g.id))?.value as unknown as CalendarEventRecord | undefined;
    if (!rec || rec.mailbox !== mailbox) missing.push({ gatheringId: g.id, draft });
    else if (rec.detailsHash !== draftHash(draft)) {
      ops.push({ op: 'enqueue', job: {
        type: SYNC_EVENT_JOB, key: `${SYNC_EVENT_JOB}:${cohortId}/${g.id}:details-${draftHash(draft)}`, lane: eventLane(cohortId, g.id),
        payload: { cohortId, gatheringId: g.id }, runAt: now,
      } });
    }
  }
  for (let i = 0; i < missing.length; i += BATCH) {
    const chunk = missing.slice(i, i + BATCH);
    const events = await deps.calendar.createEvents(mailbox, chunk.map((m) => m.draft));
    const writes: WriteOp[] = [];
    chunk.forEach((m, j) => {
      const e = events[j];
      const rec: CalendarEventRecord = {
        mailbox, eventId: e.id, detailsHash: draftHash(m.draft), managed: [], etag: e.etag,
        attendees: e.attendees.map((a) => ({ address: a.address, name: a.name })), ...(e.joinUrl ? { joinUrl: e.joinUrl } : {}),
      };
      const key = eventKey(cohortId, m.gatheringId);
      // A sync of the same event may have created it meanwhile (same transactionId, same event): its record wins.
      writes.push({ op: 'upsert', kind: CALENDAR_EVENT_ID, key: e.id, value: key });
      writes.push({ op: 'insert', kind: CALENDAR_EVENT, key, value: asJson(rec) });
    });
    for (const w of writes) await deps.store.commit([w]);
  }
  if (ops.length > 0) {
    await deps.store.commit(ops);
    deps.notifyJobs();
  }
  return { created: missing.length, resynced: ops.length };
}
