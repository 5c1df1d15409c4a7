import { err, ok, type Result } from '../../../shared/result';
import type { WriteOp } from '../../../shared/store.port';
import type { CheckinsDeps } from '../ports';
import { CheckinRoundRepository, plannedState, type RoundState } from '../store/checkin-round.repository';
import { memberReminderOps, remindTargets } from './remind-targets';

export type DeliveryError = { readonly code: 'conflict' } | { readonly code: 'wrong-status'; readonly status: RoundState['status'] };

async function transition(
  deps: CheckinsDeps, groupId: string, roundId: string, from: RoundState['status'],
  change: (s: RoundState) => RoundState, extra: WriteOp[] = [],
): Promise<Result<RoundState, DeliveryError>> {
  const repo = new CheckinRoundRepository(deps.store);
  const stored = await repo.get(groupId, roundId);
  const state = stored?.state ?? plannedState(groupId, roundId);
  if (state.status !== from) return err({ code: 'wrong-status', status: state.status });
  const next = change(state);
  const committed = await deps.store.commit([repo.saveOp(next, stored?.version), ...extra]);
  return committed.ok ? ok(next) : err({ code: 'conflict' });
}

/** The post handler sent the card: answers are taken from now on, and the digest can reply to the card. */
export function markRoundPosted(deps: CheckinsDeps, groupId: string, roundId: string, activityId: string): Promise<Result<RoundState, DeliveryError>> {
  const at = deps.clock.now().toISOString();
  return transition(deps, groupId, roundId, 'planned', (s) => ({ ...s, status: 'posted', activityId, postedAt: at }));
}

/**
 * The group reminder went out; each member still missing also gets a 1:1 reminder, enqueued in the same commit
 * so a retried group reminder neither skips nor doubles them.
 */
export async function markRoundReminded(deps: CheckinsDeps, groupId: string, roundId: string): Promise<Result<RoundState, DeliveryError>> {
  const now = deps.clock.now();
  const targets = await remindTargets(deps, groupId, roundId);
  return transition(deps, groupId, roundId, 'posted', (s) => ({ ...s, remindedAt: now.toISOString() }), memberReminderOps(groupId, roundId, targets, now));
}

/** The digest was posted: the round is closed to answers. */
export function markRoundDigested(deps: CheckinsDeps, groupId: string, roundId: string): Promise<Result<RoundState, DeliveryError>> {
  const at = deps.clock.now().toISOString();
  return transition(deps, groupId, roundId, 'posted', (s) => ({ ...s, status: 'closed', digestedAt: at }));
}
