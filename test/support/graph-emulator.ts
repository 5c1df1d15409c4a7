import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { CalendarStore, GraphError, parseBatch, prefer, runBatch, type Reply, type SubRequest } from './graph-emulator-routes';
import { teamworkRoute } from './graph-teamwork-routes';
import type { TeamsTenant } from './teams-tenant';
import { makeTestCertificate } from './test-certificate';

export interface EmulatedAttendee {
  emailAddress: { address: string; name?: string };
  type: 'required' | 'optional' | 'resource';
  status: { response: 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded'; time: string };
}

export interface EmulatedEvent {
  id: string;
  /** Lower-case UPN of the organizer mailbox holding the event. */
  mailbox: string;
  transactionId?: string;
  subject: string;
  body?: { contentType: string; content: string };
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  /** An all-day event: start and end at midnight, whole days apart (end exclusive), as Graph requires. */
  isAllDay?: boolean;
  location?: { displayName: string };
  isOnlineMeeting: boolean;
  onlineMeetingProvider?: string;
  onlineMeeting?: { joinUrl: string } | null;
  attendees: EmulatedAttendee[];
  isCancelled: boolean;
  changeKey: string;
  lastModifiedDateTime: string;
  createdDateTime: string;
}

export interface GraphEmulatorOptions {
  /** Outlook's per-mailbox concurrency limit: a request arriving while this many of the same mailbox are in flight gets 429. Default 4. */
  mailboxConcurrency?: number;
  /** Per app+mailbox request budget per window (Outlook: 10000 per 600 s). Default: off. */
  mailboxBudget?: { requests: number; windowMs: number };
  /** Artificial latency per mailbox request (ms), so concurrency limits actually bite. Default 0. */
  latencyMs?: number;
  /** The Teams tenant shared with the Bot Connector emulator: app installations, chats and their messages. */
  tenant?: TeamsTenant;
}

export interface EmulatedFault {
  status: 429 | 500 | 503 | 412 | 403 | 404;
  times?: number;
  retryAfterSeconds?: number;
  match?: { method?: string; pathIncludes?: string };
}

export interface RecordedRequest { method: string; path: string; mailbox?: string; status: number; batched: boolean }

interface Call {
  method: string;
  /** /v1.0/... with its query string. */
  path: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: unknown;
  malformed: boolean;
  batched: boolean;
  authorization: string | undefined;
  requestId: string;
  clientRequestId: string;
}

const FAULTS: Record<EmulatedFault['status'], [string, string]> = {
  429: ['TooManyRequests', 'Too many requests. Please retry after the time given in Retry-After.'],
  500: ['InternalServerError', 'An internal server error occurred. The operation failed.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.'],
  412: ['ErrorIrresolvableConflict', 'The change key passed in the request does not match the current change key of the item.'],
  403: ['ErrorAccessDenied', 'Access is denied. Check credentials and try again.'],
  404: ['ErrorItemNotFound', 'The specified object was not found in the store.'],
};

/** The app a token belongs to, so the request budget is per app and mailbox like Outlook's; opaque test tokens are their own app. */
function appOf(authorization: string): string {
  const payload = authorization.replace(/^Bearer\s+/i, '').split('.')[1];
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    if (typeof claims === 'object' && claims !== null && 'appid' in claims && typeof claims.appid === 'string') return claims.appid;
  } catch { /* not a JWT */ }
  return authorization;
}

/**
 * A loopback HTTPS Microsoft Graph calendar (events, cancel, getSchedule, calendarView/delta, $batch, users) that
 * enforces what Graph enforces — change keys, attendee-list replacement, batch limits, Outlook's per-mailbox
 * concurrency and request budget — so code that passes against it has met the rules it will meet in production.
 */
