import type { Json, Store } from '../../../shared/store.port';
import { toJson } from '../store/json';

export const CHECKIN_DELIVERY_KIND = 'checkin-delivery';

/**
 * One effect of a job on Teams: the group post, the group digest, the facilitator's digest, the closed card,
 * a member's reminder. The round state only knows the post; the other effects need their own record so that a
 * retry after a partial run (digest sent, facilitator not yet) sends nothing twice.
 */
export type DeliveryStep = 'post' | 'digest-group' | 'digest-facilitator' | 'card-closed' | `remind:${string}`;

export interface Delivery {
  readonly conversationId: string;
  readonly activityId?: string;
  /** ISO instant the effect was recorded. */
  readonly at: string;
}

const key = (groupId: string, roundId: string, step: DeliveryStep): string => `${groupId}/${roundId}/${step}`;

export class CheckinDeliveryRepository {
  constructor(private readonly store: Store) {}

  async get(groupId: string, roundId: string, step: DeliveryStep): Promise<Delivery | undefined> {
    const e = await this.store.get<Json>(CHECKIN_DELIVERY_KIND, key(groupId, roundId, step));
    return e ? (e.value as unknown as Delivery) : undefined;
  }

  /** Upsert, not insert: a second record of the same step (a retry racing itself) must not fail the job. */
  async record(groupId: string, roundId: string, step: DeliveryStep, delivery: Delivery): Promise<void> {
    const committed = await this.store.commit([{ op: 'upsert', kind: CHECKIN_DELIVERY_KIND, key: key(groupId, roundId, step), value: toJson(delivery) }]);
    if (!committed.ok) throw new Error('check-in delivery record conflict');
  }
}
