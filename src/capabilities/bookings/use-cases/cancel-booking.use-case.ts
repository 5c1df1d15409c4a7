import { err, ok, type Result } from '../../../shared/result';
import type { WriteOp } from '../../../shared/store.port';
import { holdsSeat, isActive, nextInLine, type Booking, type Participant } from '../domain/booking';
import { bookingWindow } from '../domain/seat-rules';
import type { BookingsDeps } from '../ports';
import { BookingRepository, bookingOps, ledgerOp } from '../store/booking.repository';
import { alertCoordinatorsOp, notifyParticipantOp, requestSync } from './booking-jobs';
import { declinedAlert, participantName, promotedNotice } from './booking-notices';

export interface CancelInput {
  readonly cohortId: string;
  readonly gatheringId: string;
  /** Whose booking: always the caller's own id in chat (never an id from card data). */
  readonly aadObjectId: string;
  /** 'cancelled' from chat or a coordinator; 'declined' when the person declined the invitation in Outlook. */
  readonly reason: 'cancelled' | 'declined';
  readonly selfService: boolean;
}

export type CancelError =
  | { readonly code: 'unknown-gathering' }
  | { readonly code: 'not-booked' }
  | { readonly code: 'closed' | 'started' };

const MAX_ATTEMPTS = 20;

/**
 * Gives up a seat (or a waitlist place). The freed seat goes to the first on the waitlist while the gathering
 * is still before its cut-off; that person is told, the coordinators hear of declines, and the event is synced.
 */
export async function cancelBooking(deps: BookingsDeps, input: CancelInput): Promise<Result<{ promoted?: Participant }, CancelError>> {
  const found = deps.catalog.cohort(input.cohortId);
  const g = found?.cohort.gatherings.find((x) => x.id === input.gatheringId);
  if (!found || !g) return err({ code: 'unknown-gathering' });
  const { cohort } = found;
  const repo = new BookingRepository(deps.store);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const now = deps.clock.now();
    const window = bookingWindow(cohort, g, now);
    if (input.selfService && window !== 'open') return err({ code: window });
    const entity = await repo.get(cohort.id, g.id, input.aadObjectId);
    const booking = entity?.value as unknown as Booking | undefined;
    if (!entity || !booking || !isActive(booking)) return err({ code: 'not-booked' });
    const ledger = await repo.ledger(cohort.id, g.id);
    let next = { ...ledger.value, seatsTaken: Math.max(0, ledger.value.seatsTaken - (holdsSeat(booking) ? 1 : 0)) };
    const ops: WriteOp[] = [...bookingOps({ ...booking, status: input.reason, updatedAt: now.toISOString() }, entity.version)];
    let promoted: Participant | undefined;
    // Promote only into a gathering that is still open: a seat freed the day before stays free.
    if (holdsSeat(booking) && window === 'open') {
      const first = nextInLine(await repo.ofGathering(cohort.id, g.id));
      const firstEntity = first ? await repo.get(cohort.id, g.id, first.participant.aadObjectId) : undefined;
      if (first && firstEntity) {
        promoted = first.participant;
        next = { ...next, seatsTaken: next.seatsTaken + 1 };
        ops.push(...bookingOps({ ...first, status: 'booked', updatedAt: now.toISOString() }, firstEntity.version));
        ops.push(notifyParticipantOp({
          cohortId: cohort.id, aadObjectId: first.participant.aadObjectId, text: promotedNotice(cohort, g),
          noticeId: `bookings.promoted:${cohort.id}/${g.id}/${first.participant.aadObjectId}:${first.seq}`,
        }, now));
      }
    }
    if (input.reason === 'declined') {
      ops.push(alertCoordinatorsOp(cohort.id, `bookings.declined:${cohort.id}/${g.id}/${input.aadObjectId}:${booking.seq}`,
        declinedAlert(await participantName(deps.people, booking.participant), cohort, g), now));
    }
    const sync = requestSync(cohort.id, g.id, next, now, deps.syncDelayMs);
    ops.push(ledgerOp(cohort.id, g.id, sync.ledger, ledger.version), ...sync.ops);
    const committed = await deps.store.commit(ops);
    if (committed.ok) {
      deps.notifyJobs();
      return ok(promoted ? { promoted } : {});
    }
  }
  throw new Error(`cancelling ${input.cohortId}/${input.gatheringId} kept conflicting after ${MAX_ATTEMPTS} attempts`);
}
