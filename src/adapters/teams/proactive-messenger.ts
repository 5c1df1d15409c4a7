import { ActivityTypes, CardFactory, MessageFactory, TeamsInfo, type CloudAdapter, type ConversationReference, type Activity, type TurnContext } from 'botbuilder';
import { plainCardText } from './card-renderer';
import { PermanentJobError, RetryLaterError } from '../../jobs/job-errors';
import type { ConversationMember, ConversationRef, Messenger, OutboundMessage } from '../../shared/messenger.port';

/** The botbuilder form of a stored reference. */
export function toReference(ref: ConversationRef): Partial<ConversationReference> {
  return {
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    bot: { id: ref.botId, name: 'Lederbot' },
    conversation: { id: ref.conversationId, isGroup: ref.conversationType !== 'personal', conversationType: ref.conversationType, tenantId: ref.tenantId, name: '' },
    user: ref.userId ? { id: ref.userId, name: '', aadObjectId: ref.userAadId } : undefined,
    locale: ref.locale,
  };
}

export function toActivity(message: OutboundMessage): Partial<Activity> {
  if (message.card === undefined) return MessageFactory.text(message.text);
  // The text is the summary for notifications and the fallback for clients that cannot render the card:
  // Teams shows it as it is, so the card's markdown escapes are taken out.
  const a = MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
  a.summary = plainCardText(message.text);
  return a;
}

interface ConnectorFailure { statusCode?: number; code?: string; response?: { headers?: { get(name: string): string | undefined } }; body?: unknown }

/** Maps a Bot Connector failure to the job runner's vocabulary (see notes: 429/412/5xx retry; 403 is final). */
export function classifyConnectorError(e: unknown): Error {
  const f = (typeof e === 'object' && e !== null ? e : {}) as ConnectorFailure;
  const status = f.statusCode;
  const retryAfter = f.response?.headers?.get('retry-after');
  const retryAfterMs = retryAfter !== undefined && /^\d+(\.\d+)?$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
  const text = JSON.stringify(f.body ?? '') + String(f.code ?? '');
  if (status === 403) {
    const sub = /MessageWritesBlocked/i.test(text) ? 'MessageWritesBlocked' : /BotNotInConversationRoster/i.test(text) ? 'BotNotInConversationRoster' : 'Forbidden';
    return new PermanentJobError(`Teams refused the conversation (${sub})`, `teams-403-${sub}`);
  }
  if (status === 404) return new PermanentJobError('Teams conversation not found', 'teams-404');
  if (status === 429 || status === 412 || (status !== undefined && status >= 500)) {
    return new RetryLaterError(`Teams answered ${status}`, retryAfterMs);
  }
  if (status !== undefined && status >= 400) return new PermanentJobError(`Teams answered ${status}`, `teams-${status}`);
  return new RetryLaterError(e instanceof Error ? e.message : 'Teams send failed');
}

/** Sends through botbuilder's CloudAdapter from stored references (works for anonymous local runs too). */
export class ProactiveMessenger implements Messenger {
  constructor(private readonly adapter: CloudAdapter, private readonly appId: string) {}

  async send(to: ConversationRef, message: OutboundMessage): Promise<{ activityId: string }> {
    let activityId = '';
    await this.continueWith(to, async (ctx) => {
      const r = await ctx.sendActivity(toActivity(message));
      activityId = r?.id ?? '';
    });
    return { activityId };
  }

  async update(to: ConversationRef, activityId: string, message: OutboundMessage): Promise<void> {
    await this.continueWith(to, async (ctx) => {
      await ctx.updateActivity({ ...toActivity(message), id: activityId, type: ActivityTypes.Message });
    });
  }

  /**
   * Runs `logic` in the stored conversation and rethrows what it threw. The adapter hands errors inside the
   * logic to its onTurnError handler (teams-ai's app.error) and resolves, so without catching them here a
   * 429 or a 403 would look like a successful send.
   */
  private async continueWith(to: ConversationRef, logic: (ctx: TurnContext) => Promise<void>): Promise<void> {
    let failure: { error: unknown } | undefined;
    try {
      await this.adapter.continueConversationAsync(this.appId, toReference(to), async (ctx) => {
        try {
          await logic(ctx);
        } catch (e) {
          failure = { error: e };
        }
      });
    } catch (e) {
      throw classifyConnectorError(e);
    }
    if (failure) throw classifyConnectorError(failure.error);
  }

  async members(of: ConversationRef): Promise<ConversationMember[]> {
    const all: ConversationMember[] = [];
    await this.continueWith(of, async (ctx) => {
      let token: string | undefined;
      do {
        const page = await TeamsInfo.getPagedMembers(ctx, 500, token);
        for (const m of page.members) {
          if (m.id === of.botId) continue;
          all.push({ userId: m.id, name: m.name || m.givenName || '', ...(m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}) });
        }
        token = page.continuationToken || undefined;
      } while (token);
    });
    return all;
  }

  async createPersonal(via: ConversationRef, user: { userId: string; aadObjectId?: string }): Promise<ConversationRef> {
    let created: ConversationRef | undefined;
    try {
      await this.adapter.createConversationAsync(this.appId, via.channelId, via.serviceUrl, 'https://api.botframework.com', {
        isGroup: false,
        bot: { id: via.botId, name: 'Lederbot' },
        members: [{ id: user.userId, name: '' }],
        tenantId: via.tenantId,
        channelData: { tenant: { id: via.tenantId } },
      }, (ctx) => {
        const ref = ctx.activity.conversation;
        created = {
          conversationId: ref.id, serviceUrl: via.serviceUrl, tenantId: via.tenantId, channelId: via.channelId, botId: via.botId,
          conversationType: 'personal', userId: user.userId, userAadId: user.aadObjectId,
        };
        return Promise.resolve();
      });
    } catch (e) {
      throw classifyConnectorError(e);
    }
    if (!created) throw new RetryLaterError('Teams did not return a conversation');
    return created;
  }
}
