import { SKIPS } from './part-one-verdicts';
import type { Verdict } from './verdicts';

/**
 * "Jeg har bachelor som sykepleier. Holder det?" against a bachelor requirement: yes. Undefined when the asker
 * names no degree of their own, lacks one, or the answer states no degree requirement.
 */
export function degreeVerdict(asker: string, answer: string): Verdict | undefined {
  if (!/(bachelorgrad|bachelor's degree|bachelor degree)/i.test(answer)) return undefined;
  const q = asker.toLowerCase();
  // Only a question of getting in ("holder det?", "kommer hun inn?"); skipping part 1 is no such question.
  if (SKIPS.test(q) || !/\b(holder|nok|enough|qualif\w*|kvalifiser\w*|komme\w* inn|get in|admitted|admission|opptak\w*|sjanse\w*|chance|søke|apply|studiepoeng|credits)\b/.test(q)) return undefined;
  const degree = '(bachelor\\w*|master\\w*|degree|grad|høyere utdanning|higher education)';
  // Without one, whether the asker may or must is the other checks' to say ("kan jeg uten …?", "må jeg ha …?").
  if (new RegExp(`\\b(ingen|inga|ingi|ikke|ikkje|uten|utan|no|not|without|never|aldri|mangler|manglar|lacks?)\\b[^.?!]{0,30}\\b${degree}`).test(q)) return undefined;
  // The asker's own degree told ("har bachelor", "med en bachelorgrad", "I have a degree in nursing").
  return new RegExp(`\\b(har|has|have|holds?|med|with|tok|took|fullført|completed|got)\\b[^.?!]{0,40}\\b${degree}`).test(q) ? 'yes' : undefined;
}
