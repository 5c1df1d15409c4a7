import type { ConversationRef } from './messenger.port';
import type { Json, Store } from './store.port';

/** What the bot knows of a user: enough to reach them and to speak their language. No message text. */
export interface KnownUser {
  readonly aadObjectId: string;
  readonly userId: string;
  readonly name: string;
  readonly locale: string | undefined;
  readonly tenantId: string | undefined;
}

export interface StoredConversation {
  readonly ref: ConversationRef;
  readonly reachable: boolean;
  readonly unreachableReason?: string;
}

/** Exported for the privacy port (conversation-personal-data.ts). */
export const CONVERSATION = 'conversation';
export const PERSONAL = 'personal-conversation';
export const USER = 'user';

const asJson = (v: unknown): Json => JSON.parse(JSON.stringify(v)) as Json;

/** Known users whose stored record this process has read or written, by aadObjectId (bounded, oldest out). */
const KNOWN_USERS_MAX = 10_000;

/**
 * Conversation references and known users, kept from every turn so that later proactive messages
 * (notifications, check-ins, reminders) know where to go.
 */
export class ConversationDirectory {
  /**
   * The stored record (as JSON text) of each user this process last read or wrote. A user's record is written
   * only from their own turns, so an unchanged record need not be read again on every message. Conversations are
   * always read: another instance may have marked one unreachable (a 403), and the next turn must clear that.
   */
  private readonly knownUsers = new Map<string, string>();

  constructor(private readonly store: Store) {}

  async remember(ref: ConversationRef, user?: KnownUser): Promise<void> {
    const existing = await this.store.get<Json>(CONVERSATION, ref.conversationId);
    const prev = existing?.value as unknown as StoredConversation | undefined;
    const sameRef = prev && JSON.stringify(prev.ref) === JSON.stringify(ref) && prev.reachable;
    const userText = user ? JSON.stringify(user) : undefined;
    const sameUser = user && userText === (this.knownUsers.get(user.aadObjectId) ?? await this.readUser(user.aadObjectId));
    // Most turns change nothing: skip the write so chat traffic does not churn the store.
    if (sameRef && (!user || sameUser)) return;
    const ops: Parameters<Store['commit']>[0][number][] = [
      { op: 'upsert', kind: CONVERSATION, key: ref.conversationId, value: asJson({ ref, reachable: true }) },
    ];
    if (ref.conversationType === 'personal' && ref.userAadId) {
      ops.push({ op: 'upsert', kind: PERSONAL, key: ref.userAadId, value: ref.conversationId });
    }
    if (user) ops.push({ op: 'upsert', kind: USER, key: user.aadObjectId, value: asJson(user) });
    await this.store.commit(ops);
    if (user && userText !== undefined) this.knowUser(user.aadObjectId, userText);
  }

  /** The user's stored record as JSON text (and noted as known), or undefined. */
  private async readUser(aadObjectId: string): Promise<string | undefined> {
    const e = await this.store.get<Json>(USER, aadObjectId);
    if (!e) return undefined;
    const text = JSON.stringify(e.value);
    this.knowUser(aadObjectId, text);
    return text;
  }

  private knowUser(aadObjectId: string, text: string): void {
    this.knownUsers.delete(aadObjectId);
    this.knownUsers.set(aadObjectId, text);
    if (this.knownUsers.size > KNOWN_USERS_MAX) {
      const oldest = this.knownUsers.keys().next();
      if (!oldest.done) this.knownUsers.delete(oldest.value);
    }
  }

  /** After a person's data was erased: this process no longer assumes it has their record. */
  forget(aadObjectId: string): void {
    this.knownUsers.delete(aadObjectId);
  }

  async get(conversationId: string): Promise<StoredConversation | undefined> {
    const e = await this.store.get<Json>(CONVERSATION, conversationId);
    return e?.value as unknown as StoredConversation | undefined;
  }

  async personalFor(aadObjectId: string): Promise<StoredConversation | undefined> {
    const id = await this.store.get<string>(PERSONAL, aadObjectId);
    return id ? this.get(id.value) : undefined;
  }

  /** Group chats and channels the bot is in (or was, when not reachable). */
  async groupConversations(): Promise<StoredConversation[]> {
    const all = await this.store.list<Json>(CONVERSATION);
    return all.map((e) => e.value as unknown as StoredConversation).filter((c) => c.ref.conversationType !== 'personal');
  }

  async user(aadObjectId: string): Promise<KnownUser | undefined> {
    const e = await this.store.get<Json>(USER, aadObjectId);
    return e?.value as unknown as KnownUser | undefined;
  }

  async users(): Promise<KnownUser[]> {
    return (await this.store.list<Json>(USER)).map((e) => e.value as unknown as KnownUser);
  }

  /** 403 from Teams: the bot was removed or blocked. Later sends are skipped until the bot is spoken to again. */
  async markUnreachable(conversationId: string, reason: string): Promise<void> {
    const cur = await this.store.get<Json>(CONVERSATION, conversationId);
    if (!cur) return;
    const value = { ...(cur.value as unknown as StoredConversation), reachable: false, unreachableReason: reason };
    await this.store.commit([{ op: 'upsert', kind: CONVERSATION, key: conversationId, value: asJson(value) }]);
  }
}
