import { botAdded, message, user, type TestUser } from '../support/activities';
import { actionsOf, cardOf, cardProblems, COORD, LEADER, personalId, startHarness, visible, type Harness } from '../nominations/nominations-harness';

/**
 * Group chats and channels as people meet them, through /api/messages: the welcome there lists only what works
 * there, written with the @mention the bot needs to hear anything, and says that the rest happens 1:1; Q&A in a
 * linked base group answers about the group's program when a question names none.
 */
const GROUP = '19:basisgruppe-ledpro2@thread.v2';
const OTHER = '19:lunsjgruppe@thread.v2';
const CHANNEL = '19:kanal-ledelse@thread.tacv2';
const M1 = user(301, 'Mona Medlem');
const M2 = user(302, 'Nils Nilsen');
const M3 = user(303, 'Oda Olsen');

describe('the bot in group chats and channels', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ now: '2024-01-10T09:00:00Z' }); });
  afterAll(() => h.stop());

  const inGroup = (conversationId: string, from: TestUser, locale = 'nb-NO', type: 'groupChat' | 'channel' = 'groupChat') => ({
    serviceUrl: h.serviceUrl, from, locale, conversationId, conversationType: type,
    ...(type === 'channel' ? { teamId: '19:team@thread.tacv2', channelId: conversationId } : {}),
  });
  async function post(body: Record<string, unknown>, conversationId: string) {
    h.teams.reset();
    const r = await h.bot.post(body);
    expect(r.status).toBe(200);
    const sent = h.teams.sentTo(conversationId);
    expect(sent).toHaveLength(1);
    return sent[0];
  }

  it('welcomes a group chat with what works there, with @Lederbot, and no buttons it could not hear', async () => {
    const sent = await post(botAdded(inGroup(GROUP, COORD)), GROUP);
    const card = cardOf(sent);
    expect(cardProblems(card)).toEqual([]);
    const seen = visible(card);
    expect(seen).toContain('I en gruppechat eller kanal svarer jeg når du nevner meg: skriv @Lederbot foran spørsmålet eller kommandoen. Nominasjoner, søknader og påmeldinger gjør du i en 1:1-chat med meg.');
    expect(seen).toContain('@Lederbot koble basisgruppe «kull-id» «navn»');
    expect(seen).toContain('@Lederbot neste samling');
    expect(seen).toContain('@Lederbot «spørsmålet ditt»');
    expect(seen).toContain('@Lederbot hjelp');
    expect(seen).toContain('I en koblet basisgruppe svarer jeg om gruppens program.');
    // No 1:1 command is listed (each command is a line of its own on the card).
    expect(seen).not.toMatch(/^(@Lederbot )?(nominer|søk|mine samlinger|mine nominasjoner|til behandling|registrer koordinatorkanal|sjekk inn plan|basisgrupper)\b/m);
    // Only links (the privacy notice) that open without a message to the bot.
    expect(actionsOf(card).filter((a) => a.type !== 'Action.OpenUrl')).toEqual([]);
  });

  it('welcomes a channel in English with the channel\'s own command too', async () => {
    const sent = await post(botAdded(inGroup(CHANNEL, COORD, 'en-US', 'channel')), CHANNEL);
    const seen = visible(cardOf(sent));
    expect(seen).toContain('In a group chat or channel I answer when you mention me: type @Lederbot before your question or command.');
    expect(seen).toContain('@Lederbot register coordinator channel «cohort-id»');
    expect(seen).toContain('@Lederbot link base group «cohort-id» «name»');
    expect(seen).toContain('@Lederbot «your question»');
    expect(seen).not.toContain('my gatherings');
    expect(seen).not.toContain('nominate');
  });

  it('keeps the full help in the 1:1 chat', async () => {
    const sent = await post(message('hjelp', { serviceUrl: h.serviceUrl, from: LEADER }), personalId(LEADER));
    const seen = visible(cardOf(sent));
    for (const line of ['nominer', 'mine samlinger', 'koble basisgruppe «kull-id» «navn»', 'registrer koordinatorkanal «kull-id»']) expect(seen).toContain(line);
    expect(seen).not.toContain('@Lederbot');
  });

  it('answers "@Lederbot hjelp" in a group with the group help', async () => {
    const sent = await post(message('hjelp', inGroup(GROUP, M1)), GROUP);
    expect(visible(cardOf(sent))).toContain('@Lederbot koble basisgruppe «kull-id» «navn»');
  });

  it('answers questions in a linked base group about the group\'s program, and elsewhere as before', async () => {
    h.teams.setMembers(GROUP, [COORD, M1, M2, M3].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })));
    await post(message('koble basisgruppe ledpro-2-2024 Gruppe 2', inGroup(GROUP, COORD)), GROUP);
    expect(await h.bot.app.context.store.list('base-group')).toHaveLength(1);

    const linked = visible(cardOf(await post(message('Hva er opptakskravet?', inGroup(GROUP, M1)), GROUP)));
    expect(linked).toContain('Tillegg for LEDPRO del 2: du må ha gjennomført LEDPRO del 1');
    expect(linked).not.toContain('LEDPRO 1:');
    expect(linked).not.toContain('LEDPRO 1 og LEDPRO 2');
    // The same question in a group chat that is no base group is not assumed to be about LEDPRO 2: both parts, with
    // what part 2 adds.
    const elsewhere = visible(cardOf(await post(message('Hva er opptakskravet?', inGroup(OTHER, M1)), OTHER)));
    expect(elsewhere).toContain('LEDPRO 1 og LEDPRO 2 (gjelder hver del): Opptakskravet er bachelorgrad');
    expect(elsewhere).toContain('Tillegg for LEDPRO del 2');
    // English, in the linked group.
    const en = visible(cardOf(await post(message('What are the admission requirements?', inGroup(GROUP, M2, 'en-US')), GROUP)));
    expect(en).toContain('LEDPRO 2');
  });

  it('lets the group turn to another program when a question names it', async () => {
    const other = visible(cardOf(await post(message('Hva koster Instituttlederprogrammet?', inGroup(GROUP, M3)), GROUP)));
    expect(other).toContain('Instituttlederprogrammet');
    expect(other).not.toContain('LEDPRO 2');
  });
});
