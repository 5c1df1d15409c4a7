import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

describe('the situation of someone the asker tells of', () => {
  it('a colleague who did part 1 may go straight into part 2; one who has not, may not', () => {
    expect(chat(['A section leader on my team did LEDPRO part 1 back in 2019.', 'Can she go straight into part 2 this year?'], 'en-US').text).toMatch(/^Yes\. To start LEDPRO 2 you must have completed part 1/);
    expect(ask('I haven\'t done LEDPRO part 1. Can I go straight into part 2?', 'en-US').text).toMatch(/^No\. /);
    expect(ask('Kan jeg hoppe rett på den andre delen av LEDPRO? Jeg har aldri gått noe av det før.').text).toMatch(/^Nei\. For å kunne begynne på LEDPRO 2/);
  });

  it('someone without higher education may join as a course participant', () => {
    const a = chat(['My deputy at the care home doesn\'t have any higher education.', 'Can he still join LEDPRO in some form?'], 'en-US');
    expect(a.text).toMatch(/course participants/);
    expect(ask('I only finished upper secondary school, no degree at all. Can I still attend LEDPRO, and what would I get?', 'en-US').text).toMatch(/course certificate/);
  });

  it('a refund asked after telling of a drop-out is not in the documents, and no date answers it', () => {
    const a = chat(['My colleague may have to drop out of LEDPRO after the first gathering.', 'Would she get any of the 53,000 back?'], 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/February/);
  });

  it('what to budget for the hotel each time, and for books, is asked as a sum', () => {
    expect(chat(['Jeg setter opp budsjett for to avdelingsledere som skal på LEDPRO.', 'Deltakeravgiften har jeg. Men hva må jeg regne med til hotellet hver gang de er der?']).text).toMatch(/kr 3 175 per samling/);
    const books = ask('Omtrent hvor mye må jeg regne med å bruke på pensumlitteratur på ledpro?');
    expect(books.kind).toBe('unknown');
    expect(books.text).toMatch(/^Prisen er ikke oppgitt; .*litteratur kommer i tillegg/);
  });

  it('leaders signing up themselves are told the faculties nominate', () => {
    expect(ask('Do NTNU leaders sign up themselves for the leader development programmes?', 'en-US').text).toMatch(/^No\. .*faculties nominate/);
  });

  it('"det første igjen" and "the first place" go back to the program asked about first', () => {
    expect(chat(['Hvor mange samlinger er det på ledpro?', 'Og hvordan er instituttlederprogrammet på NTNU bygd opp?', 'hvor mange dager var det totalt på det første igjen?']).text).toMatch(/12 dager/);
    expect(chat(["Where's Wood Hotel?", 'and where does NTNU hold its leader gathering?', 'ok, and how do I get to the first place from the airport?'], 'en-US').text).toMatch(/1 hour by train from Oslo Airport/);
  });
});

describe('claims checked against what the documents say', () => {
  it('"35k" is a sum, corrected like "35 000"', () => {
    expect(chat(['hey, quick q about LEDPRO for one of my department heads in elderly care', "I've heard good things about it", 'the participant fee is 35k right?'], 'en-US').text).toMatch(/^No\. .*NOK 53 000/);
  });

  it('a programme of four years is no two-year one, though its first two years weigh most', () => {
    expect(chat(['Tell me about the NTNU head of department programme.', "It's for two years, like a normal appointment period, right?"], 'en-US').text).toMatch(/^No\. .*4 years at a time/);
  });

  it('a place claimed by name asks where ("… er jo på Røros?"), a month does not', () => {
    expect(ask('NTNUs ledersamling er jo på Røros, ikke sant?').text).toMatch(/^Nei\. .*NTNUs ledersamling \(Oppdal\)/);
    expect(chat(['When can I apply to LEDPRO?', 'Is the deadline in January?'], 'en-US').text).toMatch(/15 December 2023/);
  });

  it('"er mat og overnatting inkludert i den?" after the fee: no, the stay comes in addition', () => {
    expect(chat(['Hva er deltakeravgiften for ledpro?', 'er mat og overnatting inkludert i den?']).text).toMatch(/^Nei\. .*Opphold under samlingene og litteratur kommer i tillegg/s);
  });

  it('a contact named by first name for the wrong matter is corrected', () => {
    expect(chat(['Hvem kan jeg kontakte om ledpro?', 'ok, så jeg ringer Randi om overnattinga siden hun er prosjektleder?']).text).toMatch(/^Nei\. Randi Bredvold er fagansvarlig og tar faglige spørsmål; praktiske spørsmål tar Kristin Larsen\./);
  });

  it('a colleague told of in one message is "ho" in the next', () => {
    expect(chat(['Vi har ein instituttleiar som vart tilsett midt i åremålsperioden.', 'Får ho òg den lokale grunnopplæringa?']).text).toMatch(/underveis i åremålsperioden/);
  });
});

