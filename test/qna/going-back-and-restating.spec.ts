import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

describe('a conversation that goes back to the program it began with', () => {
  it('answers "tilbake til det første" about the program before the switch, with the question\'s own topic', () => {
    const a = chat(['Hva koster LEDPRO?', 'Og hvem er NTNU sitt instituttlederprogram for?', 'Ok, tilbake til det første – hvor er samlingene?']);
    expect(a.text).toMatch(/Wood Hotel/);
    expect(a.text).toMatch(/Brumunddal/);
  });

  it('"Og det første der, …?" and "… gir det første?" point at the program the conversation began with', () => {
    expect(chat(['Hvem er instituttlederprogrammet for?', 'Og LEDPRO, hvem er det for?', 'Ok. Og det første der, hvor lenge varer det?']).text).toMatch(/4 år/);
    const b = chat(['Kven er målgruppa for LEDPRO?', 'Kva med instituttlederprogrammet – kven er det for?', 'Greitt. Og kor mange studiepoeng gir det første?']);
    expect(b.text).toMatch(/30 studiepoeng/);
  });

  it('a figure guessed beside a wh-question is confirmed or corrected first ("Jeg tror noen sa tre.")', () => {
    expect(ask('Hvor mange år varer instituttlederprogrammet? Jeg tror noen sa tre.').text).toMatch(/^Nei\. .*4 år/);
    expect(ask('How many gatherings does LEDPRO 1 have? A colleague said six.', 'en-US').text).toMatch(/^Yes\. .*6 gatherings/);
    expect(ask('How many gatherings does LEDPRO 1 have? I think ten.', 'en-US').text).toMatch(/^No\. .*6 gatherings/);
  });

  it('keeps the earlier topic when the message going back asks nothing new', () => {
    const a = chat(['When is the LEDPRO application deadline?', 'Who are NTNU\'s programmes for?', 'Back to the previous one, please.'], 'en-US');
    expect(a.text).toMatch(/15 December 2023/);
  });

  it('"when is the first one?" after the gatherings is the first gathering, not the program talked of first', () => {
    const a = chat(['I work at an NTNU department.', 'Where are the LEDPRO gatherings held?', 'and when is the first one?'], 'en-US');
    expect(a.text).toMatch(/15–16 February 2024/);
    expect(a.text).not.toMatch(/2021/);
    const b = chat(['Hvem er instituttlederprogrammet for?', 'Hvor holdes samlingene i LEDPRO?', 'Når er den første?']);
    expect(b.text).toMatch(/15\.–16\. februar 2024/);
    expect(chat(['How many credits does the Head of Department programme give?', 'And LEDPRO?', 'Does the first one have an exam?'], 'en-US').text).not.toMatch(/LEDPRO/);
  });

  it('does not count moving between the parts of one program as a switch', () => {
    const a = chat(['Hvem er Instituttlederprogrammet for?', 'Hva koster LEDPRO 1?', 'Og LEDPRO 2?', 'Tilbake til det første programmet: hvem nominerer?']);
    expect(a.text).toMatch(/fakultet/i);
    expect(a.text).not.toMatch(/kr 53 000/);
  });
});

