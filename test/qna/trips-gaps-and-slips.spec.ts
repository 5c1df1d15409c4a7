import { qnaChat } from '../support/qna-chat';

/** Readings met in session 49's dev sets: the trip's time after a gathering named, gaps "from the start of", slips. Sentences are our own. */
const { ask } = qnaChat();

describe('the time a trip takes, told beside a gathering', () => {
  it('"Vi tar toget til andre samling. Hvor lang tid tar togreisen?": the travel time, not the gathering\'s date', () => {
    const a = ask('Vi tar toget fra Oslo S til andre samling. Hvor lang tid tar togreisen?');
    expect(a.text).toMatch(/1,5 time fra Oslo S/);
    expect(a.text).not.toMatch(/april/);
  });

  it('a date asked in the question itself is still a date (a guard)', () => {
    const a = ask('Vi tar toget til andre samling. Når er den?');
    expect(a.text).toMatch(/4\.–5\. april 2024/);
  });
});

describe('a gap asked with words between "from" and the gathering', () => {
  it('English: "from the start of the second gathering to the start of the third one"', () => {
    const a = ask('How many weeks is it from the start of the second LEDPRO gathering to the start of the third one?', 'en-US');
    expect(a.text).toMatch(/Between gathering 2 \(4–5 April 2024\) and gathering 3 \(15–16 May 2024\)/);
  });
});

describe('extra nights nobody takes', () => {
  it('"if none of us needs an extra night": the stay for all gatherings without the extra nights', () => {
    const a = ask('What will board and lodging cost us for all the LEDPRO gatherings if no one needs an extra night?', 'en-US');
    expect(a.text).toMatch(/6 × NOK 3 175 = NOK 19 050/);
    expect(a.text).not.toMatch(/NOK 4 550/);
  });
});

describe('the last letter of a long word left out', () => {
  it('"mangfol" is "mangfold": the training that covers diversity, not "not in the documents"', () => {
    const a = ask('Tar lederopplæringen på NTNU opp mangfol?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/[Mm]angfold/);
  });

  it('"plasser" stays "plasser": an ending is no slip (a guard)', () => {
    const a = ask('Hvor mange plasser er det på LEDPRO?');
    expect(a.kind).toBe('unknown');
  });
});

describe('a gap asked from a day of one gathering to a day of another', () => {
  it('"fra siste dag på samling 2 til første dag på samling 3": the days between them', () => {
    const a = ask('Hvor mange dager er det fra siste dag på samling 2 til første dag på samling 3 i LEDPRO?');
    expect(a.text).toMatch(/Mellom samling 2 \(4\.–5\. april 2024\) og samling 3 \(15\.–16\. mai 2024\): 40 dager/);
  });
});

describe('the night before is a cost of its own', () => {
  it('"Inkluderer hotellprisen natten før samlingen?": no, with the extra night priced', () => {
    const a = ask('Inkluderer hotellprisen på LEDPRO også natten før samlingen?');
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/kr 1 375/);
  });

  it('a "når" that joins a clause told before the question asks no date', () => {
    const a = ask('Sjefen mener oppholdet på LEDPRO dekker natten før, så vi slipper ekstra kostnader når deltakerne reiser dagen før. Er det riktig?');
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).not.toMatch(/Samling 1: 15\.–16\. februar/);
  });
});

describe('examples after a question, and office shorthand', () => {
  it('"Hva lærer ledere om HR …? Ansettelser, oppsigelser og slikt?": the examples show what the question means', () => {
    const a = ask('Hva lærer ledere om HR i NTNU-grunnopplæringen? Ansettelser, oppsigelser og slikt?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/rekruttering/);
  });

  it('"fellesadm" is the joint administration', () => {
    const a = ask('hvem i fellesadm regnes som ledere?');
    expect(a.text).toMatch(/fellesadministrasjonen \(seksjonsledere/);
  });
});
