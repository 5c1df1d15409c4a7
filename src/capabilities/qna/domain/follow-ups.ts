import { escapeRegExp } from '../../../shared/escape-reg-exp';
import type { Answer } from './answer';
import type { Lang } from '../../../shared/i18n';
import type { QnaState } from './conversation-state';
import type { DateAsk } from './question-intent';
import { countedList } from './counted-list';
import { letterAware } from './letter-aware';
import { ORDINAL_ONLY } from './reader-vocabulary';
import { isStopWord } from './text-analysis';
import type { ReadQuestion } from './read-question';

/**
 * Follow-ups that lean on the conversation's words rather than its topic: a repair ("nei, jeg mente del 2",
 * "sorry, I meant the practical contact") that restates the last question, and an ordinal that picks one item of
 * the list the last answer gave ("hva var det fjerde?", "the third one?").
 */

const REPAIR_LEAD = letterAware(/^(?:(?:nei|no|nope|sorry|beklager|unnskyld|orsak|oi|oops|ops|wait|vent|hm+|ah|åh|å|men|but|actually|faktisk|forresten|eller|or|(?:jeg|eg|i) (?:rotet|rota|surret|surra|blandet|blanda|tok feil|mixed (?:it|them|things) up|got (?:it|that) wrong))[\s,.!:;–—-]+)*(?:(?:jeg|eg|i)\s+(?:mente|meinte|meant|mean|tenkte på|was thinking of|was asking about|spurte om)\b|not that one|ikke den|ikkje den|ikke det|ikkje det|jeg tenkte heller|i was asking about)[\s,.!:;-]*/);
const REPAIR_TAIL = letterAware(/[\s,.!:;-]*\b(?:mente jeg|meinte eg|i meant|is what i meant|var det jeg mente)\s*[.!?]*$/);
const STARTS_SOFT = letterAware(/^(?:nei|no|sorry|beklager|unnskyld|wait|vent)\b/);
/** Words that open a phrase the repair replaces in the last question ("fra flyplassen" for "fra Oslo S"). */
const HEADS = ['fra', 'from', 'til', 'to', 'i', 'in', 'på', 'at', 'for', 'om', 'about', 'del', 'part', 'samling', 'gathering', 'søyle', 'pillar', 'ledpro'];

export interface Repair {
  /** The question to answer instead: the repair itself when it asks on its own, else the last question amended. */
  readonly question: string;
}

/**
 * The message's repair: one inside the message ("Hva koster oppholdet per samling? Nei forresten, jeg mente selve
 * deltakeravgiften."), else one of the conversation's last question.
 */
export function repairOf(text: string, state: { readonly question?: string } | undefined, ownTopic: (q: string) => boolean, sameKind: (a: string, b: string) => boolean): Repair | undefined {
  const inMessage = REPAIRED_IN_MESSAGE.exec(text);
  if (inMessage) return readRepair(inMessage[2], inMessage[1], ownTopic, sameKind);
  return state ? readRepair(text, state.question, ownTopic, sameKind) : undefined;
}

/**
 * A repair of the last question, or undefined. `ownTopic`: whether the corrected words ask something on their
 * own ("the practical contact person"); then they replace the last question, else they amend it.
 */
