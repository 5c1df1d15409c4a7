import type { AppContext } from '../../../app-context';
import type { TeamsCapability } from '../../../adapters/teams/teams-capability';

/** Placeholder until the nominations capability is wired: registers nothing. */
export function createNominationsCapability(_context: AppContext): TeamsCapability {
  return { name: 'nominations', help: [], register: () => undefined, jobHandlers: [] };
}
