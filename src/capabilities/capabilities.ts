import type { AppContext } from '../app-context';
import type { TeamsCapability } from '../adapters/teams/teams-capability';
import { createBookingsCapability } from './bookings/teams/bookings.module';
import { createCheckinsCapability } from './checkins/teams/checkins.module';
import { createNominationsCapability } from './nominations/teams/nominations.module';
import { createQnaCapability } from './qna/teams/qna.module';
import { CatalogIndex } from '../catalog/catalog-index';
import { BaseGroupRepository } from './checkins/store/base-group.repository';
import { ConversationPersonalData } from '../shared/conversation-personal-data';
import { BookingsPersonalData } from './bookings/use-cases/bookings-personal-data';
import { CheckinsPersonalData } from './checkins/use-cases/checkins-personal-data';
import { NominationsPersonalData } from './nominations/use-cases/nominations-personal-data';
import { createPrivacyCapability } from './privacy/teams/privacy.module';
import { QnaPersonalData } from './qna/use-cases/qna-personal-data';
import type { QuestionAnswerer } from './qna/ports';

/**
 * Every capability, in route order: commands and card actions first, the Q&A catch-all for free text last.
 */
export function createCapabilities(context: AppContext, options: { questionAnswerer?: QuestionAnswerer } = {}): TeamsCapability[] {
  return [
    createNominationsCapability(context),
    createBookingsCapability(context),
    createCheckinsCapability(context),
    // Each capability that keeps personal data answers for it through its port (src/shared/personal-data.port.ts).
    createPrivacyCapability(context, [
      new ConversationPersonalData(context.store),
      new NominationsPersonalData(context.store),
      new BookingsPersonalData({ store: context.store, catalog: new CatalogIndex(context.catalog), syncDelayMs: context.config.calendar.syncDelayMs }),
      new CheckinsPersonalData(context.store),
      new QnaPersonalData(context.store),
    ]),
    createQnaCapability(context, undefined, linkedProgram(context), options.questionAnswerer),
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
