import { qnaChat } from '../support/qna-chat';

/** Readings met in session 46's review of the weakest class (comparisons in a conversation). Sentences are our own. */
const { chat } = qnaChat();

describe('"compared with that": the side the conversation just answered keeps that answer', () => {
  it('NTNU\'s base groups, then LEDPRO\'s group work "sammenlignet med det": the NTNU side is the pillar just told', () => {
    const first = chat(['Bruker instituttledersamlingene på NTNU basisgrupper?']);
    expect(first.text).toMatch(/basisgrupper/);
    const a = chat(['Bruker instituttledersamlingene på NTNU basisgrupper?', 'Hvordan er gruppearbeidet på LEDPRO sammenlignet med det?']);
    expect(a.text).toMatch(/^Instituttlederprogrammet[^\n]*basisgrupper/);
    expect(a.text).toMatch(/LEDPRO/);
    // Not the other pillar that the words of the LEDPRO side ("gruppearbeid") would have found.
    expect(a.text).not.toMatch(/Hovedsøyle 3/);
  });

  it('English: "how does that compare with …" keeps the NTNU side the conversation talked about', () => {
    const first = chat(['Do the head of department gatherings at NTNU use base groups?'], 'en');
    expect(first.text).toMatch(/base groups/);
    const a = chat(['Do the head of department gatherings at NTNU use base groups?', 'And how does that compare with the group work in LEDPRO?'], 'en');
    expect(a.text).toMatch(/base groups/);
    expect(a.text).toMatch(/LEDPRO/);
  });

  it('a side the question names itself is asked again in its words, not kept ("del 2 sammenlignet med del 1")', () => {
    const a = chat(['Hva handler LEDPRO del 1 om?', 'Hva er nytt i del 2 sammenlignet med del 1?']);
    expect(a.text).toMatch(/LEDPRO 2/);
  });
});

describe('the way in, set side by side', () => {
  it('"getting into LEDPRO" is the way in (the requirements and how one applies, with its deadline), beside NTNU\'s nomination', () => {
    const a = chat(['How are people chosen for NTNU\'s leader programmes?', 'And how does that compare with getting into LEDPRO?'], 'en');
    expect(a.text).toMatch(/nominate/);
    expect(a.text).toMatch(/15 December 2023/);
  });

  it('"Hvordan får man plass i hver?" after a message naming both: each program\'s way in', () => {
    const a = chat(['Vi ser på både LEDPRO og lederprogrammene til NTNU.', 'Hvordan får man plass i hver?']);
    expect(a.text).toMatch(/nominerer/);
    expect(a.text).toMatch(/15\. desember 2023/);
  });

  it('"each" before a noun is no "each of the two": "cost for each gathering" is the stay, the one price given per gathering', () => {
    const a = chat(['Vi ser på både LEDPRO og lederprogrammene til NTNU.', 'What does LEDPRO cost for each gathering?'], 'en');
    expect(a.text).toMatch(/3[ ,]175/);
    expect(a.text).not.toMatch(/nominate/);
  });
});

describe('credits put towards a degree, and an ordinal corrected', () => {
  it('"kan de godskrives i en grad ved et annet universitet?" is what the credits count for, not the degree needed to get in nor NTNU ("another university" is not NTNU)', () => {
    const a = chat(['LEDPRO del 1 gir 30 studiepoeng, har jeg skjønt.', 'Kan de godskrives i en grad ved et annet universitet?']);
    expect(a.text).toMatch(/innpasset i andre relevante mastergradsløp/);
    expect(a.text).not.toMatch(/Opptakskravet/);
  });

  it('English: "can they be transferred into a degree at my university later?" after the credits', () => {
    const a = chat(['Part 1 of LEDPRO is 30 credits, I read.', 'Can they be transferred into a degree at my university later?'], 'en');
    expect(a.text).toMatch(/recognition in other relevant master/);
  });

  it('"sorry, I meant the second one" after the fifth gathering asks the second', () => {
    const a = chat(['When is the fifth LEDPRO gathering?', 'sorry, I meant the second one'], 'en');
    expect(a.text).toMatch(/4[–-]5 April 2024/);
    expect(a.text).not.toMatch(/August/);
  });

  it('"nei, jeg mente den siste" after the first gathering asks the last', () => {
    const a = chat(['Når er den første samlingen i LEDPRO?', 'nei, jeg mente den siste']);
    expect(a.text).toMatch(/7\.–8\. oktober/);
  });
});

