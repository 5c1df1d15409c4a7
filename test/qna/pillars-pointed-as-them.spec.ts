import { qnaChat } from '../support/qna-chat';

/** Readings met in session 49's dev sets: two pillars named, then asked of as "dem" / "each other". Sentences are our own. */
const { chat } = qnaChat();

describe('two pillars named, then "dem"', () => {
  it('"Sett dem opp mot hverandre" after a message on pillars 2 and 4: both pillars, not the program overview', () => {
    const a = chat(['Jeg vil forstå hva som skiller søyle 2 og søyle 4 i instituttlederprogrammet.', 'Kan du sette dem opp mot hverandre?']);
    expect(a.text).toMatch(/^Hovedsøyle 2, /);
    expect(a.text).toMatch(/\n\nHovedsøyle 4, /);
    expect(a.text).not.toMatch(/åremålsperioden, 4 år om gangen/);
  });

  it('"forskjellen på dem i tid" after a claim naming two pillars by title: their lengths side by side', () => {
    const a = chat(['Instituttlederprogrammet har både instituttledersamlinger og felles opplæring fakultetsvis, ikke sant?', 'Hva er forskjellen på dem i tid?']);
    expect(a.text).toMatch(/2-dagers samlinger/);
    expect(a.text).toMatch(/Heldagssamlinger/);
  });

  it('English: "how do they differ from each other" after pillars 1 and 3', () => {
    const a = chat(['We are looking at pillar 1 and pillar 3 of the NTNU head of department programme.', 'How do they differ from each other?'], 'en-US');
    expect(a.text).toMatch(/^Pillar 1, /);
    expect(a.text).toMatch(/\n\nPillar 3, /);
  });
});

describe('two pillars weighed by length', () => {
  it('"Er samlingene i søyle 3 like lange som instituttledersamlingene?": no, with both lengths in words', () => {
    const a = chat(['Er samlingene i søyle 3 like lange som instituttledersamlingene?']);
    expect(a.text).toMatch(/^Nei\. Hovedsøyle 3 \(heldag\) er kortere enn hovedsøyle 1 \(2 dager\)\./);
  });

  it('a follow-up naming the other pillar by number after one pillar\'s length: no "Ja" for pillar 3 alone', () => {
    const a = chat(['Hvor mange dager varer samlingene i søyle 1?', 'Og samlingene i søyle 3, er de like lange?']);
    expect(a.text).toMatch(/^Nei\. Hovedsøyle 3 \(heldag\) er kortere enn hovedsøyle 1 \(2 dager\)\./);
    expect(a.text).toMatch(/Heldagssamlinger/);
  });

  it('English: "Which runs longer, pillar 1 or pillar 3?"', () => {
    const a = chat(['Which runs longer, the gatherings of pillar 1 or those of pillar 3?'], 'en-US');
    expect(a.text).toMatch(/^Pillar 1 \(2 days\) is longer than pillar 3 \(full-day\)\./);
  });
});

describe('which of two pillars, and a pillar that is not there', () => {
  it('"Hvilken av dem …?" after a question on pillars 1 and 2: both pillars, not a neighbouring fact', () => {
    const a = chat(['Søyle 1 og søyle 2 ligner på hverandre. Hva skiller dem?', 'Hvilken av dem handler mest om ledergruppa?']);
    expect(a.text).toMatch(/^Hovedsøyle 1, /);
    expect(a.text).toMatch(/\n\nHovedsøyle 2, /);
  });

  it('"pillar 6 is the mentor programme, right?": no, there are four pillars', () => {
    const a = chat(["How many pillars does NTNU's head of department programme have?", 'And pillar 6 is the mentoring one, right?'], 'en-US');
    expect(a.text).toMatch(/^No\. There are 4 main pillars, no pillar 6\. The programme has four main pillars: 1\) /);
  });

  it('bokmål, without a yes/no: "Hva er søyle 5?"', () => {
    const a = chat(['Hva går søyle 5 i instituttlederprogrammet ut på?']);
    expect(a.text).toMatch(/^Det er 4 hovedsøyler, ingen søyle 5\. /);
  });
});

describe('a pillar named by number before the question', () => {
  it('"…, det vil si søyle 4. … Hvordan er den opplæringen lagt opp?": pillar 4, not the general "how the training works"', () => {
    const a = chat(['Jeg er ny seksjonsleder og skal få lokal opplæring, det vil si søyle 4 i instituttlederprogrammet. Kollegaene mine har vært på mye annet. Hvordan er den opplæringen lagt opp?']);
    expect(a.text).toMatch(/^Hovedsøyle 4, lokal grunnopplæring/);
  });
});

describe('a pillar named by its title, asked whether it is for the asker', () => {
  it('"Gjelder den lokale grunnopplæringen meg også, selv om jeg begynte i 2023?": pillar 4, not the 2021 timeline', () => {
    const a = chat(['Jeg begynte som instituttleder midt i perioden.', 'Gjelder den lokale grunnopplæringen meg også, selv om jeg begynte i 2023?']);
    expect(a.text).toMatch(/^Ja\. Hovedsøyle 4, lokal grunnopplæring/);
  });
});

describe('what a program stands on', () => {
  it('"Hvilke ben står instituttlederprogrammet på?": its four pillars', () => {
    const a = chat(['Hvilke ben står instituttlederprogrammet på?']);
    expect(a.text).toMatch(/^Det er fire hovedsøyler i programmet: 1\) /);
  });
});
