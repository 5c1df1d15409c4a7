import type { ConversationRef } from '../../../shared/messenger.port';
import { err, ok, type Result } from '../../../shared/result';
import type { BaseGroup } from '../domain/base-group';
import type { Caller, CheckinsDeps } from '../ports';
import { BaseGroupRepository } from '../store/base-group.repository';
import { cohortRounds } from './cohort-rounds';

/** A card lists this many conversations to link at most: the rest come once these are linked (card size). */
export const MAX_UNLINKED = 15;

export interface SetupDeps extends CheckinsDeps {
  /** Group chats and channels the bot is in, as the bot stored them when it was added or spoken to. */
  readonly groupConversations: () => Promise<ReadonlyArray<{ readonly ref: ConversationRef; readonly reachable: boolean }>>;
}

export interface BaseGroupSetup {
  readonly cohortId: string;
  /** The cohort's linked groups, by name. */
  readonly groups: readonly BaseGroup[];
  /** Conversations the bot can post in that are no base group of any cohort yet. */
  readonly unlinked: readonly ConversationRef[];
  /** How many more unlinked conversations there are beyond `unlinked`. */
  readonly more: number;
}

export type SetupError = { readonly code: 'not-allowed' } | { readonly code: 'unknown-cohort' } | { readonly code: 'no-checkin-plan' };

/**
 * What a coordinator sees before importing base groups: the cohort's groups (and which the bot was removed
 * from), and the chats and channels the bot has been added to that are not linked yet. Only a coordinator of
 * the cohort may see it: it names people and conversations.
 */
export async function baseGroupSetup(deps: SetupDeps, input: { caller: Caller; cohortId: string }): Promise<Result<BaseGroupSetup, SetupError>> {
  if (!(await deps.roles.has(input.cohortId, 'coordinator', input.caller.aadObjectId))) return err({ code: 'not-allowed' });
  const rounds = await cohortRounds(deps, input.cohortId);
  if (!rounds) return err({ code: 'unknown-cohort' });
  if (!rounds.program.checkinPlan) return err({ code: 'no-checkin-plan' });
  const all = (await new BaseGroupRepository(deps.store).all()).map((s) => s.group);
  const linked = new Set(all.map((g) => g.conversation.conversationId));
  const candidates = (await deps.groupConversations())
    .filter((c) => c.reachable && !linked.has(c.ref.conversationId))
    .map((c) => c.ref);
  return ok({
    cohortId: input.cohortId,
    groups: all.filter((g) => g.cohortId === input.cohortId).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    unlinked: candidates.slice(0, MAX_UNLINKED),
    more: Math.max(0, candidates.length - MAX_UNLINKED),
  });
}