describe('wordings read for what they ask', () => {
  it('"hvilke møteplasser … i tillegg til selve programmet?" asks the arenas, and says nothing is missing', () => {
    const a = ask('Hvilke møteplasser har instituttlederne på NTNU i tillegg til selve programmet?').text;
    expect(a).toMatch(/Oppdal.*Lerkendalsamlingen/);
    const b = ask('Hvilke møteplasser har instituttlederne på NTNU, og hvor holdes den store ledersamlingen?').text;
    expect(b).toMatch(/Oppdal/);
    expect(b).not.toMatch(/ingenting om/);
  });

  it('"the main academic lens" is the perspective the documents name', () => {
    expect(ask("In the second part of LEDPRO, what's the main academic lens everything is viewed through?", 'en-US').text).toMatch(/learning leadership becomes a main academic perspective/);
  });

  it('"trips to the hotel" are as many as the gatherings', () => {
    expect(ask('Kor mange turar til hotellet blir det for oss i løpet av LEDPRO-året?').text).toMatch(/6 samlinger/);
    const en = ask('LEDPRO has gatherings at a hotel. So how many trips to Brumunddal does that make in 2024?', 'en-US').text;
    expect(en).toMatch(/6 gatherings/);
    expect(en).not.toMatch(/say nothing/);
  });

  it('"virksomhetsstyringsdelen" is the part on virksomhetsstyring', () => {
    const a = chat(['hva inngår i grunnopplæringen for ledere på NTNU?', 'hva handler virksomhetsstyringsdelen om konkret?']);
    expect(a.text).toMatch(/^Grunnopplæring for ledere – virksomhetsstyring: 1\) årshjul og milepæler/);
  });

  it('"kva legg instituttleiarprogrammet vekt på?" asks its focus', () => {
    expect(ask('Kva legg instituttleiarprogrammet vekt på?').text).toMatch(/Fokus er både på å utvikle personallederrollen og den strategiske lederrollen/);
    expect(ask('What does the Head of Department programme put the most weight on?', 'en-US').text).toMatch(/focus/i);
  });

  it('"how do people get onto …?" asks how one gets in; ", where I am now" asks no place', () => {
    expect(ask("how do people get onto NTNU's leadership programmes?", 'en-US').text).toMatch(/faculties nominate/);
    expect(ask('Hvordan kommer folk med på LEDPRO?').text).toMatch(/inn\.no\/ledpro1/);
    const a = chat(["how do people get onto NTNU's leadership programmes?", "and how's that different from LEDPRO, where I am now?"], 'en-US');
    expect(a.text).toMatch(/faculties nominate/);
    expect(a.text).toMatch(/You apply through the programme's web pages/);
    expect(a.text).not.toMatch(/Wood Hotel/);
  });

  it('"…, and where?" after a question asks where too; "which hotel is it?" asks which, with no yes', () => {
    const a = chat(['What is the main focus of NTNU\'s institute leader programme?', 'OK. Switching to the municipal side – how many LEDPRO gatherings are there, and where?'], 'en-US');
    expect(a.text).toMatch(/6 gatherings/);
    expect(a.text).toMatch(/Brumunddal/);
    const b = chat(['What are the LEDPRO dates in 2024?', 'Different thing: who are NTNU\'s leader programs aimed at?', 'Back to the first one — which hotel is it, and where?'], 'en-US');
    expect(b.text).toMatch(/^LEDPRO 1 and LEDPRO 2 \(for each part\): All gatherings are held at Wood Hotel in Brumunddal/);
    expect(ask('Just the semester fee bit - how much is it?', 'en-US').text).not.toMatch(/^Yes/);
  });

  it('"når må vi ha søkt?" asks the deadline', () => {
    expect(ask('Når må vi ha søkt for å være med på LEDPRO?').text).toMatch(/15\. desember 2023/);
    expect(ask('When do we have to apply for LEDPRO?', 'en-US').text).toMatch(/15 December 2023/);
  });

  it('a place on a program is a seat won by admission, not a location', () => {
    const a = ask('Who decides which leaders get a place on the NTNU programmes?', 'en-US');
    expect(a.text).toMatch(/nominat/);
    expect(a.text).not.toMatch(/Oppdal|Gjøvik/);
  });

  it('a contact question restated as a concern ("I mean the academic side") names the academic contact first', () => {
    // The practical side set aside ("ikke det praktiske") is not asked for at all.
    const a = chat(['Hvem kan jeg snakke med om LEDPRO?', 'Altså ikke det praktiske, mer om det faglige']).text;
    expect(a).toMatch(/^Faglige spørsmål om LEDPRO 1 og LEDPRO 2: Randi Bredvold/);
    expect(a).not.toMatch(/Kristin Larsen/);
    expect(chat(['Who can I contact about LEDPRO?', 'I mean about the course content, not the hotel'], 'en-US').text).toMatch(/^Academic questions: Randi Bredvold/);
  });

  it('"ok back to the hotel: …" goes back to the program the hotel was asked about', () => {
    const a = chat(['LEDPRO: what does the hotel cost per gathering?', 'And the NTNU head of department programme, who is it for?', 'ok, back to the hotel: what does a night before cost?'], 'en-US');
    expect(a.text).toMatch(/NOK 1 375/);
  });

  it('"can we pick our own topics" asks about the content, not about being picked', () => {
    const a = chat(['What does LEDPRO part 2 focus on?', 'Can we pick our own topics there?'], 'en-US');
    expect(a.text).toMatch(/choose topics/);
    expect(a.text).not.toMatch(/inn\.no/);
  });
});

describe('sub-facts of a topic asked in a follow-up', () => {
  it('"just the hotel bit per samling" after the price is the stay\'s price', () => {
    expect(chat(['hi, phd at NTNU here, a colleague told me about LEDPRO. rough cost?', 'ok and just the hotel bit per samling, what is that one?'], 'en-US').text).toMatch(/NOK 3 175 per gathering/);
  });

  it('"komme kvelden før" after board and lodging is the extra night', () => {
    expect(chat(['Hva koster oppholdet på Wood Hotel per samling på LEDPRO?', 'Og hvis jeg må reise dit kvelden før fordi reiseveien er lang?']).text).toMatch(/kr 1 375/);
  });

  it('getting there without a car, after a short statement and a dash, is the train', () => {
    expect(ask('har ikke bil – går det an å komme seg til LEDPRO-hotellet kollektivt?').text).toMatch(/tog/);
  });
});

