import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import type { AppContext } from '../../app-context';
import { DisabledTabAuthenticator, LocalTabAuthenticator, SsoTabAuthenticator, type TabAuthenticator } from '../../adapters/http/tab-auth';
import { CatalogIndex } from '../../catalog/catalog-index';
import type { JobSubject } from '../../jobs/dead-letter-alert';
import type { Job } from '../../shared/store.port';
import { cohortCatalog } from '../nominations/ports';
import { StorePeopleDirectory } from '../nominations/store/people.repository';
import { registerTabApi } from './http/tab-api.routes';
import { registerTabStatic } from './http/tab-static';
import type { CoordinationDeps } from './ports';
import { OverlayLoader } from './use-cases/load-overlays.use-case';

/** How often an instance looks for cohorts saved through another instance. */
const SYNC_MS = 30_000;

export interface Coordination {
  readonly deps: CoordinationDeps;
  /** Lays stored cohorts over the catalog; called before the capabilities plan their jobs at start. */
  start(): Promise<void>;
  registerHttp(server: Server): void;
  stop(): void;
}

/**
 * The coordinator tab: a page served from /tab and its API under /api/tab, signed in with Teams SSO (or the
 * local loopback mode without Entra, like the anonymous bot), and next year's cohorts laid over the catalog.
 */
export function createCoordination(ctx: AppContext, links: {
  jobSubject: (job: Job) => Promise<JobSubject | undefined>;
  catalogChanged: () => Promise<void>;
}): Coordination {
  const logger = ctx.logger.child({ capability: 'coordination' });
  const deps: CoordinationDeps = {
    store: ctx.store, clock: ctx.clock, logger, catalog: ctx.catalog, index: new CatalogIndex(ctx.catalog), roles: ctx.roles,
    nominations: {
      store: ctx.store, clock: ctx.clock, logger: ctx.logger.child({ capability: 'nominations' }), catalog: cohortCatalog(ctx.catalog),
      roles: ctx.roles, people: new StorePeopleDirectory(ctx.store, ctx.people), newId: randomUUID,
    },
    newId: randomUUID, jobSubject: links.jobSubject, catalogChanged: links.catalogChanged, notifyJobs: ctx.notifyJobs,
  };
  const loader = new OverlayLoader(deps);
  const auth: TabAuthenticator = ctx.config.tabSso ? new SsoTabAuthenticator(ctx.config.tabSso)
    : ctx.config.identity ? new DisabledTabAuthenticator() : new LocalTabAuthenticator();
  let timer: NodeJS.Timeout | undefined;
  const sync = async (): Promise<void> => {
    if ((await loader.sync()) > 0) await deps.catalogChanged();
  };
  return {
    deps,
    async start() {
      await loader.sync();
      timer = setInterval(() => { sync().catch((e: unknown) => logger.warn('cohort overlays not synced', { error: String(e) })); }, SYNC_MS);
      timer.unref();
    },
    registerHttp(server) {
      registerTabApi(server, { deps, auth, maxBodyBytes: ctx.config.maxBodyBytes, beforeRequest: sync });
      registerTabStatic(server);
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
