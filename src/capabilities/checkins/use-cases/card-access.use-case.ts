import { cardAccess, isGroupFacilitator, type CardAccess } from '../domain/answer-access';
import type { BaseGroup } from '../domain/base-group';
import type { CheckinsDeps } from '../ports';

/**
 * What the caller may see of a round's card, from their identity (the activity's sender), the conversation the
 * action came from and the role data; never from card data.
 */
export async function readerAccess(deps: Pick<CheckinsDeps, 'roles'>, input: {
  readonly group: BaseGroup; readonly aadObjectId: string | undefined; readonly conversationId: string; readonly staffSeeAnswers: boolean;
}): Promise<CardAccess> {
  const { group, aadObjectId } = input;
  const staff = isGroupFacilitator(group, aadObjectId) || (input.staffSeeAnswers && await deps.roles.has(group.cohortId, 'coordinator', aadObjectId));
  return cardAccess(group, { aadObjectId, conversationId: input.conversationId, staff }, input.staffSeeAnswers);
}
