import { join } from 'node:path';
import { hostname } from 'node:os';
import type { Server } from 'restify';
import type { AppContext } from './app-context';
import type { Config } from './config';
import { createAdapter, createTeamsApp, type CredentialsFactory } from './adapters/teams/teams-app';
import { ProactiveMessenger } from './adapters/teams/proactive-messenger';
import { LIMIT_MARGIN_MS, RateLimitedMessenger } from './adapters/teams/rate-limited-messenger';
import { PgSendBudget } from './adapters/storage/postgres/pg-send-budget';
import type { TeamsCapability } from './adapters/teams/teams-capability';
import { openStore } from './adapters/storage/open-store';
import { defaultCatalogDir, loadCatalog } from './catalog/catalog-loader';
import { loadSourcePassages } from './catalog/source-passages';
import type { Catalog } from './catalog/catalog.schema';
import { createCapabilities } from './capabilities/capabilities';
import { deadLetterAlert, type JobSubject } from './jobs/dead-letter-alert';
import { createCoordination } from './capabilities/coordination/coordination.module';
import type { Job } from './shared/store.port';
import { JobRunner } from './jobs/job-runner';
import { exponentialBackoff } from './jobs/retry-policy';
import { createServer } from './server';
import { systemClock, type Clock } from './shared/clock';
import { ConversationDirectory } from './shared/conversation-directory';
import type { Logger } from './shared/logger';
import { RoleDirectory } from './shared/roles';
import { createGraphClient } from './adapters/graph/graph-client';
import { graphCredential } from './adapters/graph/graph-credential';
import { GraphGroupResolver } from './adapters/graph/graph-group-resolver';
import { GraphCalendar } from './adapters/graph/graph-calendar';
import { GraphUserLookup } from './adapters/graph/graph-user-lookup';
import { PersonDirectory } from './shared/person-directory';
import { LocalCalendar } from './adapters/ics/local-calendar';
import { GraphAppInstaller } from './adapters/graph/graph-app-installer';
import { GraphConversationHistory } from './adapters/graph/graph-conversation-history';
import { MarkingMessenger } from './capabilities/reach/teams/marking-messenger';
import { ReachingMessenger } from './capabilities/reach/teams/reaching-messenger';
import { createReachCapability } from './capabilities/reach/teams/reach.module';
import { InstallationRepository } from './capabilities/reach/store/installation.repository';
import type { Messenger } from './shared/messenger.port';
import { WorkerQuestionAnswerer } from './adapters/qna-workers/worker-question-answerer.adapter';
import { InProcessQuestionAnswerer } from './capabilities/qna/use-cases/in-process-answerer';
import { qnaComposer } from './capabilities/qna/use-cases/qna-composer';
import type { TokenCredential } from '@azure/identity';
import type { FetchOptions } from '@microsoft/microsoft-graph-client';

export interface AppOptions {
  readonly clock?: Clock;
  /** Tests of JWT validation reply without signing in (no network here); production passes nothing. */
  readonly credentialsFactory?: CredentialsFactory;
  /** Tests against the Graph emulator have no token service; production builds the credential from config. */
  readonly graphCredential?: TokenCredential;
  /** Transport options for the Graph client (tests: a dispatcher trusting the emulator's certificate). */
  readonly graphFetchOptions?: FetchOptions;
  /** A catalog built in code (the demo adds its example cohort); production loads CATALOG_DIR. */
  readonly catalog?: Catalog;
}

export interface RunningApp {
  readonly server: Server;
  readonly context: AppContext;
  readonly runner: JobRunner;
  readonly capabilities: readonly TeamsCapability[];
  listen(): Promise<{ port: number }>;
  stop(): Promise<void>;
}

