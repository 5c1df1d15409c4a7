import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app-context';
import { answerInvoke, answerSubmit } from '../../../adapters/teams/invoke-response';
import { toActivity } from '../../../adapters/teams/proactive-messenger';
import type { TeamsCapability } from '../../../adapters/teams/teams-capability';
import { textCommands } from '../../../adapters/teams/text-commands';
import type { PersonalDataHolder } from '../../../shared/personal-data.port';
import { feedSecret } from '../../bookings/teams/calendar-feed.routes';
import type { PrivacyDeps } from '../ports';
import { askToErase, eraseAction, privacyUrl, showMyData, type PrivacyEnv } from './privacy-actions';
import { help, texts } from './privacy-messages';
import { privacyRoutes } from './privacy-routes';
import { PRIVACY_VERBS } from './privacy-verbs';
import { RETENTION_JOB, retentionJob, retentionJobHandler } from './jobs/retention.job';

const DAY_MS = 86_400_000;

function register(app: Application<TurnState>, env: PrivacyEnv): void {
  const command = textCommands(app, /^(mine|slett)/i);
  command('(mine\\s+data|my\\s+data)', async (context, lang) => {
    await context.sendActivity(toActivity(await showMyData(env, context, lang)));
  });
  command('(slett\\s+mine\\s+data|delete\\s+my\\s+data|erase\\s+my\\s+data)', async (context, lang) => {
    await context.sendActivity(toActivity(await askToErase(env, context, lang)));
  });
  for (const verb of ['erase', 'keep'] as const) {
    app.adaptiveCards.actionExecute(PRIVACY_VERBS[verb], async (context, _state, data) => answerInvoke(context, await eraseAction(env, context, verb, data)));
    app.adaptiveCards.actionSubmit(PRIVACY_VERBS[verb], async (context, _state, data) => answerSubmit(context, await eraseAction(env, context, verb, data)));
  }
}

/**
 * Privacy (docs/privacy.md): a person sees, downloads and erases what the bot keeps about them, from their
 * 1:1 chat, through every capability's personal-data port; a daily job deletes what is past retention.
 */
export function createPrivacyCapability(ctx: AppContext, holders: readonly PersonalDataHolder[]): TeamsCapability {
  const deps: PrivacyDeps = {
    store: ctx.store, clock: ctx.clock, logger: ctx.logger.child({ capability: 'privacy' }), holders,
    cohorts: () => ctx.catalog.programs.flatMap((p) => p.cohorts),
    retentionDays: ctx.config.retentionDaysAfterCohort,
    forget: (aad) => ctx.conversations.forget(aad),
    notifyJobs: ctx.notifyJobs,
  };
  let secret: Promise<string> | undefined;
  const env: PrivacyEnv = {
    deps,
    // The calendar feeds' secret, used with its own label (see export-link.ts).
    secret: () => (secret ??= feedSecret(ctx.store, ctx.config.icsFeedSecret)),
    baseUrl: ctx.config.publicBaseUrl?.replace(/\/+$/, '') ?? `http://localhost:${ctx.config.port}`,
  };
  return {
    name: 'privacy',
    help: [help.mine, help.erase],
    links: [{ title: texts.privacyNotice, url: (lang) => privacyUrl(env, lang) }],
    register: (app) => register(app, env),
    jobHandlers: [retentionJobHandler(deps)],
    httpRoutes: privacyRoutes(deps, env.secret),
    async start() {
      // One chain of daily runs: started unless a run is waiting (today's, or tomorrow's when today's ran).
      const chain = await ctx.store.jobs.list({ keyPrefix: `${RETENTION_JOB}:` });
      if (chain.some((j) => j.status === 'pending' || j.status === 'running')) return;
      const now = ctx.clock.now();
      const today = retentionJob(now);
      const job = chain.some((j) => j.key === today.key) ? retentionJob(new Date(now.getTime() + DAY_MS)) : today;
      await ctx.store.commit([{ op: 'enqueue', job }]);
    },
  };
}