export function readRepair(text: string, lastQuestion: string | undefined, ownTopic: (q: string) => boolean, sameKind: (a: string, b: string) => boolean = () => false): Repair | undefined {
  const t = text.trim();
  const lead = REPAIR_LEAD.exec(t);
  const tail = lead ? null : STARTS_SOFT.test(t) || lastQuestion ? REPAIR_TAIL.exec(t) : null;
  if (!lead && !tail) return undefined;
  let rest = (lead ? t.slice(lead[0].length) : t.slice(0, tail?.index ?? t.length)).trim();
  rest = rest.replace(/^(?:nei|no|sorry|beklager|wait|vent)[\s,.!:;-]+/i, '').replace(/^(?:the|den|det|de)\s+(?=\w+\s+\w)/i, (m) => m).trim();
  if (!rest) return undefined;
  // "Beklager, jeg mente selve kost og losji per samling. Hva er prisen?": what was meant, then a question that names
  // nothing of its own; the question is asked of what was meant.
  const then = MEANT_THEN_ASKED.exec(rest);
  if (then) return { question: `${then[2].replace(/[?!.\s]+$/, '')} for ${then[1].replace(/^(?:selve|sjølve|the|den|det)\s+/i, '').trim()}?` };
  // "jeg mente prosjektlederen" after "hva er mobilnummeret til Randi Bredvold?": a bare name of the same kind as the
  // last question's last phrase takes its place there, so what was asked of it (the mobile number) is kept; what was
  // not meant ("…, ikke fagansvarlig") goes.
  const meant = rest.replace(NOT_MEANT, '').trim();
  const swapped = lastQuestion && meant && BARE.test(meant) ? lastPhraseSwapped(lastQuestion, meant, sameKind) : undefined;
  if (swapped) return { question: swapped };
  // "When's the third gathering?" → "sorry, I meant the fourth one": the ordinal asked takes the last one's place.
  const ordinal = BARE_ORDINAL.exec(meant)?.[1];
  const lastOrdinal = ordinal && lastQuestion ? ORDINAL_WORD.exec(lastQuestion) : null;
  if (ordinal && lastQuestion && lastOrdinal) return { question: `${lastQuestion.slice(0, lastOrdinal.index)}${ordinal}${lastQuestion.slice(lastOrdinal.index + lastOrdinal[0].length)}` };
  const words = rest.replace(/[?!.]+$/, '').split(/\s+/);
  const head = words[0].toLowerCase();
  // "jeg mente på LEDPRO, på Wood Hotel": a place or program put in the last question's, whatever topic it names.
  if ((ownTopic(rest) && !(['på', 'at', 'i', 'in', 'for'].includes(head) && words.length <= 6)) || !lastQuestion) return { question: rest };
  if (HEADS.includes(head)) {
    // Replace the last question's phrase that starts with the same word, up to the next such word.
    const re = new RegExp(`(^|\\s)${head}\\s+[^?!.]*?(?=\\s(?:${HEADS.join('|')})\\s|[?!.]|$)`, 'i');
    if (re.test(lastQuestion)) return { question: lastQuestion.replace(re, `$1${rest.replace(/[?!.]+$/, '')}`) };
  }
  return { question: `${lastQuestion.replace(/[?!.]+\s*$/, '')} ${rest}` };
}

