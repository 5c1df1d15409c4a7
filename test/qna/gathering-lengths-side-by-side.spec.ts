import { qnaChat } from '../support/qna-chat';

/** Readings met in session 48's dev sets: gathering lengths asked of a side, and set against the other side. Sentences are our own. */
const { ask, chat } = qnaChat();

describe('the gatherings named with a word between ("the LEDPRO gatherings")', () => {
  it('"How long are the LEDPRO gatherings?" is one gathering\'s length, not the overview of the programme', () => {
    const a = ask('How long are the LEDPRO gatherings?', 'en-US');
    expect(a.text).toMatch(/^The gatherings of LEDPRO 1 and LEDPRO 2 last 2 days per gathering/);
  });

  it('"Hvor lange er instituttledersamlingene?" (a compound) is pillar 1\'s 2-day gatherings', () => {
    const a = ask('Hvor lange er instituttledersamlingene?');
    expect(a.text).toMatch(/2-dagers samlinger/);
  });
});

describe('a length set against the other side', () => {
  it('"How does that stack up against the LEDPRO gatherings?" after pillar 1\'s length: both sides, measured', () => {
    const a = chat(['How long does each head of department gathering last?', 'How does that stack up against the LEDPRO gatherings?'], 'en-US');
    expect(a.text).toMatch(/^Both are the same length: LEDPRO 2 days each \(12 days in 6 gatherings\), .* 2 days\./);
    expect(a.text).toMatch(/Pillar 1/);
  });

  it('"Og LEDPRO-samlingene – er de like lange?" keeps the NTNU side the last answer gave, and says yes', () => {
    const a = chat(['Hvor lange er instituttledersamlingene på NTNU?', 'Og LEDPRO-samlingene – er de like lange?']);
    expect(a.text).toMatch(/^Ja\. Begge er like lange: .*2 dager/);
    expect(a.text).toMatch(/Hovedsøyle 1/);
    expect(a.text).not.toMatch(/åremålsperioden/);
  });

  it('"measures up to" is a comparison too (English, other wording)', () => {
    const a = chat(['How long is a LEDPRO gathering?', 'How does the NTNU head of department gathering measure up to that?'], 'en-US');
    expect(a.text).toMatch(/same length|longer|shorter/);
  });
});
