import type { CatalogIndex } from '../../catalog/catalog-index';
import type { Clock } from '../../shared/clock';
import type { Logger } from '../../shared/logger';
import type { RoleDirectory } from '../../shared/roles';
import type { Json, Store } from '../../shared/store.port';

/**
 * What the check-ins use cases need from outside. Persistence goes through the shared Store port (MemoryStore
 * is the fake); sending into Teams happens in job handlers at the edge, never here.
 */
export interface CheckinsDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly catalog: CatalogIndex;
  readonly roles: RoleDirectory;
  readonly newId: () => string;
}

/** Who acts, from the Teams activity (never from a card payload). */
export interface Caller {
  readonly aadObjectId: string | undefined;
  readonly name: string;
}

/** Posts the round's check-in card into the group conversation. */
export const CHECKIN_POST_JOB = 'checkins.post';
/** Reminds the group conversation of the open round (mentions the members who have not answered). */
export const CHECKIN_REMIND_JOB = 'checkins.remind';
/** Reminds one member in their 1:1 chat. */
export const CHECKIN_REMIND_MEMBER_JOB = 'checkins.remind-member';
/** Closes the round and posts the digest of answers. */
export const CHECKIN_DIGEST_JOB = 'checkins.digest';

export const CHECKIN_JOB_TYPES = [CHECKIN_POST_JOB, CHECKIN_REMIND_JOB, CHECKIN_REMIND_MEMBER_JOB, CHECKIN_DIGEST_JOB] as const;

/**
 * `at` is the planned instant (ISO) the job was enqueued for. A moved round leaves its old jobs behind (the
 * outbox cannot cancel), so handlers compare `at` with the round's current time and drop stale jobs.
 */
export type CheckinRoundPayload = { readonly groupId: string; readonly roundId: string; readonly at?: string };
export type CheckinMemberPayload = { readonly groupId: string; readonly roundId: string; readonly aadObjectId: string };

/** A moved round's keys carry the planned time, so the re-planned job is a new job and not a no-op. */
const timed = (key: string, movedTo: Date | undefined): string => (movedTo ? `${key}:${movedTo.getTime()}` : key);

export const checkinPostJobKey = (groupId: string, roundId: string, movedTo?: Date): string =>
  timed(`${CHECKIN_POST_JOB}:${groupId}:${roundId}`, movedTo);
export const checkinRemindJobKey = (groupId: string, roundId: string, movedTo?: Date): string =>
  timed(`${CHECKIN_REMIND_JOB}:${groupId}:${roundId}`, movedTo);
export const checkinRemindMemberJobKey = (groupId: string, roundId: string, aadObjectId: string): string =>
  `${CHECKIN_REMIND_MEMBER_JOB}:${groupId}:${roundId}:${aadObjectId}`;
export const checkinDigestJobKey = (groupId: string, roundId: string): string =>
  `${CHECKIN_DIGEST_JOB}:${groupId}:${roundId}`;

/** One Teams conversation takes one post at a time (Teams throttles per conversation). */
export const groupLane = (conversationId: string): string => `teams:${conversationId}`;
export const memberLane = (aadObjectId: string): string => `teams-user:${aadObjectId}`;

const str = (v: Json | undefined): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const obj = (p: Json): { [k: string]: Json | undefined } | undefined =>
  typeof p === 'object' && p !== null && !Array.isArray(p) ? p : undefined;

/** Reads a job payload back; undefined when it is not one of ours (a handler dead-letters it). */
export function parseRoundPayload(payload: Json): CheckinRoundPayload | undefined {
  const o = obj(payload);
  const groupId = str(o?.groupId);
  const roundId = str(o?.roundId);
  const at = str(o?.at);
  return groupId && roundId ? { groupId, roundId, ...(at ? { at } : {}) } : undefined;
}

export function parseMemberPayload(payload: Json): CheckinMemberPayload | undefined {
  const o = obj(payload);
  const groupId = str(o?.groupId);
  const roundId = str(o?.roundId);
  const aadObjectId = str(o?.aadObjectId);
  return groupId && roundId && aadObjectId ? { groupId, roundId, aadObjectId } : undefined;
}
