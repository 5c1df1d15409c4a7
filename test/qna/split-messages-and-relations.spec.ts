import { qnaChat } from '../support/qna-chat';

/** Readings met in session 49's dev sets: one sentence sent as two messages, "i forhold?", who to call about what. Sentences are our own. */
const { ask, chat } = qnaChat();

describe('one sentence sent in two messages', () => {
  it('"Hvis vi sender to ledere …," → "hva blir deltakeravgiften til sammen da?": read as one question', () => {
    const a = chat(['Hvis vi sender to ledere på LEDPRO samme år,', 'hva blir deltakeravgiften til sammen da?']);
    expect(a.text).toMatch(/2 × kr 53 000 = kr 106 000|kr 106 000/);
  });

  it('a message ending in a full stop is no fragment (a guard): the next one is a question of its own', () => {
    const a = chat(['Vi sender to ledere på LEDPRO.', 'Hvor ligger hotellet?']);
    expect(a.text).toMatch(/Wood Hotel i Brumunddal/);
  });
});

describe('"i forhold?" at the end sets the new side against the last one', () => {
  it('"og NTNU, hvor er den store ledersamlingen i forhold?" after where LEDPRO meets: both places', () => {
    const a = chat(['Hvor holdes LEDPRO-samlingene?', 'Og NTNU sin store ledersamling, hvor er den i forhold?']);
    expect(a.text).toMatch(/Brumunddal/);
    expect(a.text).toMatch(/Oppdal/);
  });
});

describe('who to call about what', () => {
  it('"Hvem ringer vi om hva?" after both contacts were named: both, each with the matter they take', () => {
    const a = chat(['LEDPRO har to kontaktpersoner, Randi Bredvold og Kristin Larsen.', 'Hvem ringer vi om hva?']);
    expect(a.text).toMatch(/Faglige spørsmål: Randi Bredvold/);
    expect(a.text).toMatch(/Praktiske spørsmål: Kristin Larsen/);
  });

  it('English: "Who do we ring about what?"', () => {
    const a = ask('Who should we ring about what on LEDPRO?', 'en-US');
    expect(a.text).toMatch(/Academic questions: Randi Bredvold/);
    expect(a.text).toMatch(/Practical questions: Kristin Larsen/);
  });
});

describe('together only in part', () => {
  it('"Er del 1 og del 2 på de samme samlingene?": partly, as the fact says some is joint and some separate', () => {
    const a = ask('Er deltakerne på del 1 og del 2 av LEDPRO på de samme samlingene?');
    expect(a.text).toMatch(/^Delvis\. .*noe av studiet foregår i fellesskap og noe separat/s);
  });

  it('"… ever together?": some of the time is a yes (a guard)', () => {
    const a = ask('Are part 1 and part 2 people of LEDPRO ever taught together?', 'en-US');
    expect(a.text).toMatch(/^Yes\. /);
  });
});

describe('a claim put as known, then "why?"', () => {
  it('"LEDPRO gir jo bare 15 studiepoeng. Hvorfor så lite?": the claim is corrected first', () => {
    const a = ask('LEDPRO del 1 gir jo bare 15 studiepoeng. Hvorfor så lite?');
    expect(a.text).toMatch(/^Nei, det stemmer ikke\. .*30 studiepoeng/s);
  });

  it('English: "…, as we know. Why so few?"', () => {
    const a = ask('LEDPRO part 1 only gives 15 credits, as we know. Why so few?', 'en-US');
    expect(a.text).toMatch(/^No, that is not right\. .*30 credits/s);
  });
});
