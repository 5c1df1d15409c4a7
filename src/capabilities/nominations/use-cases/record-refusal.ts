import type { Json, Store, WriteOp } from '../../../shared/store.port';
import type { PersonRef } from '../domain/nomination';
import type { NominationsDeps } from '../ports';
import { asJson, NominationRepository } from '../store/nomination.repository';

/**
 * How much of the refusal history is kept in full. A flood of forged actions must not grow the store without
 * limit, yet the first attempts of each person are the evidence coordinators need, so the bound drops later
 * attempts rather than early ones: each person's first PER_PERSON refusals are audited in full, all refusals
 * together at most TOTAL (beyond it each person still gets their first one), and every further attempt only
 * counts in the person's tally. Tallies themselves stop at PEOPLE people; later strangers are only counted.
 */
export interface RefusalLimits {
  readonly perPerson: number;
  readonly total: number;
  readonly people: number;
}

export const REFUSAL_LIMITS: RefusalLimits = { perPerson: 20, total: 10_000, people: 10_000 };

export const REFUSAL_KINDS = {
  /** Per person: how many refusals, when the first and the last. Key: the Entra object id. */
  tally: 'nomination-refusal-tally',
  /** One row (key `all`): audited entries, people tallied, attempts dropped for want of a tally. */
  totals: 'nomination-refusal-totals',
} as const;

export interface RefusalTally { readonly count: number; readonly firstAt: string; readonly lastAt: string; readonly lastAttempted: string }
export interface RefusalTotals { readonly audited: number; readonly people: number; readonly dropped: number }

const write = (kind: string, key: string, value: unknown, version: number | undefined): WriteOp =>
  version === undefined ? { op: 'insert', kind, key, value: asJson(value) } : { op: 'update', kind, key, value: asJson(value), version };

/** Reads a refusal tally back (tests, a coordinator's report). */
export async function refusalTally(store: Store, aadObjectId: string): Promise<RefusalTally | undefined> {
  return (await store.get<Json>(REFUSAL_KINDS.tally, aadObjectId))?.value as unknown as RefusalTally | undefined;
}

const ATTEMPTS = 5;

/**
 * An attempt by someone without the role (a forged or stale card action) changes nothing but the refusal
 * history, so coordinators can see who tried what. Logged with ids only.
 */
export async function recordRefusal(deps: NominationsDeps, r: {
  nominationId: string; cohortId: string | null; attempted: string; actor: PersonRef; at: Date;
}, limits: RefusalLimits = REFUSAL_LIMITS): Promise<void> {
  const repo = new NominationRepository(deps.store);
  const at = r.at.toISOString();
  const aad = r.actor.aadObjectId;
  type Outcome = 'audited' | 'counted' | 'dropped' | 'conflict';
  let outcome: Outcome = 'conflict';
  for (let attempt = 0; attempt < ATTEMPTS && outcome === 'conflict'; attempt += 1) {
    const tallyRow = await deps.store.get<Json>(REFUSAL_KINDS.tally, aad);
    const totalsRow = await deps.store.get<Json>(REFUSAL_KINDS.totals, 'all');
    const tally = tallyRow?.value as unknown as RefusalTally | undefined;
    const totals = (totalsRow?.value as unknown as RefusalTotals | undefined) ?? { audited: 0, people: 0, dropped: 0 };
    const ops: WriteOp[] = [];
    let next: Outcome;
    if (!tally && totals.people >= limits.people) {
      next = 'dropped';
      ops.push(write(REFUSAL_KINDS.totals, 'all', { ...totals, dropped: totals.dropped + 1 }, totalsRow?.version));
    } else {
      const count = tally?.count ?? 0;
      const audited = count < limits.perPerson && (count === 0 || totals.audited < limits.total);
      next = audited ? 'audited' : 'counted';
      ops.push(
        write(REFUSAL_KINDS.tally, aad, { count: count + 1, firstAt: tally?.firstAt ?? at, lastAt: at, lastAttempted: r.attempted }, tallyRow?.version),
        write(REFUSAL_KINDS.totals, 'all', { ...totals, audited: totals.audited + (audited ? 1 : 0), people: totals.people + (tally ? 0 : 1) }, totalsRow?.version),
      );
      if (audited) {
        ops.push(repo.auditOp({
          nominationId: r.nominationId, cohortId: r.cohortId, action: 'refused', attempted: r.attempted, from: null, to: null, actor: r.actor, at,
        }, deps.newId()));
      }
    }
    if ((await deps.store.commit(ops)).ok) outcome = next;
  }
  deps.logger.warn('nomination action refused', {
    nominationId: r.nominationId, cohortId: r.cohortId, attempted: r.attempted, actorId: aad, recorded: outcome,
  });
}
