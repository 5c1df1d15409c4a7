import type { FactTopic, Program } from '../../../catalog/catalog.schema';
import type { QnaState } from './conversation-state';
import { isGeneralWord } from './general-words';
import { pillarNumberIn } from './numbered-parts';
import type { PillarTitles } from './pillar-titles';
import { SAME_PLACE_OF_TWO } from './place-sameness';
import { BOTH_OF_THEM, DEMANDS_ON_LEADERS } from './question-clauses';
import type { QuestionForm } from './question-form';
import { GENERIC_TOPICS, type Intent } from './question-intent';
import { compareGroups, timelineTopicOf } from './reader-lookups';
import { ABOUT_A_PILLAR, COMPARE_ASKED, COMPARE_ONLY, COMPARED_WITH, CONCEPT_TOPIC, PILLARS_COUNTED, SAME_ASKED, SEATS, TWO_PILLARS, TWO_PROGRAMS } from './reader-vocabulary';
import type { CatalogRetriever } from './retrieval';
import { FORUMS_ASKED } from './everyday-cues';
import { analyse, conceptOfWord, words } from './text-analysis';

/*
 * Steps of QuestionReader.read that apply to few messages, each a function of its own. read was one function of
 * 13 KB that V8's optimising compiler took about 0.5 s of CPU to compile, and compiled again each time a rare branch
 * met a shape it had not seen ("wrong map"); out here such a step's deopt recompiles only the step.
 */

/** What the pillar step reads beside the intent. */
interface PillarContext {
  readonly text: string;
  readonly focus: string;
  readonly form: QuestionForm;
  readonly programs: readonly Program[];
  readonly nameTerms: ReadonlySet<string>;
  readonly coverageTerms: readonly string[];
  readonly state: QnaState | undefined;
}

/** What the comparing step reads. */
interface CompareContext {
  readonly focus: string;
  readonly text: string;
  readonly form: QuestionForm;
  readonly named: { readonly programs: Program[]; readonly nameTerms: ReadonlySet<string> };
  readonly inFocus: { readonly programs: readonly Program[] };
  readonly fromState: Program[];
  readonly programs: Program[];
  readonly designated: boolean;
  /** Two parts named together in the question. */
  readonly both: boolean;
  readonly state: QnaState | undefined;
}

/** "gjelder … meg", "applies to me": whether something is for the asker or the person told of. */
const APPLIES_TO_ASKER = /^(?:og |and |men |but |så |so )?(gjelder|gjeld|applies|does (?:it|that|this|the \S+(?: \S+)?) apply)\b[^?]*\b(meg|oss|me|us|henne|ham|han|ho|her|him|them|dem|dei)\b/;

/**
 * The topics of the concept words of a question no cue phrase gave a topic ("hovedtemaene" → themes). Out of read
 * (a function of its own): this rare step's shapes would otherwise send the whole reading back to be compiled again.
 */
export function conceptTopics(retriever: CatalogRetriever, focus: string, concepts: ReadonlySet<string>, form: QuestionForm): FactTopic[] {
  // A part of a hyphenated name ("institutt-assessment-webinaret") is no topic word: that is an event, not an exam.
  const whole = /[\p{L}\d]-[\p{L}\d]/u.test(focus) ? analyse(focus.replace(/[\p{L}\d]+(?:-[\p{L}\d]+)+/gu, ' '), retriever.isKnown).concepts : new Set(concepts);
  // "How many places are there?" counts seats; it asks no location.
  if (SEATS.test(focus)) whole.delete('#place');
  // "det som ligger under overflaten", "lectures where experts tell you": whether "ligger" and "where" ask a place
  // is the place cue's to say, and it said no.
  // "hvor mange" counts, it asks no place either.
  if (words(focus.replace(/\b(hvor|kor) (mange|mye|lenge|ofte|langt|lang)\b/g, ' ')).filter((w) => conceptOfWord(w) === '#place').every((w) => w === 'ligger' || w === 'where')) whole.delete('#place');
  // "krav til ledere", "krevende å lede": what is demanded of leaders, not what admission requires.
  if (DEMANDS_ON_LEADERS.test(focus)) whole.delete('#admission');
  // "Er instituttlederprogrammet like langt som LEDPRO?": a length compared, not a distance travelled.
  if (form.expects === 'duration' && words(focus).filter((w) => conceptOfWord(w) === '#travel').every((w) => w === 'langt' || w === 'far')) whole.delete('#travel');
  const fromConcepts = [...concepts].filter((c) => whole.has(c)).map((c) => CONCEPT_TOPIC[c]).filter((t): t is FactTopic => t !== undefined);
  // "… blir 6350 kr i hotell?": a sum named beside the hotel is the stay's price.
  // "LEDPRO hotel is 3175 per samling, right?": a price named for the hotel is the stay's too.
  if ((fromConcepts.includes('fee') || /\b\d{1,3}[ .,]?\d{3}\b/.test(focus)) && (whole.has('#hotel') || whole.has('#lodging'))) fromConcepts.unshift('lodging');
  return fromConcepts;
}

