import { qnaChat } from '../support/qna-chat';

/** Readings met in session 47's fresh dev sets (week numbers, spans of days, office shorthand). Sentences are our own. */
const { ask } = qnaChat();

describe('a week number or a span of days against the gatherings', () => {
  it('"uke 14" is Monday 1 to Sunday 7 April 2024, which holds gathering 2', () => {
    const a = ask('Jeg har permisjon i uke 14. Krasjer det med LEDPRO?');
    expect(a.text).toMatch(/^Ja, i uke 14 \(1\.–7\. april\)/);
    expect(a.text).toMatch(/Samling 2: 4\.–5\. april 2024/);
  });

  it('English: week 33 (12 to 18 August 2024) holds no gathering, and the gatherings are listed', () => {
    const a = ask('We have a conference in week 33. Does it clash with a LEDPRO gathering?', 'en-US');
    expect(a.text).toMatch(/^No, there is no gathering of LEDPRO 1 and LEDPRO 2 in week 33 \(12–18 August\)/);
    expect(a.text).toMatch(/Gathering 5: 28–29 August 2024/);
  });

  it('a range of days in one month ("3.–5. april") is every day of it, not its last day', () => {
    const a = ask('Vi har kurs 3.–5. april. Kolliderer det med en samling i LEDPRO?');
    expect(a.text).toMatch(/^Ja, i perioden 3\.–5\. april/);
    expect(a.text).toMatch(/Samling 2/);
  });

  it('a span over months ("fra 20. mars til 10. april") holds the gathering inside it', () => {
    const a = ask('Jeg er i foreldrepermisjon fra 20. mars til 10. april. Kolliderer det med LEDPRO-samlingene?');
    expect(a.text).toMatch(/^Ja, i perioden 20\. mars–10\. april/);
    expect(a.text).toMatch(/Samling 2: 4\.–5\. april 2024/);
    expect(a.text).not.toMatch(/Samling 3/);
  });

  it('two days named with "og" are not a span; "mellom … og …" is', () => {
    expect(ask('Jeg er borte 15. mai og 20. juni. Kolliderer det med LEDPRO?').text).not.toMatch(/i perioden/);
    const a = ask('Jeg er borte mellom 1. mai og 10. juni. Kolliderer det med LEDPRO?');
    expect(a.text).toMatch(/^Ja, i perioden 1\. mai–10\. juni/);
  });

  it('English: "from July 1 to August 20" holds none', () => {
    const a = ask('I am travelling from July 1 to August 20. Does that collide with any LEDPRO gathering?', 'en-US');
    expect(a.text).toMatch(/^No, there is no gathering of LEDPRO 1 and LEDPRO 2 between 1 July and 20 August/);
  });
});

describe('office shorthand and a doubled letter', () => {
  it('"pr. deltaker" does not end the sentence: the fee and both semester fees are summed', () => {
    const a = ask('Hva blir deltakeravgift + semesteravgift totalt pr. deltaker for LEDPRO 2?');
    expect(a.text).toMatch(/54 776/);
  });

  it('"ca." before the question is not a sentence of its own (a guard: read right before)', () => {
    const a = ask('Hvor mye blir kost og losji ca. for alle samlingene i LEDPRO 1?');
    expect(a.text).toMatch(/19 050/);
  });

  it('a key held too long ("kostarr") is read as the word', () => {
    const a = ask('hvor mye kostarr LEDPRO 2');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/53 000/);
  });
});

describe('days left, and a calendar that is only context', () => {
  it('English: "how many days are left from today until …" counts the days', () => {
    const a = ask('How many days are left from today until the first LEDPRO gathering?', 'en-US');
    expect(a.text).toMatch(/^There are 36 days until gathering 1/);
  });

  it('"vakt på noen av datoene; kan jeg delta via Teams?" is an honest unknown, not a "Nei" and the dates', () => {
    const a = ask('Jeg har vakt på noen av LEDPRO-datoene. Kan jeg delta på en samling via Teams i stedet?');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/^Nei\b/);
    expect(a.text).not.toMatch(/Samling 1/);
  });

  it('English: the same, remotely via Zoom (a guard: this wording was already an unknown)', () => {
    const a = ask('Some of the LEDPRO dates clash with my night shifts. Could I attend those gatherings remotely via Zoom?', 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/Gathering 1/);
  });
});

describe('small talk wrapped in thanks', () => {
  it('"du reddet meg …! Hva er det du kan hjelpe oss med?" tells what the bot does, with no program fact', () => {
    const a = ask('Hei igjen, du reddet meg forrige uke! Hva er det du kan hjelpe oss med?');
    expect(a.kind).toBe('smalltalk');
    expect(a.text).toMatch(/^Jeg svarer på spørsmål om lederprogrammene/);
  });

  it('English: "what is it you can help us with?"', () => {
    const a = ask('Thanks again, you saved my day! What is it you can help us with?', 'en-US');
    expect(a.kind).toBe('smalltalk');
    expect(a.text).toMatch(/^I answer questions about the leadership programmes/);
  });
});
