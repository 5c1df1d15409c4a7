import { err, ok, type Result } from '../../../shared/result';

/**
 * A nomination (someone nominates a leader) or an application (a leader applies for themselves) to a cohort,
 * and the state machine that coordinators, nominees and nominators move it through. Pure: no store, no clock.
 *
 *   pending ──approve──> approved            (final; books the participant)
 *      │ ├────reject───> rejected            (final; a reason is required)
 *      │ ├────waitlist─> waitlisted ──approve/reject──> approved/rejected
 *      │ ├────decline──> declined            (nominee, nominations only; also from waitlisted)
 *      │ └────withdraw─> withdrawn           (nominator or applicant; also from waitlisted)
 */
export type NominationKind = 'nomination' | 'application';
export type NominationStatus = 'pending' | 'waitlisted' | 'approved' | 'rejected' | 'declined' | 'withdrawn';
export type Decision = 'approve' | 'reject' | 'waitlist';
export type NominationAction = Decision | 'decline' | 'withdraw';

/** The part someone plays for a nomination; authorization decides it, the state machine only checks it. */
export type ActorRole = 'coordinator' | 'nominee' | 'nominator';

export interface PersonRef {
  readonly aadObjectId: string;
  readonly name: string;
  readonly email?: string;
}

/** "Bachelor (180 credits) or equivalent", "2 years of higher education and relevant experience", "neither". */
export type DegreeAnswer = 'bachelor' | 'experience' | 'none';

/** How the admission rules place the candidate: with credits, assessed individually, as course participant. */
export type AdmissionTrack = 'credits' | 'individual-assessment' | 'course-participant' | 'no-requirement';

export interface AdmissionAnswers {
  readonly degree?: DegreeAnswer;
  /** Program ids the candidate says they have completed (e.g. "ledpro-1"). */
  readonly completedPrerequisites: readonly string[];
}

export interface Transition {
  readonly action: NominationAction | 'submit';
  readonly from: NominationStatus | null;
  readonly to: NominationStatus;
  readonly by: PersonRef;
  /** ISO instant. */
  readonly at: string;
  readonly reason?: string;
}

export interface Nomination {
  readonly id: string;
  readonly kind: NominationKind;
  readonly programId: string;
  readonly cohortId: string;
  readonly nominee: PersonRef;
  /** For an application, the applicant (the same person as the nominee). */
  readonly nominator: PersonRef;
  readonly justification: string;
  readonly answers: AdmissionAnswers;
  readonly track: AdmissionTrack;
  readonly status: NominationStatus;
  /**
   * Counts transitions. Cards carry the revision they were drawn from, so a click on an outdated card (a
   * double click, a replayed invoke, a second coordinator) is recognised and answered with the current state.
   */
  readonly rev: number;
  readonly submittedAt: string;
  /** The latest coordinator decision (approve, reject, waitlist). */
  readonly decision?: Transition;
  /** The latest transition of any kind. */
  readonly last: Transition;
}

export const FINAL_STATUSES: readonly NominationStatus[] = ['approved', 'rejected', 'declined', 'withdrawn'];
export const isOpen = (status: NominationStatus): boolean => status === 'pending' || status === 'waitlisted';

const targets: Record<NominationAction, NominationStatus> = {
  approve: 'approved', reject: 'rejected', waitlist: 'waitlisted', decline: 'declined', withdraw: 'withdrawn',
};

/** Who may take which action. */
const actionRole: Record<NominationAction, ActorRole> = {
  approve: 'coordinator', reject: 'coordinator', waitlist: 'coordinator', decline: 'nominee', withdraw: 'nominator',
};

const fromStatuses: Record<NominationAction, readonly NominationStatus[]> = {
  approve: ['pending', 'waitlisted'],
  reject: ['pending', 'waitlisted'],
  waitlist: ['pending'],
  decline: ['pending', 'waitlisted'],
  withdraw: ['pending', 'waitlisted'],
};

export const REASON_MAX = 1000;
export const JUSTIFICATION_MAX = 2000;

export type TransitionError =
  | { readonly code: 'forbidden'; readonly action: NominationAction; readonly needs: ActorRole }
  /** A coordinator deciding their own application or a nomination of themselves: another coordinator must. */
  | { readonly code: 'conflict-of-interest'; readonly action: NominationAction }
  | { readonly code: 'not-allowed'; readonly action: NominationAction; readonly status: NominationStatus }
  | { readonly code: 'reason-required' }
  | { readonly code: 'reason-too-long'; readonly max: number };

export interface TransitionRequest {
  readonly action: NominationAction;
  readonly actor: PersonRef;
  /** Roles the caller holds for this nomination, established by the caller's authenticated identity. */
  readonly roles: ReadonlySet<ActorRole>;
  readonly at: Date;
  readonly reason?: string;
}

export const roleFor = (action: NominationAction): ActorRole => actionRole[action];

/** Whether a coordinator may decide this nomination: never their own application or a nomination of themselves. */
export const mayDecide = (n: Nomination, aadObjectId: string | undefined): boolean => aadObjectId !== n.nominee.aadObjectId;

/** Applies an action, or says why it cannot apply. The revision grows by one with every transition. */
export function transition(n: Nomination, req: TransitionRequest): Result<{ nomination: Nomination; transition: Transition }, TransitionError> {
  const needs = actionRole[req.action];
  if (!req.roles.has(needs)) return err({ code: 'forbidden', action: req.action, needs });
  if (needs === 'coordinator' && (req.roles.has('nominee') || n.nominee.aadObjectId === req.actor.aadObjectId)) {
    return err({ code: 'conflict-of-interest', action: req.action });
  }
  // An applicant is the nominee of their own application: "decline" is withdrawing there.
  if (req.action === 'decline' && n.kind === 'application') return err({ code: 'not-allowed', action: req.action, status: n.status });
  if (!fromStatuses[req.action].includes(n.status)) return err({ code: 'not-allowed', action: req.action, status: n.status });
  const reason = req.reason?.trim() ?? '';
  if (req.action === 'reject' && reason.length === 0) return err({ code: 'reason-required' });
  if (reason.length > REASON_MAX) return err({ code: 'reason-too-long', max: REASON_MAX });
  const t: Transition = {
    action: req.action, from: n.status, to: targets[req.action], by: req.actor, at: req.at.toISOString(),
    ...(reason ? { reason } : {}),
  };
  const isDecision = needs === 'coordinator';
  return ok({
    nomination: { ...n, status: t.to, rev: n.rev + 1, last: t, ...(isDecision ? { decision: t } : {}) },
    transition: t,
  });
}

/** What a submission supplies; the state machine adds status, revision and history. */
export type NewNomination = Pick<Nomination, 'id' | 'kind' | 'programId' | 'cohortId' | 'nominee' | 'nominator' | 'justification' | 'answers' | 'track'>
  & { readonly at: Date };

export function createNomination(input: NewNomination): Nomination {
  const at = input.at.toISOString();
  return {
    id: input.id, kind: input.kind, programId: input.programId, cohortId: input.cohortId, nominee: input.nominee,
    nominator: input.nominator, justification: input.justification.trim(), answers: input.answers, track: input.track,
    status: 'pending', rev: 1, submittedAt: at,
    last: { action: 'submit', from: null, to: 'pending', by: input.nominator, at },
  };
}

/**
 * A person may hold one live nomination per cohort. A new one may replace an earlier one only when that one
 * ended without a verdict on the person (withdrawn by the nominator, declined by the nominee).
 */
export const blocksNewNomination = (existing: NominationStatus): boolean =>
  existing !== 'withdrawn' && existing !== 'declined';
