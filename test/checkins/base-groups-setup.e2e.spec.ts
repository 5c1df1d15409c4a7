import { botAdded, user, type TestUser } from '../support/activities';
import { assertValidCard } from '../support/card-validation';
import { cardOf, COORD, defaultRoles, personalId, startHarness, STRANGER, visible, type Card, type Harness } from '../nominations/nominations-harness';

/**
 * A coordinator sets up a cohort's base groups from their 1:1 chat: the bot lists the group chats it has been
 * added to, the coordinator names the ones that are base groups and picks facilitators, and one "Link" links
 * them with members read from Teams. Runs through /api/messages against the connector emulator.
 */
const COHORT = 'ledpro-1-2024';
const CHAT_A = '19:chat-a@thread.v2';
const CHAT_B = '19:chat-b@thread.v2';
const CHAT_C = '19:chat-c@thread.v2';
const M = (n: number, name: string): TestUser => user(300 + n, name);
const A1 = M(1, 'Anne Andersen');
const A2 = M(2, 'Bjørn Berg');
const A3 = M(3, 'Cecilie Dahl');
const A4 = M(4, 'David Evans');
const B1 = M(5, 'Eva Fjeld');
const B2 = M(6, 'Frode Gran');
const B3 = M(7, 'Guro Hansen');
const C1 = M(8, 'Hilde Ivarsen');

type Action = { type: string; verb?: string; data: Record<string, unknown> };
const roster = (...people: TestUser[]) => people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
const linkAction = (card: Card): Action | undefined => (card.actions as Action[] | undefined)?.find((a) => a.verb === 'checkins.import');
const inputs = (card: Card): Array<Record<string, unknown>> => (card.body as Array<{ items?: Array<Record<string, unknown>> }>)
  .flatMap((e) => e.items ?? []).filter((e) => typeof e.id === 'string');
/** The name field of the row that lists this person (rows are in the order of the action's conversations). */
function rowOf(card: Card, conversationId: string): number {
  const i = (linkAction(card)?.data.conversations as string[]).indexOf(conversationId);
  if (i < 0) throw new Error(`no row for ${conversationId}`);
  return i;
}
const groupsInStore = async (h: Harness): Promise<Array<{ name: string; members: Array<{ name: string; userId?: string }>; facilitator?: { name: string } }>> =>
  (await h.bot.app.context.store.list('base-group')).map((e) => e.value as never);

