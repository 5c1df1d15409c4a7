import type { Lang } from '../../../shared/i18n';
import type { Answer } from './answer';
import { verdictWord } from './verdicts';

/** "er det hun som …?", "is she the one who …?", "is it him that …?": the person the last answer named, pointed at. */
const THAT_PERSON = /^(?:(?:og|and|men|but|så|so)\s+)?(?:(?:er|var) det (?:hun|han|ho|hen|henne|ham)\s+som|(?:is|was) (?:it|that) (?:her|him|she|he)\s+(?:who|that)|(?:is|was) (?:she|he) (?:the one|the person|also the one))(?![\p{L}])/iu;
const LEADING_VERDICT = /^(Ja|Nei|Yes|No|Delvis|Partly)\.\s+/;

/**
 * "Hvem er prosjektleder?" → "Er det hun som svarer på faglige spørsmål?": yes when this answer names the same person
 * as the last one, no when it names another. Undefined when the question points at no one or the answer names no one.
 */
export function personPointedVerdict(answer: Answer, focus: string, lastContact: string | undefined, lang: Lang): Answer | undefined {
  const named = answer.contact?.name;
  if (answer.kind !== 'answer' || !named || !lastContact || !THAT_PERSON.test(focus.trim())) return undefined;
  const text = answer.text.replace(LEADING_VERDICT, '');
  return { ...answer, text: `${verdictWord(named === lastContact ? 'yes' : 'no', lang)}. ${text}` };
}
