import type { QnaState } from './conversation-state';
import { leading, RUNS_IT } from './intent-adjustments';
import { letterAware } from './letter-aware';
import { PlaceSameness } from './place-sameness';
import type { QuestionForm } from './question-form';
import { claimsWeekday } from './date-answers';
import { GENERIC_TOPICS, type Intent } from './question-intent';
import { SAME_PERSON } from './reader-vocabulary';
import type { CatalogRetriever } from './retrieval';

/** "What does that add up to?", "what would it all come to?": a sum of what was just told. */
const SUM_OF_IT = /\b(what (does|do|would|will) (it|that|this|they|those|these) (all )?(come|add) (to|up)|adds? up to)\b/;
/** A price or money named outright. */
const MONEY_NAMED = /\b(cost\w*|price\w*|pay\w*|fees?|nok|kr|kroner|money|budget\w*|koste\w*|pris\w*|betal\w*|avgift\w*|penger)\b/;
/** "søke om det", "apply for it": applying for a thing just named (support), not to a program. */
const APPLY_FOR_IT = letterAware(/\b(søke|søkje|søker|søkjer) om (det|den|dette|denne|sånt|slikt|støtte|midler|pengar|penger)|\bapply(ing)? for (it|that|this|one|the same|support|funding)\b/);

/** "who runs it", "hvem står bak det": the thing run is the one pointed back to. */
const RUN_IT = /\b(runs|organi[sz]es|arranges|holds|is in charge of|is responsible for|står for|står bak|arrangerer|organiserer|holder|driver|har ansvaret for)\s+(it|that|this|them|det|den|dette|dem)\b/;

/** "den", "it", "the gathering": a gathering pointed back to, not named again. */
const POINTED_BACK = /\b(den|denne|ho|it|that one|samlingen|samlinga|the gathering|the session)\b/;

interface Reading {
  readonly focus: string;
  readonly intent: Intent;
  readonly form: QuestionForm;
  readonly inherited: boolean;
  readonly state: QnaState | undefined;
}

/** "… or somewhere else?", "… eller et annet sted?": a place asked to be the same, or not. */
const OR_ELSEWHERE = letterAware(/\b(or|eller)\s+(somewhere else|elsewhere|a different (place|venue|location)|another (place|venue|location)|et annet sted|eit anna stad|ein annan stad|annet sted|anna stad|andre steder|ikke|ikkje|not)\s*\??\s*$/);

/**
 * The last readings of a question against what the conversation just said: a sum of the credits told, the support
 * just talked of, whether one person answers two matters, a place claimed as the one named before, and program names
 * that claim no name.
 */
export class FollowUpReadings {
  private readonly places: PlaceSameness;
  /** The words of the programs' names ("head", "department"), which a question writes capitalised as names. */
  private readonly nameWords: ReadonlySet<string>;

  constructor(retriever: CatalogRetriever) {
    this.nameWords = new Set(retriever.catalog.programs.flatMap((p) => [p.name.nb, p.name.en, ...p.aliases].flatMap((n) => n.toLowerCase().split(/[^\p{L}\d]+/u))).filter((w) => w.length >= 4));
    this.places = new PlaceSameness(retriever, retriever.catalog.programs, (w) => retriever.detectPrograms(w.toLowerCase()).programs.length > 0);
  }

  read({ focus, intent: given, form: asked, inherited: before, state }: Reading): { intent: Intent; form: QuestionForm; inherited: boolean } {
    let intent = given;
    let form = asked;
    let inherited = before;
    // "How many credits do part 1 and part 2 give?" → "What does that add up to?": the credits summed, not a price.
    if (state?.topic === 'credits' && intent.topics[0] === 'fee' && SUM_OF_IT.test(focus) && !MONEY_NAMED.test(focus)) {
      intent = { ...intent, topics: ['credits'] };
      inherited = true;
    }
    // "I saw something about a kick-off in January 2022." → "Who runs it and what is it about?": "it" is what the last
    // answer told of, which says who runs it; no contact person does.
    if (intent.topics[0] === 'contacts' && state?.topic !== undefined && state.topic !== 'contacts' && !GENERIC_TOPICS.has(state.topic) && RUNS_IT.test(focus) && RUN_IT.test(focus)) {
      intent = { ...intent, topics: [state.topic, ...intent.topics.filter((t) => t !== 'contacts' && t !== state.topic)] };
      inherited = true;
    }
    // "Kollegaen min fikk støtte fra OU-fondet." → "Kan jeg også søke om det?": what one applies for is the support just
    // talked of, not a place on the program.
    if (state?.topic === 'support' && APPLY_FOR_IT.test(focus) && intent.topics[0] !== 'support') intent = leading({ ...intent, topics: ['support', ...intent.topics] }, 'support');
    // "Is that one and the same person for practical things and for the content?": who answers, not the content.
    if (SAME_PERSON.test(focus) && intent.topics[0] !== 'contacts') intent = leading({ ...intent, topics: ['contacts', ...intent.topics] }, 'contacts');
    // "Can I join NTNU's Head of Department programme?": words of a program's name claim no name.
    if (form.names.length > 0) form = { ...form, names: form.names.filter((n) => !n.split(' ').every((w) => this.nameWords.has(w.toLowerCase()))) };
    // "Er LEDPRO-samlingene også der?" after Oppdal was named: the place named before is the place claimed; with no topic
    // named, asked of a place, it is the place.
    // "same place as that one or somewhere else?": the other way offered is only the denial of the first.
    const orElsewhere = OR_ELSEWHERE.test(focus);
    const samePlace = (form.yesNo || orElsewhere) && form.names.length === 0 && (intent.topics[0] === 'place' || intent.topics.every((t) => GENERIC_TOPICS.has(t))) ? this.places.claimedPlace(focus, state) : undefined;
    if (samePlace) {
      form = { ...form, names: [samePlace], ...(orElsewhere ? { yesNo: true, choice: false } : {}) };
      if (intent.topics[0] !== 'place') intent = leading({ ...intent, topics: ['place', ...intent.topics] }, 'place');
    }
    // "Når er første samling?" → "Ok, så den starter en mandag?": the weekday is claimed of the gathering just asked of.
    if (intent.weekdays && !intent.date && state?.date?.kind === 'gathering' && claimsWeekday(focus) && POINTED_BACK.test(focus)) {
      intent = leading({ ...intent, date: state.date, topics: ['dates', ...intent.topics] }, 'dates');
      inherited = true;
    }
    return { intent, form, inherited };
  }
}
