import { keptValue } from '../../../shared/kept-value';
import type { FactTopic } from '../../../catalog/catalog.schema';
import { letterAware } from './letter-aware';
import { conceptOfWord } from './text-analysis';

/**
 * What a question expects a fact to state (a count, a length, a date, a sum), read from the fact's own text, so a
 * fact that does not state it does not answer ("hvor mange tas opp?" against a fact without a number of people).
 */

/**
 * Sentences of a fact; a date ("16. februar") or an abbreviation does not end one. Only a catalog fact's text is split
 * here, many times per question: each text's split is kept (bounded: cleared when full).
 */
export function sentences(text: string): readonly string[] {
  return keptValue(splits, text, (t) => t.split(/(?<=[^\d\s.][.!?])\s+(?=[A-ZÆØÅ«"])/).filter(Boolean), 2_000);
}
const splits = new Map<string, readonly string[]>();

/** What the question expects, read from the fact's text: a number, a duration or a date. */
export const EXPECTED: Record<'count' | 'duration' | 'date' | 'amount', RegExp> = {
  amount: letterAware(/\b(kr|nok)\.?\s*\d|\d+\s*(%|prosent|percent|kroner)/i),
  count: letterAware(/\d|\b(en|ett|én|to|tre|fire|fem|seks|sju|åtte|ni|ti|tolv|one|two|three|four|five|six|seven|eight|nine|ten|twelve|ingen|none)\b/i),
  duration: letterAware(/\b\d+([,.]\d)?\s*(dager|dag|år|uker|timer|time|semestre|måneder|days?|years?|weeks?|hours?|semesters?|months?)\b|\b(to|tre|fire|two|three|four)[- ]?(dagers|årig|years?|days?)\b|\d-dagers|\d-day|heldag|full-day|åremål|term of office/i),
  date: letterAware(/\b(19|20)\d{2}\b|\b(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|june|july|october|december|høst|vår|autumn|spring)\b/i),
};

/**
 * Whether a catalog fact's text states what is expected: the ranking asks it of every close candidate on every
 * question that expects a figure, and a fact's text never changes. Kept per kind and text (bounded: cleared when full).
 */
export function factStates(expects: keyof typeof EXPECTED, text: string): boolean {
  return keptValue(stated[expects], text, (t) => EXPECTED[expects].test(t), 2_000);
}
const stated: Record<keyof typeof EXPECTED, Map<string, boolean>> = { amount: new Map(), count: new Map(), duration: new Map(), date: new Map() };

/** What a fact must state to answer these topics when it is not itself a fact of the topic. */
export const TOPIC_NEEDS: Partial<Record<FactTopic, 'date' | 'amount' | 'count'>> = { deadline: 'date', dates: 'date', fee: 'amount', lodging: 'amount', credits: 'count' };

/** A fact that states one day: "Heldagssamlinger", "full-day gatherings". */
export const FULL_DAY = letterAware(/heldag|\b(full|whole|one|single)-day\b|dagssamling|\bendags|\beindags/i);
const COUNT_WORDS = '\\d+|en|ett|én|to|tre|fire|fem|seks|sju|åtte|ni|ti|tolv|one|two|three|four|five|six|seven|eight|nine|ten|twelve';
/** A counted word ("fire hovedsøyler", "6 samlinger"), compiled once: the ranking asks it of every close candidate. */
const COUNTED_WORD = new RegExp(`(?<![\\p{L}\\d])(?:${COUNT_WORDS})[- ]+([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?`, 'giu');

/**
 * "Hvor mange X" is answered only by a fact that counts X ("6 samlinger", "30 studiepoeng"); a count of
 * people, seats or hours that no fact gives is not in the documents ("hvor mange tas opp?").
 */
export function countsWhatIsAsked(question: string, fact: string): boolean {
  const m = /\b(?:hvor mange|how many)\s+([a-zæøå-]+)(?:\s+([a-zæøå-]+))?/i.exec(question);
  if (!m) return true;
  // "how many study points", "kor mange studie poeng": the last word of a split compound is what is counted.
  const next = m[2]?.toLowerCase();
  if (next && next.length > 3 && conceptOfWord(next) !== undefined && conceptOfWord(next) !== conceptOfWord(m[1].toLowerCase()) && counts(next, fact)) return true;
  return counts(m[1].toLowerCase(), fact);
}

function counts(asked: string, fact: string): boolean {
  const verb = /^(tas|er|blir|kommer|får|kan|skal|går|deltar|are|is|do|does|will|can|get|people|persons|personer|folk|plasser|seats|places|deltakere|deltagere|participants|timer|hours)$/.test(asked);
  // "hvor mange ganger må den betales?" is answered by "per semester (2 semestre)": any counted repetition.
  if (/^(ganger|gonger|gongar|gang|times)$/.test(asked)) return new RegExp(`\\b(${COUNT_WORDS})\\s+[a-zæøå]+|\\bper\\s+[a-zæøå]+`, 'i').test(fact);
  if (verb) return new RegExp(`\\b(${COUNT_WORDS})\\s+(deltakere|deltagere|plasser|personer|participants|seats|places|people|timer?|hours?)\\b`, 'i').test(fact);
  // "how many days are the faculty-wide days?" against "Heldagssamlinger": a full day is one day.
  if (/^(days|dager|dagar|dagene|dagane)$/.test(asked) && FULL_DAY.test(fact)) return true;
  // "how many days" against "2-day gatherings": a short English plural counts in its singular.
  const head = /^[a-z]{3,4}s$/.test(asked) ? asked.slice(0, -1) : asked.slice(0, Math.max(4, Math.min(asked.length - 2, 7)));
  if (new RegExp(`\\b(${COUNT_WORDS})[- ]+(\\w+[- ])?${head}`, 'i').test(fact)) return true;
  // "hvor mange hoveddeler?" against "fire hovedsøyler": a counted word of the same concept.
  const concept = conceptOfWord(asked);
  // "four main pillars": the counted word may come after an adjective.
  return concept !== undefined && [...fact.toLowerCase().matchAll(COUNTED_WORD)].some((x) => conceptOfWord(x[1]) === concept || (x[2] !== undefined && conceptOfWord(x[2]) === concept));
}

