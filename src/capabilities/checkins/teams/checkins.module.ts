import type { AppContext } from '../../../app-context';
import type { TeamsCapability } from '../../../adapters/teams/teams-capability';

/** Placeholder until the checkins capability is wired: registers nothing. */
export function createCheckinsCapability(_context: AppContext): TeamsCapability {
  return { name: 'checkins', help: [], register: () => undefined, jobHandlers: [] };
}
