import { qnaChat } from '../support/qna-chat';

/** Readings met in session 41's sets: a second and third round (claims and follow-ups), pillars and programs named by
 * their titles in other words, hints after the question. Sentences are our own. */
const { chat } = qnaChat();

describe('readings of the second round of session 41', () => {
  it('"And the final one?" after the first gathering is the last gathering', () => {
    const a = chat(['When is the first LEDPRO gathering?', 'And the final one?'], 'en');
    expect(a.text).toMatch(/7–8 October 2024/);
  });

  it('"has been there all along, right?" of a module marked new is a no', () => {
    const a = chat(['Which subject modules does NTNU list?', 'The diversity and co-creation module has been there all along, right?'], 'en');
    expect(a.text).toMatch(/^No\./);
  });

  it('"hva koster selve deltakeravgiften, og kommer det semesteravgift i tillegg?" gives both prices, no "not given"', () => {
    const a = chat(['Hva koster selve deltakeravgiften for LEDPRO, og kommer det semesteravgift i tillegg?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/53 000/);
    expect(a.text).toMatch(/888/);
  });

  it('the matter told before "who should I call?" picks the contact', () => {
    const a = chat(['Jeg er rektor og har spørsmål om pensum og det faglige opplegget i LEDPRO før jeg søker. Hvem er rett person å kontakte?']);
    expect(a.text).toMatch(/Randi Bredvold/);
    expect(a.text).not.toMatch(/Kristin Larsen/);
  });

  it('"X. Stemmer det, og hvor mange er det?" corrects the claim told and answers the count', () => {
    const a = chat(['Noen sa at LEDPRO-samlingene holdes på Lillehammer. Stemmer det, og hvor mange samlinger er det?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Wood Hotel/);
    expect(a.text).toMatch(/6 samlinger/);
  });

  it('a degree as the condition for joining is the admission requirement', () => {
    const a = chat(['Someone told me you can only join LEDPRO if you hold a master\'s degree. True?'], 'en');
    expect(a.text).toMatch(/bachelor/);
  });

  it('the sum of fee and semester fees says what the 2 counts', () => {
    const a = chat(['Hva blir deltakeravgift og semesteravgift til sammen for LEDPRO 1?']);
    expect(a.text).toMatch(/semesteravgift for 2 semestre \(2 × kr 888\)/);
  });
});

describe('readings of the third round of session 41', () => {
  it('"Og hvor lang er hver?" after the count of gatherings is one gathering\'s length', () => {
    const a = chat(['Hvor mange samlinger er det på LEDPRO?', 'Og hvor lang er hver?']);
    expect(a.text).toMatch(/2 dager per samling/);
  });

  it('"spread evenly across those years?" after the length is where the weight lies: a no', () => {
    const a = chat(['How long does the Head of Department programme run?', 'Is the work spread evenly across those years?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/first two years/);
  });

  it('the teachers are the programme\'s leaders, who form the learning organisation with the students', () => {
    const a = chat(['Do the students and the teachers on LEDPRO form a temporary organisation together?'], 'en');
    expect(a.text).toMatch(/temporary, time-limited learning organisation/);
  });

  it('"any guest lecturers?" stays unknown', () => {
    const a = chat(['Who is the academic lead for LEDPRO?', 'Are there any guest lecturers?'], 'en');
    expect(a.kind).toBe('unknown');
  });

  it('a program switched to with a thing of its own asked by name does not keep the price talked of', () => {
    const a = chat(['Hva koster LEDPRO?', 'Ok. Over til NTNU no: kva for arenaer finst for instituttleiarane?']);
    expect(a.text).not.toMatch(/53 000/);
    expect(a.text).toMatch(/arenaer/);
  });
});

describe('a hint after the question, and a list under its heading in English', () => {
  it('"… compare in length? Four years versus what?" is the length compared, not the content', () => {
    const a = chat(['How do the Head of Department programme and LEDPRO compare in length? Four years versus what?'], 'en');
    expect(a.text).toMatch(/12 days/);
    expect(a.text).toMatch(/4 years/);
  });

  it('"under the performance management heading, which topics?" lists that heading\'s items in English too', () => {
    const a = chat(['In NTNU\'s basic leader training, which topics come under virksomhetsstyring?'], 'en');
    expect(a.text).toMatch(/annual cycle and milestones/);
    expect(a.text).toMatch(/budget/);
  });
});

describe('the joint training days by the pillar\'s title', () => {
  it('"how are the joint training days run?" is pillar 3: plenary talks and group work on real cases', () => {
    const a = chat(['Hvordan foregår de felles opplæringsdagene på fakultetet?']);
    expect(a.text).toMatch(/Hovedsøyle 3/);
    expect(a.text).toMatch(/plenumsforedrag og gruppearbeid/);
  });

  it('the same days asked by date keep the timeline', () => {
    const a = chat(['Når var de felles opplæringsdagene for alle ledere fakultetsvis?']);
    expect(a.text).toMatch(/August 2021/i);
  });
});

describe('other words for the program, its price and the walk', () => {
  it('"opplegget for instituttledere" is the Head of Department programme: its building blocks are the pillars', () => {
    const a = chat(['Hva er hovedbyggesteinene i NTNU-opplegget for instituttledere?']);
    expect(a.text).toMatch(/fire hovedsøyler/);
  });

  it('"hva må vi ut med for selve studieplassen" is the fee', () => {
    const a = chat(['Hva må vi ut med for selve studieplassen på LEDPRO?']);
    expect(a.text).toMatch(/53 000/);
  });

  it('"taxi, eller ligger det i gangavstand?": the side the documents answer is answered', () => {
    const a = chat(['Trenger jeg taxi fra stasjonen til hotellet, eller ligger det i gangavstand?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/nær Brumunddal togstasjon/);
  });
});

describe('the gatherings for heads of department by other words', () => {
  it('"todagerssamlingene for instituttledere" is pillar 1', () => {
    const a = chat(['Hva skjer på todagerssamlingene for instituttledere?']);
    expect(a.text).toMatch(/Hovedsøyle 1/);
  });

  it('the gatherings for heads of department together with the deanery stay pillar 2', () => {
    const a = chat(['What is the aim of the gatherings for heads of department together with the deanery?'], 'en');
    expect(a.text).not.toMatch(/^Pillar 1/);
  });
});

describe('a degree said to be needed', () => {
  it('"Do I need a master\'s degree to apply?" is a no with the bachelor requirement, not a yes from "master\'s level"', () => {
    const a = chat(['Do I need a master\'s degree to apply for LEDPRO?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/bachelor's degree/);
  });

  it('"Må jeg ha mastergrad for å søke?" is admission, not where to apply', () => {
    const a = chat(['Må jeg ha mastergrad for å søke på LEDPRO?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/bachelorgrad/);
  });
});
