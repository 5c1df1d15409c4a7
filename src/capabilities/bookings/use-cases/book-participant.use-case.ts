import type { Cohort, Gathering } from '../../../catalog/catalog.schema';
import { err, ok, type Result } from '../../../shared/result';
import type { WriteOp } from '../../../shared/store.port';
import { isActive, type Booking, type Participant } from '../domain/booking';
import { bookingWindow, capacityOf, overlaps, seatFor } from '../domain/seat-rules';
import type { BookingsDeps } from '../ports';
import { BookingRepository, bookingOps, ledgerOp, PERSON_GUARD } from '../store/booking.repository';
import { alertCoordinatorsOp, requestSync } from './booking-jobs';
import { conflictAlert, participantName } from './booking-notices';

export interface BookInput {
  readonly cohortId: string;
  readonly participant: Participant;
  readonly source: Booking['source'];
  readonly sourceId: string;
  /** Gatherings to book; absent = every required (non-optional) gathering of the cohort. */
  readonly gatheringIds?: readonly string[];
  /** A person booking in chat is held to the cut-off; an approval by a coordinator is not. */
  readonly selfService: boolean;
}

export type BookOutcome =
  | { readonly gatheringId: string; readonly result: 'booked' | 'waitlisted' }
  | { readonly gatheringId: string; readonly result: 'already'; readonly status: 'booked' | 'waitlisted' }
  | { readonly gatheringId: string; readonly result: 'closed' | 'started' }
  | { readonly gatheringId: string; readonly result: 'conflict'; readonly otherCohortId: string; readonly otherGatheringId: string };

export type BookError = { readonly code: 'unknown-cohort' } | { readonly code: 'unknown-gathering'; readonly gatheringId: string };

const MAX_ATTEMPTS = 20;

/**
 * Books a participant into gatherings: a seat while there is one, else the waitlist; never twice, never into
 * two gatherings at the same time. Bookings, seat counts and the calendar sync jobs are one commit; a commit
 * that lost a race (the last seat, the same person twice) is recomputed from fresh reads.
 */
export async function bookParticipant(deps: BookingsDeps, input: BookInput): Promise<Result<BookOutcome[], BookError>> {
  const found = deps.catalog.cohort(input.cohortId);
  if (!found) return err({ code: 'unknown-cohort' });
  const { cohort } = found;
  const targets: Gathering[] = [];
  for (const id of input.gatheringIds ?? cohort.gatherings.filter((g) => !g.optional).map((g) => g.id)) {
    const g = cohort.gatherings.find((x) => x.id === id);
    if (!g) return err({ code: 'unknown-gathering', gatheringId: id });
    targets.push(g);
  }
  const repo = new BookingRepository(deps.store);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const plan = await planBookings(deps, repo, cohort, targets, input);
    if (plan.ops.length === 0) return ok(plan.outcomes);
    const committed = await deps.store.commit(plan.ops);
    if (committed.ok) {
      deps.notifyJobs();
      return ok(plan.outcomes);
    }
  }
  throw new Error(`booking ${input.cohortId} kept conflicting after ${MAX_ATTEMPTS} attempts`);
}

async function planBookings(deps: BookingsDeps, repo: BookingRepository, cohort: Cohort, targets: readonly Gathering[], input: BookInput): Promise<{ ops: WriteOp[]; outcomes: BookOutcome[] }> {
  const now = deps.clock.now();
  const aad = input.participant.aadObjectId;
  // Read before the person's bookings: two bookings of one person (two cohorts approved at once) then
  // conflict on it, and the second sees the first when it checks for overlapping gatherings.
  const guard = await deps.store.get<number>(PERSON_GUARD, aad);
  const mine = (await repo.ofPerson(aad)).filter(isActive);
  const ops: WriteOp[] = [];
  const outcomes: BookOutcome[] = [];
  for (const g of targets) {
    const window = bookingWindow(cohort, g, now);
    if (window === 'started' || (window === 'closed' && input.selfService)) {
      outcomes.push({ gatheringId: g.id, result: window });
      continue;
    }
    const existing = await repo.get(cohort.id, g.id, aad);
    const current = existing?.value as unknown as Booking | undefined;
    if (current && isActive(current)) {
      outcomes.push({ gatheringId: g.id, result: 'already', status: current.status === 'booked' ? 'booked' : 'waitlisted' });
      continue;
    }
    const clash = findClash(deps, mine, cohort.id, g);
    if (clash) {
      outcomes.push({ gatheringId: g.id, result: 'conflict', otherCohortId: clash.cohort.id, otherGatheringId: clash.gathering.id });
      if (!input.selfService) {
        ops.push(alertCoordinatorsOp(cohort.id, `bookings.conflict:${cohort.id}/${g.id}/${aad}`, conflictAlert(await participantName(deps.people, input.participant), cohort, g, clash), now));
      }
      continue;
    }
    const ledger = await repo.ledger(cohort.id, g.id);
    const status = seatFor(ledger.value.seatsTaken, capacityOf(cohort, g));
    const booking: Booking = {
      cohortId: cohort.id, gatheringId: g.id, participant: { ...current?.participant, ...input.participant }, status,
      seq: ledger.value.nextSeq, source: input.source, sourceId: input.sourceId, updatedAt: now.toISOString(),
    };
    let next = { ...ledger.value, nextSeq: ledger.value.nextSeq + 1, seatsTaken: ledger.value.seatsTaken + (status === 'booked' ? 1 : 0) };
    const sync = status === 'booked' ? requestSync(cohort.id, g.id, next, now, deps.syncDelayMs) : { ledger: next, ops: [] };
    next = sync.ledger;
    ops.push(...bookingOps(booking, existing?.version), ledgerOp(cohort.id, g.id, next, ledger.version), ...sync.ops);
    outcomes.push({ gatheringId: g.id, result: status });
  }
  if (ops.length > 0) {
    ops.push(guard ? { op: 'update', kind: PERSON_GUARD, key: aad, value: guard.value + 1, version: guard.version } : { op: 'insert', kind: PERSON_GUARD, key: aad, value: 1 });
  }
  return { ops, outcomes };
}

/** Another active booking of the person whose gathering overlaps this one (same dates in LEDPRO 1 and 2). */
function findClash(deps: BookingsDeps, mine: readonly Booking[], cohortId: string, g: Gathering): { cohort: Cohort; gathering: Gathering } | undefined {
  for (const b of mine) {
    if (b.cohortId === cohortId && b.gatheringId === g.id) continue;
    const other = deps.catalog.cohort(b.cohortId);
    const og = other?.cohort.gatherings.find((x) => x.id === b.gatheringId);
    if (other && og && overlaps(g, og)) return { cohort: other.cohort, gathering: og };
  }
  return undefined;
}
