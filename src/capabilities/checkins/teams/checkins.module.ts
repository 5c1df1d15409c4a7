import type { TurnContext } from 'botbuilder';
import { ActivityTypes } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app-context';
import { answerInvoke, answerSubmit } from '../../../adapters/teams/invoke-response';
import { EVERYWHERE, type TeamsCapability } from '../../../adapters/teams/teams-capability';
import { textCommands } from '../../../adapters/teams/text-commands';
import { describeError } from '../../../shared/errors';
import type { Member } from '../domain/base-group';
import { BaseGroupRepository } from '../store/base-group.repository';
import { membershipChanged } from '../use-cases/membership-changed.use-case';
import { rescheduleAll } from '../use-cases/schedule-checkins.use-case';
import { answerAction, refreshAction } from './checkins-actions';
import { importAction, showBaseGroups } from './base-groups-setup';
import { linkGroup, moveRound, showPlan, skipRound } from './checkins-commands';
import { planAction } from './plan-actions';
import { createEnv, type CheckinsEnv } from './checkins-env';
import { showUsage } from './checkins-usage';
import { help } from './checkins-messages';
import { CHECKIN_VERBS } from './checkins-verbs';
import { digestCheckinJob } from './jobs/digest-checkin.job';
import { postCheckinJob } from './jobs/post-checkin.job';
import { remindCheckinJob } from './jobs/remind-checkin.job';
import { remindMemberJob } from './jobs/remind-member.job';

/** The bokmål command words (the rest are English). */
const BOKMAL_COMMAND = /^(koble|sjekk|flytt|hopp|basis)/i;

/**
 * People joined or left a linked group's conversation: the group follows. The bot itself appearing or leaving
 * makes the group reachable or not. Conversations that are not base groups are ignored.
 */
async function onMembers(env: CheckinsEnv, context: TurnContext): Promise<void> {
  const a = context.activity;
  const botId = a.recipient?.id;
  const added: Member[] = (a.membersAdded ?? []).filter((x) => x.id !== botId && x.aadObjectId)
    .map((x) => ({ aadObjectId: x.aadObjectId ?? '', name: x.name ?? '', userId: x.id }));
  const removed = (a.membersRemoved ?? []).filter((x) => x.id !== botId && x.aadObjectId).map((x) => x.aadObjectId ?? '');
  const botAdded = (a.membersAdded ?? []).some((x) => x.id === botId);
  const botRemoved = (a.membersRemoved ?? []).some((x) => x.id === botId);
  if (added.length === 0 && removed.length === 0 && !botAdded && !botRemoved) return;
  const r = await membershipChanged(env.deps, {
    conversationId: a.conversation.id, added, removed, ...(botAdded ? { botAdded } : {}), ...(botRemoved ? { botRemoved } : {}),
  });
  if (r.ok) env.ctx.notifyJobs();
  else if (r.error.code !== 'not-linked') env.deps.logger.warn('base group membership not updated', { code: r.error.code });
}

