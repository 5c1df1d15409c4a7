/** The API's answers, as the server renders them (src/capabilities/coordination). */
export interface Localized { readonly nb: string; readonly en: string }

export interface CohortSummary {
  readonly cohortId: string;
  readonly programId: string;
  readonly name: Localized;
  readonly programName: Localized;
  readonly year: number;
}

export interface Session {
  readonly mode: 'sso' | 'local';
  readonly user: { readonly name: string };
  readonly cohorts: readonly CohortSummary[];
  readonly programs: ReadonlyArray<{ readonly programId: string; readonly name: Localized; readonly hasCheckinPlan: boolean }>;
}

export type NominationStatus = 'pending' | 'waitlisted' | 'approved' | 'rejected' | 'declined' | 'withdrawn';

export interface NominationRow {
  readonly id: string;
  readonly kind: 'nomination' | 'application';
  readonly status: NominationStatus;
  readonly rev: number;
  readonly nominee: string;
  readonly nominator: string;
  readonly justification: string;
  readonly submittedAt: string;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
  readonly reason?: string;
}

export interface GatheringSeats {
  readonly gatheringId: string;
  readonly number: number;
  readonly title: Localized;
  readonly when: Localized;
  readonly capacity?: number;
  readonly booked: number;
  readonly waitlisted: number;
  readonly declined: number;
  readonly cancelled: number;
}

export interface RoundRate {
  readonly roundId: string;
  readonly afterGathering: number;
  readonly status: 'planned' | 'posted' | 'closed' | 'skipped';
  readonly members: number;
  readonly answered: number;
  readonly rate?: number;
  readonly postAt: string;
  readonly remindedAt?: string;
  readonly digestAt: string;
  readonly digestedAt?: string;
}

export interface GroupRates {
  readonly groupId: string;
  readonly name: string;
  readonly reachable: boolean;
  readonly rounds: readonly RoundRate[];
}

export interface Alerts {
  readonly alerts: ReadonlyArray<{ readonly id: string; readonly text: Localized; readonly at: string }>;
  readonly dead: ReadonlyArray<{ readonly jobId: string; readonly what: Localized; readonly attempts: number; readonly error: string; readonly retried?: string }>;
}

export interface GatheringDraft {
  id: string;
  number: number;
  title: Localized;
  firstDay?: string;
  lastDay?: string;
  start?: string;
  end?: string;
  period?: string;
  place?: { name: string; city?: string; address?: string };
  mode: 'onsite' | 'online' | 'hybrid';
  optional: boolean;
  capacity?: number;
}

export interface CohortDraft {
  id: string;
  name: Localized;
  year: number;
  capacity?: number;
  applicationDeadline?: string;
  bookingCutoffHours: number;
  gatherings: GatheringDraft[];
}
