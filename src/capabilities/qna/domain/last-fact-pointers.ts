import type { Answer } from './answer';
import type { Lang } from '../../../shared/i18n';
import type { QnaState } from './conversation-state';
import { factsAt } from './fact-ids';
import { letterAware } from './letter-aware';
import type { ReadQuestion } from './read-question';
import type { CatalogRetriever } from './retrieval';
import { ABOUT_IT, THERE } from './composer-patterns';
import { HOW_RUN } from './fact-answer-rules';
import { NUMBER_WORDS } from './reader-vocabulary';
import { splitSentences } from './question-focus';

/** "that's …", "and it is …", "den er vel …": a claim whose subject is the thing just told. */
const THAT_ONE_IS = /^(?:(?:and|so|og|så|men|but)\s+)?(?:that|it|this|den|det|denne|dette)(?:'s|\s+(?:is|was|gets|runs|er|var|blir|kjøres|køyrast|holdes|går))\b/;

/** "hele tiden?", "all the time?", "på alle samlingene?": an extent asked of what was just said. */
export const EXTENT_ONLY = letterAware(/^(?:(?:og|and|men|but|så|so)\s+)?(?:hele tiden|heile tida|alltid|always|all the time|every time|hver gang|kvar gong|på alle samlingene|på alle samlingane|at every gathering|at all (?:the )?gatherings|hele veien|heile vegen|the whole (?:time|way))\s*\??\s*$/);
/** A fact that says it holds only in part ("noe … i fellesskap og noe separat", "some … joint and some separate"). */
export const IN_PART = /\b(noe|noko)\b[^.]{0,60}\b(og|and) (noe|noko)\b|\bsome\b[^.]{0,60}\band some\b|\bdelvis\b|\bpartly\b/i;

/** Of the last answer's facts (`programId/factId`), those that hold only in part; all of them when none does. */
export function partFirst(ids: readonly string[], retriever: CatalogRetriever): string[] {
  const inPart = ids.filter((id) => factsAt(retriever, [id]).some(({ f }) => IN_PART.test(f.text.nb)));
  return inPart.length > 0 ? inPart : [...ids];
}

/** The last answer again for an extent asked of it, with "Nei"/"No" first when it holds only in part. */
export function extentOfLast(answer: Answer, lang: Lang): Answer {
  return IN_PART.test(answer.text) ? { ...answer, text: `${lang === 'nb' ? 'Nei, ikke hele tiden' : 'No, not all the time'}. ${answer.text}` } : answer;
}

/**
 * "altså korleis dei er lagde opp" right after two pillars set side by side: how "they" are run is what those two
 * facts say. The ids of those facts, or undefined.
 */
export function bothPointedAt(read: ReadQuestion, state: QnaState | undefined): string[] | undefined {
  const pillars = state?.facts?.filter((id) => /\/pillar-\d$/.test(id)) ?? [];
  if (pillars.length !== 2 || read.form.yesNo || read.item !== undefined || read.intent.pillar !== undefined) return undefined;
  return THEY.test(read.focus) && HOW_RUN.test(read.focus) && read.focus.split(/\s+/).length <= 8 && read.programs.length <= 1 ? pillars : undefined;
}
/** What something starts from ("what is it based on", "hva tar den utgangspunkt i", "hva bygger de på"). */
const BASED_ON = letterAware(/\b(based on|base (it|them|the \w+|this|that) on|build (it|them) on|built on|starting point|utgangspunkt|bygger (den|de|dei|det) på|bygd på|basert på|grunnlag\w*)\b/);

/** "it", "they" as a subject, not "that local training", which names its own. */
const IT_OR_THEY = /(?<![\p{L}])(it|they|den|de|dei)(?![\p{L}])/iu;

/** "den samlingen", "that pillar": the thing just told, named by its kind. */
const THAT_THING = letterAware(/\b(den|denne|that|this)\s+(samlingen|samlinga|gathering|session|søylen|søyla|pillar|opplæringen|opplæringa|training)\b/);
const THEY = /(?<![\p{L}])(de|dei|dem|they|them|those|these|disse|desse|begge|both)(?![\p{L}])/iu;

/** "hvilke tre deler", "which three points": a number of parts asked for. */
const PARTS_COUNTED = /\b(?:hvilke|kva for|which|what are the)\s+(\d|to|tre|fire|fem|two|three|four|five)\s+(?:deler|delar|punkter|punkt|ting|parts|points|items|elements|bolker)\b/;

/**
 * A follow-up about the content of "it" ("hva går den ut på?", "which topics does it list?") or a claim about it,
 * right after one fact, naming no program of its own.
 */
/** "del 1", "part two": a part of a program named by its number. */
const PART_NAMED = /\b(del|delen|part)\s*(1|2|en|to|one|two|i|ii)\b/i;
/** "Og hvem er med i den?", "hvem består den av?", "who makes it up?": the members of the thing the last answer told of. */
const MEMBERS_OF_IT = letterAware(/^(?:(?:og|and|men|but|so|så)\s+)?(?:hvem|kven|who)\b[^?]{0,20}?\b(?:(?:er|is|are|sit(?:ter|t)?|sits?) (?:med |with )?(?:i|in|on) (?:den|det|dem|dei|it|that|them|this)|(?:består|utgjør|utgjer|makes? up|forms?) (?:den|det|dei|de|it|that|this)(?: av| of)?|(?:den|det|it|that|this) (?:består|consists?) (?:av|of))\b/);
/** "Kven er med der?", "who takes part there?": who is at the thing just told of. */
const WHO_THERE = letterAware(/^(?:(?:og|and|men|but|so|så)\s+)?(?:hvem|kven|who)\b[^?]{0,25}\b(?:der|dar|there)\b/);

export function pointsToLast(read: ReadQuestion, state: QnaState | undefined, retriever: CatalogRetriever): boolean {
  // "ok, and back to NTNU's head of department programme – what's its main focus?": "its" is the program named before
  // the dash, another than the last answer's.
  // "tilbake til del 1: hva var det siste av hovedtemaene?" after part 2: a part named in a lead-in is the subject too.
  const namesNone = (): boolean => retriever.detectPrograms(read.focus).programs.length === 0 && retriever.detectPrograms(splitSentences(read.text).pop() ?? '').programs.every((p) => state?.programIds.includes(p.id) ?? true)
    && !(PART_NAMED.test(read.text) && read.programs.some((p) => !(state?.programIds.includes(p.id) ?? true)));
  // "Sammenlign gjerne med LEDPRO – kan potensielle ledere være med der også?": two programs set side by side.
  if (read.comparePrograms.length > 1) return false;
  // "and that's run centrally from the rector's office, right?" right after one pillar: a claim about that pillar.
  if (state?.facts?.length === 1 && state.list === 'pillars' && read.form.yesNo && read.item === undefined && THAT_ONE_IS.test(read.focus)) return namesNone();
  // "er kontorsjefene med der også?" right after one fact (a pillar): "there" is what that fact describes.
  // "Så kontorsjefene holdes utenfor den samlingen?": so is "that gathering".
  if (state?.facts?.length === 1 && read.form.yesNo && read.item === undefined && (THERE.test(read.focus) || THAT_THING.test(read.focus))) return namesNone();
  // "og hvordan gjennomføres den?" right after one pillar: how that pillar is run.
  if (state?.facts?.length === 1 && state.list === 'pillars' && !read.form.yesNo && !read.form.compare && ABOUT_IT.test(read.focus) && !read.form.expects && HOW_RUN.test(read.focus) && /(gjennomfør|delivered|\brun\b|organi[sz]ed|organisert|lagt opp|foregår|føregår|works?\b|fungerer|funker|i praksis|in practice)/.test(read.focus) && read.intent.pillar === undefined && read.focus.split(/\s+/).length <= 8) return namesNone();
  // "What do they base the training on when planning it?" right after one fact: what that fact starts from.
  if (state?.facts?.length === 1 && !read.form.yesNo && !read.form.compare && read.item === undefined && BASED_ON.test(read.focus) && IT_OR_THEY.test(read.focus) && read.focus.split(/\s+/).length <= 12) return namesNone();
  // "Hva er Institutt-assessment-webinaret?" → "Hvilke tre deler består det av?": the parts of "it" counted as the last
  // fact numbers them (1. …, 2. …, 3. …) are that fact's.
  const counted = state?.facts?.length === 1 && ABOUT_IT.test(read.focus) ? PARTS_COUNTED.exec(read.focus) : null;
  if (counted && state?.facts) {
    const n = NUMBER_WORDS[counted[1]] ?? Number(counted[1]);
    const text = factsAt(retriever, state.facts)[0]?.f.text.nb ?? '';
    if (n > 1 && new RegExp(`(^|\\s)${n}[.)]\\s`).test(text) && !new RegExp(`(^|\\s)${n + 1}[.)]\\s`).test(text)) return true;
  }
  // "Hva er læringsorganisasjonen i LEDPRO?" → "Og hvem er med i den?": who makes up what the last answer described,
  // which that answer tells ("består av studentene og lederne av studiet"), not whom the program is for.
  if ((state?.facts?.length ?? 0) > 0 && !read.form.compare && read.item === undefined && MEMBERS_OF_IT.test(read.focus.trim())) return namesNone();
  // "hva er nytt i del 2 sammenlignet med det?" sets "it" beside another program: a comparison, not the last fact.
  if (state?.facts?.length !== 1 || read.coverageTerms.length > 0 || read.form.yesNo || read.form.compare || read.item !== undefined) return false;
  // "Kven er med der?" right after one entry ("rektors ledersamling med dekaner og rektorat"): who is at that one.
  if (read.intent.topics[0] === 'target-group' && WHO_THERE.test(read.focus.trim())) return namesNone();
  // "kven er ho meint for?", "how is it delivered?" right after a pillar: whom that pillar is for, how it is run.
  const afterPillar = factsAt(retriever, state.facts)[0]?.f.topic === 'pillars';
  // "Og hvilke temaer tar de opp der?" after the head-of-department gatherings (a pillar named in the plural).
  const aboutThem = afterPillar && /(?<![\p{L}])(de|dei|they|them|there|der|dar)(?![\p{L}])/iu.test(read.focus);
  // "How many days is each one?" right after the Head of Department gatherings: how long that pillar's gatherings are.
  const eachOfThem = afterPillar && read.form.expects === 'duration' && read.intent.topics.length === 0 && /\b(each|every|hver|kvar|de|dei|they|them)\b/.test(read.focus);
  if (eachOfThem) return namesNone();
  if (!(ABOUT_IT.test(read.focus) || aboutThem) || !['themes', 'content', 'overview', ...(afterPillar ? ['target-group', 'format'] : [])].includes(read.intent.topics[0] ?? '')) return false;
  return namesNone();
}
