import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute, message, submit, user, type TestUser } from '../support/activities';
import { assertValidCard } from '../support/card-validation';
import { ConnectorEmulator, type ReceivedActivity } from '../support/connector-emulator';
import { startInProcessBot, type InProcessBot } from '../support/in-process-bot';
import { cardOf, COORD, defaultRoles, personalId, visible, type Card, type InvokeAnswer } from '../nominations/nominations-harness';

/**
 * Check-ins through the real /api/messages path on the LEDPRO 1 2024 cohort: gatherings 15–16 February,
 * 4–5 April and 15–16 May 2024, so round 1 is posted 23 February 09:00 Oslo, reminded 26 February and digested
 * 2 April 09:00 (summer time); round 2 is posted 12 April 09:00.
 */
const COHORT = 'ledpro-1-2024';
const ROUND1 = `${COHORT}.after-1`;
const ROUND2 = `${COHORT}.after-2`;
const GROUP_CHAT = '19:basisgruppe-a@thread.v2';
const GROUP_ID = `${COHORT}.gruppe-a`;
const M1 = user(201, 'Anne Andersen');
const M2 = user(202, 'Bjørn Berg');
const M3 = user(203, 'Cecilie Dahl');
const M4 = user(204, 'David Evans');
const STRANGER = user(299, 'Sara Fremmed');

interface World {
  readonly teams: ConnectorEmulator;
  readonly bot: InProcessBot;
  readonly serviceUrl: string;
}

async function startWorld(env?: Record<string, string>): Promise<World> {
  const teams = new ConnectorEmulator();
  const serviceUrl = await teams.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'lederbot-checkins-'));
  writeFileSync(join(dataDir, 'roles.json'), JSON.stringify(defaultRoles));
  const bot = await startInProcessBot({ dataDir, now: '2024-02-01T09:00:00Z', ...(env ? { env } : {}) });
  return { teams, bot, serviceUrl };
}

const inGroup = (w: World, conversationId: string, from: TestUser, locale = 'nb-NO') => ({
  serviceUrl: w.serviceUrl, from, locale, conversationType: 'groupChat' as const, conversationId,
});

async function say(w: World, text: string, from: TestUser, where?: { conversationId: string; locale?: string }): Promise<void> {
  const o = where ? inGroup(w, where.conversationId, from, where.locale) : { serviceUrl: w.serviceUrl, from, locale: 'nb-NO' };
  const r = await w.bot.post(message(text, o));
  if (r.status !== 200) throw new Error(`message answered ${r.status}: ${r.text}`);
}

async function invoke(w: World, verb: string, data: Record<string, unknown>, from: TestUser, locale = 'nb-NO'): Promise<Card> {
  const r = await w.bot.post(execute(verb, data, inGroup(w, GROUP_CHAT, from, locale)));
  if (r.status !== 200) throw new Error(`invoke answered ${r.status}: ${r.text}`);
  return (r.body as InvokeAnswer).value;
}

const roster = (...people: TestUser[]) => people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
const textOf = (a: ReceivedActivity): string => `${typeof a.activity.text === 'string' ? a.activity.text : ''}\n${visible(cardOf(a))}`;
const drain = (w: World): Promise<number> => w.bot.app.runner.drain();
const answersInStore = async (w: World): Promise<string> => JSON.stringify(await w.bot.app.context.store.list('checkin-answer'));
/** The 1:1 chat the bot opened with a user (createConversation), found by the member it was opened with. */
const createdFor = (w: World, u: TestUser): string | undefined =>
  w.teams.created.find((c) => (c.body.members as Array<{ id: string }>)[0]?.id === u.id)?.id;
const inputValue = (card: Card, id: string): unknown =>
  (card.body as Array<Record<string, unknown>>).find((e) => e.id === id)?.value;

