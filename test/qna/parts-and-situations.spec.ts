import { splitQuestions } from '../../src/capabilities/qna/domain/compound-questions';
import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

describe('the two parts of a program', () => {
  it('"what is different about part 2" after part 1 was named gives what part 2 adds', () => {
    const a = ask('We did LEDPRO part 1 in our team. What is new in part 2?', 'en-US');
    expect(a.text).toMatch(/^LEDPRO 2 builds on LEDPRO 1/);
    expect(a.text).toMatch(/action learning/);
  });

  it('"the difference between" in English gives both parts\' themes, not the words "between" match', () => {
    const a = ask('What is the difference between LEDPRO part 1 and part 2?', 'en-US');
    expect(a.text).toMatch(/four main themes/);
    expect(a.text).toMatch(/Learning leadership/);
  });

  it('someone who took part 1 and wonders about part 2 is told what part 2 requires, not "not in the documents"', () => {
    const a = ask('Jeg gjennomførte LEDPRO del 1 i fjor og vurderer å ta del 2.');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/LEDPRO 2/);
  });

  it('"forskjellen mellom de to" after one part compares both parts, and a yes/no question after it is answered too', () => {
    expect(splitQuestions('Hva er forskjellen på dem, og gir de like mange studiepoeng?')).toEqual(['Hva er forskjellen på dem?', 'gir de like mange studiepoeng?']);
    const a = chat(['Jeg har tatt LEDPRO del 1 og tenker på del 2.', 'Hva skiller egentlig de to, og gir de like mange studiepoeng?']);
    expect(a.text).toMatch(/Grunnleggende organisasjonsforståelse/);
    expect(a.text).toMatch(/Lærende ledelse/);
    expect(a.text).toMatch(/30 studiepoeng/);
  });
});

describe('skipping part 1, told over two messages', () => {
  it('part 1 told as done a message earlier, "even though it was ages ago": yes, with what part 2 requires', () => {
    const a = chat(['A section leader of ours finished part 1 of LEDPRO back in 2016.', 'Is it right that she can go straight into part 2 now, even though it was ages ago?'], 'en-US');
    expect(a.text).toMatch(/^Yes\. .*must have completed part 1/);
  });

  it('"har aldri tatt del 1. Går det an å hoppe rett på?" after naming part 2: no, part 1 is required', () => {
    const a = chat(['En teamleder hos oss vil gjerne ta LEDPRO del 2.', 'Han har mye erfaring, men har aldri tatt del 1. Kan han hoppe rett på?']);
    expect(a.text).toMatch(/^Nei\. .*må du ha gjennomført del 1/);
  });
});

describe('taking part without credits', () => {
  it('"can I still take part, just without credits?" asks for what the rules allow: yes, as a course participant', () => {
    expect(ask('If I do not meet the LEDPRO admission requirements, can I still take part without credits?', 'en-US').text).toMatch(/^Yes\. .*course participant/);
    expect(chat(['Jeg er leder i en barnehage og ser på LEDPRO.', 'Om jeg ikke fyller opptakskravene, kan jeg likevel delta, men uten studiepoeng?']).text).toMatch(/^Ja\. .*kursdeltaker/);
  });
});

