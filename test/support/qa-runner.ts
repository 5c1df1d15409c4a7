import { AnswerComposer } from '../../src/capabilities/qna/domain/answer-composer';
import type { QnaState } from '../../src/capabilities/qna/domain/conversation-state';
import { CatalogRetriever } from '../../src/capabilities/qna/domain/retrieval';
import { answerQuestion } from '../../src/capabilities/qna/use-cases/answer-question';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { loadSourcePassages } from '../../src/catalog/source-passages';
import { ManualClock } from '../../src/shared/clock';
import { judge, seenKind, type QaCase, type SeenKind } from './qa-cases';

export const DEFAULT_NOW = '2024-01-10T09:00:00Z';
export const shippedComposer = (): AnswerComposer => new AnswerComposer(new CatalogRetriever(loadCatalog(defaultCatalogDir)), loadSourcePassages());

/** Runs a case's turns through the answerer as one conversation (a minute apart) and judges the last reply as it reads. */
export function runCase(composer: AnswerComposer, c: QaCase): { kind: SeenKind | 'clarify'; text: string; problems: string[] } {
  const clock = new ManualClock(c.now ?? DEFAULT_NOW);
  let state: QnaState | undefined = c.context ? { programIds: [c.context], at: clock.now().toISOString() } : undefined;
  let last = { kind: 'answer' as SeenKind | 'clarify', text: '' };
  for (const turn of [...c.before, c.q]) {
    const r = answerQuestion({ text: turn, locale: c.lang === 'nb' ? 'nb-NO' : 'en-US', state }, { composer, clock });
    state = r.state;
    // Judged as the reply reads (the same rule as through /api/messages), not by the answerer's own label.
    last = { kind: r.answer.kind === 'clarify' ? 'clarify' : seenKind(r.answer.text, r.answer.sources.length > 0), text: r.answer.text };
    clock.advance(60_000);
  }
  return { ...last, problems: judge(c, last.kind, last.text) };
}
