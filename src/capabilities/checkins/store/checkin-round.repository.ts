import type { Json, Store, WriteOp } from '../../../shared/store.port';
import { toJson } from './json';

export const CHECKIN_ROUND_KIND = 'checkin-round';

export type RoundStatus = 'planned' | 'posted' | 'closed' | 'skipped';

/** What happened to one round in one group; the schedule itself is derived from the catalog, not stored. */
export interface RoundState {
  readonly groupId: string;
  readonly roundId: string;
  /** The posted check-in card, so the digest can update or reply to it. */
  readonly activityId?: string;
  readonly postedAt?: string;
  readonly remindedAt?: string;
  readonly digestedAt?: string;
  readonly status: RoundStatus;
}

export interface StoredRoundState {
  readonly state: RoundState;
  readonly version: number;
}

export const roundStateKey = (groupId: string, roundId: string): string => `${groupId}/${roundId}`;

/** A round nobody has touched yet is 'planned'; no row is written until something happens. */
export const plannedState = (groupId: string, roundId: string): RoundState => ({ groupId, roundId, status: 'planned' });

export class CheckinRoundRepository {
  constructor(private readonly store: Store) {}

  async get(groupId: string, roundId: string): Promise<StoredRoundState | undefined> {
    const e = await this.store.get<Json>(CHECKIN_ROUND_KIND, roundStateKey(groupId, roundId));
    return e ? { state: e.value as unknown as RoundState, version: e.version } : undefined;
  }

  async forGroup(groupId: string): Promise<StoredRoundState[]> {
    const rows = await this.store.list<Json>(CHECKIN_ROUND_KIND, { prefix: `${groupId}/` });
    return rows.map((e) => ({ state: e.value as unknown as RoundState, version: e.version }));
  }

  /** Insert when new (version undefined), else an update that fails on a concurrent change. */
  saveOp(state: RoundState, version: number | undefined): WriteOp {
    const key = roundStateKey(state.groupId, state.roundId);
    const value = toJson(state);
    return version === undefined
      ? { op: 'insert', kind: CHECKIN_ROUND_KIND, key, value }
      : { op: 'update', kind: CHECKIN_ROUND_KIND, key, value, version };
  }
}
