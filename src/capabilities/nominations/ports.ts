import { CatalogIndex } from '../../catalog/catalog-index';
import type { Catalog, Cohort, Program } from '../../catalog/catalog.schema';
import type { Clock } from '../../shared/clock';
import type { Logger } from '../../shared/logger';
import type { RoleDirectory } from '../../shared/roles';
import type { Store } from '../../shared/store.port';
import type { PersonRef } from './domain/nomination';

/**
 * What the nominations use cases need from outside. Persistence goes through the shared Store port (its
 * MemoryStore is the fake); the ports declared here are the ones specific to this capability.
 */

/**
 * Finds people by Entra object id (for names) or by e-mail (the fallback when no people picker is available).
 * By id: the person with a name; 'unknown' when no directory, roles.json or Teams turn knows them; 'unavailable'
 * when the directory could not be asked now.
 */
export interface PeopleDirectory {
  byId(aadObjectId: string): Promise<PersonRef | 'unknown' | 'unavailable'>;
  byEmail(email: string): Promise<PersonRef | undefined>;
}

/** Program and cohort look-ups over the catalog. */
export interface CohortCatalog {
  readonly programs: readonly Program[];
  find(cohortId: string): { readonly program: Program; readonly cohort: Cohort } | undefined;
  program(programId: string): Program | undefined;
}

export function cohortCatalog(catalog: Catalog): CohortCatalog {
  const index = new CatalogIndex(catalog);
  return { programs: index.allPrograms(), find: (id) => index.cohort(id), program: (id) => index.program(id) };
}

export interface NominationsDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly catalog: CohortCatalog;
  readonly roles: RoleDirectory;
  readonly people: PeopleDirectory;
  /** New ids for nominations and audit entries (random in production, predictable in tests). */
  readonly newId: () => string;
}
