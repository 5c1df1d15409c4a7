import { err, ok, type Result } from '../../../shared/result';
import type { WriteOp } from '../../../shared/store.port';
import { roleFor, transition, type ActorRole, type Nomination, type NominationAction, type PersonRef } from '../domain/nomination';
import type { NominationsDeps } from '../ports';
import { DeliveryRepository } from '../store/delivery.repository';
import { auditOfTransition, NominationRepository } from '../store/nomination.repository';
import { bookParticipantOp, noticeOps, updateCardOp } from './nomination-jobs';
import { recordRefusal } from './record-refusal';
import type { Caller } from './submit-nomination.use-case';

export interface ActInput {
  readonly nominationId: string;
  /** The revision the clicked card was drawn from (checked for coordinator decisions). */
  readonly rev: number;
  readonly action: NominationAction;
  readonly reason?: string;
  readonly caller: Caller;
}

export type ActOutcome =
  /** The action took effect. */
  | { readonly kind: 'applied'; readonly nomination: Nomination }
  /** The card was outdated (someone else acted first, a double click, a replayed invoke): here is the current state. */
  | { readonly kind: 'stale'; readonly nomination: Nomination };

export type ActProblem =
  | { readonly code: 'no-identity' }
  | { readonly code: 'not-found' }
  | { readonly code: 'forbidden'; readonly nomination: Nomination }
  | { readonly code: 'conflict-of-interest'; readonly nomination: Nomination }
  | { readonly code: 'reason-required'; readonly nomination: Nomination }
  | { readonly code: 'reason-too-long'; readonly max: number; readonly nomination: Nomination }
  | { readonly code: 'cohort-full'; readonly capacity: number; readonly nomination: Nomination }
  | { readonly code: 'busy' };

/** The roles of a caller for one nomination, from their authenticated identity and the role data. */
export async function rolesFor(deps: NominationsDeps, n: Nomination, aadObjectId: string): Promise<Set<ActorRole>> {
  const roles = new Set<ActorRole>();
  if (await deps.roles.has(n.cohortId, 'coordinator', aadObjectId)) roles.add('coordinator');
  if (n.nominee.aadObjectId === aadObjectId) roles.add('nominee');
  if (n.nominator.aadObjectId === aadObjectId) roles.add('nominator');
  return roles;
}

const ATTEMPTS = 5;

/**
 * Approve, reject, waitlist (coordinators), decline (nominee) or withdraw (nominator): exactly once. The card's
 * revision must match the stored one, and the commit names the version it read, so of two coordinators
 * clicking at once, a double click or a replayed invoke, one transition wins and the others get the current
 * state. The transition, its audit entry, the seat count, the card update, the notifications and (on
 * approval) the booking hand-off are one commit.
 */
export async function actOnNomination(deps: NominationsDeps, input: ActInput): Promise<Result<ActOutcome, ActProblem>> {
  const aad = input.caller.aadObjectId;
  if (!aad) return err({ code: 'no-identity' });
  const actor: PersonRef = { aadObjectId: aad, name: input.caller.name };
  const repo = new NominationRepository(deps.store);

  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const found = await repo.find(input.nominationId);
    if (!found) return err({ code: 'not-found' });
    const { nomination: n, version } = found;
    const now = deps.clock.now();
    const roles = await rolesFor(deps, n, aad);
    const t = transition(n, { action: input.action, actor, roles, at: now, reason: input.reason });
    if (!t.ok && t.error.code === 'forbidden') {
      await recordRefusal(deps, { nominationId: n.id, cohortId: n.cohortId, attempted: input.action, actor, at: now });
      return err({ code: 'forbidden', nomination: n });
    }
    if (!t.ok && t.error.code === 'conflict-of-interest') {
      await recordRefusal(deps, { nominationId: n.id, cohortId: n.cohortId, attempted: input.action, actor, at: now });
      return err({ code: 'conflict-of-interest', nomination: n });
    }
    // A coordinator decides on what their card showed: if it changed since, they see the change first. A
    // nominee declining or a nominator withdrawing means it whatever happened in between; the state machine
    // still refuses a second decline or a withdrawal of a decided nomination.
    if (roleFor(input.action) === 'coordinator' && input.rev !== n.rev) return ok({ kind: 'stale', nomination: n });
    if (!t.ok) {
      if (t.error.code === 'reason-required') return err({ code: 'reason-required', nomination: n });
      if (t.error.code === 'reason-too-long') return err({ code: 'reason-too-long', max: t.error.max, nomination: n });
      return ok({ kind: 'stale', nomination: n });
    }
    const next = t.value.nomination;
    const ops: WriteOp[] = [repo.updateOp(next, version), repo.auditOp(auditOfTransition(next, t.value.transition), deps.newId())];
    if (input.action === 'approve') {
      const capacity = deps.catalog.find(n.cohortId)?.cohort.capacity;
      const { seats, version: seatsVersion } = await repo.seats(n.cohortId);
      if (capacity !== undefined && seats.approved >= capacity) return err({ code: 'cohort-full', capacity, nomination: n });
      ops.push(repo.seatsOp(n.cohortId, { approved: seats.approved + 1 }, seatsVersion), bookParticipantOp(next, now));
    }
    const channel = await new DeliveryRepository(deps.store).channel(n.cohortId);
    ops.push(updateCardOp(next, channel?.ref.conversationId, now), ...noticeOps(next, t.value.transition, now));
    const committed = await deps.store.commit(ops);
    if (committed.ok) {
      deps.logger.info('nomination transition', { nominationId: n.id, action: input.action, from: n.status, to: next.status, rev: next.rev });
      return ok({ kind: 'applied', nomination: next });
    }
    // Lost a race: re-read. When the nomination itself moved on, the next round answers with its state;
    // when only the seat count moved (another approval in the cohort), the next round tries again.
  }
  return err({ code: 'busy' });
}
