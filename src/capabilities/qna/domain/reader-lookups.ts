import type { FactTopic, Program } from '../../../catalog/catalog.schema';
import { factsAt } from './fact-ids';
import type { QnaState } from './conversation-state';
import type { CatalogRetriever } from './retrieval';
import { analyse, isStopWord, stem, words } from './text-analysis';

// The reader's lookups in the catalog: compounds the documents know, the asker's situation, a part designated by
// number, and which programs a question sets side by side.

/** "samlingene for instituttledere" is the documents' "instituttledersamlingene": the compound, when they know it. */
export function joinedCompounds(retriever: CatalogRetriever, focus: string): string[] {
  const out: string[] = [];
  for (const m of focus.matchAll(/([a-zæøå]{4,})\s+(?:for|til|med|av|of|for the)\s+([a-zæøå]{4,})/g)) {
    const head = stem(m[1]);
    const first = stem(m[2]).replace(/e$/, '');
    for (const c of [`${first}${head}`, `${first}s${head}`]) if (c.length >= 10 && retriever.isKnown(c)) out.push(c);
  }
  return out;
}

/**
 * "I was appointed halfway through the period. Is there anything for me?": the situation told before the question
 * holds what it is about. A concept of the context that only a fact or two of the catalog has is searched for too;
 * common ones (a gathering, a fee) stay out, so a salient noun of the context does not steer the answer.
 */
export function situationConcepts(retriever: CatalogRetriever, text: string, focus: string, asked: ReadonlySet<string>): string[] {
  if (text.length === focus.length) return [];
  const context = text.replace(focus, ' ');
  const told = analyse(context, retriever.isKnown);
  // A rare word of the context names the asker's own role or case ("forskningsgruppeleder", "åremålsperioden").
  // A singular "-leder" is indexed by its plural's stem ("forskningsgruppeledere"): either form is looked up.
  const rareWords = words(context).filter((w) => w.length >= 8 && !/^\d/.test(w))
    .map((w) => [stem(w), stem(`${w}e`)].find((t) => retriever.documentFrequency(t) > 0) ?? '')
    .filter((t) => t !== '' && retriever.documentFrequency(t) <= 2);
  return [...[...told.concepts].filter((c) => !asked.has(c) && retriever.documentFrequency(c) > 0 && retriever.documentFrequency(c) <= 2), ...rareWords];
}

/** "del 2" / "part 1" alone picks that part of the family the conversation is about. */
export function designatedPart(retriever: CatalogRetriever, focus: string, fromState: readonly Program[]): Program | undefined {
  const m = /\b(?:del|part|ledpro)\s*([12])\b/.exec(focus);
  const partOf = (ps: readonly Program[], n: string): Program | undefined => ps.find((p) => p.aliases.some((a) => new RegExp(`(del|part) ${n}$`, 'i').test(a)));
  // "Hvor mange studiepoeng gir del 2?" with no program talked of: the part of the one family that has numbered parts.
  if (fromState.length === 0) {
    // "én av oss tar del 1 og den andre del 2": two parts named are both asked about.
    if (new Set([...focus.matchAll(/\b(?:del|part|ledpro)\s*([12])\b/g)].map((x) => x[1])).size > 1) return undefined;
    const parted = m ? retriever.catalog.programs.filter((p) => partOf([p], m[1])) : [];
    return parted.length === 1 ? parted[0] : undefined;
  }
  const family = retriever.familyOf(fromState[0]);
  const part = (n: string): Program | undefined => partOf(family, n);
  if (m) return part(m[1]);
  // "Ok, and the other one?" / "og den andre da?" on one part: the other part.
  if (OTHER_ONE.test(focus) && fromState.length === 1) {
    const [one, two] = [part('1'), part('2')];
    if (one && two && (fromState[0] === one || fromState[0] === two)) return fromState[0] === one ? two : one;
  }
  // "den første delen", "the second part", "the follow-on course". "Den andre delen" is the second part, or the other
  // one when the conversation is on the second.
  const ordinal = PART_BY_WORD.exec(focus);
  if (!ordinal) return undefined;
  if (ordinal[1]) return part('1');
  const second = part('2');
  if (ordinal[2] === 'andre' && second && fromState.length === 1 && fromState[0] === second) return part('1');
  return second;
}

/** "the other one", "den andre da?", "the other part": the one of two not talked of, not a second gathering. */
export const OTHER_ONE = /\b(the other (one|part|half|course)|the other(?=\s*[?,.!–-]|\s*$)|den andre(?=\s*[?,.!–-]|\s*$|\s+(da|then|igjen|delen|parten)\b)|det andre kurset|dei andre delen)/;

const PART_BY_WORD = /\b(?:(første|fyrste|first)\s+(?:del|delen|parten|part)|(andre|second|siste|last)\s+(?:del|delen|parten|part)|(the follow-on( course| part)?|the continuation( course| part)?))\b/;