describe('the asker\'s situation and wording', () => {
  it('a colleague without higher education is told the course-participant route', () => {
    const a = ask('A colleague of mine never went to university but leads a team. Is there a way he could join LEDPRO?', 'en-US');
    expect(a.text).toMatch(/course certificate/);
  });

  it('nynorsk "bli teken opp" asks admission, not a part one has taken', () => {
    expect(ask('Kva krevst for å bli teken opp på LEDPRO?').text).toMatch(/bachelorgrad/);
  });

  it('answers offered after a question ("Én dag eller flere?") lean on the question before them', () => {
    expect(ask('Hvor lenge varer hver LEDPRO-samling? En dag eller to?').text).toMatch(/2 dager per samling/);
  });

  it('"these gatherings" in a long message are the ones an earlier sentence named by their full name', () => {
    const a = ask('Jeg er ny instituttleder. Jeg har fått en invitasjon til noe som heter instituttledersamling, men vet ikke hva det er. Kalenderen min er full. Hvordan foregår disse samlingene?');
    expect(a.text).toMatch(/^Hovedsøyle 1, Instituttledersamlinger/);
    expect(a.text).toMatch(/2-dagers samlinger/);
  });

  it('compares two pillars named by title, the second by its first word alone ("… fra den lokale?")', () => {
    const a = ask('Hva er forskjellen på den felles grunnopplæringen og den lokale i instituttlederprogrammet?');
    expect(a.text).toMatch(/^Hovedsøyle 3, felles opplæring/);
    expect(a.text).toMatch(/\n\nHovedsøyle 4, lokal grunnopplæring/);
  });

  it('"are the entry requirements different for the two?" sets both parts side by side', () => {
    const a = chat(['We are looking at LEDPRO part 1 and later part 2.', 'are the admission requirements different for the two?'], 'en-US');
    // What the parts share is said once, then what part 2 adds.
    expect(a.text).toMatch(/^Yes\. LEDPRO 1 and LEDPRO 2 \(the same for each part\): The admission requirement/);
    expect(a.text).toMatch(/\n\nIn addition for LEDPRO part 2: you must have completed/);
  });

  it('how participants are "valgt ut" is how one gets onto a program: NTNU\'s faculties nominate', () => {
    expect(ask('Hvordan blir deltakerne valgt ut til NTNUs lederprogrammer?').text).toMatch(/fakultetene som nominerer/);
  });
});


describe('the two parts set side by side', () => {
  it('"part 1 compare to part 2", the parts named apart, gives both parts\' themes', () => {
    const a = ask('How does LEDPRO part 1 compare to part 2?', 'en-US');
    expect(a.text).toMatch(/four main themes/);
    expect(a.text).toMatch(/Learning leadership/);
  });

  it('a fact the same for both parts is said once, for both, not as two identical paragraphs', () => {
    const a = ask('Compare the fees of LEDPRO 1 and 2', 'en-US');
    expect(a.text).toMatch(/^LEDPRO 1 and LEDPRO 2 \(the same for each part\): The participation fee is NOK 53 000/);
    expect(a.text.match(/53 000/g)).toHaveLength(1);
  });

  it('"Er prisen lik for del 1 og del 2?" with no program named: yes, the same fee for each part', () => {
    const a = ask('Er prisen lik for del 1 og del 2?');
    expect(a.text).toMatch(/^Ja\. LEDPRO 1 og LEDPRO 2 \(likt for hver del\): Deltakeravgiften er kr 53 000/);
  });

  it('"like mange samlinger" over the two parts compares the counts, not a fact that happens to hold "del 1 og del 2"', () => {
    for (const q of ['Har del 1 og del 2 like mange samlinger?', 'Har LEDPRO 1 og LEDPRO 2 like mange samlinger?']) {
      expect(ask(q).text).toMatch(/^Ja\. Begge har like mange: LEDPRO 1 6 samlinger, LEDPRO 2 6 samlinger/);
    }
  });

  it('the same asked of facts that differ gets no yes: the two facts side by side answer it', () => {
    const a = ask('Er eksamen lik for del 1 og del 2?');
    expect(a.text).not.toMatch(/^(Ja|Nei)\b/);
    expect(a.text).toMatch(/LEDPRO 1: Eksamen er en skriftlig sammenfatning/);
    expect(a.text).toMatch(/LEDPRO 2:/);
  });

  it('English "like" compares to something and asks nothing alike: "an exam like LEDPRO does" keeps its verdict', () => {
    expect(ask('does the ntnu program have an exam like ledpro does?', 'en-US').text).toMatch(/^Partly\./);
  });

  it('"del 2" with no program talked of is LEDPRO\'s part 2 (the one family with numbered parts), not both parts', () => {
    const a = ask('Hvor mange studiepoeng gir del 2?');
    expect(a.text).toMatch(/^LEDPRO del 2 gir også 30 studiepoeng/);
    expect(ask('Kva utdanning må ein ha for å kome inn på del 1?').text).not.toMatch(/LEDPRO 2|del 2/);
  });

  it('"kjøres … hver for seg?" asks whether the parts run apart: no, they are run together in part', () => {
    const a = ask('Kjøres LEDPRO 1 og LEDPRO 2 helt hver for seg?');
    expect(a.text).toMatch(/^Nei\. .*samkjøres/);
  });
});

