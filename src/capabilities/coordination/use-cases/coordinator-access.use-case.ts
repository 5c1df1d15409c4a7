import type { Cohort, Program } from '../../../catalog/catalog.schema';
import { err, ok, type Result } from '../../../shared/result';
import type { Caller, CoordinationDeps } from '../ports';

export interface CohortSummary {
  readonly cohortId: string;
  readonly programId: string;
  readonly name: { readonly nb: string; readonly en: string };
  readonly programName: { readonly nb: string; readonly en: string };
  readonly year: number;
}

export type AccessProblem = { readonly code: 'forbidden' };

const summary = (program: Program, cohort: Cohort): CohortSummary => ({
  cohortId: cohort.id, programId: program.id, name: cohort.name, programName: program.name, year: cohort.year,
});

/** The cohorts the caller coordinates, from the same role data as the bot (groups expanded). */
export async function coordinatedCohorts(deps: CoordinationDeps, caller: Caller): Promise<CohortSummary[]> {
  const ids = await deps.roles.cohortsWhere('coordinator', caller.aadObjectId);
  return ids.map((id) => deps.index.cohort(id)).filter((f): f is { cohort: Cohort; program: Program } => f !== undefined)
    .map((f) => summary(f.program, f.cohort))
    .sort((a, b) => b.year - a.year || a.cohortId.localeCompare(b.cohortId));
}

/**
 * Every read or change of a cohort's data in the tab passes here: the caller must coordinate that cohort. An
 * unknown cohort gets the same answer as someone else's, so ids cannot be probed.
 */
export async function requireCoordinator(deps: CoordinationDeps, caller: Caller, cohortId: string): Promise<Result<{ program: Program; cohort: Cohort }, AccessProblem>> {
  const found = deps.index.cohort(cohortId);
  if (!found || !(await deps.roles.has(cohortId, 'coordinator', caller.aadObjectId))) {
    deps.logger.warn('tab access refused', { cohortId, aadObjectId: caller.aadObjectId });
    return err({ code: 'forbidden' });
  }
  return ok(found);
}

/** Programs in which the caller may create a cohort: those where they coordinate one already. */
export async function programsToPlan(deps: CoordinationDeps, caller: Caller): Promise<Program[]> {
  const cohorts = await coordinatedCohorts(deps, caller);
  const ids = new Set(cohorts.map((c) => c.programId));
  return deps.catalog.programs.filter((p) => ids.has(p.id));
}
