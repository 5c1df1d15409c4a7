import { err, type Result } from '../../../shared/result';
import type { Decision } from '../../nominations/domain/nomination';
import { actOnNomination, type ActOutcome, type ActProblem } from '../../nominations/use-cases/act-on-nomination.use-case';
import { NominationRepository } from '../../nominations/store/nomination.repository';
import type { Caller, CoordinationDeps } from '../ports';
import { requireCoordinator } from './coordinator-access.use-case';

export interface DecideInput {
  readonly cohortId: string;
  readonly nominationId: string;
  readonly action: Decision;
  /** The revision the tab showed: a decision on an outdated row gets the current state, as on a card. */
  readonly rev: number;
  readonly reason?: string;
}

/**
 * Approve, reject or waitlist from the tab: the cards' own use case (exactly once, audited, the card in the
 * coordinators' channel updated by its job, booking on approval). The nomination must belong to the cohort in
 * the path, so a coordinator of one cohort cannot reach another's through a guessed id.
 */
export async function decideFromTab(deps: CoordinationDeps, caller: Caller, input: DecideInput): Promise<Result<ActOutcome, ActProblem | { code: 'forbidden-cohort' }>> {
  const access = await requireCoordinator(deps, caller, input.cohortId);
  if (!access.ok) return err({ code: 'forbidden-cohort' });
  const found = await new NominationRepository(deps.store).find(input.nominationId);
  if (!found || found.nomination.cohortId !== input.cohortId) return err({ code: 'not-found' });
  const r = await actOnNomination(deps.nominations, {
    nominationId: input.nominationId, rev: input.rev, action: input.action, reason: input.reason, caller,
  });
  if (r.ok && r.value.kind === 'applied') deps.notifyJobs();
  return r;
}
