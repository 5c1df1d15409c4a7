import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { AnswerComposer } from '../../src/capabilities/qna/domain/answer-composer';
import { CatalogRetriever } from '../../src/capabilities/qna/domain/retrieval';
import { answerQuestion } from '../../src/capabilities/qna/use-cases/answer-question';
import { ManualClock } from '../../src/shared/clock';
import { judge, readCases } from '../support/qa-cases';

const composer = new AnswerComposer(new CatalogRetriever(loadCatalog(defaultCatalogDir)));

describe.each([['questions.json'], ['paraphrases.json']])('answerer on %s', (file) => {
  it.each(readCases(file).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const clock = new ManualClock(c.now ?? '2024-01-10T09:00:00Z');
    const a = answerQuestion({ text: c.q, locale: c.lang === 'nb' ? 'nb-NO' : 'en-US', contextProgramId: c.context }, { composer, clock });
    expect({ q: c.q, text: a.text, problems: judge(c, a.kind, a.text) }).toEqual({ q: c.q, text: a.text, problems: [] });
    expect(a.lang).toBe(c.lang);
  });
});