describe('base groups set up by a coordinator', () => {
  let h: Harness;
  let card: Card;
  beforeAll(async () => {
    // Anne is a facilitator of the cohort in the role data: only she and the coordinator may be chosen.
    const roles = { ...defaultRoles, cohorts: defaultRoles.cohorts.map((c) => (c.cohortId === COHORT ? { ...c, facilitators: [A1.aadObjectId] } : c)) };
    h = await startHarness({ now: '2024-02-01T09:00:00Z', roles });
    h.teams.setMembers(CHAT_A, roster(COORD, A1, A2, A3, A4));
    h.teams.setMembers(CHAT_B, roster(B1, B2, B3));
    h.teams.setMembers(CHAT_C, roster(C1));
    for (const [chat, by] of [[CHAT_A, A1], [CHAT_B, B1], [CHAT_C, C1]] as const) {
      expect((await h.bot.post(botAdded({ serviceUrl: h.serviceUrl, from: by, conversationType: 'groupChat', conversationId: chat }))).status).toBe(200);
    }
  });
  afterAll(async () => { await h.stop(); });

  it('lists the chats the bot was added to, with their people', async () => {
    await h.say(`basisgrupper ${COHORT}`, COORD);
    const sent = h.teams.sentTo(personalId(COORD));
    card = cardOf(sent[sent.length - 1]) ?? {};
    assertValidCard(card);
    const text = visible(card);
    expect(text).toContain(`Basisgrupper i ${h.cohortName(COHORT)}`);
    expect(text).toContain('Ingen basisgrupper er koblet ennå.');
    expect(text).toContain('Gruppechat med Kari Koordinator, Anne Andersen, Bjørn Berg, Cecilie Dahl og 1 til');
    expect(text).toContain('Gruppechat med Eva Fjeld, Frode Gran, Guro Hansen');
    expect((linkAction(card)?.data.conversations as string[]).sort()).toEqual([CHAT_A, CHAT_B, CHAT_C]);
    const facilitatorA = inputs(card).find((e) => e.id === `facilitator-${rowOf(card, CHAT_A)}`);
    expect((facilitatorA?.choices as Array<{ title: string }>).map((c) => c.title)).toEqual(['(ingen)', 'Kari Koordinator', 'Anne Andersen']);
  });

  it('refuses someone who does not coordinate the cohort, and an unreadable action, changing nothing', async () => {
    const data = { ...linkAction(card)?.data, [`name-${rowOf(card, CHAT_A)}`]: 'Kapret gruppe' };
    const refused = await h.invoke('checkins.import', data, STRANGER);
    expect(visible(refused.value)).toContain('Bare koordinatorer i kullet');
    const bad = await h.invoke('checkins.import', { cohortId: COHORT, conversations: 'alle' }, COORD);
    expect(visible(bad.value)).toContain('Jeg kunne ikke lese handlingen fra kortet.');
    expect(await groupsInStore(h)).toEqual([]);
  });

  it('refuses a facilitator the role data does not name, from a forged card, linking nothing', async () => {
    const data = { ...linkAction(card)?.data, [`name-${rowOf(card, CHAT_A)}`]: 'Gruppe A', [`facilitator-${rowOf(card, CHAT_A)}`]: A2.aadObjectId };
    // Kari reads English for this one (her choice wins over the bokmål card she typed for).
    await h.say('language english', COORD);
    const answer = await h.invoke('checkins.import', { ...data, lang: 'nb' }, COORD, { locale: 'nb-NO' });
    expect(visible(answer.value)).toContain('Not linked: Gruppe A (the facilitator is not registered as a facilitator or coordinator of the cohort in roles.json)');
    await h.say('språk norsk', COORD);
    expect(await groupsInStore(h)).toEqual([]);
    expect(await h.bot.app.context.store.jobs.list({ keyPrefix: 'checkins.' })).toEqual([]);
  });

  it('asks for a name when none is written', async () => {
    const answer = await h.invoke('checkins.import', { ...linkAction(card)?.data }, COORD);
    expect(visible(answer.value)).toContain('Skriv et navn for minst én samtale');
    expect(await groupsInStore(h)).toEqual([]);
  });

  it('links the named chats with members from Teams and reports the one that cannot be linked', async () => {
    const data = {
      ...linkAction(card)?.data,
      [`name-${rowOf(card, CHAT_A)}`]: 'Gruppe A', [`facilitator-${rowOf(card, CHAT_A)}`]: A1.aadObjectId,
      [`name-${rowOf(card, CHAT_B)}`]: 'Gruppe B',
      [`name-${rowOf(card, CHAT_C)}`]: 'Gruppe C',
    };
    const answer = await h.invoke('checkins.import', data, COORD);
    assertValidCard(answer.value);
    const text = visible(answer.value);
    expect(text).toContain('Koblet: Gruppe A, Gruppe B.');
    expect(text).toContain('Ikke koblet: Gruppe C (En basisgruppe trenger minst 2 medlemmer (fant 1).)');
    expect(text).toContain('Koblet (2)');
    expect(text).toContain('Gruppe A: 3 medlemmer, fasilitator Anne Andersen');
    expect(text).toContain('Gruppe B: 3 medlemmer, fasilitator ikke valgt');
    // Only the chat that could not be linked is still offered.
    expect(linkAction(answer.value)?.data.conversations).toEqual([CHAT_C]);

    const groups = await groupsInStore(h);
    const a = groups.find((g) => g.name === 'Gruppe A');
    // The coordinator in the chat is staff, the facilitator guides: neither is asked to check in.
    expect(a?.members.map((x) => x.name)).toEqual(['Bjørn Berg', 'Cecilie Dahl', 'David Evans']);
    expect(a?.members.map((x) => x.userId)).toEqual([A2.id, A3.id, A4.id]);
    expect(a?.facilitator?.name).toBe('Anne Andersen');
    expect(groups.map((g) => g.name).sort()).toEqual(['Gruppe A', 'Gruppe B']);
  });

  it('reports a conversation the bot is not in, and shows the overview in English', async () => {
    await h.say('language english', COORD, { locale: 'en-US' });
    const forged = await h.invoke('checkins.import', { cohortId: COHORT, lang: 'en', conversations: ['19:ukjent@thread.v2'], 'name-0': 'Gruppe X' }, COORD);
    expect(visible(forged.value)).toContain('Not linked: Gruppe X (Lederbot is not in that conversation (any more).)');
    await h.say(`base groups ${COHORT}`, COORD, { locale: 'en-US' });
    const sent = h.teams.sentTo(personalId(COORD));
    const english = visible(cardOf(sent[sent.length - 1]) ?? {});
    expect(english).toContain(`Base groups in ${h.cohortName(COHORT, 'en')}`);
    expect(english).toContain('Gruppe B: 3 members, facilitator not chosen');
    expect(english).toContain('Group chat with Hilde Ivarsen');
  });

  it('posts the first check-in to both imported groups when it is due', async () => {
    const before = (chat: string): number => h.teams.sentTo(chat).length;
    const a = before(CHAT_A);
    const b = before(CHAT_B);
    h.bot.clock.set('2024-02-23T08:00:00Z');
    await h.drain();
    const last = (chat: string): string => visible(cardOf(h.teams.sentTo(chat)[h.teams.sentTo(chat).length - 1]) ?? {});
    expect(h.teams.sentTo(CHAT_A)).toHaveLength(a + 1);
    expect(h.teams.sentTo(CHAT_B)).toHaveLength(b + 1);
    expect(last(CHAT_A)).toContain('Refleksjon etter samling 1');
    expect(last(CHAT_B)).toContain('0 av 3 har svart');
  });
});
