import type { Cohort } from '../../../catalog/catalog.schema';
import { whenOf } from '../../../catalog/gathering-time';
import { fromOsloLocal } from '../../../shared/oslo-time';

const DAY_MS = 86_400_000;

/**
 * When a cohort's data falls due for deletion: `days` days after its last gathering ended (Oslo time; a
 * gathering dated by days ends at midnight after its last day, one dated by month at the end of the month).
 * A cohort without any dated gathering has no end and is never due.
 */
export function retentionDueAt(cohort: Cohort, days: number): Date | undefined {
  const ends = cohort.gatherings.map((g) => whenOf(g)?.end).filter((e): e is string => e !== undefined).sort();
  const last = ends[ends.length - 1];
  if (!last) return undefined;
  return new Date(fromOsloLocal(last).getTime() + days * DAY_MS);
}

export const isRetentionDue = (cohort: Cohort, days: number, now: Date): boolean => {
  const due = retentionDueAt(cohort, days);
  return due !== undefined && now.getTime() >= due.getTime();
};
