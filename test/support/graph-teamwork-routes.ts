import { GraphError, type Reply } from './graph-emulator-routes';
import type { PostedMessage, TeamsTenant } from './teams-tenant';

/**
 * The Teams part of the Graph emulator: the app's installations in users' personal scope, the installation's
 * chat, and the messages of chats and channels with Graph's paging (`$top` at most 50, `@odata.nextLink`, newest
 * first). Errors are Graph's: 409 when the app is already installed, 403 when the tenant's app permission policy
 * blocks it, 404 for an app the catalog does not have.
 */
export function teamworkRoute(tenant: TeamsTenant, method: string, body: unknown, segs: readonly string[], url: URL, base: string): Reply | undefined {
  if (segs[1] === 'users' && segs[3] === 'teamwork' && segs[4] === 'installedApps') return installedApps(tenant, method, body, segs, url, base);
  if (segs[1] === 'chats' && segs.length === 4 && segs[3] === 'messages') return messages(tenant, method, segs[2], url, base, `chats/${encodeURIComponent(segs[2])}/messages`);
  if (segs[1] === 'teams' && segs[3] === 'channels' && segs.length === 6 && segs[5] === 'messages') {
    // Graph addresses a team by its group id (a GUID), not by the Teams thread id Bot Framework uses.
    if (!/^[0-9a-f-]{36}$/i.test(segs[2])) throw new GraphError(400, 'BadRequest', `Invalid team id '${segs[2]}'.`);
    return messages(tenant, method, segs[4], url, base, `teams/${segs[2]}/channels/${encodeURIComponent(segs[4])}/messages`);
  }
  if (segs[1] === 'teams' && segs[3] === 'channels' && segs.length === 8 && segs[5] === 'messages' && segs[7] === 'replies') {
    if (!/^[0-9a-f-]{36}$/i.test(segs[2])) throw new GraphError(400, 'BadRequest', `Invalid team id '${segs[2]}'.`);
    return messages(tenant, method, `${segs[4]};messageid=${segs[6]}`, url, base,
      `teams/${segs[2]}/channels/${encodeURIComponent(segs[4])}/messages/${segs[6]}/replies`);
  }
  return undefined;
}

function appOf(tenant: TeamsTenant): Record<string, unknown> {
  return { id: tenant.app.catalogId, externalId: tenant.app.externalId, displayName: 'Lederbot', distributionMethod: 'organization' };
}

function installedApps(tenant: TeamsTenant, method: string, body: unknown, segs: readonly string[], url: URL, base: string): Reply {
  const user = segs[2];
  if (segs.length === 5 && method === 'POST') {
    const bind = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['teamsApp@odata.bind'] : undefined;
    const m = typeof bind === 'string' ? /\/appCatalogs\/teamsApps\/([^/?]+)$/.exec(bind) : null;
    if (!m) throw new GraphError(400, 'BadRequest', 'Bind reference teamsApp@odata.bind is missing or invalid.');
    if (decodeURIComponent(m[1]) !== tenant.app.catalogId) throw new GraphError(404, 'NotFound', `App with id ${m[1]} was not found in the catalog.`);
    if (tenant.blocked.has(user)) {
      throw new GraphError(403, 'Forbidden', 'The app is blocked by the app permission policy of the user. Contact your administrator.');
    }
    if (tenant.isInstalled(user)) throw new GraphError(409, 'Conflict', 'App is already installed for this user.');
    tenant.install(user, 'graph');
    return { status: 201 };
  }
  if (segs.length === 5 && method === 'GET') {
    const filter = url.searchParams.get('$filter') ?? '';
    const f = /^teamsApp\/(id|externalId) eq '([^']*)'$/.exec(filter.trim());
    if (filter !== '' && !f) throw new GraphError(400, 'BadRequest', `Invalid filter clause: ${filter}`);
    const expand = url.searchParams.get('$expand') === 'teamsApp';
    const mine = tenant.installed.get(user);
    const matches = mine && (!f || (f[1] === 'id' ? tenant.app.catalogId : tenant.app.externalId) === f[2]);
    return { status: 200, body: {
      '@odata.context': `${base}/v1.0/$metadata#users('${user}')/teamwork/installedApps`,
      value: matches ? [{ id: mine.installationId, ...(expand ? { teamsApp: appOf(tenant) } : {}) }] : [],
    } };
  }
  if (segs.length === 7 && segs[6] === 'chat' && method === 'GET') {
    const mine = tenant.installed.get(user);
    if (!mine || mine.installationId !== segs[5]) throw new GraphError(404, 'NotFound', 'The app installation was not found.');
    return { status: 200, body: { '@odata.context': `${base}/v1.0/$metadata#chats/$entity`, id: mine.chatId, chatType: 'oneOnOne', topic: null,
      createdDateTime: new Date().toISOString(), tenantId: 'tenant' } };
  }
  throw new GraphError(405, 'MethodNotAllowed', `The HTTP method '${method}' is not allowed for this resource.`);
}

function render(tenant: TeamsTenant, m: PostedMessage): Record<string, unknown> {
  const a = m.activity;
  const attachments = Array.isArray(a.attachments) ? (a.attachments as Array<Record<string, unknown>>) : [];
  const text = typeof a.text === 'string' ? a.text : '';
  const at = new Date(m.at).toISOString();
  return {
    id: m.id, replyToId: null, messageType: 'message', createdDateTime: at, lastModifiedDateTime: at, deletedDateTime: null,
    chatId: m.conversationId.endsWith('@thread.tacv2') ? null : m.conversationId,
    from: { user: null, application: { id: tenant.app.botId, displayName: 'Lederbot', applicationIdentityType: 'bot' } },
    body: { contentType: 'html', content: [text, ...attachments.map((_, i) => `<attachment id="${m.id}-${i}"></attachment>`)].join('') },
    // Graph gives a card as its JSON text, exactly as it was posted.
    attachments: attachments.map((x, i) => ({ id: `${m.id}-${i}`, contentType: x.contentType, contentUrl: null, name: null, thumbnailUrl: null,
      content: typeof x.content === 'string' ? x.content : JSON.stringify(x.content) })),
  };
}

function messages(tenant: TeamsTenant, method: string, conversationId: string, url: URL, base: string, path: string): Reply {
  if (method !== 'GET') throw new GraphError(405, 'MethodNotAllowed', `The HTTP method '${method}' is not allowed for this resource.`);
  const top = Number(url.searchParams.get('$top') ?? '20');
  if (!Number.isInteger(top) || top < 1 || top > 50) throw new GraphError(400, 'BadRequest', 'Invalid page size: $top must be between 1 and 50.');
  const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
  const all = [...tenant.messagesOf(conversationId)].sort((x, y) => y.at - x.at || (y.id < x.id ? -1 : 1));
  if (all.length === 0 && !tenant.knownConversation(conversationId)) throw new GraphError(404, 'NotFound', `Conversation ${conversationId} was not found.`);
  const page = all.slice(skip, skip + top);
  const next = skip + top < all.length ? `${base}/v1.0/${path}?$top=${top}&$skiptoken=${skip + top}` : undefined;
  return { status: 200, body: { '@odata.context': `${base}/v1.0/$metadata#${path}`, '@odata.count': page.length,
    ...(next ? { '@odata.nextLink': next } : {}), value: page.map((m) => render(tenant, m)) } };
}