const ORDINAL_ALTERNATIVES = 'første|fyrste|andre|tredje|fjerde|femte|sjette|siste|first|second|third|fourth|fifth|sixth|last';
/** "the fourth one", "den fjerde", "fjerde": an ordinal alone, what a repair of an ordinal question says. */
const BARE_ORDINAL = new RegExp(`^(?:the |den |det |dei |de )?(${ORDINAL_ALTERNATIVES})(?: one| ein| en| ei| gangen| samlingen| samlinga| gathering)?[.!?]*$`, 'i');
const ORDINAL_WORD = new RegExp(`(?<![\\p{L}])(${ORDINAL_ALTERNATIVES})(?![\\p{L}])`, 'iu');
const MEANT_THEN_ASKED = letterAware(/^([^.?!]{3,60})[.!]\s+((?:hva|kva|what|how much|hvor mye|kor mykje)\s+(?:er|blir|koster|kostar|is|was|does it cost|var)\s*(?:den|det|prisen|the price|it|summen|beløpet)?\s*(?:da|then)?\s*\?)$/u);
/** A question, then a repair in the same message: "Hva koster oppholdet? Nei forresten, jeg mente deltakeravgiften." */
const REPAIRED_IN_MESSAGE = letterAware(/^(.{6,}?\?)\s+((?:(?:nei|no|sorry|beklager|unnskyld|oops|eller|or|vent|wait|forresten|actually)[\s,.!:;-]+)+(?:jeg|eg|i)\s+(?:mente|meinte|meant|mean)\b.{3,})$/u);
const NOT_MEANT = letterAware(/[\s,;]+(?:og |and |men |but )?(?:ikke|ikkje|not|no)\s+(?:den |det |the |om |about )?[\p{L}\d -]{2,40}[.!?]*$/u);
/** A bare name of something: a few words, no question word, no verb of asking. */
const BARE = letterAware(/^(?!.*\b(?:hva|kva|hvem|kven|hvor|kor|når|korleis|hvordan|what|who|where|when|how|which|er|is|are|har|has|kan|can)\b)[\p{L}\d' -]{3,60}[.!?]*$/u);

/**
 * The last question with a phrase that runs to its end (from one of `HEADS`) replaced by `rest`, when the two are of
 * a kind; the shortest such phrase is tried first.
 */
function lastPhraseSwapped(lastQuestion: string, rest: string, sameKind: (a: string, b: string) => boolean): string | undefined {
  if (rest.split(/\s+/).length > 4) return undefined;
  const q = lastQuestion.replace(/[?!.]+\s*$/, '');
  const starts = [...q.matchAll(new RegExp(`(?<=^|\\s)(?:${HEADS.join('|')})\\s+`, 'gi'))].reverse();
  for (const m of starts) {
    const phrase = q.slice((m.index ?? 0) + m[0].length);
    if (phrase.trim() && sameKind(phrase, rest)) return `${q.slice(0, (m.index ?? 0) + m[0].length)}${rest.replace(/[?!.]+$/, '')}?`;
  }
  return undefined;
}

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  første: 1, fyrste: 1, andre: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, sjuende: 7, syvende: 7, siste: -1,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, last: -1, final: -1,
  en: 1, ett: 1, én: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
};
const ORDINAL_ASK = letterAware(/^(?:og|and|men|but|så|so)?\s*(?:hva|kva|what|which|hvilket|hvilken)\s+(?:var|er|was|is|were|are)\s+(?:det|den|da|the|that)?\s*(?:nummer|number|nr\.?|punkt|point|item|no\.?)?\s*(første|fyrste|andre|tredje|fjerde|femte|sjette|sjuende|syvende|siste|first|second|third|fourth|fifth|sixth|seventh|last|\d|en|ett|én|to|tre|fire|fem|seks|sju|one|two|three|four|five|six|seven)(?:\s+(?:der|there|one|en|den|punktet|item|point|punkt|of them|av dem|av de|(?:i|på|in|on) (?:den |denne |the |that |this )?(?:lista|listen|list)|igjen|again|[a-zæøå]{4,}(?:et|en|a|ene|ane|s)))*\s*$/);
/** "Den tredje – hvem er med på den?", "The third one, is it full days?": an item named first, then asked of. */
const ORDINAL_LEAD = letterAware(/^(?:og |and |men |but |så |so )?(?:den|det|the)\s+(første|fyrste|andre|tredje|fjerde|femte|sjette|siste|first|second|third|fourth|fifth|sixth|last)(?:\s+(?:one|en|den|delen|søylen|pillar|punktet))?\s*[–—,:-]\s*\S/);
const NUMBERED = letterAware(/^(?:og|and|men|but|så|so)?\s*(?:hva med|what about|fortell (?:meg )?(?:mer )?om|tell me (?:more )?about|mer om|more about)?\s*(?:den|det|the)?\s*(?:nummer|number|nr\.?|punkt|point|item)\s*(\d|en|to|tre|fire|fem|seks|one|two|three|four|five|six)(?:\s+(?:der|there|igjen|again))?\s*$/);

/** "så den siste er i november?", "and the third one is in May?": an item of the last list with a claim about it. */
const ORDINAL_CLAIM = letterAware(/^(?:og|and|men|but|så|so|altså)?\s*(?:den|det|the)\s+(første|fyrste|andre|tredje|fjerde|femte|sjette|siste|first|second|third|fourth|fifth|sixth|last|final)(?:\s+(?:one|en|ein|samlingen|samlinga|gathering|session))?\s+(?:er|var|blir|skjer|is|was|will be|happens|takes place)\s+(?:vel\s+|visst\s+|jo\s+|then\s+|da\s+)?(?:i|in|på|on|den|the|at|around|rundt|mot|towards?)\b/);

const HOW_MANY_ITEMS = letterAware(/^(?:og|and|men|but|så|so)?\s*(?:hvor|kor|how)\s+(?:mange|many)\s*(?:er det|er de|var det|blir det|finnes det|fins det|har de|are there|were there|is that|of them|av dem|i alt|totalt|in total)?(?:\s+(?:der|there|i alt|totalt|in total|til sammen|altogether))?\s*$/);

/** The item number an ordinal follow-up asks for (-1 for the last, 0 for "how many are there?"), or undefined. */
/** `whole`: the message, whose first words may name the item before the question ("Den tredje – er det …, og …?"). */
export function ordinalAsked(focus: string, whole?: string): number | undefined {
  const q = focus.toLowerCase().trim().replace(/[?!.]+$/, '').trim();
  if (HOW_MANY_ITEMS.test(q)) return 0;
  const m = ORDINAL_ASK.exec(q) ?? NUMBERED.exec(q) ?? ORDINAL_CLAIM.exec(q) ?? ORDINAL_LEAD.exec(whole?.toLowerCase().trim() ?? q);
  if (!m) return undefined;
  return /^\d$/.test(m[1]) ? Number(m[1]) : ORDINAL_WORDS[m[1]];
}

/**
 * The numbered items of an answer ("1) Ledelse på NTNU; 2) Handlingsrom …"), in order; empty when none. An answer
 * with several lists ("virksomhetsstyring: 1) … HR og HMS: 1) …") gives the one whose heading shares most words
 * with the question, else the longest.
 */
export function numberedItems(text: string, question = ''): string[] {
  const lists: { label: string; items: string[] }[] = [];
  // "1) Ledelse …" or "1. Trygge ledere, 2. …" (a dated "15. februar" is no mark: a mark is followed by a capital).
  const marks = [...text.matchAll(/(?:^|[\s:;(,])(\d{1,2})(?:\)|\.(?=\s+[A-ZÆØÅ]))\s+/g)];
  // A list needs two marks at least; most answers have none, and then there is nothing to compare with the question.
  if (marks.length < 2) return [];
  let labelStart = 0;
  for (let i = 0; i < marks.length; i += 1) {
    const n = Number(marks[i][1]);
    if (n === 1) lists.push({ label: text.slice(labelStart, marks[i].index ?? 0).slice(-80), items: [] });
    const list = lists[lists.length - 1];
    if (!list || n !== list.items.length + 1) continue;
    const start = (marks[i].index ?? 0) + marks[i][0].length;
    const next = i + 1 < marks.length ? (marks[i + 1].index ?? text.length) : text.length;
    const end = Math.min(next, nextSentenceEnd(text, start));
    list.items.push(text.slice(start, end).trim().replace(/[;,]?\s*(?:\b(?:og|and))?$/, '').replace(/[;,.]$/, '').trim());
    labelStart = end;
  }
  // Words compared by their first six letters, so "hovedtemaene" meets "hovedtemaer".
  const key = (w: string): string => w.slice(0, 6);
  // Short words count ("HR"), the words of every sentence do not ("the", "and").
  const wordsOf = (t: string): string[] => (t.toLowerCase().match(/[a-zæøå]{2,}/g) ?? []).filter((w) => !isStopWord(w));
  const qWords = new Set(wordsOf(question).map(key));
  const usable = lists.filter((l) => l.items.length >= 2);
  // The fact's own title ("Grunnopplæring for ledere – …") heads every list in it: only the words after it tell the
  // lists apart ("HR og HMS" against "virksomhetsstyring").
  const title = new Set(wordsOf(/^[^–:]*/.exec(text)?.[0] ?? '').map(key));
  const overlap = (label: string): number => new Set(wordsOf(label).map(key).filter((w) => qWords.has(w) && (usable.length < 2 || !title.has(w)))).size;
  usable.sort((a, b) => overlap(b.label) - overlap(a.label) || b.items.length - a.items.length);
  return usable[0]?.items ?? [];
}

const nextSentenceEnd = (text: string, from: number): number => {
  const m = /\.(?:\s|$)/.exec(text.slice(from));
  return m ? from + m.index : text.length;
};

const NARROWING = letterAware(/^(og |and |so |så |men |but )?(just |bare |only )?(a |an |en |et |ein |eit |the )?(rough |omtrentlig |ca\.? |about |approximately )?(date|dato|datoen|month|måned|måneden|månad|månaden|day|dag|dagen|klokkeslett|tidspunkt|anslag|estimate|figure|tall|sum|beløp|ca\.?|cirka|roughly|approximately|omtrent|exactly|nøyaktig|(which|hvilken|hvilket|kva|kva for ein) (month|day|date|time|måned|dag|dato|tidspunkt|klokkeslett|månad)|(roughly|omtrent|ca\.?|cirka) (when|når))\s*(then|da|igjen|again)?\s*\??$/);

/**
 * "When is the LEDPRO exam due?" (not in the documents) → "a date?", "which month?", "et anslag?": a short follow-up
 * that names no program and no topic beyond the last question's (or the form of its answer) only narrows that
 * question, which stays unanswered.
 */
export function narrowsLast(read: ReadQuestion, state: QnaState): boolean {
  if (read.smallTalk || read.programs.some((p) => !state.programIds.includes(p.id))) return false;
  // Only the form of the answer asked for: a date, a month, an estimate, roughly.
  return NARROWING.test(read.focus.trim()) || IT_PRICED.test(read.focus.trim());
}

/** "Is there parking at the hotel? and is it free?": the price of what was just asked, which the documents left out too. */
const IT_PRICED = letterAware(/^(?:(?:og|and|men|but|så|so)\s+)?(?:(?:is|er)\s+(?:it|that|det|den|dette)\s+(?:(?:also|også|òg|then|da)\s+)?(?:free|free of charge|gratis|included|inkludert|inkludert i prisen|kostnadsfritt?)|(?:what|how much) does (?:it|that) cost|(?:hva|kva) (?:koster|kostar) (?:det|den)|(?:koster|kostar) (?:det|den) (?:noe|noko|ekstra)|does (?:it|that) cost (?:anything|extra))\s*\??$/);

/** The numbered items of an answer, kept for "the third one"; an item picked from a list keeps the list. */
export function listed(text: string, question: string, kept: readonly string[] | undefined): string[] | undefined {
  if (kept) return [...kept];
  const items = numberedItems(text, question).slice(0, 12).map((i) => i.slice(0, 300));
  return items.length > 0 ? items : undefined;
}

export function gatheringOf(date: DateAsk | undefined, answer: Answer): number | undefined {
  if (date?.kind === 'gathering' && date.number > 0) return date.number;
  const m = /\b(?:samling|gathering) (\d+)\b/i.exec(answer.text);
  // "the next one", "the last one": the number the answer gave it, so "and the one before that?" can count from it.
  return (date?.kind === 'next' || (date?.kind === 'gathering' && date.number === -1)) && m ? Number(m[1]) : undefined;
}

/** "hva var det fjerde?": that item of the last answer's list, with the last answer's sources (`again`). */
export function itemOf(state: QnaState, read: ReadQuestion, lang: Lang, again: Answer | undefined): Answer {
  const items = state.items ?? [];
  const n = read.item === -1 ? items.length : (read.item ?? 1);
  // "hvor mange er det?" after a list: its count, and the list again.
  const text = n === 0
    ? countedList(items.length, items.map((x, i) => `${i + 1}) ${x}`).join('; '), lang)
    : `${n}) ${items[n - 1]}.`;
  return again ? { ...again, text } : { kind: 'answer', lang, text, sources: [], followUps: [], programIds: state.programIds };
}

/**
 * "første samling", "the first joint training day": an ordinal of one thing in a sequence, in the last question; not an
 * item of a list the answer gives whole ("the first main theme" → "and the last one?" picks from the themes).
 */
const FIRST_OF_A_SEQUENCE = letterAware(/\b(første|fyrste|first)\s+(?=[\p{L}-]{4,})(?!(?:gang|gongen|gangen|time|del|delen|part|year|året|(?:main |key )?(?:themes?|topics?|pillars?|points?|items?|tracks?|strands?)|(?:hoved|hovud)?(?:tema\w*|søyle\w*|spor\w*|punkt\w*))\b)/u);
const ORDINAL_NB = ['', 'første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette'];
const ORDINAL_EN = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/**
 * "Når var den første felles opplæringsdagen?" → "Og nummer to?": the second of the same things, the last question
 * asked again of it, not item 2 of a list the answer happened to hold. Undefined when the message is no bare ordinal
 * or the last question named no first of anything.
 */
export function ordinalRestated(text: string, lastQuestion: string | undefined): string | undefined {
  if (!lastQuestion) return undefined;
  const q = text.toLowerCase().trim().replace(/[?!.]+$/, '').trim();
  const m = ORDINAL_ASK.exec(q) ?? NUMBERED.exec(q) ?? ORDINAL_ONLY.exec(q);
  if (!m) return undefined;
  const n = /^\d$/.test(m[1]) ? Number(m[1]) : ORDINAL_WORDS[m[1]];
  const first = FIRST_OF_A_SEQUENCE.exec(lastQuestion.toLowerCase());
  if (n === undefined || n === 0 || n === 1 || !first || n > ORDINAL_NB.length - 1) return undefined;
  const en = first[1] === 'first';
  const word = n === -1 ? (en ? 'last' : 'siste') : (en ? ORDINAL_EN : ORDINAL_NB)[n];
  return `${lastQuestion.slice(0, first.index)}${word}${lastQuestion.slice(first.index + first[1].length)}`;
}

/** "roughly how much longer?", "hvor mye dyrere er det?": by how much, of a comparison just made. */
const BY_HOW_MUCH = letterAware(/^(?:(?:and|so|but|og|så|men|roughly|about|approximately|omtrent|cirka|ca\.?|sånn)\s+)*(?:how much|hvor mye|kor mykje|hvor mange|how many)\s+(?:longer|shorter|lengre|lenger|kortere|more expensive|cheaper|dyrere|billigere|more|fewer|flere|færre|mer|meir)\b[^.?!]{0,30}\??$/);

/**
 * "Which runs longer, LEDPRO or NTNU's programme?" → "roughly how much longer?": the comparison asked again, whose
 * answer gives both sides' figures. Undefined unless the last answer compared programs on a measure.
 */
export function comparedAgain(text: string, state: Pick<QnaState, 'question' | 'expects' | 'programIds' | 'topic'> | undefined): string | undefined {
  if (!state?.question || !state.expects || state.programIds.length < 2 || state.topic) return undefined;
  return BY_HOW_MUCH.test(text.toLowerCase().trim()) ? state.question : undefined;
}

/** "Sjefen min så at én av dem er merket som ny – hvilken er det?", "which one covers conflict?": one of a list asked for. */
const WHICH_OF_THEM = /(?<![\p{L}])(hvilken|hvilket|hvilke|kva for ein|kva for eit|kven|which)(?: (?:av dem|av dei|of them|one|ein|en))?(?: (?:er det|is it|var det|was it))?\s*\??\s*$|(?<![\p{L}])(hvilken|hvilket|kva for ein|which one|which of them)\b/iu;

/**
 * The number of the one item of the last list that holds a word of the question no other item holds ("ny" in
 * "Diversity & co-creation (…, ny)"); undefined when no list was given, or none or several items hold such a word.
 */
export function itemNamedIn(text: string, items: readonly string[] | undefined): number | undefined {
  if (!items || items.length < 2 || !WHICH_OF_THEM.test(text)) return undefined;
  const asked = [...new Set(text.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length >= 2 && !isStopWord(w) && !/^(hvilken|hvilket|hvilke|which|kva|kven|one|ein|en|dem|dei|them|merket|marked|labelled|listed|oppført|står|stod)$/.test(w)))];
  const holds = (item: string, w: string): boolean => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'iu').test(item);
  const hits = items.map((item, i) => ({ i, n: asked.filter((w) => holds(item, w)).length })).filter((x) => x.n > 0);
  return hits.length === 1 ? hits[0].i + 1 : undefined;
}
