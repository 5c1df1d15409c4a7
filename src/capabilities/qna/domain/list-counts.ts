import type { Lang } from '../../../shared/i18n';
import { countedList } from './counted-list';
import { numberedItems } from './follow-ups';

/**
 * "Hvor mange lederutviklingsprogrammer nevnes?" answered by a fact that lists them ("Eksempler på
 * lederutviklingsprogram ved NTNU: A, B, C, D, E og F."): the items counted, and named, so the count can be checked.
 * Only a list after a colon whose heading shares a word stem with what the question counts.
 */
export function countListed(question: string, fact: string, lang: Lang): string | undefined {
  const asked = /\b(?:hvor mange|kor mange|how many)\s+([a-zæøå-]{4,})(?:\s+([a-zæøå-]{4,}))?/i.exec(question);
  if (!asked) return undefined;
  // A numbered list the question names by its label ("hvor mange temaer er det under HR og HMS?"): its items.
  const numbered = /\d\)/.test(fact) ? numberedItems(fact, question) : [];
  // "Hvor mange fagmoduler …?" over "Fagmodulene er byggesteiner som tilpasses: 1) …": the noun counted heads the list.
  const label = /^([^:]{0,80}):\s*1\)/.exec(fact)?.[1].toLowerCase() ?? '';
  const root = (w: string): string => w.toLowerCase().replace(/(ene|ane|er|ar|e|s|es)$/, '').slice(0, 7);
  const headed = [asked[1], asked[2]].some((n) => n !== undefined && n.length >= 6 && label.split(/[^a-zæøå]+/).some((w) => w.length >= 6 && root(w) === root(n)));
  if (numbered.length >= 2 && (namesList(question, fact) || headed)) {
    return countedList(numbered.length, numbered.map((x, i) => `${i + 1}) ${x}`).join('; '), lang);
  }
  const colon = fact.indexOf(':');
  if (colon < 0) return undefined;
  const heading = fact.slice(0, colon).toLowerCase();
  // "lederutviklingsprogrammer" meets "lederutviklingsprogram"; "målgrupper" meets "Målgrupper"; "programmes" meets "programs".
  const meets = (noun: string): boolean => {
    const root = noun.toLowerCase().replace(/(ene|ane|er|ar|e|s|es)$/, '');
    return heading.split(/[^a-zæøå]+/).some((w) => w.length >= 5 && root.length >= 5 && (w.startsWith(root.slice(0, 6)) || root.startsWith(w.slice(0, 6))));
  };
  if (![asked[1], asked[2]].some((n) => n !== undefined && meets(n))) return undefined;
  const body = fact.slice(colon + 1).split(/(?<=[^\d\s.][.!?])\s/)[0].replace(/[.!?]\s*$/, '');
  // Numbered lists count themselves elsewhere; this is for "A, B og C".
  if (/\d\)/.test(body)) return undefined;
  const items = body.split(/,\s*|\s+(?:og|and|samt)\s+/).map((s) => s.trim().replace(/^(og|and)\s+/, '')).filter((s) => s.length > 1);
  if (items.length < 3 || items.length > 15) return undefined;
  return countedList(items.length, items.join(', '), lang);
}

/** Whether the question names one list's label: a word of four letters or more right before a "1)" of the fact. */
function namesList(question: string, fact: string): boolean {
  const q = question.toLowerCase();
  for (const m of fact.matchAll(/([^.:;]{0,60}):?\s*1\)/g)) {
    const label = m[1].toLowerCase().match(/[a-zæøå]{2,}/g) ?? [];
    // Labels like "HR og HMS": their own words, not the generic "for ledere".
    const own = label.filter((w) => !['for', 'og', 'and', 'the', 'ledere', 'leaders'].includes(w));
    if (own.length > 0 && own.slice(-3).every((w) => new RegExp(`(?<![\\p{L}])${w}`, 'u').test(q))) return true;
  }
  return false;
}

/** "hvor mange er det?", "how many is that?" right after a list: the list counted. */
const COUNT_OF_THAT = /^(?:(?:og|and|så|so|men|but)\s+)?(?:hvor|kor|how)\s+(?:mange|many)\s+(?:er|var|blir|is|are)\s+(?:det|dei|de|that|those|there|they)(?:\s+(?:da|då|then|i alt|in all|totalt|til sammen|altogether))?\s*\??\s*$/i;
/** "Hvor mange er nevnt?", "how many are listed?", "kor mange er nemnde?": a count of what the last answer listed. */
const COUNT_OF_NAMED = /^(?:(?:og|and|så|so|men|but)\s+)?(?:hvor|kor|how)\s+(?:mange|many)\s+(?:er|var|blir|vart|are|were|is)\s+(?:det\s+|there\s+|de\s+|dei\s+|they\s+)?(?:nevnt|nevnte|nemnt|nemnde|listet|lista|oppført|oppførte|mentioned|listed|named|in (?:the|that) list|i lista|i listen|på lista|på listen)(?:\s+(?:der|her|there|here|da|then|i alt|in all|totalt|til sammen))?\s*\??\s*$/i;
/**
 * Whether the question counts what the last answer listed. The bare "hvor mange er det?" only when that answer left no
 * numbered items behind: those are counted where the items are kept (follow-ups), which knows which list was asked.
 */
export const countsLastList = (focus: string, itemsKept: boolean): boolean => COUNT_OF_NAMED.test(focus) || (!itemsKept && COUNT_OF_THAT.test(focus));

/** The items of a fact's list ("Eksempler …: A, B, C og D.", or "1) … 2) …") counted and named, whatever it lists. */
export function countOfList(fact: string, lang: Lang): string | undefined {
  const heading = /^([^:]{3,80}):/.exec(fact)?.[1];
  if (!heading) return undefined;
  const words = heading.toLowerCase().match(/[a-zæøå-]{5,}/g) ?? [];
  for (const noun of words.reverse()) {
    const counted = countListed(`hvor mange ${noun}`, fact, lang);
    if (counted) return counted;
  }
  return undefined;
}
