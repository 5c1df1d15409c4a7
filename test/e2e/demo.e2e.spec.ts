import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store';
import { addDays } from '../../src/catalog/gathering-time';
import { DEMO_COHORT } from '../../src/demo/demo-catalog';
import { DEMO_PEOPLE, DEMO_USER } from '../../src/demo/demo-roles';
import { formatLocalDate, toOsloLocal } from '../../src/shared/oslo-time';
import { execute, message, type TestUser } from '../support/activities';
import { ROOT, startBot, type BotProcess } from '../support/bot-process';
import { ConnectorEmulator, type ReceivedActivity } from '../support/connector-emulator';
import { actionsOf, cardOf, visible, type Card, type InvokeAnswer } from '../nominations/nominations-harness';

/**
 * `npm run demo` as a newcomer tries it, end to end: one process (`node dist/src/demo/demo-main.js`, what the
 * script runs after building), the Bot Connector emulator playing Teams, everything over HTTP. The README's
 * walk-through: ask, nominate, approve, see the bookings, link a base group, get a check-in.
 */
const KARI: TestUser = { id: DEMO_USER.id, name: DEMO_USER.name, aadObjectId: DEMO_USER.aadObjectId };
const LISE: TestUser = (() => { const p = DEMO_PEOPLE[1]; return { id: p.id, name: p.name, aadObjectId: p.aadObjectId }; })();
const GROUP = '19:basisgruppe-1-demo@thread.v2';

