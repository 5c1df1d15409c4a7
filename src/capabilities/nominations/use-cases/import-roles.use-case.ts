import { z } from 'zod';
import type { Logger } from '../../../shared/logger';
import { err, ok, type Result } from '../../../shared/result';
import type { CohortRoles, RoleDirectory } from '../../../shared/roles';
import type { Store } from '../../../shared/store.port';
import type { CohortCatalog } from '../ports';
import { StorePeopleDirectory } from '../store/people.repository';

/**
 * Roles are data: `${DATA_DIR}/roles.json` (read at start) or `npm run`-less `node dist/src/cli/roles-import.js
 * <file>`. Facilitators (and facilitatorGroups) may link the base group they guide (docs/security.md). For each cohort listed, the file is the whole truth (its lists replace the stored ones); cohorts
 * not listed keep what they have. `people` maps e-mail addresses to Entra object ids for nominations typed
 * by e-mail. A file with any problem writes nothing.
 *
 * {
 *   "cohorts": [{ "cohortId": "ledpro-1-2024", "coordinators": ["<object id>"], "nominators": [],
 *                 "facilitators": [], "coordinatorGroups": ["<group object id>"], "nominatorGroups": [],
 *                 "facilitatorGroups": [] }],
 *   "people": [{ "aadObjectId": "<object id>", "name": "Kari Nordmann", "email": "kari@example.no" }]
 * }
 */
const objectId = z.string().trim().toLowerCase()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be an Entra object id (GUID)');
const ids = z.array(objectId).max(500).default([]);

export const rolesFileSchema = z.object({
  cohorts: z.array(z.object({
    cohortId: z.string().min(1).max(100),
    coordinators: ids,
    nominators: ids,
    facilitators: ids,
    coordinatorGroups: ids,
    nominatorGroups: ids,
    facilitatorGroups: ids,
  }).strict()).max(500),
  people: z.array(z.object({
    aadObjectId: objectId,
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().toLowerCase().email().max(254).optional(),
  }).strict()).max(20_000).default([]),
}).strict();

export interface ImportSummary {
  readonly cohorts: number;
  readonly changed: number;
  readonly people: number;
}

export async function importRoles(deps: {
  readonly store: Store; readonly roles: RoleDirectory; readonly catalog: CohortCatalog; readonly logger: Logger;
}, text: string): Promise<Result<ImportSummary, string[]>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err(['roles file is not valid JSON']);
  }
  const parsed = rolesFileSchema.safeParse(json);
  if (!parsed.success) return err(parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`));
  const problems: string[] = [];
  const seen = new Set<string>();
  parsed.data.cohorts.forEach((c, i) => {
    if (!deps.catalog.find(c.cohortId)) problems.push(`cohorts.${i}.cohortId: unknown cohort ${c.cohortId}`);
    if (seen.has(c.cohortId)) problems.push(`cohorts.${i}.cohortId: ${c.cohortId} is listed twice`);
    seen.add(c.cohortId);
  });
  if (problems.length > 0) return err(problems);

  let changed = 0;
  for (const c of parsed.data.cohorts) {
    const next: CohortRoles = {
      cohortId: c.cohortId, coordinators: [...new Set(c.coordinators)], nominators: [...new Set(c.nominators)],
      facilitators: [...new Set(c.facilitators)],
      coordinatorGroups: [...new Set(c.coordinatorGroups)], nominatorGroups: [...new Set(c.nominatorGroups)],
      facilitatorGroups: [...new Set(c.facilitatorGroups)],
    };
    const current = await deps.roles.rolesOf(c.cohortId);
    const same = JSON.stringify({
      cohortId: current.cohortId, coordinators: current.coordinators, nominators: current.nominators,
      facilitators: current.facilitators ?? [], coordinatorGroups: current.coordinatorGroups ?? [],
      nominatorGroups: current.nominatorGroups ?? [], facilitatorGroups: current.facilitatorGroups ?? [],
    }) === JSON.stringify(next);
    if (same) continue;
    await deps.roles.set(next);
    changed += 1;
  }
  if (parsed.data.people.length > 0) {
    const done = await deps.store.commit(StorePeopleDirectory.upsertOps(parsed.data.people));
    if (!done.ok) return err(['people could not be written']);
  }
  deps.logger.info('roles imported', { cohorts: parsed.data.cohorts.length, changed, people: parsed.data.people.length });
  return ok({ cohorts: parsed.data.cohorts.length, changed, people: parsed.data.people.length });
}
