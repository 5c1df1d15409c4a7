import { escapeCardText, renderCard } from '../../../adapters/teams/card-renderer';
import type { CheckinPlan, Cohort } from '../../../catalog/catalog.schema';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { formatInstant, formatLocalDate, monthName, toOsloLocal } from '../../../shared/oslo-time';
import type { Round } from '../domain/checkin-schedule';
import type { Banner } from './checkin-card';
import { command as m, plan as t, shiftTexts } from './checkins-messages';
import template from './cards/plan.json';

/** "(flyttet til en virkedag: posting fra lørdag 24. februar 2024, helg)" for times the plan moved. */
export function shiftedPart(r: Round, lang: Lang): string {
  if (!r.shifted || r.shifted.length === 0) return '';
  const items = r.shifted.map((x) => format(m.shiftedItem, lang, {
    what: pick(shiftTexts.what[x.what], lang), from: formatLocalDate(x.from, lang),
    reason: x.reason === 'quiet' ? format(shiftTexts.reason.quiet, lang, { month: monthName(Number(x.from.slice(5, 7)), lang) }) : pick(shiftTexts.reason[x.reason], lang),
  }));
  return format(m.shiftedPart, lang, { items: items.join('; ') });
}

/** The rule behind the times, so a coordinator knows why a round is not exactly a week after a gathering. */
export function workingDaysNote(plan: CheckinPlan | undefined, lang: Lang): string {
  if (!plan) return '';
  const months = plan.quietMonths.map((n) => monthName(n, lang));
  return format(months.length > 0 ? m.workingDays : m.workingDaysNoBreak, lang, { time: plan.timeOfDay, months: months.join(', ') });
}

type RoundState = 'planned' | 'plannedMoved' | 'skipped' | 'open' | 'closed';

/** The cohort-wide state of a round, from its times and the coordinators' changes. */
function stateOf(r: Round, now: Date): RoundState {
  if (r.skipped) return 'skipped';
  if (now.getTime() >= r.digestAt.getTime()) return 'closed';
  if (now.getTime() >= r.postAt.getTime()) return 'open';
  return r.moved ? 'plannedMoved' : 'planned';
}

export interface PlanCardInput {
  readonly lang: Lang;
  readonly now: Date;
  readonly cohort: Cohort;
  readonly plan: CheckinPlan | undefined;
  readonly rounds: readonly Round[];
  readonly groups: number;
  readonly banner?: Banner;
}

/**
 * `sjekk inn plan «kull-id»` as a card: each round in Oslo time and in words (which gathering it follows, when
 * it is posted, reminded and closed, and its state), with Move and Skip while the round has not been posted.
 * Only coordinators get it (previewRounds decides), and the buttons' verbs are authorized again on the server.
 */
export function planCard(o: PlanCardInput): OutboundMessage {
  const { lang, now } = o;
  const titleOf = (n: number): string => o.cohort.gatherings.find((g) => g.number === n)?.title[lang] ?? String(n);
  const rounds = o.rounds.map((r, i) => {
    const state = stateOf(r, now);
    const local = toOsloLocal(r.postAt);
    return {
      id: r.id,
      heading: escapeCardText(format(t.heading, lang, { n: i + 1, gathering: titleOf(r.afterGathering) })),
      post: escapeCardText(formatInstant(r.postAt, lang)),
      showRemind: r.remindAt !== undefined, remind: r.remindAt ? escapeCardText(formatInstant(r.remindAt, lang)) : '',
      digest: escapeCardText(formatInstant(r.digestAt, lang)),
      state: pick(t[state], lang),
      showShifted: (r.shifted?.length ?? 0) > 0, shifted: escapeCardText(shiftedPart(r, lang).trim().replace(/^\((.*)\)$/, '$1')),
      idLine: escapeCardText(format(t.idLine, lang, { id: r.id })),
      canMove: state === 'planned' || state === 'plannedMoved', canSkip: state === 'planned' || state === 'plannedMoved',
      canRestore: state === 'skipped' && now.getTime() < r.digestAt.getTime(),
      date: local.slice(0, 10), time: local.slice(11),
    };
  });
  const rule = workingDaysNote(o.plan, lang);
  const labels = {
    post: pick(t.post, lang), remind: pick(t.remind, lang), digest: pick(t.digest, lang), state: pick(t.state, lang),
    move: pick(t.move, lang), moveConfirm: pick(t.moveConfirm, lang), date: pick(t.date, lang), time: pick(t.time, lang),
    skip: pick(t.skip, lang), restore: pick(t.restore, lang),
  };
  const data = {
    lang, labels, title: escapeCardText(format(t.title, lang, { cohort: o.cohort.name[lang] })),
    groups: format(t.groups, lang, { groups: o.groups }), empty: rounds.length === 0, none: pick(m.noRounds, lang), rounds,
    showRule: rounds.length > 0 && rule !== '', rule: escapeCardText(rule),
    showBanner: o.banner !== undefined, banner: o.banner?.text ?? '', bannerStyle: o.banner?.style ?? 'accent',
  };
  const lines = o.rounds.map((r, i) => `${format(t.heading, lang, { n: i + 1, gathering: titleOf(r.afterGathering) })}: ${formatInstant(r.postAt, lang)} – ${pick(t[stateOf(r, now)], lang)}`);
  const text = [o.banner?.text, format(t.title, lang, { cohort: o.cohort.name[lang] }), ...(lines.length > 0 ? lines : [pick(m.noRounds, lang)])].filter(Boolean).join('\n');
  return { text, card: renderCard(template, data) };
}
