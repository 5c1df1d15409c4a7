import { err, ok, type Result } from '../../../shared/result';
import type { ConversationRef } from '../../../shared/messenger.port';
import type { WriteOp } from '../../../shared/store.port';
import {
  baseGroupId, checkSize, isGroupConversation, normalizeMembers, slug, type BaseGroup, type GroupSizeError, type Member,
} from '../domain/base-group';
import type { Caller, CheckinsDeps } from '../ports';
import { BaseGroupRepository, saveGroupOp, type StoredGroup } from '../store/base-group.repository';
import { cohortRounds, type CohortRounds } from './cohort-rounds';
import { scheduleJobsFor } from './schedule-checkins.use-case';

export interface GroupSpec {
  readonly cohortId: string;
  readonly name: string;
  readonly conversation: ConversationRef;
  readonly members: readonly Member[];
  readonly facilitator?: Member;
}

export interface LinkInput extends GroupSpec {
  readonly caller: Caller;
}

export type LinkError =
  | { readonly code: 'not-allowed' }
  | { readonly code: 'facilitator-not-named' }
  | { readonly code: 'unknown-cohort' }
  | { readonly code: 'no-checkin-plan' }
  | { readonly code: 'not-a-group-conversation' }
  | { readonly code: 'name-empty' }
  | { readonly code: 'name-taken'; readonly groupId: string }
  | { readonly code: 'conversation-linked-elsewhere'; readonly groupId: string }
  | { readonly code: 'conflict' }
  | GroupSizeError;

/**
 * The group and the writes that link it: the group row and the jobs of its remaining rounds. Pure over what was
 * read, so an import can plan many groups and commit them together. Re-linking the same conversation updates
 * that group (its id stays, even if renamed); a name used by another conversation is refused rather than taken
 * over, since that would silently move a group's check-ins elsewhere.
 */
export function planLink(
  spec: GroupSpec, rounds: CohortRounds, existing: readonly StoredGroup[], now: Date,
): Result<{ group: BaseGroup; ops: WriteOp[] }, LinkError> {
  if (!isGroupConversation(spec.conversation)) return err({ code: 'not-a-group-conversation' });
  const name = spec.name.trim();
  if (!slug(name)) return err({ code: 'name-empty' });
  const same = existing.find((g) => g.group.conversation.conversationId === spec.conversation.conversationId);
  if (same && same.group.cohortId !== spec.cohortId) return err({ code: 'conversation-linked-elsewhere', groupId: same.group.id });
  const id = same?.group.id ?? baseGroupId(spec.cohortId, name);
  if (!same && existing.some((g) => g.group.id === id)) return err({ code: 'name-taken', groupId: id });
  const members = normalizeMembers(spec.members, spec.facilitator);
  const size = checkSize(members);
  if (!size.ok) return size;
  const group: BaseGroup = {
    id, cohortId: spec.cohortId, name, conversation: spec.conversation, members,
    ...(spec.facilitator ? { facilitator: spec.facilitator } : {}), reachable: true,
  };
  return ok({
    group,
    ops: [
      saveGroupOp(group, same?.version),
      ...scheduleJobsFor(group, rounds.program, rounds.cohort, rounds.overrides, now),
    ],
  });
}

/** Whether the caller holds a role that may link base groups of the cohort at all (checked before Teams is asked anything). */
export async function mayLinkInCohort(deps: Pick<CheckinsDeps, 'roles'>, cohortId: string, aad: string | undefined): Promise<boolean> {
  if (!aad) return false;
  return await deps.roles.has(cohortId, 'coordinator', aad) || deps.roles.has(cohortId, 'facilitator', aad);
}

/**
 * Coordinators may link any group of their cohort; a facilitator the role data names for the cohort may link
 * the group they facilitate. Anyone else is refused: a link makes its facilitator a reader of the members'
 * answers (the digest) and claims the group's name in the cohort.
 */
async function mayLink(deps: CheckinsDeps, input: LinkInput, existing: readonly StoredGroup[]): Promise<boolean> {
  const aad = input.caller.aadObjectId;
  if (!aad) return false;
  if (await deps.roles.has(input.cohortId, 'coordinator', aad)) return true;
  if (input.facilitator?.aadObjectId !== aad) return false;
  if (!(await deps.roles.has(input.cohortId, 'facilitator', aad))) return false;
  // A facilitator may not take over a conversation someone else facilitates.
  const same = existing.find((g) => g.group.conversation.conversationId === input.conversation.conversationId);
  return same?.group.facilitator === undefined || same.group.facilitator.aadObjectId === aad;
}

/** Links a Teams channel or group chat as a base group and schedules its check-ins, in one commit. */
export async function linkBaseGroup(deps: CheckinsDeps, input: LinkInput): Promise<Result<BaseGroup, LinkError>> {
  const repo = new BaseGroupRepository(deps.store);
  const existing = await repo.all();
  if (!(await mayLink(deps, input, existing))) {
    deps.logger.warn('base group link refused', { cohortId: input.cohortId });
    return err({ code: 'not-allowed' });
  }
  // The facilitator reads the members' answers (the digest): only someone the role data names for the cohort.
  const facilitator = input.facilitator?.aadObjectId;
  if (facilitator && !(await deps.roles.has(input.cohortId, 'coordinator', facilitator)) && !(await deps.roles.has(input.cohortId, 'facilitator', facilitator))) {
    return err({ code: 'facilitator-not-named' });
  }
  const rounds = await cohortRounds(deps, input.cohortId);
  if (!rounds) return err({ code: 'unknown-cohort' });
  if (!rounds.program.checkinPlan) return err({ code: 'no-checkin-plan' });
  const planned = planLink(input, rounds, existing, deps.clock.now());
  if (!planned.ok) return planned;
  const committed = await deps.store.commit(planned.value.ops);
  if (!committed.ok) return err({ code: 'conflict' });
  deps.logger.info('base group linked', { groupId: planned.value.group.id, members: planned.value.group.members.length });
  return ok(planned.value.group);
}