describe('everyday English for responsibility and sums', () => {
  it('"the person in charge of the academic side" is the academic contact, not a charge', () => {
    expect(ask("who's the person in charge of the academic side of LEDPRO?", 'en-US').text).toMatch(/^Academic questions about LEDPRO 1 and LEDPRO 2: Randi Bredvold/);
  });

  it('"what does the hotel come to in total" at every gathering is the stay times six', () => {
    expect(ask('If I take the full-board hotel package at every single LEDPRO gathering, what does the hotel come to in total?', 'en-US').text).toMatch(/6 × NOK 3 175 = NOK 19 050/);
  });
});

describe('yes or no about the asker and a colleague', () => {
  it('"kan jeg og kollegaen min levere den sammen?" is a yes: the colleague says who, not what is claimed', () => {
    expect(chat(['Hvordan foregår eksamen på ledpro?', 'ok, hjemmeoppgave altså', 'kan jeg og kollegaen min levere den sammen?']).text).toMatch(/^Ja\. .*gruppevis eller individuelt/s);
  });

  it('a yes/no question after the asker\'s situation and a comma is answered yes or no', () => {
    expect(chat(['kven er leiarprogramma på NTNU laga for?', 'eg er postdoc og har lyst å bli leiar ein gong, er det noko for meg?']).text).toMatch(/^Ja\. Postdocs står i målgruppen ny som leder og ledertalent/);
  });
});

