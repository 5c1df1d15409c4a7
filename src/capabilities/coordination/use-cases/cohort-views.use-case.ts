import type { Text } from '../../../shared/i18n';
import { NOTIFY_COORDINATORS_JOB, type NotifyCoordinatorsPayload } from '../../../shared/integration-jobs';
import type { Job } from '../../../shared/store.port';
import { describeJobType } from '../../../jobs/dead-letter-alert';
import { BookingRepository } from '../../bookings/store/booking.repository';
import { cohortRounds } from '../../checkins/use-cases/cohort-rounds';
import { BaseGroupRepository } from '../../checkins/store/base-group.repository';
import { CheckinAnswerRepository } from '../../checkins/store/checkin-answer.repository';
import { CheckinRoundRepository, plannedState } from '../../checkins/store/checkin-round.repository';
import type { Nomination } from '../../nominations/domain/nomination';
import { NominationRepository } from '../../nominations/store/nomination.repository';
import { roundRate, type GroupRates } from '../domain/answer-rates';
import { seatSummary, type GatheringSeats } from '../domain/seat-summary';
import type { CoordinationDeps } from '../ports';

/** A nomination as the tab lists it: who, for what, where it stands, and the revision a decision must name. */
export interface NominationRow {
  readonly id: string;
  readonly kind: Nomination['kind'];
  readonly status: Nomination['status'];
  readonly rev: number;
  readonly nominee: string;
  readonly nominator: string;
  readonly justification: string;
  readonly submittedAt: string;
  readonly decidedBy: string | undefined;
  readonly decidedAt: string | undefined;
  readonly reason: string | undefined;
}

export async function nominationsOf(deps: CoordinationDeps, cohortId: string): Promise<NominationRow[]> {
  const all = await new NominationRepository(deps.store).all();
  return all.filter((n) => n.cohortId === cohortId)
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
    .map((n) => ({
      id: n.id, kind: n.kind, status: n.status, rev: n.rev, nominee: n.nominee.name, nominator: n.nominator.name,
      justification: n.justification, submittedAt: n.submittedAt,
      decidedBy: n.decision?.by.name, decidedAt: n.decision?.at, reason: n.decision?.reason,
    }));
}

export async function seatsOf(deps: CoordinationDeps, cohortId: string): Promise<GatheringSeats[]> {
  const found = deps.index.cohort(cohortId);
  if (!found) return [];
  const repo = new BookingRepository(deps.store);
  const out: GatheringSeats[] = [];
  for (const g of [...found.cohort.gatherings].sort((a, b) => a.number - b.number)) {
    out.push(seatSummary(found.cohort, g, await repo.ofGathering(cohortId, g.id)));
  }
  return out;
}

/** Answer rates per base group and round; counts only, never answer text. */
export async function checkinsOf(deps: CoordinationDeps, cohortId: string): Promise<GroupRates[]> {
  const rounds = await cohortRounds({ catalog: deps.index, store: deps.store }, cohortId);
  if (!rounds) return [];
  const roundsRepo = new CheckinRoundRepository(deps.store);
  const answers = new CheckinAnswerRepository(deps.store);
  const out: GroupRates[] = [];
  for (const { group } of await new BaseGroupRepository(deps.store).forCohort(cohortId)) {
    const states = new Map((await roundsRepo.forGroup(group.id)).map((s) => [s.state.roundId, s.state]));
    const rates = [];
    for (const round of rounds.rounds) {
      const answered = new Set((await answers.forRound(group.id, round.id)).map((a) => a.aadObjectId));
      rates.push(roundRate(group, round, states.get(round.id) ?? plannedState(group.id, round.id), answered));
    }
    out.push({ groupId: group.id, name: group.name, reachable: group.reachable, rounds: rates });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

export interface AlertRow {
  readonly id: string;
  readonly text: Text;
  readonly at: string;
}

export interface DeadJobRow {
  readonly jobId: string;
  readonly what: Text;
  readonly attempts: number;
  readonly error: string;
  /** When a coordinator has asked for it again (the new job's status). */
  readonly retried: 'pending' | 'running' | 'done' | 'dead' | undefined;
}

export const retryKey = (job: Job): string => `${job.key}#retry:${job.id}`;

/** The alerts coordinators were sent and the jobs given up on, of this cohort, in words. */
export async function alertsOf(deps: CoordinationDeps, cohortId: string): Promise<{ alerts: AlertRow[]; dead: DeadJobRow[] }> {
  const alerts = (await deps.store.jobs.list({ type: NOTIFY_COORDINATORS_JOB }))
    .filter((j) => (j.payload as NotifyCoordinatorsPayload | null)?.cohortId === cohortId)
    .map((j) => ({ id: j.id, text: (j.payload as NotifyCoordinatorsPayload).text, at: j.runAt.toISOString() }))
    .sort((a, b) => b.at.localeCompare(a.at));
  const dead: DeadJobRow[] = [];
  for (const job of await deps.store.jobs.list({ status: 'dead' })) {
    if ((await cohortOfJob(deps, job)) !== cohortId) continue;
    const subject = await deps.jobSubject(job);
    // A subject's detail is one text or one per language (names of gatherings and people in words).
    const detail = (lang: 'nb' | 'en'): string => {
      const d = typeof subject?.detail === 'string' ? subject.detail : subject?.detail?.[lang];
      return d ? ` (${d})` : '';
    };
    const again = await deps.store.jobs.byKey(retryKey(job));
    dead.push({
      jobId: job.id, attempts: job.attempts, error: job.lastError ?? '', retried: again?.status,
      what: { nb: `${describeJobType(job.type, 'nb')}${detail('nb')}`, en: `${describeJobType(job.type, 'en')}${detail('en')}` },
    });
  }
  return { alerts, dead };
}

export async function cohortOfJob(deps: CoordinationDeps, job: Job): Promise<string | undefined> {
  const p = job.payload as { cohortId?: unknown } | null;
  if (p && typeof p === 'object' && typeof p.cohortId === 'string') return p.cohortId;
  return (await deps.jobSubject(job))?.cohortId;
}
