import { qnaChat } from '../support/qna-chat';

/** Readings met in session 44's sets: claims someone believed, comparisons across programs, words the speller must
 * leave alone. Sentences are our own. */
const { chat } = qnaChat();

describe('a claim someone believed, then "Stemmer det?"', () => {
  it('"Sjefen min trodde LEDPRO har ti samlinger." → "Stemmer det?" is a no: six', () => {
    const a = chat(['Sjefen min trodde LEDPRO har ti samlinger.', 'Stemmer det?']);
    expect(a.text).toMatch(/^Nei\b/);
    expect(a.text).toMatch(/\b6\b|seks/);
  });

  it('a true claim believed is a yes', () => {
    const a = chat(['En kollega mente at LEDPRO holdes på Wood Hotel i Brumunddal.', 'Stemmer det?']);
    expect(a.text).toMatch(/^Ja\b/);
  });

  it('in English, "reckoned" without "that"', () => {
    const a = chat(['My manager reckoned the head of department programme has three main pillars.', 'Is that right?'], 'en');
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/four/);
  });
});

describe('"each of them" after a count of gatherings, set against another program', () => {
  it('"Og hvor lange er hver av dem, sammenlignet med instituttledersamlingene?" gives a gathering\'s length on each side', () => {
    const a = chat(['Hvor mange samlinger har LEDPRO?', 'Og hvor lange er hver av dem, sammenlignet med instituttledersamlingene på NTNU?']);
    expect(a.text).toMatch(/2 dager per samling/);
    expect(a.text).toMatch(/2-dagers samlinger/);
    expect(a.text).not.toMatch(/4 år/);
  });

  it('in nynorsk, "kvar av dei" is each of them, not where', () => {
    const a = chat(['Kor mange samlingar har LEDPRO?', 'Og kor lange er kvar av dei, samanlikna med instituttleiarsamlingane på NTNU?']);
    expect(a.text).toMatch(/2 dager per samling/);
    expect(a.text).toMatch(/2-dagers samlinger/);
  });
});

