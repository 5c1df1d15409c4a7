import type { TurnContext } from 'botbuilder';
import { caller, markForgotten, turnLang } from '../../../adapters/teams/turn';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { EXPORT_LINK_TTL_MS } from '../domain/export-link';
import type { PrivacyDeps } from '../ports';
import { erasePersonalData } from '../use-cases/erase-personal-data.use-case';
import { exportPersonalData } from '../use-cases/export-personal-data.use-case';
import { eraseConfirmCard, myDataCard, noticeCard } from './my-data-card';
import { help, texts as t } from './privacy-messages';
import { exportPath } from './privacy-routes';

export interface PrivacyEnv {
  readonly deps: PrivacyDeps;
  readonly secret: () => Promise<string>;
  readonly baseUrl: string;
}

export const privacyUrl = (env: PrivacyEnv, lang: Lang): string => `${env.baseUrl}/privacy${lang === 'en' ? '?lang=en' : ''}`;

/**
 * Who may see or erase data: only the caller, about themself, and only in their own 1:1 chat (a group chat
 * would show the card to everyone in it). The id is the authenticated activity's, never card data.
 */
function ownPersonalCaller(context: TurnContext, lang: Lang, command: 'mine' | 'erase'): { aad: string } | { refusal: OutboundMessage } {
  const aad = caller(context).aadObjectId;
  if (!aad) return { refusal: noticeCard(pick(t.noIdentity, lang)) };
  const type = context.activity.conversation?.conversationType;
  if ((type !== undefined && type !== 'personal') || context.activity.conversation?.isGroup === true) {
    return { refusal: noticeCard(format(t.personalOnly, lang, { command: pick(help[command].command, lang) })) };
  }
  return { aad };
}

export async function showMyData(env: PrivacyEnv, context: TurnContext, lang: Lang): Promise<OutboundMessage> {
  const who = ownPersonalCaller(context, lang, 'mine');
  if ('refusal' in who) return who.refusal;
  const data = await exportPersonalData(env.deps, who.aad);
  const expires = env.deps.clock.now().getTime() + EXPORT_LINK_TTL_MS;
  const secret = await env.secret();
  return myDataCard({
    summary: data.summary, lang, privacyUrl: privacyUrl(env, lang),
    jsonUrl: `${env.baseUrl}${exportPath(secret, who.aad, expires, 'json', lang)}`,
    readableUrl: `${env.baseUrl}${exportPath(secret, who.aad, expires, 'html', lang)}`,
  });
}

export async function askToErase(env: PrivacyEnv, context: TurnContext, lang: Lang): Promise<OutboundMessage> {
  const who = ownPersonalCaller(context, lang, 'erase');
  if ('refusal' in who) return who.refusal;
  const data = await exportPersonalData(env.deps, who.aad);
  return eraseConfirmCard({ summary: data.summary, lang, privacyUrl: privacyUrl(env, lang) });
}

const langOf = (context: TurnContext, data: unknown): Lang => {
  const l = (data as { lang?: unknown } | null)?.lang;
  return l === 'nb' || l === 'en' ? l : turnLang(context);
};

/** The confirmation card's buttons. Card data carries only the language; whom to erase is the caller. */
export async function eraseAction(env: PrivacyEnv, context: TurnContext, verb: 'erase' | 'keep', data: unknown): Promise<OutboundMessage> {
  const lang = langOf(context, data);
  if (verb === 'keep') return noticeCard(pick(t.kept, lang));
  const who = ownPersonalCaller(context, lang, 'erase');
  if ('refusal' in who) return who.refusal;
  const outcome = await erasePersonalData(env.deps, who.aad);
  markForgotten(context);
  return noticeCard(pick(Object.keys(outcome.erased).length > 0 ? t.erased : t.erasedNothing, lang));
}
