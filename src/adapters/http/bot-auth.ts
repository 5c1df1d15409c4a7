import { importJWK, jwtVerify, type JWK, type JWTHeaderParameters, type KeyLike } from 'jose';
import type { BotIdentity } from '../../config';

const DEFAULT_METADATA = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
const DEFAULT_ISSUER = 'https://api.botframework.com';
/** Keys are re-read after this long, and sooner for an unknown key id, but not more often than the cooldown. */
const KEYS_TTL_MS = 60 * 60_000;
const REFETCH_COOLDOWN_MS = 30_000;

export type AuthOutcome = { ok: true } | { ok: false; reason: string };

/** A signing key of the channel's JWKS: Bot Framework lists the channels each key may sign for. */
interface ChannelJwk extends JWK { readonly endorsements?: unknown }

interface KeySet {
  readonly issuer: string;
  readonly keys: ReadonlyMap<string, ChannelJwk>;
  readonly at: number;
  /**
   * Each key imported once for this set (importing a JWK per request made a new key object whose every
   * signature check cost more than twice a check with a kept one). A failed import is not kept.
   */
  readonly imported: Map<string, Promise<KeyLike | Uint8Array>>;
}

class AuthFailure extends Error {
  constructor(readonly code: string) { super(code); }
}

/**
 * Validates the Bot Connector's JWT before the activity reaches botbuilder, as strictly as botbuilder's own
 * channel validation and without depending on it: RS256 only; issuer, audience (our app id) and lifetime; the
 * signing key from the channel's OpenID metadata, which must be endorsed for the activity's channelId; and a
 * `serviceurl` claim that must be present and equal to the activity's serviceUrl (else a valid token of one
 * conversation could make the bot post to a service of the sender's choosing). Any failure is a 401.
 */
export class BotAuthenticator {
  private cache: KeySet | undefined;
  private loading: Promise<KeySet> | undefined;

  constructor(
    private readonly identity: BotIdentity,
    private readonly fetchJson: (url: string) => Promise<unknown> = defaultFetch,
    private readonly now: () => number = Date.now,
  ) {}

  private async readKeys(): Promise<KeySet> {
    const meta = await this.fetchJson(this.identity.openIdMetadataUrl ?? DEFAULT_METADATA) as { jwks_uri?: unknown; issuer?: unknown };
    if (typeof meta.jwks_uri !== 'string') throw new AuthFailure('ERR_OPENID_METADATA');
    const jwks = await this.fetchJson(meta.jwks_uri) as { keys?: unknown };
    const keys = new Map<string, ChannelJwk>();
    for (const k of Array.isArray(jwks.keys) ? jwks.keys as ChannelJwk[] : []) if (typeof k.kid === 'string') keys.set(k.kid, k);
    const issuer = this.identity.tokenIssuer ?? (typeof meta.issuer === 'string' ? meta.issuer : DEFAULT_ISSUER);
    return { issuer, keys, at: this.now(), imported: new Map() };
  }

  private keys(refresh = false): Promise<KeySet> {
    const c = this.cache;
    const age = c ? this.now() - c.at : Infinity;
    if (c && age <= KEYS_TTL_MS && !(refresh && age > REFETCH_COOLDOWN_MS)) return Promise.resolve(c);
    // One read at a time; a failed read is not cached, so the next request tries again.
    this.loading ??= this.readKeys()
      .then((set) => { this.cache = set; return set; })
      .finally(() => { this.loading = undefined; });
    return this.loading;
  }

  private async keyFor(header: JWTHeaderParameters, channelId: string): Promise<KeyLike | Uint8Array> {
    if (header.alg !== 'RS256') throw new AuthFailure('ERR_JWT_ALGORITHM');
    if (typeof header.kid !== 'string') throw new AuthFailure('ERR_JWT_NO_KID');
    const kid = header.kid;
    let set = await this.keys();
    let jwk = set.keys.get(kid);
    if (!jwk) {
      set = await this.keys(true);
      jwk = set.keys.get(kid);
    }
    if (!jwk) throw new AuthFailure('ERR_JWKS_NO_MATCHING_KEY');
    const endorsed = Array.isArray(jwk.endorsements) && jwk.endorsements.includes(channelId);
    if (!endorsed) throw new AuthFailure('ERR_JWT_ENDORSEMENT');
    let key = set.imported.get(kid);
    if (!key) {
      const made = importJWK({ ...jwk, alg: 'RS256' }, 'RS256');
      const { imported } = set;
      imported.set(kid, made);
      made.catch(() => { if (imported.get(kid) === made) imported.delete(kid); });
      key = made;
    }
    return key;
  }

  async authenticate(authorization: string | undefined, activity: { serviceUrl: string; channelId: string }): Promise<AuthOutcome> {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!m) return { ok: false, reason: 'missing bearer token' };
    try {
      const { issuer } = await this.keys();
      const { payload } = await jwtVerify(m[1], (header) => this.keyFor(header, activity.channelId), {
        issuer, audience: this.identity.appId, algorithms: ['RS256'], clockTolerance: 300, requiredClaims: ['serviceurl'],
      });
      const claimed = typeof payload.serviceurl === 'string' ? payload.serviceurl : '';
      if (claimed.replace(/\/+$/, '') !== activity.serviceUrl.replace(/\/+$/, '')) {
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
