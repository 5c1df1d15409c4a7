import { groundingIssues } from './catalog-grounding';
import type { Catalog, Cohort } from './catalog.schema';

/**
 * Cohorts coordinators add in the tab are kept in the store and laid over the shipped catalog at start and
 * after each change. The overlay changes the loaded catalog in place (a new cohort is pushed into its program,
 * an edited one is rewritten in the same object), because every capability holds that catalog's objects: Q&A,
 * nominations, bookings and check-ins then read the change at once, without a restart.
 */
export interface CohortOverlay {
  readonly programId: string;
  readonly cohort: Cohort;
}

/** Problems that the schema alone cannot see: the program, unique ids, gathering numbers, grounding marks. */
export function overlayIssues(catalog: Catalog, overlay: CohortOverlay, editing: boolean): string[] {
  const program = catalog.programs.find((p) => p.id === overlay.programId);
  if (!program) return [`programId: unknown program "${overlay.programId}"`];
  const issues: string[] = [];
  const { cohort } = overlay;
  for (const p of catalog.programs) {
    const same = p.cohorts.find((c) => c.id === cohort.id);
    if (!same) continue;
    if (!editing) issues.push(`id: a cohort "${cohort.id}" exists already`);
    else if (p.id !== program.id) issues.push(`id: cohort "${cohort.id}" belongs to another program`);
  }
  const ids = new Set<string>();
  const numbers = new Set<number>();
  cohort.gatherings.forEach((g, i) => {
    if (ids.has(g.id)) issues.push(`gatherings[${i}].id: duplicate gathering id "${g.id}"`);
    if (numbers.has(g.number)) issues.push(`gatherings[${i}].number: duplicate gathering number ${g.number}`);
    ids.add(g.id);
    numbers.add(g.number);
  });
  issues.push(...groundingIssues({ ...program, cohorts: [cohort] }, program.id).filter((i) => i.includes('.cohorts[')));
  return issues;
}

/** Lays one cohort over the catalog: added to its program, or rewritten in place when it is there already. */
export function applyOverlay(catalog: Catalog, overlay: CohortOverlay): void {
  const program = catalog.programs.find((p) => p.id === overlay.programId);
  if (!program) return;
  const existing = program.cohorts.find((c) => c.id === overlay.cohort.id);
  const copy = JSON.parse(JSON.stringify(overlay.cohort)) as Cohort;
  if (!existing) {
    program.cohorts.push(copy);
    return;
  }
  const target = existing as unknown as Record<string, unknown>;
  for (const k of Object.keys(target)) delete target[k];
  Object.assign(target, copy);
}
