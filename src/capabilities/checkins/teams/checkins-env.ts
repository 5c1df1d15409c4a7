import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../../app-context';
import { CatalogIndex } from '../../../catalog/catalog-index';
import { langFromLocale, type Lang } from '../../../shared/i18n';
import type { ConversationRef } from '../../../shared/messenger.port';
import type { BaseGroup } from '../domain/base-group';
import type { Answer } from '../domain/checkin-answer';
import type { Round } from '../domain/checkin-schedule';
import type { CheckinsDeps } from '../ports';
import { BaseGroupRepository } from '../store/base-group.repository';
import { CheckinAnswerRepository } from '../store/checkin-answer.repository';
import { CheckinRoundRepository, plannedState, type RoundState } from '../store/checkin-round.repository';
import { cohortRounds } from '../use-cases/cohort-rounds';
import { CheckinDeliveryRepository } from './checkin-delivery.repository';

/** Teams shows per-user views (refresh.userIds) to at most 60 listed users. */
export const MAX_REFRESH_USERS = 60;

export interface CheckinsEnv {
  readonly ctx: AppContext;
  readonly deps: CheckinsDeps;
  readonly deliveries: CheckinDeliveryRepository;
}

export function createEnv(ctx: AppContext): CheckinsEnv {
  const deps: CheckinsDeps = {
    store: ctx.store, clock: ctx.clock, logger: ctx.logger.child({ capability: 'checkins' }),
    catalog: new CatalogIndex(ctx.catalog), roles: ctx.roles, newId: randomUUID,
  };
  return { ctx, deps, deliveries: new CheckinDeliveryRepository(ctx.store) };
}

/** Everything a card or a job needs about one round in one group, read fresh. */
export interface RoundView {
  readonly group: BaseGroup;
  readonly round: Round;
  readonly state: RoundState;
  readonly answers: readonly Answer[];
  /** The program lets members see each other's answers before the digest. */
  readonly share: boolean;
  /** The program lets staff read members' answers on the card (docs/security.md). */
  readonly staffSee?: boolean;
}

export async function loadRound(env: CheckinsEnv, groupId: string, roundId: string): Promise<RoundView | undefined> {
  const stored = await new BaseGroupRepository(env.ctx.store).get(groupId);
  if (!stored) return undefined;
  const rounds = await cohortRounds(env.deps, stored.group.cohortId);
  const round = rounds?.rounds.find((r) => r.id === roundId);
  if (!rounds || !round) return undefined;
  const state = (await new CheckinRoundRepository(env.ctx.store).get(groupId, roundId))?.state ?? plannedState(groupId, roundId);
  const answers = await new CheckinAnswerRepository(env.ctx.store).forRound(groupId, roundId);
  const plan = rounds.program.checkinPlan;
  return { group: stored.group, round, state, answers, share: plan?.shareAnswersBeforeDigest === true, staffSee: plan?.staffSeeAnswers === true };
}

/** A group conversation has no language of its own: the locale of the turn that linked it speaks for it. */
export const groupLang = (group: BaseGroup): Lang => langFromLocale(group.conversation.locale);

/** Teams user ids (29:...) of the members, for their per-user view of the shared card. */
export async function refreshUserIds(env: CheckinsEnv, group: BaseGroup): Promise<string[]> {
  const out: string[] = [];
  for (const m of group.members) {
    const userId = (await env.ctx.conversations.user(m.aadObjectId))?.userId ?? m.userId;
    if (userId) out.push(userId);
    if (out.length >= MAX_REFRESH_USERS) break;
  }
  return out;
}

/**
 * The 1:1 chat with a person: the one the bot knows, else a new one opened through the group conversation (the
 * bot may only open chats with people it shares a conversation with). Undefined when the person blocked the bot
 * or cannot be reached.
 */
export async function personalChat(
  env: CheckinsEnv, person: { aadObjectId: string; userId?: string; name?: string }, via: ConversationRef, cohortId?: string,
): Promise<{ ref: ConversationRef; lang: Lang } | undefined> {
  const known = await env.ctx.conversations.user(person.aadObjectId);
  const existing = await env.ctx.conversations.personalFor(person.aadObjectId);
  if (existing && !existing.reachable) return undefined;
  let ref = existing?.ref;
  if (!ref) {
    const userId = known?.userId ?? person.userId;
    if (!userId) return undefined;
    ref = await env.ctx.messenger.createPersonal(via, {
      userId, aadObjectId: person.aadObjectId, ...(person.name ? { name: person.name } : {}), ...(cohortId ? { cohortId } : {}),
    });
    await env.ctx.conversations.remember(ref);
  }
  return { ref, lang: await env.ctx.people.langOf(person.aadObjectId, ref.locale) };
}
