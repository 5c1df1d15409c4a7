import { ActivityTypes, type ConfigurationBotFrameworkAuthenticationOptions, type TurnContext } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import type { Config } from '../../config';
import type { ConversationDirectory } from '../../shared/conversation-directory';
import { describeError } from '../../shared/errors';
import { format } from '../../shared/i18n';
import type { Logger } from '../../shared/logger';
import { answerInvokeError, invokeAnswered } from './invoke-response';
import { LederbotAdapter } from './lederbot-adapter';
import { toActivity } from './proactive-messenger';
import { coreMessages } from './core-messages';
import type { TeamsCapability } from './teams-capability';
import { caller, conversationRefOf, isForgotten, turnLang, turnLogger } from './turn';
import { welcomeMessage } from './welcome-card';

/** How the adapter signs its calls to the Bot Connector (tests pass one that does not sign in). */
export type CredentialsFactory = ServiceClientCredentialsFactory;

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
  readonly capabilities: readonly TeamsCapability[];
}

const handledTypes = new Set<string>([
  ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
]);

const isBotAdded = (context: TurnContext): boolean =>
  (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);

/**
 * The teams-ai Application: one place that keeps references, answers install and help, guards input size,
 * hands every other route to the capabilities, and turns unexpected errors into one kind reply.
 */
export function createTeamsApp(deps: TeamsBotDeps): Application<TurnState> {
  const { logger, conversations, capabilities } = deps;
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

  app.turn('beforeTurn', async (context) => {
    const a = context.activity;
    // Known turns refresh where the bot can reach this conversation and user later (proactive messages);
    // activity types the bot does not handle are ignored and leave nothing behind. Invokes are remembered once a
    // route took them (afterTurn): an invoke the bot has no route for is refused and changes nothing.
    if (!handledTypes.has(a.type)) return false;
    if (a.type !== String(ActivityTypes.Invoke)) await remember(context);
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
    await context.sendActivity(toActivity(welcomeMessage(turnLang(context), capabilities, 'welcome')));
  });

  app.message(/^\s*(hjelp|help|\?)\s*$/i, async (context) => {
    await context.sendActivity(toActivity(welcomeMessage(turnLang(context), capabilities, 'help')));
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
