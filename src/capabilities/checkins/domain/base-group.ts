import type { ConversationRef } from '../../../shared/messenger.port';
import { err, ok, type Result } from '../../../shared/result';

export interface Member {
  readonly aadObjectId: string;
  readonly name: string;
  /** Teams user id (29:...), known once the member has been seen in the conversation. */
  readonly userId?: string;
}

/**
 * A base group: a handful of participants who meet in a Teams channel or group chat between gatherings.
 * The facilitator is kept apart from the members: they guide the talk but are not asked to check in.
 */
export interface BaseGroup {
  readonly id: string;
  readonly cohortId: string;
  readonly name: string;
  readonly conversation: ConversationRef;
  readonly members: readonly Member[];
  readonly facilitator?: Member;
  /** False once Teams has told us the bot was removed: posts would fail, so coordinators are told instead. */
  readonly reachable: boolean;
}

export const MIN_MEMBERS = 2;
export const MAX_MEMBERS = 12;

export type GroupSizeError =
  | { readonly code: 'too-few-members'; readonly count: number; readonly min: number }
  | { readonly code: 'too-many-members'; readonly count: number; readonly max: number };

export function checkSize(members: readonly Member[]): Result<void, GroupSizeError> {
  if (members.length < MIN_MEMBERS) return err({ code: 'too-few-members', count: members.length, min: MIN_MEMBERS });
  if (members.length > MAX_MEMBERS) return err({ code: 'too-many-members', count: members.length, max: MAX_MEMBERS });
  return ok(undefined);
}

/** "Gruppe Ålesund 1" → "gruppe-alesund-1": stable ids from names people type. */
export function slug(name: string): string {
  return name.toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

export const baseGroupId = (cohortId: string, name: string): string => `${cohortId}.${slug(name)}`;

/** One entry per person, the facilitator excluded; a later entry's name and userId win (fresher data). */
export function normalizeMembers(members: readonly Member[], facilitator?: Member): Member[] {
  const byId = new Map<string, Member>();
  for (const m of members) {
    if (m.aadObjectId === facilitator?.aadObjectId) continue;
    const userId = m.userId ?? byId.get(m.aadObjectId)?.userId;
    byId.set(m.aadObjectId, { aadObjectId: m.aadObjectId, name: m.name, ...(userId ? { userId } : {}) });
  }
  return [...byId.values()];
}

/** Adds people who joined; refused when the group would grow past the limit. */
export function addMembers(group: BaseGroup, added: readonly Member[]): Result<BaseGroup, GroupSizeError> {
  const members = normalizeMembers([...group.members, ...added], group.facilitator);
  if (members.length > MAX_MEMBERS) return err({ code: 'too-many-members', count: members.length, max: MAX_MEMBERS });
  return ok({ ...group, members });
}

/**
 * Removes people who left. Never refused: someone who left the chat is gone whatever the limits say, and a
 * group that falls below the minimum is for a coordinator to sort out. A facilitator who leaves stops being one.
 */
export function removeMembers(group: BaseGroup, removedIds: readonly string[]): BaseGroup {
  const gone = new Set(removedIds);
  const { facilitator, ...rest } = group;
  return {
    ...rest,
    members: group.members.filter((m) => !gone.has(m.aadObjectId)),
    ...(facilitator && !gone.has(facilitator.aadObjectId) ? { facilitator } : {}),
  };
}

export const isMember = (group: BaseGroup, aadObjectId: string): boolean =>
  group.members.some((m) => m.aadObjectId === aadObjectId);

export const isGroupConversation = (c: ConversationRef): boolean =>
  c.conversationType === 'channel' || c.conversationType === 'groupChat';
