import { BELONGS } from './question-clauses';
import { GENERAL_WORDS } from './general-words';
import { letterAware } from './letter-aware';
import { readIntent } from './question-intent';
import { FOCUS_ASK, UNTELLING } from './reader-vocabulary';
import { SITTING_EXAM } from './everyday-cues';
import type { CatalogRetriever } from './retrieval';
import { conceptOfWord, stem, words } from './text-analysis';

/** "So my two staff, one in each part, …": the asker's own people. */
const OWN_PEOPLE = letterAware(/\b(?:my|our|mine|min|mitt|mi|våre|vår)\s+(?:\S+\s+)?(staff|employees|employee|colleagues|colleague|people|ansatte|kolleger|kollegaer|kollega|medarbeidere|medarbeidarar)\b/g);
/** "so we section heads just sign ourselves up?": who the askers are, not a subject a fact must hold. */
const WE_THE = letterAware(/\b(?:we|us|vi|oss|me)\s+((?:[\p{L}-]+\s+)?(?:heads|leaders|managers|\p{L}*ledere|\p{L}*ledarar|\p{L}*leiarar|\p{L}*sjefer|\p{L}*sjefar))\b/gu);
/** "Leaders just sign up individually there?", "melder seg på selv": how one is claimed to get on, which the way in
 * answers (nomination), not a subject a fact must hold. */
const SIGN_UP_MANNER = letterAware(/\b(?:sign(?:s|ed)?(?: \p{L}+)? up|register|enrol+|apply|melde\p{L}* (?:seg|meg|oss) på|søke|søkje)\s+(individually|directly|themselves|ourselves|myself|yourself|on (?:their|our|my|your) own|selv|sjølv|individuelt|direkte|på egen hånd)\b/gu);
/** "HR skriver at programmet bare varer ett år", "my boss says that …": who said it is no subject of the claim. */
const SAID_BY = letterAware(/^(?:(?:og|and|men|but|så|so)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:skriver|skreiv|skrev|sier|seier|sa|mener|meiner|mente|nevnte|nemnde|påstår|hevder|says|said|wrote|writes|claims|claimed|mentioned|thinks|believes|told (?:me|us))\s+(?:at|that)\b/gu);
/** "How do staff end up in …?", "how do managers apply?": who gets on is the asker's kind of people, not a subject. */
const WHO_GETS_ON = letterAware(/\bhow (?:do|does|can|could|did|would) (?:the )?(\p{L}+) (?:apply|sign up|register|enrol+|join|get (?:on|onto|into|in|picked|selected|chosen)|end up)\b/gu);
/** Who a question claims chooses the participants ("det er rektoratet som plukker ut", "it's HR that picks"). */
export const CHOOSER_CLAIMED = letterAware(/\b(?:det er|det var|det e|it's|it is|is it)\s+((?:[\p{L}'-]+\s+){0,2}?[\p{L}'-]+)\s+(?:som|who|that)\s+(?:[\p{L}]+\s+)?(?:plukker|plukkar|velger|vel|nominerer|nominerar|bestemmer|avgjør|tar ut|decides?|picks?|chooses?|selects?|nominates?)\b/u);

/** "… on a website before 15 December?": the word that ties a date to the claim says when, not what a fact holds. */
const DATE_RELATION = letterAware(/\b(before|by|until|till|after|innen|før|etter|fram til|frem til)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+)?(?:of\s+)?(?:januar\w*|februar\w*|mars|march|april|mai|may|juni|june|juli|july|august|september|oktober|october|november|desember|december)\b/g);

/** How many facts at most hold a concept that names a subject ("#conflict", "#change"). */
const SUBJECT_CONCEPT = 4;

export interface CoverageInput {
  readonly focus: string;
  /** The focus's words that may tell facts apart (no stop words, fillers, numbers or program names). */
  readonly content: readonly string[];
  /** Stems of the compounds of the asked program's own name. */
  readonly ownName: ReadonlySet<string>;
  /** What "andre … enn X" sets aside, and the phrases that name the program. */
  readonly aside: string;
  readonly naming: readonly string[];
  /** What the question leaves out of a price ("…, uten hotell og sånt", `WITHOUT_TAIL`), as the reader found it. */
  readonly leftOut: string;
}