describe('"the same place?" against the place named before', () => {
  it('"Er LEDPRO-samlingene også der?" after a message naming Oppdal is a no: Brumunddal', () => {
    const a = chat(['En kollega fortalte at NTNU har en stor ledersamling på Oppdal.', 'Er LEDPRO-samlingene også der?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Brumunddal/);
  });

  it('"er den på samme sted?" of NTNU\'s gathering after LEDPRO\'s hotel is a no', () => {
    const a = chat(['Hvor er LEDPRO-samlingene?', 'Og NTNUs ledersamling, er den på samme sted?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Oppdal/);
  });

  it('part 2 after part 1 is a yes: the same hotel', () => {
    const a = chat(['Where is LEDPRO part 1 held?', 'And part 2, is it at the same place?'], 'en');
    expect(a.text).toMatch(/^Yes\./);
    expect(a.text).toMatch(/Brumunddal/);
  });
});

describe('a leader who works elsewhere, asking about a program for its provider\'s own leaders', () => {
  it('a nursing home leader in a municipality is not one of NTNU\'s leaders', () => {
    const a = chat(['Jeg leder et sykehjem i en kommune på Østlandet.', 'Passer NTNUs lederutvikling for meg?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/NTNUs/);
  });

  it('in English, a school principal in a municipality asking to join the Head of Department programme', () => {
    const a = chat(["I'm a school principal in a municipality. Can I join NTNU's Head of Department programme?"], 'en');
    expect(a.text).toMatch(/^No\./);
  });

  it('a head of department at NTNU is one of them', () => {
    const a = chat(['Jeg er instituttleder ved NTNU. Er instituttlederprogrammet noe for meg?']);
    expect(a.text).toMatch(/^Ja\./);
  });

  it('a municipal leader may apply to LEDPRO, which is for the public sector', () => {
    const a = chat(['Jeg er leder i en kommune. Kan jeg søke LEDPRO?']);
    expect(a.text).toMatch(/^Ja\./);
  });
});

describe('the same person for two matters', () => {
  it('LEDPRO has one contact for practical matters and another for the content: no', () => {
    const a = chat(['Hvem kan jeg kontakte om LEDPRO?', 'Er det samme person som svarer på praktiske og faglige spørsmål?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Kristin Larsen/);
    expect(a.text).toMatch(/Randi Bredvold/);
  });

  it('in English', () => {
    const a = chat(['Who can I talk to about LEDPRO?', 'Is that one and the same person for practical things and for the academic content?'], 'en');
    expect(a.text).toMatch(/^No\./);
  });
});

describe('"the two programs" with one program talked of', () => {
  it('are still the two documents\' programs', () => {
    const a = chat(['En kollega av meg var med på lederutviklingen ved NTNU.', 'Hvem er de to programmene ment for?']);
    expect(a.text).toMatch(/kommuner/);
    expect(a.text).toMatch(/NTNUs/);
  });
});

describe('the participation fees of both parts, and a degree held', () => {
  it('"hva blir deltakeravgiftene for del 1 og 2 til sammen?" gives the fees alone first', () => {
    const a = chat(['Hva blir deltakeravgiftene for LEDPRO del 1 og del 2 til sammen?']);
    expect(a.text).toMatch(/^Deltakeravgiften for begge delene: 2 × kr 53 000 = kr 106 000\./);
  });

  it('"can someone with only a bachelor\'s still apply?" is about the requirement, not the deadline', () => {
    const a = chat(["Can a colleague with only a bachelor's degree still apply to LEDPRO?"], 'en');
    expect(a.text).toMatch(/^Yes\. LEDPRO 1 and LEDPRO 2 \(for each part\): The admission requirement is a bachelor's degree/);
  });
});

describe('what the asker told of themselves or another, beside the question', () => {
  it('"hun har bare videregående …, er det mulig?" is answered by the admission rules', () => {
    const a = chat(['En av lederne mine har bare videregående skole, men ønsker å ta LEDPRO. Er det mulig?']);
    expect(a.text).toMatch(/kursdeltaker/);
    expect(a.text).not.toMatch(/Molde/);
  });

  it('a union rep asking whether it is too late for a member is told the deadline', () => {
    const a = chat(['Jeg er tillitsvalgt og har en kollega som først nå har bestemt seg for å søke LEDPRO. Er det for sent?']);
    expect(a.text).toMatch(/^Ja, søknadsfristen .* var 15\. desember 2023, og den har gått ut\./);
  });
});

describe('a length claimed after a told statement', () => {
  it('"Det varer vel bare ett semester?" about the Head of Department programme is a no: four years', () => {
    const a = chat(['Søsteren min går på instituttlederprogrammet ved NTNU nå.', 'Det varer vel bare ett semester?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/4 år/);
  });
});

describe('applying for the support just talked of', () => {
  it('"Kan jeg også søke om det?" after the OU fund is the support, and a municipal employee is a public employee', () => {
    const a = chat(['En venninne fikk tilskudd fra OU-fondet til LEDPRO.', 'Kan jeg som kommuneansatt søke om det samme?']);
    expect(a.text).toMatch(/^Ja\./);
    expect(a.text).toMatch(/OU-fondet/);
  });

  it('in English', () => {
    const a = chat(['A colleague got money from the OU fund for LEDPRO.', 'As a municipal employee, can I apply for that too?'], 'en');
    expect(a.text).toMatch(/OU/);
    expect(a.text).not.toMatch(/inn\.no\/ledpro1/);
  });
});

describe('"which of them" of two pillars just named', () => {
  it('"Hvilken av dem varer lengst?" gives both pillars\' gatherings', () => {
    const a = chat(['NTNU har visst både instituttledersamlinger og felles opplæring fakultetsvis.', 'Hvilken av dem varer lengst per samling?']);
    expect(a.text).toMatch(/2-dagers samlinger/);
    expect(a.text).toMatch(/Heldagssamlinger/);
  });
});

describe('attendance and missing a gathering, which the documents do not cover', () => {
  it('"Er det oppmøteplikt – hva om jeg går glipp av en samling?" is an honest unknown with the contact', () => {
    const a = chat(['Jeg vurderer LEDPRO, men jobber turnus.', 'Hva om jeg går glipp av en samling – er det krav om oppmøte?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/15\.–16\. februar/);
  });

  it('in English', () => {
    const a = chat(['Do I have to be at every LEDPRO gathering, or is missing one OK? How strict is attendance?'], 'en');
    expect(a.kind).toBe('unknown');
  });
});

describe('whether a program the documents only name is part of NTNU\'s', () => {
  it('"Er Mentorprogrammet fortsatt en del av NTNUs lederutvikling?" is a yes from the list of examples', () => {
    const a = chat(['Er Mentorprogrammet fortsatt en del av NTNUs lederutvikling?']);
    expect(a.text).toMatch(/^Ja\. Eksempler på lederutviklingsprogram ved NTNU/);
  });

  it('"is it part of …?" of the program just talked of', () => {
    const a = chat(['My predecessor took part in the Innovation leader programme at NTNU.', "Is it still part of NTNU's leadership development?"], 'en');
    expect(a.text).toMatch(/^Yes\. Examples of leader development programmes at NTNU/);
  });
});

describe('"what does that add up to?" after the credits', () => {
  it('sums the credits, not the price', () => {
    const a = chat(['How many credits does each LEDPRO part give?', 'And what does that add up to?'], 'en');
    expect(a.text).toMatch(/60 credits/);
    expect(a.text).not.toMatch(/NOK/);
  });

  it('a price named is still a price', () => {
    const a = chat(['How many credits does each LEDPRO part give?', 'And what does the fee add up to?'], 'en');
    expect(a.text).toMatch(/NOK/);
  });
});

describe('the parts of "it", counted as the last answer numbers them', () => {
  it('"Hvilke tre deler har det?" after the webinar is the webinar again, not the four pillars', () => {
    const a = chat(['Hva er webinaret om institutt-assessment?', 'Hvilke tre deler har det?']);
    expect(a.text).toMatch(/Instituttets utgangspunkt/);
    expect(a.text).not.toMatch(/fire hovedsøyler/);
  });
});

describe('the gatherings said to be online', () => {
  it('"Siden samlingene er digitale, slipper jeg å reise?" is corrected: Wood Hotel in Brumunddal', () => {
    const a = chat(['Jeg ser på LEDPRO.', 'Siden samlingene uansett er digitale, slipper jeg vel å reise?']);
    expect(a.text).toMatch(/^Nei/);
    expect(a.text).toMatch(/Wood Hotel/);
  });

  it('"Are the LEDPRO gatherings online?" is a no', () => {
    const a = chat(['Are the LEDPRO gatherings online?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/Brumunddal/);
  });

  it('taking part online oneself is still a question the documents do not answer', () => {
    const a = chat(['Kan jeg delta digitalt på LEDPRO-samlingene?']);
    expect(a.kind).toBe('unknown');
  });
});

describe('"who runs it?" of what the last answer told of', () => {
  it('after the timeline\'s kick-off, the timeline says who runs it; no contact person is asked for', () => {
    const a = chat(['I read about a kick-off for the new leadership period at NTNU in January 2022.', "Who runs it, and what's it for?"], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/timeline/);
  });
});

describe('two questions, the second with an article, not a pronoun', () => {
  it('"… og hvem svarer på det faglige?" is its own question, answered beside the first', () => {
    const a = chat(['Hvem sender jeg spørsmål om betalingsfristen for LEDPRO til, og hvem svarer på det faglige opplegget?']);
    expect(a.text).toMatch(/Randi Bredvold/);
  });
});

describe('"am I even eligible?" after the asker told their role', () => {
  it('a union representative is answered with the target group that names union representatives', () => {
    const a = chat(["I'm a union representative in my county, not a leader. Am I really eligible for LEDPRO?"], 'en');
    expect(a.text).toMatch(/^Yes\./);
    expect(a.text).toMatch(/union representatives/);
  });
});
