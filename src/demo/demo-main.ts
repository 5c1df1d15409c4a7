import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalogDir, loadCatalog } from '../catalog/catalog-loader';
import { loadDemoConfig } from '../config';
import { failStart, serve } from '../serve';
import { systemClock } from '../shared/clock';
import { demoCatalog, DEMO_COHORT } from './demo-catalog';
import { BOOK_PARTICIPANT_JOB, bookParticipantJobKey, type BookParticipantPayload } from '../shared/integration-jobs';
import { demoRoles, DEMO_USER } from './demo-roles';

/**
 * `npm run demo`: the real bot (same app, store, jobs and local calendar as `npm start`) with the demo's
 * catalog (the real one plus a marked example cohort ahead of today) and, unless the data folder already has
 * one, a roles.json that makes the Playground's user coordinator and nominator. Data lives in ./data/demo by
 * default, apart from `npm start`'s ./data. Try it with `npm run demo:playground` (README, "Try it").
 */
serve(() => loadDemoConfig(), (config, logger) => {
  const clock = systemClock;
  const catalog = demoCatalog(loadCatalog(config.catalogDir ?? defaultCatalogDir), clock.now());
  mkdirSync(config.dataDir, { recursive: true });
  const roles = join(config.dataDir, 'roles.json');
  if (!existsSync(roles)) writeFileSync(roles, `${JSON.stringify(demoRoles(), null, 2)}\n`);
  const first = catalog.programs.flatMap((p) => p.cohorts).find((c) => c.id === DEMO_COHORT)?.gatherings[0];
  logger.info('demo', { cohort: DEMO_COHORT, firstGathering: first?.start, roles, playground: 'npm run demo:playground' });
  return { clock, catalog };
}, async (app) => {
  // The Playground's user is also an example participant, so "mine samlinger" has gatherings to show, leave and
  // take back. Booked like an approval books (the same job, once: its key makes a second start a no-op).
  const payload = {
    cohortId: DEMO_COHORT, participant: { aadObjectId: DEMO_USER.aadObjectId, name: DEMO_USER.name, email: DEMO_USER.email },
    source: 'application', sourceId: 'demo',
  } satisfies BookParticipantPayload;
  await app.context.store.commit([{ op: 'enqueue', job: {
    type: BOOK_PARTICIPANT_JOB, key: bookParticipantJobKey(DEMO_COHORT, DEMO_USER.aadObjectId), payload, runAt: app.context.clock.now(),
  } }]);
  app.context.notifyJobs();
}).catch(failStart);
