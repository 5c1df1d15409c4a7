import { ConfigError, loadConfig } from './config';

const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return [...e.problems];
    throw e;
  }
  return [];
};

describe('loadConfig', () => {
  it('takes the coordinator tab\'s SSO settings, with the tenant and client id derived where it can', () => {
    const id = '5c1e7a2d-9b3f-4d6e-8a10-2f4b6c8d0e13';
    const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    expect(loadConfig({}).tabSso).toBeUndefined();
    expect(loadConfig({ TAB_APP_ID_URI: `api://bot.example.no/${id}`, TAB_TENANT_ID: tenant }).tabSso).toEqual({
      audience: [`api://bot.example.no/${id}`, id], tenantId: tenant, allowedTenantIds: [tenant],
      openIdMetadataUrl: `https://login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration`,
    });
    expect(problems({ TAB_APP_ID_URI: `https://bot.example.no/${id}`, TAB_TENANT_ID: tenant })).toEqual([expect.stringMatching(/^TAB_APP_ID_URI: must be api:\/\//)]);
    expect(problems({ TAB_APP_ID_URI: `api://bot.example.no/${id}` })).toEqual([expect.stringMatching(/^TAB_TENANT_ID: required/)]);
    expect(problems({ TAB_CLIENT_ID: id })).toEqual([expect.stringMatching(/^TAB_APP_ID_URI: required/)]);
  });

  it('runs anonymous on loopback with embedded defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3978, host: '127.0.0.1', identity: undefined, calendar: { provider: 'local' } });
    expect(c.dataDir).toMatch(/data$/);
  });

  it('refuses anonymous on a public address unless opted in', () => {
    expect(problems({ HOST: '0.0.0.0' })).toEqual([expect.stringMatching(/^HOST: .*ALLOW_ANONYMOUS_NON_LOOPBACK/)]);
    expect(loadConfig({ HOST: '0.0.0.0', ALLOW_ANONYMOUS_NON_LOOPBACK: 'true' }).host).toBe('0.0.0.0');
    // Names that only look like loopback are DNS names anyone can point anywhere.
    for (const host of ['127.attacker.example', '127.0.0.1.nip.io', 'localhost.evil.example']) {
      expect(problems({ HOST: host })).toEqual([expect.stringMatching(/^HOST: .*ALLOW_ANONYMOUS_NON_LOOPBACK/)]);
    }
    for (const host of ['127.0.0.2', '::1', 'localhost']) expect(loadConfig({ HOST: host }).host).toBe(host);
  });

  it('names every bad setting in one message and never echoes a secret', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', BOT_ID: 'app', BOT_PASSWORD: 'hunter2-secret', CALENDAR_PROVIDER: 'graph' });
    } catch (e) {
      message = (e as Error).message;
      expect(e).toBeInstanceOf(ConfigError);
    }
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/LOG_LEVEL/);
    expect(message).not.toMatch(/hunter2/);
  });

  it('requires the tenant and secret of a single-tenant bot, and the Graph credential when Graph is chosen', () => {
    expect(problems({ BOT_ID: 'app' })).toEqual([
      expect.stringMatching(/^BOT_TENANT_ID/), expect.stringMatching(/^BOT_PASSWORD/),
    ]);
    expect(problems({ BOT_ID: 'app', BOT_TENANT_ID: 't', BOT_TYPE: 'UserAssignedMsi' })).toEqual([]);
    expect(problems({ CALENDAR_PROVIDER: 'graph', GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c' }))
      .toEqual([expect.stringMatching(/^GRAPH_CLIENT_SECRET: set exactly one/)]);
    const c = loadConfig({ CALENDAR_PROVIDER: 'graph', GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's', GRAPH_BASE_URL: 'https://127.0.0.1:8443/' });
    expect(c.calendar.graph).toMatchObject({ baseUrl: 'https://127.0.0.1:8443', credential: { kind: 'secret' } });
  });

  it('takes the tenant allow-list and all-or-nothing Azure OpenAI settings', () => {
    expect(loadConfig({ ALLOWED_TENANT_IDS: 'a, b' }).allowedTenantIds).toEqual(['a', 'b']);
    expect(problems({ AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com' })).toEqual([expect.stringMatching(/^AZURE_OPENAI_ENDPOINT/)]);
  });

  it('selects PostgreSQL with DATABASE_URL or PGHOST, Entra tokens with DATABASE_AUTH=entra, and SQLite otherwise', () => {
    expect(loadConfig({}).database).toBeUndefined();
    expect(loadConfig({}).jobs.leaseMs).toBe(15_000);
    expect(loadConfig({ DATABASE_URL: 'postgres://bot@db:5432/lederbot' }).database).toMatchObject({
      connectionString: 'postgres://bot@db:5432/lederbot', auth: { kind: 'password' }, ssl: undefined, poolMax: 10,
    });
    expect(loadConfig({ PGHOST: 'x.postgres.database.azure.com', PGUSER: 'lederbot-id', PGDATABASE: 'lederbot', DATABASE_AUTH: 'entra', DATABASE_MANAGED_IDENTITY_CLIENT_ID: 'c' }).database)
      .toMatchObject({ host: 'x.postgres.database.azure.com', user: 'lederbot-id', ssl: 'verify-full', auth: { kind: 'entra', clientId: 'c' } });
    expect(problems({ DATABASE_URL: 'mysql://x' })).toEqual([expect.stringMatching(/^DATABASE_URL/)]);
    expect(problems({ PGHOST: 'h', DATABASE_AUTH: 'entra' })).toEqual([expect.stringMatching(/^PGUSER/)]);
    expect(problems({ PGDATABASE: 'lederbot' })).toEqual([expect.stringMatching(/^DATABASE_URL: set DATABASE_URL or PGHOST/)]);
    expect(problems({ JOB_LEASE_MS: '10' })).toEqual([expect.stringMatching(/^JOB_LEASE_MS/)]);
  });

  it('never echoes the database password', () => {
    expect(() => loadConfig({ PGHOST: 'h', PGUSER: 'u', PGPASSWORD: 's3cret-pw', DATABASE_AUTH: 'entra' })).toThrow(/PGPASSWORD: not used/);
    expect(() => loadConfig({ PGHOST: 'h', PGUSER: 'u', PGPASSWORD: 's3cret-pw', DATABASE_AUTH: 'entra' })).not.toThrow(/s3cret/);
  });

  it('keeps data 180 days after a cohort by default and refuses a retention that is not a whole number of days', () => {
    expect(loadConfig({}).retentionDaysAfterCohort).toBe(180);
    expect(loadConfig({ RETENTION_DAYS_AFTER_COHORT: '30' }).retentionDaysAfterCohort).toBe(30);
    for (const bad of ['0', '-5', '2.5', 'forever', '4000']) {
      expect(problems({ RETENTION_DAYS_AFTER_COHORT: bad })).toEqual([expect.stringMatching(/^RETENTION_DAYS_AFTER_COHORT: /)]);
    }
  });

  it('takes the Entra authority host and instance discovery as settings, passed to Graph and the database credential', () => {
    const d = loadConfig({});
    expect(d.authority).toEqual({ authorityHost: 'https://login.microsoftonline.com', disableInstanceDiscovery: false });
    const c = loadConfig({
      AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us/', AZURE_DISABLE_INSTANCE_DISCOVERY: 'true',
      CALENDAR_PROVIDER: 'graph', GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's',
      PGHOST: 'h', PGUSER: 'u', DATABASE_AUTH: 'entra',
    });
    const authority = { authorityHost: 'https://login.microsoftonline.us', disableInstanceDiscovery: true };
    expect(c.calendar.graph?.authority).toEqual(authority);
    expect(c.database?.auth).toMatchObject({ kind: 'entra', authority });
    expect(problems({ AZURE_AUTHORITY_HOST: 'http://login.example' })).toEqual([expect.stringMatching(/^AZURE_AUTHORITY_HOST: must be an https/)]);
    expect(problems({ AZURE_DISABLE_INSTANCE_DISCOVERY: 'maybe' })).toEqual([expect.stringMatching(/^AZURE_DISABLE_INSTANCE_DISCOVERY/)]);
  });

  it('answers Q&A on one worker thread by default where there are two cores or more, in-process on one, on 0 to 4 as set, and names QNA_WORKERS when it is anything else', () => {
    expect(loadConfig({}, 2).qnaWorkers).toBe(1);
    expect(loadConfig({}, 1).qnaWorkers).toBe(0);
    expect(loadConfig({ QNA_WORKERS: '0' }, 8).qnaWorkers).toBe(0);
    expect(loadConfig({ QNA_WORKERS: ' 4 ' }, 1).qnaWorkers).toBe(4);
    expect(loadConfig({ QNA_WORKERS: '' }, 2).qnaWorkers).toBe(1);
    for (const bad of ['5', '-1', '1.5', 'two', 'true']) {
      expect(problems({ QNA_WORKERS: bad })).toEqual(['QNA_WORKERS: must be a whole number from 0 to 4 (0 answers questions on the main thread)']);
    }
  });

  it('builds Graph settings for reaching people when TEAMS_APP_CATALOG_ID is set, without changing the calendar', () => {
    expect(loadConfig({}).reach).toEqual({ graph: undefined, appCatalogId: undefined });
    expect(problems({ TEAMS_APP_CATALOG_ID: 'app' })).toEqual([
      expect.stringMatching(/^GRAPH_TENANT_ID: required when TEAMS_APP_CATALOG_ID/), expect.stringMatching(/^GRAPH_CLIENT_ID: required/),
      expect.stringMatching(/^GRAPH_CLIENT_SECRET: set exactly one .* when TEAMS_APP_CATALOG_ID is set/),
    ]);
    const c = loadConfig({ TEAMS_APP_CATALOG_ID: 'app', GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_MANAGED_IDENTITY_CLIENT_ID: 'mi' });
    expect(c.calendar).toMatchObject({ provider: 'local', graph: undefined });
    expect(c.reach).toMatchObject({ appCatalogId: 'app', graph: { baseUrl: 'https://graph.microsoft.com', credential: { kind: 'managedIdentity', clientId: 'mi' } } });
  });
});
