import type { Cohort, Program } from '../../../catalog/catalog.schema';
import { fromOsloLocal } from '../../../shared/oslo-time';
import { err, ok, type Result } from '../../../shared/result';
import type { AdmissionAnswers, AdmissionTrack, NominationKind } from './nomination';

/**
 * The admission rules of the catalog (`program.admission`) applied to one candidate: whether the program takes
 * this kind of request, the cohort's deadline and capacity, prerequisites and the degree rule with its
 * course-participant path. Pure: the caller passes the time and the number of seats already taken.
 */
export type IneligibleReason =
  | { readonly code: 'kind-not-accepted'; readonly kind: NominationKind }
  | { readonly code: 'deadline-passed'; readonly deadline: string }
  | { readonly code: 'cohort-full'; readonly capacity: number }
  | { readonly code: 'degree-answer-missing' }
  | { readonly code: 'degree-required' }
  | { readonly code: 'prerequisite-missing'; readonly programIds: readonly string[] };

/** The deadline is a local date: applications are accepted until midnight after it in Oslo (DST-safe). */
export function deadlineCutoff(deadline: string): Date {
  const [y, m, d] = deadline.split('-').map(Number);
  return fromOsloLocal(new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10));
}

export const acceptsKind = (program: Program, kind: NominationKind): boolean =>
  kind === 'application' ? program.admission?.applications === true : program.admission?.nominations === true;

/**
 * Timing: the cohort's application deadline, the only date the catalog gives for admission. A cohort without
 * one stays open (the department-head cohort runs 2021-2025 with only its first gatherings dated); the
 * coordinators close it by giving it a deadline in the catalog.
 */
export function timingProblem(cohort: Cohort, now: Date): IneligibleReason | undefined {
  if (cohort.applicationDeadline && now.getTime() >= deadlineCutoff(cohort.applicationDeadline).getTime()) {
    return { code: 'deadline-passed', deadline: cohort.applicationDeadline };
  }
  return undefined;
}

/** Cohorts that take this kind of request now (the choices of the nomination or application card). */
export function openCohorts(programs: readonly Program[], kind: NominationKind, now: Date): Array<{ program: Program; cohort: Cohort }> {
  const out: Array<{ program: Program; cohort: Cohort }> = [];
  for (const program of programs) {
    if (!acceptsKind(program, kind)) continue;
    for (const cohort of program.cohorts) if (!timingProblem(cohort, now)) out.push({ program, cohort });
  }
  return out;
}

export interface EligibilityInput {
  readonly kind: NominationKind;
  readonly program: Program;
  readonly cohort: Cohort;
  readonly answers: AdmissionAnswers;
  readonly now: Date;
  /** Seats already taken in the cohort (approved participants). */
  readonly seatsTaken: number;
}

/** Every reason that stands in the way (so the card can list them all), or the admission track. */
export function assessEligibility(i: EligibilityInput): Result<AdmissionTrack, IneligibleReason[]> {
  const reasons: IneligibleReason[] = [];
  const admission = i.program.admission;
  if (!acceptsKind(i.program, i.kind)) reasons.push({ code: 'kind-not-accepted', kind: i.kind });
  const timing = timingProblem(i.cohort, i.now);
  if (timing) reasons.push(timing);
  if (i.cohort.capacity !== undefined && i.seatsTaken >= i.cohort.capacity) {
    reasons.push({ code: 'cohort-full', capacity: i.cohort.capacity });
  }
  const missing = (admission?.prerequisites ?? []).filter((p) => !i.answers.completedPrerequisites.includes(p));
  if (missing.length > 0) reasons.push({ code: 'prerequisite-missing', programIds: missing });

  let track: AdmissionTrack = 'no-requirement';
  if (admission?.requiresDegree) {
    const degree = i.answers.degree;
    if (degree === undefined) reasons.push({ code: 'degree-answer-missing' });
    else if (degree === 'bachelor') track = 'credits';
    else if (degree === 'experience') track = 'individual-assessment';
    else if (admission.courseParticipantPath) track = 'course-participant';
    else reasons.push({ code: 'degree-required' });
  }
  return reasons.length > 0 ? err(reasons) : ok(track);
}
