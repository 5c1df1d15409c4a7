import type { Cohort, Program } from '../../../catalog/catalog.schema';
import { applyOverrides, planRounds, type Round, type RoundOverride } from '../domain/checkin-schedule';
import type { CheckinsDeps } from '../ports';
import { CheckinOverrideRepository } from '../store/checkin-override.repository';

export interface CohortRounds {
  readonly program: Program;
  readonly cohort: Cohort;
  readonly overrides: readonly RoundOverride[];
  /** As the catalog plans them, before overrides. */
  readonly planned: readonly Round[];
  /** After overrides; skipped rounds included and marked. */
  readonly rounds: readonly Round[];
}

/** The catalog says when; coordinators' overrides in the store say what changed. Undefined for an unknown cohort. */
export async function cohortRounds(deps: Pick<CheckinsDeps, 'catalog' | 'store'>, cohortId: string): Promise<CohortRounds | undefined> {
  const found = deps.catalog.cohort(cohortId);
  if (!found) return undefined;
  const overrides = await new CheckinOverrideRepository(deps.store).forCohort(cohortId);
  const planned = planRounds(found.program, found.cohort);
  return { ...found, overrides, planned, rounds: applyOverrides(planned, overrides) };
}
