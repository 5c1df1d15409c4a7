import type { TurnContext } from 'botbuilder';
import { caller, conversationRefOf } from '../../../adapters/teams/turn';
import { describeError } from '../../../shared/errors';
import { format, pick, type Lang } from '../../../shared/i18n';
import { formatInstant, fromOsloLocal } from '../../../shared/oslo-time';
import type { Member } from '../domain/base-group';
import type { Round } from '../domain/checkin-schedule';
import type { Caller } from '../ports';
import { BaseGroupRepository } from '../store/base-group.repository';
import { cohortRounds } from '../use-cases/cohort-rounds';
import { linkBaseGroup, mayLinkInCohort } from '../use-cases/link-base-group.use-case';
import { moveOrSkipRound } from '../use-cases/move-or-skip-round.use-case';
import { previewRounds } from '../use-cases/preview-round.use-case';
import type { CheckinsEnv } from './checkins-env';
import { toActivity } from '../../../adapters/teams/proactive-messenger';
import { command as m, errorParams, plan as t } from './checkins-messages';
import { shiftedPart } from './plan-card';
import { cohortOfRound, planMessage } from './plan-actions';

const say = (context: TurnContext, text: string): Promise<unknown> => context.sendActivity(text);

function coreCaller(context: TurnContext): Caller {
  const c = caller(context);
  return { aadObjectId: c.aadObjectId, name: c.name };
}


/** "• Runde 1 (etter Samling 1): postes …, frist …": in words, the id only for the typed commands. */
function roundLine(env: CheckinsEnv, r: Round, n: number, lang: Lang): string {
  const title = env.deps.catalog.cohort(r.cohortId)?.cohort.gatherings.find((g) => g.number === r.afterGathering)?.title[lang] ?? String(r.afterGathering);
  const remind = r.remindAt ? format(m.remindPart, lang, { remind: formatInstant(r.remindAt, lang) }) : '';
  const base = format(m.roundLine, lang, { round: format(t.heading, lang, { n, gathering: title }), post: formatInstant(r.postAt, lang), digest: formatInstant(r.digestAt, lang) });
  return `${base}${remind}${r.skipped ? pick(m.skippedMark, lang) : ''}${r.moved ? pick(m.movedMark, lang) : ''}${shiftedPart(r, lang)}`;
}

/**
 * Links the conversation the command is typed in. The person typing guides the group: a facilitator is the
 * facilitator; a coordinator keeps the group's existing facilitator, else facilitates it. Coordinators of the
 * cohort in the chat are staff, never members asked to check in.
 */
export async function linkGroup(env: CheckinsEnv, context: TurnContext, lang: Lang, cohortId: string, name: string): Promise<void> {
  const who = coreCaller(context);
  if (!who.aadObjectId) { await say(context, format(m['no-identity'], lang)); return; }
  // Authorize before reading the roster: a stranger's command must not make the bot call Teams for them.
  if (!(await mayLinkInCohort(env.deps, cohortId, who.aadObjectId))) { await say(context, format(m['not-allowed'], lang, { cohortId })); return; }
  let roster: Member[];
  try {
    // Everyone Teams lists in the conversation (the messenger leaves the bot out); people without an Entra id are guests the bot cannot tell apart.
    roster = (await env.ctx.messenger.members(conversationRefOf(context))).filter((a) => a.aadObjectId)
      .map((a) => ({ aadObjectId: a.aadObjectId ?? '', name: a.name, userId: a.userId }));
  } catch (e) {
    env.deps.logger.warn('base group roster failed', describeError(e));
    await say(context, format(m.membersFailed, lang));
    return;
  }
  const coordinators = new Set(await env.ctx.roles.holders(cohortId, 'coordinator'));
  const isCoordinator = coordinators.has(who.aadObjectId);
  const conversation = conversationRefOf(context);
  const existing = await new BaseGroupRepository(env.ctx.store).byConversation(conversation.conversationId);
  const self: Member = roster.find((x) => x.aadObjectId === who.aadObjectId) ?? { aadObjectId: who.aadObjectId, name: who.name };
  const kept = existing?.group.facilitator;
  const facilitator = isCoordinator && kept && roster.some((x) => x.aadObjectId === kept.aadObjectId) ? kept : self;
  const members = roster.filter((x) => !coordinators.has(x.aadObjectId));
  const r = await linkBaseGroup(env.deps, { caller: who, cohortId, name, conversation, members, facilitator });
  if (!r.ok) {
    await say(context, format(m[r.error.code], lang, { cohortId, ...errorParams(r.error) }));
    return;
  }
  env.ctx.notifyJobs();
  const g = r.value;
  const cohort = env.deps.catalog.cohort(cohortId)?.cohort.name[lang] ?? cohortId;
  const now = env.ctx.clock.now();
  const all = (await cohortRounds(env.deps, cohortId))?.rounds ?? [];
  const rounds = all.filter((x) => !x.skipped && x.digestAt.getTime() > now.getTime());
  const lines = [
    format(m.linked, lang, { name: g.name, cohort, members: g.members.length }),
    ...(g.facilitator ? [format(m.facilitator, lang, { name: g.facilitator.name })] : []),
    rounds.length > 0 ? pick(m.rounds, lang) : pick(m.noRounds, lang),
    ...rounds.map((x) => roundLine(env, x, all.indexOf(x) + 1, lang)),
  ];
  await say(context, lines.join('\n'));
}

/** The plan as a card with Move and Skip (coordinators of the cohort only; others are told why not). */
export async function showPlan(env: CheckinsEnv, context: TurnContext, lang: Lang, cohortId: string): Promise<void> {
  const who = coreCaller(context);
  if (!who.aadObjectId) { await say(context, format(m['no-identity'], lang)); return; }
  const r = await previewRounds(env.deps, { caller: who, cohortId });
  if (!r.ok) { await say(context, format(r.error.code === 'not-allowed' ? t.notCoordinator : m[r.error.code], lang, { cohortId: cohortId.slice(0, 60) })); return; }
  await context.sendActivity(toActivity(await planMessage(env, who.aadObjectId, cohortId, lang)));
}


export async function moveRound(env: CheckinsEnv, context: TurnContext, lang: Lang, roundId: string, date: string, time: string): Promise<void> {
  let postAt: Date;
  try {
    postAt = fromOsloLocal(`${date}T${time}`);
  } catch {
    await say(context, format(m.badTime, lang));
    return;
  }
  if (Number.isNaN(postAt.getTime())) { await say(context, format(m.badTime, lang)); return; }
  await changeRound(env, context, lang, roundId, { postAt });
}

export async function skipRound(env: CheckinsEnv, context: TurnContext, lang: Lang, roundId: string): Promise<void> {
  await changeRound(env, context, lang, roundId, { skip: true });
}

async function changeRound(env: CheckinsEnv, context: TurnContext, lang: Lang, roundId: string, change: { postAt?: Date; skip?: boolean }): Promise<void> {
  const cohortId = cohortOfRound(roundId);
  const r = await moveOrSkipRound(env.deps, { caller: coreCaller(context), cohortId, roundId, ...change });
  if (!r.ok) { await say(context, format(m[r.error.code], lang, { cohortId, roundId })); return; }
  env.ctx.notifyJobs();
  await say(context, r.value.skipped
    ? format(m.skipped, lang, { id: r.value.id })
    : format(m.moved, lang, { id: r.value.id, post: formatInstant(r.value.postAt, lang) }));
}