describe('yes/no questions in English about a program named in its own words', () => {
  it('checks Norwegian role words against the bokmål fact, and "in addition to" adds an aim, it leaves nothing out', () => {
    const a = ask('Is the kontorsjef included in the ledergruppesamling with the instituttledere and the dekanat?', 'en-US');
    expect(a.text).toMatch(/^Yes\. Pillar 2/);
  });

  it('"IL-programmet" is the Head of Department programme', () => {
    expect(chat(['Jeg er kontorsjef på et institutt.', 'er jeg med på ledergruppesamlingene i IL-programmet?']).text).toMatch(/^Ja\. Hovedsøyle 2/);
  });

  it('"det første igjen" anywhere in the question goes back to the program asked about first', () => {
    expect(chat(['Hvor ligger LEDPRO-samlingene?', 'og hvem er instituttlederprogrammet for?', 'hvor mange studiepoeng gir det første igjen?']).text).toMatch(/30 studiepoeng/);
    expect(chat(['Where is LEDPRO held?', 'and what are the pillars of the head of department programme?', 'what does the first one again cost?'], 'en-US').text).toMatch(/NOK 53 000/);
  });

  it('"ok, og den første –" at the start goes back to the first program', () => {
    expect(chat(['Hvem er NTNUs lederutvikling for?', 'og LEDPRO, hvem er det for?', 'ok, og den første – hvordan blir deltakerne valgt ut?']).text).toMatch(/nominer/);
  });
});

describe('going back to the first part', () => {
  it('"og del 2?" then "fristen for å melde seg på den første?" asks a deadline, not gathering 1', () => {
    const a = chat(['Hvilke opptakskrav har LEDPRO del 1?', 'Og del 2?', 'Ok, og når er fristen for å melde seg på den første?']);
    expect(a.text).toMatch(/15\. desember 2023/);
    expect(a.text).not.toMatch(/Samling 1/);
  });
});

describe('the gathering before the last, and repairs inside one message', () => {
  it('"og den før den da?" after the last gathering: gathering 5', () => {
    const a = chat(['Når er den siste samlingen på LEDPRO?', 'og den før den da?']);
    expect(a.text).toMatch(/^Samling 5 i LEDPRO 1 og LEDPRO 2 er 28\.–29\. august 2024/);
  });

  it('"Den er vel i desember?" after "… den siste LEDPRO-samlingen i kalenderen": no, 7–8 October', () => {
    const a = chat(['Jeg skal føre opp den siste LEDPRO-samlingen i kalenderen min.', 'Den er vel i desember?']);
    expect(a.text).toMatch(/^Nei\. Samling 6 i LEDPRO 1 og LEDPRO 2 er 7\.–8\. oktober 2024/);
  });

  it('"Sorry, I meant the board and lodging. What is the price?" after the extra night: NOK 3 175, not the fee', () => {
    const a = chat(['What does the extra night cost?', 'Sorry, I meant the board and lodging. What is the price?'], 'en-US');
    expect(a.text).toMatch(/Board and lodging .* NOK 3 175 per gathering/);
    expect(a.text).not.toMatch(/53 000/);
  });

  it('"Hva koster hotellet per samling? Nei forresten, jeg mente selve deltakeravgiften.": the fee, in one message', () => {
    const a = chat(['Hvor ligger hotellet?', 'Hva koster hotellet per samling? Nei forresten, jeg mente selve deltakeravgiften.']);
    expect(a.text).toMatch(/Deltakeravgiften er kr 53 000/);
    expect(a.text).not.toMatch(/3 175/);
  });
});

describe('"there" pointing at what the asker just told of', () => {
  it('"What is covered there?" after "… has a section on HR and HSE": the HR and HSE topics', () => {
    const a = chat(['The basic leader training at NTNU has a section on HR and HSE.', 'What is covered there?'], 'en-US');
    expect(a.text).toMatch(/HR and HSE: 1\) recruitment, 2\) pay setting and pay negotiations/);
  });
});

describe('how to reach a person, asked after the contacts', () => {
  it('"And about the academic content – how do I reach her?": the academic contact, not the content', () => {
    const a = chat(['Who are LEDPRO\'s contact people?', 'And about the academic content – how do I reach her?'], 'en-US');
    expect(a.text).toMatch(/Randi Bredvold \(academic lead\), randi\.bredvold@inn\.no/);
    expect(a.text).not.toMatch(/Kristin Larsen/);
  });
});
