import type { ZodIssue } from 'zod';
import { groundedFields } from '../../../catalog/catalog-grounding';
import { cohortSchema, type Assumption, type Cohort } from '../../../catalog/catalog.schema';
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';

/**
 * A cohort as a coordinator writes it in the tab. It is not from the program's document, so every value the
 * catalog requires to be grounded is marked as set by a coordinator (the mark reaches people with the value).
 */
export const SET_BY_COORDINATOR = {
  nb: 'Satt av en koordinator i Lederbot, ikke hentet fra programdokumentet.',
  en: "Set by a coordinator in Lederbot, not taken from the programme's document.",
} as const;

const mark = (fields: readonly string[]): Assumption[] => fields.map((field) => ({ field, note: { ...SET_BY_COORDINATOR } }));

const pathOf = (path: ReadonlyArray<string | number>): string =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');

/** The draft (any JSON) checked by the catalog's own cohort schema, with the coordinator's marks added. */
export function cohortFromDraft(draft: Record<string, unknown>): Result<Cohort, string[]> {
  const gatherings = Array.isArray(draft.gatherings) ? draft.gatherings as unknown[] : draft.gatherings;
  const first = cohortSchema.safeParse({ ...draft, gatherings, evidence: [], assumptions: [] });
  if (!first.success) return err(first.error.issues.map((i: ZodIssue) => `${pathOf(i.path) || '(cohort)'}: ${i.message}`));
  const c = first.data;
  const marked: Cohort = {
    ...c,
    assumptions: mark(groundedFields('cohort', c)),
    gatherings: c.gatherings.map((g) => ({ ...g, evidence: [], assumptions: mark(groundedFields('gathering', g)) })),
  };
  // Parsed again so the stored cohort is exactly what the catalog loader would accept from a file.
  const again = cohortSchema.safeParse(marked);
  if (!again.success) return err(again.error.issues.map((i: ZodIssue) => `${pathOf(i.path) || '(cohort)'}: ${i.message}`));
  return ok(again.data);
}
