import { qnaChat } from '../support/qna-chat';

/**
 * Everyday words that used to lead the answerer astray: a relative "where", a figurative "ligger", "står … for"
 * about values, "tatt opp i" about a subject, a letter left out, a name joined to a word by a hyphen, the asker's
 * situation before a yes/no question; and the NTNU timeline's cells, which now have facts of their own. What a
 * leader sees in the reply is asserted. Sentences are our own, not the sets'.
 */
const { ask, chat } = qnaChat();

describe('words that ask no place', () => {
  it('reads "det som ligger under" as what lies beneath, not where something lies', () => {
    const a = ask('Handler LEDPRO om det som ligger under overflaten i en arbeidsgruppe, som motstand?');
    expect(a.text).not.toMatch(/Wood Hotel/);
    expect(a.text).toMatch(/motstand/i);
  });

  it('still reads "where" and "hvor ligger" as asking a place', () => {
    expect(ask('Where are the LEDPRO gatherings?', 'en-US').text).toMatch(/Wood Hotel/);
    expect(ask('Hvor ligger hotellet til LEDPRO?').text).toMatch(/Brumunddal/);
  });
});

describe('everyday phrasings of a subject', () => {
  it('answers "hvilke verdier står LEDPRO for" with its values, not as an abbreviation asked', () => {
    const a = ask('Hvilke verdier står egentlig LEDPRO for?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/tillit/i);
  });

  it('still refuses to spell out an abbreviation the documents do not explain', () => {
    expect(ask('Hva står ARK for?').kind).toBe('unknown');
  });

  it('reads "tatt opp i" as a subject of the training and says yes with the topic', () => {
    const a = ask('Blir lønnsdannelse tatt opp i grunnopplæringen på NTNU?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/[Ll]ønn/);
  });

  it('does not call "NTNU-ledere" another kind of leader than the fact names', () => {
    const a = ask('Dekker grunnopplæringen for NTNU-ledere virksomhetsstyring og internkontroll?');
    expect(a.text).toMatch(/^Ja\. /);
  });

  it('repairs a letter left out of a word of seven ("lerning") but not a word made longer ("plasser")', () => {
    const a = ask('what is lerning leadership in LEDPRO part 2?', 'en-US');
    expect(a.text).toMatch(/work processes and learning processes/);
    // "plasser" is not "plassert": how many seats there are is not in the documents.
    expect(chat(['Hvem kan søke på LEDPRO?', 'hvor mange plasser er det?']).kind).toBe('unknown');
  });
});

describe('NTNU as an umbrella of programs', () => {
  it("answers why NTNU develops its leaders from NTNU's own account, not from a program it only names", () => {
    const a = ask('Why does NTNU bother with leader development for its managers at all?', 'en-US');
    expect(a.text).not.toMatch(/only named as an example/);
    expect(a.text).toMatch(/strateg/i);
  });

  it('answers which arenas the heads of department have, though a pillar is titled "Head of Department gatherings"', () => {
    const a = ask('Which arenas do heads of department at NTNU have?', 'en-US');
    expect(a.text).toMatch(/Oppdal/);
    expect(a.text).toMatch(/Lerkendal/);
  });

  it('answers "which other programmes than the one for heads of department" with the examples', () => {
    const a = ask('Hvilke andre programmer har NTNU enn det for instituttledere?');
    expect(a.text).toMatch(/Mentorprogrammet/);
    expect(a.text).toMatch(/Stjerneprogrammet/);
  });
});

describe('short messages as people type them', () => {
  it('takes "thx, that helped a lot. have a nice weekend!" as thanks, not as the last question again', () => {
    const a = chat(['Which programmes does NTNU name as examples?', 'thx, that helped a lot. have a nice weekend!'], 'en-US');
    expect(a.kind).toBe('smalltalk');
    expect(a.text).toMatch(/welcome/i);
    expect(a.text).not.toMatch(/programme/);
  });

  it('reads past "noen form for" ("some kind of") to what is asked', () => {
    const a = ask('Gis det noen form for oppfølging til instituttledere som begynner midt i perioden?');
    expect(a.text).toMatch(/^Ja\. .*Hovedsøyle 4, lokal grunnopplæring/);
  });

  it('repairs a vowel left out of a short word ("dagr") in a follow-up', () => {
    const a = chat(['Hva er hovedsøylene i instituttlederprogrammet?', 'de instituttledersamlingene, hvor mange dagr varer de?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/2-dagers/);
  });

  it('answers "anything more on top?" after the fee with every cost beside it', () => {
    const a = chat(['Hva koster LEDPRO?', 'kommer det noe mer i tillegg?']);
    expect(a.text).toMatch(/semesteravgift kr 888/);
    expect(a.text).toMatch(/Opphold under samlingene og litteratur kommer i tillegg/);
  });
});

describe('requests and several items in one question', () => {
  it('answers "can you break down … what are the building blocks" of the Head of Department programme with its pillars, no "Yes."', () => {
    const a = ask('Can you explain how the programme for heads of department at NTNU is built up? What are its building blocks?', 'en-US');
    expect(a.text).not.toMatch(/^Yes\b/);
    expect(a.text).toMatch(/four main pillars/);
  });

  it('still lists the modules of NTNU\'s leader development when modules are asked', () => {
    expect(ask('Hvilke fagmoduler har NTNUs lederutvikling?').text).toMatch(/Mangfold/i);
  });

  it('gives both gatherings asked by number ("samling 2 og 5")', () => {
    const a = ask('Når er samling 2 og 5 på LEDPRO?');
    expect(a.text).toMatch(/Samling 2 i LEDPRO 1 og LEDPRO 2 er 4\.–5\. april 2024/);
    expect(a.text).toMatch(/Samling 5 i LEDPRO 1 og LEDPRO 2 er 28\.–29\. august 2024/);
  });
});

describe('follow-ups that lean on the answer before', () => {
  it('answers "and the modules?" after the target groups of NTNU\'s training with the modules', () => {
    const a = chat(['Which kinds of leaders is NTNU\'s leader training aimed at?', 'and the modules?'], 'en-US');
    expect(a.text).toMatch(/Diversity/i);
  });

  it('corrects a wrong total of days ("6 samlinger, da blir det vel 6 dager?") with the 12 days', () => {
    const a = chat(['Hvor er LEDPRO-samlingene?', 'seks samlinger altså, så det blir vel 6 dager totalt?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/12 dager/);
  });

  it('checks "er kontorsjefene med der også, eller bare …?" against the pillar just described', () => {
    const a = chat(['Søyle 2 i instituttlederprogrammet – hvem deltar der?', 'er kontorsjefene med der også, eller bare dekanatet?']);
    expect(a.text).toMatch(/^Ja\. Hovedsøyle 2/);
    expect(a.text).toMatch(/utvidet med kontorsjefer/);
  });

  it('reads "incl" as include: the fee does not cover the hotel, and what the stay costs', () => {
    const a = chat(['how much is LEDPRO?', 'does the fee incl the hotel?'], 'en-US');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/NOK 3 175 per gathering/);
  });

  it('reads chat shorthand ("ppl") and says yes when the faculties nominate', () => {
    const a = chat(['How do NTNU\'s leader development programmes work?', 'so ppl get nominated by their faculty?'], 'en-US');
    expect(a.text).toMatch(/^Yes\./);
    expect(a.text).toMatch(/faculties nominate/);
  });
});

describe('two programs named, then compared', () => {
  it('answers "who are they each meant for?" for both programs named before', () => {
    const a = chat(['I am looking at two programmes, LEDPRO and the Head of Department programme at NTNU.', 'who are they each for?'], 'en-US');
    expect(a.text).toMatch(/LEDPRO 1 and LEDPRO 2 \(for each part; for part 2 it is stated on the part 1 page\): The target group/);
    expect(a.text).toMatch(/Heads of Department/);
  });

  it('answers "which of them runs longest?" with the lengths of both', () => {
    const a = chat(['Jeg vurderer LEDPRO og instituttlederprogrammet ved NTNU.', 'Hvilket av dem varer lengst?']);
    expect(a.text).toMatch(/12 dager/);
    expect(a.text).toMatch(/4 år/);
  });

  it('reads a label before a colon as the subject ("studiepoeng: NTNU vs LEDPRO?")', () => {
    const a = ask('studiepoeng: instituttlederprogrammet vs LEDPRO?');
    expect(a.text).toMatch(/30 studiepoeng/);
  });

  it('still reads "tilbake til LEDPRO: kan …?" as the question after the colon', () => {
    const a = chat(['Hvem er LEDPRO for?', 'og instituttlederprogrammet?', 'tilbake til LEDPRO: kan tillitsvalgte være med?']);
    expect(a.text).toMatch(/^Ja\./);
  });
});

describe('claims checked against the fact', () => {
  it('answers whether the two parts of LEDPRO are kept apart with how they run together', () => {
    const a = chat(['Jeg skal ta LEDPRO del 1 og en kollega del 2 i år.', 'Er vi helt adskilt hele studiet?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/noe av studiet foregår i fellesskap og noe separat/);
  });

  it('says no when a module the list marks as new is claimed to be long-standing, tag question or not', () => {
    const a = ask("NTNU's diversity and co-creation module is long-established, isn't it?", 'en-US');
    expect(a.text).toMatch(/^No\./);
    const b = ask('The diversity & co-creation module at NTNU has been around for years, hasnt it?', 'en-US');
    expect(b.text).toMatch(/^No\./);
  });
});

describe('the view of learning and programs set aside', () => {
  it('answers "what is the thinking behind how people learn on LEDPRO" with its view of learning', () => {
    const a = ask('Hva er tanken bak hvordan deltakerne lærer på LEDPRO?');
    expect(a.text).toMatch(/sosialpsykologisk/);
    const b = ask('How does LEDPRO think about learning?', 'en-US');
    expect(b.text).toMatch(/social-psycholog/i);
  });

  it('answers "apart from X, which other programmes" with the umbrella\'s examples', () => {
    const a = ask('Apart from the Head of Department programme, which other leadership programmes does NTNU name?', 'en-US');
    expect(a.text).toMatch(/mentor programme/);
    const b = ask('Hvilke andre programmer enn instituttlederprogrammet nevner NTNU?');
    expect(b.text).toMatch(/Mentorprogrammet/);
  });

  it('does not read "other longer programmes" as asking how long something lasts', () => {
    const a = ask('What other longer leadership programmes does NTNU have?', 'en-US');
    expect(a.text).toMatch(/Star programme/);
  });
});

describe('long messages with the question at the end', () => {
  it('answers the points that mark good leaders, though the message asks for "punkter"', () => {
    const a = ask('Jeg lager en presentasjon for ledergruppa og vil ha det i punkter. Hvilke punkter sier NTNU kjennetegner god ledelse?');
    expect(a.text).toMatch(/setter retning/);
    expect(a.text).not.toMatch(/webinar/);
  });

  it('answers what the hotel costs per gathering with the board and lodging price', () => {
    const a = ask('Budsjettet for opphold har vi på en egen post. Hvor mye må vi regne med for hotellet per samling på LEDPRO?');
    expect(a.text).toMatch(/3 175/);
  });

  it('says no to "there are no physical gatherings, right?" with where they are held', () => {
    const a = ask('En kollega sa LEDPRO går på Teams. Før jeg søker: stemmer det at det ikke er fysiske samlinger?');
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Wood Hotel/);
  });
});

describe('follow-ups about whom to ask and what a term means', () => {
  it('turns "og hvis jeg lurer på noe om innholdet?" after a practical contact to the academic one', () => {
    const a = chat(['Hvem kontakter jeg om praktiske ting på LEDPRO, som overnatting?', 'og hvis jeg lurer på noe om pensum?']);
    expect(a.text).toMatch(/Randi Bredvold/);
    expect(a.text).not.toMatch(/Kristin Larsen/);
  });

  it('says who makes up the temporary learning organisation: the students and the leaders of the programme', () => {
    const a = ask('What is the temporary learning organisation in LEDPRO made up of?', 'en-US');
    expect(a.text).toMatch(/the students and the leaders of the programme/);
  });
});

describe('pillars by ordinal, and what the documents do not say', () => {
  it('reads "den fjerde hovudsøyla" as pillar 4, and "kven er ho meint for?" as whom that pillar is for', () => {
    const a = chat(['Kva handlar den fjerde hovudsøyla i instituttleiarprogrammet om?', 'kven er ho meint for?']);
    expect(a.text).toMatch(/^Hovedsøyle 4/);
    expect(a.text).toMatch(/ledere på fakultet og institutt/);
  });

  it('answers "is there another intake later?" honestly: the documents describe one cohort', () => {
    const a = chat(['When is the LEDPRO application deadline?', 'if we miss it, is there a new intake in the autumn?'], 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/Gathering 1/);
  });

  it('says the documents do not name who gives the talks', () => {
    const a = ask('Hvem holder foredragene på LEDPRO-samlingene?');
    expect(a.kind).toBe('unknown');
  });
});

describe('how the local training is run', () => {
  it('tells the forms of the local training when asked "på hvilke måter" or "hvordan funker den lokale lederstøtten"', () => {
    for (const q of ['På hvilke måter får lederne lokal grunnopplæring?', 'Hvordan funker den lokale lederstøtten på NTNU?']) {
      const a = ask(q);
      expect(a.text).toMatch(/Hovedsøyle 4, lokal grunnopplæring/);
      expect(a.text).toMatch(/en til en, i planlagte seminarer og samlinger/);
    }
  });
});

describe('whom a program is aimed at', () => {
  it('answers "hvilke typer ledere er tilbudet rettet mot?" with the target groups, not the ideals', () => {
    const a = ask('Hvilke typer ledere er lederutviklingen på NTNU rettet mot?');
    expect(a.text).toMatch(/[Mm]ålgrupper/);
    expect(a.text).not.toMatch(/kjennetegnes av ledere som/);
  });
});

describe('credits counted towards another degree', () => {
  it('says yes, with the 30 credits at master\'s level, when asked whether LEDPRO can count towards a master\'s', () => {
    const a = ask("Do LEDPRO credits count toward another master's?", 'en-US');
    expect(a.text).toMatch(/^Yes\./);
    expect(a.text).toMatch(/applied for recognition in other relevant master's programmes/);
  });
});

describe('one way of two is no must', () => {
  it('says no to "må eksamensoppgaven leveres alene?" when it may be handed in by a group or individually', () => {
    const a = chat(['Hvordan er eksamen på LEDPRO?', 'må oppgaven skrives alene da?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/gruppevis eller individuelt/);
  });

  it('answers "hvilke programmer finnes utenom instituttlederprogrammet?" with NTNU\'s other examples', () => {
    const a = chat(['Hvordan er lederutviklingsprogrammene på NTNU lagt opp?', 'hvilke programmer finnes det utenom instituttlederprogrammet?']);
    expect(a.text).toMatch(/Mentorprogrammet/);
  });
});

describe('gatherings on either side of the summer', () => {
  it('counts the gatherings before and after the summer, with their dates', () => {
    const a = ask('Hvor mange samlinger har LEDPRO før og etter sommeren?');
    expect(a.text).toMatch(/4 samlinger før sommeren/);
    expect(a.text).toMatch(/2 etter sommeren \(Samling 5: 28\.–29\. august 2024/);
  });

  it('reads "ligger i vårsemesteret" as a season, not a place', () => {
    const a = ask('Hvilke LEDPRO-samlinger ligger i vårsemesteret?');
    expect(a.text).toMatch(/før sommeren: Samling 1/);
    expect(a.text).not.toMatch(/Wood Hotel/);
  });
});

describe('more of the LEDPRO document, and a follow-up that points back', () => {
  it("gives the Molde municipality's reasoning with the testimonial", () => {
    const a = ask('Hvorfor mener Molde kommune at god ledelse er så viktig?');
    expect(a.text).toMatch(/kontinuerlig må utvikle sin kompetanse/);
  });

  it('says that part 2 assumes one knows the thinking behind the programme', () => {
    const a = ask('Do I need to know the thinking behind LEDPRO before starting part 2?', 'en-US');
    expect(a.text).toMatch(/know the thinking behind the programme/);
  });

  it('answers "how many hours a week for that?" after the work between gatherings honestly, not with travel times', () => {
    const a = chat(['What happens between the LEDPRO gatherings?', 'how many hours per week should I reserve for that?'], 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/Oslo/);
  });
});

describe('a wrong premise given as the reason for a question', () => {
  it('corrects "since the gatherings are in Lillehammer" before it answers', () => {
    const a = ask('Since LEDPRO meets in Lillehammer, is there a hotel close to the station there?', 'en-US');
    expect(a.text).toMatch(/^No, that is not right\./);
    expect(a.text).toMatch(/Wood Hotel in Brumunddal/);
  });

  it('corrects "siden det meste skjer de to siste årene" with the first two years', () => {
    const a = ask('Siden instituttlederprogrammet legger mest vekt på de to siste årene, kan nye instituttledere vente litt?');
    expect(a.text).toMatch(/^Nei, det stemmer ikke\./);
    expect(a.text).toMatch(/de to første årene/);
  });

  it('answers normally when the premise holds', () => {
    const a = ask('Siden LEDPRO holdes i Brumunddal, hvor lang tid tar toget fra Oslo S?');
    expect(a.text).not.toMatch(/^Nei\b/);
    expect(a.text).toMatch(/1,5 time fra Oslo S/);
  });
});

describe('dates asked for a year', () => {
  it('says the documents give no gatherings in a year they do not cover, with the dates they do give', () => {
    const a = ask('Når er instituttledersamlingene i 2024?');
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/^Det står ikke i programdokumentene om Instituttlederprogrammet 2021-2025 har samlinger i 2024/);
    expect(a.text).toMatch(/august 2021/);
  });

  it('lists the gatherings of the year asked when there are some', () => {
    const a = ask('What are the LEDPRO dates in 2024?', 'en-US');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Gathering 1: 15–16 February/);
  });
});

describe('time and travel told before the question', () => {
  it('reads "hvor lang tid må jeg beregne til samlingene" after a train from Oslo S as travel time to LEDPRO', () => {
    const a = ask('Jeg reiser med tog fra Oslo S. Hvor lang tid bør jeg beregne til samlingene?');
    expect(a.text).toMatch(/1,5 time fra Oslo S/);
  });

  it('checks a part of a month against the gatherings ("andre halvdel av juni", "the end of May")', () => {
    const a = ask('Jeg er bortreist andre halvdel av juni – kolliderer det med noen LEDPRO-samling?');
    expect(a.text).toMatch(/^Ja, i perioden 16\.–30\. juni er det samling/);
    expect(a.text).toMatch(/Samling 4: 20\.–21\. juni 2024/);
    const b = ask('I am travelling at the end of July, does that clash with a LEDPRO gathering?', 'en-US');
    expect(b.text).toMatch(/^No, there is no gathering of .* between 21 and 31 July/);
  });
});

describe('a contact named for a matter the person does not take', () => {
  it('says no and gives the practical contact when the academic lead is named for the hotel', () => {
    const a = chat(['Jeg skal på LEDPRO i vår', 'Det er vel Randi Bredvold jeg ringer om hotellrommet? Hva er nummeret?']);
    expect(a.text).toMatch(/^Nei\. Randi Bredvold er fagansvarlig/);
    expect(a.text).toMatch(/Kristin Larsen \(prosjektleder\), kristin\.larsen@inn\.no, tlf\. 61 28 82 03/);
    // The number the second question asks for is already in the answer to the first: said once.
    expect(a.text.split('61 28 82 03')).toHaveLength(2);
  });

  it('gives the named person when the matter is theirs', () => {
    const a = ask("What is Randi Bredvold's e-mail? It is about the exam.", 'en-US');
    expect(a.text).toMatch(/randi\.bredvold@inn\.no/);
    expect(a.text).not.toMatch(/^No\b/);
  });
});

describe("the asker's situation before a yes/no question", () => {
  it('says yes to "can I apply to the OU fund" after telling who one is and that the fee is steep', () => {
    const a = chat(['Jeg er virksomhetsleder i en kommune og ser på LEDPRO, men prisen er høy for oss', 'kan jeg søke OU-fondet om støtte?']);
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/OU-fondet/);
  });
});

describe('the NTNU timeline, cell by cell', () => {
  it("names who the rector's leadership gathering is for and what it aims at", () => {
    const a = ask("What is the aim of the rector's leadership gathering in NTNU's timeline?", 'en-US');
    expect(a.text).toMatch(/effective leadership team across the organisation/);
  });

  it('names the support staff and the training run centrally, at faculty and department', () => {
    const a = ask('Hva sier tidslinjen til NTNU om støtteapparat?');
    expect(a.text).toMatch(/støtteapparat, i regi av sentralt hold, på fakultet og institutt/);
  });

  it('names deputy heads and subject group leaders among those in management team development', () => {
    const a = ask('Er nestledere og faggruppeledere med i noe i instituttlederprogrammet?');
    expect(a.text).toMatch(/nestledere og faggruppeledere/);
  });

  it('answers a head of office by the parts that name the role, not by the timeline', () => {
    const a = ask('Jeg er kontorsjef ved et institutt. Skal jeg være med på noe i instituttlederprogrammet?');
    expect(a.text).toMatch(/kontorsjef/);
    expect(a.text).not.toMatch(/^I tidslinjen/);
  });

  it('answers where NTNU\'s leadership gathering is held in nynorsk ("halden") from the arenas it names', () => {
    const a = ask('Kvar blir NTNU si leiarsamling halden?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Oppdal/);
  });
});
