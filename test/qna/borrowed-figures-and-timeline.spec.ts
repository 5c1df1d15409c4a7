import { qnaChat } from '../support/qna-chat';

/**
 * Readings met in session 52's dev sets: a figure of LEDPRO's claimed for one of NTNU's programmes, NTNU's training
 * days and timeline asked in a longer sentence, and a program put off for later. Sentences are our own.
 */
const { ask } = qnaChat();

describe('a figure of one program claimed for another', () => {
  it('LEDPRO\'s fee claimed for an NTNU programme: the documents do not say its price, and the figure is LEDPRO\'s', () => {
    const a = ask('Har forskergruppelederprogrammet også en deltakeravgift på 53 000 kroner?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/^Det står ikke i programdokumentene for Forskergruppelederprogrammet/);
    expect(a.text).toMatch(/53 000 gjelder LEDPRO 1 og LEDPRO 2, ikke Forskergruppelederprogrammet/);
    expect(a.text).not.toMatch(/^(Ja|Nei)\b/);
  });

  it('English, LEDPRO\'s credits claimed for the research group leader programme: no "yes", the credits are LEDPRO\'s', () => {
    const a = ask('The research group leader programme gives 30 credits, doesn\'t it?', 'en-US');
    expect(a.text).toMatch(/do not say/);
    expect(a.text).toMatch(/30 belongs to LEDPRO 1 and LEDPRO 2/);
    expect(a.text).not.toMatch(/^Yes\b/);
  });

  it('asked without a figure, the price of an NTNU programme stays an honest unknown with no fact in it', () => {
    const a = ask('Hva koster forskergruppelederprogrammet?');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/53 000|LEDPRO/);
  });

  it('LEDPRO\'s deadline claimed for an NTNU programme: the faculties nominate, and the date is LEDPRO\'s', () => {
    const a = ask('Søknadsfristen til studieprogramlederprogrammet er vel 15. desember?');
    expect(a.text).toMatch(/nominerer/);
    expect(a.text).toMatch(/Den datoen gjelder LEDPRO 1 og LEDPRO 2/);
    expect(a.text).not.toMatch(/^Ja\b/);
  });
});

describe('NTNU\'s training days and timeline', () => {
  it('"what we need to know is when …" asks the date all the same: the months of the joint training days', () => {
    const a = ask('What we need to know is when the joint training days for leaders by faculty took place, so we can plan ours alike.', 'en-US');
    expect(a.text).toMatch(/August 2021/);
    expect(a.text).toMatch(/January 2022/);
  });

  it('"which months does the timeline cover" gets the timeline\'s months, not the months of the gatherings', () => {
    const a = ask('Which months does the timeline for 2021 cover?', 'en-US');
    expect(a.text).toMatch(/June, August–November/);
  });

  it('a question after a dash about what the sentence before it names, with another question earlier as context', () => {
    const a = ask('Vi har en ny kontorsjef som lurer på hva grunnopplæringen dreier seg om. Hun vil helst vite mer om delen «Ledelse på NTNU» – hvilke temaer tar den for seg?');
    expect(a.text).toMatch(/^Grunnopplæring for ledere: 1\) Ledelse på NTNU – personalledelse, medvirkning/);
  });
});

describe('a program put off for later', () => {
  it('"… LEDPRO, men det tar vi en annen gang" leaves LEDPRO out of what is asked', () => {
    const a = ask('En av lederne mine spurte om LEDPRO, men det tar vi en annen gang. Hva dekker grunnopplæringen innen HR og HMS?');
    expect(a.text).toMatch(/rekruttering/);
    expect(a.text).not.toMatch(/LEDPRO/);
  });

  it('the program named in the question itself is still the one asked about', () => {
    const a = ask('Det med NTNU tar vi en annen gang. Hvor holdes samlingene i LEDPRO?');
    expect(a.text).toMatch(/Wood Hotel/);
  });
});
