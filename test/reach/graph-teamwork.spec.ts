import { GraphAppInstaller } from '../../src/adapters/graph/graph-app-installer';
import { createGraphClient } from '../../src/adapters/graph/graph-client';
import { GraphConversationHistory } from '../../src/adapters/graph/graph-conversation-history';
import { MemoryStore } from '../../src/adapters/storage/memory/memory-store';
import { markCard, postMarker } from '../../src/capabilities/reach/domain/post-marker';
import { InstallationRepository } from '../../src/capabilities/reach/store/installation.repository';
import { installAppForPerson } from '../../src/capabilities/reach/use-cases/install-app.use-case';
import { RetryLaterError } from '../../src/jobs/job-errors';
import { NOTIFY_COORDINATORS_JOB } from '../../src/shared/integration-jobs';
import { BOT_ID } from '../support/activities';
import { GraphEmulator } from '../support/graph-emulator';
import { TeamsTenant, type PostedMessage } from '../support/teams-tenant';
import { testGraphCredential, trustingFetch } from '../support/trust-certificate';

/**
 * The real Graph SDK against the Graph emulator's Teams endpoints: installing the app for a user (201, 409
 * already installed, 403 blocked by policy, 429 with Retry-After), the installation's chat, and a marked post
 * found in a chat's or a channel thread's recent messages across @odata.nextLink pages.
 */
const CATALOG = 'b1c5353a-7aca-41b3-830f-27d5218fe0e5';
const A = '00000000-0000-0000-0000-00000000a001';
const B = '00000000-0000-0000-0000-00000000b002';
const GROUP = '4c0a2d4e-1111-4d7a-9d61-0c6f7f1e2a3b';

