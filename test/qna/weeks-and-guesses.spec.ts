import { qnaChat } from '../support/qna-chat';

/** Readings met in session 48's dev sets: days named beside "uka", a guess after a question, "en som meg". Sentences are our own. */
const { ask, chat } = qnaChat();

describe('"uka" before days is no week number', () => {
  it('"Jeg har fri uka 20.–24. mai": the days 20–24 May, not ISO week 20', () => {
    const a = ask('Jeg har fri uka 20.–24. mai. Kolliderer det med noen LEDPRO-samlinger?');
    expect(a.text).toMatch(/^Nei, det er ingen samling i LEDPRO 1 og LEDPRO 2 i perioden 20\.–24\. mai/);
  });

  it('"uke 25." at the end of a sentence is still week 25 (a guard)', () => {
    const a = ask('Jeg har ferie i uke 25. Kolliderer det med LEDPRO?');
    expect(a.text).toMatch(/^Ja, i uke 25 \(17\.–23\. juni\)/);
  });
});

describe('who it fits, in other words', () => {
  it('"Er LEDPRO aktuelt for en som meg?" from a safety representative is the target group, not "not in the documents"', () => {
    const a = ask('Jeg er verneombud og ikke leder. Er LEDPRO aktuelt for en som meg?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Målgruppen for studiet/);
  });

  it('"Hvem er NTNUs lederopplæring ment for? Bare de på toppen?": the guess after the question is no question of its own', () => {
    const a = ask('Hvem er NTNUs lederopplæring egentlig ment for? Bare de på toppen?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/instituttledere/);
  });
});

describe('who is responsible, and weeks from one gathering to the next', () => {
  it('"Hvem har det faglige ansvaret for LEDPRO?" is the academic lead, not "not in the documents"', () => {
    const a = ask('Hvem har det faglige ansvaret på LEDPRO?');
    expect(a.text).toMatch(/^Faglige spørsmål om LEDPRO 1 og LEDPRO 2: Randi Bredvold \(fagansvarlig\)/);
  });

  it('English: "who is academically responsible"', () => {
    const a = ask('Who is academically responsible for the LEDPRO course?', 'en-US');
    expect(a.text).toMatch(/Randi Bredvold \(academic lead\)/);
  });

  it('"Hvor mange uker er det fra andre til tredje samling?" is the gap computed, not the third gathering\'s date', () => {
    const a = ask('Hvor mange uker er det fra andre til tredje samling på LEDPRO?');
    expect(a.text).toMatch(/Mellom samling 2 \(4\.–5\. april 2024\) og samling 3 \(15\.–16\. mai 2024\): 40 dager \(om lag 6 uker\)/);
  });

  it('English: "from the fourth to the fifth LEDPRO gathering"', () => {
    const a = ask('How many weeks is it from the fourth to the fifth LEDPRO gathering?', 'en-US');
    expect(a.text).toMatch(/Between gathering 4 \(20–21 June 2024\) and gathering 5 \(28–29 August 2024\)/);
  });
});

describe('a leader\'s story does not pull the testimonial', () => {
  it('an HR adviser\'s overview, then how participants are picked in both: the application and the nomination, not Molde', () => {
    const a = chat(['Jeg er personalrådgiver og lager en oversikt over tilbud innen lederutvikling.', 'Hvordan blir deltakerne valgt ut i begge programmene? altså NTNU-programmene mot LEDPRO']);
    expect(a.text).toMatch(/Du søker opptak via studiets nettsider/);
    expect(a.text).toMatch(/fakultetene som nominerer/);
    expect(a.text).not.toMatch(/Molde/);
  });

  it('asked by its own words ("who from Molde praised it?"), the testimonial still answers (a guard)', () => {
    const a = ask('Hvem fra Molde skryter av LEDPRO?');
    expect(a.text).toMatch(/Arne Sverre Dahl/);
  });
});

describe('"velges" is how one gets in', () => {
  it('"Hvordan velges deltakerne i de to programmene?": nomination against the application, not the pillars', () => {
    const a = ask('Hvordan velges deltakerne i de to programmene?');
    expect(a.text).toMatch(/nominerer/);
    expect(a.text).toMatch(/Du søker opptak/);
    expect(a.text).not.toMatch(/hovedsøyler/);
  });
});

describe('where a program puts its weight', () => {
  it('"Instituttlederprogrammet – når legger de inn mest krefter?": the first two years of the term, not "not in the documents"', () => {
    const a = ask('Instituttlederprogrammet – når legger de inn mest krefter?');
    expect(a.text).toMatch(/størst tyngde på tiltakene de to første årene/);
  });

  it('English: "where does the head of department programme put the bulk of its effort?"', () => {
    const a = ask('Where does the head of department programme put the bulk of its effort?', 'en-US');
    expect(a.text).toMatch(/most weight on the measures in the first two years/);
  });
});

describe('the tradition a program comes from', () => {
  it('"Which tradition does LEDPRO come from?": its view of learning and the social-psychological perspective', () => {
    const a = ask('Which tradition does LEDPRO come from?', 'en-US');
    expect(a.text).toMatch(/social-psychological perspective|social psycholog/);
  });

  it('bokmål: "Hvilken faglig tradisjon kommer LEDPRO fra?"', () => {
    const a = ask('Hvilken faglig tradisjon kommer LEDPRO fra?');
    expect(a.text).toMatch(/sosialpsykologisk perspektiv/);
  });
});

describe('a tag that confirms the sentence before it', () => {
  it('"He thinks he can sign himself up for an NTNU leader programme. That\'s how it works, isn\'t it?": no, the faculties nominate', () => {
    const a = chat(['My boss is a head of department at NTNU.', "He thinks he can sign himself up for one of NTNU's leader programmes. That's how it works, isn't it?"], 'en-US');
    expect(a.text).toMatch(/^No\. For NTNU's leader development programmes, the faculties nominate the participants\./);
  });
});

describe('"…, eller er den …?" offers two ways', () => {
  it('"Gjelder den lokale opplæringen nye ledere også, eller er den bare for dem som begynte i 2021?" gets no wrong "Nei"', () => {
    const a = ask('Jeg ble instituttleder i fjor, midt i perioden. Gjelder den lokale grunnopplæringen meg, eller er den bare for dem som begynte i 2021?');
    expect(a.text).not.toMatch(/^Nei\b/);
    expect(a.text).toMatch(/ansatt underveis i åremålsperioden/);
  });
});
