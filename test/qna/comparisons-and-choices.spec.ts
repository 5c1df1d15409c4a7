import { qnaChat } from '../support/qna-chat';

/**
 * Readings met in session 52's dev conversations: a comparison asked of a program whose documents lack the topic, a
 * cost asked with "ut med", a repair that sets a sub-cost aside, "are you just a bot", and a yes/no question whose
 * other way names what the documents lack. Sentences are our own.
 */
const { chat, ask } = qnaChat();

describe('comparing with a program whose documents lack the topic', () => {
  it('"koster det like mye?" of an NTNU programme after LEDPRO\'s fee: not in its documents, LEDPRO\'s fee beside it', () => {
    const a = chat(['Hva er deltakeravgiften på LEDPRO?', 'Og forskergruppelederprogrammet, koster det like mye?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/^Det står ikke i programdokumentene for Forskergruppelederprogrammet/);
    expect(a.text).toMatch(/Til sammenligning: LEDPRO 1 og LEDPRO 2 .*53 000/);
  });

  it('English: "as many credits?" after LEDPRO\'s credits sets both sides out, the one without credits said so', () => {
    const a = chat(['How many credits does LEDPRO give?', 'And the Head of Department programme, does it give as many?'], 'en-US');
    expect(a.text).toMatch(/30 credits/);
    expect(a.text).toMatch(/Head of Department programme 2021-2025: the document does not mention credits/);
  });

  it('English: "does it cost as much?" of an NTNU programme after LEDPRO\'s fee', () => {
    const a = chat(['What is the LEDPRO fee?', 'And does the research group leader programme cost as much?'], 'en-US');
    expect(a.text).toMatch(/do not say/);
    expect(a.text).toMatch(/For comparison: .*53 000/);
  });

  it('a bare switch ("og forskergruppelederprogrammet?") stays an honest unknown with no figure of LEDPRO\'s', () => {
    const a = chat(['Hva er deltakeravgiften på LEDPRO?', 'Og forskergruppelederprogrammet?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/53 000/);
  });
});

describe('costs and choices in other words', () => {
  it('"hva må arbeidsgiveren ut med for hotellet" is the board and lodging per gathering', () => {
    const a = ask('Hva må arbeidsgiveren ut med for hotellet på hver LEDPRO-samling?');
    expect(a.text).toMatch(/3 175 per samling/);
  });

  it('a repair that sets the extra night aside gets the board and lodging, not the night', () => {
    const a = chat(['Hva koster en ekstra natt på hotellet på LEDPRO?', 'Nei, jeg mente kost og losji for hele samlingen, ikke tilknytningsdøgnet.']);
    expect(a.text).toMatch(/3 175/);
    expect(a.text).not.toMatch(/1 375/);
  });

  it('"eller må vi ta drosje?" after whether the hotel is near the station: the first way is answered', () => {
    const a = chat(['Vi tar toget til LEDPRO-samlingene.', 'Ligger hotellet i nærheten av stasjonen, eller må vi ta drosje?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/^Ja\. .*nær Brumunddal togstasjon/);
  });

  it('English, "or do we need an Uber?": a yes for the hotel near the station, not a no for the Uber', () => {
    const a = ask('Is the LEDPRO hotel close to the station, or do we need an Uber?', 'en-US');
    expect(a.text).toMatch(/^Yes\. /);
  });
});

describe('what the bot is', () => {
  it.each([
    ['Er du bare en salgsbot for kurs?', 'nb-NO', /^Jeg er Lederbot/],
    ['Are you just a sales bot for courses?', 'en-US', /^I am Lederbot/],
  ])('"%s" is told what the bot is', (q, locale, expected) => {
    const a = ask(q, locale);
    expect(a.kind).toBe('smalltalk');
    expect(a.text).toMatch(expected);
  });
});

describe('dates, pages and contacts in other words', () => {
  it('the right month with other days is a no: "samling 4 er 1.–2. juni, ikke sant?"', () => {
    const a = ask('LEDPRO-samling 4 er 1.–2. juni, ikke sant?');
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/20\.–21\. juni/);
  });

  it('English, the days claimed after "like": "number 5 is in August, like 1-2 August?" is a no', () => {
    const a = chat(['When is LEDPRO gathering 4?', 'and number 5 is in August, like 1-2 August right?'], 'en-US');
    expect(a.text).toMatch(/^No\. /);
    expect(a.text).toMatch(/28–29 August/);
  });

  it('the days claimed right are a yes', () => {
    expect(ask('LEDPRO-samling 4 er 20.–21. juni, ikke sant?').text).toMatch(/^Ja\. /);
  });

  it('"og del 2?" after the web page of part 1 gives the application pages again, not the overview', () => {
    const a = chat(['Hva er nettsiden til LEDPRO del 1?', 'og del 2?']);
    expect(a.text).toMatch(/inn\.no\/ledpro2/);
  });

  it('"hvem tar jeg for praktiske ting" is whom to contact, not how to apply', () => {
    const a = chat(['Hvem er kontaktpersonene for LEDPRO?', 'hvem tar jeg for praktiske ting, typ hotell og påmelding?']);
    expect(a.text).toMatch(/Kristin Larsen/);
    expect(a.text).not.toMatch(/Randi Bredvold/);
  });

  it('"what\'s bigger – that fee, or hotel for all six?" sets the two sums against each other', () => {
    const a = chat(['What is the participation fee for LEDPRO?', "what's bigger per person – that fee, or the hotel for all 6 gatherings?"], 'en-US');
    expect(a.text).toMatch(/53 000\) costs more than board and lodging for all 6 gatherings \(NOK 19 050\)/);
  });
});

describe('credits for someone without the schooling', () => {
  it.each([
    ['Eg har inga høgare utdanning. Kan eg få studiepoeng for LEDPRO?', 'nb-NO', /^Nei\. .*kursbevis \(uten studiepoeng\)/],
    ['Jeg oppfyller ikke opptakskravet til LEDPRO. Får jeg studiepoeng?', 'nb-NO', /^Nei\. .*kursbevis \(uten studiepoeng\)/],
    ['I have no higher education at all. Would I get credits for LEDPRO?', 'en-US', /^No\. .*without credits/],
  ])('"%s": no, a course certificate without credits', (q, locale, expected) => {
    expect(ask(q, locale).text).toMatch(expected);
  });

  it('taking part without credits, asked as such, is not answered with a no', () => {
    const a = ask('Jeg har ingen høyere utdanning. Kan jeg være med på LEDPRO likevel, selv om jeg ikke får studiepoeng?');
    expect(a.text).not.toMatch(/^Nei\b/);
    expect(a.text).toMatch(/kursdeltaker/);
  });

  it('"they get no credits at all?" after the rules is confirmed', () => {
    const a = chat(['Can someone without a bachelor\'s degree take LEDPRO?', 'so if they do not meet the requirement and have no higher education, they get no credits at all?'], 'en-US');
    expect(a.text).not.toMatch(/^No\b/);
  });

  it('the credits one tells of having are no total asked: the rules for getting in, not a sum of LEDPRO\'s credits', () => {
    const a = ask('I work as a unit leader and have some single courses, about 40 credits in total, but never finished a bachelor\'s degree. Can I still join LEDPRO?', 'en-US');
    expect(a.text).toMatch(/course participant/);
    expect(a.text).not.toMatch(/= 60 credits/);
  });

  it('"sammen med de andre på samlingene" is no second gathering: how the two parts are run together', () => {
    const a = ask('Går del 1 og del 2 av LEDPRO hver for seg, eller er vi sammen med de andre på samlingene?');
    expect(a.text).toMatch(/samkjøres/);
    expect(a.text).not.toMatch(/Samling 2/);
  });
});

describe('the length of whole programs compared', () => {
  it('"which is over faster" sets the term of office against LEDPRO\'s span, not a full-day gathering', () => {
    const a = ask('Which one is over faster, LEDPRO or the institute leader programme?', 'en-US');
    expect(a.text).toMatch(/4 years/);
    expect(a.text).toMatch(/LEDPRO \(about 8 months\)/);
    expect(a.text).not.toMatch(/full-day/i);
  });

  it('bokmål: LEDPRO\'s span is about eight months, not its twelve days of gathering', () => {
    const a = ask('Hva varer kortest, instituttlederprogrammet eller LEDPRO?');
    expect(a.text).toMatch(/LEDPRO \(ca\. 8 måneder\) er kortere enn Instituttlederprogrammet 2021-2025 \(4 år\)/);
  });
});
