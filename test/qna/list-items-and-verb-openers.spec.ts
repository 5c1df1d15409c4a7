import { qnaChat } from '../support/qna-chat';

/** Readings met in session 49's dev sets: an item of a list "on that list", a nynorsk verb first, special diets. Sentences are our own. */
const { ask, chat } = qnaChat();

describe('an item of the last list, named with "on that list"', () => {
  it('"Which is the third point on that list?" after the HR and HSE list: the third item, not a timeline entry', () => {
    const a = chat(['What does the basic training for NTNU leaders cover under HR and HSE?', 'What is the third point on that list?'], 'en-US');
    expect(a.text).toMatch(/^3\) .*(medarbeidersamtal|appraisal)/i);
  });

  it('bokmål: "Hva er det første punktet på lista?"', () => {
    const a = chat(['Hva står det under HR og HMS i grunnopplæringen for ledere ved NTNU?', 'Hva er det første punktet på den lista?']);
    expect(a.text).toMatch(/^1\) rekruttering/i);
  });
});

describe('a yes/no question opened by a nynorsk verb', () => {
  it('"Ligg Wood Hotel nær stasjonen?": the verb and the hotel are no person\'s name, so the answer is yes', () => {
    const a = ask('Ligg Wood Hotel nær jernbanestasjonen?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/nær Brumunddal togstasjon/);
  });
});

describe('special diets are not in the documents', () => {
  it('"spesialkost" at the hotel, beside a word the documents have: the plain unknown, no "Ja" and the hotel', () => {
    const a = ask('Blir det tatt hensyn til spesialkost på Wood Hotel under samlingene i LEDPRO?');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/frich\.no/);
  });
});

describe('a claim told, then "Det stemmer vel?"', () => {
  it('the claim told in the last message is what is confirmed: "Nei" for a wrong place', () => {
    const a = chat(['Jeg har fortalt sjefen at LEDPRO-samlingene holdes på Quality Hotel i Lillehammer.', 'Det stemmer vel?']);
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/Wood Hotel i Brumunddal/);
  });

  it('a right claim told is confirmed: "Ja"', () => {
    const a = chat(['Jeg har fortalt sjefen at LEDPRO-samlingene holdes på Wood Hotel i Brumunddal.', 'Det stemmer vel?']);
    expect(a.text).toMatch(/^Ja\. /);
  });
});
