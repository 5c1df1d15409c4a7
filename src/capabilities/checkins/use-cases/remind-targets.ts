import type { WriteOp } from '../../../shared/store.port';
import type { BaseGroup, Member } from '../domain/base-group';
import type { Answer } from '../domain/checkin-answer';
import { CHECKIN_REMIND_MEMBER_JOB, checkinRemindMemberJobKey, memberLane, type CheckinMemberPayload, type CheckinsDeps } from '../ports';
import { BaseGroupRepository } from '../store/base-group.repository';
import { CheckinAnswerRepository } from '../store/checkin-answer.repository';

/** Members who have not answered; the facilitator is never reminded (they are not asked to check in). */
export function nonResponders(group: BaseGroup, answers: readonly Answer[]): Member[] {
  const answered = new Set(answers.filter((a) => a.groupId === group.id).map((a) => a.aadObjectId));
  return group.members.filter((m) => !answered.has(m.aadObjectId));
}

/** Who a group reminder mentions, read fresh when the reminder runs (some may have answered since). */
export async function remindTargets(deps: Pick<CheckinsDeps, 'store'>, groupId: string, roundId: string): Promise<Member[]> {
  const stored = await new BaseGroupRepository(deps.store).get(groupId);
  if (!stored) return [];
  return nonResponders(stored.group, await new CheckinAnswerRepository(deps.store).forRound(groupId, roundId));
}

/**
 * One 1:1 reminder job per target. Each runs in the member's own lane, so one slow or blocked chat does not
 * hold up the group's conversation; the key makes a retried group reminder harmless.
 */
export function memberReminderOps(groupId: string, roundId: string, targets: readonly Member[], runAt: Date): WriteOp[] {
  return targets.map((m): WriteOp => {
    const payload: CheckinMemberPayload = { groupId, roundId, aadObjectId: m.aadObjectId };
    return {
      op: 'enqueue',
      job: { type: CHECKIN_REMIND_MEMBER_JOB, key: checkinRemindMemberJobKey(groupId, roundId, m.aadObjectId), payload, runAt, lane: memberLane(m.aadObjectId) },
    };
  });
}
