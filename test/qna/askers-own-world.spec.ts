import { qnaChat } from '../support/qna-chat';

/** Readings met in session 45's sets: the asker's own workplace and education, a program named again after another,
 * online attendance and the price of what the documents leave out. Sentences are our own. */
const { chat } = qnaChat();

describe('the asker\'s workplace is no subject of the answer', () => {
  it('"Jeg er kokk på et hotell. Kan jeg søke LEDPRO?" is answered with whom LEDPRO is for, not its hotel', () => {
    const a = chat(['Jeg er kokk på et hotell. Kan jeg søke LEDPRO?']);
    expect(a.text).toMatch(/Målgruppen/);
    expect(a.text).not.toMatch(/Wood Hotel/);
  });

  it('in English, a receptionist at a hotel asking whether they may apply', () => {
    const a = chat(['I work in the reception of a hotel. Could I apply to LEDPRO?'], 'en');
    expect(a.text).toMatch(/target group/i);
    expect(a.text).not.toMatch(/Wood Hotel/);
  });
});

describe('"closed for me" / "stengt for meg" after an education told', () => {
  it('English: the admission rules answer it, with the way in as a course participant', () => {
    const a = chat(['I only have a trade certificate (fagbrev), no degree. Is LEDPRO closed for me then?'], 'en');
    expect(a.text).toMatch(/course participant/);
    expect(a.text).not.toMatch(/^Yes\b/);
  });

  it('bokmål: "Er LEDPRO stengt for meg da?" after "bare fagbrev"', () => {
    const a = chat(['Jeg har bare fagbrev. Er LEDPRO stengt for meg da?']);
    expect(a.text).toMatch(/kursdeltaker/);
    expect(a.text).not.toMatch(/^Ja\b/);
  });
});

describe('a program named before the dash is what "its" points to', () => {
  it('"back to NTNU\'s head of department programme – what\'s its main focus?" after LEDPRO 2\'s tracks', () => {
    const a = chat(['Which main tracks does LEDPRO part 2 have?', 'ok, back to the NTNU head of department programme – what is its main focus?'], 'en');
    expect(a.text).toMatch(/people-management|strategic/);
    expect(a.text).not.toMatch(/main tracks/);
  });
});

describe('taking part online, and the price of what the documents leave out', () => {
  it('"on Zoom or Teams" is online attendance, which the documents do not cover', () => {
    const a = chat(['If I can\'t travel to one of the LEDPRO gatherings, may I follow it on Teams or Zoom instead?'], 'en');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/railway|train/);
  });

  it('"one time" in English claims no hour', () => {
    const a = chat(['Could I attend a LEDPRO gathering over Teams one time if I am ill?'], 'en');
    expect(a.kind).toBe('unknown');
  });

  it('"… parking at the hotel? and is it free?": the price of the parking is not the fee', () => {
    const a = chat(['Can we park at Wood Hotel when we drive there? And is it free?'], 'en');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/53[ ,.]?000/);
  });

  it('"Hva koster det?" after an unanswered question stays unanswered', () => {
    const a = chat(['Er det parkering ved hotellet i Brumunddal?', 'Hva koster det?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/53[ ,.]?000|3[ ,.]?175/);
  });
});
