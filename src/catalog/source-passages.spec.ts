import { defaultCatalogDir, loadCatalog } from './catalog-loader';
import { defaultSourcesDir, loadSourcePassages } from './source-passages';
import { AnswerComposer } from '../capabilities/qna/domain/answer-composer';
import { CatalogRetriever } from '../capabilities/qna/domain/retrieval';
import { analyse } from '../capabilities/qna/domain/text-analysis';

/**
 * Coverage audit: every paragraph of both documents is reachable. For each paragraph with content, a question made
 * of its own rarest words is answered (a curated fact or the quoted paragraph), never with "not in the documents".
 */
describe('every paragraph of the source documents is answerable', () => {
  const catalog = loadCatalog(defaultCatalogDir);
  const passages = loadSourcePassages(defaultSourcesDir);
  const retriever = new CatalogRetriever(catalog);
  const composer = new AnswerComposer(retriever, passages);

  it('ships both documents, split into paragraphs', () => {
    expect(new Set(passages.map((p) => p.file))).toEqual(new Set(catalog.programs.map((p) => p.source.file)));
    expect(passages.length).toBeGreaterThan(40);
  });

  it('answers a question built from each paragraph', () => {
    const unanswered: string[] = [];
    for (const p of passages) {
      const content = analyse(p.text).terms.filter((t) => t.length >= 6 && !/^\d/.test(t));
      // A paragraph that only lists program names is answered by those programs' own entries.
      const long = p.text.match(/[A-Za-zÆØÅæøå]{7,}/g) ?? [];
      if (content.length < 3 || long.every((w) => retriever.detectPrograms(w).programs.length > 0)) continue;
      const rare = [...new Set(p.text.toLowerCase().match(/[a-zæøå]{7,}/g) ?? [])].sort((a, b) => b.length - a.length).slice(0, 4).join(' ');
      const a = composer.compose({ question: `Hva står det om ${rare}?`, lang: 'nb', now: new Date('2024-01-10T09:00:00Z') }).answer;
      if (a.kind !== 'answer') unanswered.push(`${p.file}: ${p.text.slice(0, 80)}`);
    }
    expect(unanswered).toEqual([]);
  });
});
