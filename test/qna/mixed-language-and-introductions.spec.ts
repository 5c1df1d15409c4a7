import { detectLanguage } from '../../src/shared/i18n';
import { qnaChat } from '../support/qna-chat';

/**
 * Leaders who write English as a second language mix in Norwegian nouns, introduce themselves before they ask, and
 * name their own group in everyday words. Sentences are our own, not the evaluation sets'.
 */
const { ask } = qnaChat();

describe('an English question with Norwegian nouns in it', () => {
  it('is English by its function words, though "økonomisk" and "støtte" carry æ, ø and å', () => {
    expect(detectLanguage('Can people working in kommune get some økonomisk støtte for this study?')).toBe('en');
    expect(detectLanguage('Kan kommuneansatte få økonomisk støtte til studiet?')).toBe('nb');
  });

  it('gets its verdict and the fact in English', () => {
    const a = ask('Can staff working in a kommune get some økonomisk støtte for LEDPRO?', 'en-US');
    expect(a.text).toMatch(/^Yes\. .*Public employees can apply to the OU fund/);
  });

  it('"hjemmeeksamen" and "leveranse" ask the exam\'s hand-in date, which the documents do not give', () => {
    const a = ask('What is the frist for leveranse of the hjemmeeksamen on LEDPRO?', 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/15 December 2023/);
  });
});

describe('municipal employees are public employees', () => {
  it('"Kan kommuneansatte få økonomisk støtte?": ja, offentlig ansatte kan søke OU-fondet', () => {
    expect(ask('Kan kommuneansatte få økonomisk støtte til LEDPRO?').text).toMatch(/^Ja\. .*Offentlig ansatte kan søke OU-fondet/);
  });

  it('"municipal employees" in English: yes', () => {
    expect(ask('Can municipal employees get financial support for LEDPRO?', 'en-US').text).toMatch(/^Yes\. /);
  });
});

describe('introducing oneself beside a greeting', () => {
  it('"Hi! I am new here, from Chile. Who are you …?" is small talk, never a refusal', () => {
    const a = ask('Hello hello! I am new here, from Chile. Who are you and what can you help me with?', 'en-US');
    expect(a.kind).toBe('smalltalk');
    expect(a.text).toMatch(/leadership programmes/);
  });

  it('"Hei, jeg heter Per og er ny her. Hva kan du hjelpe meg med?" is small talk in bokmål', () => {
    const a = ask('Hei, jeg heter Per og er ny her. Hva kan du hjelpe meg med?');
    expect(a.kind).toBe('smalltalk');
    expect(a.text).toMatch(/lederprogrammene/);
  });

  it('a question beside the introduction is still answered', () => {
    const a = ask('I am new here. What does LEDPRO cost?', 'en-US');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/53 000/);
  });
});

describe('a statement put to be confirmed with ", yes?"', () => {
  it('"… only takes about an hour from Oslo S, yes?" is a claim checked: no, the hour is from the airport', () => {
    const a = ask('The train from Oslo S to Brumunddal takes only about an hour, yes?', 'en-US');
    expect(a.text).toMatch(/^No\. /);
  });

  it('"LEDPRO koster 53 000, ja?" is confirmed', () => {
    expect(ask('LEDPRO koster 53 000, ja?').text).toMatch(/^Ja\. /);
  });
});

describe('a web page asked for, where', () => {
  it('"… there is a web page to read about part 1 again. Where I find that?": the program\'s web page, not the hotel\'s', () => {
    const a = ask('I did LEDPRO part 1 in 2018 and now take part 2. My notes are gone. A colleague say there is a web page where you read again about part 1. Where I find that?', 'en-US');
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
    expect(a.text).not.toMatch(/frich\.no/);
  });

  it('"Hvor finner jeg nettsiden til LEDPRO?"', () => {
    expect(ask('Hvor finner jeg nettsiden til LEDPRO?').text).toMatch(/inn\.no\/ledpro1/);
  });
});

describe('"those gatherings" after a sentence that named their kind', () => {
  it('"… the head-of-department gatherings. … What is the format of those gatherings, how long are they …?": pillar 1, not LEDPRO', () => {
    const a = ask('I was told to join the head-of-department gatherings. I hate sitting still for days. What is the format of those gatherings, how long are they, and do we discuss our own problems?', 'en-US');
    expect(a.text).toMatch(/Pillar 1, Head of Department gatherings/);
    expect(a.text).toMatch(/2-day gatherings/);
    expect(a.text).not.toMatch(/Wood Hotel/);
  });
});
