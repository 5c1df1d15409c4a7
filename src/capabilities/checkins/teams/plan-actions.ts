import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { escapeCardText } from '../../../adapters/teams/card-renderer';
import { caller, turnLang } from '../../../adapters/teams/turn';
import { format, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { formatInstant, fromOsloLocal } from '../../../shared/oslo-time';
import { moveOrSkipRound } from '../use-cases/move-or-skip-round.use-case';
import { previewRounds } from '../use-cases/preview-round.use-case';
import { noticeCard, type Banner } from './checkin-card';
import { command as m, outcome, plan as t } from './checkins-messages';
import type { CheckinsEnv } from './checkins-env';
import { planCard } from './plan-card';

const base = z.object({ roundId: z.string().min(1).max(200), lang: z.enum(['nb', 'en']).optional() }).passthrough();
/**
 * Input.Date and Input.Time values, merged into the action data by the card. Input ids are unique per card, so
 * each round's inputs are named after it ("ledpro-1-2024.after-1.date"); plain `date`/`time` are read too.
 */
const moveData = base.extend({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), time: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/) });
const skipData = base.extend({ skip: z.boolean() });

const langOf = (context: TurnContext, data: unknown): Lang => {
  const l = (data as { lang?: unknown } | null)?.lang;
  return l === 'nb' || l === 'en' ? l : turnLang(context);
};

/** A round id is `${cohortId}.after-N`: the cohort is read from it (and the role checked for that cohort). */
export const cohortOfRound = (roundId: string): string => /^(.+)\.after-\d+$/.exec(roundId)?.[1] ?? '';

/** The plan card for the caller, when they coordinate the cohort; otherwise a notice that says why not. */
export async function planMessage(env: CheckinsEnv, aadObjectId: string, cohortId: string, lang: Lang, banner?: Banner): Promise<OutboundMessage> {
  const r = await previewRounds(env.deps, { caller: { aadObjectId, name: '' }, cohortId });
  const found = env.deps.catalog.cohort(cohortId);
  if (!r.ok || !found) {
    const code = r.ok ? 'unknown-cohort' : r.error.code;
    return noticeCard(code === 'not-allowed' ? format(t.notCoordinator, lang) : format(m['unknown-cohort'], lang, { cohortId: cohortId.slice(0, 60) }));
  }
  return planCard({
    lang, now: env.ctx.clock.now(), cohort: found.cohort, plan: found.program.checkinPlan, rounds: r.value.rounds, groups: r.value.groups,
    ...(banner ? { banner } : {}),
  });
}

/**
 * Move or Skip from the plan card. Who acts is the activity's sender; the card names only the round (and the
 * new time). The use case checks the sender coordinates the round's cohort and that the round can still change;
 * the answer is the fresh plan with a banner saying what happened, or why nothing did.
 */
export async function planAction(env: CheckinsEnv, context: TurnContext, verb: 'move' | 'skip', raw: unknown): Promise<OutboundMessage> {
  const lang = langOf(context, raw);
  const who = caller(context);
  if (!who.aadObjectId) return noticeCard(format(m['no-identity'], lang));
  const parsed = base.safeParse(raw);
  if (!parsed.success) return noticeCard(format(outcome.unreadable, lang));
  const roundId = parsed.data.roundId;
  const cohortId = cohortOfRound(roundId);
  const n = Number(/\.after-(\d+)$/.exec(roundId)?.[1] ?? 0);
  const show = (text: string, style: Banner['style']): Promise<OutboundMessage> => planMessage(env, who.aadObjectId ?? '', cohortId, lang, { text: escapeCardText(text), style });
  let change: { postAt?: Date; skip?: boolean };
  if (verb === 'move') {
    const o = raw as Record<string, unknown>;
    const d = moveData.safeParse({ ...o, date: o[`${roundId}.date`] ?? o.date, time: o[`${roundId}.time`] ?? o.time });
    if (!d.success) return show(format(m.badTime, lang), 'attention');
    const postAt = fromOsloLocal(`${d.data.date}T${d.data.time.slice(0, 5)}`);
    if (Number.isNaN(postAt.getTime())) return show(format(m.badTime, lang), 'attention');
    change = { postAt };
  } else {
    const d = skipData.safeParse(raw);
    if (!d.success) return show(format(outcome.unreadable, lang), 'attention');
    change = { skip: d.data.skip };
  }
  const r = await moveOrSkipRound(env.deps, { caller: { aadObjectId: who.aadObjectId, name: who.name }, cohortId, roundId, ...change });
  if (!r.ok) {
    if (r.error.code === 'not-allowed' || r.error.code === 'unknown-cohort') return planMessage(env, who.aadObjectId, cohortId, lang);
    return show(format(m[r.error.code], lang, { cohortId, roundId }), 'attention');
  }
  env.ctx.notifyJobs();
  // The round's own number in the cohort's list (ids count gatherings, which is the same order).
  const rounds = (await previewRounds(env.deps, { caller: { aadObjectId: who.aadObjectId, name: '' }, cohortId }));
  const number = rounds.ok ? rounds.value.rounds.findIndex((x) => x.id === r.value.id) + 1 : n;
  const text = r.value.skipped
    ? format(t.skippedDone, lang, { n: number, digest: formatInstant(r.value.digestAt, lang) })
    : format(verb === 'skip' ? t.restored : t.moved, lang, { n: number, post: formatInstant(r.value.postAt, lang) });
  return show(text, 'good');
}