/**
 * The intent with the one pillar asked about, by number or by its title, when one is. Out of read (a function of its own):
 * a step that rarely applies would otherwise send the whole reading back to be compiled again when it does.
 */
export function withPillar(retriever: CatalogRetriever, titles: PillarTitles, given: Intent, { text, focus, form, programs, nameTerms, coverageTerms, state }: PillarContext): Intent {
  let intent = given;
  // "hovedsøyle 4", "the second pillar", "… four main pillars. What's the first one about?": one pillar by number.
  // "…, altså søyle 2 i Instituttlederprogrammet. … Hvem deltar, og hva er fokus der?": one pillar named by number in
  // what the message tells before its question is what the question is about, when the question names no other.
  const toldBefore = text !== focus && text.endsWith(focus) ? text.slice(0, text.length - focus.length) : '';
  const toldPillar = toldBefore && new Set([...toldBefore.matchAll(/(?:hoveds[øo]yle|s[øo]yle|pillar)\s*(\d)\b/g)].map((m) => m[1])).size === 1 ? pillarNumberIn(toldBefore, toldBefore) : undefined;
  const pillarNamed = pillarNumberIn(focus, text) ?? (toldPillar !== undefined && retriever.detectPrograms(focus).programs.length === 0 && !TWO_PILLARS.test(text) ? toldPillar : undefined);
  const twoPillars = TWO_PILLARS.test(focus);
  if (pillarNamed !== undefined && !twoPillars) intent = { ...intent, topics: ['pillars', ...intent.topics.filter((t) => t !== 'pillars')], pillar: pillarNamed };
  // "Hva skjer på instituttledersamlingene?": a pillar named by its own title is that pillar, when nothing else is asked.
  // "Which arenas are there for heads of department?" asks the forums, though a pillar is titled so.
  // "Instituttledersamlingene er vel bare én dag hver?": a claim about a pillar named by its title is checked on it.
  // "Instituttledersamlingene er bare heldagssamlinger?": a length claimed of a pillar named by its title, too.
  const lengthClaimed = form.yesNo && form.expects === 'duration';
  // "Gjelder den lokale grunnopplæringen meg også?": whether a pillar named by its title is for the asker, too.
  const appliesToAsker = form.yesNo && APPLIES_TO_ASKER.test(focus);
  const plain = pillarNamed === undefined && (!form.expects || lengthClaimed) && (!form.yesNo || (form.asserts && form.numbers.length > 0) || lengthClaimed || appliesToAsker) && !form.comparative && !intent.date && !FORUMS_ASKED.test(focus) && !PILLARS_COUNTED.test(text);
  // "Korleis er instituttleiarsamlingane lagt opp?": how a pillar named by its title is run is that pillar.
  const titledAny = plain && ((form.compare && !intent.topics.includes('place')) || !intent.topics.some((t) => !GENERIC_TOPICS.has(t) && t !== 'format')) ? pillarTitled(titles, focus, programs, false, nameTerms)
    // A title named in full words ("den lokale grunnopplæringen") is the subject of "what does it hold".
    : plain && !intent.topics.some((t) => !GENERIC_TOPICS.has(t) && !ABOUT_A_PILLAR.has(t)) ? pillarTitled(titles, focus, programs, true, nameTerms) : undefined;
  // "felles opplæring om arbeidsmiljø, er konflikthandtering med?": a pillar named by its title, asked of words the
  // documents have elsewhere but its fact does not, is not what is asked about.
  // A claim about the pillar ("… er bare heldagssamlinger?") is checked against it all the same.
  const titled = titledAny !== undefined && !form.yesNo && pillarLacks(retriever, titledAny, programs, coverageTerms) ? undefined : titledAny;
  // "og på instituttledersamlingen?" after an entry of the timeline: that gathering's entry in the timeline, not the
  // pillar of the same title.
  const timelineTopic = titled !== undefined ? timelineTopicOf(retriever, state?.facts) : undefined;
  if (timelineTopic) intent = { ...intent, topics: [timelineTopic, ...intent.topics.filter((t) => t !== timelineTopic)] };
  else if (titled !== undefined) intent = { ...intent, topics: form.compare ? ['pillars'] : ['pillars', ...intent.topics], pillar: titled };
  return intent;
}

