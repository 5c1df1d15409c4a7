import type { Fact, Program } from '../../../catalog/catalog.schema';
import { letterAware } from './letter-aware';

/**
 * When in a program the work is heaviest ("når er det mest å gjøre?", "legger de inn mest krefter?", "is most of it at
 * the start?", "busiest years"): the fact that says where the weight lies ("med størst tyngde på tiltakene de to
 * første årene") answers, not the gatherings' dates or "not in the documents".
 */
const WEIGHT_ASKED = letterAware(/\b(mest (å gjøre|å gjere|krefter|kreftene|aktivitet|innsats|arbeid|tid)|mesteparten|tyngde\w*|tyngst\w*|hovedtyngden|most (intensive|intense|activity|work|effort|of (it|the work|the activity|the programme|the program))|heaviest|busiest|front-?loaded|weighted (towards|toward)|(the )?bulk of)\b/);
/** "Why does NTNU put so much weight on leadership?" asks the purpose, not when. */
const WHY = letterAware(/\b(why|hvorfor|kvifor|korfor)\b/);
/** Facts that say where the weight of a program lies. */
const OF_WEIGHT = /(størst tyngde|most weight|the greatest weight|heaviest)/i;

/** `scopeOf`: the programs to look in, worked out only for a message that asks where the weight lies. */
export function weightedYearsFacts(text: string, scopeOf: () => readonly Program[]): { p: Program; f: Fact }[] {
  if (!WEIGHT_ASKED.test(text) || WHY.test(text)) return [];
  return scopeOf().flatMap((p) => p.facts.filter((f) => OF_WEIGHT.test(f.text.nb) || OF_WEIGHT.test(f.text.en)).map((f) => ({ p, f })));
}
