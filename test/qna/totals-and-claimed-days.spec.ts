import { qnaChat } from '../support/qna-chat';

/** Readings met in session 48's dev sets: a total asked right after a price, and days claimed. Sentences are our own. */
const { chat } = qnaChat();

describe('a total asked right after the stay\'s price is the stay summed', () => {
  it('"og hva blir det for hele året til sammen?" after the hotel per gathering: 6 × 3 175 = 19 050, not the fee', () => {
    const a = chat(['Hvor mye koster hotellet per samling på LEDPRO?', 'og hva blir det for hele året til sammen?']);
    expect(a.text).toMatch(/^Kost og losji i LEDPRO 1 og LEDPRO 2 \(hver del\) er kr 3 175 per samling; for alle 6 samlingene blir det 6 × kr 3 175 = kr 19 050\./);
    expect(a.text).not.toMatch(/53 000/);
  });

  it('nynorsk "til saman", and "alle seks" counts the gatherings, not six people', () => {
    const a = chat(['Kva kostar opphaldet på hotellet kvar samling på LEDPRO?', 'Og alle seks til saman?']);
    expect(a.text).toMatch(/kr 19 050/);
    expect(a.text).not.toMatch(/For 6 personer/);
  });

  it('English: "and for all of them in total?"', () => {
    const a = chat(['What is the price of board and lodging per LEDPRO gathering?', 'and for all of them in total?'], 'en-US');
    expect(a.text).toMatch(/^Board and lodging on LEDPRO 1 and LEDPRO 2 \(each part\) is NOK 3 175 per gathering; for all 6 gatherings that is 6 × NOK 3 175 = NOK 19 050\./);
  });

  it('after a question that set the fee against the hotel, "count every gathering" keeps both in the sum (a guard)', () => {
    const a = chat(['LEDPRO: er deltakeravgiften eller hotellet dyrest?', 'ta med alle samlingene']);
    expect(a.text).toMatch(/53 000/);
    expect(a.text).toMatch(/19 050/);
  });
});

describe('days away claimed from a wrong count', () => {
  it('"Så det blir ti dager borte fra kontoret på LEDPRO?": no, 6 gatherings and 12 days, not "the documents do not say"', () => {
    const a = chat(['Så det blir ti dager borte fra kontoret på LEDPRO?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/6 samlinger/);
    expect(a.text).toMatch(/12 dager/);
  });
});

describe('a figure or date repeated back wrong', () => {
  it('"Greit, 45 000 pluss hotell altså. Når er første samling?" after the fee: the fee set right, then the date', () => {
    const a = chat(['Hva er deltakeravgiften for LEDPRO?', 'Greit, 45 000 pluss hotell altså. Når er første samling?']);
    expect(a.text).toMatch(/^Deltakeravgiften er kr 53 000, ikke kr 45 000\./);
    expect(a.text).toMatch(/15\.–16\. februar 2024/);
  });

  it('a figure the documents give (the stay for all six) is not "corrected" (a guard)', () => {
    const a = chat(['Hva koster kost og losji per samling på LEDPRO?', 'Ok, 19 050 for alle. Og når er siste samling?']);
    expect(a.text).not.toMatch(/ikke kr 19 050/);
  });

  it('"So the final one is at the end of August, and we are free after that?": no, gathering 6 is in October; "free" is no price', () => {
    const a = chat(['Which dates are the LEDPRO gatherings?', 'So the final one is at the end of August, and we are free after that?'], 'en-US');
    expect(a.text).toMatch(/^No\. Gathering 6 of LEDPRO 1 and LEDPRO 2 is 7–8 October 2024/);
    expect(a.text).not.toMatch(/participation fee/);
  });
});

describe('a wrong place concluded, and a plan made on it', () => {
  it('"So I book train tickets to Hamar for every gathering?" about LEDPRO: no, Brumunddal by train, not "the documents do not say"', () => {
    const a = chat(['So I book train tickets to Hamar for every LEDPRO gathering?'], 'en-US');
    expect(a.text).toMatch(/^No\. /);
    expect(a.text).toMatch(/Brumunddal railway station/);
  });

  it('bokmål: "Så jeg kjøper togbilletter til Gjøvik til alle LEDPRO-samlingene?"', () => {
    const a = chat(['Så jeg kjøper togbilletter til Gjøvik til alle LEDPRO-samlingene?']);
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/Brumunddal togstasjon/);
  });

  it('"Takk. Så samlingene er på Hamar – hvor lang tid tar toget fra Oslo?": the place set right, then the train', () => {
    const a = chat(['Hvor er LEDPRO?', 'Takk. Så samlingene er på Hamar – hvor lang tid tar toget fra Oslo?']);
    expect(a.text).toMatch(/^Nei, det stemmer ikke\./);
    expect(a.text).toMatch(/1,5 time fra Oslo S/);
  });
});
