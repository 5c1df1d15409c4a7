import { request } from 'node:https';
import { GraphEmulator } from './graph-emulator';

interface Res { status: number; headers: Record<string, string | string[] | undefined>; body: unknown }

/** Reads a slash path ("value/0/id"; keys like @odata.etag hold dots) out of a JSON body, so assertions stay typed without casts. */
const at = (value: unknown, path: string): unknown =>
  path.split('/').reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined), value);
const str = (value: unknown, path: string): string => String(at(value, path));

const MB = 'program@contoso.no';
const time = (h: number): { dateTime: string; timeZone: string } => ({ dateTime: `2024-02-15T${String(h).padStart(2, '0')}:00:00.0000000`, timeZone: 'W. Europe Standard Time' });
const person = (address: string): { emailAddress: { address: string }; type: string } => ({ emailAddress: { address }, type: 'required' });

describe('GraphEmulator', () => {
  let graph: GraphEmulator;

  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}, auth = 'Bearer t0ken'): Promise<Res> =>
    new Promise((resolve, reject) => {
      const url = new URL(path.startsWith('http') ? path : `${graph.url}${path}`);
      const req = request(url, { method, ca: graph.certPem, headers: { ...(auth ? { Authorization: auth } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => { text += c.toString('utf8'); });
        res.on('end', () => { resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined }); });
      });
      req.on('error', reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  const create = async (extra: Record<string, unknown> = {}): Promise<Res> =>
    call('POST', `/v1.0/users/${MB}/events`, { subject: 'Samling', start: time(10), end: time(12), ...extra });
  const created = async (extra: Record<string, unknown> = {}): Promise<string> => str((await create(extra)).body, 'id');
  const batch = (requests: unknown[]): Promise<Res> => call('POST', '/v1.0/$batch', { requests });

  beforeAll(async () => {
    graph = new GraphEmulator({ latencyMs: 50 });
    await graph.start();
  });
  afterAll(async () => { await graph.stop(); });
  beforeEach(() => { graph.reset(); });

  it('creates an event and makes a retried create with the same transactionId idempotent', async () => {
    const first = await create({ transactionId: 'tx-1', attendees: [person('Kari@contoso.no')], isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' });
    expect(first.status).toBe(201);
    expect(first.headers['request-id']).toBeDefined();
    expect(at(first.body, '@odata.etag')).toBe(`W/"${str(first.body, 'changeKey')}"`);
    expect(at(first.body, 'attendees/0/status')).toEqual({ response: 'none', time: '0001-01-01T00:00:00Z' });
    expect(str(first.body, 'onlineMeeting/joinUrl')).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const again = await create({ transactionId: 'tx-1' });
    expect(again.status).toBe(201);
    expect(at(again.body, 'id')).toBe(at(first.body, 'id'));
    expect(graph.events(MB)).toHaveLength(1);
    expect(at((await call('POST', `/v1.0/users/${MB}/events`, { subject: 'no times' })).body, 'error/code')).toBe('ErrorInvalidRequest');
  });

  it('PATCH replaces the attendee list and keeps the statuses of kept attendees', async () => {
    const e = await created({ attendees: [person('kari@contoso.no'), person('ola@contoso.no')] });
    graph.respond(e, 'kari@contoso.no', 'accepted');
    const patched = await call('PATCH', `/v1.0/users/${MB}/events/${e}`, { attendees: [person('KARI@contoso.no'), person('per@contoso.no')] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ attendees: [{ status: { response: 'accepted' } }, { status: { response: 'none' } }] });
    expect(graph.event(e)?.attendees.map((a) => a.emailAddress.address)).toEqual(['KARI@contoso.no', 'per@contoso.no']);
    const tooMany = Array.from({ length: 501 }, (_, i) => person(`p${i}@contoso.no`));
    expect((await call('PATCH', `/v1.0/users/${MB}/events/${e}`, { attendees: tooMany })).status).toBe(400);
  });

  it('rejects a PATCH with a stale If-Match with 412', async () => {
    const made = await create();
    const e = str(made.body, 'id');
    const etag = str(made.body, '@odata.etag');
    const fresh = await call('PATCH', `/v1.0/users/${MB}/events/${e}`, { subject: 'Ny' }, { 'If-Match': etag });
    expect(fresh.status).toBe(200);
    const stale = await call('PATCH', `/v1.0/users/${MB}/events/${e}`, { subject: 'Gammel' }, { 'If-Match': etag });
    expect(stale.status).toBe(412);
    expect(stale.headers['content-type']).toBe('application/json');
    expect(stale.body).toMatchObject({ error: { code: 'ErrorIrresolvableConflict', innerError: { 'request-id': stale.headers['request-id'] } } });
    expect(graph.event(e)?.subject).toBe('Ny');
  });

  it('shows a decline in calendarView/delta, and the next delta is empty', async () => {
    const e = await created({ attendees: [person('kari@contoso.no')] });
    const window = '?startDateTime=2024-02-01T00:00:00Z&endDateTime=2024-03-01T00:00:00Z';
    const first = await call('GET', `/v1.0/users/${MB}/calendarView/delta${window}`);
    expect(first.body).toMatchObject({ value: [{ id: e }] });
    graph.respond(e, 'kari@contoso.no', 'declined');
    const changed = await call('GET', str(first.body, '@odata.deltaLink'));
    expect(at(changed.body, 'value/length')).toBe(1);
    expect(str(changed.body, 'value/0/attendees/0/status/response')).toBe('declined');
    const none = await call('GET', str(changed.body, '@odata.deltaLink'));
    expect(at(none.body, 'value')).toEqual([]);
    expect(str(none.body, '@odata.deltaLink')).toContain('$deltatoken=');
  });

  it('cancels with 202, refuses a second cancel, and delta reports it removed', async () => {
    const e = await created();
    const first = await call('GET', `/v1.0/users/${MB}/calendarView/delta?startDateTime=2024-02-01T00:00:00Z&endDateTime=2024-03-01T00:00:00Z`);
    const cancelled = await call('POST', `/v1.0/users/${MB}/events/${e}/cancel`, { comment: 'Avlyst' });
    expect(cancelled.status).toBe(202);
    expect(cancelled.body).toBeUndefined();
    expect(graph.event(e)?.isCancelled).toBe(true);
    expect((await call('POST', `/v1.0/users/${MB}/events/${e}/cancel`, {})).status).toBe(400);
    const delta = await call('GET', str(first.body, '@odata.deltaLink'));
    expect(at(delta.body, 'value')).toEqual([expect.objectContaining({ id: e, '@removed': { reason: 'deleted' } })]);
  });

  it('answers a batch 200 with a throttled sub-request of its own, with Retry-After', async () => {
    const e = await created();
    graph.inject({ status: 429, retryAfterSeconds: 7, match: { pathIncludes: `/events/${e}` } });
    const res = await batch([
      { id: '1', method: 'GET', url: `/users/${MB}/events/${e}` },
      { id: '2', method: 'POST', url: `users/${MB}/events`, headers: { 'content-type': 'application/json' }, body: { subject: 'B', start: time(13), end: time(14) } },
      { id: '3', method: 'POST', url: `users/${MB}/events`, body: { subject: 'C', start: time(13), end: time(14) } },
      { id: '4', method: 'GET', url: `/users/${MB}/events/${e}`, dependsOn: ['1'] },
    ]);
    expect(res.status).toBe(200);
    const responses = at(res.body, 'responses') as Array<{ id: string; status: number; headers: Record<string, string>; body: unknown }>;
    const byId = Object.fromEntries(responses.map((r) => [r.id, r]));
    expect(byId['1']).toMatchObject({ status: 429, headers: { 'Retry-After': '7', 'Content-Type': 'application/json' } });
    expect(byId['2']).toMatchObject({ status: 201, headers: { 'Content-Type': 'application/json' }, body: { subject: 'B' } });
    expect(byId['3'].status).toBe(400);
    expect(byId['4'].status).toBe(424);
    expect(graph.requests.filter((r) => r.batched).map((r) => r.status)).toEqual([429, 201, 400]);
    expect((await batch(Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/users/x/events' })))).status).toBe(400);
  });

  it('throttles the fifth concurrent same-mailbox sub-request with MailboxConcurrency', async () => {
    const res = await batch(Array.from({ length: 5 }, (_, i) => ({ id: String(i), method: 'POST', url: `/users/${MB}/events`,
      headers: { 'Content-Type': 'application/json' }, body: { subject: `S${i}`, start: time(9), end: time(10) } })));
    const responses = at(res.body, 'responses') as Array<{ status: number; headers: Record<string, string>; body: unknown }>;
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 201, 429]);
    const throttled = responses.find((r) => r.status === 429);
    expect(throttled?.body).toMatchObject({ error: { code: 'ApplicationThrottled', message: expect.stringContaining('MailboxConcurrency') } });
    expect(throttled?.headers['Retry-After']).toBe('1');
    expect(graph.peakConcurrency.get(MB)).toBe(4);
  });

  it('answers 401 without a bearer token', async () => {
    const res = await call('GET', `/v1.0/users/${MB}/events`, undefined, {}, '');
    expect(res.status).toBe(401);
    expect(at(res.body, 'error/code')).toBe('InvalidAuthenticationToken');
    expect(graph.tokens).toEqual([]);
    expect((await call('GET', '/v1.0/nothing/here')).status).toBe(404);
    expect(graph.tokens).toEqual(['Bearer t0ken']);
  });

  it('builds getSchedule from the mailbox events and enforces its limits', async () => {
    await create();
    const window = { startTime: time(8), endTime: time(14), availabilityViewInterval: 60 };
    const res = await call('POST', `/v1.0/users/${MB}/calendar/getSchedule`, { schedules: [MB], ...window });
    expect(res.status).toBe(200);
    expect(at(res.body, 'value/0')).toMatchObject({ scheduleId: MB, availabilityView: '002200',
      scheduleItems: [{ status: 'busy', subject: 'Samling', start: time(10), end: time(12) }] });
    const many = Array.from({ length: 21 }, (_, i) => `u${i}@contoso.no`);
    expect((await call('POST', `/v1.0/users/${MB}/calendar/getSchedule`, { schedules: many, ...window })).status).toBe(400);
    const long = { schedules: [MB], startTime: time(8), endTime: { dateTime: '2024-04-20T08:00:00', timeZone: 'W. Europe Standard Time' } };
    expect((await call('POST', `/v1.0/users/${MB}/calendar/getSchedule`, long)).status).toBe(400);
  });

  it('answers GET /users/{id} with the selected properties, 404 for an unknown user, and 429 with Retry-After on demand', async () => {
    graph.users.set('0b1c', { displayName: 'Kari Nordmann', userPrincipalName: 'kari@contoso.no', mail: 'kari@contoso.no', preferredLanguage: 'nb-NO' });
    const res = await call('GET', '/v1.0/users/0b1c?$select=displayName,mail,preferredLanguage');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ '@odata.context': expect.stringContaining('$metadata#users(displayName,mail,preferredLanguage)/$entity'),
      id: '0b1c', displayName: 'Kari Nordmann', mail: 'kari@contoso.no', preferredLanguage: 'nb-NO' });
    const unknown = await call('GET', '/v1.0/users/ffff-none');
    expect(unknown.status).toBe(404);
    expect(at(unknown.body, 'error/code')).toBe('Request_ResourceNotFound');
    graph.inject({ status: 429, retryAfterSeconds: 3, match: { pathIncludes: '/users/0b1c' } });
    const throttled = await call('GET', '/v1.0/users/0b1c');
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('3');
    expect(at(throttled.body, 'error/code')).toBe('TooManyRequests');
    expect((await call('GET', '/v1.0/users/0b1c')).status).toBe(200);
  });
});