/** The programs set side by side, if any: two named, one pointed to against the conversation's, both documents'. */
export function comparedPrograms(retriever: CatalogRetriever, { focus, text, form, named, inFocus, fromState, programs, designated, both, state }: CompareContext): Program[][] {
  // Two programs named, or a part named against the other part of the conversation, are compared side by side.
  // "And LEDPRO's? Side by side please.": a comparison asked in a sentence of its own, beside the question.
  // "hvor er samlingene våre på LEDPRO, og hvor har de sine?": theirs is the other program talked of.
  // "Er det likt for LEDPRO …?" after NTNU's way in: the same asked of another program sets the two side by side.
  // "… NTNU's leader gathering in Oppdal." → "Is that the same place as the LEDPRO gatherings?": the two places side by side.
  const comparing = form.compare || form.comparative || ((SAME_ASKED.test(focus) || SAME_PLACE_OF_TWO.test(focus)) && named.programs.length > 0 && fromState.length > 0) || /\benn\b|\bthan\b|\bvs\.?\b|\b(de|dei) sine\b|\btheirs\b/.test(focus) || (text !== focus && (COMPARE_ASKED.test(text) || COMPARED_WITH.test(text) || text.split(/(?<=[.?!])\s+/).some((x) => COMPARE_ONLY.test(x.trim()))));
  // A program the words point to ("the course in Brumunddal") is set against the conversation's as one named is.
  const pointedTo = comparing && named.programs.length === 0 && !designated && fromState.length > 0 && !programs.some((p) => fromState.includes(p)) && retriever.groupByFamily(programs).length === 1 ? programs : [];
  // "Dere har to program her. Hvem er de for?": the two documents' programs, with none named and none talked of.
  // "Jeg har en kollega som var med på lederutviklingen på NTNU." → "Hvem er de to programmene laget for?": with one
  // program talked of, the two are still the two documents'. So with LEDPRO talked of (its two parts, one family).
  const bothDocuments = named.programs.length === 0 && retriever.groupByFamily(fromState).length <= 1 && TWO_PROGRAMS.test(text) ? retriever.catalog.programs.filter((p) => !p.parent) : [];
  // "Jeg tok LEDPRO del 1 … før jeg gikk over til NTNU … Hva er nytt i del 2 sammenlignet med del 1?": two parts
  // named in the question are what is compared, not the programs the story around it names.
  const storyOnly = both && inFocus.programs.length === 0;
  // "Vi vurderer begge programmene …" → "Hvordan kommer man med?": a scene that set both programs side by side
  // keeps them so for the question after it.
  const sceneOfBoth = state?.told !== undefined && state.told === state.question && TWO_PROGRAMS.test(state.told);
  return storyOnly ? [] : compareGroups(retriever, [...named.programs.filter((p) => !named.programs.some((c) => c.parent === p.id)), ...pointedTo, ...bothDocuments], fromState, designated ? programs : [], comparing, BOTH_OF_THEM.test(focus) || sceneOfBoth);
}

/** The number of the pillar whose title has a long word of the focus that no other pillar's title has. */
function pillarTitled(titles: PillarTitles, focus: string, programs: readonly Program[], phrasedOnly: boolean, nameTerms: ReadonlySet<string>): number | undefined {
  const hits = titles.named(focus, programs, phrasedOnly, nameTerms);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Whether pillar `n`'s fact lacks a long catalog word the question asks with ("arbeidsmiljø", which others hold). */
function pillarLacks(retriever: CatalogRetriever, n: number, programs: readonly Program[], coverageTerms: readonly string[]): boolean {
  const pillarFacts = retriever.withDescendants(programs.length > 0 ? programs : retriever.catalog.programs).flatMap((p) => p.facts.filter((f) => f.topic === 'pillars'));
  const own = pillarFacts.filter((f) => new RegExp(`(^|\\D)${n}$`).test(f.id));
  if (own.length === 0) return false;
  // The pillar's own fact and the list that titles it ("Fakultetsledersamlinger") name it; a rare word of the
  // documents that neither holds ("arbeidsmiljø", in a fact or two) is asked of something else.
  const text = [...own, ...pillarFacts.filter((f) => !/\d$/.test(f.id))].map((f) => `${f.text.nb} ${f.text.en}`).join(' ').toLowerCase();
  return coverageTerms.some((t) => t.length >= 10 && !t.startsWith('#') && !isGeneralWord(t) && retriever.isKnown(t) && retriever.documentFrequency(t) <= 3 && !text.includes(t));
}
