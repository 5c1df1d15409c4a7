import type { TurnContext } from 'botbuilder';
import { escapeCardText } from '../../../adapters/teams/card-renderer';
import { actionLang, caller } from '../../../adapters/teams/turn';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import type { Nomination, NominationAction, NominationKind } from '../domain/nomination';
import { actOnNomination, type ActProblem } from '../use-cases/act-on-nomination.use-case';
import { listMine } from '../use-cases/list-nominations.use-case';
import { submitNomination } from '../use-cases/submit-nomination.use-case';
import { viewNomination } from '../use-cases/view-nomination.use-case';
import { actionDataSchema, failedFields, refreshDataSchema, submitDataSchema } from './card-data.schema';
import { cohortName, coordinatorCard, personName, type Banner } from './coordinator-card';
import { nominationFormCard, type FormValues } from './nomination-form-card';
import { myNominationsCard } from './nomination-list-card';
import { card as c, form as f, kindName, problem as p, statusName, trackName } from './nominations-messages';
import { coordinatorView, formCohorts, withNames, type NominationsEnv } from './nominations-env';
import { VERBS, type NominationVerb } from './nominations-verbs';
import { noticeCard } from './notice-card';
import { problemText } from './problem-text';

/** The card actions: each parses its data, calls one use case and renders what the clicking user sees. */

/** The person's kept language first: a client stamped en-US does not turn a bokmål writer's cards English. */
const langOf = (context: TurnContext, data: unknown): Lang => actionLang(context, data);

/**
 * The form again, with what went wrong; or, when no cohort is open to this user any more (the deadline passed
 * while they typed), just the problems: a form with nothing to choose would be a dead end.
 */
async function formAgain(env: NominationsEnv, context: TurnContext, o: {
  lang: Lang; kind: NominationKind; problems: string[]; values?: FormValues;
}): Promise<OutboundMessage> {
  const cohorts = await formCohorts(env, o.kind, caller(context).aadObjectId);
  if (cohorts.length > 0) return nominationFormCard(env.deps.catalog, { ...o, cohorts });
  return noticeCard({
    title: pick(o.kind === 'nomination' ? f.titleNomination : f.titleApplication, o.lang),
    lines: o.problems,
    banner: { text: pick(o.kind === 'nomination' ? f.problemsNomination : f.problemsApplication, o.lang), style: 'attention' },
  });
}

