import { QuestionReader } from '../../src/capabilities/qna/domain/question-reader';
import { CatalogRetriever } from '../../src/capabilities/qna/domain/retrieval';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { qnaChat } from '../support/qna-chat';

/**
 * Words that are right as written are not "repaired" into a word of the catalog: "sending" is not "spending",
 * "employer" not "employee", "pengene" not "poengene". Typos of the catalog's words are still mended.
 */
const reader = new QuestionReader(new CatalogRetriever(loadCatalog(defaultCatalogDir)));
const { ask, chat } = qnaChat();

describe('everyday words left as written', () => {
  it.each([
    ['sending'], ['employer'], ['finding'], ['difference'], ['built'], ['consultancy'], ['professions'], ['headings'],
  ])('keeps the English word "%s"', (word) => {
    expect(reader.prepare(`we are ${word} it`)).toBe(`we are ${word} it`);
  });

  it.each([['pengene'], ['sjansen'], ['innlandet'], ['staben'], ['runde'], ['trakk']])('keeps the Norwegian word "%s"', (word) => {
    expect(reader.prepare(`hva med ${word} da`)).toBe(`hva med ${word} da`);
  });

  // The project's own list of everyday Norwegian forms (everyday-norwegian.ts) keeps these.
  it.each([['sammenligner'], ['staten'], ['seksjonen'], ['leier'], ['ligner'], ['senter'], ['undervist'], ['måtene']])('keeps the Norwegian word "%s" too', (word) => {
    expect(reader.prepare(`hva med ${word} da`)).toBe(`hva med ${word} da`);
  });

  it('a nynorsk form is still read as its bokmål twin', () => {
    expect(reader.prepare('kva med utfordringar då')).toMatch(/utfordringer/);
  });

  it('"hvis vi sammenligner" asks for both sides', () => {
    const a = chat(['Hvor holdes instituttledersamlingene?', 'Og hvis vi sammenligner med LEDPRO, hvor er samlingene der?']);
    expect(a.text).toMatch(/Oppdal/);
    expect(a.text).toMatch(/Brumunddal/);
  });

  it('still mends typos of the catalog\'s words in both languages', () => {
    expect(reader.prepare('when is the next gathring')).toBe('when is the next gathering');
    expect(reader.prepare('how is the assesment done')).toBe('how is the assessment done');
    expect(reader.prepare('hva koster samlnigen')).toMatch(/samlingen/);
    expect(reader.prepare('hvor mange studiepong')).toBe('hvor mange studiepoeng');
  });

  it('mends the misspelt last word of a compound the catalog does not list whole, and leaves right compounds alone', () => {
    expect(reader.prepare('hva er semesteravgfiten')).toBe('hva er semesteravgiften');
    expect(ask('hva er semesteravgfiten på ledpro?').text).toMatch(/888/);
    expect(reader.prepare('når er innleveringsfristen')).toBe('når er innleveringsfristen');
  });
});

describe('answers that the mended words used to lead astray', () => {
  it('answers "a pot of money to apply to, so my employer does not pay it all" with the OU fund', () => {
    const a = ask('Is there a pot of money we could apply to for LEDPRO, so that our employer does not pay everything?', 'en-US');
    expect(a.text).toMatch(/OU fund/);
  });

  it('answers why LEDPRO is about leading across professions with the documents\' reason', () => {
    const a = ask('Why does LEDPRO stress leading across professions?', 'en-US');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/complex/);
  });
});

describe('sums and idioms', () => {
  it('adds the fees and the hotel stays when both are named in the plural ("in total with the fees and the hotel")', () => {
    const a = ask('What does LEDPRO come to in total with the fees and the hotel stays?', 'en-US');
    expect(a.text).toMatch(/NOK 54 776/);
    expect(a.text).toMatch(/Everything together: NOK 73 826/);
  });

  it('reads "in some form" as no claim of its own: the yes/no question is answered', () => {
    const a = ask('Can a manager with no degree take part in LEDPRO in some form?', 'en-US');
    expect(a.text).toMatch(/^Yes\. /);
    expect(a.text).toMatch(/course participants/);
  });
});

describe('how a training is given', () => {
  it('keeps the conversation\'s program for "hvordan er dagen organisert?" (an everyday word names no document)', () => {
    const a = chat(['Hva skjer på den felles opplæringsdagen for alle ledere fakultetsvis?', 'hvordan er dagen organisert?']);
    expect(a.text).toMatch(/plenum/);
    expect(a.text).not.toMatch(/LEDPRO/);
  });

  it('answers "i hvilke former gis opplæringa?" with how it is given, not what it covers', () => {
    const a = chat(['Hva er den lokale grunnopplæringen i instituttlederprogrammet?', 'I hvilke former gis den opplæringa?']);
    expect(a.text).toMatch(/Hvordan opplæringen foregår/);
  });
});

describe('nynorsk verbs of working', () => {
  it('reads "Korleis jobbar ein på LEDPRO?" as how the programme works, not a subject the documents lack', () => {
    const a = ask('Korleis jobbar ein på LEDPRO?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/lederutfordringer i egen arbeidshverdag/);
  });
});

describe('words that are names of built-in members', () => {
  it('"constructor" and "toString" in a message stay words, not code', () => {
    expect(reader.prepare('what is the constructor of the course')).toBe('what is the constructor of the course');
    expect(ask('Hva koster LEDPRO? Spør for en constructor-kollega.').text).not.toMatch(/native code|function/);
  });
});
