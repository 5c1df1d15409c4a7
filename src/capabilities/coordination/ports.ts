import type { CatalogIndex } from '../../catalog/catalog-index';
import type { Catalog } from '../../catalog/catalog.schema';
import type { JobSubject } from '../../jobs/dead-letter-alert';
import type { Clock } from '../../shared/clock';
import type { Logger } from '../../shared/logger';
import type { RoleDirectory } from '../../shared/roles';
import type { Job, Store } from '../../shared/store.port';
import type { NominationsDeps } from '../nominations/ports';

/**
 * What the coordinator tab's use cases need. They read the other capabilities' state through their
 * repositories and decide nominations through the nominations use case, so a decision in the tab and one on a
 * card are the same transition.
 */
export interface CoordinationDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The loaded catalog, which cohort overlays change in place. */
  readonly catalog: Catalog;
  readonly index: CatalogIndex;
  readonly roles: RoleDirectory;
  readonly nominations: NominationsDeps;
  readonly newId: () => string;
  /** Which cohort a job belongs to when its payload does not say (a base group's job), from the capabilities. */
  readonly jobSubject: (job: Job) => Promise<JobSubject | undefined>;
  /** After a cohort changed: the capabilities plan their jobs for it (calendar events, check-in rounds). */
  readonly catalogChanged: () => Promise<void>;
  readonly notifyJobs: () => void;
}

/** The signed-in person, from a token the server verified (never from the page's data). */
export interface Caller {
  readonly aadObjectId: string;
  readonly name: string;
}
