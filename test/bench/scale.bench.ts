/* Benchmark, not a test: `npm run bench:scale`. Posts the first check-in of LEDPRO 1 2024 to 2,000 base groups
 * with 2 bot processes on one PostgreSQL database (a throwaway server started here), through the Bot Connector
 * emulator enforcing Teams' limits; then the same with 1 process. Prints wall time against the minimum the
 * 50/s app limit allows, 429s, lost and duplicated check-ins (exit 1 if any is lost or duplicated). */
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { PgStore } from '../../src/adapters/storage/postgres/pg-store';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { seedBaseGroups } from '../support/base-groups-seed';
import { CLOCKED_ENTRY, startBot, type BotProcess } from '../support/bot-process';
import { ConnectorEmulator } from '../support/connector-emulator';
import { createTestDatabase, startPgServer, stopPgServer } from '../support/pg-server';

const out = (line: string): void => { process.stdout.write(`${line}\n`); };
const GROUPS = Number(process.env.BENCH_GROUPS ?? 2000);
const APP_LIMIT_PER_S = 50;
const COHORT = 'ledpro-1-2024';
/** Jobs each process runs at once, and its connections: the app's defaults unless set. */
const CONCURRENCY = process.env.BENCH_CONCURRENCY;
const POOL_MAX = process.env.BENCH_POOL_MAX;
/** Time the bot processes get to start before the round falls due (they all read one clock). */
const STARTUP_MS = Number(process.env.BENCH_STARTUP_MS ?? 20_000);

interface Outcome { lost: number; duplicated: number }

async function run(adminUrl: string, instances: number): Promise<Outcome> {
  const teams = new ConnectorEmulator({ enforceLimits: true, latencyMs: 5 });
  const serviceUrl = await teams.start();
  const databaseUrl = await createTestDatabase(`scale${instances}`, adminUrl);
  const seededAt = new Date('2024-02-22T12:00:00Z');
  const store = new PgStore(new Pool({ connectionString: databaseUrl, max: 4 }), () => seededAt);
  const seedStarted = performance.now();
  const groups = await seedBaseGroups({ store, catalog: loadCatalog(defaultCatalogDir), cohortId: COHORT, serviceUrl, count: GROUPS, now: seededAt });
  out(`${instances} instance(s), JOB_CONCURRENCY ${CONCURRENCY ?? 'default'}, DATABASE_POOL_MAX ${POOL_MAX ?? 'default'}: seeded ${groups.length} base groups in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  // Every process reads one clock that reaches the round's time (09:00 Oslo) STARTUP_MS from now.
  const dueAt = Date.now() + STARTUP_MS;
  const bots: BotProcess[] = await Promise.all(Array.from({ length: instances }, (_, i) => startBot({
    LEDERBOT_TEST_NOW: '2024-02-23T08:00:00Z', LEDERBOT_TEST_NOW_AT: String(dueAt), LOG_LEVEL: 'info',
    DATABASE_URL: databaseUrl, JOB_WORKER_ID: `bench-${i}`,
    ...(CONCURRENCY ? { JOB_CONCURRENCY: CONCURRENCY } : {}), ...(POOL_MAX ? { DATABASE_POOL_MAX: POOL_MAX } : {}),
    // e.g. `--require <a script that starts the inspector profiler>` to see where the bot processes spend CPU.
    ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
  }, { entry: CLOCKED_ENTRY, readyTimeoutMs: 120_000 })));
  out(`  ${instances} process(es) ready ${((Date.now() - dueAt + STARTUP_MS) / 1000).toFixed(1)} s after start`);
  if (Date.now() > dueAt) out(`  note: the processes took longer than ${STARTUP_MS} ms to start (BENCH_STARTUP_MS)`);

  // Counted as posts arrive: scanning every received post for every group each poll (2,000 × 2,000) stalled
  // the emulator's event loop, which stamps arrivals, for tens of ms at a time.
  const postsTo = new Map<string, number>();
  teams.onReceived = (r) => { if (r.method === 'POST') postsTo.set(r.conversationId, (postsTo.get(r.conversationId) ?? 0) + 1); };
  const posted = (): number => postsTo.size;
  const deadline = Date.now() + STARTUP_MS + 15 * 60_000;
  while (posted() < groups.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  // Let anything that would double a post (a retry of a send that had succeeded) show up.
  await new Promise((r) => setTimeout(r, 3000));

  const counts = groups.map((g) => postsTo.get(g.conversationId) ?? 0);
  const lost = counts.filter((c) => c === 0).length;
  const duplicated = counts.filter((c) => c > 1).length;
  const posts = teams.received.filter((r) => r.method === 'POST').map((r) => r.at).sort((a, b) => a - b);
  const wallMs = posts.length > 0 ? posts[posts.length - 1] - Math.max(dueAt, posts[0]) : 0;
  const minimumMs = ((groups.length - 1) / APP_LIMIT_PER_S) * 1000;
  out(`  groups ${groups.length}, posted ${counts.filter((c) => c > 0).length}, lost ${lost}, duplicated ${duplicated}, 429 from Teams ${teams.throttled}`);
  out(`  wall time from the due moment to the last post ${(wallMs / 1000).toFixed(1)} s; minimum under Teams' 50/s app limit ${(minimumMs / 1000).toFixed(1)} s; `
    + `${(wallMs / minimumMs).toFixed(2)} × the minimum = ${(minimumMs / wallMs).toFixed(2)} of the ceiling`);
  await Promise.all(bots.map((b) => b.stop()));
  // Each process says at exit how many of its send slots it woke too late for and took again.
  const budgets = bots.map((b) => /"msg":"send budget".*?"taken":(\d+),"retaken":(\d+)/.exec(b.output())).map((m) => (m ? `${m[2]} of ${m[1]}` : '?'));
  out(`  slots given back for lateness and taken again, per process: ${budgets.join(', ')}`);
  await store.close();
  await teams.stop();
  return { lost, duplicated };
}

async function main(): Promise<void> {
  const server = await startPgServer();
  try {
    const counts = (process.env.BENCH_INSTANCES ?? '2,1').split(',').map(Number);
    const outcomes: Outcome[] = [];
    for (const n of counts) outcomes.push(await run(server.adminUrl, n));
    if (outcomes.some((o) => o.lost + o.duplicated > 0)) process.exitCode = 1;
  } finally {
    stopPgServer(server);
  }
}

main().catch((e: unknown) => { process.stderr.write(`${String(e instanceof Error ? e.stack : e)}\n`); process.exit(1); });
