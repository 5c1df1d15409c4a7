import type { Lang } from '../../../shared/i18n';
import { MONTH_NAMES, monthOf } from './month-asks';

/** A quantity one side of a comparison states, in a unit both sides share. */
export interface Quantity {
  readonly value: number;
  readonly dimension: 'days' | 'kroner' | 'count';
  /** As the answer wrote it ("4 år", "2-dagers"), quoted in the comparison. */
  readonly said: string;
}

const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, én: 1, ei: 1, one: 1, to: 2, two: 2, tre: 3, three: 3, fire: 4, four: 4, fem: 5, five: 5, seks: 6, six: 6,
  sju: 7, syv: 7, seven: 7, åtte: 8, eight: 8, ni: 9, nine: 9, ti: 10, ten: 10, tolv: 12, twelve: 12,
};
const NUM = '(\\d+|en|ett|én|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|tolv|one|two|three|four|five|six|seven|eight|nine|ten|twelve)';
const toNumber = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);

/** Which way the question compares: "lengre" asks whether the subject is the longer, "kortere" the shorter. */
export type Direction = 'more' | 'less' | 'either';

export function comparedDirection(focus: string): Direction | undefined {
  // "Hvilket går over lengst tid?": which one, not whether the named one is.
  if (/\b(lengst|kortest|dyrest|billigst|flest|færrest|longest|shortest|cheapest|most expensive|fewest)\b/.test(focus)) return 'either';
  const more = /\b(lengre|lenger|dyrere|flere|fleire|mer|meir|longer|more expensive|more|costlier)\b/.test(focus);
  const less = /\b(kortere|billigere|færre|mindre|shorter|cheaper|fewer|less)\b/.test(focus);
  if (more && less) return 'either';
  if (more) return 'more';
  if (less) return 'less';
  return /\b(samme antall|like mange|like lang[et]?|like lenge|same number|as many|as long|the same length)\b/.test(focus) ? 'either' : undefined;
}

/** "from 15–16 February 2024 to 7–8 October 2024": the first day and the last one of a span of dated gatherings. */
const SPAN = new RegExp(`\\b(?:fra|from)\\s+(\\d{1,2})(?:\\.?\\s*[–-]\\s*\\d{1,2})?\\.?\\s+(${MONTH_NAMES})\\s+(20\\d\\d)\\s+(?:til|to)\\s+(?:\\d{1,2}\\.?\\s*[–-]\\s*)?(\\d{1,2})\\.?\\s+(${MONTH_NAMES})\\s+(20\\d\\d)`);

/**
 * The quantity an answer states of the asked kind. A question about the gatherings compares the length of one
 * gathering ("2-dagers", "15.–16. februar"); otherwise the whole span ("4 år", "12 dager"). A count compares what
 * the question counts ("hovedsøyler" against "hovedtemaer": both are the parts of a program).
 */
