import { isGeneralWord } from '../../src/capabilities/qna/domain/general-words';
import { answerQuestion } from '../../src/capabilities/qna/use-cases/answer-question';
import { ManualClock } from '../../src/shared/clock';
import { shippedComposer } from '../support/qa-runner';

const composer = shippedComposer();
const ask = (text: string, locale = 'nb-NO'): { kind: string; text: string } => {
  const r = answerQuestion({ text, locale }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
  return { kind: r.answer.kind, text: r.answer.text };
};

describe('wording that is not what the question is about', () => {
  it('counts other forms of a general word as general, but not words that only share a short stem', () => {
    expect(isGeneralWord('mener')).toBe(true);
    expect(isGeneralWord('menes')).toBe(true);
    expect(isGeneralWord('parkering')).toBe(false);
    expect(isGeneralWord('wifi')).toBe(false);
  });

  it('answers "what is meant by" a term of the document instead of refusing over the verb', () => {
    const r = ask('Hva menes med læringsorganisasjonen i LEDPRO?');
    expect(r.kind).toBe('answer');
    expect(r.text).toMatch(/midlertidig og tidsbegrenset læringsorganisasjon/);
  });

  it('reads a pillar named by the words of its title, and answers with that pillar', () => {
    const r = ask('Hva innebærer den lokale grunnopplæringen for ledere?');
    expect(r.text).toMatch(/^Hovedsøyle 4/);
    expect(r.text).toMatch(/årshjul/);
  });
});
