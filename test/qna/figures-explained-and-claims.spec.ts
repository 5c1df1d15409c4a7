import { qnaChat } from '../support/qna-chat';

const { chat } = qnaChat();

describe('a figure from an answer asked to be explained', () => {
  it('"What\'s the 1,375 for?" after the costs is the extra night, whatever the last topic was', () => {
    const a = chat(['What are the costs for LEDPRO?', "What's the 1,375 for?"], 'en-US');
    expect(a.text).toMatch(/extra night \(tilknytningsdøgn\) is NOK 1[ ,]375/);
    expect(chat(['Hva koster LEDPRO?', 'Hva er de 3175 kronene for?']).text).toMatch(/Kost og losji fra lunsj til lunsj .* kr 3 175 per samling/);
    // A bare figure after "and" asks the same.
    expect(chat(['What does the hotel cost for LEDPRO?', 'and the 888?'], 'en-US').text).toMatch(/semester fee of NOK 888 per semester/);
  });

  it('a figure no fact holds, or a year, is no figure to explain', () => {
    // The conversation's topic goes on: the fee (a figure it does not hold set right first), the gatherings.
    expect(chat(['Hva koster LEDPRO?', 'Hva er de 35 000 for?']).text).toMatch(/^Deltakeravgiften er kr 53 000, ikke kr 35 000\.\n\nLEDPRO 1 og LEDPRO 2 \(gjelder hver del\): Deltakeravgiften er kr 53 000/);
    expect(chat(['When are the LEDPRO gatherings?', "What's 2024 about?"], 'en-US').text).toMatch(/Gathering 1: 15–16 February 2024/);
  });
});

describe('claims checked against the fact', () => {
  it('"Semesteravgifta er altså 888 kroner éin gong, sant?" is no: it is per semester, two of them', () => {
    expect(chat(['Kva kostar LEDPRO?', 'Semesteravgifta er altså 888 kroner éin gong, sant?']).text).toMatch(/^Nei\. .*kr 888 per semester \(2 semestre\)/s);
  });

  it('a month claimed with another year than the fact\'s is no', () => {
    const a = chat(['Jeg er HR-rådgiver ved NTNU og har laget en tidslinje over lederopplæringen i starten av perioden.', 'Den felles opplæringsdagen for alle ledere fakultetsvis var i august 2022 og januar 2023, ikke sant?']);
    expect(a.text).toMatch(/^Nei\. .*August 2021: felles opplæringsdag/s);
  });

  it('a start claimed in a month is checked against the first gathering', () => {
    expect(chat(['Starter LEDPRO i februar?']).text).toMatch(/^Ja\. Samlingene i LEDPRO 1 og LEDPRO 2 .*Samling 1: 15\.–16\. februar 2024/s);
    expect(chat(['Starter LEDPRO i april?']).text).toMatch(/^Nei\. Samlingene i LEDPRO 1 og LEDPRO 2 .*Samling 1: 15\.–16\. februar 2024/s);
    expect(chat(['Does LEDPRO start in March?'], 'en-US').text).toMatch(/^No\. The gatherings of LEDPRO 1 and LEDPRO 2 .*Gathering 1: 15–16 February 2024/s);
    // A year the documents give no dates for is said so.
    expect(chat(['Starter LEDPRO i februar 2025?']).text).toMatch(/datoer for 2025 står ikke der/);
    // The deadline asked beside a start is still the deadline.
    expect(chat(['fristen er vel 15. januar, rett før oppstart i februar?']).text).toMatch(/^Nei\. .*Søknadsfristen er 15\. desember 2023/s);
  });
});

describe('the language of a message', () => {
  it('a lower-case "i" is Norwegian\'s "in": "LEDPRO har vel 8 samlinger i 2024?" is answered in bokmål', () => {
    expect(chat(['LEDPRO har vel 8 samlinger i 2024?'], 'en-US').text).toMatch(/^Nei\. LEDPRO 1 og LEDPRO 2 \(gjelder hver del; for del 2 står det på siden for del 1\): Det arrangeres 6 samlinger/);
    expect(chat(['Kva er dei fire hovudspora i LEDPRO del 2?'], 'en-US').text).toMatch(/^LEDPRO 2 bygger videre på LEDPRO 1 med fire hovedspor/);
    // "I" as a word of its own is still English.
    expect(chat(['I want to know what LEDPRO costs'], 'nb-NO').text).toMatch(/participation fee is NOK 53/);
  });
});

