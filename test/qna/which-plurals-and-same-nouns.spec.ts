import { qnaChat } from '../support/qna-chat';

/** Readings met in session 54's look at the dev sets: "hva"/"kva for" before a plural noun, and a definite noun
 * that points back at the same noun described in the sentence before. Sentences are our own. */
const { chat } = qnaChat();

describe('"hva" or "kva for" before a plural noun asks "which"', () => {
  it('"Hva arenaer har NTNU for instituttlederne?" names the arenas, not who the programme is for', () => {
    const a = chat(['Hva arenaer har NTNU for instituttlederne?']);
    expect(a.text).toMatch(/Oppdal/);
    expect(a.text).toMatch(/Lerkendal/);
  });

  it('in nynorsk, after another programme: "kva for arenaer har instituttleiarane der?"', () => {
    const a = chat(['Kor mykje kostar LEDPRO?', 'Ok. Til NTNU no: kva for arenaer har instituttleiarane der?']);
    expect(a.text).toMatch(/Oppdal/);
    expect(a.text).not.toMatch(/53 000/);
  });
});

describe('"den samlingen" after a sentence that described it', () => {
  it('the rector\'s gathering told of before is the one whose purpose is asked', () => {
    const a = chat(['Prodekanen var nettopp på den årlige samlingen rektor holder med dekanene. Hva er vitsen med den samlingen?']);
    expect(a.text).toMatch(/rektors ledersamling/);
    expect(a.text).toMatch(/beslutningsdyktig/);
  });
});
