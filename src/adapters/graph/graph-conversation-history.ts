import type { Client } from '@microsoft/microsoft-graph-client';
import { carriesMarker } from '../../capabilities/reach/domain/post-marker';
import type { ConversationAddress, ConversationHistory, MarkerSearch } from '../../capabilities/reach/ports';
import { statusOf, toJobError } from './graph-errors';

interface Message { readonly id?: string; readonly attachments?: ReadonlyArray<{ readonly content?: unknown }> }
interface Page { readonly value: readonly Message[]; readonly '@odata.nextLink'?: string }

/** Graph lists at most 50 messages a page; a post whose outcome is unknown is among the last few. */
const PAGE = 50;
const PAGES = 4;

/**
 * Reads a conversation's most recent messages through Graph, newest first, following @odata.nextLink for up to
 * 200: a chat (1:1 or group, `GET /chats/{id}/messages`, resource-specific consent ChatMessage.Read.Chat) or a
 * channel (`GET /teams/{group id}/channels/{id}/messages`, ChannelMessage.Read.Group). A 1:1 chat that Bot
 * Framework names with an `a:` id is found through the app's installation for the person when that is
 * configured; a channel whose team's group id the bot never saw cannot be read.
 */
export class GraphConversationHistory implements ConversationHistory {
  private readonly chats = new Map<string, string>();

  /**
   * `personalChatId` (with TEAMS_APP_CATALOG_ID: the app installation's chat) gives the Graph id of a 1:1 chat
   * that Bot Framework names with an `a:` id.
   */
  constructor(private readonly client: Client, private readonly personalChatId?: (aadObjectId: string) => Promise<string | undefined>) {}

  async findMarker(where: ConversationAddress, marker: string): Promise<MarkerSearch> {
    const path = await this.pathOf(where);
    if (!path) return { kind: 'unreadable' };
    try {
      let page = await this.client.api(path).top(PAGE).get() as Page;
      for (let n = 1; ; n += 1) {
        const hit = page.value.find((m) => (m.attachments ?? []).some((a) => carriesMarker(a.content, marker)));
        if (hit?.id) return { kind: 'found', messageId: hit.id };
        const next = page['@odata.nextLink'];
        if (!next || n >= PAGES) return { kind: 'absent' };
        page = await this.client.api(next).get() as Page;
      }
    } catch (e) {
      const status = statusOf(e);
      if (status === 403 || status === 404 || status === 400) return { kind: 'unreadable' };
      throw toJobError(e, 'reading recent messages');
    }
  }

  private async pathOf(where: ConversationAddress): Promise<string | undefined> {
    const [id, thread] = where.conversationId.split(';');
    if (!id.startsWith('19:')) {
      if (where.conversationType !== 'personal' || !where.userAadId || !this.personalChatId) return undefined;
      const chat = this.chats.get(where.userAadId) ?? await this.personalChatId(where.userAadId).catch(() => undefined);
      if (!chat) return undefined;
      this.chats.set(where.userAadId, chat);
      return `/chats/${encodeURIComponent(chat)}/messages`;
    }
    if (where.conversationType !== 'channel') return `/chats/${encodeURIComponent(id)}/messages`;
    if (!where.teamAadGroupId) return undefined;
    const channel = `/teams/${encodeURIComponent(where.teamAadGroupId)}/channels/${encodeURIComponent(id)}/messages`;
    // A conversation of one channel thread (`;messageid=`): the bot's posts there are replies to that message.
    const root = /^messageid=(\d+)$/.exec(thread ?? '')?.[1];
    return root ? `${channel}/${root}/replies` : channel;
  }
}
