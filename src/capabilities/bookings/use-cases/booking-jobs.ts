import type { Text } from '../../../shared/i18n';
import {
  NOTIFY_COORDINATORS_JOB, NOTIFY_PARTICIPANT_JOB, notifyCoordinatorsJobKey, notifyParticipantJobKey,
  type NotifyCoordinatorsPayload, type NotifyParticipantPayload,
} from '../../../shared/integration-jobs';
import type { WriteOp } from '../../../shared/store.port';
import { asJson, type Ledger } from '../store/booking.repository';

/** Brings one gathering's Outlook event in line with its bookings. One lane per event: writes never overlap. */
export const SYNC_EVENT_JOB = 'bookings.sync-event';
/** Creates a cohort's missing events in one Graph $batch and queues syncs for events whose details changed. */
export const PUBLISH_COHORT_JOB = 'bookings.publish-cohort';
/** Reads attendee responses (declines) of a mailbox's events; re-enqueues itself. */
export const POLL_RESPONSES_JOB = 'bookings.poll-responses';

export const eventLane = (cohortId: string, gatheringId: string): string => `graph-event:${cohortId}/${gatheringId}`;

/**
 * Asks for a sync unless one is already waiting: the waiting job reads the bookings when it starts, so every
 * change made before then rides along in one PATCH. `delayMs` lets a burst of approvals gather first.
 */
export function requestSync(cohortId: string, gatheringId: string, ledger: Ledger, now: Date, delayMs: number): { ledger: Ledger; ops: WriteOp[] } {
  if (ledger.syncPending) return { ledger, ops: [] };
  const syncSeq = ledger.syncSeq + 1;
  return {
    ledger: { ...ledger, syncPending: true, syncSeq },
    ops: [{
      op: 'enqueue',
      job: {
        type: SYNC_EVENT_JOB, key: `${SYNC_EVENT_JOB}:${cohortId}/${gatheringId}:${syncSeq}`, lane: eventLane(cohortId, gatheringId),
        payload: { cohortId, gatheringId }, runAt: new Date(now.getTime() + delayMs),
      },
    }],
  };
}

export function notifyParticipantOp(payload: NotifyParticipantPayload, now: Date): WriteOp {
  return { op: 'enqueue', job: { type: NOTIFY_PARTICIPANT_JOB, key: notifyParticipantJobKey(payload.noticeId), payload: asJson(payload), runAt: now } };
}

export function alertCoordinatorsOp(cohortId: string, alertId: string, text: Text, now: Date): WriteOp {
  const payload: NotifyCoordinatorsPayload = { cohortId, alertId, text: { nb: text.nb, en: text.en } };
  return { op: 'enqueue', job: { type: NOTIFY_COORDINATORS_JOB, key: notifyCoordinatorsJobKey(alertId), payload: asJson(payload), runAt: now } };
}
