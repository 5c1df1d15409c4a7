import { Pool } from 'pg';
import { PgStore } from '../../src/adapters/storage/postgres/pg-store';
import { CheckinDeliveryRepository } from '../../src/capabilities/checkins/teams/checkin-delivery.repository';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { groupConversationId, seedBaseGroups } from '../support/base-groups-seed';
import { CLOCKED_ENTRY, startBot, type BotProcess } from '../support/bot-process';
import { ConnectorEmulator } from '../support/connector-emulator';
import { createTestDatabase } from '../support/pg-server';

/**
 * Three bot processes on one PostgreSQL database post a check-in round (LEDPRO 1 2024, round 1, due 23 February
 * 2024 09:00 Oslo) to 150 base groups through the Bot Connector emulator enforcing Teams' limits, with a 502 and
 * a 429 on the way. One instance is killed with SIGKILL while it holds claimed jobs; the other two take them
 * when their 5 s leases run out. Every group gets its card exactly once, and Teams never answers 429 for its
 * limits: the 50/s app budget is shared by the three processes through the database, not taken thrice.
 *
 * As in checkins-crash.e2e.spec.ts, the kill comes when every post Teams accepted has been recorded: the Bot
 * Connector has no idempotency key, so a crash between Teams accepting a post and the bot recording it is the
 * one documented way to double a post.
 */
