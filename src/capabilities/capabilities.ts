import type { AppContext } from '../app-context';
import type { TeamsCapability } from '../adapters/teams/teams-capability';
import { createBookingsCapability } from './bookings/teams/bookings.module';
import { createCheckinsCapability } from './checkins/teams/checkins.module';
import { createNominationsCapability } from './nominations/teams/nominations.module';
import { createQnaCapability } from './qna/teams/qna.module';

/**
 * Every capability, in route order: commands and card actions first, the Q&A catch-all for free text last.
 */
export function createCapabilities(context: AppContext): TeamsCapability[] {
  return [
    createNominationsCapability(context),
    createBookingsCapability(context),
    createCheckinsCapability(context),
    createQnaCapability(context),
  ];
}
