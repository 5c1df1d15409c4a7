import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

describe('"how much is" with the program alone, and amounts that are no price', () => {
  it.each([
    ['How much is LEDPRO 1?', 'en-US', /NOK 53 000/],
    ['how much is LEDPRO?', 'en-US', /NOK 53 000/],
    ['Hvor mye er LEDPRO?', 'nb-NO', /kr 53 000/],
    ['Kor mykje er LEDPRO 2?', 'nb-NO', /kr 53 000/],
  ])('"%s" asks the price', (q, locale, fee) => {
    const a = ask(q, locale);
    expect(a.text).toMatch(fee);
    expect(a.text).not.toMatch(/do not say|står ikke/);
  });

  it('asks the price of a program whose document has none, and says so with whom to ask', () => {
    const a = ask('Kor mykje er instituttlederprogrammet?');
    expect(a.text).toMatch(/^Det står ikke i programdokumentene for Instituttlederprogrammet/);
  });

  it.each([
    ['How much is the workload on LEDPRO?', 'en-US'],
    ['How much is there to read in LEDPRO?', 'en-US'],
    ['Hvor mye er det å lese på LEDPRO?', 'nb-NO'],
    ['Hvor mye er arbeidsmengden på LEDPRO?', 'nb-NO'],
  ])('"%s" asks an amount of work or reading, not the fee', (q, locale) => {
    expect(ask(q, locale).text).not.toMatch(/53 000/);
  });

  it('still reads a price in "hvor mye er det for …", "hvor mye er det å betale" and "how much is the hotel"', () => {
    expect(ask('Hvor mye er det for LEDPRO?').text).toMatch(/kr 53 000/);
    expect(ask('Hvor mye er det å betale for LEDPRO?').text).toMatch(/kr 53 000/);
    expect(ask('How much is the hotel on LEDPRO?', 'en-US').text).toMatch(/NOK 3 175/);
  });
});

describe('a price judged', () => {
  it.each([
    ['Is LEDPRO cheap?', 'en-US'],
    ['Is LEDPRO expensive?', 'en-US'],
    ['Er LEDPRO dyrt?', 'nb-NO'],
    ['Er LEDPRO billig?', 'nb-NO'],
    ['Er det dyrt å delta på LEDPRO?', 'nb-NO'],
  ])('"%s" gets the figures and no yes or no of the bot\'s own', (q, locale) => {
    const a = ask(q, locale);
    expect(a.text).toMatch(/53 000/);
    expect(a.text).not.toMatch(/^(Ja|Nei|Yes|No)\b/);
  });

  it('gives the stay\'s price to "is the hotel expensive?" without a verdict', () => {
    const a = ask('Is the hotel on LEDPRO expensive?', 'en-US');
    expect(a.text).toMatch(/NOK 3 175/);
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
  });

  it('still says no to "is it free?", which the fee answers', () => {
    expect(ask('Is LEDPRO free?', 'en-US').text).toMatch(/^No\. .*NOK 53 000/);
    expect(ask('Er LEDPRO gratis?').text).toMatch(/^Nei\. .*kr 53 000/);
  });
});

describe('one part\'s price against the other\'s', () => {
  it.each([
    ['Is LEDPRO 2 cheaper than LEDPRO 1?', 'en-US', /^No\. They cost the same\. .*NOK 53 000/],
    ['Does LEDPRO 2 cost more than LEDPRO 1?', 'en-US', /^No\. They cost the same\. .*NOK 53 000/],
    ['Er LEDPRO 2 dyrere enn LEDPRO 1?', 'nb-NO', /^Nei\. De koster det samme\. .*kr 53 000/],
  ])('"%s": no, the price holds for each part', (q, locale, said) => {
    expect(ask(q, locale).text).toMatch(said);
  });

  it('"er det likt for del 2?" after part 1\'s price: yes, they cost the same', () => {
    expect(chat(['kor mykje kostar ledpro 1?', 'er det likt for del 2?']).text).toMatch(/^Ja\. De koster det samme\. .*kr 53 000/);
    expect(chat(['what does ledpro 1 cost?', 'is part 2 the same price?'], 'en-US').text).toMatch(/^Yes\. They cost the same\./);
  });

  it('"er det dyrere enn semesteravgiften?" after the hotel\'s price sets no parts against each other', () => {
    expect(chat(['ledpro: hva koster hotellet per samling?', 'er det dyrere enn semesteravgiften?']).text).not.toMatch(/koster det samme/);
  });

  it('still compares two costs of one program by their figures', () => {
    expect(ask('Er semesteravgiften dyrere enn hotellet på LEDPRO?').text).toMatch(/^Nei\b.*kr 3 175.*kr 888/);
  });
});

describe('a distance judged', () => {
  it('"Is Brumunddal far from Oslo?" gets the travel times without a yes or no of the bot\'s own', () => {
    for (const [q, locale] of [['Is Brumunddal far from Oslo?', 'en-US'], ['er det en lang reise fra oslo', 'nb-NO']] as const) {
      const a = ask(q, locale);
      expect(a.text).toMatch(/1,5 time|1\.5 hours/);
      expect(a.text).not.toMatch(/^(Ja|Nei|Yes|No)\b/);
    }
  });

  it('still says no to "er det langt fra stasjonen?", which "nær togstasjonen" answers', () => {
    expect(ask('er det langt fra stasjonen?').text).toMatch(/^Nei\. .*nær Brumunddal togstasjon/);
  });
});

describe('a travel time claimed with a bound', () => {
  it.each([
    ['is it more than an hour from the airport?', 'en-US', /^No\b/],
    ['er det mer enn en time fra gardermoen?', 'nb-NO', /^Nei\b/],
    ['is it less than an hour from the airport?', 'en-US', /^No\b/],
    ['tar det over en time fra oslo s?', 'nb-NO', /^Ja\b/],
    ['er det under to timer fra oslo s?', 'nb-NO', /^Ja\b/],
    ['is it within an hour from the airport?', 'en-US', /^Yes\b/],
    ['is it about an hour from the airport?', 'en-US', /^Yes\b/],
    ['is it no more than an hour from the airport?', 'en-US', /^Yes\b/],
    ['er det ikke mer enn to timer fra oslo s?', 'nb-NO', /^Ja\b/],
  ])('"%s" is judged by the stated time against the bound', (q, locale, said) => {
    expect(ask(q, locale).text).toMatch(said);
  });
});
