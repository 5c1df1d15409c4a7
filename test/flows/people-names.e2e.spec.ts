import { NOTIFY_COORDINATORS_JOB } from '../../src/shared/integration-jobs';
import { user } from '../support/activities';
import { GraphEmulator } from '../support/graph-emulator';
import { testGraphCredential, trustingFetch } from '../support/trust-certificate';
import {
  cardOf, COORD, COORD2, ILP, NOMINATOR, personalId, startHarness, visible, type Harness,
} from '../nominations/nominations-harness';

/**
 * Names come from Microsoft Graph (`/users/{id}`, through the real Graph client against the Graph emulator),
 * looked up once and kept in the store, and are used on every card, notice and alert: a nominee picked in the
 * people picker who never spoke to the bot is named, never "(navn ukjent)", and an alert about them names them,
 * their role, the nomination and what the coordinator can do, with no raw id.
 */
const ORGANIZER = 'program@kommune.example';
const NORA = user(180, '');
const PER = user(181, '');
const GHOST = user(182, '');
const TOR = user(183, '');
const KIM = user(184, '');
const EVA = user(185, '');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('names from the directory (Teams and Graph emulators)', () => {
  const graph = new GraphEmulator();
  let h: Harness;
  const userLookups = (u: { aadObjectId: string }) => graph.requests.filter((r) => r.method === 'GET' && r.path.startsWith(`/v1.0/users/${u.aadObjectId}?`));
  const textOf = (a: { activity: Record<string, unknown> }): string => `${typeof a.activity.text === 'string' ? a.activity.text : ''}\n${visible(cardOf(a) ?? {})}`;
  const nominate = (nominee: string, from = NOMINATOR) => h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee, nomineeEmail: '', justification: 'Sterk leder.' }, from);

  beforeAll(async () => {
    await graph.start();
    graph.users.set(NORA.aadObjectId, { displayName: 'Nora Nominert', mail: 'nora@kommune.example', userPrincipalName: 'nora@kommune.example', preferredLanguage: 'en-GB' });
    graph.users.set(PER.aadObjectId, { displayName: 'Per Persen', mail: 'per@kommune.example', userPrincipalName: 'per@kommune.example' });
    graph.users.set(KIM.aadObjectId, { displayName: 'Kim Kvist', userPrincipalName: 'kim@kommune.example' });
    graph.users.set(EVA.aadObjectId, { displayName: 'Eva Engelsk', userPrincipalName: 'eva@kommune.example', preferredLanguage: 'en-US' });
    h = await startHarness({
      roles: { cohorts: [{ cohortId: ILP, coordinators: [COORD.aadObjectId], nominators: [NOMINATOR.aadObjectId, COORD2.aadObjectId] }], people: [] },
      env: {
        CALENDAR_PROVIDER: 'graph', GRAPH_BASE_URL: graph.url, GRAPH_TENANT_ID: 'tenant', GRAPH_CLIENT_ID: 'client', GRAPH_CLIENT_SECRET: 'not-used',
        CALENDAR_ORGANIZER: ORGANIZER, BOOKING_SYNC_DELAY_MS: '0',
      },
      appOptions: { graphCredential: testGraphCredential, graphFetchOptions: trustingFetch(graph.certPem) },
    });
    await h.say('hjelp', COORD);
    await h.say('hjelp', NOMINATOR);
    await h.say('help', COORD2);
  });
  afterAll(async () => { await h.stop(); await graph.stop(); });

  it('names a nominee picked in the people picker on the nominator\'s confirmation, from one Graph look-up kept in the store', async () => {
    h.teams.reset();
    const sent = await nominate(NORA.aadObjectId);
    expect(visible(sent.value)).toContain(`Nora Nominert er nominert til ${h.cohortName(ILP)}`);
    expect(userLookups(NORA).map((r) => r.status)).toEqual([200]);
    expect((await h.bot.app.context.store.get('person-directory', NORA.aadObjectId))?.value).toEqual({
      found: true, user: { displayName: 'Nora Nominert', mail: 'nora@kommune.example', preferredLanguage: 'en-GB' },
    });
    const [n] = (await h.bot.app.context.store.list<{ nominee: { name: string } }>('nomination')).map((e) => e.value);
    expect(n.nominee.name).toBe('Nora Nominert');
  });

  it('names her on the coordinator card, and alerts the coordinator by name, role and nomination when she cannot be told', async () => {
    await h.drain();
    const toKari = h.teams.sentTo(personalId(COORD)).map(textOf);
    expect(toKari[0]).toContain('Nominasjon: Nora Nominert');
    expect(toKari[0]).not.toMatch(/ukjent|unknown/i);
    const alert = toKari.find((t) => t.startsWith('Varsel for')) ?? '';
    expect(alert).toContain(`Fikk ikke sendt beskjed til Nora Nominert (den nominerte) om nominasjonen av Nora Nominert til ${h.cohortName(ILP)}: venter på behandling.`);
    expect(alert).toContain('Gi beskjed på annen måte (e-post: nora@kommune.example)');
    expect(alert).not.toMatch(UUID);
    const [job] = await h.bot.app.context.store.jobs.list({ type: NOTIFY_COORDINATORS_JOB });
    expect((job.payload as { text: { en: string } }).text.en).toContain(`Could not tell Nora Nominert (the nominee) about the nomination of Nora Nominert to ${h.cohortName(ILP, 'en')}: awaiting decision.`);
    // The card, the notice attempt and the alert used the kept record: still one look-up.
    expect(userLookups(NORA)).toHaveLength(1);
  });

  it('names her in the nominator\'s notice after the decision, still without asking Graph again', async () => {
    const [n] = (await h.bot.app.context.store.list<{ id: string }>('nomination')).map((e) => e.value);
    h.teams.reset();
    const approved = await h.invoke('nominations.approve', { nominationId: n.id, rev: 1 }, COORD);
    expect(visible(approved.value)).toContain('Nominasjon: Nora Nominert');
    await h.drain();
    expect(h.teams.sentTo(personalId(NOMINATOR)).map(textOf).join('\n')).toContain(`Nominasjonen av Nora Nominert til ${h.cohortName(ILP)} er godkjent.`);
    expect(userLookups(NORA)).toHaveLength(1);
  });

  it('refuses a person the directory does not know (404), in bokmål and English, and stores nothing', async () => {
    const before = (await h.bot.app.context.store.list('nomination')).length;
    const nb = visible((await nominate(GHOST.aadObjectId)).value);
    expect(nb).toContain('Jeg finner ikke personen du valgte, verken i organisasjonens katalog eller i Lederbots personliste.');
    const en = visible((await nominate(GHOST.aadObjectId, COORD2)).value);
    expect(en).toContain('I cannot find the person you chose, neither in the organisation\'s directory nor in Lederbot\'s list of people.');
    expect((await h.bot.app.context.store.list('nomination')).length).toBe(before);
    expect((await h.bot.app.context.store.get('person-directory', GHOST.aadObjectId))?.value).toEqual({ found: false });
    // The 404 is kept too: the second attempt did not ask again.
    expect(userLookups(GHOST).map((r) => r.status)).toEqual([404]);
  });

  it('waits out a 429 with Retry-After and names the person', async () => {
    graph.inject({ status: 429, retryAfterSeconds: 1, match: { pathIncludes: `/users/${PER.aadObjectId}` } });
    const sent = visible((await nominate(PER.aadObjectId)).value);
    expect(sent).toContain('Per Persen er nominert til');
    expect(userLookups(PER).map((r) => r.status)).toEqual([429, 200]);
  });

  it('does not keep the nominator waiting for a long Retry-After: the nomination stands and the card names the person once Graph answers', async () => {
    graph.inject({ status: 429, retryAfterSeconds: 60, times: 2, match: { pathIncludes: `/users/${KIM.aadObjectId}` } });
    const started = Date.now();
    const sent = visible((await nominate(KIM.aadObjectId)).value);
    expect(Date.now() - started).toBeLessThan(10_000);
    // Both look-ups of the turn (the nominee, the confirmation's name) met the throttle: it says so plainly.
    expect(sent).toContain(`personen (katalogen svarer ikke nå) er nominert til ${h.cohortName(ILP)}`);
    // Nothing is kept of the failed look-up: the job that draws the coordinator card asks again and names Kim.
    expect(await h.bot.app.context.store.get('person-directory', KIM.aadObjectId)).toBeUndefined();
    h.teams.reset();
    await h.drain();
    const cards = h.teams.sentTo(personalId(COORD)).map(textOf).join('\n');
    expect(cards).toContain('Nominasjon: Kim Kvist');
    expect(cards).toContain('Nominasjon: Per Persen');
    expect(cards).not.toMatch(/katalogen svarer ikke/);
    expect(userLookups(KIM).map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it('tells a nominee who never wrote to the bot in the preferred language the directory gives', async () => {
    await h.say('registrer koordinatorkanal ilp-2021-2025', COORD, { channel: true });
    h.teams.reset();
    await nominate(EVA.aadObjectId);
    await h.drain();
    // The bot opened a 1:1 chat with Eva through the coordinators' channel; she reads English per the directory.
    const chat = h.teams.created.find((c) => JSON.stringify(c.body).includes(EVA.aadObjectId))?.id ?? '';
    const told = h.teams.sentTo(chat).map(textOf).join('\n');
    expect(told).toContain(`Dekan Dahl has nominated you to ${h.cohortName(ILP, 'en')}`);
    expect(told).not.toContain('har nominert deg');
  });
});

describe('a decline alert names the person from the directory (Teams and Graph emulators)', () => {
  const graph = new GraphEmulator();
  let h: Harness;
  const COHORT = 'ledpro-1-2024';

  beforeAll(async () => {
    await graph.start();
    graph.users.set(PER.aadObjectId, { displayName: 'Per Persen', mail: 'per@kommune.example', userPrincipalName: 'per@kommune.example' });
    h = await startHarness({
      now: '2023-12-01T09:00:00Z',
      roles: { cohorts: [{ cohortId: COHORT, coordinators: [COORD.aadObjectId], nominators: [] }], people: [{ aadObjectId: TOR.aadObjectId, name: 'Tor Torsen', email: 'tor@kommune.example' }] },
      env: {
        CALENDAR_PROVIDER: 'graph', GRAPH_BASE_URL: graph.url, GRAPH_TENANT_ID: 'tenant', GRAPH_CLIENT_ID: 'client', GRAPH_CLIENT_SECRET: 'not-used',
        CALENDAR_ORGANIZER: ORGANIZER, BOOKING_SYNC_DELAY_MS: '0',
      },
      appOptions: { graphCredential: testGraphCredential, graphFetchOptions: trustingFetch(graph.certPem) },
    });
    await h.say('help', COORD, { locale: 'nb-NO' });
  });
  afterAll(async () => { await h.stop(); await graph.stop(); });

  it('names a participant whose booking came without a name, says what happened and that nothing needs doing, in English as kept', async () => {
    // A booking handed over with an empty name (as nominations made before names were looked up were).
    await h.bot.app.context.store.commit([{ op: 'enqueue', job: {
      type: 'bookings.book-participant', key: `bookings.book-participant:${COHORT}:${PER.aadObjectId}`, runAt: h.bot.clock.now(),
      payload: { cohortId: COHORT, participant: { aadObjectId: PER.aadObjectId, name: '' }, source: 'application', sourceId: 'old' },
    } }]);
    await h.drain();
    const event = graph.events(ORGANIZER).find((e) => e.subject.endsWith('Samling 1'));
    expect(event?.attendees.map((a) => a.emailAddress.address)).toEqual(['per@kommune.example']);
    graph.respond(event?.id ?? '', 'per@kommune.example', 'declined');
    h.teams.reset();
    h.bot.clock.advance(16 * 60_000);
    await h.drain();
    const alerts = h.teams.sentTo(personalId(COORD)).map((a) => String(a.activity.text)).filter((t) => t.includes('declined'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(new RegExp(`^Alert for ${h.cohortName(COHORT, 'en')}: Per Persen declined the invitation to Gathering 1 in ${h.cohortName(COHORT, 'en')} \\(`));
    expect(alerts[0]).toContain('Nothing needs doing; if Per Persen should take part after all, please contact them.');
    expect(alerts[0]).not.toMatch(UUID);
    const [job] = await h.bot.app.context.store.jobs.list({ type: NOTIFY_COORDINATORS_JOB });
    expect((job.payload as { text: { nb: string } }).text.nb).toMatch(/^Per Persen har avslått invitasjonen til Samling 1 i /);
  });

  it('invites a participant the directory does not know at the address roles.json gives, and raises no "no mail address" alert', async () => {
    await h.bot.app.context.store.commit([{ op: 'enqueue', job: {
      type: 'bookings.book-participant', key: `bookings.book-participant:${COHORT}:${TOR.aadObjectId}`, runAt: h.bot.clock.now(),
      payload: { cohortId: COHORT, participant: { aadObjectId: TOR.aadObjectId, name: '' }, source: 'application', sourceId: 'tor' },
    } }]);
    await h.drain();
    const event = graph.events(ORGANIZER).find((e) => e.subject.endsWith('Samling 2'));
    expect(event?.attendees).toEqual(expect.arrayContaining([expect.objectContaining({ emailAddress: { address: 'tor@kommune.example', name: 'Tor Torsen' } })]));
    const alerts = (await h.bot.app.context.store.jobs.list({ type: NOTIFY_COORDINATORS_JOB })).map((j) => String((j.payload as { alertId: string }).alertId));
    expect(alerts.filter((a) => a.startsWith('bookings.no-address'))).toEqual([]);
  });
});
