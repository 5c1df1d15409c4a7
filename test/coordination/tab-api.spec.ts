import { request } from 'node:http';
import ExcelJS from 'exceljs';
import { CHANNEL, COORD, COORD2, ILP, LEADER, NOMINATOR, STRANGER, startHarness, cardOf, visible, type Harness } from '../nominations/nominations-harness';
import { EntraTokenIssuer } from '../support/entra-token-issuer';
import { TENANT } from '../support/activities';

/**
 * The coordinator tab's API through the real server (restify, SQLite, job runner, the connector emulator as
 * Teams) with Teams SSO tokens from a local Entra issuer: who may read what, decisions through the cards' use
 * case, exports read back, a new cohort used by Q&A at once, a given-up job tried again.
 */
jest.setTimeout(60_000);

const APP_ID = '00000000-0000-4000-8000-00000000a11c';
const AUDIENCE = `api://localhost/${APP_ID}`;

/** The answers' fields these tests read (every endpoint's, loosely). */
interface TabJson {
  readonly error: { readonly message: string };
  readonly mode: string;
  readonly cohorts: Array<{ readonly cohortId: string }>;
  readonly nominations: Array<{ readonly id: string; readonly status: string }>;
  readonly gatherings: Array<{ readonly booked: number }>;
  readonly dead: Array<{ readonly jobId: string; readonly retried?: string; readonly what: { readonly nb: string } }>;
}

