import { applyOverlay, overlayIssues } from '../../../catalog/catalog-overlay';
import type { Cohort } from '../../../catalog/catalog.schema';
import { err, ok, type Result } from '../../../shared/result';
import { rolesOp } from '../../../shared/roles';
import type { Json } from '../../../shared/store.port';
import { cohortFromDraft } from '../domain/cohort-draft';
import type { Caller, CoordinationDeps } from '../ports';
import { CoordinationRepository, type StoredOverlay } from '../store/coordination.repository';
import { coordinatedCohorts, requireCoordinator } from './coordinator-access.use-case';

export type SaveProblem =
  | { readonly code: 'forbidden' }
  | { readonly code: 'invalid'; readonly issues: readonly string[] }
  /** Shipped cohorts come from the program documents and are edited in the catalog files, not in the tab. */
  | { readonly code: 'not-editable' }
  | { readonly code: 'conflict' };

const who = (c: Caller): { aadObjectId: string; name: string } => ({ aadObjectId: c.aadObjectId, name: c.name });

/**
 * A new cohort of a program the caller coordinates: checked by the catalog's schema and rules, stored as an
 * overlay with its roles (copied from the caller's latest cohort of the program) and an audit entry in one
 * commit, then laid over the loaded catalog so every capability uses it at once.
 */
export async function createCohort(deps: CoordinationDeps, caller: Caller, programId: string, draft: Record<string, unknown>): Promise<Result<Cohort, SaveProblem>> {
  const mine = (await coordinatedCohorts(deps, caller)).filter((c) => c.programId === programId);
  if (mine.length === 0) return err({ code: 'forbidden' });
  const parsed = cohortFromDraft(draft);
  if (!parsed.ok) return err({ code: 'invalid', issues: parsed.error });
  const cohort = parsed.value;
  const issues = overlayIssues(deps.catalog, { programId, cohort }, false);
  if (issues.length > 0) return err({ code: 'invalid', issues });
  const template = await deps.roles.rolesOf(mine[0].cohortId);
  const roles = { ...template, cohortId: cohort.id, coordinators: [...new Set([...template.coordinators, caller.aadObjectId])] };
  const at = deps.clock.now().toISOString();
  const stored: StoredOverlay = { programId, cohort, createdBy: who(caller), createdAt: at, updatedBy: who(caller), updatedAt: at };
  const repo = new CoordinationRepository(deps.store);
  const committed = await deps.store.commit([
    repo.overlayOp(stored, undefined), rolesOp(roles),
    repo.auditOp({ action: 'cohort-created', cohortId: cohort.id, actor: who(caller), at, detail: { programId, cohort: cohort as unknown as Json } }, deps.newId()),
  ]);
  if (!committed.ok) return err({ code: 'conflict' });
  await laid(deps, programId, cohort);
  deps.logger.info('cohort created in the tab', { cohortId: cohort.id, programId });
  return ok(cohort);
}

/** An overlay cohort changed by one of its coordinators; the id stays, the previous version is in the audit. */
export async function updateCohort(deps: CoordinationDeps, caller: Caller, cohortId: string, draft: Record<string, unknown>): Promise<Result<Cohort, SaveProblem>> {
  const access = await requireCoordinator(deps, caller, cohortId);
  if (!access.ok) return err({ code: 'forbidden' });
  const repo = new CoordinationRepository(deps.store);
  const current = await repo.overlay(cohortId);
  if (!current) return err({ code: 'not-editable' });
  const parsed = cohortFromDraft({ ...draft, id: cohortId });
  if (!parsed.ok) return err({ code: 'invalid', issues: parsed.error });
  const cohort = parsed.value;
  const programId = current.value.programId;
  const issues = overlayIssues(deps.catalog, { programId, cohort }, true);
  if (issues.length > 0) return err({ code: 'invalid', issues });
  const at = deps.clock.now().toISOString();
  const committed = await deps.store.commit([
    repo.overlayOp({ ...current.value, cohort, updatedBy: who(caller), updatedAt: at }, current.version),
    repo.auditOp({
      action: 'cohort-updated', cohortId, actor: who(caller), at,
      detail: { before: current.value.cohort as unknown as Json, after: cohort as unknown as Json },
    }, deps.newId()),
  ]);
  if (!committed.ok) return err({ code: 'conflict' });
  await laid(deps, programId, cohort);
  deps.logger.info('cohort updated in the tab', { cohortId, programId });
  return ok(cohort);
}

async function laid(deps: CoordinationDeps, programId: string, cohort: Cohort): Promise<void> {
  applyOverlay(deps.catalog, { programId, cohort });
  await deps.catalogChanged();
}

/** The cohort as the tab's form edits it, and whether it may be edited there. */
export async function cohortDefinition(deps: CoordinationDeps, caller: Caller, cohortId: string): Promise<Result<{ cohort: Cohort; programId: string; editable: boolean }, SaveProblem>> {
  const access = await requireCoordinator(deps, caller, cohortId);
  if (!access.ok) return err({ code: 'forbidden' });
  const overlay = await new CoordinationRepository(deps.store).overlay(cohortId);
  return ok({ cohort: access.value.cohort, programId: access.value.program.id, editable: overlay !== undefined });
}
