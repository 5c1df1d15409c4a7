import type { TurnContext } from 'botbuilder';
import { replyLanguage, type Lang } from '../../shared/i18n';
import type { Logger } from '../../shared/logger';
import type { ConversationRef } from '../../shared/messenger.port';

const LOGGER = Symbol('lederbot.logger');

/** The per-turn logger carries the correlation id set by the server for this request. */
export function setTurnLogger(context: TurnContext, logger: Logger): void {
  context.turnState.set(LOGGER, logger);
}

export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return context.turnState.get<Logger | undefined>(LOGGER) ?? fallback;
}

/** Language of the reply: the language the user wrote in, else the client's locale, else bokmål. */
export function turnLang(context: TurnContext): Lang {
  const text = typeof context.activity.text === 'string' ? context.activity.text : undefined;
  return replyLanguage(text, context.activity.locale);
}

/** Who is calling, from the authenticated activity: never from card data. */
export interface Caller {
  readonly aadObjectId: string | undefined;
  readonly userId: string;
  readonly name: string;
  readonly tenantId: string | undefined;
}

export function tenantOf(context: TurnContext): string | undefined {
  const cd = context.activity.channelData as { tenant?: { id?: string } } | undefined;
  return cd?.tenant?.id ?? context.activity.conversation?.tenantId;
}

export function caller(context: TurnContext): Caller {
  const f = context.activity.from;
  return { aadObjectId: f?.aadObjectId, userId: f?.id ?? '', name: f?.name ?? '', tenantId: tenantOf(context) };
}

export function conversationRefOf(context: TurnContext): ConversationRef {
  const a = context.activity;
  const raw = a.conversation?.conversationType;
  const type: ConversationRef['conversationType'] = raw === 'channel' ? 'channel' : raw === 'groupChat' ? 'groupChat'
    : a.conversation?.isGroup ? 'groupChat' : 'personal';
  const cd = a.channelData as { team?: { id?: string; aadGroupId?: string } } | undefined;
  return {
    conversationId: a.conversation.id,
    serviceUrl: a.serviceUrl,
    tenantId: tenantOf(context),
    channelId: a.channelId,
    botId: a.recipient?.id ?? '',
    conversationType: type,
    ...(type === 'personal' ? { userId: a.from?.id, userAadId: a.from?.aadObjectId } : {}),
    ...(cd?.team?.id ? { teamId: cd.team.id } : {}),
    ...(cd?.team?.aadGroupId ? { teamAadGroupId: cd.team.aadGroupId } : {}),
    ...(a.locale ? { locale: a.locale } : {}),
  };
}