describe('npm run demo', () => {
  const teams = new ConnectorEmulator();
  let bot: BotProcess;
  let serviceUrl: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'lederbot-demo-'));
  const today = toOsloLocal(new Date()).slice(0, 10);

  beforeAll(async () => {
    serviceUrl = await teams.start();
    bot = await startBot({ BOOKING_SYNC_DELAY_MS: '0' }, { dataDir, entry: join(ROOT, 'dist', 'src', 'demo', 'demo-main.js') });
  });
  afterAll(async () => {
    await bot.stop();
    await teams.stop();
  });

  const personal = (u: TestUser): string => `a:personal-${u.aadObjectId}`;
  async function say(text: string, from: TestUser, o: { conversationId?: string; locale?: string } = {}): Promise<ReceivedActivity> {
    const where = o.conversationId ?? personal(from);
    const before = teams.sentTo(where).length;
    const r = await bot.post(message(text, {
      serviceUrl, from, locale: o.locale ?? 'nb-NO',
      ...(o.conversationId ? { conversationId: o.conversationId, conversationType: 'groupChat' as const } : {}),
    }));
    expect(r.status).toBe(200);
    await teams.waitFor(() => teams.sentTo(where).length > before, 15_000, `reply to "${text}"`);
    return teams.sentTo(where)[before];
  }
  async function invoke(verb: string, data: Record<string, unknown>, from: TestUser): Promise<Card> {
    const r = await bot.post(execute(verb, data, { serviceUrl, from, locale: 'nb-NO' }));
    expect(r.status).toBe(200);
    return (r.body as InvokeAnswer).value;
  }

  it('starts with one command and writes the demo roles', async () => {
    const r = await fetch(`${bot.url}/healthz`);
    expect(r.status).toBe(200);
    expect(bot.output()).toContain('"msg":"demo"');
    expect(bot.output()).toContain('roles imported');
  });

  it('answers questions from the real catalog only: the example cohort is never in the answers', async () => {
    const answer = visible(cardOf(await say('Når er neste samling i LEDPRO 1?', KARI)));
    expect(answer).toContain('Alle samlingene i LEDPRO 1');
    expect(answer).not.toMatch(/DEMO|eksempel/i);
  });

  it('lets the Playground user nominate into the example cohort, whose dates lie ahead', async () => {
    const form = cardOf(await say('nominer', KARI));
    expect(visible(form)).toContain('DEMO – eksempelkull av LEDPRO 1');
    const sent = visible(await invoke('nominations.submit', {
      kind: 'nomination', cohortId: DEMO_COHORT, nominee: LISE.aadObjectId, nomineeEmail: '', justification: 'Leder et nytt team', degree: 'bachelor', lang: 'nb',
    }, KARI));
    expect(sent).toContain('Lise Leder');
  });

  it('lets the same user approve as coordinator, and books the nominee into the example gatherings', async () => {
    await say('hei', LISE);
    const pending = teams.sentTo(personal(KARI)).length;
    await say('til behandling', KARI);
    await teams.waitFor(() => teams.sentTo(personal(KARI)).slice(pending).some((a) => actionsOf(cardOf(a)).some((x) => x.verb === 'nominations.approve')), 15_000, 'coordinator card');
    const card = teams.sentTo(personal(KARI)).slice(pending).map((a) => cardOf(a)).find((c) => actionsOf(c).some((x) => x.verb === 'nominations.approve'));
    const approve = actionsOf(card).find((x) => x.verb === 'nominations.approve');
    const decided = visible(await invoke('nominations.approve', approve?.data as Record<string, unknown>, KARI));
    expect(decided).toMatch(/Godkjent/);

    const first = `${formatLocalDate(addDays(today, 21), 'nb')} kl. 11:00`;
    let seen = '';
    for (let i = 0; i < 60 && !seen.includes('Påmeldt'); i += 1) {
      seen = visible(cardOf(await say('mine samlinger', LISE)));
      if (!seen.includes('Påmeldt')) await new Promise((r) => setTimeout(r, 500));
    }
    expect(seen).toContain(`Samling 1\nDEMO – eksempelkull av LEDPRO 1\nNår\n${first}`);
    expect(seen.match(/Påmeldt/g)).toHaveLength(6);
  });

  it('makes the Playground user an example participant who can leave a gathering (after confirming) and come back', async () => {
    const first = `${formatLocalDate(addDays(today, 21), 'nb')} kl. 11:00`;
    const mine = visible(cardOf(await say('mine samlinger', KARI)));
    expect(mine).toContain(`Når\n${first}`);
    expect(mine.match(/Påmeldt/g)).toHaveLength(6);
    const ask = visible(await invoke('bookings.cancel', { cohortId: DEMO_COHORT, gatheringId: 'samling-1', lang: 'nb' }, KARI));
    expect(ask).toContain('Vil du melde deg av Samling 1?');
    const left = visible(await invoke('bookings.cancel', { cohortId: DEMO_COHORT, gatheringId: 'samling-1', lang: 'nb', confirm: true }, KARI));
    expect(left).toContain('Du er meldt av Samling 1. Du kan melde deg på igjen her til');
    const back = visible(await invoke('bookings.book', { cohortId: DEMO_COHORT, gatheringId: 'samling-1', lang: 'nb' }, KARI));
    expect(back).toContain('Du er påmeldt Samling 1.');
  });

  it('links a base group and gets a check-in after moving the first round to the next minute', async () => {
    teams.setMembers(GROUP, [KARI, LISE, ...DEMO_PEOPLE.slice(2, 4)].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })));
    const linked = String((await say('koble basisgruppe demo-ledpro-1 Basisgruppe 1', KARI, { conversationId: GROUP })).activity.text);
    expect(linked).toContain('Basisgruppen «Basisgruppe 1» i DEMO – eksempelkull av LEDPRO 1 er koblet med 3 medlemmer.');

    const plan = cardOf(await say('sjekk inn plan demo-ledpro-1', KARI));
    expect(visible(plan)).toContain('Runde 1: etter Samling 1');
    // The form takes minutes: 65 s on is the next whole minute at least 5 s ahead (a time past is refused).
    const at = toOsloLocal(new Date(Date.now() + 65_000));
    const round = `${DEMO_COHORT}.after-1`;
    const moved = visible(await invoke('checkins.move', { roundId: round, [`${round}.date`]: at.slice(0, 10), [`${round}.time`]: at.slice(11), lang: 'nb' }, KARI));
    expect(moved).toContain('Runde 1 er flyttet.');
    await teams.waitFor(() => teams.sentTo(GROUP).some((a) => /Refleksjon|refleksjon/.test(visible(cardOf(a)))), 150_000, 'the check-in card in the group');
  }, 200_000);

  it('keeps it all in the demo\'s own store', async () => {
    await bot.stop();
    const store = new SqliteStore(join(dataDir, 'lederbot.sqlite'));
    try {
      const bookings = (await store.list<{ cohortId: string; status: string; participant: { aadObjectId: string } }>('booking')).map((e) => e.value);
      expect(bookings.filter((b) => b.cohortId === DEMO_COHORT && b.status === 'booked' && b.participant.aadObjectId === LISE.aadObjectId)).toHaveLength(6);
      expect((await store.list('base-group')).map((g) => (g.value as { name: string }).name)).toEqual(['Basisgruppe 1']);
    } finally {
      await store.close();
    }
  });
});
