import type { Verdict } from './verdicts';

/** "… breakfast to breakfast, right?": a claim about the meals the stay runs between. */
export const MEAL_CLAIM = /\b(frokost|frukost|breakfast|lunsj|lunch|middag|dinner)\b.{0,20}\b(til|to|until)\b.{0,10}\b(frokost|frukost|breakfast|lunsj|lunch|middag|dinner)\b/;
const EXTRA = /\b(i tillegg|kjem i tillegg|ekstra|extra|on top|in addition|additional(ly)?|separately|separat|betale (for )?(den |det )?sjølv|betale (for )?(den |det )?selv|pay (for (it|that) )?(ourselves|myself|separately)|ikke (med|inkludert|inkl)|ikkje (med|inkludert)|not (included|covered|part of))\b/;
const STAY = /(hotell|opphold|opphald|losji|hotel|stay|lodging|kost|3[ .,\u00a0]?175)/;
const MEALS: ReadonlyArray<readonly string[]> = [['frokost', 'frukost', 'breakfast'], ['lunsj', 'lunch'], ['middag', 'dinner', 'kveldsmat', 'supper']];
/**
 * "So that's breakfast to breakfast?" against "lunch to lunch including dinner": the meals claimed against the meals
 * the answer names; undefined when the question claims no meal or the answer names none.
 */
export function mealVerdict(question: string, answer: string, aboutStay = false): Verdict | undefined {
  const q = question.toLowerCase();
  const a = answer.toLowerCase();
  const named = (text: string): Set<number> => new Set(MEALS.flatMap((forms, i) => (forms.some((f) => new RegExp(`\\b${f}`).test(text)) ? [i] : [])));
  // "Er middagen med i prisen for opphaldet?" against "… inkludert middag": a meal asked as included, said so.
  if (!MEAL_CLAIM.test(q)) {
    const asked = [...named(q)];
    // "Middag kommer i tillegg til de 3175 kronene, ikke sant?" against "… inkludert middag": a meal said to cost
    // extra is one the stay includes.
    // "Is dinner part of it, or do we budget for it separately?": the first alternative is the one answered.
    const extra = asked.length === 1 && EXTRA.test(q.split(/,?\s+(?:or|eller)\s+/)[0]) && (aboutStay || STAY.test(q)) && !/(avgift|fee|\d{2}[ .,]?000)/.test(q);
    // "lunsj til lunsj inkludert middag": every meal the stay's price names is in it.
    if (extra) return named(a).has(asked[0]) ? 'no' : undefined;
    // Asked of the stay's price only: whether the fee includes the stay is another question.
    // "Does that cover dinner too?" right after the stay's price (`aboutStay`) asks it of the stay too.
    if (asked.length !== 1 || !/\b(med|inkludert|inkludere[rs]?|inngår|included|include[sd]?|part of|covered|covers?|dekker|dekkjer)\b/.test(q) || !(aboutStay || /(hotell|opphold|opphald|losji|hotel|stay|lodging|kost)/.test(q)) || /(avgift|fee|\d{2}[ .,]?000)/.test(q)) return undefined;
    return MEALS[asked[0]].some((f) => new RegExp(`\\b(inkludert|inkl\\.?|including|included|med)\\s+${f}`).test(a)) ? 'yes' : undefined;
  }
  const claimed = named(q);
  const stated = named(a);
  if (claimed.size === 0 || stated.size === 0) return undefined;
  return [...claimed].every((m) => stated.has(m)) ? 'yes' : 'no';
}
