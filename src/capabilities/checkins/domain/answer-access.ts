import { isMember, type BaseGroup } from './base-group';

/**
 * Who may see a round's card and other people's answers on it. Answers are personal reflections: only the
 * group's members read each other's, and only in the group's own conversation (a 1:1 chat, a forged invoke from
 * another chat or a guessed group id shows nothing of others). Staff read them only when the program says so.
 * When the answers may be shown at all (before or after the digest) is `visibleAnswers`' rule.
 */
export interface CardReader {
  readonly aadObjectId: string | undefined;
  /** The conversation the action or refresh came from. */
  readonly conversationId: string;
  /** The cohort's coordinator or the group's facilitator. */
  readonly staff: boolean;
}

export interface CardAccess {
  /** May see the card of the round at all (the shared view, or their own). */
  readonly card: boolean;
  /** May see other members' answers on it (when visibleAnswers allows). */
  readonly othersVisible: boolean;
}

/** A channel thread's conversation id carries `;messageid=…`: the channel is the conversation. */
export const sameConversation = (a: string, b: string): boolean => a.split(';')[0] === b.split(';')[0];

export function cardAccess(group: BaseGroup, reader: CardReader, staffSeeAnswers: boolean): CardAccess {
  const inGroup = sameConversation(reader.conversationId, group.conversation.conversationId);
  const member = reader.aadObjectId !== undefined && isMember(group, reader.aadObjectId);
  if (!inGroup) return { card: member, othersVisible: false };
  if (member) return { card: true, othersVisible: true };
  return { card: true, othersVisible: reader.staff && staffSeeAnswers };
}

/** Staff of a group: its facilitator; the cohort's coordinators are added by the caller from the role data. */
export const isGroupFacilitator = (group: BaseGroup, aadObjectId: string | undefined): boolean =>
  aadObjectId !== undefined && group.facilitator?.aadObjectId === aadObjectId;