describe('coordinator tab API', () => {
  const issuer = new EntraTokenIssuer(TENANT);
  let h: Harness;
  let nominationId = '';
  let postedId = '';

  beforeAll(async () => {
    await issuer.start();
    h = await startHarness({ env: { TAB_APP_ID_URI: AUDIENCE, TAB_TENANT_ID: TENANT, TAB_OPENID_METADATA_URL: issuer.metadataUrl } });
  });
  afterAll(async () => {
    await h.stop();
    await issuer.stop();
  });

  const tokenOf = (u: { aadObjectId: string; name: string }, o: Partial<Parameters<EntraTokenIssuer['token']>[0]> = {}): Promise<string> =>
    issuer.token({ audience: AUDIENCE, oid: u.aadObjectId, name: u.name, ...o });
  const call = async (path: string, o: { token?: string; method?: string; body?: unknown; lang?: string } = {}): Promise<{ status: number; json: TabJson; raw: Buffer; headers: Headers }> => {
    const r = await fetch(`${h.bot.url}${path}`, {
      method: o.method ?? 'GET',
      headers: { ...(o.token ? { Authorization: `Bearer ${o.token}` } : {}), ...(o.body !== undefined ? { 'Content-Type': 'application/json' } : {}), 'Accept-Language': o.lang ?? 'nb-NO' },
      ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
    });
    const raw = Buffer.from(await r.arrayBuffer());
    let json: unknown;
    try { json = JSON.parse(raw.toString('utf8')); } catch { json = undefined; }
    return { status: r.status, json: json as TabJson, raw, headers: r.headers };
  };
  const as = async (u: { aadObjectId: string; name: string }, path: string, o: { method?: string; body?: unknown; lang?: string } = {}) =>
    call(path, { ...o, token: await tokenOf(u) });

  it('refuses a missing, forged, foreign or scope-less token', async () => {
    expect((await call('/api/tab/session')).status).toBe(401);
    const r = await call('/api/tab/session', { lang: 'en' });
    expect(r.json.error.message).toBe('You are not signed in. Open the tab in Teams again.');
    expect((await call('/api/tab/session', { token: await tokenOf(COORD, { audience: 'api://localhost/another-app' }) })).status).toBe(401);
    expect((await call('/api/tab/session', { token: await tokenOf(COORD, { expiresIn: -60 * 10 }) })).status).toBe(401);
    const { privateKey } = await (await import('jose')).generateKeyPair('RS256');
    expect((await call('/api/tab/session', { token: await tokenOf(COORD, { key: privateKey }) })).status).toBe(401);
    const foreign = '11111111-2222-4333-8444-555555555555';
    // Another tenant's token carries its own issuer, which is not this tenant's: refused before the allow-list.
    expect((await call('/api/tab/session', { token: await tokenOf(COORD, { tid: foreign }) })).status).toBe(401);
    expect((await call('/api/tab/session', { token: await tokenOf(COORD, { tid: foreign, issuer: issuer.issuer }) })).status).toBe(403);
    expect((await call('/api/tab/session', { token: await tokenOf(COORD, { scp: 'User.Read' }) })).status).toBe(403);
  });

  it('lists the cohorts a person coordinates, from the bot\'s role data', async () => {
    const kari = await as(COORD, '/api/tab/session');
    expect(kari.status).toBe(200);
    expect(kari.json.mode).toBe('sso');
    expect(kari.json.cohorts.map((c) => c.cohortId).sort()).toEqual([ILP, 'ledpro-1-2024', 'ledpro-2-2024']);
    const ola = await as(COORD2, '/api/tab/session');
    expect(ola.json.cohorts.map((c) => c.cohortId)).toEqual([ILP]);
    expect((await as(STRANGER, '/api/tab/session')).json.cohorts).toEqual([]);
  });

  it('answers 403 for a cohort the person does not coordinate, and for one that does not exist', async () => {
    for (const path of ['nominations', 'seats', 'checkins', 'alerts', 'definition', 'export']) {
      expect((await as(STRANGER, `/api/tab/cohorts/${ILP}/${path}`)).status).toBe(403);
      expect((await as(COORD2, `/api/tab/cohorts/ledpro-1-2024/${path}`)).status).toBe(403);
    }
    const none = await as(COORD, '/api/tab/cohorts/no-such-cohort/nominations');
    expect(none.status).toBe(403);
    expect(none.json.error.message).toBe('Du er ikke koordinator for dette kullet.');
  });

  it('decides a nomination through the cards\' use case: the posted card updates, a replay changes nothing', async () => {
    await h.say('registrer koordinatorkanal ilp-2021-2025', COORD, { channel: true });
    await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: LEADER.aadObjectId, nomineeEmail: '', justification: 'Erfaren leder.' }, NOMINATOR);
    await h.drain();
    postedId = h.teams.sentTo(CHANNEL)[0].assignedId;
    const listed = await as(COORD, `/api/tab/cohorts/${ILP}/nominations`);
    expect(listed.json.nominations).toMatchObject([{ nominee: 'Lise Leder', nominator: 'Dekan Dahl', status: 'pending', rev: 1 }]);
    nominationId = listed.json.nominations[0].id;

    const noReason = await as(COORD, `/api/tab/cohorts/${ILP}/nominations/${nominationId}/decision`, { method: 'POST', body: { action: 'reject', rev: 1 } });
    expect(noReason.status).toBe(400);
    expect(noReason.json.error.message).toBe('Skriv en begrunnelse for avslaget.');
    const bad = await as(COORD, `/api/tab/cohorts/${ILP}/nominations/${nominationId}/decision`, { method: 'POST', body: { action: 'delete', rev: 1 } });
    expect(bad.status).toBe(400);
    expect((await as(STRANGER, `/api/tab/cohorts/${ILP}/nominations/${nominationId}/decision`, { method: 'POST', body: { action: 'approve', rev: 1 } })).status).toBe(403);
    // A coordinator of another cohort naming this nomination under their own cohort's path finds nothing.
    expect((await as(COORD, `/api/tab/cohorts/ledpro-1-2024/nominations/${nominationId}/decision`, { method: 'POST', body: { action: 'approve', rev: 1 } })).status).toBe(404);
    expect((await as(COORD, `/api/tab/cohorts/${ILP}/nominations`)).json.nominations[0]).toMatchObject({ status: 'pending', rev: 1 });

    const approved = await as(COORD2, `/api/tab/cohorts/${ILP}/nominations/${nominationId}/decision`, { method: 'POST', body: { action: 'approve', rev: 1 } });
    expect(approved.json).toEqual({ outcome: 'applied', status: 'approved', rev: 2 });
    const again = await as(COORD, `/api/tab/cohorts/${ILP}/nominations/${nominationId}/decision`, { method: 'POST', body: { action: 'waitlist', rev: 1 } });
    expect(again.json).toEqual({ outcome: 'stale', status: 'approved', rev: 2 });
    await h.drain();
    const updates = h.teams.updatesOf(postedId);
    expect(updates).toHaveLength(1);
    expect(visible(cardOf(updates[0]))).toContain('Godkjent av Ola Koordinator');
    const audit = (await h.bot.app.context.store.list('nomination-audit', { prefix: `${nominationId}:` })).map((e) => e.value as { action: string; actor: { name: string } });
    expect(audit.filter((a) => a.action === 'approve')).toEqual([expect.objectContaining({ actor: expect.objectContaining({ name: 'Ola Koordinator' }) })]);
  });

  it('shows a decision taken on a card at once', async () => {
    await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: STRANGER.aadObjectId, nomineeEmail: '', justification: 'Lovende.' }, NOMINATOR);
    const before = (await as(COORD, `/api/tab/cohorts/${ILP}/nominations`)).json.nominations.find((n) => n.id !== nominationId);
    expect(before).toMatchObject({ status: 'pending', rev: 1 });
    await h.invoke('nominations.waitlist', { nominationId: before?.id, rev: 1 }, COORD, { channel: true });
    const after = (await as(COORD2, `/api/tab/cohorts/${ILP}/nominations`)).json.nominations.find((n) => n.id === before?.id);
    expect(after).toMatchObject({ status: 'waitlisted', rev: 2, decidedBy: 'Kari Koordinator' });
  });

  it('counts seats per gathering once the booking job has run', async () => {
    await h.drain();
    const seats = await as(COORD, `/api/tab/cohorts/${ILP}/seats`);
    expect(seats.status).toBe(200);
    expect(seats.json.gatherings.length).toBeGreaterThan(0);
    expect(seats.json.gatherings.every((g) => g.booked === 1)).toBe(true);
    expect(seats.json.gatherings[0]).toMatchObject({ number: 1, waitlisted: 0, declined: 0 });
  });

  it('exports the participants as CSV and Excel with Norwegian dates', async () => {
    const csv = await as(COORD, `/api/tab/cohorts/${ILP}/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="deltakere-${ILP}.csv"`);
    const lines = csv.raw.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Navn;E-post;Status;Nr.;Program;Kull;Samling;Dato;Sted;Sist endret');
    expect(lines[1]).toMatch(/^Lise Leder;[^;]*;Påmeldt;1;/);
    expect(lines[1]).toMatch(/;\d{2}\.\d{4};|;\d{2}\.\d{2}\.\d{4}/);
    const xlsx = await as(COORD, `/api/tab/cohorts/${ILP}/export?format=xlsx&lang=en`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Participants');
    expect(ws?.getRow(1).getCell(1).value).toBe('Name');
    expect(ws?.getRow(2).getCell(1).value).toBe('Lise Leder');
    expect(ws?.getRow(2).getCell(3).value).toBe('Booked');
    expect((await as(COORD, `/api/tab/cohorts/${ILP}/export?format=pdf`)).status).toBe(400);
    expect((await as(COORD, `/api/tab/cohorts/${ILP}/export?gathering=nope`)).status).toBe(404);
  });

  const draft = {
    id: 'ledpro-1-2027', name: { nb: 'LEDPRO 1 2027', en: 'LEDPRO 1 2027' }, year: 2027, capacity: 30, applicationDeadline: '2026-12-15',
    bookingCutoffHours: 48,
    gatherings: [
      { id: 'samling-1', number: 1, title: { nb: 'Samling 1', en: 'Gathering 1' }, firstDay: '2027-02-11', lastDay: '2027-02-12', place: { name: 'Scandic Hamar', city: 'Hamar' }, mode: 'onsite', optional: false },
      { id: 'samling-2', number: 2, title: { nb: 'Samling 2', en: 'Gathering 2' }, start: '2027-04-08T10:00', end: '2027-04-09T15:00', mode: 'onsite', optional: false },
    ],
  };

  it('refuses an invalid cohort with the schema\'s reasons and stores nothing', async () => {
    const broken = { ...draft, gatherings: [{ ...draft.gatherings[1], end: '2027-04-07T15:00' }] };
    const r = await as(COORD, '/api/tab/programs/ledpro-1/cohorts', { method: 'POST', body: { cohort: broken } });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toContain('gatherings[0].end: end must be after start');
    const dup = await as(COORD, '/api/tab/programs/ledpro-1/cohorts', { method: 'POST', body: { cohort: { ...draft, id: 'ledpro-2-2024' } } });
    expect(dup.status).toBe(400);
    expect((await as(COORD2, '/api/tab/programs/ledpro-1/cohorts', { method: 'POST', body: { cohort: draft } })).status).toBe(403);
    expect(await h.bot.app.context.store.list('cohort-overlay')).toEqual([]);
  });

  it('creates next year\'s cohort: the bot answers "neste samling" with its date at once, the change is audited', async () => {
    const r = await as(COORD, '/api/tab/programs/ledpro-1/cohorts', { method: 'POST', body: { cohort: draft } });
    expect(r.status).toBe(201);
    expect((await as(COORD, '/api/tab/session')).json.cohorts.map((c) => c.cohortId)).toContain('ledpro-1-2027');
    h.teams.reset();
    await h.say('Når er neste samling i LEDPRO 1?', LEADER);
    const reply = String(h.teams.received.map((a) => JSON.stringify(a.activity)).join(' '));
    expect(reply).toContain('11.–12. februar 2027');
    expect(reply).toContain('Scandic Hamar');
    const audit = (await h.bot.app.context.store.list('coordination-audit', { prefix: 'ledpro-1-2027:' })).map((e) => e.value as { action: string; actor: { name: string } });
    expect(audit).toEqual([expect.objectContaining({ action: 'cohort-created', actor: expect.objectContaining({ name: 'Kari Koordinator' }) })]);

    const moved = { ...draft, gatherings: [{ ...draft.gatherings[0], firstDay: '2027-02-18', lastDay: '2027-02-19' }, draft.gatherings[1]] };
    const edit = await as(COORD, '/api/tab/cohorts/ledpro-1-2027', { method: 'PUT', body: { cohort: moved } });
    expect(edit.status).toBe(200);
    h.teams.reset();
    await h.say('Når er neste samling i LEDPRO 1?', LEADER);
    expect(h.teams.received.map((a) => JSON.stringify(a.activity)).join(' ')).toContain('18.–19. februar 2027');
    expect((await as(COORD, '/api/tab/cohorts/ledpro-2-2024', { method: 'PUT', body: { cohort: moved } })).status).toBe(409);
  });

  it('lists a given-up job in words and tries it again once', async () => {
    const store = h.bot.app.context.store;
    await store.commit([{ op: 'enqueue', job: { type: 'bookings.sync-event', key: 'test-dead-sync', payload: { cohortId: ILP, gatheringId: 'nope' }, runAt: new Date(0) } }]);
    const job = (await store.jobs.list({ keyPrefix: 'test-dead-sync' }))[0];
    const [claimed] = await store.jobs.claim(new Date(), { worker: 'test', limit: 100, leaseMs: 60_000, types: ['bookings.sync-event'] });
    expect(claimed.id).toBe(job.id);
    await store.jobs.deadLetter(job.id, 'test', 'Graph 403: Access denied', new Date());
    const alerts = await as(COORD, `/api/tab/cohorts/${ILP}/alerts`);
    expect(alerts.json.dead).toEqual([expect.objectContaining({ jobId: job.id, error: 'Graph 403: Access denied' })]);
    expect(alerts.json.dead[0].retried).toBeUndefined();
    expect(alerts.json.dead[0].what.nb).toBe('oppdatering av deltakerlisten i Outlook-hendelsen for en samling');
    expect((await as(STRANGER, `/api/tab/cohorts/${ILP}/alerts/${job.id}/retry`, { method: 'POST' })).status).toBe(403);
    expect((await as(COORD, `/api/tab/cohorts/ledpro-1-2024/alerts/${job.id}/retry`, { method: 'POST' })).status).toBe(404);
    expect((await as(COORD, `/api/tab/cohorts/${ILP}/alerts/${job.id}/retry`, { method: 'POST' })).json).toEqual({ enqueued: true });
    expect((await as(COORD2, `/api/tab/cohorts/${ILP}/alerts/${job.id}/retry`, { method: 'POST' })).json).toEqual({ enqueued: false });
    expect((await store.jobs.list({ keyPrefix: 'test-dead-sync' })).map((j) => j.status).sort()).toEqual(['dead', 'pending']);
    expect((await as(COORD, `/api/tab/cohorts/${ILP}/alerts`)).json.dead[0].retried).toBe('pending');
  });
});

