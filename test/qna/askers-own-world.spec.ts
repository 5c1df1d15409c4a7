import { qnaChat } from '../support/qna-chat';

/** Readings met in session 45's sets: the asker's own workplace and education, a program named again after another,
 * online attendance and the price of what the documents leave out. Sentences are our own. */
const { chat } = qnaChat();

describe('the asker\'s workplace is no subject of the answer', () => {
  it('"Jeg er kokk på et hotell. Kan jeg søke LEDPRO?" is answered with whom LEDPRO is for, not its hotel', () => {
    const a = chat(['Jeg er kokk på et hotell. Kan jeg søke LEDPRO?']);
    expect(a.text).toMatch(/Målgruppen/);
    expect(a.text).not.toMatch(/Wood Hotel/);
  });

  it('in English, a receptionist at a hotel asking whether they may apply', () => {
    const a = chat(['I work in the reception of a hotel. Could I apply to LEDPRO?'], 'en');
    expect(a.text).toMatch(/target group/i);
    expect(a.text).not.toMatch(/Wood Hotel/);
  });
});

describe('"closed for me" / "stengt for meg" after an education told', () => {
  it('English: the admission rules answer it, with the way in as a course participant', () => {
    const a = chat(['I only have a trade certificate (fagbrev), no degree. Is LEDPRO closed for me then?'], 'en');
    expect(a.text).toMatch(/course participant/);
    expect(a.text).not.toMatch(/^Yes\b/);
  });

  it('bokmål: "Er LEDPRO stengt for meg da?" after "bare fagbrev"', () => {
    const a = chat(['Jeg har bare fagbrev. Er LEDPRO stengt for meg da?']);
    expect(a.text).toMatch(/kursdeltaker/);
    expect(a.text).not.toMatch(/^Ja\b/);
  });
});

describe('a program named before the dash is what "its" points to', () => {
  it('"back to NTNU\'s head of department programme – what\'s its main focus?" after LEDPRO 2\'s tracks', () => {
    const a = chat(['Which main tracks does LEDPRO part 2 have?', 'ok, back to the NTNU head of department programme – what is its main focus?'], 'en');
    expect(a.text).toMatch(/people-management|strategic/);
    expect(a.text).not.toMatch(/main tracks/);
  });
});

describe('taking part online, and the price of what the documents leave out', () => {
  it('"on Zoom or Teams" is online attendance, which the documents do not cover', () => {
    const a = chat(['If I can\'t travel to one of the LEDPRO gatherings, may I follow it on Teams or Zoom instead?'], 'en');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/railway|train/);
  });

  it('"one time" in English claims no hour', () => {
    const a = chat(['Could I attend a LEDPRO gathering over Teams one time if I am ill?'], 'en');
    expect(a.kind).toBe('unknown');
  });

  it('"… parking at the hotel? and is it free?": the price of the parking is not the fee', () => {
    const a = chat(['Can we park at Wood Hotel when we drive there? And is it free?'], 'en');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/53[ ,.]?000/);
  });

  it('"Hva koster det?" after an unanswered question stays unanswered', () => {
    const a = chat(['Er det parkering ved hotellet i Brumunddal?', 'Hva koster det?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/53[ ,.]?000|3[ ,.]?175/);
  });
});

describe('comparisons named in one word, and pillars by their place in the list', () => {
  it('"prisforskjellen" between two programs sets their prices side by side', () => {
    const a = chat(['Hvor stor er prisforskjellen på LEDPRO og lederprogrammet til NTNU?']);
    expect(a.text).toMatch(/53 000/);
    expect(a.text).not.toMatch(/hovedtemaer|hovedsøyler/);
  });

  it('"de to første søylene" are pillars 1 and 2', () => {
    const a = chat(['Jeg leser om instituttlederprogrammet.', 'Hvordan skiller de to første søylene seg fra hverandre?']);
    expect(a.text).toMatch(/Hovedsøyle 1/);
    expect(a.text).toMatch(/Hovedsøyle 2/);
    expect(a.text).not.toMatch(/Hovedsøyle 3/);
  });

  it('"the last two pillars" are pillars 3 and 4', () => {
    const a = chat(['Could you contrast the last two pillars of the NTNU head of department programme?'], 'en');
    expect(a.text).toMatch(/Pillar 3/);
    expect(a.text).toMatch(/Pillar 4/);
    expect(a.text).not.toMatch(/Pillar 1,/);
  });
});

