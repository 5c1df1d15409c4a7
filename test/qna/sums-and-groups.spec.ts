import { headcount } from '../../src/capabilities/qna/domain/cost-answers';
import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

describe('sums over the whole course and for a group of people', () => {
  it('multiplies a sum for the people the asker names, and states the sum per person it comes from', () => {
    const a = ask('Vi er fire avdelingsledere som vil ta LEDPRO. Hva koster deltakeravgift og semesteravgift for oss fire til sammen?');
    expect(a.text).toMatch(/kr 54 776/);
    expect(a.text).toMatch(/For 4 personer: 4 × kr 54 776 = kr 219 104\./);
    const en = ask('Me and two colleagues want LEDPRO part 1. What is the fee plus semester fees in total for us?', 'en-US');
    expect(en.text).toMatch(/For 3 people: 3 × NOK 54 776 = NOK 164 328\./);
  });

  it('writes every figure of an English answer one way: the sums worked out as the catalog sentence quoted beside them', () => {
    const a = chat(['What else comes on top of the LEDPRO fee?', 'And what does the fee itself say?'], 'en-US');
    const first = ask('What else comes on top of the LEDPRO fee?', 'en-US').text;
    expect(first).toMatch(/NOK 53 000/);
    expect(first).toMatch(/6 × NOK 3 175 = NOK 19 050/);
    for (const text of [first, a.text]) expect(text).not.toMatch(/\d,\d{3}/);
  });

  it('reads a group of people, and never English "to" as a number', () => {
    expect(headcount('vi er tre ledere fra kommunen')).toBe(3);
    expect(headcount('what would it cost the five of us')).toBe(5);
    expect(headcount('is the programme open to people from the private sector')).toBe(1);
    expect(headcount('is it possible for us to attend')).toBe(1);
    expect(headcount('hva koster det for oss to')).toBe(2);
    expect(headcount('what does it cost')).toBe(1);
  });

  it('adds up board and lodging and the nights before over every gathering and the whole course', () => {
    expect(ask('What will the hotel stays add up to over the whole LEDPRO course?', 'en-US').text).toMatch(/6 × NOK 3 175 = NOK 19 050/);
    expect(ask('If I take the extra night before every single LEDPRO gathering, what does the hotel cost for the year?', 'en-US').text)
      .toMatch(/NOK 3 175 \+ NOK 1 375 = NOK 4 550 per gathering; for all 6: 6 × NOK 4 550 = NOK 27 300/);
  });

  it('keeps the question when a clause after "but" says what to leave out of the sum', () => {
    const a = ask('What is the total for LEDPRO with the fees and the board and lodging at every gathering, but not counting literature?', 'en-US');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/NOK 73 826/);
  });

  it('adds the credits of both parts when the asker takes both', () => {
    expect(ask('Hvor mange studiepoeng får jeg om jeg tar både del 1 og del 2 av LEDPRO?').text).toMatch(/= 60 studiepoeng til sammen/);
  });
});

describe('sums with a wrong figure or a qualifier in them', () => {
  it('corrects a price the asker has wrong and sums with the right one', () => {
    const a = ask('LEDPRO koster jo 45 000 – hva blir totalen med semesteravgiftene?');
    expect(a.text).toMatch(/^Deltakeravgiften er kr 53 000, ikke kr 45 000\./);
    expect(a.text).toMatch(/= kr 54 776/);
  });

  it('a budget checked against the fee is about the price, not about who may take part', () => {
    const a = chat(['Vi vurderer LEDPRO for en teamleder.', 'Vi har satt av 40 000 til deltakeravgift, holder det?']);
    expect(a.text).toMatch(/kr 53 000/);
    expect(a.text).not.toMatch(/Målgruppen/);
  });

  it('sums the stay over every gathering when the asker names a wrong number of them', () => {
    const a = chat(['LEDPRO: the hotel is 3175 per gathering, right?', 'so for all 8 gatherings the hotel comes to 25,400?'], 'en-US');
    expect(a.text).toMatch(/^No\. .*6 × NOK 3 175 = NOK 19 050/);
  });

  it('reads "incl." and "no extra nights" inside a sum as part of it', () => {
    expect(ask('Total for LEDPRO: fee, semester fees and board at all gatherings (no extra nights, no books)?', 'en-US').text).toMatch(/Everything together: NOK 73 826/);
    expect(ask('With the extra night before each LEDPRO gathering, what is the total for the hotel incl. the normal board and lodging?', 'en-US').text).toMatch(/NOK 27 300/);
  });
});

