import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { LogLevel } from './shared/logger';
import { isLoopbackAddress } from './shared/loopback';

/**
 * The only module that reads process.env. Every setting is validated once at start; a bad one stops the
 * process with one message naming each offending setting (never its value when it is a secret).
 */

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalString = z.string().trim().min(1).optional();
const port = z.coerce.number().int().min(0).max(65535);
const csv = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
const url = z.string().url();
const QNA_WORKERS_RULE = 'must be a whole number from 0 to 4 (0 answers questions on the main thread)';

const envSchema = z.object({
  PORT: port.default(3978),
  HOST: optionalString,
  ALLOW_ANONYMOUS_NON_LOOPBACK: bool.default('false'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(256 * 1024),
  CATALOG_DIR: optionalString,
  QNA_WORKERS: z.coerce.number({ invalid_type_error: QNA_WORKERS_RULE }).int(QNA_WORKERS_RULE).min(0, QNA_WORKERS_RULE).max(4, QNA_WORKERS_RULE).optional(),

  BOT_ID: optionalString,
  BOT_PASSWORD: optionalString,
  BOT_TENANT_ID: optionalString,
  BOT_TYPE: z.enum(['SingleTenant', 'UserAssignedMsi']).optional(),
  ALLOWED_TENANT_IDS: csv.optional(),
  BOT_OPENID_METADATA_URL: url.optional(),
  BOT_TOKEN_ISSUER: optionalString,

  JOBS_ENABLED: bool.default('true'),
  JOB_WORKER_ID: optionalString,
  JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  JOB_LEASE_MS: z.coerce.number().int().min(1_000).max(600_000).default(15_000),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(128).default(8),

  DATABASE_URL: z.string().trim().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional(),
  PGHOST: optionalString,
  PGPORT: port.optional(),
  PGDATABASE: optionalString,
  PGUSER: optionalString,
  PGPASSWORD: optionalString,
  PGSSLMODE: z.enum(['disable', 'require', 'verify-full']).optional(),
  DATABASE_AUTH: z.enum(['password', 'entra']).default('password'),
  DATABASE_MANAGED_IDENTITY_CLIENT_ID: optionalString,
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),

  CALENDAR_PROVIDER: z.enum(['local', 'graph']).default('local'),
  GRAPH_BASE_URL: url.default('https://graph.microsoft.com'),
  GRAPH_TENANT_ID: optionalString,
  GRAPH_CLIENT_ID: optionalString,
  GRAPH_CLIENT_SECRET: optionalString,
  GRAPH_CERTIFICATE_PATH: optionalString,
  GRAPH_MANAGED_IDENTITY_CLIENT_ID: optionalString,
  TEAMS_APP_CATALOG_ID: optionalString,
  AZURE_AUTHORITY_HOST: url.refine((u) => u.startsWith('https://'), 'must be an https:// URL').optional(),
  AZURE_DISABLE_INSTANCE_DISCOVERY: bool.default('false'),
  CALENDAR_ORGANIZER: z.string().trim().toLowerCase().email().optional(),
  BOOKING_SYNC_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(2000),
  BOOKING_POLL_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  PUBLIC_BASE_URL: url.optional(),
  ICS_FEED_SECRET: z.string().min(16).optional(),
  RETENTION_DAYS_AFTER_COHORT: z.coerce.number().int().min(1).max(3650).default(180),

  TAB_APP_ID_URI: z.string().trim().regex(/^api:\/\/\S+$/, 'must be api://<domain>/<app id> as in webApplicationInfo.resource').optional(),
  TAB_CLIENT_ID: optionalString,
  TAB_TENANT_ID: optionalString,
  TAB_OPENID_METADATA_URL: url.optional(),

  AZURE_OPENAI_ENDPOINT: url.optional(),
  AZURE_OPENAI_API_KEY: optionalString,
  AZURE_OPENAI_DEPLOYMENT: optionalString,
});

export interface BotIdentity {
  readonly appId: string;
  readonly type: 'SingleTenant' | 'UserAssignedMsi';
  readonly tenantId: string;
  /** Client secret for SingleTenant; absent for a managed identity. */
  readonly password: string | undefined;
  readonly openIdMetadataUrl: string | undefined;
  readonly tokenIssuer: string | undefined;
}

/**
 * Where Entra tokens come from, passed to every @azure/identity credential, so that no credential reads
 * AZURE_AUTHORITY_HOST from the environment on its own. A sovereign cloud (or a test token endpoint) sets the
 * host; MSAL's instance discovery asks login.microsoftonline.com about any authority it does not know, so a
 * non-public host needs it off.
 */