describe('check-ins end to end', () => {
  let w: World;
  beforeAll(async () => { w = await startWorld(); });
  afterAll(async () => { await w.bot.stop(); await w.teams.stop(); });

  it('lets a coordinator preview and link a group chat', async () => {
    await say(w, 'sjekk inn plan ledpro-1-2024', COORD);
    const [planMessage] = w.teams.sentTo(personalId(COORD));
    const plan = visible(cardOf(planMessage));
    // A card in words and Oslo time; the round id only where the typed commands need it.
    expect(plan).toContain('Runde 1: etter Samling 1\nPostes\n23. februar 2024 kl. 09:00\nPåminnelse\n26. februar 2024 kl. 09:00\nOppsummering og svarfrist\n2. april 2024 kl. 09:00\nStatus\nPlanlagt');
    expect(plan).toContain(`Runde-id (for kommandoer): ${ROUND1}`);
    expect(plan).toContain('Runde 2: etter Samling 2\nPostes\n12. april 2024 kl. 09:00');
    // Times that fell on a weekend or in the summer break are moved to the next working day, and the preview says so.
    expect(plan).toContain('Påminnelse\n27. mai 2024 kl. 09:00');
    expect(plan).toContain('flyttet til en virkedag: påminnelse fra 26. mai 2024, helg');
    expect(plan).toContain('Påminnelse\n1. august 2024 kl. 09:00');
    expect(plan).toContain('påminnelse fra 1. juli 2024, pause i juli');
    expect(plan).toContain('Sjekk-inner, påminnelser og oppsummeringer sendes på virkedager kl. 09:00: aldri i helger, på helligdager eller i juli');
    expect(plan).toContain('4. oktober 2024 kl. 09:00');
    expect(plan).toContain('oppsummering fra 5. oktober 2024, helg');

    w.teams.setMembers(GROUP_CHAT, roster(COORD, M1, M2, M3, M4));
    await say(w, 'koble basisgruppe ledpro-1-2024 Gruppe A', COORD, { conversationId: GROUP_CHAT });
    const reply = w.teams.sentTo(GROUP_CHAT).map(textOf).join('\n');
    expect(reply).toContain('Basisgruppen «Gruppe A» i LEDPRO 1 – 2024 er koblet med 4 medlemmer.');
    expect(reply).toContain('Fasilitator: Kari Koordinator.');
    expect(reply).toContain('postes 23. februar 2024 kl. 09:00');
  });

  it('posts the card once at 09:00 Oslo on 23 February', async () => {
    const before = w.teams.sentTo(GROUP_CHAT).length;
    w.bot.clock.set('2024-02-23T07:59:00Z');
    await drain(w);
    expect(w.teams.sentTo(GROUP_CHAT)).toHaveLength(before);
    w.bot.clock.set('2024-02-23T08:00:00Z');
    await drain(w);
    await drain(w);
    const posts = w.teams.sentTo(GROUP_CHAT).slice(before);
    expect(posts).toHaveLength(1);
    const card = cardOf(posts[0]);
    expect(() => assertValidCard(card)).not.toThrow();
    expect(visible(card)).toContain('Refleksjon etter samling 1');
    expect(visible(card)).toContain('0 av 4 har svart');
    expect(visible(card)).toContain('2. april 2024 kl. 09:00');
    expect((card?.refresh as { userIds: string[] }).userIds.sort()).toEqual([M1.id, M2.id, M3.id, M4.id].sort());
  });

  it('takes answers from members only, each seeing their own', async () => {
    const first = await invoke(w, 'checkins.answer', { groupId: GROUP_ID, roundId: ROUND1, lang: 'nb', text: 'Jeg vil jobbe med *møtekultur*.' }, M1);
    expect(visible(first)).toContain('Takk! Svaret ditt er lagret.');
    expect(visible(first)).toContain('1 av 4 har svart');
    const second = await invoke(w, 'checkins.answer', { groupId: GROUP_ID, roundId: ROUND1, lang: 'nb', text: 'Delegering i teamet.' }, M2);
    expect(() => assertValidCard(second)).not.toThrow();
    expect(visible(second)).toContain('2 av 4 har svart');
    expect(inputValue(second, 'text')).toBe('Delegering i teamet.');
    // Answers stay private until the digest (shareAnswersBeforeDigest is false for LEDPRO).
    expect(visible(second)).not.toContain('møtekultur');

    const stored = await answersInStore(w);
    const forged = await invoke(w, 'checkins.answer', { groupId: GROUP_ID, roundId: ROUND1, lang: 'nb', text: 'Forfalsket', aadObjectId: M3.aadObjectId }, STRANGER);
    expect(visible(forged)).toContain('Bare medlemmer av basisgruppen kan svare');
    expect(await answersInStore(w)).toBe(stored);

    // David's Teams speaks English: his own view comes in English, and the bot learns his locale.
    const own = await invoke(w, 'checkins.refresh', { groupId: GROUP_ID, roundId: ROUND1 }, M4, 'en-US');
    expect(visible(own)).toContain('2 of 4 have answered');
    expect(inputValue(own, 'text')).toBe('');
  });

  it('reminds the two who have not answered 1:1, in the language each chose, whatever their Teams locale', async () => {
    // Cecilie's Teams is Norwegian but she reads English; David's Teams is English but he writes bokmål.
    await say(w, 'language english', M3, { conversationId: GROUP_CHAT });
    await say(w, 'språk norsk', M4, { conversationId: GROUP_CHAT, locale: 'en-US' });
    w.bot.clock.set('2024-02-26T08:00:00Z');
    await drain(w);
    await drain(w);
    const m3 = createdFor(w, M3);
    const m4 = createdFor(w, M4);
    expect(m3 && m4).toBeTruthy();
    expect(createdFor(w, M1)).toBeUndefined();
    expect(createdFor(w, M2)).toBeUndefined();
    const toM3 = w.teams.sentTo(m3 ?? '');
    const toM4 = w.teams.sentTo(m4 ?? '');
    expect(toM3).toHaveLength(1);
    expect(toM4).toHaveLength(1);
    expect(textOf(toM3[0])).toContain('Reminder: your base group Gruppe A is waiting for your reflection');
    expect(textOf(toM4[0])).toContain('Påminnelse: basisgruppen Gruppe A venter på refleksjonen din');
    expect(() => assertValidCard(cardOf(toM4[0]))).not.toThrow();
  });

  it('posts the digest to the group and the facilitator, closes the card, and never sends twice', async () => {
    const postId = w.teams.sentTo(GROUP_CHAT).find((a) => visible(cardOf(a)).includes('Refleksjon etter samling 1'))?.assignedId ?? '';
    const before = w.teams.sentTo(GROUP_CHAT).length;
    w.bot.clock.set('2024-04-02T07:00:00Z');
    await drain(w);
    const digest = w.teams.sentTo(GROUP_CHAT).slice(before);
    expect(digest).toHaveLength(1);
    expect(() => assertValidCard(cardOf(digest[0]))).not.toThrow();
    const shown = visible(cardOf(digest[0]));
    expect(shown).toContain('Oppsummering: refleksjon etter samling 1');
    expect(shown).toContain('2 av 4 svarte');
    expect(shown).toContain('Jeg vil jobbe med *møtekultur*.');
    expect(shown).toContain('Har ikke svart: Cecilie Dahl, David Evans');
    const toFacilitator = w.teams.sentTo(personalId(COORD)).map(textOf).filter((t) => t.includes('Oppsummering: refleksjon'));
    expect(toFacilitator).toHaveLength(1);
    expect(toFacilitator[0]).toContain('Til deg som fasilitator for Gruppe A.');
    const updates = w.teams.updatesOf(postId);
    expect(updates).toHaveLength(1);
    expect(visible(cardOf(updates[0]))).toContain('Runden er avsluttet.');

    const count = w.teams.received.length;
    await drain(w);
    await drain(w);
    expect(w.teams.received).toHaveLength(count);
  });

  it('waits out a 429 Retry-After and then posts round 2 once', async () => {
    const before = w.teams.sentTo(GROUP_CHAT).length;
    // The Bot Connector client itself retries a 429 three times, sleeping Retry-After in real time; the fourth
    // 429 reaches the job runner, which waits Retry-After on the bot's clock before the next attempt.
    w.teams.inject({ status: 429, retryAfter: 1, conversationId: GROUP_CHAT, times: 4 });
    w.bot.clock.set('2024-04-12T07:00:00Z');
    await drain(w);
    expect(w.teams.sentTo(GROUP_CHAT)).toHaveLength(before);
    const [job] = await w.bot.app.context.store.jobs.list({ keyPrefix: `checkins.post:${GROUP_ID}:${ROUND2}` });
    expect(job.status).toBe('pending');
    expect(job.attempts).toBe(1);
    expect(job.runAt.getTime()).toBeGreaterThanOrEqual(Date.parse('2024-04-12T07:00:01Z'));
    await drain(w);
    expect(w.teams.sentTo(GROUP_CHAT)).toHaveLength(before);
    w.bot.clock.set(job.runAt);
    await drain(w);
    await drain(w);
    const posts = w.teams.sentTo(GROUP_CHAT).slice(before);
    expect(posts).toHaveLength(1);
    const card = cardOf(posts[0]);
    expect(() => assertValidCard(card)).not.toThrow();
    expect(visible(card)).toContain('Refleksjon etter samling 2');
    const choice = (card?.body as Array<Record<string, unknown>>).find((e) => e.id === 'progress');
    expect(choice).toMatchObject({ type: 'Input.ChoiceSet', label: 'Hvor langt har du kommet med utprøvingen?', value: '' });

    const answered = await invoke(w, 'checkins.answer', { groupId: GROUP_ID, roundId: ROUND2, lang: 'nb', text: '', progress: 'started' }, M3);
    // Cecilie chose English: her own view is English although the card was drawn in bokmål.
    expect(visible(answered)).toContain('1 of 4 have answered');
    expect((answered.body as Array<Record<string, unknown>>).find((e) => e.id === 'progress')?.value).toBe('started');

    // An old client's Action.Submit answer is confirmed by a message everyone sees: the count, nobody's answer.
    const seen = w.teams.sentTo(GROUP_CHAT).length;
    await w.bot.post(submit({ verb: 'checkins.answer', groupId: GROUP_ID, roundId: ROUND2, lang: 'nb', text: 'Hemmelig notat' }, inGroup(w, GROUP_CHAT, M4)));
    const confirmation = w.teams.sentTo(GROUP_CHAT).slice(seen).map(textOf).join('\n');
    expect(confirmation).toContain('2 av 4 har svart');
    expect(confirmation).not.toContain('Hemmelig notat');
  });
  it('follows people joining and leaving the group chat, ignoring the bot itself', async () => {
    const M5 = user(205, 'Eva Fjeld');
    const update = (change: Record<string, unknown>) => ({
      ...message('', inGroup(w, GROUP_CHAT, M1)), type: 'conversationUpdate', text: undefined, ...change,
    });
    const members = async (): Promise<string[]> => {
      const e = await w.bot.app.context.store.get('base-group', GROUP_ID);
      return (e?.value as { members: Array<{ name: string }> }).members.map((m) => m.name);
    };
    expect((await w.bot.post(update({ membersAdded: [{ id: M5.id, name: M5.name, aadObjectId: M5.aadObjectId }, { id: '28:lederbot' }] }))).status).toBe(200);
    expect(await members()).toContain('Eva Fjeld');
    expect((await w.bot.post(update({ membersRemoved: [{ id: M2.id, aadObjectId: M2.aadObjectId }] }))).status).toBe(200);
    expect(await members()).toEqual(['Anne Andersen', 'Cecilie Dahl', 'David Evans', 'Eva Fjeld']);
  });
});

