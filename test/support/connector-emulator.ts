import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { TeamsTenant } from './teams-tenant';

/**
 * A loopback Bot Connector (the Teams side of a bot's outbound calls), following the Bot Framework REST API:
 * replies, proactive sends, updates, conversation creation and member look-ups, with Microsoft's error bodies.
 * Faults (429 with Retry-After, 403, 5xx) can be injected, and Teams' documented rate limits can be enforced.
 */

export interface ReceivedActivity {
  readonly seq: number;
  readonly method: 'POST' | 'PUT';
  readonly conversationId: string;
  /** Set for replies (POST .../activities/{replyToId}) and updates (PUT .../activities/{id}). */
  readonly activityId: string | undefined;
  /** Id the emulator gave a new activity. */
  readonly assignedId: string;
  readonly activity: Record<string, unknown>;
  readonly at: number;
  readonly authorization: string | undefined;
}

export interface Member {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
  readonly email?: string;
  readonly userPrincipalName?: string;
  readonly tenantId?: string;
  readonly userRole?: string;
}

export interface Fault {
  readonly status: number;
  /** Seconds, sent as Retry-After. */
  readonly retryAfter?: number;
  readonly code?: string;
  readonly message?: string;
  /** Only requests to this conversation; any when absent. */
  readonly conversationId?: string;
  /** How many requests get it (default 1). */
  times?: number;
}

interface Window { readonly ms: number; readonly max: number }
/** Teams' per-bot, per-conversation send limits (see notes/teams-platform.md). */
export const TEAMS_CONVERSATION_LIMITS: readonly Window[] = [
  { ms: 1_000, max: 7 }, { ms: 2_000, max: 8 }, { ms: 30_000, max: 60 }, { ms: 3_600_000, max: 1_800 },
];
export const TEAMS_APP_LIMITS: readonly Window[] = [{ ms: 1_000, max: 50 }];

export class ConnectorEmulator {
  readonly received: ReceivedActivity[] = [];
  /** Injected faults as they were answered, in order. */
  readonly faultsServed: Array<{ readonly conversationId: string | undefined; readonly status: number }> = [];
  readonly created: Array<{ id: string; body: Record<string, unknown> }> = [];
  readonly members = new Map<string, Member[]>();
  /** Conversations whose user blocked the bot or from which the bot was removed: 403 on every send. */
  readonly blocked = new Map<string, 'MessageWritesBlocked' | 'BotNotInConversationRoster'>();
  private readonly faults: Fault[] = [];
  private readonly sendTimes = new Map<string, number[]>();
  private readonly appTimes: number[] = [];
  private server: Server | undefined;
  private seq = 0;
  /** Counts of 429 answers given because a documented limit was exceeded (not injected). */
  throttled = 0;
  /** Concurrent in-flight requests per conversation seen (Teams: never send several at once). */
  maxConcurrentPerConversation = 0;
  private readonly inFlight = new Map<string, number>();
  /**
   * Asked before a send is accepted. Returning false drops the connection without accepting the activity, as
   * when the bot process dies while its request is still on the wire (crash tests kill the bot from here).
   */
  beforeAccept: ((conversationId: string) => boolean | Promise<boolean>) | undefined;
  /** Told of every accepted activity as it arrives (benchmarks time replies with it instead of polling). */
  onReceived: ((r: ReceivedActivity) => void) | undefined;

  /**
   * Asked after a send was accepted and before Teams answers: returning false drops the connection, as when the
   * bot process dies after Teams took the post but before the bot heard so (the window that can double a post).
   */
  afterAccept: ((r: ReceivedActivity) => boolean | Promise<boolean>) | undefined;

  /**
   * With a `tenant` (shared with the Graph emulator), a 1:1 conversation is created only with a user the app is
   * installed for, by the user or through Graph; others get Teams' 403. The tenant lists this emulator's posts
   * as the conversations' messages.
   */
  constructor(private readonly options: { enforceLimits?: boolean; latencyMs?: number; tenant?: TeamsTenant } = {}) {
    if (options.tenant) {
      const tenant = options.tenant;
      tenant.messagesOf = (conversationId) => this.received
        .filter((r) => r.method === 'POST' && (r.conversationId === conversationId || tenant.aliases.get(r.conversationId) === conversationId))
        .map((r) => ({ id: r.assignedId, conversationId, at: r.at, activity: r.activity }));
    }
  }

