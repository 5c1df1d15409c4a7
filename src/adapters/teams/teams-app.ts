import { ActivityTypes, type ConfigurationBotFrameworkAuthenticationOptions, type TurnContext } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import type { Config } from '../../config';
import type { ConversationDirectory } from '../../shared/conversation-directory';
import { describeError } from '../../shared/errors';
import { format, messageLanguage, pick, type Lang } from '../../shared/i18n';
import type { Logger } from '../../shared/logger';
import type { KeptLang, PersonDirectory } from '../../shared/person-directory';
import { answerInvokeError, invokeAnswered } from './invoke-response';
import { LederbotAdapter } from './lederbot-adapter';
import { toActivity } from './proactive-messenger';
import { coreMessages } from './core-messages';
import type { ConversationScope, TeamsCapability } from './teams-capability';
import { actionLang, caller, conversationRefOf, isForgotten, setTurnLangState, turnLang, turnLogger } from './turn';
import { welcomeMessage } from './welcome-card';

/** How the adapter signs its calls to the Bot Connector (tests pass one that does not sign in). */
export type CredentialsFactory = ServiceClientCredentialsFactory;

/** `språk norsk`, `language english`, or the bare word (which explains itself). */
const LANGUAGE_COMMAND = /^\s*((språk|language)(?:\s+(\S+))?)\s*$/i;

function languageNamed(word: string): Lang | undefined {
  const w = word.toLowerCase();
  if (/^(norsk|bokmål|bokmal|nb|no|norwegian|nynorsk|nn)$/.test(w)) return 'nb';
  if (/^(engelsk|english|en|eng)$/.test(w)) return 'en';
  return undefined;
}

/** Longest message text the bot reads; longer ones get a polite refusal and change nothing. */
export const MAX_TEXT_LENGTH = 2000;

export function createAdapter(config: Config, credentialsFactory?: ServiceClientCredentialsFactory): LederbotAdapter {
  const id = config.identity;
  const auth: ConfigurationBotFrameworkAuthenticationOptions = id
    ? {
      MicrosoftAppId: id.appId,
      MicrosoftAppPassword: id.password,
      MicrosoftAppType: id.type === 'UserAssignedMsi' ? 'UserAssignedMSI' : 'SingleTenant',
      MicrosoftAppTenantId: id.tenantId,
      ...(id.openIdMetadataUrl ? { ToBotFromChannelOpenIdMetadataUrl: id.openIdMetadataUrl } : {}),
      ...(id.tokenIssuer ? { ToBotFromChannelTokenIssuer: id.tokenIssuer } : {}),
    }
    : {};
  return new LederbotAdapter(auth, id, credentialsFactory);
}

export interface TeamsBotDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly adapter: TeamsAdapter;
  readonly conversations: ConversationDirectory;
  readonly people: PersonDirectory;
  readonly capabilities: readonly TeamsCapability[];
}

const handledTypes = new Set<string>([
  ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
]);

/** Where the turn happens (Teams' conversationType; a missing one is a 1:1 chat). */
const scopeOf = (context: TurnContext): ConversationScope => {
  const t = context.activity.conversation?.conversationType;
  return t === 'groupChat' || t === 'channel' ? t : 'personal';
};

/** The name people @mention the bot by (the app's name in Teams). */
const botName = (context: TurnContext): string => context.activity.recipient?.name?.trim() || 'Lederbot';

const isBotAdded = (context: TurnContext): boolean =>
  (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);

/**
 * The teams-ai Application: one place that keeps references, answers install and help, guards input size,
 * hands every other route to the capabilities, and turns unexpected errors into one kind reply.
 */
