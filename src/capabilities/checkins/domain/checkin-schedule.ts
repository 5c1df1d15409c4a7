import type { CheckinPlan, Cohort, Gathering, Program } from '../../../catalog/catalog.schema';
import { firstDayOf, lastDayOf } from '../../../catalog/gathering-time';
import { nextWorkingDay, previousWorkingDay, type NonWorkingReason } from '../../../shared/working-days';
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
  /**
   * Times the plan moved off a weekend, a public holiday or a quiet month (the summer break) to the next working
   * day, with the day the plan's arithmetic gave, so the preview can say so.
   */
  readonly shifted?: ReadonlyArray<{ readonly what: 'post' | 'remind' | 'digest'; readonly from: string; readonly reason: NonWorkingReason }>;
}

/** A coordinator's change to one round of a cohort. */
export interface RoundOverride {
  readonly roundId: string;
  readonly skip?: boolean;
  readonly postAt?: Date;
}

export const roundId = (cohortId: string, afterGathering: number): string => `${cohortId}.after-${afterGathering}`;

type Dated = { readonly g: Gathering; readonly first: string; readonly last: string };
const dated = (g: Gathering): Dated | undefined => {
  const first = firstDayOf(g);
  const last = lastDayOf(g);
  return first && last ? { g, first, last } : undefined;
};

function promptFor(plan: CheckinPlan, afterGathering: number): CheckinPrompt | undefined {
  return plan.prompts.find((p) => p.afterGathering === afterGathering) ?? plan.prompts.find((p) => p.afterGathering === undefined);
}

/**
 * The rounds of a cohort: one per gap between consecutive gatherings dated to the day (with or without hours).
 * Gatherings known only by month are left out, since a post time cannot be derived from them. Posts,
 * reminders and digests land on working days: a weekend, a Norwegian public holiday or a quiet month moves them
 * to the next working day at the plan's time (a digest that would then reach the next gathering's first day
 * goes to the working day before instead, so answers still close before people meet). A gap too short for a
 * post before the digest has no round; a reminder that would fall at or after the digest is dropped.
 */
export function planRounds(program: Program, cohort: Cohort): Round[] {
  const plan = program.checkinPlan;
  if (!plan) return [];
  const quiet = plan.quietMonths;
  const days = cohort.gatherings.map(dated).filter((d): d is Dated => d !== undefined).sort((a, b) => a.g.number - b.g.number);
  const rounds: Round[] = [];
  for (let i = 0; i + 1 < days.length; i += 1) {
    const after = days[i];
    const next = days[i + 1];
    const prompt = promptFor(plan, after.g.number);
    if (!prompt) continue;
    const shifted: Array<{ what: 'post' | 'remind' | 'digest'; from: string; reason: NonWorkingReason }> = [];
    const working = (what: 'post' | 'remind' | 'digest', day: string): string => {
      const w = nextWorkingDay(day, quiet);
      if (w.reason) shifted.push({ what, from: day, reason: w.reason });
      return w.date;
    };
    const postDate = working('post', addLocalDays(after.last, plan.postAfterDays));
    const planned = addLocalDays(next.first, -plan.digestBeforeDays);
    let digestDate = working('digest', planned);
    if (digestDate >= next.first) digestDate = previousWorkingDay(addLocalDays(next.first, -1), quiet);
    const postAt = atOslo(postDate, plan.timeOfDay);
    const digestAt = atOslo(digestDate, plan.timeOfDay);
    if (postAt.getTime() >= digestAt.getTime()) continue;
    const remindDate = working('remind', addLocalDays(postDate, plan.remindAfterDays));
    const remindAt = atOslo(remindDate, plan.timeOfDay);
    const keepRemind = remindAt.getTime() < digestAt.getTime();
    const notes = shifted.filter((x) => x.what !== 'remind' || keepRemind);
    rounds.push({
      id: roundId(cohort.id, after.g.number), cohortId: cohort.id, afterGathering: after.g.number, postAt,
      ...(keepRemind ? { remindAt } : {}), digestAt, prompt, ...(notes.length > 0 ? { shifted: notes } : {}),
    });
  }
  return rounds;
}

function moveRound(round: Round, postAt: Date): Round {
  // The coordinator chose the new time: the plan's working-day note on the old post no longer applies.
  const { remindAt: oldRemind, shifted, ...rest } = round;
  const notes = (shifted ?? []).filter((x) => x.what === 'digest');
  // The reminder keeps its distance to the post; a reminder that was already dropped stays dropped.
  const remindAt = oldRemind ? shiftWallClock(oldRemind, round.postAt, postAt) : undefined;
  const keep = remindAt && remindAt.getTime() < round.digestAt.getTime() && remindAt.getTime() > postAt.getTime();
  return { ...rest, postAt, ...(keep ? { remindAt } : {}), ...(notes.length > 0 ? { shifted: notes } : {}), moved: true };
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