function register(app: Application<TurnState>, env: CheckinsEnv): void {
  const command = textCommands(app, BOKMAL_COMMAND);
  command('(koble\\s+basisgruppe|link\\s+base\\s+group)\\s+(\\S+)\\s+(.+?)', (c, lang, m) => linkGroup(env, c, lang, m[2], m[3]));
  command('(basisgrupper|base\\s+groups)\\s+(\\S+)', (c, lang, m) => showBaseGroups(env, c, lang, m[2]));
  command('(sjekk\\s+inn\\s+plan|check-?in\\s+plan)\\s+(\\S+)', (c, lang, m) => showPlan(env, c, lang, m[2]));
  command('(flytt\\s+sjekk\\s+inn|move\\s+check-?in)\\s+(\\S+)\\s+(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2})', (c, lang, m) => moveRound(env, c, lang, m[2], m[3], m[4]));
  command('(hopp\\s+over\\s+sjekk\\s+inn|skip\\s+check-?in)\\s+(\\S+)', (c, lang, m) => skipRound(env, c, lang, m[2]));
  // The same commands without (readable) arguments: after the full forms, since the first matching route runs.
  command('(koble\\s+basisgruppe|link\\s+base\\s+group)(?:\\s+\\S+)?', (c, lang) => showUsage(env, c, lang, 'link'));
  command('(basisgrupper|base\\s+groups)', (c, lang) => showUsage(env, c, lang, 'groups'));
  command('(sjekk\\s+inn\\s+plan|check-?in\\s+plan)', (c, lang) => showUsage(env, c, lang, 'plan'));
  command('(flytt\\s+sjekk\\s+inn|move\\s+check-?in)(?:\\s+.*)?', (c, lang) => showUsage(env, c, lang, 'move'));
  command('(hopp\\s+over\\s+sjekk\\s+inn|skip\\s+check-?in)', (c, lang) => showUsage(env, c, lang, 'skip'));

  app.adaptiveCards.actionExecute(CHECKIN_VERBS.answer, async (context, _state, data) => answerInvoke(context, await answerAction(env, context, data)));
  app.adaptiveCards.actionSubmit(CHECKIN_VERBS.answer, async (context, _state, data) => answerSubmit(context, await answerAction(env, context, data, { reply: 'shared' })));
  app.adaptiveCards.actionExecute(CHECKIN_VERBS.import, async (context, _state, data) => answerInvoke(context, await importAction(env, context, data)));
  app.adaptiveCards.actionSubmit(CHECKIN_VERBS.import, async (context, _state, data) => answerSubmit(context, await importAction(env, context, data)));
  for (const verb of ['move', 'skip'] as const) {
    app.adaptiveCards.actionExecute(CHECKIN_VERBS[verb], async (context, _state, data) => answerInvoke(context, await planAction(env, context, verb, data)));
    app.adaptiveCards.actionSubmit(CHECKIN_VERBS[verb], async (context, _state, data) => answerSubmit(context, await planAction(env, context, verb, data)));
  }
  app.adaptiveCards.actionExecute(CHECKIN_VERBS.refresh, async (context, _state, data) => answerInvoke(context, await refreshAction(env, context, data)));

  // The core app's welcome route takes every membersAdded update (teams-ai runs only the first matching route),
  // so joins are read in a beforeTurn handler, which always runs; leaves have a route of their own.
  app.turn('beforeTurn', async (context) => {
    if (context.activity.type === String(ActivityTypes.ConversationUpdate) && (context.activity.membersAdded ?? []).length > 0) {
      await onMembers(env, context).catch((e: unknown) => env.deps.logger.error('base group join failed', describeError(e)));
    }
    return true;
  });
  app.conversationUpdate('membersRemoved', async (context) => onMembers(env, context));
}

/**
 * Check-ins: base groups (a group chat or channel per handful of participants) get a reflection card between
 * gatherings, a 1:1 reminder if they have not answered, and a digest before the next gathering. Every post is a
 * job in the group's lane; commands and card actions only change the store.
 */
export function createCheckinsCapability(ctx: AppContext): TeamsCapability {
  const env = createEnv(ctx);
  const jobHandlers = [postCheckinJob(env), remindCheckinJob(env), remindMemberJob(env), digestCheckinJob(env)];
  return {
    name: 'checkins',
    help: [{ ...help.link, where: EVERYWHERE }, help.groups, help.plan, help.move],
    register: (app) => register(app, env),
    jobHandlers,
    async describeJob(job) {
      if (!jobHandlers.some((h) => h.type === job.type)) return undefined;
      const groupId = (job.payload as { groupId?: unknown } | null)?.groupId;
      const group = typeof groupId === 'string' ? await new BaseGroupRepository(ctx.store).get(groupId) : undefined;
      return group ? { cohortId: group.group.cohortId, detail: group.group.name } : undefined;
    },
    async start() {
      const r = await rescheduleAll(env.deps);
      if (!r.ok) env.deps.logger.warn('check-ins not rescheduled: store conflict');
      else if (r.value.jobs > 0) ctx.notifyJobs();
    },
  };
}
