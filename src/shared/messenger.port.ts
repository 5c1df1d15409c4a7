import type { Json } from './store.port';

/**
 * Where a proactive message goes: what the bot stored when it was installed or spoken to. Capabilities keep
 * these ids in their own records; only the Teams adapter knows how to turn them into a send.
 */
export interface ConversationRef {
  readonly conversationId: string;
  readonly serviceUrl: string;
  readonly tenantId: string | undefined;
  readonly channelId: string;
  readonly botId: string;
  readonly conversationType: 'personal' | 'channel' | 'groupChat';
  /** Entra object id of the user in a personal chat. */
  readonly userAadId?: string;
  /** Teams user id (29:...) of the user in a personal chat. */
  readonly userId?: string;
  readonly teamId?: string;
  /** The Entra group id of a channel's team (Graph addresses the team by it). */
  readonly teamAadGroupId?: string;
  readonly locale?: string;
}

/** Every message has plain text for clients that cannot show cards, and may carry an Adaptive Card. */
export interface OutboundMessage {
  readonly text: string;
  readonly card?: Json;
}

/** Someone in a conversation, as Teams lists them (the bot itself is left out). */
export interface ConversationMember {
  readonly userId: string;
  readonly aadObjectId?: string;
  readonly name: string;
}

/**
 * Sends into Teams. Implementations throw the job errors of src/jobs/job-errors.ts: RetryLaterError for 429,
 * 412 and 5xx (with Retry-After when given), PermanentJobError for 403/404 (bot removed, user blocked the bot).
 */
export interface Messenger {
  send(to: ConversationRef, message: OutboundMessage): Promise<{ readonly activityId: string }>;
  update(to: ConversationRef, activityId: string, message: OutboundMessage): Promise<void>;
  /**
   * Opens (or finds) the 1:1 chat with a user the bot shares a team or chat with. With Graph, someone the app is
   * not installed for gets it installed; `cohortId` and `name` say whose coordinators to tell if that is blocked.
   */
  createPersonal(via: ConversationRef, user: {
    readonly userId: string; readonly aadObjectId?: string; readonly cohortId?: string; readonly name?: string;
  }): Promise<ConversationRef>;
  /** Everyone in a conversation, all pages (for a channel Teams lists the whole team). */
  members(of: ConversationRef): Promise<ConversationMember[]>;
}
