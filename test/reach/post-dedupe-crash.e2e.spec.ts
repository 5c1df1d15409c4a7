import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store';
import { execute, message, user, type TestUser } from '../support/activities';
import { CLOCKED_ENTRY, startBot, type BotProcess } from '../support/bot-process';
import type { ReceivedActivity } from '../support/connector-emulator';
import { CHANNEL, COORD, ILP, NOMINATOR, START, TEAM } from '../nominations/nominations-harness';
import { startReachWorld, until, type ReachWorld } from '../support/reach-world';

/**
 * kill -9 of the real bot process under load, at the moment that can double a post: Teams has accepted a card
 * and the bot has not heard so yet. 200 messages arrive at once (30 nominations, 170 questions); every proactive
 * post waits 0.3 s for Teams' answer after Teams took it, as under load; the bot is killed three times, each time
 * just after Teams accepted a coordinator card, and restarted after the dead process's leases ran out. Counted at
 * the end: coordinator cards and nominee notices posted more than once.
 *
 * With Graph configured the retried jobs find their marked cards in the channel's and chats' recent messages
 * and post nothing again: 0 doubled. The same run without Graph is the control and shows the gap it closes.
 */
const NOMINEES: TestUser[] = Array.from({ length: 30 }, (_, i) => user(300 + i, `Kandidat ${i + 1}`));
const ASKERS: TestUser[] = Array.from({ length: 17 }, (_, i) => user(400 + i, `Leder ${i + 1}`));
const QUESTIONS = ['Hva koster LEDPRO 1?', 'Når er første samling i LEDPRO?', 'Hvor er samlingene?', 'Hvem kan søke?', 'Hva er søknadsfristen?',
  'Hvor mange samlinger er det?', 'Er det hjemmeoppgaver?', 'Hva er instituttlederprogrammet?', 'Who is LEDPRO for?', 'How much does it cost?'];
const GROUP_ID = '2f7a4d4e-5c1b-4d7a-9d61-0c6f7f1e2a3b';
const KILL_AFTER_CARDS = [6, 14, 22];
const ANSWER_DELAY_MS = 300;

/** DEDUPE_TRACE=<file> follows a run's phases (a slow machine makes these runs long). */
const trace = (line: string): void => { if (process.env.DEDUPE_TRACE) appendFileSync(process.env.DEDUPE_TRACE, `${new Date().toISOString()} ${line}\n`); };

interface Outcome { nominations: number; cards: number; doubledCards: number; notices: number; doubledNotices: number; kills: number }

