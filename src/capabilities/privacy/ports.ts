import type { Cohort } from '../../catalog/catalog.schema';
import type { Clock } from '../../shared/clock';
import type { Logger } from '../../shared/logger';
import type { PersonalDataHolder } from '../../shared/personal-data.port';
import type { Store } from '../../shared/store.port';

export type { DataSubject, PersonalDataHolder, PersonalRecord } from '../../shared/personal-data.port';

/** What the privacy use cases need: every capability's personal-data port, and nothing of their records. */
export interface PrivacyDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly holders: readonly PersonalDataHolder[];
  /** Every cohort of the catalog (retention runs per finished cohort). */
  readonly cohorts: () => readonly Cohort[];
  readonly retentionDays: number;
  /** Called after an erase committed: caches of the person's records in this process are dropped. */
  readonly forget: (aadObjectId: string) => void;
  readonly notifyJobs: () => void;
}
