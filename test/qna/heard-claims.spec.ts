import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

describe('claims heard elsewhere and premises given as reasons', () => {
  it('checks a figure the asker heard ("Jeg hørte at …", "A colleague told me …") and corrects it', () => {
    expect(ask('Jeg har hørt at hotellprisen på 3175 kr er per natt.').text).toMatch(/^Nei\. .*kr 3 175 per samling/);
    expect(ask('My manager told me LEDPRO part 1 only gives 15 credits.', 'en-US').text).toMatch(/^No\. .*30 credits/);
  });

  it('a month claimed for something the documents give no time of year for is neither confirmed nor denied', () => {
    const a = chat(['Jeg er instituttleder på NTNU.', 'Er Lerkendalsamlingen i mars? Det er det jeg har hørt.']);
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/^Dokumentet sier ikke når det er\./);
    expect(a.text).not.toMatch(/^(Ja|Nei)\b/);
    // A month the answer does hold is still checked.
    expect(chat(['Når er første samling på LEDPRO?', 'så den siste er i november?']).text).toMatch(/^Nei\. .*7\.–8\. oktober/);
  });

  it('an amount claimed for a sub-fact (the night before) holds only when that sub-fact costs it, not the board beside it', () => {
    const a = chat(['We are budgeting the LEDPRO hotel.', 'What does a night before a gathering add? A colleague said another 3175, is that correct?'], 'en-US');
    expect(a.text).toMatch(/^No\. /);
    expect(a.text).toMatch(/1 375/);
    expect(ask('Tilknytningsdøgnet på LEDPRO koster vel 1375?').text).toMatch(/^Ja\. /);
  });

  it('after the hotel price, "so 3175 is for the whole year, all six?" corrects it with the price per gathering and the sum', () => {
    const a = chat(['Hvor mye koster hotelloppholdet på LEDPRO-samlingene?', 'Ok, så 3175 er for hele året da, for alle seks samlingene?']);
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/er kr 3 175 per samling; for alle 6 samlingene blir det 6 × kr 3 175 = kr 19 050/);
  });

  it('"samme lenke for del 2?" against one address per part: no, with both addresses', () => {
    const a = chat(['Hvilken nettside søker man LEDPRO del 1 fra?', 'Og for del 2 – samme nettside?']);
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/inn\.no\/ledpro2/);
  });

  it('a deadline claimed "just before the first gathering" is checked as the deadline, not the gathering\'s date', () => {
    const a = ask('Søknadsfristen for LEDPRO er vel 20. januar, like før første samling?');
    expect(a.text).toMatch(/^Nei\. .*15\. desember 2023/);
    expect(a.text).not.toMatch(/Samling 1/);
  });

  it('"I heard …?" without "that" or a figure is still a claim to confirm or correct', () => {
    const a = ask('I was told the faculties at NTNU do not choose who takes part in the leader development programmes, leaders just sign up on their own?', 'en-US');
    expect(a.text).toMatch(/^No\. .*faculties nominate/);
  });

  it('a sum claimed for the hotel is checked against the stay\'s price, not the fee or the length', () => {
    const a = chat(['Vi ser på LEDPRO.', 'Så to dager på samling blir 6350 kr i hotell?']);
    expect(a.text).toMatch(/^Nei\. .*kr 3 175 per samling/);
    expect(a.text).not.toMatch(/53 000/);
  });

  it('a premise with a figure written with a thousands comma is still checked ("Since the 53,000 fee covers …")', () => {
    const a = ask('Since the 53,000 LEDPRO fee includes the hotel, we just budget for travel, right?', 'en-US');
    expect(a.text).toMatch(/^No, that is not right\./);
    expect(a.text).toMatch(/come in addition/);
  });

  it('"when is it due?" after the exam asks a date the documents do not give, not the gatherings\' dates', () => {
    const a = chat(['Et spørsmål om hjemmeeksamen på LEDPRO.', 'Når skal den leveres?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/15\.–16\. februar/);
  });

  it('"Is that the case?" after a message that reported a claim checks that claim', () => {
    const a = chat(['My colleague wondered whether the NTNU Head of Department programme is only for heads of department.', 'Is that the case, or do other leaders take part?'], 'en-US');
    expect(a.text).toMatch(/^No\. .*head of office/);
    expect(chat(['Kollegaen min sa at LEDPRO 1 gir 15 studiepoeng.', 'Stemmer det?']).text).toMatch(/^Nei\. .*30 studiepoeng/s);
  });

  it('handing the exam in together is submitting it in a group: yes', () => {
    expect(chat(['A question on the LEDPRO exam.', 'Can two of us hand it in together?'], 'en-US').text).toMatch(/^Yes\. .*submitted in a group/s);
  });

  it('a premise said with a hedge ("… hvis jeg har skjønt det riktig – …") is checked before the question is answered', () => {
    const a = chat(['Er LEDPRO på masternivå?', 'Og del 1 gir 10 studiepoeng hvis jeg har forstått det riktig – hva med del 2?']);
    expect(a.text).toMatch(/^Nei, det stemmer ikke\. .*30 studiepoeng/);
    expect(a.text).toMatch(/LEDPRO del 2 gir også 30 studiepoeng/);
  });

  it('a price claimed as "40k all-inclusive" is corrected with the fee and what comes on top; "én dag hver" about a pillar by its title is checked on that pillar', () => {
    const price = ask('LEDPRO costs about 40k all-inclusive, doesn\'t it?', 'en-US');
    expect(price.text).toMatch(/^No\. .*NOK 53 000/);
    expect(price.text).toMatch(/come in addition/);
    expect(ask('Instituttledersamlingene varer vel bare én dag hver?').text).toMatch(/^Nei\. Hovedsøyle 1, Instituttledersamlinger[^]*2-dagers samlinger/);
    expect(ask('Instituttleiarsamlingane varer vel berre éin dag kvar?').text).toMatch(/^Nei\. Hovedsøyle 1/);
  });

  it('"rundt 2000" is a sum, not a year; "de holdes på Hamar, ikke sant?" is a claim about the place', () => {
    expect(chat(['Hva koster kost og losji på LEDPRO?', 'og tilknytningsdøgnet koster vel rundt 2000?']).text).toMatch(/^Nei\. .*kr 1 375/);
    expect(chat(['Jeg skal ta fri for LEDPRO-samlingene.', 'de holdes på Lillehammer, ikke sant?']).text).toMatch(/^Nei\. .*Wood Hotel i Brumunddal/);
  });

  it('"frokost til frokost" about the stay is corrected by the meals the fact names; breakfast alone is still not in the documents', () => {
    expect(chat(['Hva koster oppholdet per samling på LEDPRO?', 'så det er fra frokost til frokost?']).text).toMatch(/^Nei\. .*lunsj til lunsj/);
    expect(ask('Is breakfast included at the LEDPRO hotel?', 'en-US').kind).toBe('unknown');
  });

  it('"med i deltakeravgifta?" asks what the fee includes: the stay comes in addition', () => {
    expect(chat(['Eg lurer på kostnadene på LEDPRO.', 'er hotellopphaldet med i deltakaravgifta?']).text).toMatch(/^Nei\. /);
  });
});

describe('a travel time claimed from a named place', () => {
  it.each([
    ['Is it an hour by train from Oslo S to the LEDPRO hotel?', 'en-US', /^No\. /],
    ['So from the airport it is roughly an hour on the train to the LEDPRO hotel?', 'en-US', /^Yes\. /],
    ['Tar det halvannen time med tog fra Oslo S til LEDPRO-hotellet?', 'nb-NO', /^Ja\. /],
    ['Tar toget fra Gardermoen til LEDPRO-hotellet to timer?', 'nb-NO', /^Nei\. /],
  ])('"%s" is checked against the time from that place', (q, locale, verdict) => {
    expect(ask(q, locale).text).toMatch(verdict);
  });
});

describe('a meal asked as part of the stay', () => {
  it('"Er middagen med i hotellprisen?" against "lunsj til lunsj inkludert middag": yes; of the fee, still no', () => {
    expect(ask('Er middagen med i prisen for hotelloppholdet på LEDPRO?').text).toMatch(/^Ja\. /);
    expect(ask('Er middagen på samlingene inkludert i deltakeravgiften på LEDPRO?').text).toMatch(/^Nei\. /);
  });
});
