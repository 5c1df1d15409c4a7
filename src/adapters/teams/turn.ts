import type { TurnContext } from 'botbuilder';
import { detectLanguage, langFromLocale, type Lang } from '../../shared/i18n';
import type { Logger } from '../../shared/logger';
import type { ConversationRef } from '../../shared/messenger.port';

const LOGGER = Symbol('lederbot.logger');
const FORGOTTEN = Symbol('lederbot.forgotten');

/**
 * The caller's data was erased in this turn ("slett mine data"): the turn must not store their conversation
 * reference and name again afterwards (invokes are remembered after their route ran).
 */
export function markForgotten(context: TurnContext): void {
  context.turnState.set(FORGOTTEN, true);
}

export const isForgotten = (context: TurnContext): boolean => context.turnState.get<boolean | undefined>(FORGOTTEN) === true;

/** The per-turn logger carries the correlation id set by the server for this request. */
export function setTurnLogger(context: TurnContext, logger: Logger): void {
  context.turnState.set(LOGGER, logger);
}

export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return context.turnState.get<Logger | undefined>(LOGGER) ?? fallback;
}

const LANG = Symbol('lederbot.lang');

/** The person's kept language for this turn, and how to keep a new one (set by the app before routes run). */
export interface TurnLangState {
  stored: Lang | undefined;
  readonly keep: (lang: Lang) => Promise<void>;
}

export function setTurnLangState(context: TurnContext, state: TurnLangState): void {
  context.turnState.set(LANG, state);
}

const langState = (context: TurnContext): TurnLangState | undefined => context.turnState.get<TurnLangState | undefined>(LANG);

/**
 * Language of the reply: the language the user wrote this message in, else the language kept for them (what
 * they last wrote in, or chose with `språk`/`language`), else the client's locale, else bokmål. The locale
 * comes last: many Norwegian staff run Teams in English.
 */
export function turnLang(context: TurnContext): Lang {
  const text = typeof context.activity.text === 'string' ? context.activity.text : undefined;
  return (text ? detectLanguage(text) : undefined) ?? langState(context)?.stored ?? langFromLocale(context.activity.locale);
}

/**
 * Language of the answer to a card action: the person's kept language, else the language the card was drawn
 * in (its action data), else the locale. A client stamped en-US does not turn a bokmål writer's cards English.
 */
export function actionLang(context: TurnContext, data: unknown): Lang {
  const l = typeof data === 'object' && data !== null ? (data as { lang?: unknown }).lang : undefined;
  return langState(context)?.stored ?? (l === 'nb' || l === 'en' ? l : langFromLocale(context.activity.locale));
}

/** A typed command tells the language its words are in: kept for the person like any text they write. */
export async function keepTurnLang(context: TurnContext, lang: Lang): Promise<void> {
  const state = langState(context);
  if (!state || state.stored === lang) return;
  await state.keep(lang);
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
