import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

describe('a program\'s period, its focus and how its effort is spread', () => {
  it('"how long does it run" of the Head of Department programme is its four-year term, not a gathering\'s length', () => {
    const a = ask('Instituttlederprogrammet – how long does it run for each group of department heads?', 'en-US');
    expect(a.text).toMatch(/4 years at a time/);
    expect(a.text).not.toMatch(/^Pillar 1/);
  });

  it('"like mye … hvert år?" against "størst tyngde de to første årene" is a no', () => {
    const a = chat(['Hvor lenge varer instituttlederprogrammet?', 'like mye opplegg hvert år da?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/to første årene/);
  });

  it('"hva fokuserer programmet på?" is the program\'s own focus, from its overview', () => {
    expect(ask('Hva fokuserer egentlig instituttlederprogrammet på?').text).toMatch(/personallederrollen og den strategiske lederrollen/);
  });

  it('"hva skiller de to?" after two pillars named by number compares those two', () => {
    const a = chat(['Søyle 2 og 4 i instituttlederprogrammet', 'hva skiller de to?']);
    expect(a.text).toMatch(/^Hovedsøyle 2,/);
    expect(a.text).toMatch(/\n\nHovedsøyle 4,/);
  });
});

describe('what a question asks about a price, and guesses after it', () => {
  it('"inkludert i prisen på" asks what the price covers, not the price itself', () => {
    const a = ask('Er litteraturen inkludert i prisen på LEDPRO?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/^Nei\./);
  });

  it('a guess after the question ("hele avgiften?") does not replace it: how much the fund covers is not in the documents', () => {
    const a = ask('Hvor mye dekker OU-fondet av LEDPRO? Hele beløpet?');
    expect(a.kind).toBe('unknown');
  });

  it('whether it is competitive to get in is not in the documents', () => {
    expect(ask('Is it hard to get into LEDPRO, is it competitive?', 'en-US').kind).toBe('unknown');
  });

  it('"the local training" names pillar 4 ("local basic training"), told with how it is run', () => {
    const a = ask('How is the local training for NTNU leaders delivered in practice?', 'en-US');
    expect(a.text).toMatch(/^Pillar 4, local basic training/);
    expect(a.text).toMatch(/one to one/);
  });
});