export interface EntraAuthority {
  readonly authorityHost: string;
  readonly disableInstanceDiscovery: boolean;
}

export interface GraphSettings {
  readonly baseUrl: string;
  readonly authority: EntraAuthority;
  readonly tenantId: string;
  readonly clientId: string;
  readonly credential:
    | { readonly kind: 'secret'; readonly secret: string }
    | { readonly kind: 'certificate'; readonly path: string }
    | { readonly kind: 'managedIdentity'; readonly clientId: string };
}

/** PostgreSQL (production, several instances); absent = the embedded SQLite store under DATA_DIR. */
export interface DatabaseSettings {
  readonly connectionString: string | undefined;
  readonly host: string | undefined;
  readonly port: number | undefined;
  readonly database: string | undefined;
  readonly user: string | undefined;
  readonly password: string | undefined;
  readonly ssl: 'disable' | 'require' | 'verify-full' | undefined;
  /** `entra`: the password is an Entra access token of the managed identity (clientId: a user-assigned one). */
  readonly auth: { readonly kind: 'password' } | { readonly kind: 'entra'; readonly clientId: string | undefined; readonly authority: EntraAuthority };
  readonly poolMax: number;
}

/**
 * Teams SSO for the coordinator tab: tokens from `authentication.getAuthToken()` for our app id URI, signed by
 * the tenant's Entra keys. Absent: the tab works only in the local loopback mode (no identity, see tab-auth.ts).
 */
export interface TabSsoSettings {
  readonly audience: readonly string[];
  readonly tenantId: string;
  readonly allowedTenantIds: readonly string[];
  readonly openIdMetadataUrl: string;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Anonymous on a non-loopback address by explicit opt-in: the Host header check is off (docs/security.md). */
  readonly allowAnonymousNonLoopback: boolean;
  readonly dataDir: string;
  readonly logLevel: LogLevel;
  readonly maxBodyBytes: number;
  readonly catalogDir: string | undefined;
  /** Worker threads answering Q&A questions, off the main thread; 0 answers them in-process. */
  readonly qnaWorkers: number;
  readonly identity: BotIdentity | undefined;
  readonly allowedTenantIds: readonly string[] | undefined;
  readonly jobs: { readonly enabled: boolean; readonly worker: string | undefined; readonly maxAttempts: number; readonly leaseMs: number; readonly concurrency: number };
  readonly database: DatabaseSettings | undefined;
  readonly calendar: {
    readonly provider: 'local' | 'graph';
    readonly graph: GraphSettings | undefined;
    /** Organizer mailbox for cohorts whose catalog entry names none. */
    readonly organizer: string | undefined;
    readonly syncDelayMs: number;
    readonly pollMinutes: number;
  };
  /**
   * Reaching people in Teams through Graph: `graph` is set whenever Graph settings are (calendar or reach);
   * `appCatalogId` (the app's id in the organisation's app catalog) turns on installing the app for people who
   * never opened it. With `graph`, posts carry a marker that a retry looks for before posting again.
   */
  readonly reach: { readonly graph: GraphSettings | undefined; readonly appCatalogId: string | undefined };
  readonly authority: EntraAuthority;
  readonly publicBaseUrl: string | undefined;
  readonly icsFeedSecret: string | undefined;
  /** Days after a cohort's last gathering before its check-in answers and free texts are deleted (docs/privacy.md). */
  readonly retentionDaysAfterCohort: number;
  readonly openAi: { readonly endpoint: string; readonly apiKey: string; readonly deployment: string } | undefined;
  readonly tabSso: TabSsoSettings | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}


/** The demo's settings (`npm run demo`): the same, except that its data lives apart, in ./data/demo by default. */
export function loadDemoConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfig({ ...env, DATA_DIR: env.DATA_DIR?.trim() ? env.DATA_DIR : './data/demo' });
}

