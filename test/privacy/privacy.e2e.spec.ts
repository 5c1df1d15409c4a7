import { botAdded, execute, message, user, type TestUser } from '../support/activities';
import { GraphEmulator } from '../support/graph-emulator';
import { createTestDatabase } from '../support/pg-server';
import { testGraphCredential, trustingFetch } from '../support/trust-certificate';
import {
  actionsOf, APPLICANT, cardOf, cardProblems, CHANNEL, COORD, LEADER, personalId, startHarness, visible, type Card, type Harness, type InvokeAnswer,
} from '../nominations/nominations-harness';
import { storeDump } from './store-dump';

/**
 * "Mine data" and "slett mine data" through /api/messages on the real app (SQLite and PostgreSQL), with the
 * Graph emulator as Outlook: two applicants to LEDPRO 1 2024 are approved and booked into its six gatherings,
 * linked into one base group and answer the first check-in. Lise asks for her data, downloads it, and erases
 * it; Are's data must come through untouched.
 */
const ORGANIZER = 'ledpro@inn.example';
const COHORT = 'ledpro-1-2024';
const GROUP_CHAT = '19:basisgruppe-personvern@thread.v2';
const GROUP_ID = `${COHORT}.gruppe-p`;
const ROUND1 = `${COHORT}.after-1`;
const MEMBER = user(207, 'Mona Medlem');
const LISE_MAIL = 'lise.leder@example.no';
const ARE_MAIL = 'are.soker@kommune.example';
const LISE_TEXT = 'Lises refleksjon om møtekultur';
const ARE_TEXT = 'Ares refleksjon om delegering';
const LISE_WHY = 'Begrunnelse: mer mot i ledelsen';
const ARE_WHY = 'Begrunnelse: mer ro i hverdagen';

/** Everything that would identify Lise, in any table. */
const liseTraces = [LEADER.aadObjectId, LEADER.id, LEADER.name, LISE_MAIL, LISE_TEXT, LISE_WHY, personalId(LEADER)];

