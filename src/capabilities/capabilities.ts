import type { AppContext } from '../app-context';
import type { TeamsCapability } from '../adapters/teams/teams-capability';
import { createBookingsCapability } from './bookings/teams/bookings.module';
import { createCheckinsCapability } from './checkins/teams/checkins.module';
import { createNominationsCapability } from './nominations/teams/nominations.module';
import { createQnaCapability } from './qna/teams/qna.module';
import { CatalogIndex } from '../catalog/catalog-index';
import { BaseGroupRepository } from './checkins/store/base-group.repository';

/**
 * Every capability, in route order: commands and card actions first, the Q&A catch-all for free text last.
 */
export function createCapabilities(context: AppContext): TeamsCapability[] {
  return [
    createNominationsCapability(context),
    createBookingsCapability(context),
    createCheckinsCapability(context),
    createQnaCapability(context, undefined, linkedProgram(context)),
  ];
}

/**
 * The program of the base group linked to a group chat or channel (a reply thread's id carries
 * ";messageid=…" after the channel's). Q&A there answers about that program by default.
 */
function linkedProgram(context: AppContext): (conversationId: string) => Promise<string | undefined> {
  const catalog = new CatalogIndex(context.catalog);
  const groups = new BaseGroupRepository(context.store);
  return async (conversationId) => {
    const g = (await groups.byConversation(conversationId)) ?? (await groups.byConversation(conversationId.split(';messageid=')[0]));
    return g ? catalog.cohort(g.group.cohortId)?.program.id : undefined;
  };
}
