import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalogDir, loadCatalog } from '../catalog/catalog-loader';
import { loadDemoConfig } from '../config';
import { failStart, serve } from '../serve';
import { systemClock } from '../shared/clock';
import { demoCatalog, DEMO_COHORT } from './demo-catalog';
import { demoRoles } from './demo-roles';

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
}).catch(failStart);
