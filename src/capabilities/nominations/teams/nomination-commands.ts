import type { TurnContext } from 'botbuilder';
import { toActivity } from '../../../adapters/teams/proactive-messenger';
import { caller, conversationRefOf } from '../../../adapters/teams/turn';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { ConversationRef } from '../../../shared/messenger.port';
import { openCohorts } from '../domain/eligibility';
import type { NominationKind } from '../domain/nomination';
import { listMine, listPending } from '../use-cases/list-nominations.use-case';
import { registerCoordinatorChannel } from '../use-cases/register-coordinator-channel.use-case';
import { cohortName, coordinatorCard } from './coordinator-card';
import { nominationFormCard } from './nomination-form-card';
import { closedDoorCard, type ClosedDoor } from './closed-door-card';
import { myNominationsCard } from './nomination-list-card';
import { channel as ch, lists as l, personalOnly, problem as p } from './nominations-messages';
import { coordinatorUserIds, coordinatorView, formCohorts, withNames, type NominationsEnv } from './nominations-env';

/** The typed commands. The command word tells the reply language ("nominer" is bokmål, "nominate" English). */

/** Coordinator cards answered to "pending" in one turn; each is its own message, and Teams allows 7 a second. */
export const PENDING_CARDS_MAX = 4;

const isPersonal = (context: TurnContext): boolean => conversationRefOf(context).conversationType === 'personal';

export async function startForm(env: NominationsEnv, context: TurnContext, kind: NominationKind, lang: Lang): Promise<void> {
  if (!isPersonal(context)) { await context.sendActivity(pick(personalOnly, lang)); return; }
  const who = caller(context);
  if (!who.aadObjectId) { await context.sendActivity(pick(p['no-identity'], lang)); return; }
  const cohorts = await formCohorts(env, kind, who.aadObjectId);
  if (cohorts.length === 0) {
    // Open cohorts exist but none where this user nominates: say so, rather than "nothing is open".
    const open = openCohorts(env.deps.catalog.programs, kind, env.ctx.clock.now());
    const door: ClosedDoor = kind === 'nomination' && open.length > 0
      ? { why: 'not-nominator', open, coordinators: await coordinatorNames(env, open.map((c) => c.cohort.id)) }
      : { why: 'nothing-open' };
    await context.sendActivity(toActivity(closedDoorCard(env.deps.catalog, { lang, kind, door })));
    return;
  }
  await context.sendActivity(toActivity(nominationFormCard(env.deps.catalog, { lang, kind, cohorts })));
}

/** The coordinators' names roles.json gives, per cohort (people without a name are left out). */
async function coordinatorNames(env: NominationsEnv, cohortIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const id of cohortIds) {
    const names: string[] = [];
    for (const aad of await env.ctx.roles.holders(id, 'coordinator')) {
      const found = await env.deps.people.byId(aad);
      if (typeof found === 'object' && found.name) names.push(found.name);
    }
    out.set(id, names);
  }
  return out;
}

/** Lists name people: they are shown in the personal chat only, never to a whole channel. */
export async function showMine(env: NominationsEnv, context: TurnContext, lang: Lang): Promise<void> {
  if (!isPersonal(context)) { await context.sendActivity(pick(personalOnly, lang)); return; }
  const who = caller(context);
  if (!who.aadObjectId) { await context.sendActivity(pick(p['no-identity'], lang)); return; }
  const mine = await listMine(env.deps, who.aadObjectId);
  await context.sendActivity(toActivity(myNominationsCard(env.deps.catalog, { lang, viewer: who.aadObjectId, items: await Promise.all(mine.items.map((n) => withNames(env, n))), total: mine.total })));
}

export async function showPending(env: NominationsEnv, context: TurnContext, lang: Lang): Promise<void> {
  if (!isPersonal(context)) { await context.sendActivity(pick(personalOnly, lang)); return; }
  const who = caller(context);
  if (!who.aadObjectId) { await context.sendActivity(pick(p['no-identity'], lang)); return; }
  const pending = await listPending(env.deps, who.aadObjectId);
  if (!pending.coordinator) { await context.sendActivity(pick(l.notCoordinator, lang)); return; }
  if (pending.total === 0) { await context.sendActivity(pick(l.pendingEmpty, lang)); return; }
  const shown = pending.items.slice(0, PENDING_CARDS_MAX);
  const header = format(l.pendingTitle, lang, { count: pending.total });
  await context.sendActivity(shown.length < pending.total ? `${header}. ${format(l.more, lang, { shown: shown.length, total: pending.total })}` : header);
  for (const n of shown) {
    const userIds = await coordinatorUserIds(env, n.cohortId);
    await context.sendActivity(toActivity(coordinatorCard(env.deps.catalog, await withNames(env, n), { lang, ...await coordinatorView(env, n, who.aadObjectId), refreshUserIds: userIds })));
  }
}

/**
 * The channel itself, not the thread the command was typed in: a reply thread's id ends in ";messageid=...",
 * and posting there would bury every card in that thread.
 */
export function channelRootRef(context: TurnContext): ConversationRef {
  const ref = conversationRefOf(context);
  const cd = context.activity.channelData as { channel?: { id?: string } } | undefined;
  const root = cd?.channel?.id ?? ref.conversationId.split(';messageid=')[0];
  return { ...ref, conversationId: ref.conversationType === 'channel' ? root : ref.conversationId };
}

export async function registerChannel(env: NominationsEnv, context: TurnContext, cohortId: string, lang: Lang): Promise<void> {
  const who = caller(context);
  const r = await registerCoordinatorChannel(env.deps, {
    cohortId: cohortId.toLowerCase(), caller: { aadObjectId: who.aadObjectId, name: who.name }, ref: channelRootRef(context), locale: context.activity.locale,
  });
  if (r.ok) {
    env.ctx.notifyJobs();
    await context.sendActivity(format(ch.registered, lang, { cohort: cohortName(env.deps.catalog, r.value.cohortId, lang), reposted: r.value.reposted }));
    return;
  }
  switch (r.error.code) {
    case 'no-identity': await context.sendActivity(pick(p['no-identity'], lang)); return;
    case 'not-a-channel': await context.sendActivity(pick(ch.notChannel, lang)); return;
    case 'not-coordinator': await context.sendActivity(pick(ch.notCoordinator, lang)); return;
    case 'cohort-unknown': {
      const known = env.deps.catalog.programs.flatMap((pr) => pr.cohorts.map((co) => co.id)).join(', ');
      // The typed id is echoed as plain text (a message, not a card), cut short.
      await context.sendActivity(format(ch.unknownCohort, lang, { cohortId: r.error.cohortId.slice(0, 60), known }));
    }
  }
}

/** The command typed without a cohort: how to write it, and the cohorts the person coordinates (role data). */
export async function registerUsage(env: NominationsEnv, context: TurnContext, lang: Lang): Promise<void> {
  const aad = caller(context).aadObjectId;
  const mine: string[] = [];
  if (aad) for (const r of await env.ctx.roles.all()) if (await env.ctx.roles.has(r.cohortId, 'coordinator', aad)) mine.push(r.cohortId);
  const last = mine.length > 0 ? format(ch.usageCohorts, lang, { ids: mine.sort().join(', ') }) : pick(ch.usageNone, lang);
  await context.sendActivity(`${pick(ch.usage, lang)}\n${last}`);
}
