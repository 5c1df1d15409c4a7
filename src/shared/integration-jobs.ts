import type { Text } from './i18n';

/**
 * Job types one capability enqueues and another handles: the only coupling between capabilities. A use case
 * writes these in the same commit as its own state change, so the hand-over is never lost.
 */

/** nominations -> bookings: an approved participant is booked into every required gathering of the cohort. */
export const BOOK_PARTICIPANT_JOB = 'bookings.book-participant';
export interface BookParticipantPayload {
  readonly cohortId: string;
  readonly participant: { readonly aadObjectId: string; readonly name: string; readonly email?: string };
  readonly source: 'nomination' | 'application';
  readonly sourceId: string;
  [k: string]: unknown;
}
export const bookParticipantJobKey = (cohortId: string, aadObjectId: string): string =>
  `bookings.book-participant:${cohortId}:${aadObjectId}`;

/**
 * any capability -> nominations (which knows the coordinators and their channel): tell a cohort's coordinators
 * something that needs a person (a job given up on, an unreachable base group, a declined invitation).
 */
export const NOTIFY_COORDINATORS_JOB = 'alerts.notify-coordinators';
export interface NotifyCoordinatorsPayload {
  readonly cohortId: string;
  readonly text: Text;
  /** Stable id of the event, so the same alert is never sent twice. */
  readonly alertId: string;
  [k: string]: unknown;
}
export const notifyCoordinatorsJobKey = (alertId: string): string => `alerts.notify-coordinators:${alertId}`;

/**
 * any capability -> nominations (which can open a 1:1 chat through the cohort's coordinators' channel): a short
 * notice to one participant (a seat freed up, a booking changed). Sent once per noticeId.
 */
export const NOTIFY_PARTICIPANT_JOB = 'alerts.notify-participant';
export interface NotifyParticipantPayload {
  readonly cohortId: string;
  readonly aadObjectId: string;
  readonly text: Text;
  readonly noticeId: string;
  [k: string]: unknown;
}
export const notifyParticipantJobKey = (noticeId: string): string => `alerts.notify-participant:${noticeId}`;
