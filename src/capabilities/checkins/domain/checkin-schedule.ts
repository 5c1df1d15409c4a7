import type { CheckinPlan, Cohort, Gathering, Program } from '../../../catalog/catalog.schema';
import { addLocalDays, atOslo, shiftWallClock } from './local-date';

export type CheckinPrompt = CheckinPlan['prompts'][number];

/**
 * One check-in between two gatherings. Times are instants; they were computed from Oslo local dates, so they
 * are right across daylight saving changes. Answers are accepted from postAt until digestAt.
 */
export interface Round {
  readonly id: string;
  readonly cohortId: string;
  readonly afterGathering: number;
  readonly postAt: Date;
  readonly remindAt?: Date;
  readonly digestAt: Date;
  readonly prompt: CheckinPrompt;
  /** A coordinator skipped it: no post, reminder or digest. */
  readonly skipped?: boolean;
  /** A coordinator moved postAt: job keys then carry the time so the new jobs are not swallowed by the old keys. */
  readonly moved?: boolean;
}

/** A coordinator's change to one round of a cohort. */
export interface RoundOverride {
  readonly roundId: string;
  readonly skip?: boolean;
  readonly postAt?: Date;
}

export const roundId = (cohortId: string, afterGathering: number): string => `${cohortId}.after-${afterGathering}`;

type Dated = Gathering & { readonly start: string; readonly end: string };
const isDated = (g: Gathering): g is Dated => g.start !== undefined && g.end !== undefined;

function promptFor(plan: CheckinPlan, afterGathering: number): CheckinPrompt | undefined {
  return plan.prompts.find((p) => p.afterGathering === afterGathering) ?? plan.prompts.find((p) => p.afterGathering === undefined);
}

/**
 * The rounds of a cohort: one per gap between consecutive dated gatherings. Gatherings known only by month
 * are left out, since a post time cannot be derived from them. A gap too short for a post before the digest
 * has no round; a reminder that would fall at or after the digest is dropped.
 */
export function planRounds(program: Program, cohort: Cohort): Round[] {
  const plan = program.checkinPlan;
  if (!plan) return [];
  const dated = cohort.gatherings.filter(isDated).sort((a, b) => a.number - b.number);
  const rounds: Round[] = [];
  for (let i = 0; i + 1 < dated.length; i += 1) {
    const after = dated[i];
    const next = dated[i + 1];
    const prompt = promptFor(plan, after.number);
    if (!prompt) continue;
    const postDate = addLocalDays(after.end.slice(0, 10), plan.postAfterDays);
    const postAt = atOslo(postDate, plan.timeOfDay);
    const digestAt = atOslo(addLocalDays(next.start.slice(0, 10), -plan.digestBeforeDays), plan.timeOfDay);
    if (postAt.getTime() >= digestAt.getTime()) continue;
    const remindAt = atOslo(addLocalDays(postDate, plan.remindAfterDays), plan.timeOfDay);
    rounds.push({
      id: roundId(cohort.id, after.number), cohortId: cohort.id, afterGathering: after.number, postAt,
      ...(remindAt.getTime() < digestAt.getTime() ? { remindAt } : {}), digestAt, prompt,
    });
  }
  return rounds;
}

function moveRound(round: Round, postAt: Date): Round {
  const { remindAt: oldRemind, ...rest } = round;
  // The reminder keeps its distance to the post; a reminder that was already dropped stays dropped.
  const remindAt = oldRemind ? shiftWallClock(oldRemind, round.postAt, postAt) : undefined;
  const keep = remindAt && remindAt.getTime() < round.digestAt.getTime() && remindAt.getTime() > postAt.getTime();
  return { ...rest, postAt, ...(keep ? { remindAt } : {}), moved: true };
}

/**
 * The rounds after coordinators' overrides. Skipped rounds stay in the list (marked) so a preview can show them.
 * A move to or past the digest skips the round: there would be no time to answer.
 */
export function applyOverrides(rounds: readonly Round[], overrides: readonly RoundOverride[]): Round[] {
  const byId = new Map(overrides.map((o) => [o.roundId, o]));
  return rounds.map((r) => {
    const o = byId.get(r.id);
    if (!o) return r;
    let out = r;
    if (o.postAt && o.postAt.getTime() !== r.postAt.getTime()) out = moveRound(r, o.postAt);
    if (o.skip === true || out.postAt.getTime() >= out.digestAt.getTime()) out = { ...out, skipped: true };
    return out;
  });
}

/** Answers are taken in [postAt, digestAt). */
export const isOpen = (round: Round, now: Date): boolean =>
  now.getTime() >= round.postAt.getTime() && now.getTime() < round.digestAt.getTime();