describe('what a follow-up claims of the last subject', () => {
  it('"Is there parking …, and what does it cost per day?": "it" is the parking, which the documents do not cover', () => {
    const a = chat(['Is there parking at Wood Hotel, and what does it cost per day?'], 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/53[ ,]000/);
  });

  it('an exam claimed to be held on the last gathering is checked on the exam, not answered by that gathering\'s date', () => {
    const a = chat(['Er eksamen en skoleeksamen på den siste samlingen?']);
    expect(a.text).toMatch(/^Nei\. LEDPRO 1: Eksamen er en skriftlig sammenfatning .* hjemmeoppgave/s);
  });

  it('credits "på bachelornivå" are the credits\' level, not the bachelor degree admission asks for', () => {
    expect(chat(['Gir LEDPRO studiepoeng på bachelornivå?']).text).toMatch(/^Nei\. .*30 sp på masternivå/s);
    expect(chat(['Eg har skrive at Leiing av prosessar gjev 15 studiepoeng på bachelornivå. Stemmer det?']).text).not.toMatch(/Opptakskravet/);
  });

  it('"… og så er programmet ferdig?" after how long it runs is checked on its length', () => {
    const a = chat(['Eg er ny instituttleiar på NTNU. Kor lenge varer instituttleiarprogrammet?', 'Det er vel berre det første året som gjeld, og så er programmet ferdig?']);
    expect(a.text).toMatch(/^Nei\. .*4 år om gangen/s);
  });

  it('"Og dekker det deltakeravgiften …?" after the OU fund is what the support has covered', () => {
    const a = chat(['Kan vi som er offentlig ansatte få økonomisk støtte til LEDPRO?', 'Og dekker det deltakeravgiften, eller bare oppholdet?']);
    expect(a.text).toMatch(/Tidligere er det gitt støtte til deltakeravgift/);
    expect(a.text).not.toMatch(/kr 3 175/);
  });

  it('a web page asked about the hotel is the hotel\'s own, not the application pages', () => {
    const a = chat(['Hvor holdes LEDPRO-samlingene?', 'Er det en nettside jeg kan henvise til for mer informasjon om hotellet?']);
    expect(a.text).toMatch(/Mer informasjon om hotellet: frich\.no/);
    expect(a.text).not.toMatch(/inn\.no\/ledpro1/);
  });
});