export function quantityOf(text: string, expects: 'count' | 'duration' | 'amount' | 'date' | undefined, perGathering: boolean): Quantity | undefined {
  const t = text.toLowerCase();
  if (expects === 'duration') {
    if (perGathering) {
      const each = new RegExp(`\\b${NUM}[- ](dagers|day|dags)\\b`).exec(t) ?? /\b(heldag|full-day|one-day|endags)/.exec(t);
      // "2-dagers" is said "2 dager" beside the other side's figure ("Begge er like lange: LEDPRO 2 dager hver, …").
      if (each) return { value: each[2] ? toNumber(each[1]) : 1, dimension: 'days', said: each[2] ? `${toNumber(each[1])} ${each[2] === 'day' ? 'days' : 'dager'}` : each[0] };
      const range = /\b(\d{1,2})\.?\s*[–-]\s*(\d{1,2})\.?\s+[a-zæøå]+/.exec(t);
      if (range && Number(range[2]) > Number(range[1])) return { value: Number(range[2]) - Number(range[1]) + 1, dimension: 'days', said: range[0] };
      // "6 samlinger …, til sammen 12 dager": 2 days each.
      const spread = new RegExp(`\\b${NUM}\\s+(samlinger|gatherings)\\b[^.]*?\\b(\\d+)\\s+(dager|days)\\b`).exec(t);
      if (spread && toNumber(spread[1]) > 0) {
        const each = Number(spread[3]) / toNumber(spread[1]);
        return { value: each, dimension: 'days', said: spread[4] === 'dager' ? `${each} dager hver (${spread[3]} dager på ${spread[1]} samlinger)` : `${each} days each (${spread[3]} days in ${spread[1]} gatherings)` };
      }
      return undefined;
    }
    const years = new RegExp(`\\b${NUM}[- ]?(år|års|years?|year|årig)\\b`).exec(t);
    if (years) return { value: toNumber(years[1]) * 365, dimension: 'days', said: years[0] };
    const months = new RegExp(`\\b${NUM}\\s+(måneder|månader|months?)\\b`).exec(t);
    if (months) return { value: toNumber(months[1]) * 30, dimension: 'days', said: months[0] };
    // "from 15–16 February 2024 to 7–8 October 2024": the span from the first day to the last, not the days of
    // gathering within it.
    const span = SPAN.exec(t);
    const [from, to] = span ? [Date.UTC(Number(span[3]), (monthOf(span[2]) ?? 1) - 1, Number(span[1])), Date.UTC(Number(span[6]), (monthOf(span[5]) ?? 1) - 1, Number(span[4]))] : [0, 0];
    if (span && to > from) {
      const length = Math.round((to - from) / 86_400_000) + 1;
      const months = Math.round(length / 30.4);
      return { value: length, dimension: 'days', said: span[0].startsWith('fra') ? `ca. ${months} måneder` : `about ${months} months` };
    }
    const days = new RegExp(`\\b${NUM}\\s+(dager|dagar|days?)\\b`).exec(t);
    if (days) return { value: toNumber(days[1]), dimension: 'days', said: days[0] };
    return undefined;
  }
  if (expects === 'amount') {
    const kr = /\b(?:kr|nok)\.?\s*(\d{1,3}(?:[ .,\u00a0]\d{3})*|\d+)/.exec(t);
    return kr ? { value: Number(kr[1].replace(/[ .,\u00a0]/g, '')), dimension: 'kroner', said: kr[0] } : undefined;
  }
  if (expects === 'count') {
    const c = new RegExp(`\\b${NUM}\\s+(hoved)?(temaer|tema|søyler|hovedsøyler|spor|samlinger|deler|themes|tracks|pillars|gatherings|parts|studiepoeng|credits)\\b`).exec(t);
    return c ? { value: toNumber(c[1]), dimension: 'count', said: c[0] } : undefined;
  }
  return undefined;
}

/**
 * The comparison said in words before the side-by-side facts: "LEDPRO (12 dager) er kortere enn
 * Instituttlederprogrammet (4 år)." `subject` is the side the question asks about ("og LEDPRO, er det lengre?").
 */
export function compareQuantities(
  sides: readonly { name: string; q: Quantity }[], subject: number, direction: Direction, kind: 'duration' | 'amount' | 'count', lang: Lang,
): { text: string; verdict?: 'yes' | 'no' } | undefined {
  if (sides.length !== 2 || sides[0].q.dimension !== sides[1].q.dimension) return undefined;
  const a = sides[subject];
  const b = sides[1 - subject];
  const words = {
    duration: { nb: ['lengre', 'kortere', 'er like lange'], en: ['longer', 'shorter', 'are the same length'] },
    amount: { nb: ['dyrere', 'billigere', 'koster det samme'], en: ['more expensive', 'cheaper', 'cost the same'] },
    count: { nb: ['flere', 'færre', 'har like mange'], en: ['more', 'fewer', 'have the same number'] },
  }[kind][lang];
  const cmp = Math.sign(a.q.value - b.q.value);
  const text = cmp === 0
    ? (lang === 'nb' ? `Begge ${words[2]}: ${a.name} ${a.q.said}, ${b.name} ${b.q.said}.` : `Both ${words[2]}: ${a.name} ${a.q.said}, ${b.name} ${b.q.said}.`)
    : (lang === 'nb' ? `${a.name} (${a.q.said}) er ${cmp > 0 ? words[0] : words[1]} enn ${b.name} (${b.q.said}).`
      : `${a.name} (${a.q.said}) is ${cmp > 0 ? words[0] : words[1]} than ${b.name} (${b.q.said}).`);
  if (direction === 'either') return { text };
  return { text, verdict: (direction === 'more' ? cmp > 0 : cmp < 0) ? 'yes' : 'no' };
}
