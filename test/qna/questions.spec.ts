import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { AnswerComposer } from '../../src/capabilities/qna/domain/answer-composer';
import { CatalogRetriever } from '../../src/capabilities/qna/domain/retrieval';
import { answerQuestion } from '../../src/capabilities/qna/use-cases/answer-question';
import { ManualClock } from '../../src/shared/clock';

/**
 * The question file's own rules: every `must` group matches the answer (any regex of the group,
 * case-insensitive), no `must_not` matches, and kind=unknown questions get a plain "I don't know".
 */
export interface QaCase { id: string; lang: 'nb' | 'en'; q: string; kind?: 'unknown'; must?: string[][]; must_not?: string[]; now?: string; context?: string }

export const readCases = (file: string): QaCase[] =>
  (JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'qa', file), 'utf8')) as { questions: QaCase[] }).questions;

export function judge(c: QaCase, kind: string, text: string): string[] {
  const problems: string[] = [];
  for (const group of c.must ?? []) {
    if (!group.some((re) => new RegExp(re, 'i').test(text))) problems.push(`missing one of ${JSON.stringify(group)}`);
  }
  for (const re of c.must_not ?? []) if (new RegExp(re, 'i').test(text)) problems.push(`must not match ${re}`);
  if (c.kind === 'unknown' && kind !== 'unknown') problems.push(`expected an honest "not in the documents", got ${kind}`);
  if (c.kind !== 'unknown' && kind === 'unknown') problems.push('answered "not in the documents" to a question the catalog answers');
  return problems;
}

const composer = new AnswerComposer(new CatalogRetriever(loadCatalog(defaultCatalogDir)));

describe.each([['questions.json'], ['paraphrases.json']])('answerer on %s', (file) => {
  it.each(readCases(file).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const clock = new ManualClock(c.now ?? '2024-01-10T09:00:00Z');
    const a = answerQuestion({ text: c.q, locale: c.lang === 'nb' ? 'nb-NO' : 'en-US', contextProgramId: c.context }, { composer, clock });
    expect({ q: c.q, text: a.text, problems: judge(c, a.kind, a.text) }).toEqual({ q: c.q, text: a.text, problems: [] });
    expect(a.lang).toBe(c.lang);
  });
});
