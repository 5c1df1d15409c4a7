import { cardOf, COORD, ILP, personalId, startHarness, STRANGER, visible, type Harness } from '../nominations/nominations-harness';

/**
 * What a coordinator sees of command syntax, through /api/messages: the help card writes placeholders Teams
 * shows («kull-id», not <kull-id>, which Teams takes for markup), and a command typed without its arguments
 * answers with its syntax and the cohorts the person may use, in the language of the command, instead of
 * falling through to Q&A.
 */
const MINE = `${ILP}, ledpro-1-2024, ledpro-2-2024`;

describe('command syntax as leaders and coordinators meet it', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ now: '2024-02-01T09:00:00Z' }); });
  afterAll(() => h.stop());

  /** The one reply to a typed message in the person's 1:1 chat, as Teams shows it. */
  async function replyTo(text: string, from = COORD, locale = 'nb-NO'): Promise<string> {
    h.teams.reset();
    await h.say(text, from, { locale });
    const sent = h.teams.sentTo(personalId(from));
    expect(sent).toHaveLength(1);
    expect(cardOf(sent[0])).toBeUndefined();
    return String(sent[0].activity.text);
  }

  it('writes readable placeholders in the help card, in bokmål and English', async () => {
    h.teams.reset();
    await h.say('hjelp', COORD);
    await h.say('help', COORD, { locale: 'en-US' });
    const [nb, en] = h.teams.received.map((r) => cardOf(r));
    for (const line of ['basisgrupper «kull-id»', 'koble basisgruppe «kull-id» «navn»', 'sjekk inn plan «kull-id»', 'hopp over sjekk inn «runde-id»', 'registrer koordinatorkanal «kull-id»']) {
      expect(visible(nb)).toContain(line);
    }
    for (const line of ['base groups «cohort-id»', 'link base group «cohort-id» «name»', 'checkin plan «cohort-id»', 'skip checkin «round-id»', 'register coordinator channel «cohort-id»']) {
      expect(visible(en)).toContain(line);
    }
    // Nothing Teams would read as an HTML tag, on the card or in the plain text beside it.
    for (const r of h.teams.received) expect(JSON.stringify(r.activity)).not.toMatch(/<[a-zæøå-]+>/i);
  });

  it.each([
    ['basisgrupper', 'Skriv: basisgrupper «kull-id»', 'For eksempel: basisgrupper ilp-2021-2025'],
    ['koble basisgruppe', 'Skriv: koble basisgruppe «kull-id» «navn»', 'For eksempel: koble basisgruppe ilp-2021-2025 Gruppe 1'],
    ['koble basisgruppe ledpro-1-2024', 'Skriv: koble basisgruppe «kull-id» «navn»', 'Kull du kan bruke:'],
    ['sjekk inn plan', 'Skriv: sjekk inn plan «kull-id»', 'For eksempel: sjekk inn plan ilp-2021-2025'],
    ['flytt sjekk inn', 'Skriv: flytt sjekk inn «runde-id» «ÅÅÅÅ-MM-DD TT:mm»', 'Runde-id-ene står i oversikten du får med sjekk inn plan «kull-id».'],
    ['flytt sjekk inn ledpro-1-2024.after-1 1. mars', 'Skriv: flytt sjekk inn «runde-id» «ÅÅÅÅ-MM-DD TT:mm»', 'For eksempel: flytt sjekk inn ilp-2021-2025.after-1 2024-03-01 09:00'],
    ['hopp over sjekk inn', 'Skriv: hopp over sjekk inn «runde-id»', 'For eksempel: hopp over sjekk inn ilp-2021-2025.after-1'],
  ])('answers "%s" typed alone with its syntax and the coordinator\'s cohorts, in bokmål', async (typed, syntax, hint) => {
    // An English client: the command word, not the locale, decides the language.
    const text = await replyTo(typed, COORD, 'en-US');
    expect(text).toContain(syntax);
    expect(text).toContain(hint);
    expect(text).toContain(`Kull du kan bruke: ${MINE}`);
  });

  it.each([
    ['base groups', 'Type: base groups «cohort-id»', 'For example: base groups ilp-2021-2025'],
    ['link base group', 'Type: link base group «cohort-id» «name»', 'For example: link base group ilp-2021-2025 Group 1'],
    ['checkin plan', 'Type: checkin plan «cohort-id»', 'For example: checkin plan ilp-2021-2025'],
    ['move checkin', 'Type: move checkin «round-id» «YYYY-MM-DD HH:mm»', 'The round ids are listed by checkin plan «cohort-id».'],
    ['skip checkin', 'Type: skip checkin «round-id»', 'For example: skip checkin ilp-2021-2025.after-1'],
  ])('answers "%s" typed alone with its syntax and the coordinator\'s cohorts, in English', async (typed, syntax, hint) => {
    const text = await replyTo(typed, COORD, 'nb-NO');
    expect(text).toContain(syntax);
    expect(text).toContain(hint);
    expect(text).toContain(`Cohorts you can use: ${MINE}`);
  });

  it('tells someone without a role what the command is for, naming no cohort', async () => {
    const nb = await replyTo('sjekk inn plan', STRANGER);
    expect(nb).toBe('Skriv: sjekk inn plan «kull-id»\nKommandoen er for koordinatorer, og du er ikke registrert som koordinator for noe kull. Spør en koordinator om du mener dette er feil.');
    const en = await replyTo('link base group', STRANGER);
    expect(en).toBe('Type: link base group «cohort-id» «name»\nThis command is for coordinators and facilitators, and you are not registered as either for any cohort. Ask a coordinator if you think this is wrong.');
  });

  it('answers "registrer koordinatorkanal" and "register coordinator channel" typed alone with their syntax', async () => {
    expect(await replyTo('registrer koordinatorkanal')).toBe(`Skriv i koordinatorenes kanal: registrer koordinatorkanal «kull-id»\nKull du koordinerer: ${MINE}`);
    expect(await replyTo('register coordinator channel')).toBe(`Type in the coordinators' channel: register coordinator channel «cohort-id»\nCohorts you coordinate: ${MINE}`);
    expect(await replyTo('register coordinator channel', STRANGER)).toBe('Type in the coordinators\' channel: register coordinator channel «cohort-id»\nThis command is for coordinators, and you are not registered as a coordinator of any cohort.');
  });

  it('still runs the full command (the usage route does not shadow it)', async () => {
    h.teams.reset();
    await h.say('sjekk inn plan ledpro-1-2024', COORD);
    const [sent] = h.teams.sentTo(personalId(COORD));
    expect(visible(cardOf(sent))).toContain(`Sjekk-inner i ${h.cohortName('ledpro-1-2024')}`);
  });
});
