import { qnaChat } from '../support/qna-chat';

/** Readings met in session 49's dev sets: a cost left out, the last gatherings by the program's name, "bare … som kan". Sentences are our own. */
const { ask, chat } = qnaChat();

describe('the stay left out of a price', () => {
  it('nynorsk "utanom opphaldet": the fee with its semester fees, the stay told as coming in addition', () => {
    const a = ask('Kva må vi betale for LEDPRO utanom opphaldet på hotellet?');
    expect(a.text).toMatch(/deltakeravgift kr 53 000 \+ semesteravgift for 2 semestre \(2 × kr 888\) = kr 54 776/);
    expect(a.text).toMatch(/Kost og losji kommer i tillegg/);
    expect(a.text).not.toMatch(/Alt til sammen/);
  });

  it('English "not counting the hotel": the fee and semester fees, not the list of other costs', () => {
    const a = ask('What would LEDPRO set us back, not counting the hotel?', 'en-US');
    expect(a.text).toMatch(/participation fee NOK 53 000 \+ semester fee for 2 semesters \(2 × NOK 888\) = NOK 54 776/);
  });

  it('"not counting any extra nights": the stay for all gatherings, the extra nights left out of the sum', () => {
    const a = ask('What does board and lodging add up to for every LEDPRO gathering, not counting any extra nights?', 'en-US');
    expect(a.text).toMatch(/6 × NOK 3 175 = NOK 19 050/);
    expect(a.text).not.toMatch(/8 250|27 300/);
  });
});

describe('the first or last gatherings, named with the program', () => {
  it('"de tre første LEDPRO-samlingene": gatherings 1–3, not gathering 1 alone', () => {
    const a = ask('Hvilke datoer har de tre første LEDPRO-samlingene?');
    expect(a.text).toMatch(/^De første 3 samlingene i LEDPRO 1 og LEDPRO 2: Samling 1: 15\.–16\. februar 2024; Samling 2: 4\.–5\. april 2024; Samling 3: 15\.–16\. mai 2024\./);
  });

  it('English: "the last two LEDPRO gatherings" are gatherings 5 and 6 only', () => {
    const a = ask('When do the last two LEDPRO gatherings take place?', 'en-US');
    expect(a.text).toMatch(/^The last 2 gatherings of LEDPRO 1 and LEDPRO 2: Gathering 5: 28–29 August 2024; Gathering 6: 7–8 October 2024\./);
  });
});

describe('who may join, asked as "only those who …"', () => {
  it('"Er det kun kommuneansatte som kan søke LEDPRO?": the target group, not the OU fund for public employees', () => {
    const a = ask('Er det kun kommuneansatte som kan søke LEDPRO?');
    expect(a.text).toMatch(/^Nei\. .*Målgruppen for studiet/s);
    expect(a.text).not.toMatch(/OU-fondet/);
  });

  it('"Kan konsulentene våre søke LEDPRO?": a subject with "våre" still asks who may apply', () => {
    const a = ask('Kan konsulentene våre søke LEDPRO?');
    expect(a.text).toMatch(/konsulenter i organisasjoner med oppdrag for offentlig sektor/);
  });
});

describe('figures that tell of the person, read from the whole message', () => {
  it('"… bare to år på høyskolen, men 12 års ledererfaring. Kan han søke?": the years are his, so no "Nei" from them', () => {
    const a = ask('En av mellomlederne våre har bare to år på høyskolen, men 12 års erfaring som leder. Kan han søke opptak på LEDPRO?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/vurdert individuelt/);
  });
});

describe('the asker\'s workplace and options', () => {
  it('"… for meg som styrer i en privat barnehage?": the workplace tells who asks, so the target group answers', () => {
    const a = ask('Passer LEDPRO for meg som styrer i en privat barnehage?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Målgruppen for studiet/);
  });

  it('"What are his options?" after telling he has no degree: the admission rules with the course certificate', () => {
    const a = ask('One of my supervisors has no college degree at all, but he would love to do LEDPRO with the rest of the team. What are his options?', 'en-US');
    expect(a.text).toMatch(/course certificate \(without credits\)/);
  });
});

describe('credits when the requirement is not met, and personnel management', () => {
  it('"if she does not meet the requirement, no credits at all?": the course certificate without credits', () => {
    const a = chat(['Can a person with no degree do LEDPRO?', "so if they don't meet the requirement there are no credits at all?"], 'en-US');
    expect(a.text).toMatch(/course certificate \(without credits\)/);
  });

  it('"only about personnel management?" is people management: no, strategic leadership too', () => {
    const a = ask("Is NTNU's head of department programme only about personnel management?", 'en-US');
    expect(a.text).toMatch(/^No\. /);
    expect(a.text).toMatch(/strategic/);
  });
});