describe.each([['sqlite'], ['postgres']])('my data and erase, end to end (%s)', (storeKind) => {
  const graph = new GraphEmulator({ latencyMs: 1 });
  let h: Harness;
  let databaseUrl: string | undefined;
  const dump = (): Promise<string> => storeDump({ dataDir: h.bot.dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
  const attendees = (n: number): string[] => (graph.events(ORGANIZER).find((e) => e.subject === `${h.cohortName(COHORT)}: Samling ${n}`)?.attendees ?? [])
    .map((a) => a.emailAddress.address).sort();
  const inGroup = (from: TestUser) => ({ serviceUrl: h.serviceUrl, from, locale: 'nb-NO', conversationType: 'groupChat' as const, conversationId: GROUP_CHAT });
  const lastTo = (u: TestUser): Card | undefined => cardOf(h.teams.sentTo(personalId(u)).at(-1) ?? {});
  const coordinatorNotices = (): string[] => h.teams.sentTo(CHANNEL).map((a) => (typeof a.activity.text === 'string' ? a.activity.text : '')).filter((t) => t.includes('har slettet sine data'));

  beforeAll(async () => {
    await graph.start();
    graph.users.set(LEADER.aadObjectId, { mail: LISE_MAIL, userPrincipalName: 'lise@example.no', displayName: LEADER.name });
    graph.users.set(APPLICANT.aadObjectId, { mail: ARE_MAIL, userPrincipalName: 'are@kommune.example', displayName: APPLICANT.name });
    databaseUrl = storeKind === 'postgres' ? await createTestDatabase('privacy') : undefined;
    h = await startHarness({
      now: '2023-12-01T09:00:00Z',
      env: {
        CALENDAR_PROVIDER: 'graph', GRAPH_BASE_URL: graph.url, GRAPH_TENANT_ID: 'tenant', GRAPH_CLIENT_ID: 'client', GRAPH_CLIENT_SECRET: 'not-used',
        CALENDAR_ORGANIZER: ORGANIZER, BOOKING_SYNC_DELAY_MS: '0', PUBLIC_BASE_URL: 'https://lederbot.example',
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      },
      appOptions: { graphCredential: testGraphCredential, graphFetchOptions: trustingFetch(graph.certPem) },
    });
    await h.say('registrer koordinatorkanal ledpro-1-2024', COORD, { channel: true });
    await h.invoke('nominations.submit', { kind: 'application', cohortId: COHORT, degree: 'bachelor', justification: LISE_WHY }, LEADER);
    await h.invoke('nominations.submit', { kind: 'application', cohortId: COHORT, degree: 'bachelor', justification: ARE_WHY }, APPLICANT);
    await h.drain();
    for (const n of await h.bot.app.context.store.list<{ id: string }>('nomination')) {
      await h.invoke('nominations.approve', { nominationId: n.value.id, rev: 1 }, COORD, { channel: true });
    }
    await h.drain();
    h.bot.clock.set('2024-02-01T09:00:00Z');
    h.teams.setMembers(GROUP_CHAT, [COORD, LEADER, APPLICANT, MEMBER].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })));
    await h.bot.post(message('koble basisgruppe ledpro-1-2024 Gruppe P', inGroup(COORD)));
    h.bot.clock.set('2024-02-23T08:00:00Z');
    await h.drain();
    await h.drain();
    for (const [who, text] of [[LEADER, LISE_TEXT], [APPLICANT, ARE_TEXT]] as const) {
      const r = await h.bot.post(execute('checkins.answer', { groupId: GROUP_ID, roundId: ROUND1, lang: 'nb', text }, inGroup(who)));
      expect(r.status).toBe(200);
    }
    await h.drain();
  });
  afterAll(async () => { await h.stop(); await graph.stop(); });

  it('has both applicants booked, grouped and answered before anything is erased', async () => {
    for (const n of [2, 3, 4, 5, 6]) expect(attendees(n)).toEqual([ARE_MAIL, LISE_MAIL]);
    const all = await dump();
    for (const t of [LISE_TEXT, ARE_TEXT, LISE_WHY, ARE_WHY, LEADER.aadObjectId]) expect(all).toContain(t);
  });

  it('links the privacy notice from the welcome and help cards, and serves it in both languages', async () => {
    const newcomer = user(209, 'Nina Ny');
    await h.bot.post(botAdded({ serviceUrl: h.serviceUrl, from: newcomer }));
    await h.say('hjelp', newcomer);
    await h.say('help', newcomer, { locale: 'en-US' });
    const cards = h.teams.sentTo(personalId(newcomer)).map((a) => cardOf(a));
    expect(cards).toHaveLength(3);
    const links = cards.map((c) => actionsOf(c).filter((a) => a.type === 'Action.OpenUrl').map((a) => [a.title, a.url]));
    expect(links).toEqual([
      [['Personvernerklæring', 'https://lederbot.example/privacy']],
      [['Personvernerklæring', 'https://lederbot.example/privacy']],
      [['Privacy notice', 'https://lederbot.example/privacy?lang=en']],
    ]);
    for (const c of cards) expect(cardProblems(c)).toEqual([]);
    expect(visible(cards[1])).toContain('slett mine data');
    const notice = await fetch(`${h.bot.url}/privacy`);
    expect(notice.status).toBe(200);
    const body = await notice.text();
    for (const t of ['## Bokmål', '## English', 'RETENTION_DAYS_AFTER_COHORT', 'slett mine data', 'delete my data']) expect(body).toContain(t);
  });

  it('lists what it holds about the caller by category, with counts and dates, and links a signed download', async () => {
    await h.say('mine data', LEADER);
    const card = lastTo(LEADER);
    expect(cardProblems(card)).toEqual([]);
    const seen = visible(card);
    expect(seen).toContain('Dine data i Lederbot');
    expect(seen).toContain('Påmeldinger til samlinger');
    expect(seen).toContain('6 stk.');
    expect(seen).toContain('Svar på sjekk-inn');
    expect(seen).toContain('23. februar 2024');
    expect(seen).toContain('Nominasjoner og søknader');
    expect(seen).toContain('1. desember 2023');
    expect(seen).toContain('Basisgrupper');
    const links = actionsOf(card).filter((a) => a.type === 'Action.OpenUrl').map((a) => new URL(String(a.url)));
    expect(links.map((u) => u.origin)).toEqual(['https://lederbot.example', 'https://lederbot.example', 'https://lederbot.example']);
    expect(links[2].pathname).toBe('/privacy');
  });

  it('downloads exactly the caller\'s data as JSON and as a readable page, and nothing of anyone else', async () => {
    await h.say('my data', LEADER, { locale: 'en-US' });
    const card = lastTo(LEADER);
    expect(visible(card)).toContain('Your data in Lederbot');
    const [json, readable] = actionsOf(card).filter((a) => a.type === 'Action.OpenUrl').map((a) => new URL(String(a.url)));
    const res = await fetch(`${h.bot.url}${json.pathname}${json.search}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = await res.text();
    const data = JSON.parse(body) as { aadObjectId: string; data: Record<string, unknown[]> };
    expect(data.aadObjectId).toBe(LEADER.aadObjectId);
    expect(data.data.bookings).toHaveLength(6);
    expect(data.data['checkin-answers']).toEqual([expect.objectContaining({ groupId: GROUP_ID, roundId: ROUND1, text: LISE_TEXT })]);
    expect(data.data.nominations).toEqual([expect.objectContaining({ kind: 'application', cohortId: COHORT, status: 'approved', justification: LISE_WHY })]);
    for (const t of [LEADER.name, LISE_MAIL]) expect(body).toContain(t);
    for (const other of [APPLICANT.aadObjectId, APPLICANT.name, ARE_MAIL, ARE_TEXT, ARE_WHY, COORD.aadObjectId, COORD.name, MEMBER.aadObjectId, MEMBER.name]) {
      expect(body).not.toContain(other);
    }
    const page = await fetch(`${h.bot.url}${readable.pathname}${readable.search}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Your data in Lederbot');
    expect(html).toContain(LISE_TEXT);
    expect(html).not.toContain(ARE_TEXT);
  });

  it('serves nothing for an edited link, and only "expired" after 15 minutes', async () => {
    await h.say('mine data', LEADER);
    const [json] = actionsOf(lastTo(LEADER)).filter((a) => a.type === 'Action.OpenUrl').map((a) => new URL(String(a.url)));
    const forged = json.pathname.replace(encodeURIComponent(LEADER.aadObjectId), encodeURIComponent(APPLICANT.aadObjectId));
    expect((await fetch(`${h.bot.url}${forged}`)).status).toBe(404);
    const later = json.pathname.replace(/\/(\d{13})\./, (_m, t: string) => `/${Number(t) + 3_600_000}.`);
    expect((await fetch(`${h.bot.url}${later}`)).status).toBe(404);
    h.bot.clock.advance(16 * 60_000);
    const expired = await fetch(`${h.bot.url}${json.pathname}`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('Lenken er utløpt');
  });

  it('shows no data in a group chat', async () => {
    await h.bot.post(message('mine data', inGroup(LEADER)));
    const reply = h.teams.sentTo(GROUP_CHAT).at(-1);
    expect(visible(cardOf(reply ?? {}))).toContain('Dette viser jeg bare i en 1:1-samtale med deg');
    expect(actionsOf(cardOf(reply ?? {}))).toEqual([]);
    const refused = await h.bot.post(execute('privacy.erase', { lang: 'nb' }, inGroup(APPLICANT)));
    expect(visible((refused.body as InvokeAnswer).value)).toContain('Dette viser jeg bare i en 1:1-samtale med deg');
    expect(await dump()).toContain(ARE_TEXT);
  });

  it('asks before erasing, and keeping changes nothing', async () => {
    const before = await dump();
    await h.say('slett mine data', LEADER);
    const card = lastTo(LEADER);
    expect(cardProblems(card)).toEqual([]);
    expect(visible(card)).toContain('Slette dataene dine?');
    expect(actionsOf(card).filter((a) => a.type === 'Action.Execute').map((a) => a.verb)).toEqual(['privacy.erase', 'privacy.keep']);
    const kept = await h.invoke('privacy.keep', { lang: 'nb' }, LEADER);
    expect(visible(kept.value)).toContain('ingenting er slettet');
    const after = await dump();
    for (const t of liseTraces) expect(after.includes(t)).toBe(before.includes(t));
  });

  it('erases the caller in one go: no trace left in any table, others intact, events without them, one notice', async () => {
    const answer = await h.invoke('privacy.erase', { lang: 'nb', aadObjectId: APPLICANT.aadObjectId }, LEADER);
    expect(visible(answer.value)).toContain('Dataene dine er slettet');
    await h.drain();
    await h.drain();
    const all = await dump();
    for (const t of liseTraces) expect({ trace: t, found: all.includes(t) }).toEqual({ trace: t, found: false });
    // Are (named in the card data above) is untouched: bookings, answer, application, name, mail.
    for (const t of [APPLICANT.aadObjectId, APPLICANT.name, ARE_MAIL, ARE_TEXT, ARE_WHY]) expect(all).toContain(t);
    for (const n of [2, 3, 4, 5, 6]) expect(attendees(n)).toEqual([ARE_MAIL]);
    // The program's record of the decision stays, pseudonymised and without free text.
    const nominations = (await h.bot.app.context.store.list<{ nominee: { name: string }; status: string; justification: string }>('nomination')).map((e) => e.value);
    expect(nominations).toHaveLength(2);
    const kept = nominations.find((n) => n.nominee.name.startsWith('erased-'));
    expect(kept).toMatchObject({ status: 'approved', justification: '' });
    // The coordinators' card of Lise's application in Teams is redrawn with the pseudonym.
    const posted = h.teams.sentTo(CHANNEL).find((a) => visible(cardOf(a)).includes(LEADER.name));
    const redrawn = visible(cardOf(h.teams.updatesOf(String(posted?.assignedId)).at(-1) ?? {}));
    expect(redrawn).toContain(kept?.nominee.name);
    expect(redrawn).not.toContain(LEADER.name);
    expect(redrawn).not.toContain(LISE_WHY);
    const notices = coordinatorNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(kept?.nominee.name);
    expect(notices[0]).not.toContain(LEADER.name);
  });

  it('erasing again is harmless: nothing comes back, nobody else loses anything, no second notice', async () => {
    await h.say('slett mine data', LEADER);
    const again = await h.invoke('privacy.erase', { lang: 'nb' }, LEADER);
    expect(visible(again.value)).toContain('slettet');
    await h.drain();
    const all = await dump();
    for (const t of liseTraces) expect({ trace: t, found: all.includes(t) }).toEqual({ trace: t, found: false });
    for (const t of [APPLICANT.aadObjectId, ARE_TEXT, ARE_WHY, ARE_MAIL]) expect(all).toContain(t);
    expect(coordinatorNotices()).toHaveLength(1);
    await h.say('mine data', APPLICANT);
    expect(visible(lastTo(APPLICANT))).toContain('6 stk.');
  });
});
