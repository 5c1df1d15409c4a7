import type { AppContext } from '../../../app-context';
import type { TeamsCapability } from '../../../adapters/teams/teams-capability';

/** Placeholder until the bookings capability is wired: registers nothing. */
export function createBookingsCapability(_context: AppContext): TeamsCapability {
  return { name: 'bookings', help: [], register: () => undefined, jobHandlers: [] };
}