describe('Graph: the app in users\' personal scope, and marked posts in recent messages', () => {
  const tenant = new TeamsTenant({ catalogId: CATALOG, externalId: 'manifest-id', botId: BOT_ID });
  const graph = new GraphEmulator({ tenant });
  let installer: GraphAppInstaller;
  let history: GraphConversationHistory;
  const posted = new Map<string, PostedMessage[]>();
  tenant.messagesOf = (id) => posted.get(id) ?? [];
  const post = (conversationId: string, n: number, marker?: string): void => {
    const list = posted.get(conversationId) ?? [];
    for (let i = 0; i < n; i += 1) {
      const id = String(1_700_000_000_000 + list.length);
      const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `post ${list.length}` }] };
      list.push({ id, conversationId, at: 1_700_000_000_000 + list.length, activity: { type: 'message', attachments: [{
        contentType: 'application/vnd.microsoft.card.adaptive', content: marker && i === 0 ? markCard(card, marker) : card,
      }] } });
    }
    posted.set(conversationId, list);
  };

  beforeAll(async () => {
    await graph.start();
    const client = createGraphClient(graph.url, testGraphCredential, trustingFetch(graph.certPem));
    installer = new GraphAppInstaller(client, graph.url, CATALOG);
    history = new GraphConversationHistory(client);
  });
  afterAll(() => graph.stop());

  it('installs once: 201, then 409 is "already"; the installation\'s chat is the 1:1 chat', async () => {
    expect(await installer.personalChatId(A)).toBeUndefined();
    expect(await installer.install(A)).toBe('installed');
    expect(await installer.install(A)).toBe('already');
    expect(await installer.personalChatId(A)).toBe(tenant.chatIdOf(A));
    const posts = graph.requests.filter((r) => r.method === 'POST' && r.path === `/v1.0/users/${A}/teamwork/installedApps`);
    expect(posts.map((r) => r.status)).toEqual([201, 409]);
  });

  it('reports a policy block (403) as an outcome and throttling beyond the SDK\'s retries as retry-later with Retry-After', async () => {
    tenant.blocked.add(B);
    expect(await installer.install(B)).toBe('blocked');
    tenant.blocked.delete(B);
    graph.inject({ status: 429, retryAfterSeconds: 1, times: 4, match: { method: 'POST', pathIncludes: '/teamwork/installedApps' } });
    const e = await installer.install(B).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RetryLaterError);
    expect((e as RetryLaterError).retryAfterMs).toBe(1000);
    expect(tenant.isInstalled(B)).toBe(false);
  }, 20_000);

  it('records the installation and tells the coordinators once, in words, when blocked', async () => {
    const store = new MemoryStore();
    const installations = new InstallationRepository(store);
    const deps = { installer, store, installations, now: () => new Date('2024-03-01T09:00:00Z'), cohortName: () => 'LEDPRO 1 – 2024' };
    const C = '00000000-0000-0000-0000-00000000c003';
    tenant.blocked.add(C);
    graph.users.set(C, { userPrincipalName: 'carl@example.no', displayName: 'Carl Carlsen' });
    expect(await installAppForPerson(deps, { aadObjectId: C, cohortId: 'ledpro-1-2024' })).toBe('blocked');
    expect(await installAppForPerson(deps, { aadObjectId: C, cohortId: 'ledpro-1-2024' })).toBe('known');
    expect(await installations.get(C)).toMatchObject({ status: 'blocked' });
    const alerts = await store.jobs.list({ type: NOTIFY_COORDINATORS_JOB });
    expect(alerts).toHaveLength(1);
    const text = (alerts[0].payload as { text: { nb: string; en: string } }).text;
    expect(text.nb).toContain('Lederbot kan ikke sende meldinger til Carl Carlsen (LEDPRO 1 – 2024)');
    expect(text.en).toContain('Ask a Teams administrator to allow Lederbot for Carl Carlsen');
    // A day later the block is asked about again: allowed now, the app is installed; the alert is not repeated.
    tenant.blocked.delete(C);
    const later = { ...deps, now: () => new Date('2024-03-02T09:30:00Z') };
    expect(await installAppForPerson(later, { aadObjectId: C, cohortId: 'ledpro-1-2024' })).toBe('installed');
    expect(await installations.get(C)).toMatchObject({ status: 'installed', chatId: tenant.chatIdOf(C) });
    expect(await store.jobs.list({ type: NOTIFY_COORDINATORS_JOB })).toHaveLength(1);
    // Already installed (a run that died after Graph's 201): 409 is success and the chat is kept.
    expect(await installAppForPerson(deps, { aadObjectId: A })).toBe('installed');
    expect(await installations.get(A)).toMatchObject({ status: 'installed', chatId: tenant.chatIdOf(A) });
    expect(graph.requests.filter((r) => r.path.includes(`/users/${C}/teamwork/installedApps`) && r.method === 'POST').map((r) => r.status)).toEqual([403, 201]);
  });

  it('finds a marked post on the second page of a chat, and reads three pages to tell it is absent', async () => {
    const chat = '19:group-chat-1@thread.v2';
    const marker = postMarker('nominations.post-card:1', chat, 1);
    post(chat, 1, marker);
    post(chat, 70);
    const before = graph.requests.length;
    expect(await history.findMarker({ conversationId: chat, conversationType: 'groupChat' }, marker))
      .toEqual({ kind: 'found', messageId: '1700000000000' });
    expect(graph.requests.slice(before).map((r) => r.path)).toEqual([
      `/v1.0/chats/${encodeURIComponent(chat)}/messages?$top=50`, `/v1.0/chats/${encodeURIComponent(chat)}/messages?$top=50&$skiptoken=50`,
    ]);
    expect(await history.findMarker({ conversationId: chat, conversationType: 'groupChat' }, postMarker('other', chat, 1))).toEqual({ kind: 'absent' });
  });

  it('finds a 1:1 chat that Bot Framework names with an `a:` id through the app\'s installation for the person', async () => {
    const D = '00000000-0000-0000-0000-00000000d004';
    const withInstallations = new GraphConversationHistory(createGraphClient(graph.url, testGraphCredential, trustingFetch(graph.certPem)),
      (aad) => installer.personalChatId(aad));
    tenant.install(D, 'user');
    const marker = postMarker('nominations.post-card:2', 'a:personal-d', 1);
    post(tenant.chatIdOf(D), 2);
    post(tenant.chatIdOf(D), 1, marker);
    expect(await withInstallations.findMarker({ conversationId: 'a:personal-d', conversationType: 'personal', userAadId: D }, marker))
      .toEqual({ kind: 'found', messageId: '1700000000002' });
    expect(await withInstallations.findMarker({ conversationId: 'a:personal-e', conversationType: 'personal', userAadId: 'not-installed' }, marker))
      .toEqual({ kind: 'unreadable' });
  });

  it('reads a channel thread\'s replies by the team\'s group id, and says when a conversation cannot be read', async () => {
    const channel = '19:koordinatorer@thread.tacv2';
    const thread = `${channel};messageid=1700000000000`;
    const marker = postMarker('alerts.notify-coordinators:x', thread, 1);
    post(thread, 3);
    post(thread, 1, marker);
    expect(await history.findMarker({ conversationId: thread, conversationType: 'channel', teamAadGroupId: GROUP }, marker))
      .toEqual({ kind: 'found', messageId: '1700000000003' });
    expect(graph.requests.at(-1)?.path).toBe(`/v1.0/teams/${GROUP}/channels/${encodeURIComponent(channel)}/messages/1700000000000/replies?$top=50`);
    // Without the group id, or for an `a:` 1:1 conversation, Graph cannot be asked: the caller posts as before.
    expect(await history.findMarker({ conversationId: thread, conversationType: 'channel' }, marker)).toEqual({ kind: 'unreadable' });
    expect(await history.findMarker({ conversationId: 'a:personal-1', conversationType: 'personal' }, marker)).toEqual({ kind: 'unreadable' });
    // A chat Graph does not know (404) is unreadable too; throttling is for the caller to wait out.
    expect(await history.findMarker({ conversationId: '19:unknown@thread.v2', conversationType: 'groupChat' }, marker)).toEqual({ kind: 'unreadable' });
    graph.inject({ status: 429, retryAfterSeconds: 2, times: 4, match: { pathIncludes: '/chats/' } });
    await expect(history.findMarker({ conversationId: '19:group-chat-1@thread.v2', conversationType: 'groupChat' }, marker)).rejects.toBeInstanceOf(RetryLaterError);
  }, 30_000);
});
