import type { AppContext } from '../../../app-context';
import type { TeamsCapability } from '../../../adapters/teams/teams-capability';
import { CatalogIndex } from '../../../catalog/catalog-index';
import type { AppInstaller } from '../ports';
import { InstallationRepository } from '../store/installation.repository';
import { installAppJob } from './jobs/install-app.job';
import { INSTALL_APP_JOB } from '../ports';

/**
 * Reaching people in a real tenant: installs the app for people the workflows must message but who never opened
 * it (through Graph, when TEAMS_APP_CATALOG_ID is set). It has no commands; its job is enqueued by the
 * messenger when Teams refuses a 1:1 chat.
 */
export function createReachCapability(ctx: AppContext, installer: AppInstaller | undefined): TeamsCapability {
  const index = new CatalogIndex(ctx.catalog);
  const jobHandlers = installer ? [installAppJob({
    installer, store: ctx.store, installations: new InstallationRepository(ctx.store), now: () => ctx.clock.now(),
    cohortName: (cohortId, lang) => index.cohort(cohortId)?.cohort.name[lang],
  }, () => ctx.notifyJobs())] : [];
  return {
    name: 'reach',
    help: [],
    register: () => undefined,
    jobHandlers,
    describeJob: (job) => {
      if (job.type !== INSTALL_APP_JOB) return Promise.resolve(undefined);
      const p = job.payload as { cohortId?: unknown; name?: unknown } | null;
      const cohortId = p && typeof p.cohortId === 'string' ? p.cohortId : undefined;
      return Promise.resolve(cohortId ? { cohortId, ...(typeof p?.name === 'string' ? { detail: p.name } : {}) } : undefined);
    },
  };
}
