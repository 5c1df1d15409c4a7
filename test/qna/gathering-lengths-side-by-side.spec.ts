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

describe('both programs, set as the scene or named as "the two"', () => {
  it('"Hvor ligger samlingene til de to programmene?" after a LEDPRO answer: both documents, not LEDPRO\'s two parts', () => {
    const a = chat(['Hva koster LEDPRO?', 'Hvor ligger samlingene til de to programmene?']);
    expect(a.text).toMatch(/Brumunddal/);
    expect(a.text).toMatch(/Oppdal/);
  });

  it('"Vi ser på begge programmene for en ny avdelingsleder." → "Hvordan blir man tatt opp – søker man, eller blir man valgt ut?": each side, no yes or no', () => {
    const a = chat(['Vi ser på begge programmene for en ny avdelingsleder.', 'Hvordan blir man tatt opp – søker man, eller blir man valgt ut?']);
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
    expect(a.text).toMatch(/nominerer/);
    expect(a.text).not.toMatch(/^(Ja|Nei|Delvis)\b/);
  });
});

describe('"hovudtema" / "hovedtema" as a compound asks the themes', () => {
  it('nynorsk switch: "Og LEDPRO, kva hovudtema har det?" after NTNU\'s training topics is LEDPRO 1\'s four themes', () => {
    const a = chat(['Kva tema har grunnopplæringa for leiarar ved NTNU?', 'Og LEDPRO, kva hovudtema har det?']);
    expect(a.text).toMatch(/Grunnleggende organisasjonsforståelse/);
  });

  it('"tilbake til del 1: hvilke var hovedtemaene igjen?" after part 2\'s tracks is part 1\'s themes, not part 2 again', () => {
    const a = chat(['Hvilke hovedtemaer har LEDPRO del 1?', 'og del 2?', 'tilbake til del 1: hvilket var det siste av hovedtemaene?']);
    expect(a.text).toMatch(/Egen rolle og autoritet/);
    expect(a.text).not.toMatch(/hovedspor/);
  });
});
