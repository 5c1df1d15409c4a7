import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { message, TENANT, user } from '../support/activities';
import { ConnectorEmulator } from '../support/connector-emulator';
import { startInProcessBot, type InProcessBot } from '../support/in-process-bot';
import { NoSignInCredentials } from '../support/no-sign-in-credentials';
import { OpenIdServer } from '../support/openid-server';

const APP_ID = '9b1f5c5e-0000-4000-8000-00000000b07d';

/** The authenticated path: each token verified once (by the server), connector clients reused across turns. */
describe.each([
  ['msteams', ['msteams']],
  ['skype only', ['skype']],
])('JWT on, signing key endorsed for %s', (name, endorsements) => {
  const idp = new OpenIdServer({ endorsements });
  const teams = new ConnectorEmulator();
  let bot: InProcessBot;
  let serviceUrl: string;
  const spies: Array<jest.SpyInstance> = [];
  const proto = ConfigurationBotFrameworkAuthentication.prototype;

  beforeAll(async () => {
    await idp.start();
    serviceUrl = await teams.start();
    bot = await startInProcessBot({
      env: {
        BOT_ID: APP_ID, BOT_PASSWORD: 'unused-in-tests', BOT_TENANT_ID: TENANT,
        BOT_OPENID_METADATA_URL: idp.metadataUrl, BOT_TOKEN_ISSUER: idp.issuer, HOST: '127.0.0.1',
      },
      appOptions: { credentialsFactory: new NoSignInCredentials(APP_ID) },
    });
    spies.push(jest.spyOn(proto, 'authenticateRequest'), jest.spyOn(proto, 'createConnectorFactory'), jest.spyOn(proto, 'createUserTokenClient'));
  });
  afterAll(async () => {
    for (const s of spies) s.mockRestore();
    await bot.stop();
    await teams.stop();
    await idp.stop();
  });
  beforeEach(() => teams.reset());

  const post = async (text: string, n: number, token: string): Promise<number> =>
    (await bot.post(message(text, { serviceUrl, from: user(n) }), { Authorization: `Bearer ${token}` })).status;

  if (name === 'msteams') {
    it('answers many turns with one verification each and one connector and token client in all', async () => {
      const token = await idp.token({ audience: APP_ID, serviceUrl });
      const statuses = await Promise.all([1, 2, 3, 1, 2, 3].map((n, i) => post(i % 2 ? 'hjelp' : 'når er neste samling i LEDPRO?', n, token)));
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
      await teams.waitFor(() => teams.received.length === 6, 5_000, 'six replies');
      expect(new Set(teams.received.map((r) => r.conversationId)).size).toBe(3);
      const [authenticate, connectorFactory, tokenClient] = spies;
      expect(authenticate).not.toHaveBeenCalled(); // botbuilder did not verify the token a second time
      expect(connectorFactory).toHaveBeenCalledTimes(1);
      expect(tokenClient).toHaveBeenCalledTimes(1);
    });

    it('still refuses a token without a serviceurl claim (botbuilder\'s check) and sends nothing', async () => {
      const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined); // botbuilder logs refusals
      try {
        expect(await post('hjelp', 1, await idp.token({ audience: APP_ID, serviceUrl: undefined }))).toBe(401);
      } finally {
        quiet.mockRestore();
      }
      await new Promise((r) => setTimeout(r, 100));
      expect(teams.received).toHaveLength(0);
    });
  } else {
    it('refuses a token signed by a key not endorsed for Teams and sends nothing', async () => {
      const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        expect(await post('hjelp', 1, await idp.token({ audience: APP_ID, serviceUrl }))).toBe(401);
      } finally {
        quiet.mockRestore();
      }
      await new Promise((r) => setTimeout(r, 100));
      expect(teams.received).toHaveLength(0);
    });
  }
});
