import type { CatalogIndex } from '../../../catalog/catalog-index';
import type { DataSubject, ErasePlan, Identifiers, PersonalDataHolder, PersonalRecord } from '../../../shared/personal-data.port';
import type { Entity, Json, Store, WriteOp } from '../../../shared/store.port';
import { holdsSeat, nextInLine, type Booking } from '../domain/booking';
import { bookingWindow } from '../domain/seat-rules';
import {
  BOOKING, BOOKING_INDEX, BookingRepository, bookingKey, bookingOps, ledgerOp, PERSON_ADDRESS, PERSON_GUARD,
} from '../store/booking.repository';
import { notifyParticipantOp, requestSync } from './booking-jobs';
import { promotedNotice } from './booking-notices';

export interface BookingsPersonalDataDeps {
  readonly store: Store;
  readonly catalog: CatalogIndex;
  readonly syncDelayMs: number;
}

/**
 * The bookings capability's part of a person's data: their seats and waitlist places and the mail address
 * looked up for the invitations. Erasing removes the bookings outright (not as "cancelled": a cancelled booking
 * still names the person), frees the seats for the waitlist like a cancellation, and asks the normal sync job
 * of each event to write its attendee list again, so the Outlook events lose the person.
 */
export class BookingsPersonalData implements PersonalDataHolder {
  readonly capability = 'bookings';

  constructor(private readonly deps: BookingsPersonalDataDeps) {}

  private async bookingsOf(aad: string): Promise<Array<Entity<Json> & { b: Booking }>> {
    return (await this.deps.store.list<Json>(BOOKING))
      .map((e) => ({ ...e, b: e.value as unknown as Booking }))
      .filter((e) => e.b.participant.aadObjectId === aad);
  }

  async identify(aad: string): Promise<Partial<Identifiers>> {
    const mine = await this.bookingsOf(aad);
    const address = (await this.deps.store.get<string>(PERSON_ADDRESS, aad))?.value;
    return {
      names: mine.map((e) => e.b.participant.name),
      emails: [...mine.map((e) => e.b.participant.email), address].filter((x): x is string => !!x).map((x) => x.trim().toLowerCase()),
    };
  }

  async collect(subject: DataSubject): Promise<PersonalRecord[]> {
    const out: PersonalRecord[] = (await this.bookingsOf(subject.aadObjectId)).map(({ b }) => ({
      category: 'bookings' as const, at: b.updatedAt,
      data: { cohortId: b.cohortId, gatheringId: b.gatheringId, status: b.status, source: b.source, name: b.participant.name, email: b.participant.email ?? null, updatedAt: b.updatedAt },
    }));
    const address = (await this.deps.store.get<string>(PERSON_ADDRESS, subject.aadObjectId))?.value;
    if (address) out.push({ category: 'profile', data: { source: 'directory (for calendar invitations)', email: address } });
    return out;
  }

  async erase(subject: DataSubject, _pseudonym: string, now: Date): Promise<ErasePlan> {
    const { store, catalog } = this.deps;
    const aad = subject.aadObjectId;
    const repo = new BookingRepository(store);
    const ops: WriteOp[] = [];
    const cohorts = new Set<string>();
    const mine = await this.bookingsOf(aad);
    for (const { b, version } of mine) {
      cohorts.add(b.cohortId);
      ops.push({ op: 'delete', kind: BOOKING, key: bookingKey(b.cohortId, b.gatheringId, aad), version });
      ops.push({ op: 'delete', kind: BOOKING_INDEX, key: `${aad}/${b.cohortId}/${b.gatheringId}` });
      const found = catalog.cohort(b.cohortId);
      const g = found?.cohort.gatherings.find((x) => x.id === b.gatheringId);
      const ledger = await repo.ledger(b.cohortId, b.gatheringId);
      let next = { ...ledger.value, seatsTaken: Math.max(0, ledger.value.seatsTaken - (holdsSeat(b) ? 1 : 0)) };
      // The freed seat goes to the first on the waitlist while the gathering is open, as with a cancellation.
      if (found && g && holdsSeat(b) && bookingWindow(found.cohort, g, now) === 'open') {
        const others = (await repo.ofGathering(b.cohortId, b.gatheringId)).filter((x) => x.participant.aadObjectId !== aad);
        const first = nextInLine(others);
        const firstEntity = first ? await repo.get(b.cohortId, b.gatheringId, first.participant.aadObjectId) : undefined;
        if (first && firstEntity) {
          next = { ...next, seatsTaken: next.seatsTaken + 1 };
          ops.push(...bookingOps({ ...first, status: 'booked', updatedAt: now.toISOString() }, firstEntity.version));
          ops.push(notifyParticipantOp({
            cohortId: b.cohortId, aadObjectId: first.participant.aadObjectId, text: promotedNotice(found.cohort, g),
            noticeId: `bookings.promoted:${b.cohortId}/${g.id}/${first.participant.aadObjectId}:${first.seq}`,
          }, now));
        }
      }
      const sync = requestSync(b.cohortId, b.gatheringId, next, now, this.deps.syncDelayMs);
      ops.push(ledgerOp(b.cohortId, b.gatheringId, sync.ledger, ledger.version), ...sync.ops);
    }
    // Index rows whose booking is already gone (nothing else names the person then).
    for (const row of await store.list<string>(BOOKING_INDEX, { prefix: `${aad}/` })) {
      if (!ops.some((o) => o.op === 'delete' && o.kind === BOOKING_INDEX && o.key === row.key)) ops.push({ op: 'delete', kind: BOOKING_INDEX, key: row.key });
    }
    let profile = 0;
    if (await store.get<number>(PERSON_GUARD, aad)) ops.push({ op: 'delete', kind: PERSON_GUARD, key: aad });
    if (await store.get<string>(PERSON_ADDRESS, aad)) { ops.push({ op: 'delete', kind: PERSON_ADDRESS, key: aad }); profile = 1; }
    return { ops, cohortIds: [...cohorts], erased: { ...(mine.length ? { bookings: mine.length } : {}), ...(profile ? { profile } : {}) } };
  }
}
