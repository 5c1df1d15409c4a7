import type { Answer } from '../domain/answer';
import type { GroundingFact, LlmAnswerer } from '../ports';

const numbers = (s: string): string[] => (s.replace(/(\d)[ .](?=\d{3}\b)/g, '$1').match(/\d+/g) ?? []);

/**
 * Lets a language model phrase a local answer, grounded on the same facts, and keeps it only when it is
 * safe: an honest "not in the documents" stays as it is, and a model text with a number (fee, date, phone)
 * that the facts do not contain is thrown away. Sources always come from retrieval, never from the model.
 */
export async function groundAnswer(question: string, local: Answer, llm: LlmAnswerer | undefined): Promise<{ answer: Answer; used: boolean; why?: string }> {
  if (!llm || local.kind !== 'answer') return { answer: local, used: false, why: llm ? 'local answer is not a fact' : 'no model' };
  const facts: GroundingFact[] = [{
    programName: [...new Set(local.sources.map((s) => s.programName))].join('; '),
    section: [...new Set(local.sources.map((s) => s.section))].join('; '),
    text: local.text,
  }];
  const r = await llm.answer(question, facts, local.lang);
  if (!r.ok) return { answer: local, used: false, why: `${r.error.type}: ${r.error.detail.slice(0, 200)}` };
  const known = new Set(numbers(facts.map((f) => f.text).join(' ')));
  if (numbers(r.value).some((n) => !known.has(n))) return { answer: local, used: false, why: 'invented number' };
  return { answer: { ...local, text: r.value }, used: true };
}
