import { NOTIFY_COORDINATORS_JOB, notifyCoordinatorsJobKey, type NotifyCoordinatorsPayload } from '../../../shared/integration-jobs';
import { err, ok, type Result } from '../../../shared/result';
import type { Json, WriteOp } from '../../../shared/store.port';
import { addMembers, removeMembers, type BaseGroup, type GroupSizeError, type Member } from '../domain/base-group';
import type { CheckinsDeps } from '../ports';
import { BaseGroupRepository } from '../store/base-group.repository';

/** What a conversationUpdate activity said, already mapped at the Teams edge. */
export interface MembershipChange {
  readonly conversationId: string;
  readonly added: readonly Member[];
  /** Entra object ids of people who left. */
  readonly removed: readonly string[];
  readonly botAdded?: boolean;
  readonly botRemoved?: boolean;
}

export type MembershipError =
  | { readonly code: 'not-linked' }
  | { readonly code: 'conflict' }
  | GroupSizeError;

export const UNREACHABLE_ALERT_PREFIX = 'checkins.unreachable';

/**
 * Keeps a base group in step with its Teams conversation. Growing past the limit is refused and nothing is
 * written (a coordinator splits the group); leaving is always recorded. When the bot is removed the group is
 * marked unreachable and the coordinators are told in the same commit, since its check-ins can no longer be posted.
 */
export async function membershipChanged(deps: CheckinsDeps, change: MembershipChange): Promise<Result<BaseGroup, MembershipError>> {
  const repo = new BaseGroupRepository(deps.store);
  const stored = await repo.byConversation(change.conversationId);
  if (!stored) return err({ code: 'not-linked' });
  const added = addMembers(removeMembers(stored.group, change.removed), change.added);
  if (!added.ok) {
    deps.logger.warn('base group would exceed its size', { groupId: stored.group.id, code: added.error.code });
    return added;
  }
  const reachable = change.botRemoved === true ? false : change.botAdded === true ? true : stored.group.reachable;
  const group: BaseGroup = { ...added.value, reachable };
  const ops: WriteOp[] = [repo.saveOp(group, stored.version)];
  if (stored.group.reachable && !reachable) {
    // The group's version makes the alert id unique per removal, and stable if this commit is retried.
    const alertId = `${UNREACHABLE_ALERT_PREFIX}:${group.id}:${stored.version}`;
    const payload: NotifyCoordinatorsPayload = {
      cohortId: group.cohortId, alertId,
      text: {
        nb: `Boten er fjernet fra basisgruppen «${group.name}». Sjekk-inner kan ikke postes der før den legges til igjen.`,
        en: `The bot was removed from the base group "${group.name}". Check-ins cannot be posted there until it is added back.`,
      },
    };
    ops.push({ op: 'enqueue', job: { type: NOTIFY_COORDINATORS_JOB, key: notifyCoordinatorsJobKey(alertId), payload: payload as unknown as Json, runAt: deps.clock.now() } });
  }
  const committed = await deps.store.commit(ops);
  if (!committed.ok) return err({ code: 'conflict' });
  deps.logger.info('base group membership changed', { groupId: group.id, members: group.members.length, reachable });
  return ok(group);
}