/** The composition root: config -> adapters -> capabilities -> server. Nothing here reads process.env. */
export function buildApp(config: Config, logger: Logger, options: AppOptions = {}): RunningApp {
  const clock = options.clock ?? systemClock;
  const catalog = options.catalog ?? loadCatalog(config.catalogDir ?? defaultCatalogDir);
  const sourcePassages = loadSourcePassages(join(config.catalogDir ?? defaultCatalogDir, '..', 'sources'));
  const opened = openStore(config, logger.child({ component: 'store' }), () => clock.now());
  const store = opened.store;
  const adapter = createAdapter(config, options.credentialsFactory);
  // On PostgreSQL several instances may send at once: Teams' limits are then kept in the database for all of them.
  const sharedBudget = opened.pool ? new PgSendBudget(opened.pool, LIMIT_MARGIN_MS) : undefined;
  let messenger: Messenger = new RateLimitedMessenger(new ProactiveMessenger(adapter, config.identity?.appId ?? ''), undefined, undefined, LIMIT_MARGIN_MS, sharedBudget);
  const conversations = new ConversationDirectory(store);
  // Capabilities are built before the runner (it needs their job handlers) but may wake it later.
  const wake: { runner?: JobRunner } = {};
  // With Graph settings, Entra groups named in roles.json are expanded through Graph.
  const graph = config.calendar.graph;
  const graphClient = graph ? createGraphClient(graph.baseUrl, options.graphCredential ?? graphCredential(graph), options.graphFetchOptions) : undefined;
  // Reaching people through Graph (same settings as the calendar's when both are on): cards carry a marker that
  // a retried post looks for first, and people who never opened the app get it installed (TEAMS_APP_CATALOG_ID).
  const reach = config.reach.graph;
  const reachClient = !reach ? undefined : reach === graph && graphClient ? graphClient
    : createGraphClient(reach.baseUrl, options.graphCredential ?? graphCredential(reach), options.graphFetchOptions);
  const installer = reach && reachClient && config.reach.appCatalogId ? new GraphAppInstaller(reachClient, reach.baseUrl, config.reach.appCatalogId) : undefined;
  if (reachClient) {
    const history = new GraphConversationHistory(reachClient, installer ? (aad) => installer.personalChatId(aad) : undefined);
    messenger = new MarkingMessenger(messenger, history, logger.child({ component: 'posts' }));
  }
  if (installer) {
    messenger = new ReachingMessenger(messenger, store, new InstallationRepository(store), () => clock.now(), () => wake.runner?.notify(),
      logger.child({ component: 'reach' }));
  }
  const groups = graphClient ? new GraphGroupResolver(graphClient, () => clock.now()) : undefined;
  const calendar = graphClient ? new GraphCalendar(graphClient) : new LocalCalendar(store, () => clock.now());
  const people = new PersonDirectory(store, conversations, graphClient ? new GraphUserLookup(graphClient) : undefined, logger.child({ component: 'people' }));
  const context: AppContext = {
    config, logger, clock, store, catalog, sourcePassages, conversations, messenger, people, roles: new RoleDirectory(store, groups), calendar,
    notifyJobs: () => wake.runner?.notify(),
  };
  // Q&A on worker threads (QNA_WORKERS): its CPU then leaves the main thread free for HTTP, botbuilder and the store.
  const answerWorkers = config.qnaWorkers > 0 ? new WorkerQuestionAnswerer({
    workers: config.qnaWorkers, workerData: { catalog, sourcePassages }, clock, logger: logger.child({ component: 'qna-workers' }),
    fallback: new InProcessQuestionAnswerer(() => qnaComposer(catalog, sourcePassages), clock),
  }) : undefined;
  const capabilities = [...createCapabilities(context, { questionAnswerer: answerWorkers }), createReachCapability(context, installer)];
  const subjectOf = async (job: Job): Promise<JobSubject | undefined> => {
    for (const c of capabilities) {
      const subject = await c.describeJob?.(job);
      if (subject) return subject;
    }
    return undefined;
  };
  // A cohort saved in the coordinator tab: bookings and check-ins plan its jobs as they do at start (idempotent).
  const coordination = createCoordination(context, {
    jobSubject: subjectOf,
    catalogChanged: async () => {
      for (const c of capabilities) if (c.name === 'bookings' || c.name === 'checkins') await c.start?.();
      context.notifyJobs();
    },
  });
  const jobRunner = new JobRunner({
    store, clock, logger: logger.child({ component: 'jobs' }), handlers: capabilities.flatMap((c) => c.jobHandlers),
    retry: exponentialBackoff({ maxAttempts: config.jobs.maxAttempts }),
    worker: config.jobs.worker ?? `${hostname()}-${process.pid}`, leaseMs: config.jobs.leaseMs, concurrency: config.jobs.concurrency,
    onDeadLetter: deadLetterAlert(store, () => clock.now(), subjectOf),
  });
  const app = createTeamsApp({ config, logger, adapter, conversations, people, capabilities });
  let ready = false;
  const server = createServer({
    config, logger, adapter, app, httpRoutes: capabilities.flatMap((c) => c.httpRoutes ?? []), isReady: () => ready,
    verifiedTokens: adapter.verifiedTokens,
  });
  coordination.registerHttp(server);
  wake.runner = jobRunner;

  return {
    server, context, runner: jobRunner, capabilities,
    async listen() {
      // PostgreSQL migrates at start: a failure stops the start here instead of at the first request.
      await opened.ready;
      await new Promise<void>((resolve) => { server.listen(config.port, config.host, () => resolve()); });
      // Cohorts saved in the coordinator tab first, so every capability starts with them.
      await coordination.start();
      for (const c of capabilities) await c.start?.();
      if (config.jobs.enabled) jobRunner.start();
      ready = true;
      const address = server.address();
      return { port: typeof address === 'object' && address ? address.port : config.port };
    },
    async stop() {
      ready = false;
      coordination.stop();
      await new Promise<void>((resolve) => { server.close(() => resolve()); });
      await jobRunner.stop();
      await answerWorkers?.close();
      // Sends that woke too late for their slot and took another: many mean this instance's CPU is saturated.
      if (sharedBudget) logger.info('send budget', { ...sharedBudget.stats });
      await store.close();
    },
  };
}