describe('two things asked for with one question word', () => {
  it('"Hva er opptakskravet og søknadsfristen for LEDPRO?" answers both', () => {
    const a = chat(['Hva er opptakskravet og søknadsfristen for LEDPRO?']);
    expect(a.text).toMatch(/Opptakskravet er bachelorgrad .*Søknadsfristen er 15\. desember 2023/s);
    const b = chat(['quick q: ledpro admission requirement + application deadline?'], 'en-US');
    expect(b.text).toMatch(/admission requirement is a bachelor's degree .*application deadline is 15 December 2023/s);
    expect(chat(["What's the fee and the deadline for LEDPRO?"], 'en-US').text).toMatch(/participation fee is NOK 53[ ,]000.*application deadline is 15 December 2023/s);
  });

  it('a pair that names one thing, a list, or a yes/no claim stays one question', () => {
    // "kost og losji" is the stay: its price once.
    const stay = chat(['Kva kostar kost og losji per samling på hotellet?']).text;
    expect(stay.match(/kr 3 175 per samling/g)).toHaveLength(1);
    expect(chat(['Er kost og losji inkludert i deltakeravgiften?']).text).toMatch(/^Nei\./);
  });
});

describe('one part set against the other', () => {
  it('"Kan du sette opp hva som er hovedinnholdet i del 1 mot del 2?" sets the themes side by side, with no "Ja"', () => {
    const a = chat(['Jeg er HR-rådgiver i Gjøvik kommune og skal forklare ledergruppen forskjellen på LEDPRO del 1 og del 2. Noen av dem har tatt del 1.', 'Kan du sette opp hva som er hovedinnholdet i del 1 mot del 2?']);
    expect(a.text).toMatch(/^LEDPRO 1 er organisert rundt fire hovedtemaer.*LEDPRO 2 bygger videre på LEDPRO 1 med fire hovedspor/s);
    // A request to compare is no yes/no question.
    expect(chat(["I'm doing a slide on both programmes.", 'can u compare who each is aimed at - the NTNU one vs LEDPRO?'], 'en-US').text).not.toMatch(/^Yes\b/);
  });
});

describe('two pillars side by side', () => {
  it('"the difference between number 3 and number 4" right after the pillars were listed gives those two', () => {
    const a = chat(["I'm a brand-new head of department at NTNU. Someone told me the institute leader programme has four 'pillars'. What are they?", "What's the practical difference between number 3 and number 4?"], 'en-US');
    expect(a.text).toMatch(/^Pillar 3, joint training for all leaders by faculty.*Pillar 4, local basic training for leaders/s);
    expect(a.text).not.toMatch(/LEDPRO/);
  });

  it('a pillar named by its title written as one word ("fellesopplæringen") is set against the one just told', () => {
    const a = chat(['Jeg er fersk instituttleder. Hvor lange er instituttledersamlingene?', 'Og fellesopplæringen for alle ledere fakultetsvis – er den like lang, eller hvordan er det i forhold?']);
    // The two lengths weighed first (session 49), then both pillars as the documents give them.
    expect(a.text).toMatch(/^Nei\. Hovedsøyle 3 \(heldag\) er kortere enn hovedsøyle 1 \(2 dager\)\.\n\nHovedsøyle 1, Instituttledersamlinger .*2-dagers samlinger.*Hovedsøyle 3, felles opplæring .*Heldagssamlinger/s);
  });

  it('"Hvor lange er samlingene i de to?" after a message naming two pillars asks it of each', () => {
    const a = chat(['På informasjonsmøtet vil jeg vise forskjellen mellom instituttledersamlingene og den felles opplæringen fakultetsvis.', 'Hvor lange er samlingene i de to, og hvem deltar?']);
    expect(a.text).toMatch(/2-dagers samlinger.*Heldagssamlinger felles for alle ledere/s);
  });
});

describe('items, words and situations read as meant', () => {
  it('"the part on room for action and planning" after a list is that item', () => {
    const a = chat(['What topics does the basic training for leaders cover?', 'What falls under the part on room for action and planning?'], 'en-US');
    expect(a.text).toMatch(/^2\) Scope for action and planning .*internal control and risk management/);
    expect(chat(['Hva tar grunnopplæringen for ledere opp?', 'Hva ligger i delen om handlingsrom og planlegging?']).text).toMatch(/^2\) Handlingsrom og planlegging – virksomhetsstyring/);
  });

  it('nynorsk "valde ut" is chosen (no English "value"), so how each picks its participants is set side by side', () => {
    const a = chat(['Eg er nytilsett seksjonsleiar i ein kommune. Korleis kjem ein inn på LEDPRO?', 'Og korleis blir deltakarane valde ut til leiarutviklingsprogramma på NTNU, samanlikna med det?']);
    expect(a.text).toMatch(/Du søker opptak via studiets nettsider.*fakultetene som nominerer deltakere/s);
    expect(a.text).not.toMatch(/verdier stor vekt/);
  });

  it('an aim told before the question ("tenkjer på ei leiarkarriere") refuses nothing', () => {
    expect(chat(['postdoc her, tenkjer på ei leiarkarriere på ntnu. finst det noko for meg?']).text).toMatch(/^Ja\. .*postdocs\/ph\.d\./s);
  });

  it('"Hva skjer hvis jeg søker?" after one\'s education is told is answered by the admission rules', () => {
    const a = chat(['Jeg har fagbrev som helsefagarbeider og ett år på høyskole, men ingen grad. Jobber som teamleder i en kommune. Hva skjer hvis jeg søker LEDPRO?']);
    expect(a.text).toMatch(/Opptakskravet er bachelorgrad .*kan delta som kursdeltaker og få kursbevis \(uten studiepoeng\)/s);
  });

  it('"Finnes det noen ordning jeg kan søke om for å få dekket noe av det?" asks for support, not how to apply', () => {
    const a = chat(['Jobber i en liten kommune der budsjettet er på felgen, og rådmannen vil ikke dekke hele deltakeravgiften for LEDPRO. Finnes det noen ordning jeg kan søke om for å få dekket noe av det?']);
    expect(a.text).toMatch(/OU-fondet/);
    expect(a.text).not.toMatch(/inn\.no\/ledpro1/);
  });

  it('"Hvor mye teller LEDPRO …, og på hvilket nivå ligger det?" asks the credits and their level, no place', () => {
    const a = chat(['Hvor mye teller LEDPRO om jeg vil bruke det i en formell utdanning, og på hvilket nivå ligger det?']);
    expect(a.text).toMatch(/30 sp på masternivå/);
    expect(a.text).not.toMatch(/Wood Hotel/);
  });

  it('"Would she get credits then?" after she lacks the degree is answered by the admission rules, with no bare yes', () => {
    const en = chat(["One of our employees has no bachelor's degree, just one year of college. Can she still take part in LEDPRO?", 'Would she get credits then?'], 'en-US').text;
    expect(en).toMatch(/^LEDPRO 1 and LEDPRO 2 \(for each part\): The admission requirement is a bachelor's degree.*course certificate \(without credits\)/s);
    const nn = chat(['Eg har ikkje bachelor, berre vidaregåande og fagbrev, men vil gjerne vere med på LEDPRO.', 'får eg studiepoeng då?']).text;
    expect(nn).toMatch(/^LEDPRO 1 og LEDPRO 2 \(gjelder hver del\): Opptakskravet er bachelorgrad.*kursbevis \(uten studiepoeng\)/s);
    // Having the degree, the credits are asked of the program as before.
    expect(chat(['Jeg har bachelor i sykepleie og vil ta LEDPRO.', 'får jeg studiepoeng da?']).text).toMatch(/30 (studiepoeng|sp)/);
  });

  it('"man kan søke fortløpende helt fram til første samling" is a claim about the deadline, not the first gathering', () => {
    const a = chat(['Jeg er enhetsleder i barnehagesektoren og har lyst på LEDPRO i 2024.', 'Jeg har hørt at man kan søke fortløpende helt fram til første samling i februar, så det haster vel ikke?']).text;
    expect(a).toMatch(/Søknadsfristen er 15\. desember 2023/);
    expect(a).not.toMatch(/^Ja/);
  });

  it('"am I out then?" after two years of university told is answered by the admission rules, not whom it is for', () => {
    const a = chat(["do you need a bachelor's to get into LEDPRO?", "I've only got two years of uni, am I out then?"], 'en-US');
    expect(a.text).toMatch(/2 years of higher education and relevant work experience may be assessed individually/);
    expect(a.text).not.toMatch(/target group/);
  });
});

