import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { toActivity } from '../../../adapters/teams/proactive-messenger';
import { actionLang, caller } from '../../../adapters/teams/turn';
import { describeError } from '../../../shared/errors';
import { format, type Lang } from '../../../shared/i18n';
import type { ConversationMember, ConversationRef, OutboundMessage } from '../../../shared/messenger.port';
import type { Member } from '../domain/base-group';
import type { Caller } from '../ports';
import { baseGroupSetup, MAX_UNLINKED, type SetupDeps } from '../use-cases/base-group-setup.use-case';
import { facilitatorsOf, importBaseGroups, type BaseGroupImport, type ImportDeps } from '../use-cases/import-base-groups.use-case';
import { baseGroupsCard, facilitatorInputId, nameInputId, NO_FACILITATOR, type BaseGroupsView } from './base-groups-card';
import { noticeCard } from './checkin-card';
import type { CheckinsEnv } from './checkins-env';
import { command as m, errorParams, outcome, setup as t } from './checkins-messages';

type Banner = NonNullable<BaseGroupsView['banner']>;

/** Only conversations the bot can still post in can become base groups. */
async function reachableRef(env: CheckinsEnv, conversationId: string): Promise<ConversationRef | undefined> {
  const c = await env.ctx.conversations.get(conversationId);
  return c?.reachable && c.ref.conversationType !== 'personal' ? c.ref : undefined;
}

const setupDeps = (env: CheckinsEnv): SetupDeps => ({ ...env.deps, groupConversations: () => env.ctx.conversations.groupConversations() });

/** Teams' list of a conversation's people, or undefined when it cannot be read now (the card says so). */
async function membersOf(env: CheckinsEnv, ref: ConversationRef): Promise<ConversationMember[] | undefined> {
  try {
    return await env.ctx.messenger.members(ref);
  } catch (e) {
    env.deps.logger.warn('conversation members not read', describeError(e));
    return undefined;
  }
}

/** A message for a use case's error code, from the setup texts or the link command's. */
function reason(code: string, lang: Lang, params: Record<string, string | number> = {}): string {
  const text = (t as Record<string, { nb: string; en: string } | undefined>)[code] ?? (m as Record<string, { nb: string; en: string } | undefined>)[code];
  return text ? format(text, lang, params) : code;
}

async function view(env: CheckinsEnv, who: Caller, cohortId: string, lang: Lang, banner?: Banner): Promise<OutboundMessage> {
  const r = await baseGroupSetup(setupDeps(env), { caller: who, cohortId });
  if (!r.ok) return noticeCard(reason(r.error.code, lang, { cohortId }));
  const candidates = await Promise.all(r.value.unlinked.map(async (ref) => ({ ref, members: await membersOf(env, ref) })));
  const cohortName = env.deps.catalog.cohort(cohortId)?.cohort.name[lang] ?? cohortId;
  const mayFacilitate = await facilitatorsOf(env.deps, cohortId);
  return baseGroupsCard({ cohortId, cohortName, groups: r.value.groups, candidates, more: r.value.more, mayFacilitate, ...(banner ? { banner } : {}) }, lang);
}

/** `basisgrupper «kull-id»`: the coordinator's overview card, in the chat they typed it in. */
export async function showBaseGroups(env: CheckinsEnv, context: TurnContext, lang: Lang, cohortId: string): Promise<void> {
  const c = caller(context);
  const message = c.aadObjectId ? await view(env, { aadObjectId: c.aadObjectId, name: c.name }, cohortId, lang) : noticeCard(reason('no-identity', lang));
  await context.sendActivity(toActivity(message));
}

/** The card names the cohort and, in order, the conversations its rows stand for; the inputs carry the rest. */
const importData = z.object({
  cohortId: z.string().min(1).max(100),
  lang: z.enum(['nb', 'en']).optional(),
  conversations: z.array(z.string().min(1).max(300)).max(MAX_UNLINKED),
}).passthrough();

interface Row { readonly name: string; readonly conversationId: string; readonly facilitator: string }