export async function submitAction(env: NominationsEnv, context: TurnContext, raw: unknown): Promise<OutboundMessage> {
  const lang = langOf(context, raw);
  const who = caller(context);
  const parsed = submitDataSchema.safeParse(raw);
  if (!parsed.success) {
    const kind = (raw as { kind?: unknown } | null)?.kind === 'application' ? 'application' : 'nomination';
    return formAgain(env, context, { lang, kind, problems: [format(f.unreadable, lang, { fields: failedFields(parsed.error) })] });
  }
  const d = parsed.data;
  const completed = (d.completed ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const r = await submitNomination(env.deps, {
    kind: d.kind, caller: { aadObjectId: who.aadObjectId, name: who.name }, cohortId: d.cohortId, nomineeId: d.nominee,
    nomineeEmail: d.nomineeEmail, justification: d.justification, degree: d.degree, completed,
  });
  if (r.ok) {
    env.ctx.notifyJobs();
    const n = await withNames(env, r.value);
    const params = { nominee: escapeCardText(personName(n.nominee.name, lang)), cohort: escapeCardText(cohortName(env.deps.catalog, n.cohortId, lang)), track: pick(trackName[n.track], lang) };
    return noticeCard({
      title: pick(n.kind === 'nomination' ? f.sentNominationTitle : f.sentApplicationTitle, lang),
      lines: [format(n.kind === 'nomination' ? f.sentNomination : f.sentApplication, lang, params)],
      banner: { text: pick(statusName.pending, lang), style: 'good' },
    });
  }
  const stop = r.error.find((e) => e.code === 'no-identity' || e.code === 'not-nominator');
  if (stop) return noticeCard({ title: pick(d.kind === 'nomination' ? f.titleNomination : f.titleApplication, lang), lines: [], banner: { text: pick(p[stop.code], lang), style: 'attention' } });
  return formAgain(env, context, {
    lang, kind: d.kind, values: { ...d, completed }, problems: r.error.map((e) => problemText(env.deps.catalog, e, lang)),
  });
}

const actionOfVerb: Partial<Record<NominationVerb, NominationAction>> = {
  [VERBS.approve]: 'approve', [VERBS.reject]: 'reject', [VERBS.waitlist]: 'waitlist', [VERBS.decline]: 'decline', [VERBS.withdraw]: 'withdraw',
};
const isCoordinatorAction = (a: NominationAction): boolean => a === 'approve' || a === 'reject' || a === 'waitlist';

function problemBanner(e: ActProblem, lang: Lang): Banner {
  switch (e.code) {
    case 'forbidden': return { text: pick(c.forbidden, lang), style: 'attention' };
    case 'conflict-of-interest': return { text: pick(c.conflictRefused, lang), style: 'attention' };
    case 'reason-required': return { text: pick(c.reasonRequired, lang), style: 'attention' };
    case 'reason-too-long': return { text: format(c.reasonTooLong, lang, { max: e.max }), style: 'attention' };
    case 'cohort-full': return { text: format(c.full, lang, { capacity: e.capacity }), style: 'warning' };
    case 'not-found': return { text: pick(c.notFound, lang), style: 'attention' };
    case 'busy': return { text: pick(c.busy, lang), style: 'warning' };
    case 'no-identity': return { text: pick(p['no-identity'], lang), style: 'attention' };
  }
}

/** The nominee's or nominator's view of one nomination after decline/withdraw (or an attempt at it). */
function personView(env: NominationsEnv, n: Nomination, lang: Lang, banner?: Banner): OutboundMessage {
  const esc = (s: string): string => escapeCardText(s);
  return noticeCard({
    title: esc(`${pick(kindName[n.kind], lang)}: ${personName(n.nominee.name, lang)}`),
    lines: [esc(`${cohortName(env.deps.catalog, n.cohortId, lang)} · ${pick(statusName[n.status], lang)}`)],
    ...(banner ? { banner } : {}),
  });
}

export async function nominationAction(env: NominationsEnv, context: TurnContext, verb: NominationVerb, raw: unknown): Promise<OutboundMessage> {
  const lang = langOf(context, raw);
  const action = actionOfVerb[verb];
  const parsed = actionDataSchema.safeParse(raw);
  if (!action || !parsed.success) {
    const fields = parsed.success ? 'verb' : failedFields(parsed.error);
    return noticeCard({ title: pick(c.notFound, lang), lines: [], banner: { text: format(c.unreadable, lang, { fields }), style: 'attention' } });
  }
  const d = parsed.data;
  const who = caller(context);
  const r = await actOnNomination(env.deps, {
    nominationId: d.nominationId, rev: d.rev, action, reason: d.reason, caller: { aadObjectId: who.aadObjectId, name: who.name },
  });
  if (r.ok) env.ctx.notifyJobs();
  const found = r.ok ? r.value.nomination : 'nomination' in r.error ? r.error.nomination : undefined;
  const n = found ? await withNames(env, found) : undefined;
  const banner = r.ok ? (r.value.kind === 'stale' ? { text: pick(c.stale, lang), style: 'warning' as const } : undefined) : problemBanner(r.error, lang);
  if (!n) return noticeCard({ title: pick(c.notFound, lang), lines: [], ...(banner ? { banner } : {}) });
  if (d.list && who.aadObjectId) {
    const mine = await listMine(env.deps, who.aadObjectId);
    return myNominationsCard(env.deps.catalog, { lang, viewer: who.aadObjectId, items: await Promise.all(mine.items.map((x) => withNames(env, x))), total: mine.total, ...(banner ? { banner } : {}) });
  }
  if (!isCoordinatorAction(action)) return personView(env, n, lang, banner);
  // A refused decision shows the refusal and nothing of the nomination (the coordinators' card holds the
  // nominator's justification); the nominee or nominator trying it sees their own view.
  if (!r.ok && r.error.code === 'forbidden') {
    const seen = await viewNomination(env.deps, { nominationId: n.id, aadObjectId: who.aadObjectId });
    return seen.ok ? personView(env, n, lang, banner) : noticeCard({ title: pick(c.forbidden, lang), lines: [] });
  }
  return coordinatorCard(env.deps.catalog, n, {
    lang, ...await coordinatorView(env, n, who.aadObjectId), ...(banner ? { banner } : {}),
  });
}

/**
 * The card's refresh: coordinators see the current state with the buttons while it is open; the nominee and the
 * nominator their own view (never the justification); anyone else "not found".
 */
export async function refreshAction(env: NominationsEnv, context: TurnContext, raw: unknown): Promise<OutboundMessage> {
  const lang = langOf(context, raw);
  const parsed = refreshDataSchema.safeParse(raw);
  const r = parsed.success ? await viewNomination(env.deps, { nominationId: parsed.data.nominationId, aadObjectId: caller(context).aadObjectId }) : undefined;
  if (!r?.ok) return noticeCard({ title: pick(c.notFound, lang), lines: [] });
  const n = await withNames(env, r.value.nomination);
  if (r.value.as === 'person') return personView(env, n, lang);
  return coordinatorCard(env.deps.catalog, n, { lang, ...await coordinatorView(env, n, caller(context).aadObjectId) });
}
