import { qnaChat } from '../support/qna-chat';

/** Readings met in session 55's look at the dev sets: an address that is a web or e-mail address is no street
 * address the documents lack. Sentences are our own. */
const { ask } = qnaChat();

describe('a web or e-mail address is not a street address', () => {
  it('"the web adress for signing up to LEDPRO" gives the pages, with no word of a street address', () => {
    const a = ask('need the web adress where i sign up for ledpro 2', 'en-US');
    expect(a.text).toMatch(/inn\.no\/ledpro2/);
    expect(a.text).not.toMatch(/street address/);
  });

  it('"web adresse" in bokmål the same', () => {
    const a = ask('Hvilken web adresse søker man LEDPRO del 1 på?');
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
    expect(a.text).not.toMatch(/Gateadressen/);
  });

  it('"her emial adress" (a slip) asks for the project manager\'s e-mail', () => {
    const a = ask('whos running ledpro in practice, i need her emial adress', 'en-US');
    expect(a.text).toMatch(/kristin\.larsen@inn\.no/);
    expect(a.text).not.toMatch(/street address/);
  });

  it('the hotel\'s address is still one the document lacks, said first, with the hotel it names', () => {
    const a = ask('Hvilken adresse har hotellet der LEDPRO-samlingene er?');
    expect(a.text).toMatch(/^Gateadressen er ikke oppgitt/);
    expect(a.text).toMatch(/Wood Hotel i Brumunddal/);
  });
});
