import type { CalendarPort } from './capabilities/bookings/ports';
import type { Config } from './config';
import type { Catalog } from './catalog/catalog.schema';
import type { SourcePassage } from './catalog/source-passages';
import type { Clock } from './shared/clock';
import type { ConversationDirectory } from './shared/conversation-directory';
import type { Logger } from './shared/logger';
import type { Messenger } from './shared/messenger.port';
import type { PersonDirectory } from './shared/person-directory';
import type { RoleDirectory } from './shared/roles';
import type { Store } from './shared/store.port';

/** What the composition root hands every capability factory (`create<X>Capability(ctx)`). */
export interface AppContext {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly store: Store;
  readonly catalog: Catalog;
  /** The catalog's source documents as paragraphs (empty for a catalog folder without `../sources`). */
  readonly sourcePassages: readonly SourcePassage[];
  readonly conversations: ConversationDirectory;
  readonly messenger: Messenger;
  /** People's names, mail addresses and languages (Graph once, roles.json, Teams turns). */
  readonly people: PersonDirectory;
  /** Coordinators and nominators per cohort, from data. */
  readonly roles: RoleDirectory;
  /** The gatherings' calendar: Microsoft Graph, or the local calendar in the store. */
  readonly calendar: CalendarPort;
  /** Wakes the job runner after a use case committed jobs, so they start at once rather than at the next poll. */
  readonly notifyJobs: () => void;
}
