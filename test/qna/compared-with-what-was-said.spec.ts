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

describe('the way in, set side by side', () => {
  it('"getting into LEDPRO" is the way in (the requirements and how one applies, with its deadline), beside NTNU\'s nomination', () => {
    const a = chat(['How are people chosen for NTNU\'s leader programmes?', 'And how does that compare with getting into LEDPRO?'], 'en');
    expect(a.text).toMatch(/nominate/);
    expect(a.text).toMatch(/15 December 2023/);
  });

  it('"Hvordan får man plass i hver?" after a message naming both: each program\'s way in', () => {
    const a = chat(['Vi ser på både LEDPRO og lederprogrammene til NTNU.', 'Hvordan får man plass i hver?']);
    expect(a.text).toMatch(/nominerer/);
    expect(a.text).toMatch(/15\. desember 2023/);
  });

  it('"each" before a noun is no "each of the two": "cost for each gathering" is the stay, the one price given per gathering', () => {
    const a = chat(['Vi ser på både LEDPRO og lederprogrammene til NTNU.', 'What does LEDPRO cost for each gathering?'], 'en');
    expect(a.text).toMatch(/3[ ,]175/);
    expect(a.text).not.toMatch(/nominate/);
  });
});