function rowsOf(conversations: readonly string[], raw: Record<string, unknown>): Row[] {
  const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
  return conversations
    .map((conversationId, i) => {
      const facilitator = text(raw[facilitatorInputId(i)]);
      return { conversationId, name: text(raw[nameInputId(i)]), facilitator: facilitator === NO_FACILITATOR ? '' : facilitator };
    })
    .filter((r) => r.name.length > 0);
}

/**
 * "Link" on the base groups card. The caller is the activity's sender and must coordinate the cohort; the card
 * only says which conversations and names. Members are read from Teams now, not from the card, so a forged card
 * cannot make up a group. Groups that can be linked are, in one commit; the others are listed with the reason.
 */
export async function importAction(env: CheckinsEnv, context: TurnContext, raw: unknown): Promise<OutboundMessage> {
  const lang: Lang = actionLang(context, raw);
  const c = caller(context);
  if (!c.aadObjectId) return noticeCard(reason('no-identity', lang));
  const who: Caller = { aadObjectId: c.aadObjectId, name: c.name };
  const parsed = importData.safeParse(raw);
  if (!parsed.success) return noticeCard(format(outcome.unreadable, lang));
  const { cohortId, conversations } = parsed.data;
  // Authorize before reading any roster: a forged action must not make the bot call Teams on its behalf.
  const allowed = await baseGroupSetup(setupDeps(env), { caller: who, cohortId });
  if (!allowed.ok) return noticeCard(reason(allowed.error.code, lang, { cohortId }));
  const rows = rowsOf(conversations, parsed.data);
  if (rows.length === 0) return view(env, who, cohortId, lang, { text: format(t.nothingChosen, lang), style: 'attention' });

  const coordinators = new Set(await env.ctx.roles.holders(cohortId, 'coordinator'));
  const failed: string[] = [];
  const groups: BaseGroupImport['groups'][number][] = [];
  // Each conversation is looked up once: the import resolves the same ids from here.
  const refs = new Map<string, ConversationRef>();
  for (const row of rows) {
    const ref = await reachableRef(env, row.conversationId);
    if (ref) refs.set(row.conversationId, ref);
    const roster = ref ? await membersOf(env, ref) : undefined;
    if (!ref || !roster) { failed.push(`${row.name} (${reason(ref ? 'members-failed' : 'unknown-conversation', lang)})`); continue; }
    const people: Member[] = roster.filter((p) => p.aadObjectId)
      .map((p) => ({ aadObjectId: p.aadObjectId ?? '', name: p.name || p.userId, userId: p.userId }));
    const facilitator = row.facilitator ? people.find((p) => p.aadObjectId === row.facilitator) : undefined;
    if (row.facilitator && !facilitator) { failed.push(`${row.name} (${reason('facilitator-not-member', lang)})`); continue; }
    groups.push({
      name: row.name, conversationId: row.conversationId,
      members: people.filter((p) => !coordinators.has(p.aadObjectId)),
      ...(facilitator ? { facilitator } : {}),
    });
  }
  const linked: string[] = [];
  if (groups.length > 0) {
    const deps: ImportDeps = { ...env.deps, lookupConversation: (id) => Promise.resolve(refs.get(id)) };
    const r = await importBaseGroups(deps, { caller: who, source: { cohortId, groups } });
    if (!r.ok) return view(env, who, cohortId, lang, { text: reason(r.error.code, lang, { cohortId }), style: 'attention' });
    linked.push(...r.value.imported.map((g) => g.name));
    failed.push(...r.value.failed.map((f) => `${f.name} (${reason(f.error.code, lang, errorParams(f.error))})`));
    if (linked.length > 0) env.ctx.notifyJobs();
  }
  const parts = [
    ...(linked.length > 0 ? [format(t.imported, lang, { names: linked.join(', ') })] : []),
    ...(failed.length > 0 ? [format(t.failed, lang, { lines: failed.join('; ') })] : []),
  ];
  const style: Banner['style'] = failed.length === 0 ? 'good' : linked.length > 0 ? 'warning' : 'attention';
  return view(env, who, cohortId, lang, { text: parts.join(' '), style });
}