/** `cores`: the CPUs this process may use; with one, a Q&A worker thread has no core of its own (QNA_WORKERS). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): Config {
  // Empty strings in .env files mean "not set".
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(clean);
  const problems: string[] = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  // Cross-setting checks still run on the raw values, so one message names every problem at once.
  const e = parsed.success ? parsed.data : (clean as unknown as z.infer<typeof envSchema>);

  let identity: BotIdentity | undefined;
  if (e.BOT_ID) {
    const type = e.BOT_TYPE ?? 'SingleTenant';
    if (!e.BOT_TENANT_ID) problems.push('BOT_TENANT_ID: required with BOT_ID (single-tenant or managed identity bots)');
    if (type === 'SingleTenant' && !e.BOT_PASSWORD) problems.push('BOT_PASSWORD: required with BOT_ID when BOT_TYPE is SingleTenant');
    identity = {
      appId: e.BOT_ID, type, tenantId: e.BOT_TENANT_ID ?? '', password: type === 'SingleTenant' ? e.BOT_PASSWORD : undefined,
      openIdMetadataUrl: e.BOT_OPENID_METADATA_URL, tokenIssuer: e.BOT_TOKEN_ISSUER,
    };
  } else if (e.BOT_PASSWORD || e.BOT_TYPE) {
    problems.push('BOT_ID: required when BOT_PASSWORD or BOT_TYPE is set');
  }

  const host = e.HOST ?? (identity ? '0.0.0.0' : '127.0.0.1');
  const optIn = parsed.success ? e.ALLOW_ANONYMOUS_NON_LOOPBACK : clean.ALLOW_ANONYMOUS_NON_LOOPBACK === 'true';
  if (!identity && !isLoopbackAddress(host) && !optIn) {
    problems.push(`HOST: ${host} is not loopback and no bot identity is set (BOT_ID); anonymous mode listens on loopback only unless ALLOW_ANONYMOUS_NON_LOOPBACK=true`);
  }

  const authority: EntraAuthority = {
    authorityHost: (e.AZURE_AUTHORITY_HOST ?? 'https://login.microsoftonline.com').replace(/\/+$/, ''),
    disableInstanceDiscovery: parsed.success ? e.AZURE_DISABLE_INSTANCE_DISCOVERY : clean.AZURE_DISABLE_INSTANCE_DISCOVERY === 'true',
  };
  let graph: GraphSettings | undefined;
  // Installing the app for people needs Graph even when the calendar is local.
  const graphWanted = e.CALENDAR_PROVIDER === 'graph' || e.TEAMS_APP_CATALOG_ID !== undefined;
  const why = e.CALENDAR_PROVIDER === 'graph' ? 'CALENDAR_PROVIDER=graph' : 'TEAMS_APP_CATALOG_ID is set';
  if (graphWanted) {
    const tenantId = e.GRAPH_TENANT_ID ?? e.BOT_TENANT_ID;
    const clientId = e.GRAPH_CLIENT_ID ?? e.BOT_ID;
    if (!tenantId) problems.push(`GRAPH_TENANT_ID: required when ${why}`);
    if (!clientId) problems.push(`GRAPH_CLIENT_ID: required when ${why}`);
    const kinds = [e.GRAPH_CLIENT_SECRET, e.GRAPH_CERTIFICATE_PATH, e.GRAPH_MANAGED_IDENTITY_CLIENT_ID].filter(Boolean).length;
    if (kinds !== 1) problems.push(`GRAPH_CLIENT_SECRET: set exactly one of GRAPH_CLIENT_SECRET, GRAPH_CERTIFICATE_PATH, GRAPH_MANAGED_IDENTITY_CLIENT_ID when ${why}`);
    const credential: GraphSettings['credential'] = e.GRAPH_CLIENT_SECRET ? { kind: 'secret', secret: e.GRAPH_CLIENT_SECRET }
      : e.GRAPH_CERTIFICATE_PATH ? { kind: 'certificate', path: e.GRAPH_CERTIFICATE_PATH }
        : { kind: 'managedIdentity', clientId: e.GRAPH_MANAGED_IDENTITY_CLIENT_ID ?? '' };
    graph = { baseUrl: (e.GRAPH_BASE_URL ?? '').replace(/\/+$/, ''), authority, tenantId: tenantId ?? '', clientId: clientId ?? '', credential };
  }

  const openAiParts = [e.AZURE_OPENAI_ENDPOINT, e.AZURE_OPENAI_API_KEY, e.AZURE_OPENAI_DEPLOYMENT];
  const openAiSet = openAiParts.filter(Boolean).length;
  if (openAiSet > 0 && openAiSet < 3) {
    problems.push('AZURE_OPENAI_ENDPOINT: set all of AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and AZURE_OPENAI_DEPLOYMENT, or none');
  }

  let database: DatabaseSettings | undefined;
  if (e.DATABASE_URL || e.PGHOST) {
    const entra = e.DATABASE_AUTH === 'entra';
    if (entra && e.PGPASSWORD) problems.push('PGPASSWORD: not used with DATABASE_AUTH=entra (the password is an Entra token)');
    if (entra && !e.PGUSER && !(e.DATABASE_URL ?? '').includes('@')) problems.push('PGUSER: required with DATABASE_AUTH=entra (the managed identity\'s database role)');
    database = {
      connectionString: e.DATABASE_URL, host: e.PGHOST, port: e.PGPORT, database: e.PGDATABASE, user: e.PGUSER, password: e.PGPASSWORD,
      ssl: e.PGSSLMODE ?? (entra ? 'verify-full' : undefined),
      auth: entra ? { kind: 'entra', clientId: e.DATABASE_MANAGED_IDENTITY_CLIENT_ID, authority } : { kind: 'password' },
      poolMax: e.DATABASE_POOL_MAX,
    };
  } else if (e.DATABASE_AUTH === 'entra' || e.PGDATABASE || e.PGUSER || e.PGPASSWORD) {
    problems.push('DATABASE_URL: set DATABASE_URL or PGHOST to use PostgreSQL (PGDATABASE, PGUSER, PGPASSWORD and DATABASE_AUTH need one of them)');
  }

  let tabSso: TabSsoSettings | undefined;
  if (e.TAB_APP_ID_URI) {
    const tenantId = e.TAB_TENANT_ID ?? e.BOT_TENANT_ID;
    if (!tenantId) problems.push('TAB_TENANT_ID: required with TAB_APP_ID_URI (or set BOT_TENANT_ID)');
    // Entra issues v2 tokens with the app's client id as audience, v1 tokens with the app id URI: accept both.
    const clientId = e.TAB_CLIENT_ID ?? /\/([0-9a-f-]{36})$/i.exec(e.TAB_APP_ID_URI)?.[1];
    tabSso = {
      audience: [e.TAB_APP_ID_URI, ...(clientId ? [clientId] : [])],
      tenantId: tenantId ?? '',
      allowedTenantIds: e.ALLOWED_TENANT_IDS ?? (tenantId ? [tenantId] : []),
      openIdMetadataUrl: e.TAB_OPENID_METADATA_URL ?? `https://login.microsoftonline.com/${tenantId ?? 'common'}/v2.0/.well-known/openid-configuration`,
    };
  } else if (e.TAB_CLIENT_ID || e.TAB_TENANT_ID || e.TAB_OPENID_METADATA_URL) {
    problems.push('TAB_APP_ID_URI: required when TAB_CLIENT_ID, TAB_TENANT_ID or TAB_OPENID_METADATA_URL is set');
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: e.PORT,
    host,
    allowAnonymousNonLoopback: optIn,
    dataDir: resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    maxBodyBytes: e.MAX_BODY_BYTES,
    catalogDir: e.CATALOG_DIR ? resolve(e.CATALOG_DIR) : undefined,
    // Unset: a worker thread where there is a second core for it; on one vCPU it would only add CPU and memory.
    qnaWorkers: e.QNA_WORKERS ?? (cores >= 2 ? 1 : 0),
    identity,
    allowedTenantIds: e.ALLOWED_TENANT_IDS,
    jobs: { enabled: e.JOBS_ENABLED, worker: e.JOB_WORKER_ID, maxAttempts: e.JOB_MAX_ATTEMPTS, leaseMs: e.JOB_LEASE_MS, concurrency: e.JOB_CONCURRENCY },
    database,
    calendar: {
      provider: e.CALENDAR_PROVIDER, graph: e.CALENDAR_PROVIDER === 'graph' ? graph : undefined, organizer: e.CALENDAR_ORGANIZER,
      syncDelayMs: e.BOOKING_SYNC_DELAY_MS, pollMinutes: e.BOOKING_POLL_MINUTES,
    },
    reach: { graph, appCatalogId: e.TEAMS_APP_CATALOG_ID },
    authority,
    publicBaseUrl: e.PUBLIC_BASE_URL,
    icsFeedSecret: e.ICS_FEED_SECRET,
    retentionDaysAfterCohort: e.RETENTION_DAYS_AFTER_COHORT,
    openAi: openAiSet === 3
      ? { endpoint: e.AZURE_OPENAI_ENDPOINT ?? '', apiKey: e.AZURE_OPENAI_API_KEY ?? '', deployment: e.AZURE_OPENAI_DEPLOYMENT ?? '' }
      : undefined,
    tabSso,
  };
}
