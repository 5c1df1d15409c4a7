import { request } from 'node:http';
import { execute, message, user } from '../support/activities';
import { ConnectorEmulator } from '../support/connector-emulator';
import { startInProcessBot, type InProcessBot } from '../support/in-process-bot';
import { storeSnapshot } from './store-snapshot';

/**
 * The local anonymous endpoint against a web page the developer visits (issue 13, items 4, 5 and 7): a
 * text/plain "simple" POST, a page on a DNS-rebound name, and invokes the bot has no route for. Each is refused
 * before anything reaches the app: no reply to the serviceUrl the request names, nothing in the store.
 */
describe('the anonymous local endpoint', () => {
  const teams = new ConnectorEmulator();
  let bot: InProcessBot;
  let serviceUrl: string;
  let port: number;
  const u = user(401, 'Utvikler');

  beforeAll(async () => {
    serviceUrl = await teams.start();
    bot = await startInProcessBot();
    port = Number(new URL(bot.url).port);
    // One ordinary turn first, so the conversation is known and later refusals could only add to the store.
    expect((await bot.post(message('hjelp', { serviceUrl, from: u }))).status).toBe(200);
    await teams.waitFor(() => teams.received.length === 1, 5_000, 'help');
  });
  afterAll(async () => { await bot.stop(); await teams.stop(); });

  /** A raw request, so that Host and Origin are exactly what a browser would send. */
  const raw = (body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> => new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { 'Content-Length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => { text += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
  const hi = () => JSON.stringify(message('hjelp', { serviceUrl, from: u }));

  it.each([
    ['a text/plain POST (no CORS preflight)', { 'Content-Type': 'text/plain;charset=UTF-8', Host: 'localhost' }, 415],
    ['a form POST', { 'Content-Type': 'application/x-www-form-urlencoded', Host: 'localhost' }, 415],
    ['a POST without Content-Type', { Host: 'localhost' }, 415],
    ['JSON from a web page (Origin)', { 'Content-Type': 'application/json', Origin: 'https://evil.example', Host: 'localhost' }, 403],
    ['JSON to a DNS-rebound name', { 'Content-Type': 'application/json', Host: 'rebind.attacker.example:3978' }, 403],
    ['JSON to a name that only starts with 127.', { 'Content-Type': 'application/json', Host: '127.attacker.example' }, 403],
  ])('refuses %s and changes nothing', async (_name, headers, status) => {
    const before = storeSnapshot(bot.dataDir);
    teams.reset();
    const r = await raw(hi(), headers);
    expect(r.status).toBe(status);
    await new Promise((res) => setTimeout(res, 100));
    expect(teams.received).toHaveLength(0);
    expect(storeSnapshot(bot.dataDir)).toBe(before);
  });

  it('still answers JSON from a local client on a loopback Host (127.0.0.0/8, [::1], localhost)', async () => {
    for (const host of [`127.0.0.1:${port}`, `127.0.0.2:${port}`, `[::1]:${port}`, `localhost:${port}`]) {
      teams.reset();
      const r = await raw(hi(), { 'Content-Type': 'application/json; charset=utf-8', Host: host });
      expect(r.status).toBe(200);
      await teams.waitFor(() => teams.received.length === 1, 5_000, `reply via ${host}`);
    }
  });

  it('answers every invoke: unknown names, verbs and values get a 400 error in the user\'s language, and change nothing', async () => {
    const before = storeSnapshot(bot.dataDir);
    teams.reset();
    const base = execute('checkins.answer', {}, { serviceUrl, from: u });
    // Someone who has written nothing yet: their client's locale decides (u's kept bokmål would win over it).
    const fresh = execute('checkins.answer', {}, { serviceUrl, from: user(777, 'Ny Bruker') });
    const cases: Array<[Record<string, unknown>, 'nb' | 'en']> = [
      [{ ...base, name: 'composeExtension/query', value: { commandId: 'x' } }, 'nb'],
      [{ ...fresh, name: 'task/fetch', value: null, locale: 'en-US' }, 'en'],
      [{ ...base, value: { action: { type: 'Action.Execute', verb: 'nope.unknown', data: {} } } }, 'nb'],
      [{ ...base, value: [1, 2, 3] }, 'nb'],
      [{ ...fresh, value: 'approve everything', locale: 'en-GB' }, 'en'],
      [{ ...base, value: null }, 'nb'],
      [{ ...base, value: { action: { type: 'Action.Submit', verb: 'checkins.answer', data: {} } } }, 'nb'],
    ];
    for (const [activity, lang] of cases) {
      const r = await bot.post(activity);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({
        statusCode: 400, type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: lang === 'nb' ? expect.stringContaining('Lederbot forstår ikke denne handlingen') : expect.stringContaining('Lederbot does not understand this action') },
      });
    }
    await new Promise((res) => setTimeout(res, 100));
    expect(teams.received).toHaveLength(0);
    expect(storeSnapshot(bot.dataDir)).toBe(before);
  });
});
