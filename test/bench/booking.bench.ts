/* Benchmark, not a test: `npm run bench:booking`. 500 approved participants into LEDPRO 1 2024 (6 gatherings)
 * against the Graph emulator with Outlook's limits on; prints requests, wall time and ratios to the minimum,
 * then checks every event holds exactly the booked attendees (exit 1 if not). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGraphClient } from '../../src/adapters/graph/graph-client';
import { GraphCalendar } from '../../src/adapters/graph/graph-calendar';
import { SqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store';
import { CatalogIndex } from '../../src/catalog/catalog-index';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import type { BookingsDeps } from '../../src/capabilities/bookings/ports';
import { bookParticipantJob, publishCohortJob, syncEventJob } from '../../src/capabilities/bookings/teams/jobs/bookings.jobs';
import { publishCohortJobs } from '../../src/capabilities/bookings/use-cases/publish-cohort.use-case';
import { JobRunner } from '../../src/jobs/job-runner';
import { exponentialBackoff } from '../../src/jobs/retry-policy';
import { BOOK_PARTICIPANT_JOB, bookParticipantJobKey } from '../../src/shared/integration-jobs';
import { MemoryLogger } from '../../src/shared/logger';
import type { WriteOp } from '../../src/shared/store.port';
import { GraphEmulator } from '../support/graph-emulator';
import { testGraphCredential, trustingFetch } from '../support/trust-certificate';

const out = (line: string): void => { process.stdout.write(`${line}\n`); };
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 500);
const LATENCY_MS = Number(process.env.BENCH_GRAPH_LATENCY_MS ?? 40);
const SYNC_DELAY_MS = Number(process.env.BENCH_SYNC_DELAY_MS ?? 2000);
const COHORT = 'ledpro-1-2024';
const ORGANIZER = 'ledpro@inn.example';

async function main(): Promise<void> {
  // Outlook's limits: 4 concurrent requests and 10,000 per 10 minutes per mailbox; Graph answers in ~40 ms.
  const graph = new GraphEmulator({ mailboxConcurrency: 4, mailboxBudget: { requests: 10_000, windowMs: 600_000 }, latencyMs: LATENCY_MS });
  await graph.start();
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'lederbot-bench-')), 'bench.sqlite'), () => new Date());
  // The cohort's gatherings are in 2024: the bench runs on a clock that starts on 10 January 2024 and ticks.
  const offset = Date.now() - Date.parse('2024-01-10T09:00:00Z');
  const clock = { now: () => new Date(Date.now() - offset) };
  const logger = new MemoryLogger();
  const catalog = new CatalogIndex(loadCatalog(defaultCatalogDir));
  const deps: BookingsDeps = {
    store, clock, logger, catalog, organizerOf: (id) => (id === COHORT ? ORGANIZER : undefined), syncDelayMs: SYNC_DELAY_MS, notifyJobs: () => runner.notify(),
    calendar: new GraphCalendar(createGraphClient(graph.url, testGraphCredential, trustingFetch(graph.certPem))),
  };
  const runner: JobRunner = new JobRunner({
    store, clock, logger, worker: 'bench', retry: exponentialBackoff({ maxAttempts: 8 }), concurrency: 8, idleMs: 50,
    handlers: [bookParticipantJob(deps), syncEventJob(deps), publishCohortJob(deps)],
  });
  const people = Array.from({ length: PARTICIPANTS }, (_, i) => ({
    aadObjectId: `00000000-0000-0000-0000-${String(i + 1).padStart(12, '0')}`, name: `Deltaker ${i + 1}`, email: `deltaker${i + 1}@kommune.example`,
  }));

  const started = performance.now();
  // What the coordinators' approvals commit: one booking job each (plus the cohort's publish job at start).
  const ops: WriteOp[] = [...publishCohortJobs(deps)];
  for (const p of people) {
    ops.push({ op: 'enqueue', job: { type: BOOK_PARTICIPANT_JOB, key: bookParticipantJobKey(COHORT, p.aadObjectId), runAt: clock.now(), payload: { cohortId: COHORT, participant: p, source: 'nomination', sourceId: p.aadObjectId } } });
  }
  await store.commit(ops);
  runner.start();
  for (;;) {
    const open = [...await store.jobs.list({ status: 'pending' }), ...await store.jobs.list({ status: 'running' })];
    if (open.length === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await runner.stop();
  const wallMs = performance.now() - started;

  const events = graph.events(ORGANIZER);
  const outer = graph.requests.filter((r) => !r.batched);
  const subRequests = graph.requests.filter((r) => r.batched).length;
  const throttled = graph.requests.filter((r) => r.status === 429).length;
  const operations = outer.filter((r) => !r.path.endsWith('$batch')).length + subRequests;
  // The least Graph can do: create 6 events and write each attendee list once (one PATCH per event).
  const gatherings = catalog.cohort(COHORT)?.cohort.gatherings.length ?? 0;
  const minimumOps = 2 * gatherings;
  // The fastest the limits allow for those: 4 at a time per mailbox, each taking the emulated latency.
  const minimumMs = Math.ceil(minimumOps / 4) * LATENCY_MS;
  const dead = await store.jobs.list({ status: 'dead' });

  out(`participants ${PARTICIPANTS}, gatherings ${gatherings}, Graph latency ${LATENCY_MS} ms, mailbox concurrency 4`);
  out(`Graph HTTP requests ${outer.length} (of which $batch ${outer.filter((r) => r.path.endsWith('$batch')).length}), operations incl. batch parts ${operations}, throttled 429 ${throttled}`);
  out(`operations / minimum (${minimumOps}): ${(operations / minimumOps).toFixed(2)}`);
  out(`peak concurrent requests on the mailbox: ${graph.peakConcurrency.get(ORGANIZER) ?? 0}`);
  out(`wall time ${(wallMs / 1000).toFixed(2)} s (includes the ${SYNC_DELAY_MS} ms coalescing delay and ${PARTICIPANTS} booking commits in SQLite)`);
  out(`Graph time lower bound ${minimumMs} ms; wall / (lower bound + coalescing delay): ${(wallMs / (minimumMs + SYNC_DELAY_MS)).toFixed(2)}`);
  out(`dead-lettered jobs: ${dead.length}`);

  let wrong = 0;
  const want = people.map((p) => p.email).sort().join(',');
  for (const e of events) {
    const got = e.attendees.map((a) => a.emailAddress.address).sort().join(',');
    if (got !== want) { wrong += 1; out(`  WRONG ${e.subject}: ${e.attendees.length} attendees`); }
  }
  out(`events ${events.length}/${gatherings}, each with exactly the ${PARTICIPANTS} booked attendees: ${wrong === 0 && events.length === gatherings ? 'yes' : 'NO'}`);
  await store.close();
  await graph.stop();
  if (wrong > 0 || events.length !== gatherings || dead.length > 0) process.exit(1);
}

main().catch((e: unknown) => { process.stderr.write(`${String(e instanceof Error ? e.stack : e)}\n`); process.exit(1); });
