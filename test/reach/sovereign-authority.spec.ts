import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/bot-process';
import { TokenEndpoint } from '../support/token-endpoint';

/**
 * AZURE_AUTHORITY_HOST and AZURE_DISABLE_INSTANCE_DISCOVERY are settings of config.ts that reach the credential:
 * the real @azure/identity ClientSecretCredential, built by the bot's own code from the environment, gets a token
 * from a loopback authority and never asks for instance discovery. It runs in a child process (as the bot does)
 * so it trusts the endpoint's certificate through NODE_EXTRA_CA_CERTS.
 */
const SCRIPT = `
const { loadConfig } = require(${JSON.stringify(join(ROOT, 'dist', 'src', 'config.js'))});
const { graphCredential } = require(${JSON.stringify(join(ROOT, 'dist', 'src', 'adapters', 'graph', 'graph-credential.js'))});
const c = loadConfig();
graphCredential(c.reach.graph).getToken('https://graph.microsoft.com/.default')
  .then((t) => { process.stdout.write(JSON.stringify({ token: t.token })); })
  .catch((e) => { process.stdout.write(JSON.stringify({ error: String(e && e.message || e) })); });
`;

function run(env: Record<string, string>): Promise<{ token?: string; error?: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', SCRIPT], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      if (err && !stdout) { reject(new Error(`${err.message}\n${stderr}`)); return; }
      resolve(JSON.parse(stdout) as { token?: string; error?: string });
    });
  });
}

describe('Entra authority from config (sovereign clouds, test tenants)', () => {
  const authority = new TokenEndpoint({ 'lederbot-client': 'right-secret' });
  let env: Record<string, string>;
  beforeAll(async () => {
    await authority.start();
    env = {
      NODE_EXTRA_CA_CERTS: authority.certFile, TEAMS_APP_CATALOG_ID: 'catalog-app', GRAPH_TENANT_ID: 'test-tenant',
      GRAPH_CLIENT_ID: 'lederbot-client', GRAPH_CLIENT_SECRET: 'right-secret', GRAPH_BASE_URL: 'https://127.0.0.1:9',
      AZURE_AUTHORITY_HOST: authority.url, AZURE_DISABLE_INSTANCE_DISCOVERY: 'true',
    };
  });
  afterAll(() => authority.stop());

  it('gets a token from the configured authority host, without instance discovery', async () => {
    const got = await run(env);
    expect(got.error).toBeUndefined();
    expect(authority.issued).toHaveLength(1);
    expect(got.token).toBe(authority.issued[0].token);
    expect(authority.issued[0]).toMatchObject({ clientId: 'lederbot-client', tenant: 'test-tenant', scope: 'https://graph.microsoft.com/.default' });
    expect(authority.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /test-tenant/v2.0/.well-known/openid-configuration', 'POST /test-tenant/oauth2/v2.0/token',
    ]);
    expect(authority.requests.some((r) => r.path.includes('discovery/instance'))).toBe(false);
  });

  it('reports the authority\'s refusal of a wrong secret as an error, and issues nothing', async () => {
    const before = authority.issued.length;
    const got = await run({ ...env, GRAPH_CLIENT_SECRET: 'wrong-secret' });
    expect(got.error).toMatch(/AADSTS7000215|invalid_client/);
    expect(authority.issued).toHaveLength(before);
  });
});