describe('coordinator tab API in the local mode (loopback, no Entra)', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h.stop(); });

  const get = (path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> => new Promise((resolve, reject) => {
    const url = new URL(`${h.bot.url}${path}`);
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

  it('says so, and takes the person from a header only on loopback and from its own origin', async () => {
    expect(JSON.parse((await get('/api/tab/mode', {})).body)).toEqual({ mode: 'local' });
    const kari = await get('/api/tab/session', { 'x-lederbot-local-user': COORD.aadObjectId });
    expect(kari.status).toBe(200);
    expect((JSON.parse(kari.body) as { mode: string; cohorts: unknown[] })).toMatchObject({ mode: 'local', cohorts: expect.arrayContaining([expect.objectContaining({ cohortId: ILP })]) });
    expect((await get('/api/tab/session', {})).status).toBe(401);
    expect((await get(`/api/tab/cohorts/${ILP}/nominations`, { 'x-lederbot-local-user': STRANGER.aadObjectId })).status).toBe(403);
    // DNS rebinding (a name that resolves to 127.0.0.1 in the victim's browser) and other sites' pages are refused.
    expect((await get('/api/tab/session', { 'x-lederbot-local-user': COORD.aadObjectId, Host: `evil.example:${new URL(h.bot.url).port}` })).status).toBe(403);
    expect((await get('/api/tab/session', { 'x-lederbot-local-user': COORD.aadObjectId, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await get('/api/tab/session', { 'x-lederbot-local-user': COORD.aadObjectId, Origin: h.bot.url })).status).toBe(200);
  });
});
