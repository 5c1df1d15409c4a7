import { ActivityTypes, INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '@microsoft/teams-ai';
import { toActivity } from './proactive-messenger';
import type { OutboundMessage } from '../../shared/messenger.port';

/**
 * Answers an Action.Execute invoke with a card for the user who clicked. The answer is written here rather
 * than returned to teams-ai, because teams-ai would then also update the message in place for everyone when
 * the card has a `refresh` section, inside the turn. Updating the card for everyone is a job
 * (nominations.update-card), so that a 429 or a crash delays it and never loses it.
 */
export async function answerInvoke(context: TurnContext, message: OutboundMessage): Promise<AdaptiveCard> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: message.card } },
  });
  return message.card as unknown as AdaptiveCard;
}

/** The Action.Submit fallback (old clients) cannot get a card back: the answer is a new message in the chat. */
export async function answerSubmit(context: TurnContext, message: OutboundMessage): Promise<void> {
  await context.sendActivity(toActivity(message));
}

/** The error shape of invoke responses (Universal Actions' `application/vnd.microsoft.error`, as botbuilder sends it). */
export const INVOKE_ERROR_TYPE = 'application/vnd.microsoft.error';

export async function answerInvokeError(context: TurnContext, statusCode: 400 | 500, code: string, message: string): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: statusCode, body: { statusCode, type: INVOKE_ERROR_TYPE, value: { code, message } } },
  });
}

export const invokeAnswered = (context: TurnContext): boolean => context.turnState.get(INVOKE_RESPONSE_KEY) !== undefined;
