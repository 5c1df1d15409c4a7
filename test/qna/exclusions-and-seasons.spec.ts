import { monthsAsked } from '../../src/capabilities/qna/domain/month-asks';
import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

describe('what a question leaves out, and the months before or after a season', () => {
  it('reads "før sommeren" / "before July" as every month until then, and "etter sommerferien" as every one after', () => {
    expect(monthsAsked('hvilke samlinger er før sommeren?')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(monthsAsked('which sessions come before July?')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(monthsAsked('og etter sommerferien?')).toEqual([8, 9, 10, 11, 12]);
    const a = ask('Which LEDPRO sessions are before the summer break?', 'en-US');
    expect(a.text).toMatch(/15–16 February/);
    expect(a.text).not.toMatch(/August/);
  });

  it('what follows "uten"/"without" names no topic of the question', () => {
    expect(chat(['Hva koster LEDPRO?', 'Bare selve deltakeravgiften, uten hotell og semesteravgift?']).text).toMatch(/^LEDPRO 1 og LEDPRO 2 \(gjelder hver del\): Deltakeravgiften er kr 53 000/);
  });

  it('leaves out extra "døgn" when told to, and counts "the two of them" and "every time"', () => {
    expect(ask('Hva blir totalen for LEDPRO med deltakeravgift, semesteravgift og kost og losji på alle samlingene, men ikke ekstra døgn?').text).toMatch(/Alt til sammen: kr 73 826/);
    expect(ask('What do the fee and the semester fees for LEDPRO part 1 come to for the two of them?', 'en-US').text).toMatch(/For 2 people: 2 × NOK 54 776 = NOK 109 552/);
    expect(ask('Hun må komme kvelden før. Hva blir hotellet totalt med opphold og tilknytningsdøgn hver gang på LEDPRO?').text).toMatch(/kr 27 300/);
  });
});

describe('dates of the exam, contacts and goodbyes', () => {
  it('the deadline for handing the exam in is not in the documents, and is not the application deadline', () => {
    const a = chat(['How is LEDPRO examined?', 'What is the deadline for handing that in?'], 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/15 December 2023/);
  });

  it('"Hvem tar jeg det med?" after an academic matter names the academic contact first', () => {
    expect(chat(['Hvem er kontaktene for LEDPRO?', 'Det gjelder pensum og det faglige. Hvem tar jeg det med?']).text).toMatch(/^Faglige spørsmål( om [^:]+)?: Randi Bredvold/);
  });

  it('a wrong guess at a person\'s role is corrected with what that person is', () => {
    expect(chat(['Hvem svarer på faglige spørsmål om LEDPRO?', 'Og det er Kristin Larsen, ikke sant?']).text).toMatch(/^Nei\. Kristin Larsen er prosjektleder og tar praktiske spørsmål; faglige spørsmål tar Randi Bredvold\./);
  });

  it('"have a good afternoon" is a goodbye, and "open to someone like me" asks the target group', () => {
    expect(chat(['Thanks!', 'Have a lovely afternoon'], 'en-US').kind).toBe('smalltalk');
    expect(ask('I work for a private consultancy serving municipalities. Is LEDPRO open to consultants?', 'en-US').text).toMatch(/consultants in organisations with assignments for the public sector/);
  });
});

describe('side by side and in other words', () => {
  it('how one gets onto each of two programs: the Head of Department programme by its umbrella\'s nomination', () => {
    const a = chat(['Jeg ser på instituttlederprogrammet for meg selv og LEDPRO for en kollega.', 'Hvordan kommer man med på hver av dem?']);
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
    expect(a.text).toMatch(/Instituttlederprogrammet 2021-2025: Til NTNUs lederutviklingsprogrammer er det fakultetene som nominerer/);
  });

  it('"Og X? Sammenlign gjerne." compares X with the program of the last answer, though the request is a sentence of its own', () => {
    const a = chat(['Hvem er instituttlederprogrammet for?', 'Og LEDPRO? Sammenlign gjerne.']);
    expect(a.text).toMatch(/instituttledere/);
    expect(a.text).toMatch(/tillitsvalgte/);
    const b = chat(['How do you get onto NTNU\'s head of department programme?', 'And LEDPRO? Side by side please.'], 'en-US');
    expect(b.text).toMatch(/nominate/);
    expect(b.text).toMatch(/inn\.no\/ledpro1/);
  });

  it('"concentrated in the first years" is the weight the overview puts there: yes', () => {
    expect(chat(['What is the NTNU department head programme?', 'Is most of it concentrated in the first couple of years?'], 'en-US').text).toMatch(/^Yes\./);
  });
});

