import { z } from 'zod';

/**
 * The data card actions send back. Card data is untrusted input: these schemas check types and bound sizes;
 * the use cases check the rules; who the caller is comes from the activity, never from here. Text limits are
 * generous on purpose so that an over-long justification gets the friendly "too long" answer from the use
 * case; the HTTP body limit bounds everything.
 */
const lang = z.enum(['nb', 'en']).optional();

export const submitDataSchema = z.object({
  kind: z.enum(['nomination', 'application']),
  lang,
  cohortId: z.string().max(200).optional(),
  nominee: z.string().max(200).optional(),
  nomineeEmail: z.string().max(1000).optional(),
  justification: z.string().max(200_000).optional(),
  degree: z.string().max(100).optional(),
  /** A multi-select ChoiceSet answers "a,b". */
  completed: z.string().max(2000).optional(),
});
export type SubmitData = z.infer<typeof submitDataSchema>;

export const actionDataSchema = z.object({
  nominationId: z.string().min(1).max(200),
  rev: z.coerce.number().int().min(1).max(1_000_000),
  reason: z.string().max(200_000).optional(),
  list: z.boolean().optional(),
});
export type ActionData = z.infer<typeof actionDataSchema>;

export const refreshDataSchema = z.object({ nominationId: z.string().min(1).max(200) });

/** The fields that failed, for a "could not read" message (names only, never values). */
export const failedFields = (e: z.ZodError): string =>
  [...new Set(e.issues.map((i) => String(i.path[0] ?? 'data')))].join(', ');
