import type { Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { uniqueSources, type Answer } from './answer';
import type { QnaState } from './conversation-state';
import type { FactAnswers } from './fact-answers';
import { refusalAndWhom } from './answer-shapes';
import { letterAware } from './letter-aware';
import type { ReadQuestion } from './read-question';
import type { CatalogRetriever } from './retrieval';

/**
 * "gir det like mye?", "is it as long?", "samme pris som LEDPRO?": the question asks the new program's side of a
 * comparison with the one talked about before, not only whether it has the thing at all ("også?" alone does not).
 */
const SAME_MEASURE = letterAware(/\b(like (mye|mykje|mange|lang\w*|lenge|dyr\w*|stor\w*)|det samme|samme (som|antall|pris|opplegg)|sammenlign\w*|samanlikn\w*|as (much|many|long|expensive) as|as (much|many|long)\b|the same (as|amount|number|price)|compared? (to|with)|mer enn|meir enn|mindre enn|billigere|billegare|dyrere|dyrare|cheaper|more expensive|more than|less than)\b/);

/**
 * "Is there an exam in LEDPRO?" → "And NTNU's programme, does that one end with an exam too?": "too", "tilsvarende",
 * "different" set the new program beside the one before as well, unless the asker gave the other side's figure
 * themselves ("LEDPRO gir 30 studiepoeng ser jeg" → "gir NTNU-programmet studiepoeng også?").
 */
const ALSO = letterAware(/\b(også|òg|too|as well|also|tilsvarende|tilsvarande|lignende|liknande|similar|same thing|same kind|annerledes|annleis|different|differ\w*|skiller|skil|slipper \w+ unna)\b/);

/**
 * "Hvor mange studiepoeng gir LEDPRO?" → "Og NTNU-programmet, gir det like mye?": NTNU's documents do not say, and the
 * comparison asked for is made with what the documents say of the program before. Only when the new program is
 * another provider's and the topic is the one the last answer was about, so the two sides are the same measure.
 */
export function contrastWithLast(facts: FactAnswers, retriever: CatalogRetriever, read: ReadQuestion, state: QnaState | undefined, unknown: Answer, lang: Lang): Answer | undefined {
  const beside = SAME_MEASURE.test(read.focus) || (ALSO.test(read.focus) && !/\d/.test(state?.question ?? ''));
  if (!state?.topic || unknown.kind !== 'unknown' || !beside || read.programs.length === 0) return undefined;
  const topic = read.intent.topics[0];
  if (topic !== state.topic) return undefined;
  const before = state.programIds.map((id) => retriever.program(id)).filter((p): p is Program => p !== undefined);
  const providers = new Set(read.programs.map((p) => p.provider));
  if (before.length === 0 || before.some((p) => providers.has(p.provider))) return undefined;
  const other = facts.best({ ...read, programs: before, comparePrograms: [] }, retriever.withDescendants(before), lang);
  if (other.kind !== 'answer') return undefined;
  const { refusal, whom } = refusalAndWhom(unknown.text);
  const contrast = lang === 'nb' ? `Til sammenligning: ${other.text}` : `For comparison: ${other.text}`;
  return {
    ...unknown, kind: 'answer', text: `${refusal} ${contrast}${whom ? `\n\n${whom}` : ''}`,
    sources: uniqueSources(other.sources), facts: other.facts, programIds: read.programs.map((p) => p.id),
  };
}
