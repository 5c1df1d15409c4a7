import type { Cohort, Program } from '../../../catalog/catalog.schema';
import { ok, type Result } from '../../../shared/result';
import type { Conflict, WriteOp } from '../../../shared/store.port';
import type { BaseGroup } from '../domain/base-group';
import { applyOverrides, planRounds, type Round, type RoundOverride } from '../domain/checkin-schedule';
import {
  CHECKIN_DIGEST_JOB, CHECKIN_POST_JOB, CHECKIN_REMIND_JOB, checkinDigestJobKey, checkinPostJobKey, checkinRemindJobKey,
  groupLane, type CheckinRoundPayload, type CheckinsDeps,
} from '../ports';
import { BaseGroupRepository } from '../store/base-group.repository';
import type { RoundState } from '../store/checkin-round.repository';
import { cohortRounds } from './cohort-rounds';

/**
 * The post, reminder and digest jobs of one round in one group. Keys make re-enqueueing a no-op, so linking
 * again or restarting never doubles a message. A moved round cannot cancel its old jobs (the outbox has no
 * cancel), so its new post and reminder keys carry the new time; the old jobs still run and must be dropped by
 * the handlers: see `roundJobIsCurrent`.
 */
export function roundJobOps(group: BaseGroup, round: Round): WriteOp[] {
  const lane = groupLane(group.conversation.conversationId);
  const payload = (at: Date): CheckinRoundPayload => ({ groupId: group.id, roundId: round.id, at: at.toISOString() });
  const ops: WriteOp[] = [{
    op: 'enqueue',
    job: { type: CHECKIN_POST_JOB, key: checkinPostJobKey(group.id, round.id, round.moved ? round.postAt : undefined), payload: payload(round.postAt), runAt: round.postAt, lane },
  }];
  if (round.remindAt) {
    ops.push({
      op: 'enqueue',
      job: { type: CHECKIN_REMIND_JOB, key: checkinRemindJobKey(group.id, round.id, round.moved ? round.remindAt : undefined), payload: payload(round.remindAt), runAt: round.remindAt, lane },
    });
  }
  ops.push({
    op: 'enqueue',
    job: { type: CHECKIN_DIGEST_JOB, key: checkinDigestJobKey(group.id, round.id), payload: payload(round.digestAt), runAt: round.digestAt, lane },
  });
  return ops;
}

/**
 * Jobs for every round still to come or still open. A group linked mid-round gets its post at once (runAt in
 * the past runs now); the post handler skips groups that already have the round posted.
 */
export function scheduleJobsFor(
  group: BaseGroup, program: Program, cohort: Cohort, overrides: readonly RoundOverride[], now: Date,
): WriteOp[] {
  return applyOverrides(planRounds(program, cohort), overrides)
    .filter((r) => !r.skipped && r.digestAt.getTime() > now.getTime())
    .flatMap((r) => roundJobOps(group, r));
}

export type RoundJobKind = 'post' | 'remind' | 'digest';

/**
 * Whether a post/remind/digest job should still act, given the round as planned now and the group's round state.
 * Handlers call this first: a job of a moved or skipped round, or one whose work was already done (a retry after
 * the send succeeded), is completed without sending.
 */
export function roundJobIsCurrent(kind: RoundJobKind, round: Round | undefined, state: RoundState, payload: CheckinRoundPayload): boolean {
  if (!round || round.skipped || state.status === 'skipped' || state.status === 'closed') return false;
  const planned = kind === 'post' ? round.postAt : kind === 'remind' ? round.remindAt : round.digestAt;
  if (!planned || (payload.at !== undefined && new Date(payload.at).getTime() !== planned.getTime())) return false;
  if (kind === 'post') return state.status === 'planned';
  if (kind === 'remind') return state.status === 'posted' && state.remindedAt === undefined;
  return state.status === 'posted';
}

/**
 * At start-up: enqueue the jobs of every linked group. Idempotent thanks to the job keys, so it also repairs a
 * schedule after the catalog changed (new rounds get jobs; stale ones are dropped by `roundJobIsCurrent`).
 */
export async function rescheduleAll(deps: CheckinsDeps): Promise<Result<{ groups: number; jobs: number }, Conflict>> {
  const now = deps.clock.now();
  const groups = await new BaseGroupRepository(deps.store).all();
  const ops: WriteOp[] = [];
  let scheduled = 0;
  // One read of a cohort's overrides for all its groups (thousands of groups, a round trip each on PostgreSQL).
  const byCohort = new Map<string, Awaited<ReturnType<typeof cohortRounds>>>();
  for (const { group } of groups) {
    if (!byCohort.has(group.cohortId)) byCohort.set(group.cohortId, await cohortRounds(deps, group.cohortId));
    const rounds = byCohort.get(group.cohortId);
    if (!rounds) {
      deps.logger.warn('base group of an unknown cohort', { groupId: group.id, cohortId: group.cohortId });
      continue;
    }
    ops.push(...scheduleJobsFor(group, rounds.program, rounds.cohort, rounds.overrides, now));
    scheduled += 1;
  }
  if (ops.length > 0) {
    const committed = await deps.store.commit(ops);
    if (!committed.ok) return committed;
  }
  deps.logger.info('check-ins rescheduled', { groups: scheduled, jobs: ops.length });
  return ok({ groups: scheduled, jobs: ops.length });
}