describe('the parts of a program a role takes part in', () => {
  it('"Hvilke deler … er jeg med på?" and "which parts am I included in?" list the pillars that name the role', () => {
    const nb = chat(['Jeg er kontorsjef på et institutt. Hvilke deler av instituttlederprogrammet er jeg med på?']).text;
    expect(nb).toMatch(/Hovedsøyle 2, ledergruppesamling .*utvidet med kontorsjefer.*Hovedsøyle 3, felles opplæring/s);
    expect(nb).not.toMatch(/Hovedsøyle 1|Hovedsøyle 4/);
    const en = chat(["I'm the kontorsjef (head of administration) at an NTNU department. Which parts of the department head programme am I actually included in?"], 'en-US').text;
    expect(en).toMatch(/Pillar 2, .*heads of office \(kontorsjefer\).*Pillar 3, joint training/s);
  });
});

describe('what the documents have, asked in everyday words', () => {
  it('"a temporary group made up of the students and the teachers" is the learning organisation, not an unknown about teachers', () => {
    const a = chat(['I read that LEDPRO sets up some kind of temporary group made up of the students and the teachers. What is that about?'], 'en-US');
    expect(a.text).toMatch(/temporary, time-limited learning organisation is set up, made up of the students/);
    // Who teaches is still not in the documents.
    expect(chat(['Who are the teachers on LEDPRO?'], 'en-US').kind).toBe('unknown');
  });

  it('"mostly lectures, or do we work on our own problems?" gets the way the documents describe, with no "yes" to the first', () => {
    const a = chat(['Is LEDPRO mostly sitting and listening to lectures, or do we actually work on our own problems from the job?'], 'en-US');
    expect(a.text).toMatch(/^LEDPRO 1 and LEDPRO 2 \(for each part; for part 2 it is stated on the part 1 page\): Leading processes is a programme that, in organisation and content, starts from the participants' challenges/);
  });
});

describe('who picks, who takes part, and what one\'s education allows', () => {
  it('"Who actually decides which people get to go …?" is the nomination', () => {
    expect(chat(["Who actually decides which people get to go on NTNU's leadership programmes?"], 'en-US').text).toMatch(/faculties nominate the participants/);
  });

  it('"Which parts … involve me?" lists the pillars that name the role', () => {
    const a = chat(["I'm the office manager (kontorsjef) at an NTNU department. Which parts of the head of department programme involve me?"], 'en-US');
    expect(a.text).toMatch(/Pillar 2, .*Pillar 3, /s);
  });

  it('"berre vidaregåande og fagbrev … Går det an?" is answered by the admission rules, not a "no" from the target group', () => {
    const a = chat(['Eg har berre vidaregåande og fagbrev, men vil gjerne vere med på LEDPRO. Går det an?']);
    expect(a.text).toMatch(/kan delta som kursdeltaker og få kursbevis \(uten studiepoeng\)/);
    expect(a.text).not.toMatch(/^Nei/);
  });
});

describe('claims of "only" against a list, and lengths compared', () => {
  it('"berre for instituttleiarar og dekanar?" against the list of target groups is no', () => {
    const a = chat(['Kven er målgruppa for leiarutviklinga på NTNU?', 'Så det er eigentleg berre for instituttleiarar og dekanar, altså?']);
    expect(a.text).toMatch(/^Nei\. Målgrupper for NTNUs lederutvikling: instituttledere, dekaner\/rektorat, teknisk-administrative ledere/);
  });

  it('"compare in length" sets the lengths side by side', () => {
    expect(chat(["How do NTNU's institute head programme and LEDPRO compare in length?"], 'en-US').text).toMatch(/^LEDPRO \(about 8 months\) is shorter than NTNU \(4 years\)/);
  });
});

describe('pay in the HR training is no fee', () => {
  it('"Does it cover pay-setting and wage negotiations?" after the HR training is yes, from that list', () => {
    const a = chat(["What's covered under HR in NTNU's basic training for leaders?", "As a union rep that's my home turf. Does it cover pay-setting and wage negotiations at all?"], 'en-US');
    expect(a.text).toMatch(/^Yes\. .*2\) pay setting and pay negotiations/s);
  });
});

