import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store';
import { CheckinDeliveryRepository } from '../../src/capabilities/checkins/teams/checkin-delivery.repository';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { seedBaseGroups } from '../support/base-groups-seed';
import { CLOCKED_ENTRY, startBot, type BotProcess } from '../support/bot-process';
import { ConnectorEmulator } from '../support/connector-emulator';

/**
 * kill -9 of the real bot process in the middle of posting a check-in round to 60 base groups (LEDPRO 1 2024,
 * round 1 is due 23 February 2024 09:00 Oslo), through the Bot Connector emulator enforcing Teams' limits and
 * answering some posts with 502, 503 and 429. After a restart every group has the card exactly once, and the
 * store holds the activity id Teams gave each post.
 *
 * The kill comes when Teams is about to accept one more post and every post it accepted so far has been recorded.
 * That is the one window in which a crash cannot double a post: the Bot Connector has no idempotency key, so a
 * crash between Teams accepting a post and the bot recording it would post that group's card again. That window
 * is a few milliseconds per post and is documented in the post job and the README.
 */
const COHORT = 'ledpro-1-2024';
const ROUND1 = `${COHORT}.after-1`;
const GROUPS = 60;
const KILL_AFTER_POSTS = 25;

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('check-in fan-out survives kill -9 of the bot', () => {
  const teams = new ConnectorEmulator({ enforceLimits: true });
  let dataDir: string;
  let groups: Array<{ groupId: string; conversationId: string }>;
  let store: SqliteStore;
  let bot: BotProcess | undefined;
  afterAll(async () => {
    await bot?.kill();
    await store.close();
    await teams.stop();
  });

  it('posts to every group exactly once across the crash, with 5xx and 429 on the way', async () => {
    const serviceUrl = await teams.start();
    dataDir = mkdtempSync(join(tmpdir(), 'lederbot-checkin-crash-'));
    const seededAt = new Date('2024-02-22T12:00:00Z');
    store = new SqliteStore(join(dataDir, 'lederbot.sqlite'), () => seededAt);
    groups = await seedBaseGroups({ store, catalog: loadCatalog(defaultCatalogDir), cohortId: COHORT, serviceUrl, count: GROUPS, now: seededAt });
    const deliveries = new CheckinDeliveryRepository(store);
    const groupOf = new Map(groups.map((g) => [g.conversationId, g.groupId]));
    const groupPosts = (): Array<{ conversationId: string; assignedId: string }> =>
      teams.received.filter((r) => r.method === 'POST' && groupOf.has(r.conversationId));

    teams.inject({ status: 502, conversationId: groups[6].conversationId, times: 2 });
    teams.inject({ status: 503, conversationId: groups[11].conversationId, times: 1 });
    teams.inject({ status: 429, retryAfter: 1, conversationId: groups[40].conversationId, times: 1 });

    let phase: 'running' | 'killing' | 'killed' | 'restarted' = 'running';
    let postedBeforeKill = 0;
    const first = await startBot({ LEDERBOT_TEST_NOW: '2024-02-23T08:00:01Z', LOG_LEVEL: 'warn' }, { dataDir, entry: CLOCKED_ENTRY });
    bot = first;
    teams.beforeAccept = async () => {
      if (phase === 'restarted') return true;
      if (phase !== 'running') return false;
      if (groupPosts().length < KILL_AFTER_POSTS) return true;
      phase = 'killing';
      const accepted = groupPosts();
      await until('the accepted posts to be recorded', async () => {
        for (const p of accepted) {
          const d = await deliveries.get(groupOf.get(p.conversationId) ?? '', ROUND1, 'post');
          if (d?.activityId !== p.assignedId) return false;
        }
        return true;
      }, 15_000);
      postedBeforeKill = accepted.length;
      await first.kill();
      phase = 'killed';
      // Dropped without an answer: Teams never saw this post, so it must be sent after the restart.
      return false;
    };

    await until('the kill', () => phase === 'killed', 30_000);
    expect(postedBeforeKill).toBe(KILL_AFTER_POSTS);
    expect(groupPosts().length).toBe(KILL_AFTER_POSTS);

    // Five minutes on: the dead process's job leases (60 s) have run out, so the new one takes its jobs.
    phase = 'restarted';
    bot = await startBot({ LEDERBOT_TEST_NOW: '2024-02-23T08:05:00Z', LOG_LEVEL: 'warn' }, { dataDir, entry: CLOCKED_ENTRY });
    await until('every group to have its check-in', () => groups.every((g) => teams.sentTo(g.conversationId).length > 0), 60_000);
    // Give anything that would double a post (a retry of a send that had succeeded) time to show.
    await new Promise((r) => setTimeout(r, 2_500));

    const counts = groups.map((g) => teams.sentTo(g.conversationId).length);
    expect(counts.filter((c) => c === 0)).toHaveLength(0);
    expect(counts.filter((c) => c > 1)).toHaveLength(0);
    for (const g of groups) {
      const [post] = teams.sentTo(g.conversationId);
      expect(JSON.stringify(post.activity)).toContain('AdaptiveCard');
      const d = await deliveries.get(g.groupId, ROUND1, 'post');
      expect(d?.activityId).toBe(post.assignedId);
    }
    // The injected faults were met and waited out; the limits themselves were never exceeded.
    expect(teams.faultsServed.map((f) => f.status).sort()).toEqual([429, 502, 502, 503]);
    expect(teams.throttled).toBe(0);
  }, 120_000);
});