describe('side by side asked in a sentence of its own', () => {
  it('"And the second part, how\'s it different? Put them next to each other." sets part 2 beside part 1', () => {
    const a = chat(['What does LEDPRO part 1 focus on?', 'And the second part, how\'s it different? Put them next to each other.'], 'en-US');
    expect(a.text).toMatch(/^LEDPRO 1 is organised around four main themes/);
    expect(a.text).toMatch(/LEDPRO 2 builds on LEDPRO 1/);
  });

  it('"how is part 2 different?" alone is answered by what part 2 adds', () => {
    const a = chat(['What does LEDPRO part 1 focus on?', 'how is part 2 different?'], 'en-US');
    expect(a.text).toMatch(/^LEDPRO 2 builds on LEDPRO 1/);
  });

  it('"… who\'s that one for? Give me both side by side so I can pass it on" after NTNU: both programs\' target groups', () => {
    const a = chat(['Who are NTNU\'s leader development programmes for?', 'And LEDPRO, who is that for? Give me both side by side so I can pass it on.'], 'en-US');
    expect(a.text).toMatch(/Heads of Department/);
    expect(a.text).toMatch(/LEDPRO 1 and LEDPRO 2 \(for each part; for part 2 it is stated on the part 1 page\): The target group is leaders/);
  });

  it('nynorsk "Set dei to opp mot kvarandre" after LEDPRO\'s place: both places, the NTNU side as the document gives it', () => {
    const a = chat(['Kvar held LEDPRO samlingane sine?', 'Og samlingane NTNU har for instituttleiarar, kvar er dei? Set dei to opp mot kvarandre.']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Wood Hotel i Brumunddal/);
    expect(a.text).toMatch(/Instituttlederprogrammet 2021-2025: .*Lerkendalsamlingen/);
  });
});

describe('part 2 as a repeat of part 1', () => {
  it('"Is part 2 just the same content again?" after part 1 taken: no, it builds on part 1', () => {
    const a = chat(['I took LEDPRO part 1 in 2021.', 'Is part 2 really just the same content again?'], 'en-US');
    expect(a.text).toMatch(/^No\. LEDPRO 2 builds on LEDPRO 1/);
  });

  it('"Er del 2 bare en gjentakelse av del 1?" in bokmål: nei, with what part 2 adds', () => {
    const a = ask('Er del 2 av LEDPRO bare en gjentakelse av del 1?');
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/bygger videre på LEDPRO 1/);
  });

  it('"more of the same?" with no part taken is the content question too, not the place', () => {
    const a = ask('Is LEDPRO part 2 basically more of the same?', 'en-US');
    expect(a.text).toMatch(/^No\. LEDPRO 2 builds on LEDPRO 1/);
  });
});

describe('two people, one in each part', () => {
  it('a scene naming part 1 and part 2 apart, then "kjem vi til å treffast på samlingane?": partly, the parts are run together in part', () => {
    const a = chat(['Eg har teke del 1 før. Ein kollega skal no ta del 1, og eg vurderer del 2.', 'Kjem vi til å treffast på samlingane?']);
    expect(a.text).toMatch(/^Delvis\. .*samkjøres/);
    const atAll = chat(['Eg har teke del 1 før. Ein kollega skal no ta del 1, og eg vurderer del 2.', 'Kjem vi til å treffast på samlingane i det heile?']);
    expect(atAll.text).toMatch(/^Ja\. .*samkjøres/);
  });

  it('"will we meet at the gatherings?" in English after the same scene', () => {
    const a = chat(['My colleague starts part 1 of LEDPRO and I start part 2.', 'Will we meet at the gatherings at all?'], 'en-US');
    expect(a.text).toMatch(/^Yes\. .*run together/);
  });

  it('"how is the content different from what I\'m doing now?" after being on part 1 and eyeing part 2 sets the parts side by side', () => {
    const a = chat(["I'm halfway through LEDPRO part 1 and eyeing part 2", "how is the content different from what I'm doing now?"], 'en-US');
    expect(a.text).toMatch(/LEDPRO 1 is organised around four main themes/);
    expect(a.text).toMatch(/LEDPRO 2 builds on LEDPRO 1 with four main tracks/);
  });

  it('"hele tiden?" / "all the time?" after the parts run together in part: not all the time, with that fact', () => {
    expect(chat(['jeg går på del 1. møter vi de som tar del 2 på samlingene?', 'hele tiden?']).text).toMatch(/^Nei, ikke hele tiden\. LEDPRO 1 og LEDPRO 2 samkjøres: noe av studiet foregår i fellesskap og noe separat/);
    expect(chat(['Do part 1 and part 2 participants meet at all?', 'all the time?'], 'en-US').text).toMatch(/^No, not all the time\. LEDPRO 1 and LEDPRO 2 are run together/);
    // A fact that holds throughout gets no "not all the time".
    expect(chat(['Hvor holdes LEDPRO-samlingene?', 'alltid?']).text).toMatch(/^Alle samlingene arrangeres på Wood Hotel/);
  });

  it('the parts meeting named beside the parts, and "kept apart", ask whether they run together', () => {
    const a = chat(['Two of my managers are keen on LEDPRO, one for each part.', 'Do part 1 and part 2 participants meet at all, or are they kept completely apart?'], 'en-US');
    expect(a.text).toMatch(/^Partly\. .*run together: some of the programme is joint and some is separate/);
    expect(ask('jeg går på del 1. møter vi de som tar del 2 på samlingene?').text).toMatch(/samkjøres: noe av studiet foregår i fellesskap og noe separat/);
  });
});

