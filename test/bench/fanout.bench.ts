/* Benchmark, not a test: `npm run bench:fanout`. Posts the first check-in of LEDPRO 1 2024 to 2,000 base groups
 * through the Bot Connector emulator enforcing Teams' limits; prints wall time against the minimum the limits
 * allow, and lost and duplicated check-ins (exit 1 if any). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { seedBaseGroups } from '../support/base-groups-seed';
import { ConnectorEmulator } from '../support/connector-emulator';
import { startInProcessBot } from '../support/in-process-bot';

const out = (line: string): void => { process.stdout.write(`${line}\n`); };
const GROUPS = Number(process.env.BENCH_GROUPS ?? 2000);
const APP_LIMIT_PER_S = 50;
const COHORT = 'ledpro-1-2024';
// The first round is posted on 23 February 2024 at 09:00 in Oslo (08:00 UTC).
const POST_AT = Date.parse('2024-02-23T08:00:00Z');

async function main(): Promise<void> {
  const teams = new ConnectorEmulator({ enforceLimits: true, latencyMs: 5 });
  const serviceUrl = await teams.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'lederbot-fanout-'));
  const seedStore = new SqliteStore(join(dataDir, 'lederbot.sqlite'), () => new Date(POST_AT - 86_400_000));
  const seedStarted = performance.now();
  const groups = await seedBaseGroups({ store: seedStore, catalog: loadCatalog(defaultCatalogDir), cohortId: COHORT, serviceUrl, count: GROUPS, now: new Date(POST_AT - 86_400_000) });
  await seedStore.close();
  out(`seeded ${groups.length} base groups in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  // A clock that reaches the post time as the runner starts, then ticks in real time (Retry-After must pass).
  const offset = Date.now() - POST_AT - 1000;
  const bot = await startInProcessBot({ dataDir, jobs: false, appOptions: { clock: { now: () => new Date(Date.now() - offset) } } });
  const started = performance.now();
  bot.app.runner.start();
  const posted = (): number => groups.filter((g) => teams.sentTo(g.conversationId).length > 0).length;
  const deadline = Date.now() + 15 * 60_000;
  while (posted() < groups.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const wallMs = performance.now() - started;
  // Let anything that would double a post (a retry of a send that had succeeded) show up.
  await new Promise((r) => setTimeout(r, 3000));
  await bot.app.runner.stop();

  const counts = groups.map((g) => teams.sentTo(g.conversationId).length);
  const lost = counts.filter((c) => c === 0).length;
  const duplicated = counts.filter((c) => c > 1).length;
  const minimumMs = ((groups.length - 1) / APP_LIMIT_PER_S) * 1000;
  const throttled = teams.throttled;
  out(`groups ${groups.length}, posted ${counts.filter((c) => c > 0).length}, lost ${lost}, duplicated ${duplicated}, 429 from Teams ${throttled}`);
  out(`wall time ${(wallMs / 1000).toFixed(1)} s; minimum under Teams' 50/s app limit ${(minimumMs / 1000).toFixed(1)} s; ratio ${(wallMs / minimumMs).toFixed(2)}`);
  await bot.stop();
  await teams.stop();
  if (lost > 0 || duplicated > 0) process.exit(1);
}

main().catch((e: unknown) => { process.stderr.write(`${String(e instanceof Error ? e.stack : e)}\n`); process.exit(1); });
