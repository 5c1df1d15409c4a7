import { user } from '../support/activities';
import {
  cardOf, COORD, ILP, LEADER, NOMINATOR, personalId, startHarness, STRANGER, visible, type Harness,
} from '../nominations/nominations-harness';

/**
 * Each person's language, kept: what they last wrote in, or what they chose with `språk`/`language`, wins over
 * the locale their Teams client stamps (many Norwegian staff run Teams in English), in replies, after button
 * presses and in everything the bot sends them later. Through /api/messages against the real bot.
 */
describe('a person\'s language is kept', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(() => h.stop());

  const kept = async (aad: string): Promise<unknown> => (await h.bot.app.context.store.get('person-lang', aad))?.value;
  const lastText = (conversationId: string): string => {
    const a = h.teams.sentTo(conversationId).at(-1);
    return a ? `${typeof a.activity.text === 'string' ? a.activity.text : ''}${visible(cardOf(a) ?? {})}` : '';
  };

  it('answers a bokmål writer in bokmål although the client says en-US, and keeps bokmål for them', async () => {
    h.teams.reset();
    await h.say('hjelp', COORD, { locale: 'en-US' });
    expect(lastText(personalId(COORD))).toContain('Dette kan jeg hjelpe med');
    expect(await kept(COORD.aadObjectId)).toEqual({ lang: 'nb', source: 'text' });
  });

  it('keeps bokmål after a button press from an en-US client, also on a card whose data says English', async () => {
    await h.say('nominer', NOMINATOR, { locale: 'en-US' });
    const data = { kind: 'nomination', cohortId: ILP, nominee: LEADER.aadObjectId, nomineeEmail: '', justification: 'Sterk leder.', lang: 'en' };
    const answer = await h.invoke('nominations.submit', data, NOMINATOR, { locale: 'en-US' });
    const seen = visible(answer.value);
    expect(seen).toContain('Nominasjonen er sendt');
    expect(seen).toContain(LEADER.name);
    expect(seen).not.toMatch(/nomination has been sent/i);
  });

  it('sends proactive cards and notices in the kept language: the coordinator card and the outcome notice', async () => {
    h.teams.reset();
    await h.drain();
    // No coordinators' channel: Kari gets the card 1:1, in bokmål (she wrote "hjelp"), not her client's English.
    const card = h.teams.sentTo(personalId(COORD)).map((a) => visible(cardOf(a) ?? {})).join('\n');
    expect(card).toContain(`Nominasjon: ${LEADER.name}`);
    expect(card).toContain('Begrunnelse');
    expect(card).not.toContain('Justification');
    const [n] = (await h.bot.app.context.store.list<{ id: string }>('nomination')).map((e) => e.value);
    const decided = await h.invoke('nominations.waitlist', { nominationId: n.id, rev: 1 }, COORD, { locale: 'en-US' });
    expect(visible(decided.value)).toContain('På venteliste av Kari Koordinator');
    h.teams.reset();
    await h.drain();
    expect(lastText(personalId(NOMINATOR))).toContain(`Nominasjonen av ${LEADER.name} til ${h.cohortName(ILP)} er satt på venteliste`);
  });

  it('switches with "language english" and keeps the choice while the person types Norwegian words', async () => {
    h.teams.reset();
    await h.say('language english', NOMINATOR, { locale: 'nb-NO' });
    expect(lastText(personalId(NOMINATOR))).toBe('I will write to you in English from now on, in cards and notices too. Type "språk norsk" to switch to Norwegian.');
    expect(await kept(NOMINATOR.aadObjectId)).toEqual({ lang: 'en', source: 'command' });
    // A Norwegian question is answered in Norwegian; the choice stays English.
    await h.say('hva koster det?', NOMINATOR, { locale: 'nb-NO' });
    expect(lastText(personalId(NOMINATOR))).not.toMatch(/\b(the|costs?)\b/i);
    expect(await kept(NOMINATOR.aadObjectId)).toEqual({ lang: 'en', source: 'command' });
    const list = await h.invoke('nominations.withdraw', { nominationId: 'no-such', rev: 1 }, NOMINATOR, { locale: 'nb-NO' });
    expect(visible(list.value)).toContain('The nomination cannot be found.');
  });

  it('tells the person proactively in the chosen language', async () => {
    const [n] = (await h.bot.app.context.store.list<{ id: string }>('nomination')).map((e) => e.value);
    h.teams.reset();
    const approved = await h.invoke('nominations.approve', { nominationId: n.id, rev: 2 }, COORD, { locale: 'en-US' });
    expect(visible(approved.value)).toContain('Godkjent av Kari Koordinator');
    await h.drain();
    expect(lastText(personalId(NOMINATOR))).toContain(`The nomination of ${LEADER.name} to ${h.cohortName(ILP, 'en')} has been approved.`);
  });

  it('switches back with "språk norsk", explains a bare "språk", and refuses an unknown language kindly', async () => {
    h.teams.reset();
    await h.say('språk norsk', NOMINATOR, { locale: 'en-US' });
    expect(lastText(personalId(NOMINATOR))).toContain('Da skriver jeg til deg på norsk (bokmål)');
    expect(await kept(NOMINATOR.aadObjectId)).toEqual({ lang: 'nb', source: 'command' });
    await h.say('språk', NOMINATOR, { locale: 'en-US' });
    expect(lastText(personalId(NOMINATOR))).toBe('Nå skriver jeg til deg på norsk (bokmål). Skriv «språk norsk» eller «language english» for å velge.');
    await h.say('language klingon', NOMINATOR);
    expect(lastText(personalId(NOMINATOR))).toBe('I write to you in Norwegian (bokmål) now. Type "language english" or "språk norsk" to choose.');
    expect(await kept(NOMINATOR.aadObjectId)).toEqual({ lang: 'nb', source: 'command' });
  });

  it('uses the card\'s language for someone with no kept language, and the locale for someone with neither', async () => {
    const fresh = user(170, 'Nils Ny');
    const data = { kind: 'nomination', cohortId: ILP, nominee: LEADER.aadObjectId, justification: 'x', lang: 'en' };
    expect(visible((await h.invoke('nominations.submit', data, fresh, { locale: 'nb-NO' })).value)).toContain('only registered nominators may nominate others');
    const { lang: _lang, ...noLang } = data;
    expect(visible((await h.invoke('nominations.submit', noLang, STRANGER, { locale: 'en-US' })).value)).toContain('only registered nominators may nominate others');
    expect(await kept(fresh.aadObjectId)).toBeUndefined();
  });

  it('lists "språk norsk" / "language english" in the help card, in each language', async () => {
    h.teams.reset();
    await h.say('help', STRANGER, { locale: 'nb-NO' });
    expect(lastText(personalId(STRANGER))).toContain('language english\nChoose the language I write to you in');
    await h.say('hjelp', STRANGER, { locale: 'en-US' });
    expect(lastText(personalId(STRANGER))).toContain('språk norsk\nVelg språket jeg skriver til deg på');
  });
});
