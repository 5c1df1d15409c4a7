import { err, ok, type Result } from '../../../shared/result';
import type { Round } from '../domain/checkin-schedule';
import type { Caller, CheckinsDeps } from '../ports';
import { BaseGroupRepository } from '../store/base-group.repository';
import { cohortRounds } from './cohort-rounds';

export type PreviewError = { readonly code: 'not-allowed' } | { readonly code: 'unknown-cohort' };

export interface CohortPreview {
  readonly cohortId: string;
  /** All rounds after overrides, skipped ones marked, so a coordinator sees what they changed. */
  readonly rounds: readonly Round[];
  readonly groups: number;
}

/** Lets a coordinator check times and prompts before the first post goes out. */
export async function previewRounds(deps: CheckinsDeps, input: { caller: Caller; cohortId: string }): Promise<Result<CohortPreview, PreviewError>> {
  if (!(await deps.roles.has(input.cohortId, 'coordinator', input.caller.aadObjectId))) return err({ code: 'not-allowed' });
  const found = await cohortRounds(deps, input.cohortId);
  if (!found) return err({ code: 'unknown-cohort' });
  const groups = (await new BaseGroupRepository(deps.store).forCohort(input.cohortId)).length;
  return ok({ cohortId: input.cohortId, rounds: found.rounds, groups });
}