describe('check-ins in a group the bot was removed from', () => {
  let w: World;
  beforeAll(async () => { w = await startWorld(); });
  afterAll(async () => { await w.bot.stop(); await w.teams.stop(); });

  it('marks the group unreachable and alerts the coordinator once, without retrying', async () => {
    const chat = '19:basisgruppe-b@thread.v2';
    await say(w, 'sjekk inn plan ledpro-1-2024', COORD);
    w.teams.setMembers(chat, roster(COORD, M1, M2, M3));
    await say(w, 'link base group ledpro-1-2024 Gruppe B', COORD, { conversationId: chat, locale: 'en-US' });
    expect(w.teams.sentTo(chat).map(textOf).join('\n')).toContain('The base group "Gruppe B" in LEDPRO 1 – 2024 is linked with 3 members.');
    const linkedReplies = w.teams.sentTo(chat).length;
    w.teams.blocked.set(chat, 'BotNotInConversationRoster');

    w.bot.clock.set('2024-02-23T08:00:00Z');
    await drain(w);
    await drain(w);
    const ctx = w.bot.app.context;
    expect((await ctx.conversations.get(chat))?.reachable).toBe(false);
    const group = await ctx.store.get('base-group', `${COHORT}.gruppe-b`);
    expect((group?.value as { reachable?: boolean } | undefined)?.reachable).toBe(false);
    const alerts = w.teams.sentTo(personalId(COORD)).map(textOf).filter((t) => t.includes('Gruppe B'));
    expect(alerts).toHaveLength(1);
    const [post] = await ctx.store.jobs.list({ keyPrefix: `checkins.post:${COHORT}.gruppe-b:${ROUND1}` });
    expect(post.status).toBe('done');
    expect(post.attempts).toBe(1);
    expect(await ctx.store.jobs.list({ status: 'dead' })).toEqual([]);
    expect(w.teams.sentTo(chat)).toHaveLength(linkedReplies);

    // Reminder and digest find the group unreachable: nothing is sent there, nothing is retried.
    w.bot.clock.set('2024-04-02T07:00:00Z');
    const count = w.teams.received.length;
    await drain(w);
    expect(w.teams.received.filter((r) => r.conversationId === chat)).toHaveLength(linkedReplies);
    expect(w.teams.received).toHaveLength(count);
  });
});