async function crashRun(world: ReachWorld, withGraph: boolean): Promise<Outcome> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lederbot-dedupe-'));
  writeFileSync(join(dataDir, 'roles.json'), JSON.stringify({
    cohorts: [{ cohortId: ILP, coordinators: [COORD.aadObjectId], nominators: [NOMINATOR.aadObjectId] }],
    people: NOMINEES.map((p) => ({ aadObjectId: p.aadObjectId, name: p.name })),
  }));
  for (const p of [COORD, NOMINATOR, ...NOMINEES, ...ASKERS]) world.tenant.installByUser(p.aadObjectId, p.id);
  const serviceUrl = world.serviceUrl;
  const env = (minutes: number): Record<string, string> => ({
    ...(withGraph ? world.botEnv() : {}), LEDERBOT_TEST_NOW: new Date(Date.parse(START) + minutes * 60_000).toISOString(), LOG_LEVEL: 'warn',
  });
  const isCard = (r: ReceivedActivity): boolean => r.conversationId === CHANNEL && JSON.stringify(r.activity).includes('nominations.approve');
  const cards = (): ReceivedActivity[] => world.teams.sentTo(CHANNEL).filter(isCard);

  let bot: BotProcess = await startBot(env(0), { dataDir, entry: CLOCKED_ENTRY });
  const inChannel = { conversationType: 'channel' as const, conversationId: `${CHANNEL};messageid=1700000000000`, teamId: TEAM, channelId: CHANNEL, teamAadGroupId: GROUP_ID };
  const r = await bot.post(message('registrer koordinatorkanal ilp-2021-2025', { serviceUrl, from: COORD, ...inChannel }));
  expect(r.status).toBe(200);

  const kills = [...KILL_AFTER_CARDS];
  let phase: 'running' | 'killing' | 'killed' = 'running';
  let killed = 0;
  world.teams.afterAccept = async (got) => {
    // Answers to questions (the askers' `a:` chats) are replies within a turn, not jobs; updates are not posts.
    if (got.method !== 'POST' || !got.conversationId.startsWith('19:')) return true;
    if (phase !== 'running') return false;
    if (isCard(got) && kills.length > 0 && cards().length >= kills[0]) {
      kills.shift();
      phase = 'killing';
      trace(`kill after ${cards().length} cards`);
      await bot.kill();
      killed += 1;
      phase = 'killed';
      return false; // Teams has the card; the bot never hears so.
    }
    await sleep(ANSWER_DELAY_MS);
    return true;
  };

  // 200 messages at once: 30 nominations and 170 questions; turns cut by a kill just fail, as in Teams.
  const load = [
    ...NOMINEES.map((n) => execute('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: n.aadObjectId, nomineeEmail: '', justification: 'God leder' },
      { serviceUrl, from: NOMINATOR })),
    ...Array.from({ length: 170 }, (_, i) => message(QUESTIONS[i % QUESTIONS.length], { serviceUrl, from: ASKERS[i % ASKERS.length] })),
  ];
  await Promise.allSettled(load.map((a) => bot.post(a)));
  trace(`load sent; ${cards().length} cards so far`);

  for (let restart = 1; kills.length > 0 || phase !== 'running'; restart += 1) {
    await until(`kill ${restart}`, () => phase === 'killed', 120_000);
    // Ten minutes on per restart: the dead process's leases (15 s) have run out, so its jobs are taken again.
    bot = await startBot(env(restart * 10), { dataDir, entry: CLOCKED_ENTRY });
    phase = 'running';
    trace(`restarted ${restart}; ${cards().length} cards`);
  }

  const store = new SqliteStore(join(dataDir, 'lederbot.sqlite'), () => new Date());
  const ids = (await store.list<{ id: string; nominee: { aadObjectId: string } }>('nomination')).map((e) => e.value);
  const cardsOf = (id: string): number => cards().filter((c) => JSON.stringify(c.activity).includes(id)).length;
  const noticesOf = (aad: string): number => world.teams.sentTo(world.tenant.chatIdOf(aad)).filter((x) => JSON.stringify(x.activity).includes('har nominert deg')).length;
  trace(`${ids.length} nominations; waiting for cards and notices`);
  await until('every nomination\'s card and notice', () => ids.every((n) => cardsOf(n.id) > 0 && noticesOf(n.nominee.aadObjectId) > 0), 120_000);
  // Time for a late retry that would double something to show.
  await sleep(4_000);
  const outcome: Outcome = {
    nominations: ids.length,
    cards: cards().length,
    doubledCards: ids.reduce((s, n) => s + Math.max(0, cardsOf(n.id) - 1), 0),
    notices: ids.reduce((s, n) => s + noticesOf(n.nominee.aadObjectId), 0),
    doubledNotices: ids.reduce((s, n) => s + Math.max(0, noticesOf(n.nominee.aadObjectId) - 1), 0),
    kills: killed,
  };
  world.teams.afterAccept = undefined;
  await bot.kill();
  await store.close();
  return outcome;
}

describe('no doubled cards after kill -9 under load', () => {
  let world: ReachWorld;
  beforeEach(async () => { world = await startReachWorld(); });
  afterEach(() => world.stop());

  it('with Graph configured: every card and notice exactly once across three crashes', async () => {
    const o = await crashRun(world, true);
    process.stdout.write(`post dedupe, Graph configured: ${JSON.stringify(o)}\n`);
    expect(o.kills).toBe(3);
    expect(o.nominations).toBeGreaterThanOrEqual(20);
    expect(o.doubledCards).toBe(0);
    expect(o.doubledNotices).toBe(0);
    expect(o.cards).toBe(o.nominations);
    // The retried posts looked in the channel (by its team's group id) and in the nominees' chats.
    expect(world.graph.requests.some((q) => q.path.startsWith(`/v1.0/teams/${GROUP_ID}/channels/`) && q.status === 200)).toBe(true);
  }, 420_000);

  it('without Graph (today\'s behaviour, the control): the crashes double posts', async () => {
    const o = await crashRun(world, false);
    process.stdout.write(`post dedupe, no Graph: ${JSON.stringify(o)}\n`);
    expect(o.kills).toBe(3);
    expect(o.doubledCards + o.doubledNotices).toBeGreaterThan(0);
    expect(world.graph.requests).toHaveLength(0);
  }, 420_000);
});
