import {
  BOOK_PARTICIPANT_JOB, bookParticipantJobKey, type BookParticipantPayload,
} from '../../../shared/integration-jobs';
import type { WriteOp } from '../../../shared/store.port';
import type { Nomination, Transition } from '../domain/nomination';
import { asJson } from '../store/nomination.repository';

/**
 * The jobs of this capability: every effect on Teams (posting and updating coordinator cards, telling the
 * nominee and nominator) runs as a job written in the same commit as the state change that causes it.
 */
export const POST_CARD_JOB = 'nominations.post-card';
export const UPDATE_CARD_JOB = 'nominations.update-card';
export const NOTIFY_PERSON_JOB = 'nominations.notify-person';

export interface PostCardPayload { readonly nominationId: string; readonly [k: string]: unknown }
export interface UpdateCardPayload { readonly nominationId: string; readonly rev: number; readonly [k: string]: unknown }
export interface NotifyPersonPayload {
  readonly nominationId: string;
  readonly recipient: string;
  readonly role: 'nominee' | 'nominator';
  readonly transition: Transition;
  readonly [k: string]: unknown;
}

/**
 * Card posts and updates of one cohort share a lane (its coordinators' channel when known): a card is posted
 * before it is updated, and the channel never gets two sends at once.
 */
export const cardLane = (cohortId: string, channelConversationId: string | undefined): string =>
  channelConversationId ? `teams:${channelConversationId}` : `nominations:${cohortId}`;

/** Messages to one person run one at a time in their own lane. */
export const personLane = (aadObjectId: string): string => `teams-user:${aadObjectId}`;

export const postCardJobKey = (nominationId: string, target: string): string => `${POST_CARD_JOB}:${nominationId}:${target}`;
export const noticeKey = (nominationId: string, rev: number, recipient: string): string =>
  `${NOTIFY_PERSON_JOB}:${nominationId}:${rev}:${recipient}`;

export function postCardOp(n: Nomination, channelConversationId: string | undefined, now: Date): WriteOp {
  const payload: PostCardPayload = { nominationId: n.id };
  return {
    op: 'enqueue',
    job: {
      type: POST_CARD_JOB, key: postCardJobKey(n.id, channelConversationId ?? 'direct'), payload: asJson(payload), runAt: now,
      lane: cardLane(n.cohortId, channelConversationId),
    },
  };
}

export function updateCardOp(n: Nomination, channelConversationId: string | undefined, now: Date): WriteOp {
  const payload: UpdateCardPayload = { nominationId: n.id, rev: n.rev };
  return {
    op: 'enqueue',
    job: {
      type: UPDATE_CARD_JOB, key: `${UPDATE_CARD_JOB}:${n.id}:${n.rev}`, payload: asJson(payload), runAt: now,
      lane: cardLane(n.cohortId, channelConversationId),
    },
  };
}

/** Who hears of a transition: the people it concerns, never the one who made it twice. */
export function noticeRecipients(n: Nomination, t: Transition): Array<{ aadObjectId: string; role: 'nominee' | 'nominator' }> {
  const out: Array<{ aadObjectId: string; role: 'nominee' | 'nominator' }> = [];
  const add = (aadObjectId: string, role: 'nominee' | 'nominator'): void => {
    if (!out.some((o) => o.aadObjectId === aadObjectId)) out.push({ aadObjectId, role });
  };
  switch (t.action) {
    case 'approve': case 'reject': case 'waitlist':
      add(n.nominee.aadObjectId, 'nominee');
      add(n.nominator.aadObjectId, 'nominator');
      break;
    case 'submit':
      // The nominee learns of a nomination (and may decline it); an applicant knows of their own application.
      if (n.kind === 'nomination') add(n.nominee.aadObjectId, 'nominee');
      break;
    case 'decline':
      add(n.nominator.aadObjectId, 'nominator');
      break;
    case 'withdraw':
      if (n.kind === 'nomination') add(n.nominee.aadObjectId, 'nominee');
      break;
  }
  // Whoever made the transition saw it happen in their own card.
  return out.filter((o) => o.aadObjectId !== t.by.aadObjectId);
}

export function noticeOps(n: Nomination, t: Transition, now: Date): WriteOp[] {
  return noticeRecipients(n, t).map((r): WriteOp => {
    const payload: NotifyPersonPayload = { nominationId: n.id, recipient: r.aadObjectId, role: r.role, transition: t };
    return {
      op: 'enqueue',
      job: { type: NOTIFY_PERSON_JOB, key: noticeKey(n.id, n.rev, r.aadObjectId), payload: asJson(payload), runAt: now, lane: personLane(r.aadObjectId) },
    };
  });
}

/** The hand-over to bookings, in the approval's commit. */
export function bookParticipantOp(n: Nomination, now: Date): WriteOp {
  const payload: BookParticipantPayload = {
    cohortId: n.cohortId,
    participant: { aadObjectId: n.nominee.aadObjectId, name: n.nominee.name, ...(n.nominee.email ? { email: n.nominee.email } : {}) },
    source: n.kind, sourceId: n.id,
  };
  return {
    op: 'enqueue',
    job: { type: BOOK_PARTICIPANT_JOB, key: bookParticipantJobKey(n.cohortId, n.nominee.aadObjectId), payload: asJson(payload), runAt: now },
  };
}
