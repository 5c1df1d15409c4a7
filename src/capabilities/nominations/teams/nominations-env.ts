import type { AppContext } from '../../../app-context';
import type { Cohort, Program } from '../../../catalog/catalog.schema';
import { langFromLocale, type Lang } from '../../../shared/i18n';
import type { ConversationRef } from '../../../shared/messenger.port';
import { openCohorts } from '../domain/eligibility';
import { mayDecide, type Nomination, type NominationKind, type PersonRef } from '../domain/nomination';
import type { NominationsDeps } from '../ports';
import { DeliveryRepository } from '../store/delivery.repository';
import { NominationRepository } from '../store/nomination.repository';
import { MAX_REFRESH_USERS } from './coordinator-card';

/** What the Teams side of the capability works with: the app context, the use cases' deps, the repositories. */
export interface NominationsEnv {
  readonly ctx: AppContext;
  readonly deps: NominationsDeps;
  readonly repo: NominationRepository;
  readonly deliveries: DeliveryRepository;
}

export function createEnv(ctx: AppContext, deps: NominationsDeps): NominationsEnv {
  return { ctx, deps, repo: new NominationRepository(ctx.store), deliveries: new DeliveryRepository(ctx.store) };
}

/**
 * Teams user ids (29:...) of a cohort's coordinators, for the card's per-user refresh. Teams wants the ids it
 * uses in activities; coordinators who never spoke to the bot are unknown here and see the shared card (and
 * can refresh it from the card's menu).
 */
export async function coordinatorUserIds(env: NominationsEnv, cohortId: string): Promise<string[]> {
  const out: string[] = [];
  for (const aad of await env.ctx.roles.holders(cohortId, 'coordinator')) {
    const known = await env.ctx.conversations.user(aad);
    if (known?.userId) out.push(known.userId);
    if (out.length >= MAX_REFRESH_USERS) break;
  }
  return out;
}

/**
 * The language of a card or notice in a conversation: a 1:1 chat speaks its person's kept language (what they
 * write in or chose), a channel its locale (its alerts carry both languages).
 */
export async function conversationLang(env: NominationsEnv, ref: ConversationRef, locale: string | undefined): Promise<Lang> {
  return ref.conversationType === 'personal' && ref.userAadId ? env.ctx.people.langOf(ref.userAadId, locale ?? ref.locale) : langFromLocale(locale ?? ref.locale);
}

/**
 * The nomination with every person named: one stored without a name (the directory was down when it was
 * submitted) gets the name the directory, roles.json or Teams knows now, so no card shows a blank.
 */
export async function withNames(env: NominationsEnv, n: Nomination): Promise<Nomination> {
  const cache = new Map<string, Promise<string | undefined>>();
  const named = async <P extends PersonRef>(p: P): Promise<P> => {
    if (p.name.trim()) return p;
    let name = cache.get(p.aadObjectId);
    if (!name) { name = env.ctx.people.profile(p.aadObjectId).then((x) => x.name); cache.set(p.aadObjectId, name); }
    const found = await name;
    return found ? { ...p, name: found } : p;
  };
  const [nominee, nominator, by] = await Promise.all([named(n.nominee), named(n.nominator), named(n.last.by)]);
  const decisionBy = n.decision ? await named(n.decision.by) : undefined;
  return { ...n, nominee, nominator, last: { ...n.last, by }, ...(n.decision && decisionBy ? { decision: { ...n.decision, by: decisionBy } } : {}) };
}

/**
 * How a coordinator card is drawn for a viewer (a coordinator's own view, a 1:1 post) or for everyone (a
 * channel post, viewer undefined): the buttons, unless the viewer is the nominee (a conflict of interest), and
 * the note that another coordinator must decide when the nominee coordinates the cohort.
 */
export async function coordinatorView(env: NominationsEnv, n: Nomination, viewer: string | undefined): Promise<{
  withActions: boolean; nomineeCoordinates: boolean; refreshUserIds: string[];
}> {
  return {
    withActions: mayDecide(n, viewer),
    nomineeCoordinates: await env.ctx.roles.has(n.cohortId, 'coordinator', n.nominee.aadObjectId),
    refreshUserIds: await coordinatorUserIds(env, n.cohortId),
  };
}

/** The cohorts a form offers this user: open ones of the right kind, and for nominations only where they nominate. */
export async function formCohorts(env: NominationsEnv, kind: NominationKind, aadObjectId: string | undefined): Promise<Array<{ program: Program; cohort: Cohort }>> {
  const open = openCohorts(env.deps.catalog.programs, kind, env.ctx.clock.now());
  if (kind === 'application') return open;
  const out: Array<{ program: Program; cohort: Cohort }> = [];
  for (const c of open) if (await env.ctx.roles.has(c.cohort.id, 'nominator', aadObjectId)) out.push(c);
  return out;
}
