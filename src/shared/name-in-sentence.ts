import { escapeRegExp } from './escape-reg-exp';
import type { Lang } from './i18n';

/**
 * An English program name that starts with "The" ("The Head of Department programme 2021-2025") written inside a
 * sentence: "Who is the Head of Department programme for?", "Ask about the mentor programme". Bokmål names and names
 * without the article are unchanged.
 */
export const inSentence = (name: string, lang: Lang): string => (lang === 'en' ? name.replace(/^The (?=\p{L})/u, 'the ') : name);

/**
 * The same for every such name inside a text ("The programme documents for the Head of Department programme …", a
 * button "Who is the mentor programme for?"); at a sentence's or line's start a name keeps its capital. The pattern
 * is built once from the names (the answerer calls it on every reply). Buttons name a program without its years.
 */
export function namesInSentence(names: readonly string[]): (text: string, lang: Lang) => string {
  const rests = names.filter((n) => n.startsWith('The ')).map((n) => n.slice(4).replace(/\s+\d{4}\s*[-–]\s*\d{4}$/, '')).map(escapeRegExp);
  if (rests.length === 0) return (text) => text;
  const inside = new RegExp(`(?<=[\\p{Ll}\\d,)]\\s)The (?=${rests.map((r) => `(?:${r})`).join('|')})`, 'gu');
  return (text, lang) => (lang === 'en' ? text.replace(inside, 'the ') : text);
}
