import type { AppContext } from '../../../app-context';
import type { TeamsCapability } from '../../../adapters/teams/teams-capability';

/** Placeholder until the qna capability is wired: registers nothing. */
export function createQnaCapability(_context: AppContext): TeamsCapability {
  return { name: 'qna', help: [], register: () => undefined, jobHandlers: [] };
}
