import { qnaChat } from '../support/qna-chat';

/** Readings met in session 51's dev sets: one's schooling told, bare "can I join", contacts by matter, nynorsk. */
const { ask, chat } = qnaChat();

describe('taking part, asked with one\'s schooling told', () => {
  it('the schooling in a sentence of its own after the role still decides: the admission rules, no "no"', () => {
    const a = ask('Jeg er avdelingsleder i et skatteoffice. Utdanningen min er fra en gammel etatsskole, men jeg har ingen fullført bachelorgrad. Har jeg noen sjanse til å komme inn på LEDPRO?');
    expect(a.text).toMatch(/Opptakskravet er bachelorgrad/);
    expect(a.text).toMatch(/kursdeltaker/);
    expect(a.text).not.toMatch(/^Nei\b/);
  });

  it('a school named by the asker is no place claimed ("fra Tollskolen"): no "Nei" for a name the answer lacks', () => {
    const a = ask('Jeg er seksjonsleder. Utdanningen min er fra Tollskolen. Har jeg noen sjanse til å komme inn på LEDPRO?');
    expect(a.text).toMatch(/Opptakskravet/);
    expect(a.text).not.toMatch(/^Nei\b/);
  });

  it('English, "upper secondary school" is schooling: the admission rules, not the target group with a "No"', () => {
    const a = ask('I finished upper secondary school and have run a depot for ten years. Is there any way I can take part in LEDPRO?', 'en-US');
    expect(a.text).toMatch(/admission requirement is a bachelor's degree/);
    expect(a.text).toMatch(/course participant/);
    expect(a.text).not.toMatch(/^No\b/);
  });

  it('"Can we take part in LEDPRO?" with nothing else said gets whom it is for, not "the documents do not say"', () => {
    const a = ask('Can we take part in LEDPRO?', 'en-US');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/The target group is leaders/);
  });
});

describe('whom to ask about a matter', () => {
  it('"questions about the course content" is for the academic lead alone, and "email?" after it is hers', () => {
    const first = ask('Who should I write to about what the course covers, the content?', 'en-US');
    expect(first.text).toMatch(/Randi Bredvold/);
    expect(first.text).not.toMatch(/Kristin Larsen/);
    const a = chat(['Who should I write to about what the course covers, the content?', 'email?'], 'en-US');
    expect(a.text).toMatch(/randi\.bredvold@inn\.no/);
  });

  it('bokmål: "pensumet" asks the academic lead', () => {
    const a = ask('Hvem svarer på spørsmål om pensumet på LEDPRO?');
    expect(a.text).toMatch(/Randi Bredvold/);
    expect(a.text).not.toMatch(/Kristin Larsen/);
  });
});

describe('nynorsk without the usual question words', () => {
  it('"når det gjeld målgruppa" is about the target group, not a date', () => {
    const a = chat(['Kven er LEDPRO meint for?', 'Passar det betre for oss i kommunen enn NTNU-programmet, når det gjeld målgruppa?']);
    expect(a.text).toMatch(/Målgruppen for studiet/);
    expect(a.text).not.toMatch(/Samling 1: 15/);
  });
});

describe('a web address is no street address', () => {
  it('"the address of the web page for part 2" gives the application pages, not "no street address"', () => {
    const a = ask('what is the adress of the web page for LEDPRO part 2?', 'en-US');
    expect(a.text).toMatch(/inn\.no\/ledpro2/);
    expect(a.text).not.toMatch(/street address/);
  });

  it('the hotel\'s street address is still said to be missing (a guard)', () => {
    const a = ask('Hvilken gateadresse har hotellet på LEDPRO?');
    expect(a.text).toMatch(/^Gateadressen er ikke oppgitt/);
  });
});

describe('the program named is no claim of the question', () => {
  it('"Får man hjemmearbeid i NTNU-programmene?" against "Man har ofte hjemmearbeid mellom samlingene": yes', () => {
    const a = ask('Får man hjemmearbeid i NTNU-programmene?');
    expect(a.text).toMatch(/^Ja\. .*hjemmearbeid mellom samlingene/);
  });
});

