import { qnaChat } from '../support/qna-chat';

/** Readings met in session 46's review of the weakest class (comparisons in a conversation). Sentences are our own. */
const { chat } = qnaChat();

describe('"compared with that": the side the conversation just answered keeps that answer', () => {
  it('NTNU\'s base groups, then LEDPRO\'s group work "sammenlignet med det": the NTNU side is the pillar just told', () => {
    const first = chat(['Bruker instituttledersamlingene på NTNU basisgrupper?']);
    expect(first.text).toMatch(/basisgrupper/);
    const a = chat(['Bruker instituttledersamlingene på NTNU basisgrupper?', 'Hvordan er gruppearbeidet på LEDPRO sammenlignet med det?']);
    expect(a.text).toMatch(/^Instituttlederprogrammet[^\n]*basisgrupper/);
    expect(a.text).toMatch(/LEDPRO/);
    // Not the other pillar that the words of the LEDPRO side ("gruppearbeid") would have found.
    expect(a.text).not.toMatch(/Hovedsøyle 3/);
  });

  it('English: "how does that compare with …" keeps the NTNU side the conversation talked about', () => {
    const first = chat(['Do the head of department gatherings at NTNU use base groups?'], 'en');
    expect(first.text).toMatch(/base groups/);
    const a = chat(['Do the head of department gatherings at NTNU use base groups?', 'And how does that compare with the group work in LEDPRO?'], 'en');
    expect(a.text).toMatch(/base groups/);
    expect(a.text).toMatch(/LEDPRO/);
  });

  it('a side the question names itself is asked again in its words, not kept ("del 2 sammenlignet med del 1")', () => {
    const a = chat(['Hva handler LEDPRO del 1 om?', 'Hva er nytt i del 2 sammenlignet med del 1?']);
    expect(a.text).toMatch(/LEDPRO 2/);
  });
});