describe('yes/no questions', () => {
  it('does not read a capitalised first word as part of a name ("Is Wood Hotel …")', () => {
    expect(ask('Is Wood Hotel within walking distance of the train station, is it near?', 'en-US').text).toMatch(/^Yes\./);
  });

  it('sets aside a foil after "or is it strictly …" and answers the question asked', () => {
    expect(ask('Can union representatives take LEDPRO, or is it strictly meant for managers?', 'en-US').text).toMatch(/^Yes\./);
  });

  it('a total "including" the semester fee adds it to the fee; a stay "if I stay" or costs listed after the question make the whole sum; "alle tre" are people, "alle seks samlingene" are not', () => {
    expect(ask('Hva blir prisen for LEDPRO til sammen medregnet semesteravgiften?').text).toMatch(/kr 53 000 \+ semesteravgift for 2 semestre \(2 × kr 888\) = kr 54 776/);
    expect(ask('What is the overall price of LEDPRO if we stay at the hotel at each gathering?', 'en-US').text).toMatch(/Everything together: NOK 73 826/);
    expect(ask('What would LEDPRO part 1 cost me in all? participation fee, semester fees and board', 'en-US').text).toMatch(/Everything together: NOK 73 826/);
    expect(ask('Tre av oss skal på LEDPRO. Hva blir kost og losji på alle samlingene for alle tre?').text).toMatch(/For 3 personer: 3 × kr 19 050 = kr 57 150/);
    expect(headcount('hva koster alle seks samlingene til sammen?')).toBe(1);
    expect(headcount('what does it come to for all four of them?')).toBe(4);
  });

  it('the days from the first gathering to the last, and "how much time" between the deadline and the first gathering, are computed', () => {
    expect(ask('Hvor mange dager går det fra første samling starter til siste samling er ferdig på LEDPRO?').text).toMatch(/starter 15\. februar 2024 og siste samling slutter 8\. oktober 2024: det er 236 dager/);
    expect(ask('How long from the first LEDPRO gathering until the final one?', 'en-US').text).toMatch(/236 days/);
    expect(ask('How much time do we have between the LEDPRO deadline and the first gathering?', 'en-US').text).toMatch(/that is 62 days/);
  });

  it('costs told in a sentence before the question are what it sums; a vague question after a list of costs sums the list; the lunch-to-lunch package is the stay', () => {
    expect(ask('Jeg trenger ekstra døgn før hver samling på LEDPRO, i tillegg til kost og losji. Hva blir hotellet for hele året?').text).toMatch(/kr 3 175 \+ kr 1 375 = kr 4 550 per samling; for alle 6: 6 × kr 4 550 = kr 27 300/);
    expect(ask('Vi skal bo på hotellet på alle samlingene på LEDPRO, men uten ekstra døgn. Hva blir hotellregninga til sammen?').text).toMatch(/6 × kr 3 175 = kr 19 050/);
    expect(ask('Fee, semester fees and board for every gathering – what does LEDPRO come to?', 'en-US').text).toMatch(/Everything together: NOK 73 826/);
    expect(ask('What is the total if I take the lunch-to-lunch package at every LEDPRO gathering?', 'en-US').text).toMatch(/6 × NOK 3 175 = NOK 19 050/);
  });

  it('"igjen" after where asks again and counts nothing; a gap claimed from the deadline to the first gathering is computed', () => {
    const where = ask('Hvor er det LEDPRO-samlingene er igjen?');
    expect(where.text).toMatch(/Wood Hotel i Brumunddal/);
    expect(where.text).not.toMatch(/gjenstår/i);
    expect(ask('Hvor mange samlinger er igjen på LEDPRO?').text).toMatch(/gjenstår 6 av 6/i);
    expect(ask('So there are only two weeks from the LEDPRO deadline until the first gathering?', 'en-US').text).toMatch(/15 December 2023 and the first gathering starts 15 February 2024: that is 62 days/);
  });

  it('two years of college and work experience "considered" for LEDPRO asks admission', () => {
    expect(ask('Would someone with just two years of college plus relevant work experience be considered for LEDPRO?', 'en-US').text).toMatch(/assessed individually/);
  });

  it('counts a numbered list headed by the noun asked for ("hvor mange fagmoduler …?")', () => {
    expect(ask('Hvor mange fagmoduler nevnes for NTNUs ledere?').text).toMatch(/^Det er sju: 1\) Basis lederkompetanse/);
  });
});

describe('sums asked in a sentence of their own, and the fee alone for a group', () => {
  it('"… fee, semester fees and board for every gathering. What\'s the total?" sums the costs told before the question', () => {
    const a = ask('For our LEDPRO budget: participation fee, both semester fees and board and lodging at all gatherings, no books. What is the total?', 'en-US');
    expect(a.text).toMatch(/73 826/);
  });

  it('the participation fee asked for several people is summed alone too', () => {
    const a = ask('Vi melder på fire ledere til LEDPRO del 1. Hva blir deltakeravgiften for alle fire til sammen?');
    expect(a.text).toMatch(/4 × kr 53 000 = kr 212 000/);
  });
});

describe('a night more at one gathering', () => {
  it('"ei natt ekstra" at one gathering prices that stay with the board, as "en ekstra natt" does', () => {
    expect(ask('Om jeg blir ei natt ekstra på hotellet ved én LEDPRO-samling, hva koster oppholdet da?').text).toMatch(/kr 3 175 \(kost og losji\) \+ kr 1 375 \(tilknytningsdøgn\) = kr 4 550/);
  });
});

describe('a total asked of the conversation\'s topic', () => {
  it('"og begge delene til sammen?" after the credits of part 1 adds the credits of both parts', () => {
    expect(chat(['Hvor mange studiepoeng gir LEDPRO del 1?', 'Og begge delene til sammen, da?']).text).toMatch(/LEDPRO 1 \(30 studiepoeng\) \+ LEDPRO 2 \(30 studiepoeng\) = 60 studiepoeng til sammen/);
  });
});
