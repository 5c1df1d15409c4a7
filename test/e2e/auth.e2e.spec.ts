import { generateKeyPair } from 'jose';
import { MicrosoftAppCredentials, ServiceClientCredentialsFactory, type ServiceClientCredentials } from 'botframework-connector';
import { message, TENANT } from '../support/activities';
import { ConnectorEmulator } from '../support/connector-emulator';
import { startInProcessBot, type InProcessBot } from '../support/in-process-bot';
import { OpenIdServer } from '../support/openid-server';

/** Replies without signing in: there is no token service to reach from here (see notes/toolchain.md). */
class NoSignInCredentials extends ServiceClientCredentialsFactory {
  isValidAppId(): Promise<boolean> { return Promise.resolve(true); }
  isAuthenticationDisabled(): Promise<boolean> { return Promise.resolve(false); }
  createCredentials(): Promise<ServiceClientCredentials> { return Promise.resolve(MicrosoftAppCredentials.Empty); }
}

const APP_ID = '9b1f5c5e-0000-4000-8000-00000000b07d';

describe('JWT validation of incoming activities', () => {
  const idp = new OpenIdServer();
  const teams = new ConnectorEmulator();
  let bot: InProcessBot;
  let serviceUrl: string;

  beforeAll(async () => {
    await idp.start();
    serviceUrl = await teams.start();
    bot = await startInProcessBot({
      env: {
        BOT_ID: APP_ID, BOT_PASSWORD: 'unused-in-tests', BOT_TENANT_ID: TENANT,
        BOT_OPENID_METADATA_URL: idp.metadataUrl, BOT_TOKEN_ISSUER: idp.issuer, HOST: '127.0.0.1',
        ALLOWED_TENANT_IDS: TENANT,
      },
      appOptions: { credentialsFactory: new NoSignInCredentials() },
    });
  });
  afterAll(async () => {
    await bot.stop();
    await teams.stop();
    await idp.stop();
  });
  beforeEach(() => teams.reset());

  const send = async (token: string | undefined, body = message('hjelp', { serviceUrl })) =>
    bot.post(body, token === undefined ? {} : { Authorization: `Bearer ${token}` });

  it('accepts a valid token and answers', async () => {
    const r = await send(await idp.token({ audience: APP_ID, serviceUrl }));
    expect(r.status).toBe(200);
    await teams.waitFor(() => teams.received.length === 1, 5_000, 'reply');
  });

  it.each([
    ['missing token', () => Promise.resolve(undefined)],
    ['expired token', () => idp.token({ audience: APP_ID, serviceUrl, expiresIn: Math.floor(Date.now() / 1000) - 3600 })],
    ['wrong audience', () => idp.token({ audience: 'someone-else', serviceUrl })],
    ['wrong issuer', () => idp.token({ audience: APP_ID, serviceUrl, issuer: 'https://evil.example' })],
    ['wrong signing key', async () => idp.token({ audience: APP_ID, serviceUrl, key: (await generateKeyPair('RS256')).privateKey })],
    ['unknown key id', () => idp.token({ audience: APP_ID, serviceUrl, kid: 'nope' })],
    ['serviceurl of another service', () => idp.token({ audience: APP_ID, serviceUrl: 'https://smba.example/other/' })],
    ['garbage', () => Promise.resolve('not.a.jwt')],
    // Stricter than a signature check alone, as botbuilder's channel validation is (issue 13, item 8):
    ['token signed with RS384 by the channel key', () => idp.token({ audience: APP_ID, serviceUrl, alg: 'RS384' })],
    ['token signed with PS256 by the channel key', () => idp.token({ audience: APP_ID, serviceUrl, alg: 'PS256' })],
    ['token without a serviceurl claim', () => idp.token({ audience: APP_ID })],
    ['token signed by a key endorsed only for another channel', () => idp.token({ audience: APP_ID, serviceUrl, signer: 'webchat' })],
  ])('refuses a %s with 401 and does nothing', async (_name, make) => {
    const r = await send(await make());
    expect(r.status).toBe(401);
    expect(r.text).not.toMatch(/stack|Error:/);
    await new Promise((res) => setTimeout(res, 100));
    expect(teams.received).toHaveLength(0);
  });

  it('refuses an activity claiming a channel the signing key is not endorsed for', async () => {
    const fromWebchat = { ...message('hjelp', { serviceUrl }), channelId: 'webchat' };
    const r = await send(await idp.token({ audience: APP_ID, serviceUrl }), fromWebchat);
    expect(r.status).toBe(401);
    await new Promise((res) => setTimeout(res, 100));
    expect(teams.received).toHaveLength(0);
    // The Web Chat key signs Web Chat activities: the check is the endorsement, not the key as such.
    const own = await send(await idp.token({ audience: APP_ID, serviceUrl, signer: 'webchat' }), fromWebchat);
    expect(own.status).toBe(200);
  });

  it('refuses activities from a tenant outside the allow-list with 403', async () => {
    const other = message('hjelp', { serviceUrl, tenantId: '11111111-2222-3333-4444-555555555555' });
    const r = await send(await idp.token({ audience: APP_ID, serviceUrl }), other);
    expect(r.status).toBe(403);
    expect(teams.received).toHaveLength(0);
  });

  it('never logs the token', async () => {
    const token = await idp.token({ audience: APP_ID, serviceUrl, issuer: 'https://evil.example' });
    await send(token);
    expect(JSON.stringify(bot.logger.lines)).not.toContain(token.split('.')[2]);
  });
});
