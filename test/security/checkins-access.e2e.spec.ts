import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute, message, user, type TestUser } from '../support/activities';
import { ConnectorEmulator, type ReceivedActivity } from '../support/connector-emulator';
import { startInProcessBot, type InProcessBot } from '../support/in-process-bot';
import { cardOf, COORD, visible, type Card, type InvokeAnswer } from '../nominations/nominations-harness';

/**
 * Base groups and check-in answers against people the role data does not name (issue 13, items 1 and 2),
 * through /api/messages on LEDPRO 1 2024: round 1 is posted 23 February 2024, digested 2 April 09:00 Oslo.
 */
const COHORT = 'ledpro-1-2024';
const ROUND1 = `${COHORT}.after-1`;
const FAC = user(150, 'Frida Fasilitator');
const FAC_OTHER = user(151, 'Olav Annetkull');
const STRANGER = user(299, 'Sara Fremmed');
const STRANGER_EN = user(298, 'Sam Stranger');
const M1 = user(201, 'Anne Andersen');
const M2 = user(202, 'Bjørn Berg');
const M3 = user(203, 'Cecilie Dahl');
const REAL_CHAT = '19:ekte-gruppe-2@thread.v2';
const FAC_CHAT = '19:frida-gruppe@thread.v2';
const STRANGER_CHAT = '19:fremmed-chat@thread.v2';

const roles = {
  cohorts: [
    { cohortId: COHORT, coordinators: [COORD.aadObjectId], nominators: [], facilitators: [FAC.aadObjectId] },
    { cohortId: 'ledpro-2-2024', coordinators: [], nominators: [], facilitators: [FAC_OTHER.aadObjectId] },
  ],
};