const COHORT = 'ledpro-1-2024';
const ROUND1 = `${COHORT}.after-1`;
const GROUPS = 150;
const KILL_AFTER_POSTS = 40;
const LEASE_MS = 5000;

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('check-in fan-out by three instances on PostgreSQL survives kill -9 of one', () => {
  const teams = new ConnectorEmulator({ enforceLimits: true });
  let store: PgStore;
  let pool: Pool;
  const bots: BotProcess[] = [];
  afterAll(async () => {
    await Promise.all(bots.map((b) => b.kill()));
    await store.close();
    await teams.stop();
  });

  it('posts to every group exactly once: the survivors finish the killed instance\'s jobs after its lease expires', async () => {
    const serviceUrl = await teams.start();
    const databaseUrl = await createTestDatabase('fanout_crash');
    // Three instances on one clock, already at the round's time; the groups are linked while they run.
    const clockAt = Date.now();
    bots.push(...await Promise.all([0, 1, 2].map((i) => startBot({
      LEDERBOT_TEST_NOW: '2024-02-23T08:00:01Z', LEDERBOT_TEST_NOW_AT: String(clockAt), LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl,
      JOB_WORKER_ID: `instance-${i}`, JOB_LEASE_MS: String(LEASE_MS),
    }, { entry: CLOCKED_ENTRY }))));
    const conversations = new Set(Array.from({ length: GROUPS }, (_, i) => groupConversationId(i + 1)));
    const groupPosts = (): Array<{ conversationId: string; assignedId: string }> =>
      teams.received.filter((r) => r.method === 'POST' && conversations.has(r.conversationId));
    teams.inject({ status: 502, conversationId: groupConversationId(6), times: 1 });
    teams.inject({ status: 429, retryAfter: 1, conversationId: groupConversationId(71), times: 1 });
    const groupOf = new Map<string, string>();
    let victim: BotProcess | undefined;

    let phase: 'running' | 'killing' | 'killed' = 'running';
    let orphans: string[] = [];
    teams.beforeAccept = async () => {
      if (phase === 'killed') return true;
      if (phase !== 'running') return false;
      if (groupOf.size < GROUPS || groupPosts().length < KILL_AFTER_POSTS) return true;
      // The victim is an instance that holds claimed jobs right now.
      const held = (await store.jobs.list({ status: 'running' })).find((j) => j.leaseOwner?.startsWith('instance-'));
      if (!held) return true;
      phase = 'killing';
      const owner = held.leaseOwner ?? '';
      victim = bots[Number(owner.slice('instance-'.length))];
      const accepted = groupPosts();
      await until('the accepted posts to be recorded', async () => {
        for (const p of accepted) {
          const d = await deliveries.get(groupOf.get(p.conversationId) ?? '', ROUND1, 'post');
          if (d?.activityId !== p.assignedId) return false;
        }
        return true;
      }, 15_000);
      await victim.kill();
      orphans = (await store.jobs.list({ status: 'running' })).filter((j) => j.leaseOwner === owner).map((j) => j.key);
      phase = 'killed';
      // Dropped without an answer: Teams never saw this post, so it must be sent again, by whoever holds the job.
      return false;
    };

    const seededAt = new Date('2024-02-22T12:00:00Z');
    pool = new Pool({ connectionString: databaseUrl, max: 4 });
    store = new PgStore(pool, () => seededAt);
    const deliveries = new CheckinDeliveryRepository(store);
    const groups = await seedBaseGroups({ store, catalog: loadCatalog(defaultCatalogDir), cohortId: COHORT, serviceUrl, count: GROUPS, now: seededAt });
    for (const g of groups) groupOf.set(g.conversationId, g.groupId);

    await until('the kill', () => phase === 'killed', 20_000).catch(async (e) => {
      process.stderr.write(`DBG posts=${groupPosts().length} jobs=${JSON.stringify((await store.jobs.list()).slice(0, 3))}\n${bots.map((b) => b.output().slice(0, 3000)).join('\n---\n')}\n`);
      throw e;
    });
    expect(orphans.length).toBeGreaterThan(0);
    const killedAt = Date.now();
    await until('every group to have its check-in', () => groups.every((g) => teams.sentTo(g.conversationId).length > 0), 60_000);
    const finishedAfterKillMs = Date.now() - killedAt;
    // Give anything that would double a post (a retry of a send that had succeeded) time to show.
    await new Promise((r) => setTimeout(r, 2_000));

    const counts = groups.map((g) => teams.sentTo(g.conversationId).length);
    expect(counts.filter((c) => c === 0)).toHaveLength(0);
    expect(counts.filter((c) => c > 1)).toHaveLength(0);
    for (const g of groups) {
      const [post] = teams.sentTo(g.conversationId);
      expect((await deliveries.get(g.groupId, ROUND1, 'post'))?.activityId).toBe(post.assignedId);
    }
    // The killed instance's jobs were taken over once its lease ran out, not a minute later.
    for (const key of orphans) {
      const job = await store.jobs.byKey(key);
      expect(job?.status).toBe('done');
      expect(job?.attempts).toBeGreaterThanOrEqual(2);
    }
    expect(finishedAfterKillMs).toBeLessThan(LEASE_MS + 20_000);
    expect(teams.faultsServed.map((f) => f.status).sort()).toEqual([429, 502]);
    // The three instances took their send slots from one budget in the database: never more than 50 in a second
    // (the slots of every group conversation together are the app's slots; Teams' windows plus 50 ms headroom).
    const slots = (await pool.query<{ s: string }>("SELECT unnest(stamps) AS s FROM rate_windows WHERE key LIKE 'teams:conversation:%'")).rows
      .map((r) => Number(r.s)).sort((a, b) => a - b);
    expect(slots.length).toBeGreaterThanOrEqual(GROUPS);
    let busiest = 0;
    for (let i = 0, j = 0; i < slots.length; i += 1) {
      while (slots[i] - slots[j] >= 1050) j += 1;
      busiest = Math.max(busiest, i - j + 1);
    }
    expect(busiest).toBeLessThanOrEqual(50);
    // Teams (the emulator) counts arrivals; three instances limiting themselves each to 50/s would meet a 429 for
    // most posts past the first second. On a loaded test machine a stalled event loop can still bunch a few
    // arrivals past the 50 ms headroom (3 to 5 seen with other test suites running beside it); those are retried
    // after Retry-After (and counted as posted once above). The bound stays far below what unshared budgets meet.
    expect(teams.throttled).toBeLessThanOrEqual(15);
    expect(bots.filter((b) => b !== victim).every((b) => b.child.exitCode === null)).toBe(true);
  }, 120_000);
});
