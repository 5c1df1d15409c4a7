import { err, ok, type Result } from '../../../shared/result';
import type { WriteOp } from '../../../shared/store.port';
import { applyOverrides, type Round, type RoundOverride } from '../domain/checkin-schedule';
import type { Caller, CheckinsDeps } from '../ports';
import { BaseGroupRepository } from '../store/base-group.repository';
import { CheckinOverrideRepository } from '../store/checkin-override.repository';
import { CheckinRoundRepository, plannedState } from '../store/checkin-round.repository';
import { cohortRounds } from './cohort-rounds';
import { roundJobOps } from './schedule-checkins.use-case';

export interface MoveOrSkipInput {
  readonly caller: Caller;
  readonly cohortId: string;
  readonly roundId: string;
  /** true skips the round, false takes a skipped round back; absent leaves it as it is. */
  readonly skip?: boolean;
  /** The new post time; the reminder follows, the digest stays (it is tied to the next gathering). */
  readonly postAt?: Date;
}

export type MoveOrSkipError =
  | { readonly code: 'not-allowed' }
  | { readonly code: 'unknown-cohort' }
  | { readonly code: 'unknown-round' }
  | { readonly code: 'nothing-to-change' }
  | { readonly code: 'round-started' }
  | { readonly code: 'round-closed' }
  | { readonly code: 'post-in-past' }
  | { readonly code: 'post-after-digest' }
  | { readonly code: 'conflict' };

/**
 * A coordinator moves or skips a round for the whole cohort. The override, every group's round state and the
 * re-planned jobs are one commit. Jobs already enqueued for the old time stay in the outbox and are dropped by
 * the handlers (see roundJobIsCurrent); a skipped round's state is also marked so that a handler reading only
 * the state does not post.
 */
export async function moveOrSkipRound(deps: CheckinsDeps, input: MoveOrSkipInput): Promise<Result<Round, MoveOrSkipError>> {
  if (!(await deps.roles.has(input.cohortId, 'coordinator', input.caller.aadObjectId))) return err({ code: 'not-allowed' });
  const found = await cohortRounds(deps, input.cohortId);
  if (!found) return err({ code: 'unknown-cohort' });
  const current = found.rounds.find((r) => r.id === input.roundId);
  if (!current) return err({ code: 'unknown-round' });
  if (input.skip === undefined && input.postAt === undefined) return err({ code: 'nothing-to-change' });

  const now = deps.clock.now();
  if (now.getTime() >= current.digestAt.getTime()) return err({ code: 'round-closed' });
  // Once posted, the round belongs to the groups: moving or skipping it would confuse people who already answered.
  if (!current.skipped && now.getTime() >= current.postAt.getTime()) return err({ code: 'round-started' });
  // Taking back a skipped round whose post time has passed needs a new time: the old post job has already run
  // (and been dropped), and enqueueing its key again would be a no-op.
  if (current.skipped && input.skip === false && !input.postAt && now.getTime() >= current.postAt.getTime()) return err({ code: 'post-in-past' });
  if (input.postAt) {
    if (input.postAt.getTime() <= now.getTime()) return err({ code: 'post-in-past' });
    if (input.postAt.getTime() >= current.digestAt.getTime()) return err({ code: 'post-after-digest' });
  }

  const overrides = new CheckinOverrideRepository(deps.store);
  const previous = found.overrides.find((o) => o.roundId === current.id);
  const skip = input.skip ?? previous?.skip;
  const postAt = input.postAt ?? previous?.postAt;
  const override: RoundOverride = { roundId: current.id, ...(skip !== undefined ? { skip } : {}), ...(postAt ? { postAt } : {}) };
  // Re-planned from the catalog's times, so a second move is measured from the plan, not from the first move.
  const planned = found.planned.find((r) => r.id === current.id) ?? current;
  const [round] = applyOverrides([planned], [override]);

  const states = new CheckinRoundRepository(deps.store);
  const ops: WriteOp[] = [overrides.upsertOp(override)];
  for (const { group } of await new BaseGroupRepository(deps.store).forCohort(input.cohortId)) {
    const stored = await states.get(group.id, round.id);
    const state = stored?.state ?? plannedState(group.id, round.id);
    if (round.skipped && state.status === 'planned') ops.push(states.saveOp({ ...state, status: 'skipped' }, stored?.version));
    if (!round.skipped && state.status === 'skipped') ops.push(states.saveOp({ ...state, status: 'planned' }, stored?.version));
    if (!round.skipped) ops.push(...roundJobOps(group, round));
  }
  const committed = await deps.store.commit(ops);
  if (!committed.ok) return err({ code: 'conflict' });
  deps.logger.info('check-in round changed', { roundId: round.id, skipped: round.skipped === true, moved: round.moved === true });
  return ok(round);
}
