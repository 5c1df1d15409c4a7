import { ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import { Pool, type PoolConfig } from 'pg';
import type { DatabaseSettings } from '../../../config';
import type { Logger } from '../../../shared/logger';

/** The token audience of Azure Database for PostgreSQL (Entra authentication). */
export const POSTGRES_ENTRA_SCOPE = 'https://ossrdbms-aad.database.windows.net/.default';
/** Fetch a new token this long before the cached one expires, so no connection is opened with a dying token. */
const RENEW_BEFORE_MS = 5 * 60_000;

/**
 * A password function for node-postgres that returns an Entra access token of the managed identity. It is
 * asked for each new connection; the token is cached until five minutes before it expires, and concurrent
 * connections share one request. Open connections stay valid after the token expires (it is checked at login).
 */
export function entraPassword(credential: TokenCredential, now: () => number = () => Date.now()): () => Promise<string> {
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;
  return () => {
    if (cached && cached.expiresAt - RENEW_BEFORE_MS > now()) return Promise.resolve(cached.token);
    pending ??= credential.getToken(POSTGRES_ENTRA_SCOPE).then((t) => {
      if (!t) throw new Error('no Entra token for Azure Database for PostgreSQL');
      cached = { token: t.token, expiresAt: t.expiresOnTimestamp };
      return t.token;
    }).finally(() => { pending = undefined; });
    return pending;
  };
}

/** The connection pool from settings; `credential` replaces the managed identity (tests). */
export function createPgPool(s: DatabaseSettings, logger: Logger, credential?: TokenCredential): Pool {
  const password: PoolConfig['password'] = s.auth.kind === 'entra'
    ? entraPassword(credential ?? new ManagedIdentityCredential({ ...(s.auth.clientId ? { clientId: s.auth.clientId } : {}), ...s.auth.authority }))
    : s.password;
  const config: PoolConfig = {
    connectionString: s.connectionString,
    host: s.host, port: s.port, database: s.database, user: s.user, password,
    max: s.poolMax,
    // Connections are recycled hourly, so a long-lived one never outlives its role's rights or a failover by much.
    maxLifetimeSeconds: 3600,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 15_000,
    application_name: 'lederbot',
  };
  if (s.ssl === 'require') config.ssl = { rejectUnauthorized: false };
  if (s.ssl === 'verify-full') config.ssl = { rejectUnauthorized: true };
  if (s.ssl === 'disable') config.ssl = false;
  const pool = new Pool(config);
  // An idle connection dropped by the server (restart, failover) must not crash the process: the pool replaces it.
  pool.on('error', (e) => logger.warn('postgres idle connection lost', { message: e.message }));
  return pool;
}