export function compareGroups(retriever: CatalogRetriever, named: readonly Program[], fromState: readonly Program[], designated: readonly Program[], comparing: boolean, both: boolean): Program[][] {
  const groups = retriever.groupByFamily(named);
  // Two program families named in one question are answered side by side, compare word or not.
  if (groups.length > 1) return groups;
  // "Kven er målgruppa for dei to programma?" after both were named: each family of the conversation in turn.
  const talkedOf = retriever.groupByFamily(fromState);
  if (both && named.length === 0 && talkedOf.length > 1) return talkedOf;
  if (comparing && designated.length > 0 && fromState.length > 0 && !fromState.some((p) => designated.includes(p))) return [fromState.slice(0, 1), [...designated]];
  // "og instituttlederprogrammet, er det lengre?": the program named against the conversation's program.
  if (comparing && named.length > 0 && fromState.length > 0 && !fromState.some((p) => named.includes(p))) return [retriever.groupByFamily(fromState)[0] ?? [...fromState], [...named]];
  return [];
}

/** The topic of the last answer's one fact when that fact is an entry of a timeline ("I tidslinjen står …"). */
export function timelineTopicOf(retriever: CatalogRetriever, facts: readonly string[] | undefined): FactTopic | undefined {
  if (facts?.length !== 1) return undefined;
  const fact = factsAt(retriever, facts)[0]?.f;
  return fact && /^I tidslinjen\b/.test(fact.text.nb) ? fact.topic : undefined;
}

/**
 * The programs of the conversation, and for "… i hvert av programmene?" (`both`) after a scene that named one program
 * and signed the other by its words ("Jeg er instituttleder, og en kompis går LEDPRO."), that other one too.
 */
export function programsOfConversation(retriever: CatalogRetriever, state: QnaState | undefined, both: boolean): Program[] {
  const stated = (state?.programIds ?? []).map((id) => retriever.program(id)).filter((p): p is Program => p !== undefined);
  const signed = state?.told && both && retriever.groupByFamily(stated).length === 1 ? retriever.documentsSignedBy(state.told).filter((p) => !stated.some((x) => x === p || x.parent === p.id || p.parent === x.id)) : [];
  return [...stated, ...signed];
}

/**
 * The stems of a program's long name words (ten letters or more), made once per program: every question asks them.
 * Names and aliases are fixed at load (the cohort overlay changes only cohorts).
 */
const nameStems = new WeakMap<Program, readonly string[]>();
export function longNameStems(p: Program): readonly string[] {
  const kept = nameStems.get(p);
  if (kept) return kept;
  const made = words(`${p.name.nb} ${p.name.en} ${p.aliases.join(' ')}`).filter((w) => w.length >= 10).map((w) => stem(w));
  nameStems.set(p, made);
  return made;
}

/** A program named by its place ("the course in Brumunddal", "the Brumunddal one", "LEDPRO i Brumunddal"). */
const NAMED_BY_PLACE = /\b(?:(?:the|that|this|det|den|dette|denne)\s+(?:course|program\w*|one|study|kurset|studiet|programmet|opplegget|tilbudet|tilbodet)|ledpro\w*|ntnu\w*)\s+(?:in|at|up in|i|på|oppe i|borte i)\s+([\p{L}-]+)|\bthe\s+([\p{L}-]+)\s+(?:one|course|program\w*)\b/gu;

/** "the diversity one", "den om mangfald": an item of the last list named by a word of it. */
const ITEM_BY_WORD = /\b(?:the|that|this) ([\p{L}-]{4,}) one\b|\bden (?:om|med) ([\p{L}-]{4,})/u;

/** "the part on …", "delen om …", "den biten med …": an item of the last list named by a phrase of it. */
const ITEM_BY_PHRASE = /\b(?:the (?:part|bit|section|item|point|one) (?:on|about|with|for|called)|(?:den |det )?(?:delen|biten|punktet|temaet) (?:om|med|som handler om|som handlar om)) ([\p{L} -]{4,80})/u;

/** The number of the one item of the last list that holds the word the question names it by, if exactly one does. */
export function itemNamedByWord(focus: string, items: readonly string[]): number | undefined {
  if (items.length < 2) return undefined;
  // "What falls under the part on room for action and planning?": the item that holds the most of the phrase's words.
  const phrase = ITEM_BY_PHRASE.exec(focus)?.[1];
  if (phrase) {
    const asked = phrase.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && !isStopWord(w));
    const counts = items.map((text) => { const ws = text.toLowerCase().split(/[^\p{L}]+/u); return asked.filter((a) => ws.some((w) => w.startsWith(a.slice(0, Math.max(4, a.length - 2))))).length; });
    const best = Math.max(...counts);
    if (best >= 1 && counts.filter((c) => c === best).length === 1) return counts.indexOf(best) + 1;
  }
  const m = ITEM_BY_WORD.exec(focus);
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!word) return undefined;
  const head = word.slice(0, Math.max(4, Math.min(6, word.length - 2)));
  const hits = items.map((text, i) => ({ i, has: text.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.startsWith(head)) })).filter((x) => x.has);
  return hits.length === 1 ? hits[0].i + 1 : undefined;
}

/** "hvem av dem …", "which of them …": one of the people just named. */
export const WHICH_OF_THEM = /^(?:og |and |men |but )?(hvem|kven|who|which one|which)\s+(av (dem|dei|de to|dei to|disse|desse)|of (them|the two|those|these))\b/;

/** The phrases that name a program by its place in a message, when the place word names one ("brumunddal"). */
export const namingPhrases = (retriever: CatalogRetriever, focus: string): RegExpExecArray[] =>
  [...focus.matchAll(NAMED_BY_PLACE)].filter((m) => retriever.signaturePrograms(m[1] ?? m[2]).length > 0);