export class GraphEmulator {
  readonly requests: RecordedRequest[] = [];
  readonly tokens: string[] = [];
  readonly users = new Map<string, { mail?: string; userPrincipalName: string; displayName: string; preferredLanguage?: string }>();
  readonly mailboxes = new Set<string>();
  readonly peakConcurrency = new Map<string, number>();
  private readonly options: { mailboxConcurrency: number; mailboxBudget?: { requests: number; windowMs: number }; latencyMs: number };
  private readonly tenant: TeamsTenant | undefined;
  private store = new CalendarStore();
  private faults: Array<EmulatedFault & { remaining: number }> = [];
  private readonly inFlight = new Map<string, number>();
  private budgets = new Map<string, number[]>();
  private server: Server | undefined;
  private cert = { pem: '', file: '' };

  constructor(options: GraphEmulatorOptions = {}) {
    this.tenant = options.tenant;
    this.options = { mailboxConcurrency: options.mailboxConcurrency ?? 4, latencyMs: options.latencyMs ?? 0,
      ...(options.mailboxBudget ? { mailboxBudget: options.mailboxBudget } : {}) };
  }

  get url(): string {
    if (!this.server) throw new Error('GraphEmulator is not started');
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get certPem(): string { return this.cert.pem; }
  get certFile(): string { return this.cert.file; }

  async start(): Promise<void> {
    const tls = makeTestCertificate();
    this.cert = { pem: tls.cert, file: tls.certFile };
    const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => { void this.serve(req, Buffer.concat(chunks).toString('utf8'), res); });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => { resolve(); }));
    this.server = undefined;
  }

  events(mailbox?: string): EmulatedEvent[] {
    return [...this.store.byId.values()].filter((e) => mailbox === undefined || e.mailbox === mailbox.toLowerCase());
  }

  event(id: string): EmulatedEvent | undefined {
    return this.store.byId.get(id);
  }

  respond(eventId: string, address: string, response: 'accepted' | 'declined' | 'tentativelyAccepted'): void {
    this.store.respond(eventId, address, response);
  }

  inject(fault: EmulatedFault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  reset(): void {
    this.store = new CalendarStore();
    this.requests.length = 0;
    this.tokens.length = 0;
    this.faults = [];
    this.budgets = new Map();
    this.peakConcurrency.clear();
  }

  private async serve(req: IncomingMessage, raw: string, res: ServerResponse): Promise<void> {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    if (headers.authorization !== undefined) this.tokens.push(headers.authorization);
    let body: unknown;
    let malformed = false;
    if (raw.trim() !== '') {
      try { body = JSON.parse(raw); } catch { malformed = true; }
    }
    const call: Call = { method: (req.method ?? 'GET').toUpperCase(), path: req.url ?? '/', headers, body, malformed, batched: false,
      authorization: headers.authorization, requestId: randomUUID(), clientRequestId: headers['client-request-id'] ?? randomUUID() };
    const reply = await this.dispatch(call);
    res.writeHead(reply.status, { 'request-id': call.requestId, 'client-request-id': call.clientRequestId,
      ...(reply.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...reply.headers });
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }

  private errorReply(err: GraphError, call: Call): Reply {
    return { status: err.status, headers: err.headers, body: { error: { code: err.code, message: err.message,
      innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': call.requestId, 'client-request-id': call.clientRequestId } } } };
  }

  /** Records, then runs one request (outer or batched); must reach the concurrency check without awaiting. */
  private async dispatch(call: Call): Promise<Reply> {
    const record: RecordedRequest = { method: call.method, path: call.path, status: 0, batched: call.batched };
    this.requests.push(record);
    let reply: Reply;
    try {
      reply = await this.handle(call, record);
    } catch (err) {
      reply = this.errorReply(err instanceof GraphError ? err : new GraphError(500, 'InternalServerError', String(err)), call);
    }
    record.status = reply.status;
    return reply;
  }

  private takeFault(call: Call): GraphError | undefined {
    const fault = this.faults.find((f) => (f.match?.method === undefined || f.match.method.toUpperCase() === call.method)
      && (f.match?.pathIncludes === undefined || call.path.includes(f.match.pathIncludes)));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
    const seconds = fault.retryAfterSeconds ?? (fault.status === 429 || fault.status === 503 ? 1 : undefined);
    const [code, message] = FAULTS[fault.status];
    return new GraphError(fault.status, code, message, seconds === undefined ? {} : { 'Retry-After': String(seconds) });
  }

  private resolveMailbox(id: string): string {
    return (this.users.get(id)?.userPrincipalName ?? id).toLowerCase();
  }

  private handle(call: Call, record: RecordedRequest): Promise<Reply> {
    if (!call.batched && !/^Bearer\s+\S/i.test(call.authorization ?? '')) {
      throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    }
    if (call.malformed) throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
    const url = new URL(call.path, 'https://graph.invalid');
    const segs = url.pathname.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
    const isUsers = segs[0] === 'v1.0' && segs[1] === 'users' && segs.length >= 3;
    const mailbox = isUsers ? this.resolveMailbox(segs[2]) : undefined;
    const rest = segs.slice(3);
    if (mailbox !== undefined && rest.length > 0) record.mailbox = mailbox;
    const fault = this.takeFault(call);
    if (fault) throw fault;
    if (!call.batched && call.method === 'POST' && url.pathname === '/v1.0/$batch') return this.batch(call);
    const teams = this.tenant ? teamworkRoute(this.tenant, call.method, call.body, segs, url, this.url) : undefined;
    if (teams) return Promise.resolve(teams);
    if (mailbox === undefined) throw this.unknown(url.pathname);
    if (rest.length === 0) {
      if (call.method !== 'GET') throw this.unknown(url.pathname);
      return Promise.resolve(this.directory(segs[2], url.searchParams.get('$select')));
    }
    if (!this.exists(mailbox)) throw new GraphError(404, 'ErrorInvalidUser', `The requested user '${segs[2]}' is invalid.`);
    this.admit(mailbox, call);
    return this.afterLatency(mailbox, () => this.route(call, mailbox, rest, url));
  }

  /** Outlook's throttles: concurrency first (immediate), then the app+mailbox budget; an admitted request is in flight. */
  private admit(mailbox: string, call: Call): void {
    const inFlight = this.inFlight.get(mailbox) ?? 0;
    if (inFlight >= this.options.mailboxConcurrency) {
      throw new GraphError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', { 'Retry-After': '1' });
    }
    const budget = this.options.mailboxBudget;
    if (budget) {
      const key = `${appOf(call.authorization ?? '')}\n${mailbox}`;
      const now = Date.now();
      const recent = (this.budgets.get(key) ?? []).filter((t) => t > now - budget.windowMs);
      this.budgets.set(key, recent);
      if (recent.length >= budget.requests) {
        const seconds = Math.max(1, Math.ceil((recent[0] + budget.windowMs - now) / 1000));
        throw new GraphError(429, 'ApplicationThrottled', 'Application is over its MailboxRequests limit.', { 'Retry-After': String(seconds) });
      }
      recent.push(now);
    }
    this.inFlight.set(mailbox, inFlight + 1);
    this.peakConcurrency.set(mailbox, Math.max(this.peakConcurrency.get(mailbox) ?? 0, inFlight + 1));
  }

  private async afterLatency(mailbox: string, work: () => Reply): Promise<Reply> {
    try {
      if (this.options.latencyMs > 0) await sleep(this.options.latencyMs);
      return work();
    } finally {
      this.inFlight.set(mailbox, (this.inFlight.get(mailbox) ?? 1) - 1);
    }
  }

  private exists(mailbox: string): boolean {
    return this.mailboxes.size === 0 || [...this.mailboxes].some((m) => m.toLowerCase() === mailbox);
  }

  private unknown(path: string): GraphError {
    return new GraphError(404, 'UnknownError', `Resource not found for the segment '${path.split('/').pop() ?? ''}'.`);
  }

  /**
   * GET /users/{id | userPrincipalName}: as Graph answers it, with `$select` honoured (only the selected
   * properties, `id` always), unset properties as null, and 404 Request_ResourceNotFound for an unknown user.
   */
  private directory(id: string, select: string | null): Reply {
    const lower = id.toLowerCase();
    const found = this.users.has(id) ? ([id, this.users.get(id)] as const)
      : [...this.users].find(([, u]) => u.userPrincipalName.toLowerCase() === lower || u.mail?.toLowerCase() === lower);
    if (!found?.[1]) {
      throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
    }
    const [userId, u] = found;
    const all: Record<string, unknown> = { id: userId, displayName: u.displayName, mail: u.mail ?? null,
      userPrincipalName: u.userPrincipalName, preferredLanguage: u.preferredLanguage ?? null };
    const wanted = select ? ['id', ...select.split(',').map((x) => x.trim()).filter((x) => x !== '')] : Object.keys(all);
    const body: Record<string, unknown> = { '@odata.context': `${this.url}/v1.0/$metadata#users${select ? `(${select})` : ''}/$entity` };
    for (const k of wanted) if (k in all) body[k] = all[k];
    return { status: 200, body };
  }

  private route(call: Call, mailbox: string, rest: string[], url: URL): Reply {
    const { timeZone } = prefer(call.headers.prefer);
    const path = rest.join('/');
    const isCollection = path === 'events' || path === 'calendar/events' || (rest.length === 3 && rest[0] === 'calendars' && rest[2] === 'events');
    if (isCollection && call.method === 'POST') return { status: 201, body: this.store.render(this.store.create(mailbox, call.body), timeZone) };
    if (isCollection && call.method === 'GET') {
      return { status: 200, body: { value: this.events(mailbox).filter((e) => !e.isCancelled).map((e) => this.store.render(e, timeZone)) } };
    }
    if (path === 'calendar/getSchedule' && call.method === 'POST') return { status: 200, body: this.store.schedule(call.body, (m) => this.exists(m)) };
    if (path === 'calendarView/delta' && call.method === 'GET') return { status: 200, body: this.store.delta(mailbox, url.searchParams, this.url, call.headers.prefer) };
    if (rest[0] !== 'events' || rest.length < 2 || rest.length > 3) throw this.unknown(url.pathname);
    const e = this.store.find(mailbox, rest[1]);
    const ifMatch = call.headers['if-match'];
    if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== `W/"${e.changeKey}"` && call.method !== 'GET') {
      throw new GraphError(412, 'ErrorIrresolvableConflict', 'The change key passed in the request does not match the current change key of the item.');
    }
    if (rest.length === 3 && rest[2] === 'cancel' && call.method === 'POST') {
      this.store.cancel(e);
      return { status: 202 };
    }
    if (rest.length === 3) throw this.unknown(url.pathname);
    if (call.method === 'GET') return { status: 200, body: this.store.render(e, timeZone) };
    if (call.method === 'PATCH') {
      this.store.patch(e, call.body);
      return { status: 200, body: this.store.render(e, timeZone) };
    }
    if (call.method === 'DELETE') {
      this.store.remove(e);
      return { status: 204 };
    }
    throw new GraphError(405, 'Request_BadRequest', `The HTTP method '${call.method}' is not allowed for this resource.`);
  }

  private batch(outer: Call): Promise<Reply> {
    const subs = parseBatch(outer.body);
    const run = (sub: SubRequest): Promise<Reply> => {
      const headers = Object.fromEntries(Object.entries(sub.headers).map(([k, v]) => [k.toLowerCase(), v]));
      const call: Call = { ...outer, method: sub.method, path: `/v1.0/${sub.url.replace(/^\//, '')}`, headers, body: sub.body, malformed: false,
        batched: true, requestId: randomUUID() };
      if (/^https?:/i.test(sub.url)) return Promise.resolve(this.errorReply(new GraphError(400, 'BadRequest', 'Invalid request URL: it must be relative.'), call));
      if (sub.body !== undefined && !/^application\/json/i.test(headers['content-type'] ?? '')) {
        this.requests.push({ method: call.method, path: call.path, status: 400, batched: true });
        return Promise.resolve(this.errorReply(new GraphError(400, 'BadRequest', 'Content-Type header must be specified when a body is present.'), call));
      }
      return this.dispatch(call);
    };
    return runBatch(subs, run, () => this.errorReply(new GraphError(424, 'FailedDependency', 'The dependent request failed.'), outer));
  }
}
