import type { Lang } from '../../../shared/i18n';

const WORDS: Readonly<Record<Lang, readonly string[]>> = {
  nb: ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};

/**
 * "Det er seks: …", "There are seven: …": a count of a list, written out up to twelve as running text has it in both
 * languages, before the items it counts.
 */
export function countedList(n: number, items: string, lang: Lang): string {
  const count = WORDS[lang][n] ?? String(n);
  return lang === 'nb' ? `Det er ${count}: ${items}.` : `There ${n === 1 ? 'is' : 'are'} ${count}: ${items}.`;
}
