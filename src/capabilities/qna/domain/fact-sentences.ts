import { keptValue } from '../../../shared/kept-value';
import type { ReadQuestion } from './read-question';
import type { CatalogRetriever } from './retrieval';
import { sentences } from './expected-figures';
import { claimedAmounts } from './question-form';
import { analyse } from './text-analysis';

// The part of a fact that answers: the asked sentence of a fact that bundles several items (prices, contacts), or the
// one item of a long listing that holds the rare word asked about.

/** Concepts and words that name one item of a bundled fact. */
const SUBFACTS = ['#night', '#literature', 'semest', 'semesteravgift', '#support'];

/** The board and lodging named beside a sub-fact: an amount claimed may be the board's. */
const BOARD = /(kost og losji|board and lodging|full board|lunsj til lunsj|lunch to lunch|per samling|per gathering|hotellprisen|the hotel price)/i;

/** A question about what comes on top of a price. */
const ON_TOP = /\b(i tillegg|in addition|on top|additional|ekstra (kostnad|utgift)\w*|extra (cost|charge|fee)s?|andre (kostnader|utgifter|kostnadar)|other (costs|expenses|fees)|noe mer|noko meir|anything (else|more))\b/;

/** The concept that names a topic itself. */
const TOPIC_CONCEPT: Record<string, string> = { fee: '#fee', lodging: '#lodging', contacts: '#contact', support: '#support' };

/**
 * "Hva går institutt-assessment-webinaret ut på?" over the timeline that lists twenty things: the one item that
 * holds a rare word of the question (found in that fact only), when a long fact lists many.
 */
export function itemOfLongFact(retriever: CatalogRetriever, text: string, read: ReadQuestion): string | undefined {
  if (text.length < 800) return undefined;
  const rare = read.coverageTerms.filter((t) => retriever.documentFrequency(t) === 1);
  if (rare.length === 0) return undefined;
  // Items are separated by commas and semicolons outside parentheses.
  const items = text.split(/[,;](?![^()]*\))\s+/);
  if (items.length < 10) return undefined;
  const holding = items.filter((i) => { const a = analyse(i, retriever.isKnown); return rare.some((t) => a.terms.includes(t)); });
  if (holding.length !== 1) return undefined;
  const item = holding[0].replace(/^(og|and)\s+/, '').replace(/[.]\s*$/, '');
  return `${item.charAt(0).toUpperCase()}${item.slice(1)}.`;
}

/**
 * The terms and concepts of a sentence (or item) of a catalog fact, analysed once per index: the same facts' sentences
 * are weighed on many questions. Bounded: cleared when full.
 */
const sentenceWords = new WeakMap<CatalogRetriever, Map<string, ReadonlySet<string>>>();
function wordsOfSentence(retriever: CatalogRetriever, sentence: string): ReadonlySet<string> {
  const ofIndex = keptValue(sentenceWords, retriever, () => new Map<string, ReadonlySet<string>>());
  return keptValue(ofIndex, sentence, (s) => {
    const a = analyse(s, retriever.isKnown);
    return new Set([...a.terms, ...a.concepts]);
  }, 4_000);
}

/** The sentences of a fact that carry what was asked; the whole fact when no sentence stands out. */
export function focusText(retriever: CatalogRetriever, text: string, read: ReadQuestion): string {
  const ss = sentences(text);
  // Only facts that bundle separate items (prices, contact persons) are cut down to the asked one.
  if (ss.length <= 1 || read.form.included || !['fee', 'lodging', 'contacts'].includes(read.intent.topics[0] ?? '')) return text;
  // "kommer det noe mer i tillegg?": what comes on top of the fee is every cost beside it, "pluss" as well as
  // "i tillegg".
  if (ON_TOP.test(read.focus)) return text;
  // The topic's own word ("koster", "fee") is in every sentence's reach; only what narrows it down ("semester",
  // "tilknytningsdøgn", a name) picks sentences, and without such a word the whole fact is the answer.
  const own = TOPIC_CONCEPT[read.intent.topics[0] ?? ''] ?? '';
  const terms = read.terms.filter((t) => !['#program', '#leader', own].includes(t));
  const have = ss.map((s) => wordsOfSentence(retriever, s));
  // "kost og losji er vel 3175 per natt?", "… 1375 per samling?": an amount claimed is checked against the whole
  // fact, the sentence that states it and the one about what was named, so both are shown.
  const claimed = claimedAmounts(read.form);
  if (claimed.some((re) => ss.some((x) => re.test(x)))) return text;
  // A sub-fact the question names (the night before, the semester fee, literature) picks its own sentence.
  const sub = SUBFACTS.filter((t) => read.terms.includes(t) && have.some((h) => h.has(t)));
  if (sub.length > 0) return ss.filter((_, i) => sub.some((t) => have[i].has(t))).join(' ');
  const scores = have.map((have) => {
    return terms.reduce((sum, t) => sum + (have.has(t) ? Math.log(1 + retriever.docs.length / (1 + retriever.documentFrequency(t))) : 0), 0);
  });
  const max = Math.max(...scores);
  if (max <= 0) return text;
  const picked = ss.filter((_, i) => scores[i] >= max * 0.6);
  return picked.join(' ');
}

/**
 * "What's the extra for the night before? Someone said another 3175?" over "kost og losji … kr 3 175 per samling.
 * Tillegg for tilknytningsdøgn er kr 1 375.": an amount claimed for a sub-fact the question names holds only when the
 * sentence of that sub-fact states it. False when that sentence states other amounts only; undefined when the
 * question names no sub-fact with an amount of its own.
 */
export function subFactHolds(retriever: CatalogRetriever, text: string, read: ReadQuestion): boolean | undefined {
  const claimed = claimedAmounts(read.form);
  if (claimed.length === 0) return undefined;
  // The whole message names the sub-fact ("… the night before a gathering? Someone said another 3175?"); one that
  // also names the board the amount may belong to is left to the usual check.
  if (BOARD.test(read.text)) return undefined;
  const asked = analyse(read.text, retriever.isKnown);
  const named = SUBFACTS.filter((t) => asked.terms.includes(t) || asked.concepts.has(t));
  if (named.length !== 1) return undefined;
  // "kr 3 175 (kost og losji) + kr 1 375 (tilknytningsdøgn) = kr 4 550": each term of a sum is an item of its own.
  const own = sentences(text).flatMap((s) => s.split(/\s[+=]\s|:\s(?=(?:kr|nok)\s?\d)/i)).filter((s) => { const have = wordsOfSentence(retriever, s); return named.some((t) => have.has(t)); });
  const priced = own.filter((s) => /\d[\d\s.,]*\d{3}\b|\b\d{3,}\b/.test(s));
  if (priced.length === 0) return undefined;
  return claimed.some((re) => priced.some((s) => re.test(s)));
}
