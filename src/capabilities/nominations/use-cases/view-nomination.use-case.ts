import { err, ok, type Result } from '../../../shared/result';
import type { Nomination } from '../domain/nomination';
import type { NominationsDeps } from '../ports';
import { NominationRepository } from '../store/nomination.repository';
import { rolesFor } from './act-on-nomination.use-case';

/**
 * Who may see which view of a nomination: the cohort's coordinators the full card (justification, answers,
 * decision); the nominee and the nominator their own view (whom, which cohort, the status); anyone else nothing,
 * as if it did not exist (ids reach people through their own lists and cards, so they are not secrets).
 */
export type NominationView =
  | { readonly as: 'coordinator'; readonly nomination: Nomination }
  | { readonly as: 'person'; readonly nomination: Nomination };

export async function viewNomination(deps: NominationsDeps, input: { nominationId: string; aadObjectId: string | undefined }): Promise<Result<NominationView, 'not-found'>> {
  if (!input.aadObjectId) return err('not-found');
  const found = await new NominationRepository(deps.store).find(input.nominationId);
  if (!found) return err('not-found');
  const n = found.nomination;
  const roles = await rolesFor(deps, n, input.aadObjectId);
  if (roles.has('coordinator')) return ok({ as: 'coordinator', nomination: n });
  if (roles.has('nominee') || roles.has('nominator')) return ok({ as: 'person', nomination: n });
  return err('not-found');
}