describe('base groups and check-in answers are for the people the role data names', () => {
  const teams = new ConnectorEmulator();
  let bot: InProcessBot;
  let serviceUrl: string;

  beforeAll(async () => {
    serviceUrl = await teams.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'lederbot-security-'));
    writeFileSync(join(dataDir, 'roles.json'), JSON.stringify(roles));
    bot = await startInProcessBot({ dataDir, now: '2024-02-01T09:00:00Z' });
  });
  afterAll(async () => { await bot.stop(); await teams.stop(); });

  const roster = (...people: TestUser[]) => people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
  const textOf = (a: ReceivedActivity): string => `${typeof a.activity.text === 'string' ? a.activity.text : ''}\n${visible(cardOf(a))}`;
  const where = (from: TestUser, conversationId?: string, locale = 'nb-NO') => ({
    serviceUrl, from, locale, ...(conversationId ? { conversationType: 'groupChat' as const, conversationId } : {}),
  });
  async function say(text: string, from: TestUser, conversationId: string, locale = 'nb-NO'): Promise<string> {
    const before = teams.sentTo(conversationId).length;
    const r = await bot.post(message(text, where(from, conversationId, locale)));
    expect(r.status).toBe(200);
    return teams.sentTo(conversationId).slice(before).map(textOf).join('\n');
  }
  async function invoke(verb: string, data: Record<string, unknown>, from: TestUser, conversationId?: string, locale = 'nb-NO'): Promise<Card> {
    const r = await bot.post(execute(verb, data, where(from, conversationId, locale)));
    expect(r.status).toBe(200);
    return (r.body as InvokeAnswer).value;
  }
  const store = () => bot.app.context.store;
  const snapshot = async () => JSON.stringify({
    groups: await store().list('base-group'), answers: await store().list('checkin-answer'), jobs: (await store().jobs.list()).map((j) => j.key).sort(),
  });

  it('refuses a user without a role linking their chat as a base group, in their language, and changes nothing', async () => {
    teams.setMembers(STRANGER_CHAT, roster(STRANGER, M1, M2));
    const before = await snapshot();
    expect(await say('koble basisgruppe ledpro-1-2024 Gruppe 2', STRANGER, STRANGER_CHAT))
      .toContain('Bare koordinatorer i kullet (eller fasilitatoren) kan gjøre dette.');
    expect(await say('link base group ledpro-1-2024 Gruppe 2', STRANGER, STRANGER_CHAT, 'en-US'))
      .toContain('Only the cohort\'s coordinators (or the facilitator) can do this.');
    // A facilitator of another cohort is no facilitator of this one.
    teams.setMembers(STRANGER_CHAT, roster(FAC_OTHER, M1, M2));
    expect(await say('koble basisgruppe ledpro-1-2024 Gruppe 2', FAC_OTHER, STRANGER_CHAT)).toContain('Bare koordinatorer');
    expect(await snapshot()).toBe(before);
    // Nothing went 1:1 to anyone, and the coordinator's real "Gruppe 2" still gets its name.
    expect(teams.created).toEqual([]);
    teams.setMembers(REAL_CHAT, roster(COORD, M1, M2, M3));
    expect(await say('koble basisgruppe ledpro-1-2024 Gruppe 2', COORD, REAL_CHAT)).toContain('Basisgruppen «Gruppe 2» i LEDPRO 1 – 2024 er koblet med 3 medlemmer.');
  });

  it('lets a facilitator the role data names link the group they guide', async () => {
    teams.setMembers(FAC_CHAT, roster(FAC, M1, M3));
    const reply = await say('koble basisgruppe ledpro-1-2024 Fridas gruppe', FAC, FAC_CHAT);
    expect(reply).toContain('er koblet med 2 medlemmer');
    expect(reply).toContain('Fasilitator: Frida Fasilitator.');
  });

  it('shows other members\' answers only to members, only in the group\'s own chat', async () => {
    const groupId = `${COHORT}.gruppe-2`;
    bot.clock.set('2024-02-23T08:00:00Z');
    await bot.app.runner.drain();
    await bot.app.runner.drain();
    const ids = { groupId, roundId: ROUND1, lang: 'nb' };
    expect(visible(await invoke('checkins.answer', { ...ids, text: 'Hemmelig refleksjon fra Anne' }, M1, REAL_CHAT))).toContain('Svaret ditt er lagret');
    expect(visible(await invoke('checkins.answer', { ...ids, text: 'Bjørns private tanker' }, M2, REAL_CHAT))).toContain('Svaret ditt er lagret');
    bot.clock.set('2024-04-02T07:00:00Z');
    await bot.app.runner.drain();
    // Each probe reads their own language: Sara chose bokmål, Sam English (kept, whatever the card or client says).
    await say('språk norsk', STRANGER, STRANGER_CHAT, 'en-US');
    await say('language english', STRANGER_EN, STRANGER_CHAT);
    const before = await snapshot();

    // The probe's refresh, from the stranger's own 1:1 chat and from another group chat: not found, no answers.
    for (const conversationId of [undefined, STRANGER_CHAT]) {
      const seen = visible(await invoke('checkins.refresh', ids, STRANGER, conversationId));
      expect(seen).toContain('Denne sjekk-innen finnes ikke lenger');
      expect(seen).not.toMatch(/Hemmelig|Bjørns|Gruppe 2/);
    }
    const english = visible(await invoke('checkins.refresh', { groupId, roundId: ROUND1, lang: 'nb' }, STRANGER_EN, STRANGER_CHAT));
    expect(english).toContain('This check-in no longer exists');
    // An answer naming the group from elsewhere is refused without a card of the group, and writes nothing.
    const forged = visible(await invoke('checkins.answer', { ...ids, text: 'Forfalsket' }, STRANGER, STRANGER_CHAT));
    expect(forged).toContain('Bare medlemmer av basisgruppen kan svare');
    expect(forged).not.toMatch(/Hemmelig|Bjørns/);
    // In the group chat, someone who is not a member (the coordinator; LEDPRO does not let staff read answers) sees the shared view.
    expect(visible(await invoke('checkins.refresh', ids, COORD, REAL_CHAT))).not.toMatch(/Hemmelig|Bjørns/);
    // A member sees the others only in the group's chat, not from their 1:1 chat.
    expect(visible(await invoke('checkins.refresh', ids, M1))).not.toContain('Bjørns private tanker');
    expect(visible(await invoke('checkins.refresh', ids, M1, REAL_CHAT))).toContain('Bjørns private tanker');
    expect(await snapshot()).toBe(before);
  });
});
