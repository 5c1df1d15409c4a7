import type { IncomingHttpHeaders } from 'node:http';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { TabSsoSettings } from '../../config';
import { hostOfHeader, isLoopbackAddress } from '../../shared/loopback';

/** Who calls the tab API, from a verified token (or the local mode's header on loopback). */
export interface TabCaller {
  readonly aadObjectId: string;
  readonly name: string;
  readonly tenantId: string | undefined;
}

export type TabAuthOutcome =
  | { readonly ok: true; readonly caller: TabCaller }
  | { readonly ok: false; readonly status: 401 | 403; readonly reason: string };

/** The Teams SSO scope the tab's token must carry (webApplicationInfo exposes it as `access_as_user`). */
const SCOPE = 'access_as_user';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Header that names the person in the local mode (no Entra): only honoured on loopback, like the anonymous bot. */
export const LOCAL_USER_HEADER = 'x-lederbot-local-user';

export interface TabAuthenticator {
  readonly mode: 'sso' | 'local';
  authenticate(headers: IncomingHttpHeaders): Promise<TabAuthOutcome>;
}

/**
 * Teams SSO: the page's `authentication.getAuthToken()` token is checked here, never trusted from the page:
 * RS256 signature from the tenant's JWKS (from its OpenID metadata), issuer (the metadata's, with `{tenantid}`
 * filled for the token's tenant), audience (our app id URI or client id), lifetime, the tenant allow-list and
 * the `access_as_user` scope. The person is the token's `oid`.
 */
export class SsoTabAuthenticator implements TabAuthenticator {
  readonly mode = 'sso' as const;
  private metadata: Promise<{ issuer: string; jwks: ReturnType<typeof createRemoteJWKSet> }> | undefined;

  constructor(private readonly settings: TabSsoSettings, private readonly fetchJson: (url: string) => Promise<unknown> = defaultFetch) {}

  private keys(): Promise<{ issuer: string; jwks: ReturnType<typeof createRemoteJWKSet> }> {
    this.metadata ??= (async () => {
      const meta = await this.fetchJson(this.settings.openIdMetadataUrl) as { issuer?: unknown; jwks_uri?: unknown };
      if (typeof meta.issuer !== 'string' || typeof meta.jwks_uri !== 'string') throw new Error('OpenID metadata without issuer or jwks_uri');
      return { issuer: meta.issuer, jwks: createRemoteJWKSet(new URL(meta.jwks_uri)) };
    })().catch((e: unknown) => { this.metadata = undefined; throw e; });
    return this.metadata;
  }

  async authenticate(headers: IncomingHttpHeaders): Promise<TabAuthOutcome> {
    const header = headers.authorization ?? '';
    const token = /^Bearer (\S+)$/i.exec(header)?.[1];
    if (!token) return { ok: false, status: 401, reason: 'missing bearer token' };
    let payload: JWTPayload;
    try {
      const { issuer, jwks } = await this.keys();
      const verified = await jwtVerify(token, jwks, { algorithms: ['RS256'], audience: [...this.settings.audience], clockTolerance: 60 });
      payload = verified.payload;
      const tid = typeof payload.tid === 'string' ? payload.tid : '';
      const expected = issuer.replace('{tenantid}', tid);
      if (payload.iss !== expected) return { ok: false, status: 401, reason: 'unexpected issuer' };
    } catch (e) {
      return { ok: false, status: 401, reason: e instanceof Error ? e.name : 'invalid token' };
    }
    const tid = typeof payload.tid === 'string' ? payload.tid : undefined;
    if (!tid || !this.settings.allowedTenantIds.includes(tid)) return { ok: false, status: 403, reason: 'tenant not allowed' };
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(SCOPE)) return { ok: false, status: 403, reason: `token lacks the ${SCOPE} scope` };
    const oid = typeof payload.oid === 'string' ? payload.oid : '';
    if (!GUID.test(oid)) return { ok: false, status: 401, reason: 'token has no object id' };
    const name = typeof payload.name === 'string' ? payload.name : typeof payload.preferred_username === 'string' ? payload.preferred_username : oid;
    return { ok: true, caller: { aadObjectId: oid, name, tenantId: tid } };
  }
}

/**
 * The local mode, as the anonymous bot: on a loopback address with no Entra app, the page names the person in a
 * header (the page says it runs without sign-in). Refused unless the Host header is a loopback literal (DNS
 * rebinding) and any Origin is that same host, so a web page elsewhere cannot use a developer's running bot.
 */
export class LocalTabAuthenticator implements TabAuthenticator {
  readonly mode = 'local' as const;

  authenticate(headers: IncomingHttpHeaders): Promise<TabAuthOutcome> {
    const host = hostOfHeader(headers.host);
    if (!host || !isLoopbackAddress(host)) return Promise.resolve({ ok: false, status: 403, reason: 'the local mode answers on loopback only' });
    if (headers.origin !== undefined && !sameHost(headers.origin, headers.host)) {
      return Promise.resolve({ ok: false, status: 403, reason: 'cross-origin requests are refused in the local mode' });
    }
    const id = headers[LOCAL_USER_HEADER];
    if (typeof id !== 'string' || !GUID.test(id)) return Promise.resolve({ ok: false, status: 401, reason: `the local mode needs ${LOCAL_USER_HEADER}: <Entra object id>` });
    return Promise.resolve({ ok: true, caller: { aadObjectId: id, name: id, tenantId: undefined } });
  }
}

/** Production without SSO settings: the tab API answers nobody rather than trusting a header. */
export class DisabledTabAuthenticator implements TabAuthenticator {
  readonly mode = 'sso' as const;

  authenticate(): Promise<TabAuthOutcome> {
    return Promise.resolve({ ok: false, status: 401, reason: 'tab sign-in is not configured (TAB_APP_ID_URI)' });
  }
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function defaultFetch(url: string): Promise<unknown> {
  const r = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!r.ok) throw new Error(`GET ${url}: ${r.status}`);
  return r.json();
}