describe('a check-in that Teams keeps failing', () => {
  let w: World;
  beforeAll(async () => { w = await startWorld({ JOB_MAX_ATTEMPTS: '3' }); });
  afterAll(async () => { await w.bot.stop(); await w.teams.stop(); });

  it('is retried with backoff, then given up on, and the coordinator is told which task once', async () => {
    const chat = '19:basisgruppe-c@thread.v2';
    await say(w, 'sjekk inn plan ledpro-1-2024', COORD);
    w.teams.setMembers(chat, roster(COORD, M1, M2, M3));
    await say(w, 'koble basisgruppe ledpro-1-2024 Gruppe C', COORD, { conversationId: chat });
    const replies = w.teams.sentTo(chat).length;
    w.teams.inject({ status: 502, conversationId: chat, times: 1000 });

    w.bot.clock.set('2024-02-23T08:00:00Z');
    const key = `checkins.post:${COHORT}.gruppe-c:${ROUND1}`;
    const runAts: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await drain(w);
      const [job] = await w.bot.app.context.store.jobs.list({ keyPrefix: key });
      if (job.status !== 'pending') break;
      runAts.push(job.runAt.getTime());
      w.bot.clock.set(job.runAt);
    }
    const [post] = await w.bot.app.context.store.jobs.list({ keyPrefix: key });
    expect(post).toMatchObject({ status: 'dead', attempts: 3 });
    // Each retry waited longer than the one before (exponential backoff on the bot's clock).
    expect(runAts).toHaveLength(2);
    expect(runAts[1] - Date.parse('2024-02-23T08:00:00Z')).toBeGreaterThan(runAts[0] - Date.parse('2024-02-23T08:00:00Z'));
    await drain(w);
    await drain(w);
    const alerts = w.teams.sentTo(personalId(COORD)).map(textOf).filter((t) => t.includes('ga opp etter 3 forsøk'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain('utsending av sjekk-inn til en basisgruppe (Gruppe C)');
    expect(w.teams.sentTo(chat)).toHaveLength(replies);
  });
});
