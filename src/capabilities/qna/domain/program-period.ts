import type { Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { letterAware } from './letter-aware';

/**
 * "Hvilken periode gjelder NTNUs plan?", "which years does it cover?", "så den varer til 2027?": the years a
 * programme's own title gives ("NTNUs lederutvikling og lederopplæring 2021-2025"). No fact says them in a sentence,
 * so without this the nearest fact answered, and a year claimed outside them was confirmed.
 */
const PERIOD_ASKED = letterAware(/\b((hvilken|hvilke|kva for|which|what) (tids)?(periode|perioden|tidsrom|tidsrommet|år|årene|years|period)\b(?! (er|is|are|var|was) (det|den|it|they) (på|at|in|held))|(varer|varar|går|gjelder|gjeld|runs?|lasts?|covers?|spans?|strekker seg|strekkjer seg|ends?|slutter|sluttar|avsluttes)\b[^?.]{0,25}?\b(til|fram til|frem til|until|till|through|to|into|fra|frå|from|i|in)\s+20\d\d)\b/);
/** "which years are the busiest?": where the weight lies within the period (weighted-years.ts), not the period. */
const WEIGHT_WITHIN = letterAware(/\b(heaviest|busiest|most|mest|tyngst\w*|tyngde\w*|effort|innsats|intens\w*|travlest\w*)\b/);
const TITLE_YEARS = /(20\d\d)\s*[-–]\s*(20\d\d)/;

/** The period said, with a yes or no when years were claimed; undefined unless the period is asked of one titled programme. */
export function periodAnswer(focus: string, programs: readonly Program[], lang: Lang, claims: boolean): { text: string; program: Program } | undefined {
  if (!PERIOD_ASKED.test(focus) || WEIGHT_WITHIN.test(focus)) return undefined;
  const titled = programs.map((p) => ({ p, m: TITLE_YEARS.exec(p.name.nb) })).find((x) => x.m !== null);
  if (!titled?.m) return undefined;
  const [from, to] = [Number(titled.m[1]), Number(titled.m[2])];
  const claimed = [...focus.matchAll(/\b(20\d\d)\b/g)].map((x) => Number(x[1]));
  const outside = claimed.some((y) => y < from || y > to);
  const verdict = claimed.length === 0 || !(claims || outside) ? '' : outside ? (lang === 'nb' ? 'Nei. ' : 'No. ') : (lang === 'nb' ? 'Ja. ' : 'Yes. ');
  const name = titled.p.name[lang].replace(TITLE_YEARS, '').trim();
  const text = lang === 'nb'
    ? `${verdict}${name} gjelder perioden ${from}–${to}; årstallene står i tittelen på dokumentet.`
    : `${verdict}${name} covers the period ${from}–${to}; the years are in the document's title.`;
  return { text, program: titled.p };
}
