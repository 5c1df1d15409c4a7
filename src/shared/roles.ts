import type { Json, Store, WriteOp } from './store.port';

/**
 * Who may do what in a cohort, from data (never from code or card payloads): coordinators decide nominations
 * and run check-ins, nominators nominate others, facilitators may link the base group they guide. Entries are
 * Entra object ids; group ids are resolved through a GroupResolver (Microsoft Graph in production) so a
 * coordinator team can be managed in Entra. See docs/security.md.
 */
export interface CohortRoles {
  readonly cohortId: string;
  readonly coordinators: readonly string[];
  readonly nominators: readonly string[];
  /** Absent in role data stored before facilitators were a role: nobody. */
  readonly facilitators?: readonly string[];
  readonly coordinatorGroups?: readonly string[];
  readonly nominatorGroups?: readonly string[];
  readonly facilitatorGroups?: readonly string[];
}

export type Role = 'coordinator' | 'nominator' | 'facilitator';

const direct = (r: CohortRoles, role: Role): readonly string[] =>
  role === 'coordinator' ? r.coordinators : role === 'nominator' ? r.nominators : r.facilitators ?? [];
const groupsOf = (r: CohortRoles, role: Role): readonly string[] =>
  (role === 'coordinator' ? r.coordinatorGroups : role === 'nominator' ? r.nominatorGroups : r.facilitatorGroups) ?? [];

/** Transitive members (Entra object ids) of an Entra group. */
export interface GroupResolver {
  members(groupId: string): Promise<readonly string[]>;
}

const KIND = 'cohort-roles';

/** The write of a cohort's roles, for a use case that commits them with other changes (a new cohort). */
export const rolesOp = (roles: CohortRoles): WriteOp =>
  ({ op: 'upsert', kind: KIND, key: roles.cohortId, value: JSON.parse(JSON.stringify(roles)) as Json });

export class RoleDirectory {
  constructor(private readonly store: Store, private readonly groups?: GroupResolver) {}

  async rolesOf(cohortId: string): Promise<CohortRoles> {
    const e = await this.store.get<Json>(KIND, cohortId);
    return (e?.value as unknown as CohortRoles | undefined) ?? { cohortId, coordinators: [], nominators: [] };
  }

  async all(): Promise<CohortRoles[]> {
    return (await this.store.list<Json>(KIND)).map((e) => e.value as unknown as CohortRoles);
  }

  async set(roles: CohortRoles): Promise<void> {
    await this.store.commit([rolesOp(roles)]);
  }

  /** Everyone holding the role in the cohort, groups expanded. */
  async holders(cohortId: string, role: Role): Promise<string[]> {
    const r = await this.rolesOf(cohortId);
    const resolver = this.groups;
    const fromGroups = resolver ? (await Promise.all(groupsOf(r, role).map((g) => resolver.members(g)))).flat() : [];
    return [...new Set([...direct(r, role), ...fromGroups])];
  }

  async has(cohortId: string, role: Role, aadObjectId: string | undefined): Promise<boolean> {
    if (!aadObjectId) return false;
    return (await this.holders(cohortId, role)).includes(aadObjectId);
  }

  /** Cohorts in which the user holds the role. */
  async cohortsWhere(role: Role, aadObjectId: string | undefined): Promise<string[]> {
    if (!aadObjectId) return [];
    const out: string[] = [];
    for (const r of await this.all()) if (await this.has(r.cohortId, role, aadObjectId)) out.push(r.cohortId);
    return out;
  }
}

/** Groups from a map: the in-memory GroupResolver that tests use as the fake (production resolves through Graph). */
export class MemoryGroupResolver implements GroupResolver {
  constructor(private readonly groups: ReadonlyMap<string, readonly string[]> = new Map()) {}

  members(groupId: string): Promise<readonly string[]> {
    return Promise.resolve(this.groups.get(groupId) ?? []);
  }
}