describe('premises corrected', () => {
  it('an amount said to be paid once for the whole year, which the documents give per gathering, is a no', () => {
    const a = chat(['Is the 3175 for board and lodging meant for the whole year?'], 'en');
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/per gathering/);
  });

  it('"Since the 3175 is for the whole year, we only pay it once, right?": corrected, and the conclusion gets no "yes"', () => {
    const a = chat(['Since the 3175 for board and lodging is for the whole year, we only pay it once, right?'], 'en');
    expect(a.text).toMatch(/^No, that is not right\./);
    expect(a.text).toMatch(/per gathering/);
    expect(a.text).not.toMatch(/\bYes\b/);
  });

  it('an amount per gathering said per gathering is still a yes', () => {
    const a = chat(['Er kost og losji 3175 kroner per samling?']);
    expect(a.text).toMatch(/^Ja\b/);
  });

  it('with "kan jeg som … melde meg på der?" after it, a leader outside NTNU is told no, from NTNU\'s target groups', () => {
    const a = chat(['Jeg har lest om lederprogrammet til NTNU.', 'Siden det er åpent for alle ledere i offentlig sektor, kan jeg søke der som leder i en statlig etat?']);
    expect(a.text).toMatch(/^Nei\b/);
    expect(a.text).not.toMatch(/LEDPRO/);
  });

  it('"Når det bare varer ett år, …?" about a four-year program is corrected before anything else', () => {
    const a = chat(['Jeg ser på instituttlederprogrammet.', 'Når det bare varer ett år, kan vi ta alt i løpet av en høst?']);
    expect(a.text).toMatch(/^Nei, det stemmer ikke\./);
    expect(a.text).toMatch(/4 år/);
  });

  it('"Når er …" is still a question of when', () => {
    const a = chat(['Når er den første samlingen på LEDPRO?']);
    expect(a.text).toMatch(/15\.–16\. februar/);
  });

  it('a target group claimed of "it" in a conversation about NTNU is answered from NTNU, not the document that says it', () => {
    const a = chat(['Jeg har lest om lederprogrammet til NTNU.', 'Det er åpent for alle ledere i offentlig sektor, ikke sant?']);
    expect(a.text).not.toMatch(/^Ja\b/);
    expect(a.text).toMatch(/målgrupper av ledere/);
    expect(a.text).not.toMatch(/LEDPRO/);
  });

  it('"same place as that one or somewhere else?" after Oppdal is a no for LEDPRO', () => {
    const a = chat(['Where is NTNU\'s leadership gathering (ledersamling) held?', 'And LEDPRO, same place as that one or somewhere else?'], 'en');
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Brumunddal/);
  });
});

