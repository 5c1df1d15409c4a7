import { cardOf, ILP, LEADER, personalId, startHarness, STRANGER, visible, type Harness } from '../nominations/nominations-harness';

/**
 * The words people meet, through /api/messages: English says "programme" as the catalog's programme names do,
 * bokmål says "påmeldt" rather than "booket", and a refusal says why and what to do, calmly, rather than
 * "the attempt has been logged".
 */
describe('wording as leaders and coordinators meet it', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(() => h.stop());

  async function helpCard(word: string, locale: string): Promise<string> {
    h.teams.reset();
    await h.say(word, STRANGER, { locale });
    return visible(cardOf(h.teams.sentTo(personalId(STRANGER))[0]) ?? {});
  }

  it('says "programme" in English, like the programme names, and never "program"', async () => {
    const en = await helpCard('help', 'en-US');
    expect(en).toContain('leadership-development programmes');
    expect(en).toContain('Nominate a leader to a programme');
    expect(en).toContain('ask about a programme');
    expect(en).not.toMatch(/\bprograms?\b/i);
    expect(h.programName('ntnu-instituttlederprogrammet', 'en')).toMatch(/\bprogramme\b/);
  });

  it('says "påmeldt", not "booket", in bokmål', async () => {
    const nb = await helpCard('hjelp', 'nb-NO');
    expect(nb).toContain('melder deg på samlinger');
    expect(nb).toContain('Se samlingene du er påmeldt');
    expect(nb).not.toMatch(/book/i);
  });

  it('refuses a channel registration calmly, naming the reason, in both languages', async () => {
    h.teams.reset();
    await h.say('registrer koordinatorkanal ilp-2021-2025', STRANGER, { channel: true });
    await h.say('register coordinator channel ilp-2021-2025', STRANGER, { channel: true });
    const [nb, en] = h.teams.received.map((r) => String(r.activity.text));
    expect(nb).toBe('Bare koordinatorer for kullet kan registrere koordinatorkanalen, og du er ikke registrert som koordinator der.');
    expect(en).toBe('Only the cohort\'s coordinators can register the coordinators\' channel, and you are not registered as a coordinator there.');
    expect(await h.bot.app.context.store.get('coordinator-channel', ILP)).toBeUndefined();
  });

  it('refuses a nomination from someone who is not a nominator calmly, with what to do, in both languages', async () => {
    const data = { kind: 'nomination', cohortId: ILP, nominee: LEADER.aadObjectId, nomineeEmail: '', justification: 'x' };
    await h.say('språk norsk', STRANGER);
    const nb = visible((await h.invoke('nominations.submit', data, STRANGER)).value);
    await h.say('language english', STRANGER);
    const en = visible((await h.invoke('nominations.submit', { ...data, lang: 'en' }, STRANGER, { locale: 'en-US' })).value);
    expect(nb).toContain('bare registrerte nominatorer kan nominere andre. Kontakt koordinatoren for kullet hvis du mener du skal kunne det.');
    expect(en).toContain('only registered nominators may nominate others. Contact the cohort\'s coordinator if you think you should be able to.');
    for (const t of [nb, en]) expect(t).not.toMatch(/logget|logged/i);
    expect(await h.bot.app.context.store.list('nomination')).toEqual([]);
  });
});