describe('what a leader must be good at', () => {
  it('"Hva er det en leder på NTNU egentlig må være flink til, sånn helt overordnet?" is what good leadership is', () => {
    expect(chat(['Hva er det en leder på NTNU egentlig må være flink til, sånn helt overordnet?']).text).toMatch(/^God ledelse på NTNU kjennetegnes av ledere som/);
    // Good at one thing or another is a choice about the program's focus, not this list.
    expect(chat(['Er det meininga at NTNU-leiarar skal vere gode på personalleiing eller på strategi?']).text).not.toMatch(/^Nei\. God ledelse/);
  });
});

describe('where the weight of a period lies', () => {
  it('"Og tyngden ligger vel mot slutten, de to siste årene?" after the length is no: most weight the first two years', () => {
    const a = chat(['Hvor lenge varer instituttlederprogrammet på NTNU?', 'Fire år, ja. Og tyngden ligger vel mot slutten, de to siste årene, når instituttlederne har funnet seg til rette?']);
    expect(a.text).toMatch(/^Nei\. .*størst tyngde på tiltakene de to første årene/s);
    expect(a.text).not.toMatch(/Oppdal/);
  });
});

describe('a passed deadline said beside the program that has it', () => {
  it('in LEDPRO set against NTNU\'s nomination, the note follows LEDPRO\'s deadline, not NTNU\'s paragraph', () => {
    const a = chat(['Eg er nytilsett seksjonsleiar i ein kommune. Korleis kjem ein inn på LEDPRO?', 'Og korleis blir deltakarane valde ut til leiarutviklingsprogramma på NTNU, samanlikna med det?']);
    const [ledpro, ntnu] = a.text.split('\n\n');
    expect(ledpro).toMatch(/innen 15\. desember 2023.*Merk: søknadsfristen \(15\. desember 2023\) har gått ut/);
    expect(ntnu).toMatch(/fakultetene som nominerer deltakere\.$/);
  });
});

describe('two answers of one program', () => {
  it('say whose they are once: "LEDPRO 1 og LEDPRO 2 (gjelder hver del):" is not repeated before the second', () => {
    const a = chat(['Hva er opptakskravet og søknadsfristen for LEDPRO?']);
    expect(a.text.match(/\(gjelder hver del\):/g)).toHaveLength(1);
    expect(a.text).toMatch(/\n\nSøknadsfristen er 15\. desember 2023/);
  });
});
