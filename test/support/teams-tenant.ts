import { createHash } from 'node:crypto';

/**
 * What Teams knows about one tenant and is seen by both emulators: for whom the app is installed (personal
 * scope), for whom the tenant's app permission policy blocks it, and the messages posted in each conversation.
 * The Bot Connector emulator refuses a 1:1 conversation with someone the app is not installed for (403, as
 * Teams does); the Graph emulator installs it (`POST /users/{id}/teamwork/installedApps`), lists it, gives its
 * chat, and lists the messages the connector accepted.
 */
export interface PostedMessage {
  readonly id: string;
  readonly conversationId: string;
  readonly at: number;
  readonly activity: Record<string, unknown>;
}

export class TeamsTenant {
  /** User (Entra object id) -> the installation of the app in their personal scope. */
  readonly installed = new Map<string, { installationId: string; chatId: string; by: 'graph' | 'user' }>();
  /** Users whose app permission policy does not allow the app: Graph answers 403 to installing it. */
  readonly blocked = new Set<string>();
  /** Where the posted messages come from (the connector emulator registers itself). */
  messagesOf: (conversationId: string) => PostedMessage[] = () => [];

  constructor(readonly app: { readonly catalogId: string; readonly externalId: string; readonly botId: string }) {}

  private readonly aadOfUserId = new Map<string, string>();

  /** The app was installed by the user (they opened the bot in Teams); `userId` is their Teams id (29:...). */
  installByUser(aadObjectId: string, userId?: string): void {
    if (userId) this.aadOfUserId.set(userId, aadObjectId);
    this.install(aadObjectId, 'user');
  }

  /** The Entra object id behind a member id of a Bot Framework request (a 29: id or the object id itself). */
  aadOf(memberId: string): string {
    return this.aadOfUserId.get(memberId) ?? memberId;
  }

  install(aadObjectId: string, by: 'graph' | 'user'): { installationId: string; chatId: string } {
    const found = this.installed.get(aadObjectId);
    if (found) return found;
    const installationId = createHash('sha256').update(`${aadObjectId}#${this.app.catalogId}`).digest('base64url').slice(0, 40);
    const made = { installationId, chatId: this.chatIdOf(aadObjectId), by };
    this.installed.set(aadObjectId, made);
    return made;
  }

  /** Bot Framework's `a:` ids of 1:1 chats -> the Graph chat id: the same chat under two names, as in Teams. */
  readonly aliases = new Map<string, string>();

  /** A user's 1:1 chat that Bot Framework calls `conversationId` (the user opened the bot; the app is installed). */
  personalConversation(aadObjectId: string, conversationId: string): void {
    this.install(aadObjectId, 'user');
    this.aliases.set(conversationId, this.chatIdOf(aadObjectId));
  }

  /** The 1:1 chat of a user with the bot, as Graph names it (Bot Framework takes the same id). */
  chatIdOf(aadObjectId: string): string {
    return `19:${aadObjectId}_${this.app.botId}@unq.gbl.spaces`;
  }

  /** A conversation Graph would know: one with messages, or the 1:1 chat of an installation. */
  knownConversation(conversationId: string): boolean {
    return this.messagesOf(conversationId).length > 0 || [...this.installed.values()].some((i) => i.chatId === conversationId)
      || this.conversations.has(conversationId);
  }

  /** Group chats and channels that exist without a message yet. */
  readonly conversations = new Set<string>();

  isInstalled(aadObjectId: string): boolean {
    return this.installed.has(aadObjectId);
  }
}
