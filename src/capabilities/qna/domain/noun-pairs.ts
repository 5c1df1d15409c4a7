import { letterAware } from './letter-aware';
import { GENERIC_TOPICS, readIntent } from './question-intent';
import { isStopWord } from './text-analysis';

/** Words joining two things asked for ("opptakskravet og søknadsfristen", "fee + deadline"). */
const JOIN = /^(og|and|samt|pluss|plus|\+|&)$/;
/** An article that may open the second thing ("the application deadline"). */
const ARTICLE = /^(the|den|det|de|dei|a|an|en|ei|et|eit|ein)$/;
/** Questions that set two things against each other, or offer a choice, stay one question. */
const ONE_QUESTION = /\b(forskjell\w*|difference|sammenlign\w*|samanlikn\w*|skilnad\w*|compar\w*|versus|vs|mellom|between|both|begge|eller|or|like|same|samme)\b/i;
/** Pairs that name one thing ("kost og losji" is the stay, "HR og HMS" one field of the basic training). */
const ONE_THING = /\b(kost og losji|board and lodging|room and board|food and lodging|mat og overnatting|hr (og|and|&) (hms|hse)|(hms|hse) (og|and|&) hr)\b/i;
/** A yes/no question claims both things together ("Er kost og losji inkludert?"). */
const YES_NO_FIRST = letterAware(/^(er|kan|må|får|gir|har|blir|finnes|inkluderer|dekker|is|are|can|do|does|will|did|was|were)\b/i);
/** Words a phrase may hold: letters, digits and hyphens. */
const WORD = /^[\p{L}\d-]+$/u;

const specificTopics = (phrase: string): string[] => readIntent(phrase.toLowerCase()).topics.filter((t) => !GENERIC_TOPICS.has(t));

/**
 * "Hva er opptakskravet og søknadsfristen for LEDPRO?", "quick q: ledpro admission requirement + application
 * deadline?": two things asked for with one question word, each of its own topic, are two questions, so neither is
 * dropped ("Hva er opptakskravet for LEDPRO?" and "Hva er søknadsfristen for LEDPRO?"). `isName`: a word that names
 * a program, which stays in both questions.
 */
export function nounPairQuestions(message: string, isName: (word: string) => boolean): string[] {
  const text = message.trim();
  if (text.length > 200 || YES_NO_FIRST.test(text) || ONE_QUESTION.test(text) || ONE_THING.test(text)) return [text];
  const tokens = text.split(/(\s+|[?!.,:;])/).filter((t) => t !== '' && !/^\s+$/.test(t));
  const isPhraseWord = (t: string): boolean => WORD.test(t) && !isStopWord(t.toLowerCase()) && !isName(t);
  const joins = tokens.map((t, i) => (JOIN.test(t.toLowerCase()) ? i : -1)).filter((i) => i > 0);
  if (joins.length !== 1) return [text];
  const at = joins[0];
  let start = at;
  while (start > 0 && at - start < 3 && isPhraseWord(tokens[start - 1])) start -= 1;
  let from = at + 1;
  if (from < tokens.length && ARTICLE.test(tokens[from].toLowerCase())) from += 1;
  let end = from;
  while (end < tokens.length && end - from < 3 && isPhraseWord(tokens[end])) end += 1;
  // A list ("participant fee, semester fees and full board") is summed or answered as one.
  if (start === at || end === from || tokens[start - 1] === ',') return [text];
  const left = tokens.slice(start, at).join(' ');
  const right = tokens.slice(from, end).join(' ');
  const a = specificTopics(left);
  const b = specificTopics(right);
  // Each side asks a topic of its own that the other side does not ("kost og losji" are one stay).
  if (a.length === 0 || b.length === 0 || b.includes(a[0]) || a.includes(b[0])) return [text];
  const joined = (phrase: string): string => [...tokens.slice(0, start), phrase, ...tokens.slice(end)].join(' ').replace(/\s+([?!.,:;])/g, '$1');
  return [joined(left), joined(right)];
}
