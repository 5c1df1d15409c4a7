import { actionsOf, cardOf, cardProblems, COORD, LEADER, personalId, startHarness, visible, type Card, type Harness } from '../nominations/nominations-harness';

/**
 * Closed doors as leaders meet them, through /api/messages, on 2 December 2026 (every LEDPRO 2024 gathering is
 * past; the department-head cohort has no deadline and still takes nominations): "søk", "nominer" and "neste
 * samling" say what is known (the last cohort, that no new dates are published), whom to contact, and offer a
 * button that asks Q&A about the program — in bokmål and English — and change nothing in the store.
 */
describe('no dead ends when nothing is open', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: '2026-12-02T09:00:00Z' });
    // The coordinator has talked to the bot, so the bot knows their name.
    await h.say('hjelp', COORD);
  });
  afterAll(() => h.stop());

  async function reply(text: string, locale = 'nb-NO', from = LEADER): Promise<Card> {
    h.teams.reset();
    await h.say(text, from, { locale });
    const [sent] = h.teams.sentTo(personalId(from));
    const card = cardOf(sent);
    expect(card).toBeDefined();
    expect(cardProblems(card)).toEqual([]);
    // The notification line is plain text, with the same facts.
    expect(typeof sent.activity.summary === 'string' ? sent.activity.summary : '').not.toMatch(/\\/);
    return card ?? {};
  }

  it('answers "søk" with the last cohort, that no new dates are published, whom to contact and a question button', async () => {
    const card = await reply('søk');
    const seen = visible(card);
    expect(seen).toContain('Ingen kull tar imot søknader nå.');
    expect(seen).toContain('Ledelse av prosesser del 1 (LEDPRO 1)\nSiste kull var LEDPRO 1 – 2024 (søknadsfrist 15. desember 2023), med samlinger 15.–16. februar 2024 – 7.–8. oktober 2024. Nye datoer er ikke publisert.\nKontakt: Kristin Larsen, Prosjektleder – kristin.larsen@inn.no, 61 28 82 03, 99 64 16 54');
    const ask = actionsOf(card).find((a) => a.title === 'Spør om LEDPRO 1');
    expect(ask).toMatchObject({ type: 'Action.Submit', data: { verb: 'qna.ask', query: 'Hvordan søker jeg på LEDPRO 1?' } });

    // The button asks Q&A, which answers about applying to LEDPRO 1.
    h.teams.reset();
    await h.submitFallback(ask?.data as Record<string, unknown>, LEADER);
    expect(visible(cardOf(h.teams.sentTo(personalId(LEADER))[0]))).toContain('Du søker opptak via studiets nettsider');
    expect(await h.bot.app.context.store.list('nomination')).toEqual([]);
  });

  it('answers "apply" the same in English', async () => {
    const seen = visible(await reply('apply', 'nb-NO'));
    expect(seen).toContain('No cohort takes applications now.');
    expect(seen).toContain('The last cohort was LEDPRO 1 – 2024 (application deadline 15 December 2023), with gatherings 15–16 February 2024 – 7–8 October 2024. No new dates are published.');
    expect(seen).toContain('Contact: Kristin Larsen, Project manager – kristin.larsen@inn.no');
    expect(seen).toContain('Ask about LEDPRO 1');
  });

  it('tells someone who nominates for no open cohort which cohort takes nominations and whom to ask, in both languages', async () => {
    const nb = visible(await reply('nominer'));
    expect(nb).toContain('Du er ikke registrert som nominator for noe kull som tar imot nominasjoner nå.');
    expect(nb).toContain('Instituttlederprogrammet 2021–2025 tar imot nominasjoner. Nominatorer registreres av koordinatorene for kullet.');
    expect(nb).toContain('Kontakt koordinatorene for kullet: Kari Koordinator');
    const en = await reply('nominate', 'nb-NO');
    expect(visible(en)).toContain('You are not registered as a nominator for any cohort that takes nominations now.');
    expect(visible(en)).toContain('Contact the cohort\'s coordinators: Kari Koordinator');
    expect(actionsOf(en)[0]).toMatchObject({ data: { verb: 'qna.ask', query: 'Who is the Head of Department programme 2021-2025 for?' } });
  });

  it('answers "neste samling" with the last gatherings, whom to ask, and a question about applying first', async () => {
    const card = await reply('neste samling');
    const seen = visible(card);
    // The conversation was about LEDPRO 1 (the button above), so the answer is too.
    expect(seen).toContain('Alle samlingene i LEDPRO 1 er gjennomført; den siste var samling 6, 7.–8. oktober 2024');
    expect(seen).toContain('Jeg kjenner ikke til datoer for et nytt kull.');
    expect(seen).toContain('Kontakt\nKristin Larsen, Prosjektleder\nE-post\nkristin.larsen@inn.no');
    expect(actionsOf(card)[0]).toMatchObject({ title: 'Hvordan søker jeg på LEDPRO 1?', data: { verb: 'qna.ask' } });
    const en = await reply('next gathering', 'en-US');
    expect(visible(en)).toContain('I know of no dates for a new cohort.');
    expect(visible(en)).toContain('Contact\nKristin Larsen, Project manager');
    expect(actionsOf(en)[0]).toMatchObject({ title: 'How do I apply for LEDPRO 1?' });
  });

  it('keeps answering an upcoming gathering without the contact block (not a dead end)', async () => {
    h.bot.clock.set('2024-03-01T09:00:00Z');
    const seen = visible(await reply('neste samling i LEDPRO 1'));
    expect(seen).toContain('Neste samling i LEDPRO 1');
    expect(seen).not.toContain('Kontakt\nKristin Larsen');
  });
});
