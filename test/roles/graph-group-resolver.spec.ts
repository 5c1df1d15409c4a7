import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/bot-process';
import { GraphDirectoryFake } from '../support/graph-directory-fake';

/**
 * The real Graph SDK client (built to dist by `npm test`) against an HTTPS directory fake, in a child process
 * that trusts the fake's certificate as production trusts Graph's. The credential is injected: no token
 * service is reachable here.
 */
const script = `
const { createGraphClient } = require(${JSON.stringify(join(ROOT, 'dist/src/adapters/graph/graph-client.js'))});
const { GraphGroupResolver } = require(${JSON.stringify(join(ROOT, 'dist/src/adapters/graph/graph-group-resolver.js'))});
const { RoleDirectory } = require(${JSON.stringify(join(ROOT, 'dist/src/shared/roles.js'))});
const { MemoryStore } = require(${JSON.stringify(join(ROOT, 'dist/src/adapters/storage/memory/memory-store.js'))});
const credential = { getToken: async () => ({ token: 'test-graph-token', expiresOnTimestamp: Date.now() + 3600e3 }) };
(async () => {
  const resolver = new GraphGroupResolver(createGraphClient(process.env.GRAPH_URL, credential), () => new Date());
  const roles = new RoleDirectory(new MemoryStore(), resolver);
  await roles.set({ cohortId: 'ilp-2021-2025', coordinators: ['direct-1'], nominators: [], coordinatorGroups: ['grp-coord'] });
  const out = { holders: await roles.holders('ilp-2021-2025', 'coordinator'), member: await roles.has('ilp-2021-2025', 'coordinator', 'u-5'), stranger: await roles.has('ilp-2021-2025', 'coordinator', 'nobody') };
  let missing = 'none';
  try { await resolver.members('no-such-group'); } catch (e) { missing = String(e.statusCode || e.code); }
  process.stdout.write(JSON.stringify({ ...out, missing }));
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
`;

describe('Entra groups resolved through Microsoft Graph', () => {
  const graph = new GraphDirectoryFake();
  beforeAll(() => graph.start());
  afterAll(() => graph.stop());

  it('expands a coordinator group across pages, after a 429, with the bearer token, and refuses a missing group', async () => {
    graph.groups.set('grp-coord', ['u-1', 'u-2', 'u-3', 'u-4', 'u-5']);
    graph.throttleNext = 1;
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['-e', script], {
        env: { PATH: process.env.PATH ?? '', GRAPH_URL: graph.url, NODE_EXTRA_CA_CERTS: graph.certFile }, timeout: 30_000,
      }, (e, out, err) => (e ? reject(new Error(`${e.message}\n${err}`)) : resolve(out)));
    });
    expect(JSON.parse(stdout)).toEqual({
      holders: ['direct-1', 'u-1', 'u-2', 'u-3', 'u-4', 'u-5'], member: true, stranger: false, missing: '404',
    });
    // 1 throttled + 3 pages + the missing group; every call carried the credential's token.
    expect(graph.requests).toBe(5);
    expect(new Set(graph.tokens)).toEqual(new Set(['Bearer test-graph-token']));
  });
});
