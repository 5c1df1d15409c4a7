import type { ConversationRef } from '../../../shared/messenger.port';
import type { Json, Store, WriteOp } from '../../../shared/store.port';
import { asJson } from './nomination.repository';

/**
 * Where the bot reaches coordinators and what it already sent. Jobs record each send here right after it
 * succeeds, and check here before sending, so a retried job does not send twice.
 */
const KINDS = {
  channel: 'coordinator-channel',
  posts: 'nomination-post',
  notice: 'nomination-notice',
  alert: 'coordinator-alert',
} as const;

export interface CoordinatorChannel {
  readonly cohortId: string;
  readonly ref: ConversationRef;
  readonly registeredBy: string;
  readonly registeredAt: string;
  /** Locale of the coordinator who registered it: the language of cards posted there. */
  readonly locale: string | undefined;
}

export interface CardPost {
  readonly conversationId: string;
  readonly activityId: string;
  readonly ref: ConversationRef;
  readonly locale: string | undefined;
}

export class DeliveryRepository {
  constructor(private readonly store: Store) {}

  async channel(cohortId: string): Promise<CoordinatorChannel | undefined> {
    return (await this.store.get<Json>(KINDS.channel, cohortId))?.value as unknown as CoordinatorChannel | undefined;
  }

  channelOp(c: CoordinatorChannel): WriteOp {
    return { op: 'upsert', kind: KINDS.channel, key: c.cohortId, value: asJson(c) };
  }

  async posts(nominationId: string): Promise<CardPost[]> {
    const e = await this.store.get<Json>(KINDS.posts, nominationId);
    return (e?.value as unknown as { posts: CardPost[] } | undefined)?.posts ?? [];
  }

  /** Adds a post; a job is the only writer of a nomination's posts at a time (lane), so upsert is safe. */
  async addPost(nominationId: string, post: CardPost): Promise<void> {
    const posts = (await this.posts(nominationId)).filter((p) => p.conversationId !== post.conversationId);
    await this.store.commit([{ op: 'upsert', kind: KINDS.posts, key: nominationId, value: asJson({ posts: [...posts, post] }) }]);
  }

  async noticeSent(key: string): Promise<boolean> {
    return (await this.store.get<Json>(KINDS.notice, key)) !== undefined;
  }

  async recordNotice(key: string, conversationId: string, at: Date): Promise<void> {
    await this.store.commit([{ op: 'upsert', kind: KINDS.notice, key, value: asJson({ conversationId, at: at.toISOString() }) }]);
  }

  async alertSentTo(alertId: string): Promise<string[]> {
    const e = await this.store.get<Json>(KINDS.alert, alertId);
    return (e?.value as unknown as { sent: string[] } | undefined)?.sent ?? [];
  }

  async recordAlert(alertId: string, conversationId: string): Promise<void> {
    const sent = await this.alertSentTo(alertId);
    if (sent.includes(conversationId)) return;
    await this.store.commit([{ op: 'upsert', kind: KINDS.alert, key: alertId, value: asJson({ sent: [...sent, conversationId] }) }]);
  }
}
