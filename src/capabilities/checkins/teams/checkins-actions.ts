import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { actionLang, caller } from '../../../adapters/teams/turn';
import { format, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { ANSWER_MAX } from '../domain/checkin-answer';
import type { CardAccess } from '../domain/answer-access';
import { readerAccess } from '../use-cases/card-access.use-case';
import { submitAnswer } from '../use-cases/submit-answer.use-case';
import { checkinCard, noticeCard, type Banner } from './checkin-card';
import { loadRound, refreshUserIds, type CheckinsEnv, type RoundView } from './checkins-env';
import { outcome } from './checkins-messages';

const ids = z.object({
  groupId: z.string().min(1).max(200),
  roundId: z.string().min(1).max(200),
  lang: z.enum(['nb', 'en']).optional(),
}).passthrough();

/** The card merges its inputs into the action data: `text` and one value per choice question id. */
const answerText = z.string().max(ANSWER_MAX).optional();

/** The person's kept language first: a client stamped en-US does not turn a bokmål writer's cards English. */
const langOf = (context: TurnContext, data: unknown): Lang => actionLang(context, data);

async function view(env: CheckinsEnv, v: RoundView, lang: Lang, viewer: string | undefined, o: { banner?: Banner; othersVisible?: boolean } = {}): Promise<OutboundMessage> {
  return checkinCard(v, {
    lang, now: env.ctx.clock.now(), refreshUserIds: await refreshUserIds(env, v.group),
    ...(viewer ? { viewer } : {}), ...(o.banner ? { banner: o.banner } : {}), othersVisible: o.othersVisible === true,
  });
}

/** What this caller, in this conversation, may see of the round (never decided from card data). */
const accessOf = (env: CheckinsEnv, context: TurnContext, v: RoundView): Promise<CardAccess> => readerAccess(env.deps, {
  group: v.group, aadObjectId: caller(context).aadObjectId, conversationId: context.activity.conversation.id, staffSeeAnswers: v.staffSee === true,
});

/** Choice values named by the round's questions; other data keys (verb, lang, ids) are not choices. */
function choicesOf(v: RoundView, raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of v.round.prompt.choices) {
    const value = raw[q.id];
    if (typeof value === 'string') out[q.id] = value.slice(0, 200);
  }
  return out;
}

/**
 * A member answers from the card. Who answers is the activity's sender, never the card data (a card can be
 * forwarded or forged); the card only names the group and round. The reply is the sender's own view with a
 * banner saying what happened; on any error nothing is written. The Action.Submit fallback answers with a new
 * message everyone in the chat sees, so it gets the shared view: nobody's answer, only the banner and the count.
 */
export async function answerAction(env: CheckinsEnv, context: TurnContext, raw: unknown, o: { reply: 'personal' | 'shared' } = { reply: 'personal' }): Promise<OutboundMessage> {
  const lang = langOf(context, raw);
  const who = caller(context);
  const parsed = ids.safeParse(raw);
  if (!parsed.success) return noticeCard(format(outcome.unreadable, lang));
  const v = await loadRound(env, parsed.data.groupId, parsed.data.roundId);
  if (!v) return noticeCard(format(outcome['unknown-round'], lang));
  const access = await accessOf(env, context, v);
  // Someone outside the group, acting from another conversation, learns nothing about the group.
  if (!access.card) return noticeCard(format(outcome['not-a-member'], lang));
  if (!who.aadObjectId) return view(env, v, lang, undefined, { banner: { text: format(outcome['no-identity'], lang), style: 'attention' } });
  const personal = o.reply === 'personal';
  const viewer = personal ? who.aadObjectId : undefined;
  const othersVisible = personal && access.othersVisible;
  const text = answerText.safeParse(parsed.data.text);
  if (!text.success) {
    return view(env, v, lang, viewer, { banner: { text: format(outcome['answer-too-long'], lang, { max: ANSWER_MAX }), style: 'attention' }, othersVisible });
  }
  const r = await submitAnswer(env.deps, {
    caller: { aadObjectId: who.aadObjectId, name: who.name }, groupId: v.group.id, roundId: v.round.id,
    ...(text.data !== undefined ? { text: text.data } : {}), choices: choicesOf(v, parsed.data),
  });
  const banner: Banner = r.ok
    ? { text: format(outcome.saved, lang), style: 'good' }
    : { text: format(outcome[r.error.code], lang, { max: ANSWER_MAX }), style: 'attention' };
  // Read again so the card shows the saved answer and the new count.
  const fresh = (await loadRound(env, v.group.id, v.round.id)) ?? v;
  return view(env, fresh, lang, viewer, { banner, othersVisible });
}

/**
 * Teams asks for a listed user's own view of the card. Members get theirs (others' answers only in the group's
 * conversation, when the program allows); others in the group's conversation the shared view; anyone else,
 * anywhere else, "not found" (group and round ids are guessable).
 */
export async function refreshAction(env: CheckinsEnv, context: TurnContext, raw: unknown): Promise<OutboundMessage> {
  const lang = langOf(context, raw);
  const parsed = ids.safeParse(raw);
  if (!parsed.success) return noticeCard(format(outcome.unreadable, lang));
  const v = await loadRound(env, parsed.data.groupId, parsed.data.roundId);
  if (!v) return noticeCard(format(outcome['unknown-round'], lang));
  const access = await accessOf(env, context, v);
  if (!access.card) return noticeCard(format(outcome['unknown-round'], lang));
  return view(env, v, lang, caller(context).aadObjectId, { othersVisible: access.othersVisible });
}
