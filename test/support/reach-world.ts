import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOT_ID, TENANT } from './activities';
import { ConnectorEmulator } from './connector-emulator';
import { GraphEmulator } from './graph-emulator';
import { TeamsTenant } from './teams-tenant';
import { TokenEndpoint } from './token-endpoint';

/**
 * A Teams tenant as a real bot process meets it: the Bot Connector and Graph emulators sharing one tenant
 * (installations, chats, messages), and a loopback Entra authority the bot's real @azure/identity credential
 * gets its Graph tokens from. `botEnv()` is what the bot process is started with.
 */
export const CATALOG_APP_ID = 'a6b63365-31a4-4f43-92ec-710b71557af9';
const CLIENT_ID = 'lederbot-graph-client';
const CLIENT_SECRET = 'loopback-only-secret';

export interface ReachWorld {
  readonly tenant: TeamsTenant;
  readonly teams: ConnectorEmulator;
  readonly graph: GraphEmulator;
  readonly authority: TokenEndpoint;
  readonly serviceUrl: string;
  botEnv(): Record<string, string>;
  stop(): Promise<void>;
}

export async function startReachWorld(o: { enforceLimits?: boolean; graphLatencyMs?: number } = {}): Promise<ReachWorld> {
  const tenant = new TeamsTenant({ catalogId: CATALOG_APP_ID, externalId: 'c5d8e8a4-6a0e-4f65-9d1e-5b7a3e2b9f10', botId: BOT_ID });
  const teams = new ConnectorEmulator({ tenant, enforceLimits: o.enforceLimits });
  const graph = new GraphEmulator({ tenant, latencyMs: o.graphLatencyMs ?? 2 });
  const authority = new TokenEndpoint({ [CLIENT_ID]: CLIENT_SECRET });
  const serviceUrl = await teams.start();
  await graph.start();
  await authority.start();
  // The bot process trusts both loopback HTTPS servers' certificates (made at test start) and nothing else new.
  const caFile = join(mkdtempSync(join(tmpdir(), 'lederbot-ca-')), 'ca.pem');
  writeFileSync(caFile, `${graph.certPem}\n${authority.certPem}\n`);
  return {
    tenant, teams, graph, authority, serviceUrl,
    botEnv: () => ({
      NODE_EXTRA_CA_CERTS: caFile, TEAMS_APP_CATALOG_ID: CATALOG_APP_ID, GRAPH_BASE_URL: graph.url, GRAPH_TENANT_ID: TENANT,
      GRAPH_CLIENT_ID: CLIENT_ID, GRAPH_CLIENT_SECRET: CLIENT_SECRET, AZURE_AUTHORITY_HOST: authority.url, AZURE_DISABLE_INSTANCE_DISCOVERY: 'true',
    }),
    async stop() {
      await teams.stop();
      await graph.stop();
      await authority.stop();
    },
  };
}

export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