describe('words written apart, and a pillar title beside other subjects', () => {
  it('"tilknytnings døgn" written apart is the extra night', () => {
    const a = chat(['Hva er et tilknytnings døgn på LEDPRO?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/1 375/);
  });

  it('"felles opplæring om arbeidsmiljø" asks the training day on the working environment, not pillar 3 by its title', () => {
    const a = chat(['Hvilke tema tar den felles opplæringen om arbeidsmiljø opp – er konflikthåndtering med?']);
    expect(a.text).toMatch(/konflikthåndtering/);
  });

  it('a claim about a pillar named by its title is still checked against that pillar', () => {
    const a = chat(['Instituttledersamlingene varer bare én dag, stemmer det?']);
    expect(a.text).toMatch(/^Nei\b/);
    expect(a.text).toMatch(/2-dagers/);
  });
});

describe('questions put politely and indirectly', () => {
  it('"Kan du fortelle meg når …?" is a question of when, not a yes/no', () => {
    const a = chat(['Kan du fortelle meg når den siste LEDPRO-samlingen holdes?']);
    expect(a.text).toMatch(/7\.–8\. oktober/);
    expect(a.text).not.toMatch(/^Ja\b/);
  });

  it('"finner sted" is when, not where', () => {
    const a = chat(['Kan dere si meg når den første LEDPRO-samlingen finner sted?']);
    expect(a.text).not.toMatch(/^Ja\b/);
    expect(a.text).toMatch(/15\.–16\. februar/);
  });

  it('"… vil jeg gjerne vite hvem jeg bør kontakte …" after a long statement asks for the contact', () => {
    const a = chat(['Vi er to avdelingsledere i en fylkeskommune som vurderer LEDPRO, og før vi søker vil jeg gjerne vite hvem jeg bør henvende meg til om praktiske ting.']);
    expect(a.text).toMatch(/Kristin Larsen/);
    expect(a.kind).toBe('answer');
  });

  it('"I\'d like to know what …" mid-sentence is the question, not what came before it', () => {
    const a = chat(['Before I commit a whole year to LEDPRO I would like to know what values the programme rests on.'], 'en');
    expect(a.text).toMatch(/values/);
    expect(a.text).not.toMatch(/NOK/);
  });

  it('"what took place in August 2021" at NTNU is that month\'s training day', () => {
    const a = chat(['For NTNU\'s leaders, what took place in August 2021?'], 'en');
    expect(a.text).toMatch(/kick-off|joint training day/i);
  });

  it('a request put as a statement ("Jeg vil gjerne notere meg …") is answered, not taken as context', () => {
    const a = chat(['Jeg vil gjerne skrive opp kontaktpersonene for LEDPRO – den praktiske og den faglige.']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Kristin Larsen/);
    expect(a.text).toMatch(/Randi Bredvold/);
  });

  it('an education told before "men …, så jeg lurer på om det er aktuelt for meg" is read with the question', () => {
    const a = chat(['Jeg har bare to år på høyskole, men mange år som leder i en frivillig organisasjon, så jeg lurer på om LEDPRO er aktuelt for meg.']);
    expect(a.text).toMatch(/vurdert individuelt/);
    expect(a.text).not.toMatch(/^Nei\b/);
  });
});

describe('asking on behalf of someone, and the like of what was just said', () => {
  it('"Hun jeg jobber for er tillitsvalgt" → "Kan hun likevel søke?" is answered from whom LEDPRO is for', () => {
    const a = chat(['Han jeg er assistent for er tillitsvalgt, ikke leder.', 'Kan han likevel søke LEDPRO?']);
    expect(a.text).toMatch(/tillitsvalgte/);
    expect(a.text).not.toMatch(/søknadsfristen/);
  });

  it('"Is there anything similar in the NTNU programme?" after LEDPRO\'s exam sets the two side by side', () => {
    const a = chat(['How does LEDPRO end – is there an exam?', 'Is there anything similar in the NTNU head of department programme?'], 'en');
    expect(a.text).toMatch(/take-home/);
    expect(a.text).toMatch(/does not mention an exam/);
    expect(a.text).not.toMatch(/^Yes\b/);
  });

  it('"Har NTNU noe tilsvarende?" is the same thing asked of NTNU, not the "tilsvarende" of the admission rules', () => {
    const a = chat(['Hvordan avsluttes LEDPRO?', 'Har instituttlederprogrammet på NTNU noe tilsvarende?']);
    expect(a.text).toMatch(/hjemmeoppgave/);
    expect(a.text).not.toMatch(/Opptakskravet/);
  });

  it('"Hvordan avsluttes LEDPRO?" asks the exam, "Når avsluttes …?" still a date', () => {
    expect(chat(['Hvordan avsluttes LEDPRO?']).text).toMatch(/hjemmeoppgave/);
    expect(chat(['Når avsluttes LEDPRO?']).text).not.toMatch(/hjemmeoppgave/);
  });

  it('a yes/no naming another program is not answered with the last program\'s fact', () => {
    const a = chat(['What is the exam on LEDPRO?', 'Does the NTNU head of department programme have one too?'], 'en');
    expect(a.text).not.toMatch(/^Yes\. The exam is/);
  });
});

describe('one of a list, picked by a word only it holds', () => {
  it('"Hvilken av dem er ny?" after the modules names the new module alone', () => {
    const a = chat(['Hvilke fagmoduler har NTNUs lederopplæring?', 'Lederen min hørte at én av dem er ny. Hvilken?']);
    expect(a.text).toMatch(/Diversity & co-creation/);
    expect(a.text).not.toMatch(/Personalledelse/);
  });

  it('a word several items hold picks none of them', () => {
    const a = chat(['Hvilke fagmoduler har NTNUs lederopplæring?', 'Hvilken av dem handler om ledelse?']);
    expect(a.text).toMatch(/Personalledelse/);
    expect(a.text).toMatch(/Endringsledelse/);
  });
});

describe('dates by half-year and by the first meeting, and a refund in nynorsk', () => {
  it('"første halvår" counts the gatherings from January to June, of all of them', () => {
    const a = chat(['Kor mange av LEDPRO-samlingane er i første halvår 2024?']);
    expect(a.text).toMatch(/^4 av de 6 samlingene/);
    expect(a.text).not.toMatch(/oktober/);
  });

  it('"the second half of the year" is July to December', () => {
    const a = chat(['Which LEDPRO gatherings fall in the second half of the year?'], 'en');
    expect(a.text).toMatch(/^2 of the 6 gatherings/);
    expect(a.text).toMatch(/October/);
    expect(a.text).not.toMatch(/February/);
  });

  it('"when do we meet for the first time?" is the first gathering', () => {
    const a = chat(['When do we meet for the first time on LEDPRO?'], 'en');
    expect(a.text).toMatch(/^Gathering 1/);
  });

  it('"få pengane attende … trekkje seg" is a refund, which the documents do not cover', () => {
    const a = chat(['Får eg pengane attende om eg trekkjer meg frå LEDPRO undervegs?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/53 000/);
  });
});

describe('"could you tell me how …" in English', () => {
  it('is the question it wraps, with no "Yes" first', () => {
    const a = chat(['Could you tell me how many gatherings LEDPRO part 1 has?'], 'en');
    expect(a.text).not.toMatch(/^Yes\b/);
    expect(a.text).toMatch(/\b6 gatherings/);
  });

  it('"how long the onward journey to the venue takes" after flying into Oslo Airport is the travel time', () => {
    const a = chat(['I am flying in to Oslo Airport for the LEDPRO gatherings; could you tell me roughly how long the onward journey to the venue takes?'], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/1 hour by train from Oslo Airport/);
  });
});

describe('credits taken into a degree, and a degree held', () => {
  it('"godskrevet i en mastergrad" is the credits being recognised elsewhere, not the admission rules', () => {
    const a = chat(['Kan LEDPRO del 1 godskrives i en mastergrad et annet sted?']);
    expect(a.text).toMatch(/innpasset/);
    expect(a.text).not.toMatch(/Opptakskravet/);
  });

  it('"anyone holding a bachelor\'s" asking to skip part 1 is told part 1 is required, not the deadline', () => {
    const a = chat(['As part 2 is open to anyone holding a bachelor\'s degree, can I go straight into it without part 1?'], 'en');
    expect(a.text).toMatch(/completed LEDPRO part 1/);
    expect(a.text).not.toMatch(/deadline/);
  });
});
