import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { BotIdentity } from '../../config';

const DEFAULT_METADATA = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
const DEFAULT_ISSUER = 'https://api.botframework.com';

export type AuthOutcome = { ok: true } | { ok: false; reason: string };

/**
 * Validates the Bot Connector's JWT before the activity reaches botbuilder: issuer, audience (our app id),
 * lifetime, signing key from the channel's OpenID metadata, and the `serviceurl` claim against the activity.
 * Any failure is a 401 with a reason (botbuilder itself answers 500 for an unknown signing key).
 */
export class BotAuthenticator {
  private keys: Promise<{ jwks: JWTVerifyGetKey; issuer: string }> | undefined;

  constructor(private readonly identity: BotIdentity, private readonly fetchJson: (url: string) => Promise<unknown> = defaultFetch) {}

  private loadKeys(): Promise<{ jwks: JWTVerifyGetKey; issuer: string }> {
    this.keys ??= (async () => {
      const meta = await this.fetchJson(this.identity.openIdMetadataUrl ?? DEFAULT_METADATA) as { jwks_uri?: string; issuer?: string };
      if (!meta.jwks_uri) throw new Error('OpenID metadata has no jwks_uri');
      return { jwks: createRemoteJWKSet(new URL(meta.jwks_uri)), issuer: this.identity.tokenIssuer ?? meta.issuer ?? DEFAULT_ISSUER };
    })();
    // A failed metadata fetch is retried on the next request instead of being cached forever.
    this.keys.catch(() => { this.keys = undefined; });
    return this.keys;
  }

  async authenticate(authorization: string | undefined, serviceUrl: string | undefined): Promise<AuthOutcome> {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!m) return { ok: false, reason: 'missing bearer token' };
    try {
      const { jwks, issuer } = await this.loadKeys();
      const { payload } = await jwtVerify(m[1], jwks, { issuer, audience: this.identity.appId, clockTolerance: 300 });
      const claimed = typeof payload.serviceurl === 'string' ? payload.serviceurl : undefined;
      if (claimed !== undefined && serviceUrl !== undefined && claimed.replace(/\/+$/, '') !== serviceUrl.replace(/\/+$/, '')) {
        return { ok: false, reason: 'serviceurl claim does not match the activity' };
      }
      return { ok: true };
    } catch (e) {
      const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : 'ERR_JWT_INVALID';
      return { ok: false, reason: code };
    }
  }
}

async function defaultFetch(url: string): Promise<unknown> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`OpenID metadata answered ${r.status}`);
  return r.json();
}
