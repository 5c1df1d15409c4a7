import { isOpen, type Nomination } from '../domain/nomination';
import type { NominationsDeps } from '../ports';
import { NominationRepository } from '../store/nomination.repository';

export const LIST_LIMIT = 20;

/** "My nominations": what the caller nominated or applied for, and nominations of the caller, newest first. */
export async function listMine(deps: NominationsDeps, aadObjectId: string): Promise<{ items: Nomination[]; total: number }> {
  const mine = (await new NominationRepository(deps.store).all())
    .filter((n) => n.nominator.aadObjectId === aadObjectId || n.nominee.aadObjectId === aadObjectId)
    .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return { items: mine.slice(0, LIST_LIMIT), total: mine.length };
}

/** "Pending": open nominations in the cohorts the caller coordinates, oldest first (first come, first served). */
export async function listPending(deps: NominationsDeps, aadObjectId: string): Promise<{ items: Nomination[]; total: number; coordinator: boolean }> {
  const cohorts = new Set(await deps.roles.cohortsWhere('coordinator', aadObjectId));
  if (cohorts.size === 0) return { items: [], total: 0, coordinator: false };
  const open = (await new NominationRepository(deps.store).all())
    .filter((n) => cohorts.has(n.cohortId) && isOpen(n.status))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  return { items: open.slice(0, LIST_LIMIT), total: open.length, coordinator: true };
}