  get url(): string {
    const a = this.server?.address() as AddressInfo | null;
    if (!a) throw new Error('emulator not started');
    return `http://127.0.0.1:${a.port}/`;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => { void this.handle(req, res); });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }

  setMembers(conversationId: string, members: Member[]): void {
    this.members.set(conversationId, members);
  }

  /** Activities posted to a conversation (new messages and replies, not updates). */
  sentTo(conversationId: string): ReceivedActivity[] {
    return this.received.filter((r) => r.conversationId === conversationId && r.method === 'POST');
  }

  updatesOf(activityId: string): ReceivedActivity[] {
    return this.received.filter((r) => r.method === 'PUT' && r.activityId === activityId);
  }

  reset(): void {
    this.received.length = 0;
    this.created.length = 0;
    this.faults.length = 0;
    this.sendTimes.clear();
    this.appTimes.length = 0;
    this.throttled = 0;
  }

  /** Resolves when `predicate` holds, polling; rejects after `timeoutMs`. */
  async waitFor(predicate: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private error(res: ServerResponse, status: number, code: string, message: string, retryAfter?: number): void {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
    res.writeHead(status, headers);
    res.end(JSON.stringify({ error: { code, message } }));
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private takeFault(conversationId: string | undefined): Fault | undefined {
    const i = this.faults.findIndex((f) => (f.times ?? 0) > 0 && (!f.conversationId || f.conversationId === conversationId));
    if (i < 0) return undefined;
    const f = this.faults[i];
    f.times = (f.times ?? 1) - 1;
    if (f.times <= 0) this.faults.splice(i, 1);
    return f;
  }

  /** Sliding windows as Teams documents them; returns seconds to wait when a limit is hit. */
  private overLimit(conversationId: string, now: number): number | undefined {
    const conv = this.sendTimes.get(conversationId) ?? [];
    const check = (times: number[], windows: readonly Window[]): number | undefined => {
      for (const w of windows) {
        const inWindow = times.filter((t) => t > now - w.ms);
        if (inWindow.length >= w.max) return Math.max(1, Math.ceil((inWindow[0] + w.ms - now) / 1000));
      }
      return undefined;
    };
    return check(conv, TEAMS_CONVERSATION_LIMITS) ?? check(this.appTimes, TEAMS_APP_LIMITS);
  }

  private record(conversationId: string, now: number): void {
    const conv = this.sendTimes.get(conversationId) ?? [];
    conv.push(now);
    // Keep an hour of history at most: the longest window.
    while (conv.length > 0 && conv[0] < now - 3_600_000) conv.shift();
    this.sendTimes.set(conversationId, conv);
    this.appTimes.push(now);
    while (this.appTimes.length > 0 && this.appTimes[0] < now - 1_000) this.appTimes.shift();
  }

  private async readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (!text) return {};
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const body = await this.readJson(req);
    if (body === undefined) { this.error(res, 400, 'BadSyntax', 'Request body is not valid JSON'); return; }
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') { this.error(res, 404, 'NotFound', 'Unknown path'); return; }
    const conversationId = parts[2];

    const fault = this.takeFault(conversationId);
    if (fault) {
      this.faultsServed.push({ conversationId, status: fault.status });
      this.error(res, fault.status, fault.code ?? (fault.status === 429 ? 'Throttled' : 'ServiceError'),
        fault.message ?? `Injected ${fault.status}`, fault.retryAfter);
      return;
    }

    if (req.method === 'POST' && parts.length === 2) {
      const tenant = this.options.tenant;
      const members = Array.isArray(body.members) ? (body.members as Array<{ id?: unknown; aadObjectId?: unknown }>) : [];
      if (tenant && body.isGroup !== true && members.length === 1) {
        const m = members[0];
        const aad = typeof m.aadObjectId === 'string' ? m.aadObjectId : tenant.aadOf(typeof m.id === 'string' ? m.id : '');
        const installed = tenant.installed.get(aad);
        if (!installed) {
          this.error(res, 403, 'Forbidden', 'Bot is not installed in user\'s personal scope');
          return;
        }
        this.created.push({ id: installed.chatId, body });
        this.json(res, 201, { id: installed.chatId, activityId: '', serviceUrl: this.url });
        return;
      }
      const id = `a:${randomUUID()}`;
      this.created.push({ id, body });
      this.json(res, 201, { id, activityId: '', serviceUrl: this.url });
      return;
    }
    if (req.method === 'GET' && parts[3] === 'members') {
      const list = this.members.get(conversationId) ?? [];
      if (parts[4]) {
        const m = list.find((x) => x.id === parts[4] || x.aadObjectId === parts[4]);
        if (!m) { this.error(res, 404, 'MemberNotFoundInConversation', 'The member is not in the conversation'); return; }
        this.json(res, 200, m);
        return;
      }
      this.json(res, 200, list);
      return;
    }
    if (req.method === 'GET' && parts[3] === 'pagedmembers') {
      this.json(res, 200, { members: this.members.get(conversationId) ?? [] });
      return;
    }
    if ((req.method === 'POST' || req.method === 'PUT') && parts[3] === 'activities') {
      const blocked = this.blocked.get(conversationId);
      if (blocked === 'MessageWritesBlocked') {
        res.writeHead(403, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.', subCode: 'MessageWritesBlocked' } }));
        return;
      }
      if (blocked === 'BotNotInConversationRoster') {
        this.error(res, 403, 'BotNotInConversationRoster', 'The bot is not part of the conversation roster.');
        return;
      }
      if (req.method === 'POST' && this.beforeAccept && !(await this.beforeAccept(conversationId))) {
        req.socket.destroy();
        return;
      }
      const now = Date.now();
      if (this.options.enforceLimits && req.method === 'POST') {
        const wait = this.overLimit(conversationId, now);
        if (wait !== undefined) {
          this.throttled += 1;
          this.error(res, 429, 'Throttled', 'Too many requests', wait);
          return;
        }
        this.record(conversationId, now);
      }
      const n = (this.inFlight.get(conversationId) ?? 0) + 1;
      this.inFlight.set(conversationId, n);
      this.maxConcurrentPerConversation = Math.max(this.maxConcurrentPerConversation, n);
      try {
        if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
        this.seq += 1;
        const assignedId = req.method === 'PUT' ? parts[4] : `${this.seq}:${randomUUID().slice(0, 8)}`;
        const got: ReceivedActivity = {
          seq: this.seq, method: req.method, conversationId, activityId: parts[4], assignedId, activity: body, at: now,
          authorization: req.headers.authorization,
        };
        this.received.push(got);
        this.onReceived?.(got);
        if (this.afterAccept && !(await this.afterAccept(got))) {
          req.socket.destroy();
          return;
        }
        this.json(res, req.method === 'PUT' ? 200 : 201, { id: assignedId });
      } finally {
        this.inFlight.set(conversationId, (this.inFlight.get(conversationId) ?? 1) - 1);
      }
      return;
    }
    this.error(res, 405, 'MethodNotAllowed', `${req.method ?? ''} not supported`);
  }
}
