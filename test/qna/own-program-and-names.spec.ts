import { answerQuestion } from '../../src/capabilities/qna/use-cases/answer-question';
import { ManualClock } from '../../src/shared/clock';
import { shippedComposer } from '../support/qa-runner';
import { qnaChat } from '../support/qna-chat';

/**
 * "Ours": a leader who told where they work means that provider's programs by "vårt eget lederprogram", "ours",
 * "hos oss". And English program names that start with "The" are written "the …" inside a sentence. Sentences are
 * our own, not the evaluation sets'.
 */
const { chat } = qnaChat();

describe('"ours" after the asker told where they work', () => {
  it('"Gir vårt eget lederprogram studiepoeng?" after LEDPRO\'s credits, from an NTNU leader: NTNU\'s, which the documents do not give', () => {
    const a = chat(['Jeg er kontorsjef ved et institutt på NTNU. LEDPRO gir visst 30 studiepoeng.', 'Gir vårt eget lederprogram studiepoeng også?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/NTNUs lederutvikling/);
    expect(a.text).not.toMatch(/30 studiepoeng/);
  });

  it('"and what\'s ours per head?" after LEDPRO\'s fee and the institute leader programme: that programme, no fee given', () => {
    const a = chat(['I am a head of department at NTNU. LEDPRO costs 53,000, and I must estimate what the institute leader programme costs us.', 'So what is ours per participant?'], 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/^The programme documents for the Head of Department programme 2021-2025 do not say/);
  });

  it('"ours" from someone who told no employer stays with the conversation', () => {
    const a = chat(['LEDPRO costs 53,000 per part, right?', 'And what does ours cost?'], 'en-US');
    expect(a.text).toMatch(/53 000/);
  });

  it('a message that names another program beside "vårt eget" compares the two, as before', () => {
    const a = chat(['Jeg er instituttleder ved NTNU. Hvor lenge varer instituttlederprogrammet?', 'Hvordan er tidsrammen på LEDPRO sammenlignet med vårt eget?']);
    expect(a.text).toMatch(/LEDPRO/);
    expect(a.text).toMatch(/Instituttlederprogrammet|4 år/);
  });
});

describe('English program names inside a sentence', () => {
  it('the refusal names "the Head of Department programme", never "for The Head of …"', () => {
    const { ask } = qnaChat();
    const a = ask('What does the Head of Department programme cost per participant?', 'en-US');
    expect(a.text).toMatch(/documents for the Head of Department programme/);
    expect(a.text).not.toMatch(/[a-z,] The Head of Department/);
  });

  it('follow-up buttons name it inside the question, without the years', () => {
    const r = answerQuestion({ text: 'What are the pillars of the Head of Department programme?', locale: 'en-US', state: undefined }, { composer: shippedComposer(), clock: new ManualClock('2024-01-10T09:00:00Z') });
    const titles = r.answer.followUps.map((f) => f.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).not.toMatch(/[a-z] The /);
    expect(titles.some((t) => / the Head of Department programme\?$/.test(t))).toBe(true);
  });

  it('a line that starts with the name keeps its capital', () => {
    const { ask } = qnaChat();
    const a = ask('What are the pillars of the Head of Department programme?', 'en-US');
    expect(a.text).not.toMatch(/^the /);
  });
});

describe('a role told, then "am I part of its activities?"', () => {
  it('"activities" is no subject of its own: the kontorsjef hears yes, with the arenas where the head of office joins', () => {
    const a = chat(['I work as kontorsjef at a department at NTNU.', 'Am I part of any of the head of department programme\'s activities?'], 'en-US');
    expect(a.text).toMatch(/^Yes\. /);
    expect(a.text).toMatch(/head of office/);
  });
});

describe('follow-up buttons after a reply about both parts of LEDPRO', () => {
  const reply = (text: string, locale: string) =>
    answerQuestion({ text, locale, state: undefined }, { composer: shippedComposer(), clock: new ManualClock('2024-01-10T09:00:00Z') }).answer;

  it.each([
    ['Hva koster LEDPRO?', 'nb-NO'],
    ['What are the admission requirements for LEDPRO?', 'en-US'],
  ])('"%s" offers questions about LEDPRO as a whole, not about one part', (q, locale) => {
    const titles = reply(q, locale).followUps.map((f) => f.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) {
      expect(t).toMatch(/\bLEDPRO\b/);
      expect(t).not.toMatch(/LEDPRO [12]|del [12]|part [12]/);
    }
  });

  it('each offered button, pressed, is answered for both parts', () => {
    for (const f of reply('Hva koster LEDPRO?', 'nb-NO').followUps) {
      const a = reply(f.query, 'nb-NO');
      expect(a.kind).toBe('answer');
      expect(a.text).toMatch(/LEDPRO 1 og LEDPRO 2/);
    }
  });

  it('a reply about one part still offers that part', () => {
    const titles = reply('Hva er opptakskravet til LEDPRO 2?', 'nb-NO').followUps.map((f) => f.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toMatch(/LEDPRO 2\?$/);
  });
});
