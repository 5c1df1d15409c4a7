import type { QnaState } from '../../src/capabilities/qna/domain/conversation-state';
import { InProcessQuestionAnswerer } from '../../src/capabilities/qna/use-cases/in-process-answerer';
import { qnaComposer } from '../../src/capabilities/qna/use-cases/qna-composer';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { loadSourcePassages } from '../../src/catalog/source-passages';
import { ManualClock } from '../../src/shared/clock';
import { readPart } from '../support/qa-cases';
import { DEFAULT_NOW } from '../support/qa-runner';

/*
 * Replies and conversation state cross to and from the Q&A worker threads by structured clone: they must be plain
 * data (no class instances, Maps or functions), so a clone is the same value and a stored state reads back alike.
 */
describe('Q&A replies and state are plain data', () => {
  it('survive a structured clone and a JSON round trip unchanged, over a conversation of every dev set', async () => {
    const clock = new ManualClock(DEFAULT_NOW);
    const answerer = new InProcessQuestionAnswerer(() => qnaComposer(loadCatalog(defaultCatalogDir), loadSourcePassages()), clock);
    let turns = 0;
    for (const { cases } of readPart('dev')) {
      const c = cases[cases.length - 1];
      let state: QnaState | undefined;
      for (const text of [...c.before, c.q]) {
        const r = await answerer.answer({ text, locale: c.lang === 'nb' ? 'nb-NO' : 'en-US', state });
        expect(structuredClone(r)).toStrictEqual(r);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        state = r.state;
        turns += 1;
        clock.advance(60_000);
      }
    }
    expect(turns).toBeGreaterThan(40);
  });
});