describe('a program for its provider\'s own leaders, asked by one who works elsewhere', () => {
  it('a head of department at a university college: no, with whom the programme is for', () => {
    const a = ask('Jeg er instituttleder ved en høgskole på Vestlandet. Kan jeg delta på instituttlederprogrammet?');
    expect(a.text).toMatch(/^Nei\. Programmet er for NTNUs egne ledere\./);
  });

  it('English, "at another university" is where one works, not an education told', () => {
    const a = ask("I'm a head of department at another university. Could I join NTNU's programme for heads of department?", 'en-US');
    expect(a.text).toMatch(/^No\. The programme is for NTNU's own leaders\./);
  });
});

describe('one who wants to become a leader', () => {
  it('"for en som bare ønsker å bli leder": "bare" is no "only"; LEDPRO names potential leaders, so yes', () => {
    const a = ask('Passer LEDPRO for en medarbeider som bare ønsker å bli leder?');
    expect(a.text).toMatch(/^Ja\. .*potensielle ledere/);
  });
});

describe('a place claimed wrongly', () => {
  it('"LEDPRO holdes vel på NTNU?": NTNU as the place claimed, corrected with the hotel in Brumunddal', () => {
    const a = ask('LEDPRO holdes vel på NTNU?');
    expect(a.text).toMatch(/^Nei\. .*Wood Hotel i Brumunddal/);
  });

  it('English: "the LEDPRO sessions are at NTNU, right?" is no, and no answer about NTNU\'s own programme', () => {
    const a = ask('So the LEDPRO sessions are at NTNU, right?', 'en-US');
    expect(a.text).toMatch(/^No\. .*Brumunddal/);
    expect(a.text).not.toMatch(/Head of Department programme/);
  });

  it('"is the hotel a long way from the station?" against "close to Brumunddal railway station": no', () => {
    const a = ask('Is the LEDPRO hotel a long way from the station?', 'en-US');
    expect(a.text).toMatch(/^No\. .*close to Brumunddal railway station/);
  });

  it('a wrong distance is corrected even when what follows from it is outside the documents (a hire car)', () => {
    const a = ask('Hotellet til LEDPRO ligger visst langt unna stasjonen, så vi må vel ta taxi derfra?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/^Nei\. .*nær Brumunddal togstasjon/);
  });
});

describe('who makes up the thing just talked of', () => {
  it('"Og hvem er med i den?" after the learning organisation: the students and the leaders of the study', () => {
    const a = chat(['Hva går læringsorganisasjonen på LEDPRO ut på?', 'Og hvem er med i den?']);
    expect(a.text).toMatch(/læringsorganisasjon som består av studentene og lederne av studiet/);
    expect(a.text).not.toMatch(/Målgruppen for studiet/);
  });

  it('after a statement the bot only acknowledged: "hvem består den av?" leans on the thing told', () => {
    const a = chat(['I LEDPRO-beskrivelsen står det noe om en læringsorganisasjon.', 'hvem består den av?']);
    expect(a.text).toMatch(/består av studentene og lederne av studiet/);
  });
});

describe('new leaders in other words', () => {
  it('"helt ferske som ledere" at NTNU are its new leaders: no "Nei" before the pillars', () => {
    const a = chat(['Jeg leser om NTNUs lederutvikling.', 'Har de noe eget for dem som er helt ferske som ledere?']);
    expect(a.text).not.toMatch(/^Nei\b/);
    expect(a.text).toMatch(/nye ledere|ny som leder/);
  });
});

describe('short follow-ups to the application deadline', () => {
  it('"where?" after the deadline asks where to apply: the web pages, not the hotel', () => {
    const a = chat(['What is the LEDPRO application deadline?', 'where?'], 'en-US');
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
    expect(a.text).not.toMatch(/Wood Hotel/);
  });

  it('a date said back after the deadline is the deadline claimed: 15 December 2023, not the gatherings', () => {
    const a = chat(['Når er søknadsfristen på LEDPRO?', 'altså 15. januar 2024 – rekker vi det fortsatt etter nyttår?']);
    expect(a.text).toMatch(/15\. desember 2023/);
    expect(a.text).not.toMatch(/Samling 1: 15/);
  });

  it('"Når er samling 2?" after telling of signing up still asks the gathering (a guard)', () => {
    const a = chat(['Vi skal melde på to ledere til LEDPRO.', 'Når er samling 2?']);
    expect(a.text).toMatch(/4\.–5\. april 2024/);
  });
});

describe('compounds and conjunctions', () => {
  it('"instituttleder samlingene" in two words (and a slip) is the first pillar, the head of department gatherings', () => {
    const a = ask('hva handler instituttleder samligene om?');
    expect(a.text).toMatch(/Hovedsøyle 1, Instituttledersamlinger/);
  });

  it('"Når X, hvor …?" with a subject after "når" is a premise, not a date asked: the travel time, no dates', () => {
    const a = ask('Når LEDPRO-samlingene er i Trondheim, hvor lang tid tar toget fra Oslo S?');
    expect(a.text).toMatch(/Brumunddal/);
    expect(a.text).toMatch(/1,5 time fra Oslo S/);
    expect(a.text).not.toMatch(/Samling 1: 15/);
  });
});

describe('NTNU\'s target groups', () => {
  it('"which leader category … do I belong to?" with words between gets the asker\'s own group', () => {
    const a = ask("I lead a research group at NTNU. Which leader category in NTNU's plan would I fall under?", 'en-US');
    expect(a.text).toMatch(/^Research group leaders are in the target group level 4 leaders/);
  });

  it('the target groups counted when the question names the leader development without NTNU: 10', () => {
    const a = ask('Hvor mange målgrupper nevnes for lederutviklingen?');
    expect(a.text).toMatch(/^Det er ti: instituttledere/);
  });
});

describe('claims said back after an acknowledgement', () => {
  it('"right, so people just sign up themselves?" after NTNU\'s nomination: no, the faculties nominate', () => {
    const a = chat(["How do leaders get onto NTNU's leadership programmes?", 'right, so people just sign up themselves?'], 'en-US');
    expect(a.text).toMatch(/^No\. .*faculties nominate/);
  });

  it('a denied self sign-up is confirmed, not contradicted ("ikke sånn at man søker selv – stemmer det?")', () => {
    const a = chat(['Hvordan kommer man med i mentorprogrammet på NTNU?', 'Så fakultetene nominerer, ikke sånn at man søker selv – stemmer det?']);
    expect(a.text).not.toMatch(/^Nei\b/);
    expect(a.text).toMatch(/fakultetene som nominerer/);
  });

  it('"Great, so that covers the hotel as well?" after the fee: no, the stay comes in addition', () => {
    const a = chat(['How much is the LEDPRO fee?', 'Great, so that includes the hotel too?'], 'en-US');
    expect(a.text).toMatch(/^No\. /);
  });
});

describe('one reply says a paragraph once', () => {
  it('part 2\'s admission is part 1\'s plus one sentence: the shared text once for both, then what part 2 adds', () => {
    const a = chat(['Hva kreves for å komme inn på LEDPRO del 1?', 'sammenlignet med del 2?']);
    expect(a.text.match(/Søkere med 2 års høyere utdanning/g)).toHaveLength(1);
    expect(a.text).toMatch(/^LEDPRO 1 og LEDPRO 2 \(likt for hver del\): Opptakskravet er bachelorgrad/);
    expect(a.text).toMatch(/\n\nTillegg for LEDPRO del 2: du må ha gjennomført LEDPRO del 1/);
  });

  it('English, between the gatherings: what part 2 adds before part 1\'s text is said after the shared text', () => {
    const a = ask('What happens between the LEDPRO gatherings in part 1 and part 2?', 'en-US');
    expect(a.text.match(/written notes about them/g)).toHaveLength(1);
    expect(a.text).toMatch(/In addition for LEDPRO 2: /);
  });
});

describe('a price multiplied by a wrong count of gatherings', () => {
  it('"3175 times 8 gatherings" after the stay\'s price: no, with the six gatherings summed', () => {
    const a = chat(['What does the LEDPRO hotel cost per gathering?', 'so 3175 times 8 gatherings, about 25,000?'], 'en-US');
    expect(a.text).toMatch(/^No\. .*for all 6 gatherings that is 6 × NOK 3 175 = NOK 19 050/);
  });
});

describe('a repair that puts another program in the last question', () => {
  it('"beklager, jeg rotet – jeg mente på LEDPRO" keeps what was asked (the extra night), now of LEDPRO', () => {
    const a = chat(['Hva koster ekstranatten på NTNU-samlingene?', 'oi, jeg surret – jeg mente på LEDPRO']);
    expect(a.text).toMatch(/1 375/);
    expect(a.text).not.toMatch(/3 175 per samling/);
  });
});

describe('"når" before a premise about the fee', () => {
  it('"Når deltakeravgiften på 40 000 dekker hotellet, hvorfor …?": the fee and what comes in addition, corrected first', () => {
    const a = ask('Når deltakeravgiften på 40 000 dekker hotellet, hvorfor må vi da budsjettere med hotell på LEDPRO?');
    expect(a.text).toMatch(/^Nei, det stemmer ikke\. .*Deltakeravgiften er kr 53 000/);
  });
});