/**
 * The words a fact must hold to answer the question (stemmed), and concepts for words the documents lack. Words that
 * say how long or how much are the question's form, not what a fact must contain; nor do the words every fact is about
 * ("leder", "program"), nor the compounds of the asked program's own name ("NTNU sin lederopplæring" is the program,
 * not a fact about it), whose short words ("prosesser" in "Ledelse av prosesser") may still be what is asked.
 */
export function coverageTermsOf(retriever: CatalogRetriever, { focus, content, ownName, aside, naming, leftOut }: CoverageInput): string[] {
  // "Hvilken ledergruppe hører jeg til?": the kind of group asked for is the answer's category, not its content.
  const category = BELONGS.exec(focus)?.[2];
  // "Hvilke andre lederprogrammer har NTNU enn det for instituttledere?": what is set aside is not what is asked.
  // "the course in Brumunddal": the words that name the program are not what the question asks of it.
  // "Kva legg programmet vekt på?": the words that ask for the emphasis are the question's frame.
  // "Hvilke møteplasser … i tillegg til selve programmet?": the words that set something aside are no subject either.
  const framing = `${FOCUS_ASK.exec(focus)?.[0] ?? ''} ${/\b(i tillegg til|in addition to|on top of)\b/.exec(focus)?.[0] ?? ''}`;
  // "So my two staff, one in each part, …": the asker's own people are who the question is about, not a subject.
  // Who asks, who said it, how one is claimed to sign up: the words each pattern captures.
  const notSubjects = [OWN_PEOPLE, WE_THE, WHO_GETS_ON, SAID_BY, SIGN_UP_MANNER].flatMap((re) => [...focus.matchAll(re)].flatMap((m) => words(m[1])));
  // "… presentere for en sensorgruppe?": how the exam is claimed to be sat is the claim the verdict judges, no subject.
  const sitting = SITTING_EXAM.exec(focus)?.[0] ?? '';
  // "…, uten hotell og sånt?", "før hotell og bøker er regnet med?": what is left out of a price is no subject.
  // "Så det er rektoratet som plukker ut hvem som får være med?": who is claimed to choose is the claim, not a subject.
  const chooser = CHOOSER_CLAIMED.exec(focus)?.[1] ?? '';
  // Most of these pieces are empty for a given question: only those with a word are split into words.
  const setAside = new Set<string>(notSubjects);
  for (const piece of [aside, ...naming, framing, sitting, leftOut, chooser]) if (piece.trim() !== '') for (const w of words(piece)) setAside.add(w);
  for (const m of focus.matchAll(DATE_RELATION)) setAside.add(m[1]);
  const terms = content.filter((w) => w !== category && !setAside.has(w) && !GENERAL_WORDS.has(w) && readIntent(w).topics.length === 0 && retriever.isKnown(stem(w)) && !UNTELLING.has(conceptOfWord(w) ?? '') && !ownName.has(stem(w)))
    .map((w) => stem(w));
  // "når kollegaer kranglar": a word the documents lack still asks for the subject its concept names
  // ("konflikthåndtering"), when few facts hold that subject (a concept as broad as applying tells no fact apart).
  // Not what is set aside ("…, ikkje døgnet"), nor a word that asks for the emphasis ("tyngdepunktet").
  const denied = new Set([...focus.matchAll(/\b(?:ikke|ikkje|not|uten|utan|without)\s+([a-zæøå]+)/g)].map((m) => m[1]));
  for (const w of content) {
    const c = retriever.isKnown(stem(w)) || setAside.has(w) || denied.has(w) || GENERAL_WORDS.has(w) ? undefined : conceptOfWord(w);
    const df = c && c !== '#emphasis' ? retriever.documentFrequency(c) : 0;
    if (c && df > 0 && df <= SUBJECT_CONCEPT && !terms.includes(c) && readIntent(w).topics.length === 0) terms.push(c);
  }
  return terms;
}
