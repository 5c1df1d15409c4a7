import { qnaChat } from '../support/qna-chat';

/** Readings met in session 41's sets: comparisons asked in a lead-in, sides without the fact, exams said to be sat,
 * repairs and counts claimed. Sentences are our own. */
const { chat } = qnaChat();

describe('an exam said to be sat in a room', () => {
  it('"we sit the exam at the last gathering, right?" is a no: it is a take-home assignment', () => {
    const a = chat(['Vi sitter eksamen på den siste samlingen i LEDPRO, ikke sant?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/hjemmeoppgave/);
  });

  it('"is the exam invigilated?" in English is a no, with the take-home assignment', () => {
    const a = chat(['Is the LEDPRO exam invigilated?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/take-home/);
  });
});

describe('a comparison asked in a lead-in', () => {
  it('"Og samanlikna med det – kven er målgruppa for LEDPRO?" sets LEDPRO beside the programme asked of before', () => {
    const a = chat(['Kven er instituttleiarprogrammet retta mot?', 'Og samanlikna med det – kven er målgruppa for LEDPRO?']);
    expect(a.text).toMatch(/instituttledere/);
    expect(a.text).toMatch(/stabsmedarbeidere og tillitsvalgte/);
  });

  it('a side with no price says so, rather than giving its overview', () => {
    const a = chat(['How much is the LEDPRO fee?', 'And the price of the Head of Department programme, for comparison?'], 'en');
    expect(a.text).toMatch(/53 000/);
    expect(a.text).toMatch(/Head of Department programme 2021-2025: the document does not mention the price/);
    expect(a.text).not.toMatch(/term of office/);
  });

  it('"there too" beside a program named in the lead-in is that program, not the last answer again', () => {
    const a = chat(['Har NTNU noe for folk som ikke er ledere ennå, men som ønsker å bli det?', 'Sammenlign gjerne med LEDPRO – kan de være med der også?']);
    expect(a.text).toMatch(/potensielle ledere/);
  });
});

describe('people who want to become leaders', () => {
  it('"colleagues who want to become managers" finds NTNU\'s target group for them', () => {
    const a = chat(['Does NTNU have anything for colleagues who want to become managers?'], 'en');
    expect(a.text).toMatch(/leadership talent|want to become leaders/);
  });
});

describe('follow-ups on the stay and the fee', () => {
  it('"og hvis vi kommer kvelden før?" after the hotel price is the extra night, not the journey', () => {
    const a = chat(['Hva koster oppholdet per samling?', 'Og hvis vi kommer dit kvelden før?']);
    expect(a.text).toMatch(/1 375/);
    expect(a.text).not.toMatch(/togstasjon/);
  });

  it('a repair naming the fee and setting the lodging aside gets the fee', () => {
    const a = chat(['How much is the hotel per gathering on LEDPRO?', 'Sorry, I meant the course fee, not the hotel.'], 'en');
    expect(a.text).toMatch(/53 000/);
    expect(a.text).not.toMatch(/3 175/);
  });
});

describe('counts and ordinals', () => {
  it('"Har LEDPRO 8 samlinger?" is a no: a number after the program\'s name is a claim, not a part', () => {
    const a = chat(['Har LEDPRO 8 samlinger?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/6 samlinger/);
  });

  it('a count of gatherings claimed after the place asks the count, not the place again', () => {
    const a = chat(['Hvor holdes LEDPRO?', 'Jeg har forstått det sånn at det er 7 samlinger?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/6 samlinger/);
  });

  it('"the first and the last gathering" gives both dates', () => {
    const a = chat(['When are the first and the last LEDPRO gathering?'], 'en');
    expect(a.text).toMatch(/15–16 February 2024/);
    expect(a.text).toMatch(/7–8 October 2024/);
  });
});

describe('a second alternative that asks on about the first', () => {
  it('"free parking, or what does it cost?" is not in the documents, and gives no hotel price', () => {
    const a = chat(['Kan man parkere gratis ved hotellet, eller hva koster det?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/3 175/);
  });
});

describe('more readings of session 41', () => {
  it('"the time span of LEDPRO" beside the Head of Department programme\'s length is its length, not the train', () => {
    const a = chat(['How long does the Head of Department programme last?', 'How does the time span of LEDPRO compare?'], 'en');
    expect(a.text).toMatch(/12 days/);
    expect(a.text).not.toMatch(/by train/);
  });

  it('"how does it work compared to NTNU\'s way of picking participants" keeps how one gets on', () => {
    const a = chat(['How do leaders get onto the NTNU programmes?', 'And LEDPRO – how does it work compared to how NTNU is selecting participants?'], 'en');
    expect(a.text).toMatch(/faculties nominate/);
  });

  it('"kjører de del 1 og del 2 samtidig?" is the two parts run together, and "helt adskilt da?" is a no', () => {
    const first = chat(['Går LEDPRO del 1 og del 2 samtidig?']);
    expect(first.text).toMatch(/samkjøres/);
    const a = chat(['Går LEDPRO del 1 og del 2 samtidig?', 'Er samlingene helt adskilt, da?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/noe separat/);
  });

  it('"can I still apply" with a time told is the deadline, which has passed', () => {
    const a = chat(['I lead a small team in the county, and my boss said yes only this week, early in January 2024. Can I still apply for LEDPRO, which starts in February?'], 'en');
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/15 December 2023/);
  });

  it('"can I still apply" without a time is "even so": the target group answers', () => {
    const a = chat(['I am a union representative, not a manager. Can I still apply for LEDPRO?'], 'en');
    expect(a.text).toMatch(/union representatives/);
  });

  it('"kan det telle i en mastergrad?" asks the credits', () => {
    const a = chat(['Kan LEDPRO telle i en mastergrad?']);
    expect(a.text).toMatch(/30 s/);
    expect(a.text).toMatch(/master/);
  });
});

describe('two questions in one message, after a lead-in', () => {
  it('"Over to NTNU: is there a programme for research group leaders, and who picks who gets in?" answers both', () => {
    const a = chat(['What does LEDPRO cost?', 'Over to NTNU: is there a programme for research group leaders, and who decides who gets a place?'], 'en');
    expect(a.text).toMatch(/research group leader programme/);
    expect(a.text).toMatch(/faculties nominate/);
    expect(a.text).not.toMatch(/53 000/);
  });

  it('"Og del 2 – like mye? Og går delene hver for seg?" answers the credits and how the parts run', () => {
    const a = chat(['Hvor mange studiepoeng gir del 1 av LEDPRO?', 'Og del 2 – like mye? Og går delene hver for seg?']);
    expect(a.text).toMatch(/30 studiepoeng/);
    expect(a.text).toMatch(/samkjøres/);
  });
});

describe('a comparison asked in a sentence of its own', () => {
  it('"Og X, hvor lenge går det? Kan du sammenligne varigheten?" sets the two lengths side by side', () => {
    const a = chat(['Hvor lenge varer LEDPRO?', 'Og instituttlederprogrammet, hvor lenge varer det? Kan du sammenligne varigheten?']);
    expect(a.text).toMatch(/4 år/);
    expect(a.text).toMatch(/12 dager/);
  });

  it('"Er det likt for LEDPRO?" after how one gets onto NTNU\'s programs sets nominating beside applying', () => {
    const a = chat(['Hvordan kommer man med på NTNUs lederprogrammer?', 'Er det likt for LEDPRO?']);
    expect(a.text).toMatch(/nominerer/);
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
  });

  it('"who is it aimed at" names no subject: the target groups of the program switched to', () => {
    const a = chat(['Hvem er LEDPRO ment for?', 'Og NTNU sitt opplegg – hvem retter det seg mot? Sett de to opp mot hverandre.']);
    expect(a.text).toMatch(/Målgrupper for NTNUs lederutvikling/);
    expect(a.text).toMatch(/tillitsvalgte/);
  });
});

describe('pillars and groups named in other words', () => {
  it('"the local training pillar, when is follow-up especially important?" is pillar 4, not a date', () => {
    const a = chat(['What are the pillars of the Head of Department programme?', 'For the local training pillar, when is close follow-up especially important?'], 'en');
    expect(a.text).toMatch(/first year of a new leadership period/);
  });

  it('"which leader groups are subject group leaders counted in?" lists every group that names them', () => {
    const a = chat(['Hvilke ledergrupper regnes faggruppeledere med i hos NTNU?']);
    expect(a.text).toMatch(/fellesadministrasjonen/);
    expect(a.text).toMatch(/nivå 4-ledere/);
  });
});
