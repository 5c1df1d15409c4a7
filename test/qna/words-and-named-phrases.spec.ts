import { qnaChat } from '../support/qna-chat';

/** Words that mislead the reader, and phrases a fact is named by. Sentences are our own. */
const { chat } = qnaChat();

describe('Norwegian "travel" is busy, not a journey', () => {
  it('"Kva er nytt i del 2 av LEDPRO, forklart for ein travel leiar?" gets no travel directions', () => {
    const a = chat(['Kva er nytt i del 2 av LEDPRO, forklart for ein travel leiar?']);
    expect(a.text).not.toMatch(/togstasjon|Oslo S/);
  });

  it('"Jeg har en travel hverdag. Hvor mange samlinger har LEDPRO?" counts the gatherings', () => {
    const a = chat(['Jeg har en travel hverdag. Hvor mange samlinger har LEDPRO?']);
    expect(a.text).toMatch(/6 samlinger/);
    expect(a.text).not.toMatch(/togstasjon/);
  });
});

describe('nynorsk that only "vert" and "særleg" mark', () => {
  it('"Vert analysen lagd særleg vekt på i LEDPRO 2?": yes, the fourth track', () => {
    const a = chat(['Vert analysen lagd særleg vekt på i LEDPRO 2?']);
    expect(a.text).toMatch(/^Ja\./);
    expect(a.text).toMatch(/Analyse blir særlig vektlagt/);
  });
});

describe('counts and named phrases', () => {
  it('"how many hovedsøyler (main pilars) has the programme for heads of department got?": four main pillars', () => {
    const a = chat(['how many hovedsøyler (main pilars) has the programme for heads of department got?'], 'en-US');
    expect(a.text).toMatch(/four main pillars/);
  });

  it('"Hva er lærende ledelse i del 2?": the fact about learning leadership, not the page\'s overview', () => {
    const a = chat(['Hva er lærende ledelse i del 2?']);
    expect(a.text).toMatch(/^I del 2 blir lærende ledelse et faglig hovedperspektiv/);
  });

  it('"krangling og dårlig stemning i arbeidsmiljøet" is the conflict handling NTNU\'s training takes up', () => {
    const a = chat(['Har NTNU-opplegget noe om hvordan man takler krangling og dårlig stemning i arbeidsmiljøet?']);
    expect(a.text).toMatch(/konfliktforebygging/);
  });
});
