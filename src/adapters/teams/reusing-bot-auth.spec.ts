import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import type { ClaimsIdentity } from 'botframework-connector';
import { NoSignInCredentials } from '../../../test/support/no-sign-in-credentials';
import { OpenIdServer } from '../../../test/support/openid-server';
import { ChannelKeyEndorsements } from '../http/channel-key-endorsements';
import { VerifiedTokens } from '../http/verified-tokens';
import { ReusingBotFrameworkAuthentication } from './reusing-bot-auth';

const APP_ID = '9b1f5c5e-0000-4000-8000-00000000b07d';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

/** The wrapper around botbuilder's real authentication, as the adapter builds it (test OpenID endpoints). */
function setUp(idp: OpenIdServer): { auth: ReusingBotFrameworkAuthentication; inner: ConfigurationBotFrameworkAuthentication; tokens: VerifiedTokens } {
  const options = {
    MicrosoftAppId: APP_ID, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 't',
    ToBotFromChannelOpenIdMetadataUrl: idp.metadataUrl, ToBotFromChannelTokenIssuer: idp.issuer,
  };
  const credentials = new NoSignInCredentials(APP_ID);
  const inner = new ConfigurationBotFrameworkAuthentication(options, credentials);
  const tokens = new VerifiedTokens();
  const keys = new ChannelKeyEndorsements(idp.metadataUrl);
  const auth = new ReusingBotFrameworkAuthentication(inner, credentials, {
    tokens, rules: { issuer: idp.issuer, audience: undefined, callerId: undefined, endorsementsOf: (kid) => keys.of(kid) },
  });
  return { auth, inner, tokens };
}

const activity = (o: Partial<Activity> = {}): Activity =>
  ({ type: 'message', channelId: 'msteams', serviceUrl: SERVICE_URL, conversation: { id: 'a:1' }, from: { id: '29:1' }, ...o }) as Activity;
const claimsOf = (c: ClaimsIdentity): Record<string, unknown> => Object.fromEntries(c.claims.map((x) => [x.type, x.value]));

describe('botbuilder authentication with reused clients and one verification per token', () => {
  const idp = new OpenIdServer();
  const skypeOnly = new OpenIdServer({ endorsements: ['skype'] });
  beforeAll(async () => { await idp.start(); await skypeOnly.start(); });
  afterAll(async () => { await idp.stop(); await skypeOnly.stop(); });

  it('gives a token the server verified the result botbuilder gives, without verifying it again', async () => {
    const { auth, inner, tokens } = setUp(idp);
    const header = `Bearer ${await idp.token({ audience: APP_ID, serviceUrl: SERVICE_URL })}`;
    const full = await inner.authenticateRequest(activity(), header);
    const spy = jest.spyOn(inner, 'authenticateRequest');
    const release = tokens.hold(header);
    const fast = await auth.authenticateRequest(activity(), header);
    release();
    expect(spy).not.toHaveBeenCalled();
    expect(claimsOf(fast.claimsIdentity)).toEqual(claimsOf(full.claimsIdentity));
    expect(fast.claimsIdentity.isAuthenticated).toBe(true);
    expect(fast.audience).toEqual(full.audience);
    expect(fast.callerId).toEqual(full.callerId);
    // Once released, the same header is verified by botbuilder again.
    await auth.authenticateRequest(activity(), header);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no serviceurl claim', (s: OpenIdServer) => s.token({ audience: APP_ID, serviceUrl: undefined }), idp],
    ['a serviceurl of another service', (s: OpenIdServer) => s.token({ audience: APP_ID, serviceUrl: 'https://smba.example/other/' }), idp],
    ['a PS256 signature', (s: OpenIdServer) => s.token({ audience: APP_ID, serviceUrl: SERVICE_URL, alg: 'PS256' }), idp],
    ['a key not endorsed for msteams', (s: OpenIdServer) => s.token({ audience: APP_ID, serviceUrl: SERVICE_URL }), skypeOnly],
    ['another audience', (s: OpenIdServer) => s.token({ audience: 'someone-else', serviceUrl: SERVICE_URL }), idp],
    ['another issuer', (s: OpenIdServer) => s.token({ audience: APP_ID, serviceUrl: SERVICE_URL, issuer: 'https://evil.example' }), idp],
  ])('leaves a held token with %s to botbuilder, which refuses it', async (_name, make, server) => {
    const { auth, inner, tokens } = setUp(server);
    const header = `Bearer ${await make(server)}`;
    const spy = jest.spyOn(inner, 'authenticateRequest');
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined); // botbuilder logs refusals
    const release = tokens.hold(header);
    try {
      await expect(auth.authenticateRequest(activity(), header)).rejects.toThrow();
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      release();
      quiet.mockRestore();
    }
  });

  it('makes one connector client per (service URL, audience) and one user-token client per app id', async () => {
    const { auth, tokens } = setUp(idp);
    const header = `Bearer ${await idp.token({ audience: APP_ID, serviceUrl: SERVICE_URL })}`;
    const release = tokens.hold(header);
    const a = await auth.authenticateRequest(activity(), header);
    const b = await auth.authenticateRequest(activity({ conversation: { id: 'a:2' } } as Partial<Activity>), header);
    release();
    expect(b.connectorFactory).toBe(a.connectorFactory);
    const c1 = await a.connectorFactory?.create(SERVICE_URL, undefined);
    const c2 = await b.connectorFactory?.create(SERVICE_URL, undefined);
    const other = await a.connectorFactory?.create('https://smba.trafficmanager.net/amer/', undefined);
    const otherAudience = await a.connectorFactory?.create(SERVICE_URL, 'https://api.botframework.com');
    expect(c1).toBeDefined();
    expect(c2).toBe(c1);
    expect(other).not.toBe(c1);
    expect(otherAudience).not.toBe(c1);
    expect(await auth.createUserTokenClient(a.claimsIdentity)).toBe(await auth.createUserTokenClient(b.claimsIdentity));
  });
});
