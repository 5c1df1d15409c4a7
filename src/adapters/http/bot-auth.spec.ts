import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import * as jose from 'jose';
import { BotAuthenticator } from './bot-auth';

jest.mock('jose', () => {
  const actual = jest.requireActual<typeof import('jose')>('jose');
  return { ...actual, importJWK: jest.fn(actual.importJWK) };
});

const APP = 'app-1';
const ISSUER = 'https://api.botframework.com';
const SERVICE = 'https://smba.example/emea/';
const identity = { appId: APP, type: 'SingleTenant' as const, tenantId: 't', password: 'x', openIdMetadataUrl: 'https://meta', tokenIssuer: ISSUER };

async function keyPair(): Promise<{ privateKey: KeyLike; jwk: Record<string, unknown> }> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: 'k1', endorsements: ['msteams'] } };
}

const token = (key: KeyLike, claims: Record<string, unknown> = {}): Promise<string> => new SignJWT({ serviceurl: SERVICE, ...claims })
  .setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(ISSUER).setAudience(APP).setIssuedAt().setExpirationTime('1h').sign(key);

describe('BotAuthenticator', () => {
  it('imports a signing key once per key set, and still checks every token\'s signature and claims', async () => {
    const good = await keyPair();
    const other = await keyPair();
    let now = Date.now();
    let jwks = [good.jwk];
    const fetchJson = (url: string): Promise<unknown> => Promise.resolve(url === 'https://meta' ? { jwks_uri: 'https://jwks', issuer: ISSUER } : { keys: jwks });
    const auth = new BotAuthenticator(identity, fetchJson, () => now);
    const activity = { serviceUrl: SERVICE, channelId: 'msteams' };
    const importJWK = jose.importJWK as jest.Mock;
    importJWK.mockClear();

    const valid = await token(good.privateKey);
    for (let i = 0; i < 5; i += 1) expect(await auth.authenticate(`Bearer ${valid}`, activity)).toEqual({ ok: true });
    expect(importJWK).toHaveBeenCalledTimes(1);
    // The kept key verifies each token: one signed by another key with the same kid, or altered, fails.
    expect(await auth.authenticate(`Bearer ${await token(other.privateKey)}`, activity)).toEqual({ ok: false, reason: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
    const [h, p, s] = valid.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), serviceurl: 'https://evil.example/' })).toString('base64url');
    expect(await auth.authenticate(`Bearer ${h}.${forged}.${s}`, activity)).toEqual({ ok: false, reason: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
    expect(await auth.authenticate(`Bearer ${valid}`, { ...activity, channelId: 'webchat' })).toEqual({ ok: false, reason: 'ERR_JWT_ENDORSEMENT' });
    expect(await auth.authenticate(`Bearer ${valid}`, { ...activity, serviceUrl: 'https://evil.example/' }))
      .toEqual({ ok: false, reason: 'serviceurl claim does not match the activity' });

    // The keys are read again after an hour: a rotated key under the same kid is imported anew and used.
    jwks = [other.jwk];
    now += 61 * 60_000;
    expect(await auth.authenticate(`Bearer ${await token(other.privateKey)}`, activity)).toEqual({ ok: true });
    expect(await auth.authenticate(`Bearer ${valid}`, activity)).toEqual({ ok: false, reason: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
    expect(importJWK).toHaveBeenCalledTimes(2);
  });
});