describe('situations told by where one works, and ways to get costs covered', () => {
  it('"I work at a consultancy … Is LEDPRO open to someone like me?" is a yes: consultants are in the target group', () => {
    expect(ask('I work at a private consultancy that does organisational development work for municipalities. Is LEDPRO open to someone like me?', 'en-US').text).toMatch(/^Yes\. .*consultants/s);
  });

  it('"en ordning der vi kan få dekket noe av utgiftene" is the OU fund', () => {
    expect(ask('Kommunen betaler LEDPRO-plassen min. Finnes det noen ordning der vi kan få dekket noe av utgiftene?').text).toMatch(/OU-fondet/);
  });

  it('nynorsk "korleis kjem eg meg til samlingane" asks the way there', () => {
    expect(ask('Eg er avdelingsleiar på eit sjukehus og bur i Oslo. Korleis kjem eg meg til LEDPRO-samlingane, og kor lang tid tek det?').text).toMatch(/1,5 time fra Oslo S/);
  });

  it('a scene told in one document\'s own words gives the questions after it that document, not the other program\'s fee', () => {
    const scene = chat(['Vi har fått to nye instituttledere i høst.']);
    expect(scene.kind).toBe('smalltalk');
    expect(scene.text).toMatch(/NTNU/);
    const cost = chat(['Vi har fått to nye instituttledere i høst.', 'Hvor mye koster det?']);
    expect(cost.kind).toBe('unknown');
    expect(cost.text).toMatch(/NTNU/);
    expect(cost.text).not.toMatch(/53 000/);
  });

  it('the asker\'s workplace told beside the question refuses nothing: a kindergarten head asking about her chances gets the admission rules', () => {
    const nb = ask('Jeg er styrer i en barnehage og har ett år på høgskole. Har jeg noen sjanse på LEDPRO?');
    expect(nb.kind).toBe('answer');
    expect(nb.text).toMatch(/vurdert individuelt/);
    const en = ask('I run a kindergarten and have two years of college. What are my chances of getting into LEDPRO?', 'en-US');
    expect(en.text).toMatch(/assessed individually/);
    // A child one would bring is still a subject the documents do not cover.
    expect(ask('Jeg har en baby på fem måneder. Kan jeg ha henne med på samlingene på LEDPRO?').kind).toBe('unknown');
  });

  it('a part told as taken is a scene, and whether she may skip to part 2 is decided by the requirement, whatever the wording', () => {
    const scene = chat(['A new team leader I\'m mentoring completed LEDPRO part 1 in 2020.'], 'en-US');
    expect(scene.kind).toBe('smalltalk');
    expect(scene.text).not.toMatch(/OU fund/);
    expect(chat(['A new team leader I\'m mentoring completed LEDPRO part 1 in 2020.', 'Is she allowed to go directly into part 2?'], 'en-US').text).toMatch(/^Yes\. To start LEDPRO 2 you must have completed part 1/);
    expect(chat(['My colleague has not taken part 1.', 'Is he allowed to go straight into LEDPRO part 2?'], 'en-US').text).toMatch(/^No\. /);
  });

  it('a scene that names one program and signs the other by its words makes "each of the programs" both', () => {
    const a = chat(['Jeg er instituttleder, og søsteren min er avdelingsleder i en kommune og tar LEDPRO.', 'Hva gjør man mellom samlingene i hvert av programmene?']);
    expect(a.text).toMatch(/LEDPRO 1 og LEDPRO 2 \(gjelder hver del; for del 2 står det på siden for del 1\): /);
    expect(a.text).toMatch(/NTNU: [^]*hjemmearbeid mellom samlingene/);
  });

  it('"et år etter at de andre startet" is joining partway: the local training that also applies then', () => {
    const a = chat(['Jeg ble instituttleder i vår, et halvt år etter at de andre begynte på åremålsperioden.', 'Har jeg gått glipp av opplæringen, eller får jeg noe?']);
    expect(a.text).toMatch(/Hovedsøyle 4, lokal grunnopplæring/);
    expect(a.text).toMatch(/ansatt underveis i åremålsperioden/);
  });

  it('whether it fits "slike som meg" is asked of the role told before; "kvart av dei" is each of the two programs', () => {
    expect(chat(['Eg er tillitsvald i ein kommune.', 'er LEDPRO aktuelt for slike som meg?']).text).toMatch(/^Ja\. /);
    const each = chat(['LEDPRO og instituttleiarprogrammet på NTNU.', 'kor lenge varer kvart av dei?']);
    expect(each.text).toMatch(/12 dager/);
    expect(each.text).toMatch(/4 år/);
  });

  it('a scene of two sentences that names a program in each makes "dei to programma" both', () => {
    const a = chat(['Eg er avdelingsleiar i ein kommune og har lese om LEDPRO. Kollegaen min er instituttleiar på NTNU.', 'Kven er dei to programma meint for?']);
    expect(a.text).toMatch(/LEDPRO 1 og LEDPRO 2 \(gjelder hver del; for del 2 står det på siden for del 1\): Målgruppen/);
    expect(a.text).toMatch(/instituttledere/);
  });
});

describe('the matter asked beside the one set aside', () => {
  it('"om det faglige, ikke det praktiske – var det ikke Kristin?": no, the academic contact is someone else', () => {
    const a = chat(['Jeg har spørsmål om LEDPRO.', 'Hvem tar jeg kontakt med om innholdet, altså det faglige og ikke det praktiske? Var det ikke Kristin?']);
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/Randi Bredvold/);
  });
});

describe('whom to ask, asked again for one matter', () => {
  it('"det er det praktiske med hotellet – hvem er det da?" after asking whom to call names the practical contact', () => {
    const a = chat(['Hvem kan jeg ringe om LEDPRO?', 'Det gjelder mest det praktiske rundt hotellet – hvem er det da?']);
    expect(a.text).toMatch(/Kristin Larsen/);
    expect(a.text).not.toMatch(/Randi Bredvold|Wood Hotel i Brumunddal/);
  });
});