describe('the parts by their ordinals', () => {
  it('"Hva legger den andre delen vekt på sammenlignet med den første delen?" with no program named: both parts side by side', () => {
    const a = ask('Hva legger den andre delen mer vekt på, sammenlignet med den første delen?');
    expect(a.text).toMatch(/LEDPRO 1 er organisert rundt fire hovedtemaer/);
    expect(a.text).toMatch(/LEDPRO 2 bygger videre på LEDPRO 1/);
  });
});

describe('together or apart, offered as two choices', () => {
  it('"Er vi på samme samlinger, eller går det helt hver for seg?": delvis, never a plain nei', () => {
    const a = chat(['Den ene av oss tar del 1 og den andre del 2 av LEDPRO.', 'Er vi på de samme samlingene, eller går det helt hver for seg?']);
    expect(a.text).toMatch(/^Delvis\. .*samkjøres/);
  });

  it('"Will they be together, or are the parts run completely separately?": partly', () => {
    const a = ask('One of my leaders takes LEDPRO part 1 and one takes part 2. Will they be together at the gatherings, or are the two parts run completely separately?', 'en-US');
    expect(a.text).toMatch(/^Partly\. /);
  });
});

describe('the work between gatherings, part against part', () => {
  it('"And in part 2 – how\'s the in-between work different?" after part 1\'s: part 2\'s action learning beside part 1\'s follow-up', () => {
    const a = chat(['What do people do between the gatherings in LEDPRO part 1?', 'And in part 2 – how is the in-between work different?'], 'en-US');
    expect(a.text).toMatch(/action learning/);
    expect(a.text).toMatch(/planned follow-up/);
  });
});

describe('a leader who starts partway through', () => {
  it('is answered by what the documents say of newcomers: the local training, and tailored measures for those who start', () => {
    const a = chat(['Jeg jobber med HR på NTNU og vi har fått to nye instituttledere midt i åremålsperioden. Får de også skikkelig oppfølging, selv om de ikke startet sammen med de andre?']).text;
    expect(a).toMatch(/ansatt underveis i åremålsperioden/);
    expect(a).toMatch(/nye ledere som begynner, får egne tilpassede tiltak/);
    const en = chat(["I'm being hired as head of department at NTNU halfway through the four-year term. Is there something for people starting mid-term?"], 'en-US').text;
    expect(en).toMatch(/appointed during the term of office/);
    expect(en).toMatch(/new leaders who start get their own tailored measures/);
    // A new leader with no start partway asks as before.
    expect(chat(['Hva er søyle 4 i instituttlederprogrammet?']).text).not.toMatch(/Hvordan opplæringen foregår/);
  });
});

describe('what is new in part 2', () => {
  it('"Hva er det egentlig som er nytt i LEDPRO del 2?": part 2\'s four tracks', () => {
    const a = chat(['Hva er det egentlig som er nytt i LEDPRO del 2?']);
    expect(a.text).toMatch(/LEDPRO 2 bygger videre på LEDPRO 1 med fire hovedspor/);
    expect(a.text).toMatch(/aksjonslæring/);
  });
});
