import { qnaChat } from '../support/qna-chat';

/** Readings met in session 47's fresh dev sets (two sides' places, claims with a conclusion, round figures). Sentences are our own. */
const { ask, chat } = qnaChat();

describe('whether two programs meet in the same place', () => {
  it('"Møtes NTNUs ledersamling og LEDPRO på samme sted?": no, Oppdal is not Brumunddal, with both places', () => {
    const a = ask('Møtes NTNUs ledersamling og LEDPRO på samme sted?');
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Brumunddal/);
    expect(a.text).toMatch(/Oppdal/);
  });

  it('English, asked the other way round ("at different venues?"): yes (a guard: a yes for both having a place was right by chance)', () => {
    const a = ask('Do the LEDPRO gatherings and NTNU\'s leader gathering take place at different venues?', 'en-US');
    expect(a.text).toMatch(/^Yes\./);
    expect(a.text).toMatch(/Oppdal/);
  });
});

describe('a claim with a conclusion drawn from it', () => {
  it('"Samling 5 er vel i september, så den krasjer ikke …?": no, gathering 5 is 28–29 August (not a clash check of September)', () => {
    const a = ask('Samling 5 i LEDPRO er vel i september, så den krasjer ikke med sommerferien?');
    expect(a.text).toMatch(/^Nei\. Samling 5 i LEDPRO 1 og LEDPRO 2 er 28\.–29\. august 2024/);
  });

  it('after a month told: "Samling 2 er i mai, så den kolliderer ikke?" is checked against gathering 2', () => {
    const a = chat(['Jeg er på kurs hele april.', 'Samling 2 på LEDPRO er i mai, så den kolliderer ikke, ikke sant?']);
    expect(a.text).toMatch(/^Nei\. Samling 2 i LEDPRO 1 og LEDPRO 2 er 4\.–5\. april 2024/);
  });

  it('"… per samling, sant? Så rundt 19k for alle seks?": a round figure near the sum is a yes, and "alle seks" are the gatherings', () => {
    const a = ask('Kost og losji er 3175 per samling, sant? Så rundt 19k for alle seks?');
    expect(a.text).toMatch(/^Ja\./);
    expect(a.text).toMatch(/19 050/);
    expect(a.text).not.toMatch(/personer/);
  });

  it('English: a round figure far from the sum is a no', () => {
    const a = ask('Board and lodging is 3,175 per gathering, right? So about 25,000 for all six?', 'en-US');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/19 050/);
  });

  it('"alle fire" after four leaders told still counts people (a guard)', () => {
    const a = ask('Vi har fire mellomledere som skal på LEDPRO og bo på hotellet på alle samlingene. Hva blir hotellregningen totalt for alle fire?');
    expect(a.text).toMatch(/For 4 personer: 4 × kr 19 050 = kr 76 200/);
  });
});

describe('"who fits where" between the two documents', () => {
  it('"Vi skal finne ut hvem som passer hvor av lederne våre." gives whom each program is for, not the hotel', () => {
    const a = ask('Vi skal finne ut hvem som passer hvor av lederne våre.');
    expect(a.text).toMatch(/Målgruppen for studiet/);
    expect(a.text).toMatch(/instituttledere/);
    expect(a.text).not.toMatch(/Wood Hotel/);
  });
});

describe('a place told, then "the same place as …?"', () => {
  it('English: NTNU\'s gathering in Oppdal told, then "same place as the LEDPRO gatherings, or somewhere else?": no, with both places', () => {
    const a = chat(['My colleague said NTNU holds its big leader gathering in Oppdal.', 'Is that the same place as the LEDPRO gatherings, or somewhere else?'], 'en-US');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/Oppdal/);
    expect(a.text).toMatch(/Brumunddal/);
  });
});
