import type { Entity, Json, Store, WriteOp } from '../../../shared/store.port';
import type { Nomination, PersonRef, Transition } from '../domain/nomination';

/**
 * Where nominations live in the store. Every write is a list of ops the use case commits together with its
 * jobs, so a transition, its audit entry, its seat count and its notifications are one atomic change.
 */
export const KINDS = {
  nomination: 'nomination',
  /** Unique index: one live nomination per person and cohort. Key `${cohortId}:${aadObjectId}`. */
  byPerson: 'nomination-person',
  /** Approved participants per cohort, updated with the approval under optimistic concurrency. */
  seats: 'nomination-seats',
  /** Append-only history of every transition and every refused attempt. Key `${nominationId}:${at}:${id}`. */
  audit: 'nomination-audit',
} as const;

export const asJson = (v: unknown): Json => JSON.parse(JSON.stringify(v)) as Json;

export interface AuditEntry {
  readonly nominationId: string;
  readonly cohortId: string | null;
  readonly action: Transition['action'] | 'refused';
  /** The action that was attempted, for refusals. */
  readonly attempted?: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly actor: PersonRef;
  readonly at: string;
  readonly reason?: string;
}

export interface Seats {
  readonly approved: number;
}

export const personKey = (cohortId: string, aadObjectId: string): string => `${cohortId}:${aadObjectId}`;

export class NominationRepository {
  constructor(private readonly store: Store) {}

  get(id: string): Promise<Entity<Json> | undefined> {
    return this.store.get<Json>(KINDS.nomination, id);
  }

  async find(id: string): Promise<{ nomination: Nomination; version: number } | undefined> {
    const e = await this.get(id);
    return e ? { nomination: e.value as unknown as Nomination, version: e.version } : undefined;
  }

  /** Every nomination; the volumes of a leadership program (hundreds) make a scan cheap. */
  async all(): Promise<Nomination[]> {
    return (await this.store.list<Json>(KINDS.nomination)).map((e) => e.value as unknown as Nomination);
  }

  async forPerson(cohortId: string, aadObjectId: string): Promise<{ nominationId: string; version: number } | undefined> {
    const e = await this.store.get<Json>(KINDS.byPerson, personKey(cohortId, aadObjectId));
    return e ? { nominationId: (e.value as { nominationId: string }).nominationId, version: e.version } : undefined;
  }

  async seats(cohortId: string): Promise<{ seats: Seats; version: number | undefined }> {
    const e = await this.store.get<Json>(KINDS.seats, cohortId);
    return { seats: (e?.value as unknown as Seats | undefined) ?? { approved: 0 }, version: e?.version };
  }

  async audit(nominationId: string): Promise<AuditEntry[]> {
    return (await this.store.list<Json>(KINDS.audit, { prefix: `${nominationId}:` })).map((e) => e.value as unknown as AuditEntry);
  }

  insertOp(n: Nomination): WriteOp {
    return { op: 'insert', kind: KINDS.nomination, key: n.id, value: asJson(n) };
  }

  updateOp(n: Nomination, version: number): WriteOp {
    return { op: 'update', kind: KINDS.nomination, key: n.id, value: asJson(n), version };
  }

  /** Claims the person's place in the cohort: an insert, or an update of a place whose nomination ended. */
  personOp(n: Nomination, existingVersion: number | undefined): WriteOp {
    const key = personKey(n.cohortId, n.nominee.aadObjectId);
    const value = asJson({ nominationId: n.id });
    return existingVersion === undefined
      ? { op: 'insert', kind: KINDS.byPerson, key, value }
      : { op: 'update', kind: KINDS.byPerson, key, value, version: existingVersion };
  }

  seatsOp(cohortId: string, seats: Seats, version: number | undefined): WriteOp {
    return version === undefined
      ? { op: 'insert', kind: KINDS.seats, key: cohortId, value: asJson(seats) }
      : { op: 'update', kind: KINDS.seats, key: cohortId, value: asJson(seats), version };
  }

  auditOp(entry: AuditEntry, id: string): WriteOp {
    return { op: 'insert', kind: KINDS.audit, key: `${entry.nominationId}:${entry.at}:${id}`, value: asJson(entry) };
  }
}

export const auditOfTransition = (n: Nomination, t: Transition): AuditEntry => ({
  nominationId: n.id, cohortId: n.cohortId, action: t.action, from: t.from, to: t.to, actor: t.by, at: t.at,
  ...(t.reason ? { reason: t.reason } : {}),
});
