import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute, message, user, type TestUser } from '../support/activities';
import { CLOCKED_ENTRY, startBot, type BotProcess } from '../support/bot-process';
import { cardOf, CHANNEL, COORD, ILP, NOMINATOR, START, TEAM, visible } from '../nominations/nominations-harness';
import { startReachWorld, until, type ReachWorld } from '../support/reach-world';

/**
 * People who never opened the bot, in a tenant where Teams refuses a 1:1 chat with anyone the app is not
 * installed for. The real bot process (its real Graph SDK and @azure/identity credential, tokens from a loopback
 * authority) is told to nominate and approve two of them: one gets the app installed through Graph (the first
 * install request throttled with Retry-After) and the notices in the new 1:1 chat, each once; the other's tenant
 * policy blocks the app, and the coordinators get one alert in words.
 */
const NEW = user(201, 'Nina Nyansatt');
const BLOCKED = user(202, 'Bjørn Blokkert');
const COORD_CHANNEL = `${CHANNEL};messageid=1700000000000`;

describe('reaching people who never opened the bot (real bot process, Graph and Bot Connector emulators)', () => {
  let world: ReachWorld;
  let bot: BotProcess | undefined;
  const installs = (who: TestUser): number => world.graph.requests
    .filter((r) => r.method === 'POST' && r.path.includes(`/users/${who.aadObjectId}/teamwork/installedApps`) && !r.batched).length;
  // The bot posts coordinator cards and alerts as new posts in the coordinators' channel.
  const alerts = (): string[] => world.teams.sentTo(CHANNEL).map((r) => JSON.stringify(r.activity)).filter((t) => !t.includes('nominations.approve'));

  beforeAll(async () => {
    world = await startReachWorld();
    const dataDir = mkdtempSync(join(tmpdir(), 'lederbot-reach-'));
    writeFileSync(join(dataDir, 'roles.json'), JSON.stringify({
      cohorts: [{ cohortId: ILP, coordinators: [COORD.aadObjectId], nominators: [NOMINATOR.aadObjectId] }],
      people: [NEW, BLOCKED].map((p) => ({ aadObjectId: p.aadObjectId, name: p.name })),
    }));
    // The coordinator and the nominator opened the bot themselves; the two nominees never did.
    world.tenant.installByUser(COORD.aadObjectId, COORD.id);
    world.tenant.installByUser(NOMINATOR.aadObjectId, NOMINATOR.id);
    world.tenant.blocked.add(BLOCKED.aadObjectId);
    world.graph.users.set(BLOCKED.aadObjectId, { userPrincipalName: 'bjorn@example.no', displayName: BLOCKED.name });
    // Graph throttles the first installation beyond what the SDK retries by itself: the job waits Retry-After.
    world.graph.inject({ status: 429, retryAfterSeconds: 1, times: 4, match: { method: 'POST', pathIncludes: `/users/${NEW.aadObjectId}/teamwork/installedApps` } });
    bot = await startBot({ ...world.botEnv(), LEDERBOT_TEST_NOW: START, LOG_LEVEL: 'warn' }, { dataDir, entry: CLOCKED_ENTRY });
  }, 90_000);
  afterAll(async () => {
    await bot?.kill();
    await world.stop();
  });

  const post = async (activity: Record<string, unknown>): Promise<unknown> => {
    const r = await bot?.post(activity);
    if (r?.status !== 200) throw new Error(`bot answered ${r?.status}: ${r?.text}`);
    return r.body;
  };
  const inChannel = { conversationType: 'channel' as const, conversationId: COORD_CHANNEL, teamId: TEAM, channelId: CHANNEL };

  it('installs the app for a nominee who never opened it and tells them in the new 1:1 chat, each notice once', async () => {
    const serviceUrl = world.serviceUrl;
    await post(message('registrer koordinatorkanal ilp-2021-2025', { serviceUrl, from: COORD, ...inChannel }));
    for (const nominee of [NEW, BLOCKED]) {
      await post(execute('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: nominee.aadObjectId, nomineeEmail: '', justification: 'Sterk kandidat' },
        { serviceUrl, from: NOMINATOR }));
    }
    const chat = world.tenant.chatIdOf(NEW.aadObjectId);
    await until('the nomination notice in the new chat', () => world.teams.sentTo(chat).length >= 1, 60_000);
    expect(world.tenant.installed.get(NEW.aadObjectId)?.by).toBe('graph');
    expect(visible(cardOf(world.teams.sentTo(chat)[0]))).toContain('Dekan Dahl har nominert deg');

    // The coordinator approves from the cards the bot posted in the channel.
    await until('both coordinator cards', () => world.teams.sentTo(CHANNEL).filter((r) => JSON.stringify(r.activity).includes('nominations.approve')).length === 2, 30_000);
    const cards = world.teams.sentTo(CHANNEL).filter((r) => JSON.stringify(r.activity).includes('nominations.approve'));
    for (const c of cards) {
      const id = /"nominationId":"([^"]+)"/.exec(JSON.stringify(c.activity))?.[1] ?? '';
      await post(execute('nominations.approve', { nominationId: id, rev: 1 }, { serviceUrl, from: COORD, ...inChannel, replyToId: c.assignedId }));
    }
    await until('the approval notice', () => world.teams.sentTo(chat).length >= 2, 60_000);
    // Time for anything that would double a notice or an installation to show.
    await new Promise((r) => setTimeout(r, 3_000));
    const notices = world.teams.sentTo(chat).map((r) => visible(cardOf(r)));
    expect(notices).toHaveLength(2);
    expect(notices[1]).toContain('Du har fått plass på');
    // One successful installation after the throttled attempts; the chat came from Graph, not from createConversation.
    expect(world.graph.requests.filter((r) => r.path.includes(`/users/${NEW.aadObjectId}/teamwork/installedApps`) && r.method === 'POST').map((r) => r.status))
      .toEqual([429, 429, 429, 429, 201]);
    expect(world.graph.requests.some((r) => r.path.includes(`/users/${NEW.aadObjectId}/teamwork/installedApps/`) && r.path.endsWith('/chat'))).toBe(true);
    // The bot's Graph token came from the configured authority, with the client's own secret.
    expect(world.authority.issued.length).toBeGreaterThan(0);
    expect(new Set(world.graph.tokens)).toEqual(new Set(world.authority.issued.map((t) => `Bearer ${t.token}`)));
  }, 150_000);

  it('tells the coordinators once, in words, when the tenant\'s policy blocks the app for a nominee', async () => {
    await until('the alert', () => alerts().some((t) => t.includes(BLOCKED.name)), 30_000);
    const about = alerts().filter((t) => t.includes(BLOCKED.name));
    expect(about).toHaveLength(1);
    expect(about[0]).toContain(`Lederbot kan ikke sende meldinger til ${BLOCKED.name}`);
    expect(about[0]).toContain('Be en Teams-administrator tillate Lederbot');
    expect(installs(BLOCKED)).toBe(1);
    // Nothing reached the person, and no other alert (a generic "could not reach") was sent about them.
    expect(world.teams.sentTo(world.tenant.chatIdOf(BLOCKED.aadObjectId))).toHaveLength(0);
    expect(alerts().filter((t) => /Fikk ikke sendt|Could not tell|ga opp/.test(t))).toEqual([]);
  });
});
