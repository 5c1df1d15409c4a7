import type { Json, Store, WriteOp } from '../../../shared/store.port';
import type { RoundOverride } from '../domain/checkin-schedule';

export const CHECKIN_OVERRIDE_KIND = 'checkin-override';

type StoredOverride = { roundId: string; skip?: boolean; postAt?: string };

const fromStored = (v: StoredOverride): RoundOverride => ({
  roundId: v.roundId, ...(v.skip !== undefined ? { skip: v.skip } : {}), ...(v.postAt ? { postAt: new Date(v.postAt) } : {}),
});

/** Keyed by round id (`${cohortId}.after-N`): a cohort's overrides are one prefix and apply to all its groups. */
export class CheckinOverrideRepository {
  constructor(private readonly store: Store) {}

  async get(roundId: string): Promise<RoundOverride | undefined> {
    const e = await this.store.get<Json>(CHECKIN_OVERRIDE_KIND, roundId);
    return e ? fromStored(e.value as unknown as StoredOverride) : undefined;
  }

  async forCohort(cohortId: string): Promise<RoundOverride[]> {
    const rows = await this.store.list<Json>(CHECKIN_OVERRIDE_KIND, { prefix: `${cohortId}.` });
    return rows.map((e) => fromStored(e.value as unknown as StoredOverride));
  }

  upsertOp(o: RoundOverride): WriteOp {
    const value: Json = { roundId: o.roundId, ...(o.skip !== undefined ? { skip: o.skip } : {}), ...(o.postAt ? { postAt: o.postAt.toISOString() } : {}) };
    return { op: 'upsert', kind: CHECKIN_OVERRIDE_KIND, key: o.roundId, value };
  }
}