describe('a "når" that joins a clause, and "aktuell for"', () => {
  it('"Må vi jobbe med noe i egen organisasjon når vi går på LEDPRO 1?" asks the work at home, not the dates', () => {
    const a = chat(['Må vi jobbe med noe i egen organisasjon når vi går på LEDPRO 1?']);
    expect(a.text).toMatch(/egen organisasjon/);
    expect(a.text).not.toMatch(/Samling 2/);
  });

  it('"Kan jeg likevel være aktuell for LEDPRO?" from a union representative with no leader post is whom LEDPRO is for', () => {
    const a = chat(['Jeg er tillitsvalgt i kommunen og har ingen lederstilling. Kan jeg likevel være aktuell for LEDPRO?']);
    expect(a.text).toMatch(/tillitsvalgte/);
    expect(a.text).not.toMatch(/^Nei\b/);
  });
});

describe('one gathering\'s length on each side, where one side\'s gatherings are not dated', () => {
  it('LEDPRO\'s gatherings against NTNU\'s faculty-wide full-day gatherings: shorter, from the pillar named', () => {
    const a = chat(['How long does each LEDPRO gathering last?', 'And NTNU\'s faculty-wide joint training gatherings, are they as long as those?'], 'en');
    expect(a.text).toMatch(/^No\. NTNU \(full-day\) is shorter than LEDPRO \(2 days/);
    expect(a.text).toMatch(/Pillar 3/);
  });

  it('bokmål: "like lange?" of the faculty-wide gatherings after one LEDPRO gathering\'s length', () => {
    const a = chat(['Hvor lang er hver samling på LEDPRO?', 'Og de felles opplæringssamlingene fakultetsvis på NTNU, er de like lange?']);
    expect(a.text).toMatch(/^Nei\. NTNU \(heldag\) er kortere enn LEDPRO/);
    expect(a.text).not.toMatch(/4 år/);
  });
});

describe('a meal asked of the stay, and a role held before', () => {
  it('"Er middagen inkludert?" after the stay\'s price is the stay\'s (lunch to lunch with dinner), not the fee', () => {
    const a = chat(['Hva koster kost og losji på LEDPRO?', 'Er middagen inkludert?']);
    expect(a.text).toMatch(/^Ja\. .*inkludert middag/);
    expect(a.text).not.toMatch(/Deltakeravgiften/);
  });

  it('"Is he still the chief executive there?" of the man quoted, a former one: no', () => {
    const a = chat(['Who is quoted in the LEDPRO document?', 'Is he still the chief municipal executive in Molde?'], 'en');
    expect(a.text).toMatch(/^No\. .*former chief municipal executive/);
  });
});

describe('what one pays extra for, and what one may ask', () => {
  it('"hva må vi betale ekstra for?" lists what comes on top of the fee, with the prices', () => {
    const a = chat(['Hva må vi betale ekstra for på LEDPRO?']);
    expect(a.text).toMatch(/^I tillegg til deltakeravgiften/);
    expect(a.text).toMatch(/kr 3 175 per samling/);
  });

  it('English: "what do we pay extra for?"', () => {
    const a = chat(['What would we be paying extra for on LEDPRO?'], 'en');
    expect(a.text).toMatch(/board and lodging of NOK 3 175 per gathering/);
  });

  it('"hei, hva kan du svare på?" is a greeting and a question of what the bot does, not a refusal', () => {
    const a = chat(['hei! hva kan du svare på?']);
    expect(a.kind).toBe('smalltalk');
    expect(a.text).toMatch(/Jeg svarer på spørsmål om lederprogrammene/);
  });
});

describe('months told before "which gathering clashes with that?"', () => {
  it('bokmål: a holiday in June, then "Hvilken samling kolliderer med det?" is June\'s gathering', () => {
    const a = chat(['Jeg har ferie i hele juni. Hvilken samling på LEDPRO kolliderer med det?']);
    expect(a.text).toMatch(/Samling 4: 20\.–21\. juni 2024/);
    expect(a.text).not.toMatch(/Samling 1:/);
  });

  it('English: nights in October told first, then "which gathering overlaps with that?"', () => {
    const a = chat(['I work night shifts for most of October. Which LEDPRO gathering overlaps with that?'], 'en');
    expect(a.text).toMatch(/Gathering 6: 7–8 October 2024/);
    expect(a.text).not.toMatch(/NOK 1 375/);
  });
});

describe('"X plus Y" asks a sum', () => {
  it('"Hva blir semesteravgiften pluss deltakeravgiften?" is worked out (kr 54 776)', () => {
    const a = chat(['Hva blir semesteravgiften pluss deltakeravgiften på LEDPRO?']);
    expect(a.text).toMatch(/= kr 54 776/);
  });

  it('English: "what is the participation fee plus the semester fees?"', () => {
    const a = chat(['What is the LEDPRO participation fee plus the semester fees?'], 'en');
    expect(a.text).toMatch(/NOK 54 776/);
  });
});

describe('paid for, compared with, and worked out', () => {
  it('"Er det gratis parkering …, eller må jeg betale for det?" stays an honest unknown (paying for "it" is still parking)', () => {
    const a = chat(['Kan vi parkere gratis ved hotellet på LEDPRO, eller må vi betale for det?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/3 175/);
  });

  it('"Is the reading list covered by the fee?" is answered: literature comes in addition', () => {
    const a = chat(['Is the LEDPRO reading list covered by the participation fee?'], 'en');
    expect(a.text).toMatch(/literature come in addition/);
  });

  it('a school the asker compares with ("som på NHH") is no subject the documents lack: the exam claim is checked', () => {
    const a = chat(['Eksamen på LEDPRO er vel en skoleeksamen i gymsal, som på NHH?']);
    expect(a.text).toMatch(/^Nei\. .*hjemmeoppgave/);
  });

  it('"Regn ut …. Hva lander vi på?" works out the sum the sentence before names', () => {
    const a = chat(['Regn ut deltakeravgiften og semesteravgiften for LEDPRO del 1 for meg. Hva lander vi på?']);
    expect(a.text).toMatch(/= kr 54 776/);
  });
});

describe('a role asked to be in a list that lacks it', () => {
  it('"Er verneombud nevnt blant målgruppene?" after NTNU\'s target groups: no, with the list', () => {
    const a = chat(['Hvem er NTNUs lederutvikling for?', 'Er verneombud nevnt blant målgruppene?']);
    expect(a.text).toMatch(/^Nei\. Målgrupper for NTNUs lederutvikling/);
  });

  it('English: union representatives among NTNU\'s target groups: no; among LEDPRO\'s: yes', () => {
    expect(chat(['Who is NTNU\'s leader development for?', 'Are union representatives among the target groups there?'], 'en').text).toMatch(/^No\./);
    expect(chat(['Who is LEDPRO for?', 'Are union representatives among the target groups there?'], 'en').text).toMatch(/^Yes\./);
  });
});

describe('"how many are listed?" counts the last answer\'s list', () => {
  it('after NTNU\'s example programmes: six, named', () => {
    const a = chat(['Which leadership programmes does NTNU give as examples?', 'How many are listed?'], 'en');
    expect(a.text).toMatch(/^There are six: /);
  });

  it('after the modules: seven', () => {
    const a = chat(['Hva er fagmodulene i NTNUs lederutvikling?', 'Hvor mange er nevnt?']);
    expect(a.text).toMatch(/^Det er sju: 1\) Basis lederkompetanse/);
  });
});

describe('an idiom and a scheme by another name', () => {
  it('"har det gått ut på dato?" of part 1 taken long ago asks whether it still counts, not the dates', () => {
    const a = chat(['Jeg fullførte del 1 av LEDPRO i 2015. Har det gått ut på dato, eller kan jeg ta del 2?']);
    expect(a.text).toMatch(/gjennomført del 1/);
    expect(a.text).not.toMatch(/Samling 2:/);
  });

  it('"Finnes det en mentorordning på NTNU?" is the mentor programme among NTNU\'s examples', () => {
    const a = chat(['Finnes det en mentorordning for ledere på NTNU?']);
    expect(a.text).toMatch(/Mentorprogrammet/);
  });
});

describe('"where is it" with the trip there', () => {
  it('"Hvor er ledersamlingen til NTNU, den de reiser bort for?" is the place (Oppdal), not an unknown travel question', () => {
    const a = chat(['Hvor er NTNUs store ledersamling, den som de reiser ut av byen for?']);
    expect(a.text).toMatch(/Oppdal/);
  });
});
