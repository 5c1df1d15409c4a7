import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store';
import { botAdded, message, TENANT, user } from '../support/activities';
import { ENTRY, ROOT, startBot, type BotProcess } from '../support/bot-process';
import { ConnectorEmulator } from '../support/connector-emulator';

/** The real server process over HTTP, with the Bot Connector emulator playing Teams. */
describe('bot process (foundation)', () => {
  const teams = new ConnectorEmulator();
  let bot: BotProcess;
  let serviceUrl: string;

  beforeAll(async () => {
    serviceUrl = await teams.start();
    bot = await startBot({ MAX_BODY_BYTES: String(64 * 1024) });
  });
  afterAll(async () => {
    await bot.stop();
    await teams.stop();
  });
  beforeEach(() => teams.reset());

  const cardOf = (a: Record<string, unknown>): Record<string, unknown> | undefined =>
    (a.attachments as Array<{ contentType: string; content: Record<string, unknown> }> | undefined)
      ?.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')?.content;

  it('is healthy once listening', async () => {
    const r = await fetch(`${bot.url}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok' });
  });

  it('greets in bokmål when installed in personal scope, and stores the conversation reference', async () => {
    const u = user(11, 'Kari Nordmann');
    const r = await bot.post(botAdded({ serviceUrl, from: u, locale: 'nb-NO' }));
    expect(r.status).toBe(200);
    await teams.waitFor(() => teams.received.length > 0, 5_000, 'welcome');
    const [welcome] = teams.received;
    expect(welcome.conversationId).toBe(`a:personal-${u.aadObjectId}`);
    expect(JSON.stringify(cardOf(welcome.activity))).toContain('Hei, jeg er Lederbot!');
    expect(String(welcome.activity.summary)).toMatch(/hjelp/);
  });

  it('greets in English for an English locale when added to a team', async () => {
    await bot.post(botAdded({ serviceUrl, from: user(12), locale: 'en-US', conversationType: 'channel', teamId: '19:team@thread.tacv2' }));
    await teams.waitFor(() => teams.received.length > 0, 5_000, 'welcome');
    expect(JSON.stringify(cardOf(teams.received[0].activity))).toContain('Hi, I am Lederbot!');
  });

  it('answers hjelp in bokmål and help in English', async () => {
    await bot.post(message('hjelp', { serviceUrl, locale: 'en-US' }));
    await bot.post(message('help', { serviceUrl, locale: 'nb-NO' }));
    await teams.waitFor(() => teams.received.length >= 2, 5_000, 'help replies');
    const texts = teams.received.map((r) => JSON.stringify(cardOf(r.activity)));
    expect(texts.some((t) => t.includes('Dette kan jeg hjelpe med'))).toBe(true);
    expect(texts.some((t) => t.includes('Here is what I can help with'))).toBe(true);
  });

  it('refuses text over the limit politely, in the language written', async () => {
    const r = await bot.post(message(`What ${'is this '.repeat(400)}`, { serviceUrl, locale: 'nb-NO' }));
    expect(r.status).toBe(200);
    await teams.waitFor(() => teams.received.length > 0, 5_000, 'refusal');
    expect(String(teams.received[0].activity.text)).toMatch(/too long/);
  });

  it('answers 400 to malformed JSON and to a body that is not an activity, 413 to a huge body', async () => {
    const bad = await bot.postRaw('{"type": "message",');
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/not valid JSON/);
    const notActivity = await bot.post({ hello: 'world' });
    expect(notActivity.status).toBe(400);
    expect(notActivity.text).toMatch(/not an activity/);
    const badUrl = await bot.post({ ...message('hei', { serviceUrl }), serviceUrl: 'not a url' });
    expect(badUrl.status).toBe(400);
    const huge = await bot.postRaw(JSON.stringify({ ...message('x', { serviceUrl }), pad: 'x'.repeat(100 * 1024) }));
    expect(huge.status).toBe(413);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect(teams.received).toHaveLength(0);
  });

  it('ignores unknown activity types and stores nothing for them', async () => {
    const odd = { ...message('x', { serviceUrl, conversationId: 'a:odd-conversation' }), type: 'somethingNew' };
    const r = await bot.post(odd);
    expect(r.status).toBeLessThan(300);
    expect(teams.received).toHaveLength(0);
  });

  it('keeps what it stored across a graceful restart (SIGTERM exits 0)', async () => {
    const u = user(13);
    await bot.post(message('hjelp', { serviceUrl, from: u }));
    await teams.waitFor(() => teams.received.length > 0, 5_000, 'reply');
    const dataDir = bot.dataDir;
    expect(await bot.stop()).toBe(0);
    const store = new SqliteStore(join(dataDir, 'lederbot.sqlite'));
    const ref = await store.get('conversation', `a:personal-${u.aadObjectId}`);
    expect(ref?.value).toMatchObject({ reachable: true, ref: { serviceUrl, tenantId: TENANT, conversationType: 'personal', userAadId: u.aadObjectId } });
    expect(await store.get('conversation', 'a:odd-conversation')).toBeUndefined();
    expect((await store.get('personal-conversation', u.aadObjectId))?.value).toBe(`a:personal-${u.aadObjectId}`);
    await store.close();
    bot = await startBot({}, { dataDir });
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});

describe('bot process start-up checks', () => {
  const run = (env: Record<string, string>): Promise<{ code: number | null; out: string }> => new Promise((resolve) => {
    const child = spawn(process.execPath, [ENTRY], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('exit', (code) => resolve({ code, out }));
  });

  it('stops with one clear message naming each bad setting, without the secret', async () => {
    const r = await run({ PORT: 'eighty', BOT_ID: 'x', BOT_PASSWORD: 'top-secret-value' });
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/PORT/);
    expect(r.out).toMatch(/BOT_TENANT_ID/);
    expect(r.out).not.toMatch(/top-secret-value/);
  });

  it('refuses to listen anonymously on a non-loopback address', async () => {
    const r = await run({ HOST: '0.0.0.0', PORT: '0' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/HOST: 0\.0\.0\.0 .*ALLOW_ANONYMOUS_NON_LOOPBACK/);
  });
});