export function createTeamsApp(deps: TeamsBotDeps): Application<TurnState> {
  const { logger, conversations, people, capabilities } = deps;
  const app = new Application<TurnState>({
    adapter: deps.adapter,
    botAppId: deps.config.identity?.appId ?? '',
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  const remember = async (context: TurnContext): Promise<void> => {
    const a = context.activity;
    const who = caller(context);
    if (!a.conversation?.id || !a.serviceUrl) return;
    await conversations.remember(conversationRefOf(context), who.aadObjectId ? {
      aadObjectId: who.aadObjectId, userId: who.userId, name: who.name, locale: a.locale, tenantId: who.tenantId,
    } : undefined);
  };

  /**
   * The person's kept language for this turn, and a message's own language kept for them (unless they chose one
   * with `språk`/`language`), so buttons and proactive messages later speak it whatever the client's locale.
   */
  const keepLanguage = async (context: TurnContext): Promise<void> => {
    const aad = caller(context).aadObjectId;
    if (!aad) return;
    // What was read is passed on, so keeping a new language costs no second read (a stale one is read again).
    let kept: KeptLang | null | undefined = (await people.langEntry(aad)) ?? null;
    const state = {
      stored: kept?.choice.lang,
      keep: async (lang: Lang): Promise<void> => {
        const known = kept;
        kept = undefined;
        state.stored = (await people.noteLang(aad, lang, 'text', known))?.lang;
      },
    };
    setTurnLangState(context, state);
    const text = context.activity.type === String(ActivityTypes.Message) && typeof context.activity.text === 'string' ? context.activity.text : '';
    // "in English please" keeps English even when written in bokmål, and the other way round.
    const written = text ? messageLanguage(text) : undefined;
    if (written && written !== state.stored) await state.keep(written);
  };

  app.turn('beforeTurn', async (context) => {
    const a = context.activity;
    // Known turns refresh where the bot can reach this conversation and user later (proactive messages);
    // activity types the bot does not handle are ignored and leave nothing behind. Invokes are remembered once a
    // route took them (afterTurn): an invoke the bot has no route for is refused and changes nothing.
    if (!handledTypes.has(a.type)) return false;
    if (a.type !== String(ActivityTypes.Invoke)) await remember(context);
    await keepLanguage(context);
    if (a.type === String(ActivityTypes.Message) && typeof a.text === 'string' && a.text.length > MAX_TEXT_LENGTH) {
      const lang = turnLang(context);
      await context.sendActivity(format(coreMessages.tooLong, lang, { length: a.text.length, max: MAX_TEXT_LENGTH }));
      return false;
    }
    return true;
  });

  app.turn('afterTurn', async (context) => {
    // teams-ai runs afterTurn also when no route matched: only an invoke a route answered is remembered.
    // A turn that erased the caller's data leaves nothing of them behind.
    if (context.activity.type === String(ActivityTypes.Invoke) && invokeAnswered(context) && !isForgotten(context)) await remember(context);
    return true;
  });

  app.conversationUpdate('membersAdded', async (context) => {
    if (!isBotAdded(context)) return;
    await context.sendActivity(toActivity(welcomeMessage(turnLang(context), capabilities, 'welcome', scopeOf(context), botName(context))));
  });

  app.message(LANGUAGE_COMMAND, async (context) => {
    const m = LANGUAGE_COMMAND.exec(String(context.activity.text ?? ''));
    const chosen = m?.[3] ? languageNamed(m[3]) : undefined;
    const aad = caller(context).aadObjectId;
    if (!chosen || !aad) {
      const lang: Lang = m?.[2] && /^spr/i.test(m[2]) ? 'nb' : 'en';
      const current = actionLang(context, undefined);
      await context.sendActivity(format(aad ? coreMessages.languageUsage : coreMessages.languageNoIdentity, lang, {
        current: pick(current === 'nb' ? coreMessages.languageNameNb : coreMessages.languageNameEn, lang),
      }));
      return;
    }
    await people.noteLang(aad, chosen, 'command');
    await context.sendActivity(pick(coreMessages.languageSet, chosen));
  });

  app.message(/^\s*(hjelp|help|\?)\s*$/i, async (context) => {
    await context.sendActivity(toActivity(welcomeMessage(turnLang(context), capabilities, 'help', scopeOf(context), botName(context))));
  });

  for (const c of capabilities) c.register(app);

  app.error(async (context, error) => {
    const e = describeError(error);
    turnLogger(context, logger).error('turn failed', { code: e.code, error: e.message, activityType: context.activity.type });
    if (context.activity.type === String(ActivityTypes.Invoke)) {
      if (!invokeAnswered(context)) {
        await answerInvokeError(context, 500, 'InternalError', format(coreMessages.invokeFailed, turnLang(context), { code: e.code }))
          .catch((x: unknown) => logger.error('error reply failed', describeError(x)));
      }
      return;
    }
    await context.sendActivity(format(coreMessages.turnError, turnLang(context), { code: e.code }))
      .catch((x: unknown) => logger.error('error reply failed', describeError(x)));
  });
  return app;
}

/**
 * Every invoke gets an answer. One that no route took (an unknown name or verb, a value that is no card action:
 * an array, a string, null) is a 400 in the error shape of Universal Actions, instead of botbuilder's empty 501.
 */
export async function answerUnhandledInvoke(context: TurnContext): Promise<void> {
  if (context.activity.type !== String(ActivityTypes.Invoke) || invokeAnswered(context)) return;
  await answerInvokeError(context, 400, 'BadRequest', format(coreMessages.invokeNotUnderstood, turnLang(context)));
}
