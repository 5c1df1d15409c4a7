import type { QnaState } from './conversation-state';
import { ordinalAsked } from './follow-ups';
import type { QuestionForm } from './question-form';
import type { DateAsk, Intent } from './question-intent';
import { itemNamedByWord, WHICH_OF_THEM } from './reader-lookups';
import { isContextStatement } from './small-talk';
import { BOTH_OF_THEM, FIRST_PERSON } from './question-clauses';
import { ACADEMIC, concernIn, PRACTICAL } from './contact-answers';
import { letterAware } from './letter-aware';
import { monthsAsked } from './month-asks';
import { ACADEMIC_TOPICS, AFTER, BEFORE, FOR_THAT, IF_I_WONDER, NUMBER_NAMED, NUMBER_WORDS, ORDINALS, ORDINAL_ONLY, UNDATED_TOPICS } from './reader-vocabulary';

/** "den fjerde", "the last one": an item of the pillars just listed, not a time, a day, a part or a gathering. */
const PILLAR_POINTED = letterAware(/\b(?:den|the)\s+(første|fyrste|andre|tredje|fjerde|siste|first|second|third|fourth|last)(?:\s+(?:one|en|ei|søylen|søyla|pillar))?\b(?!\s+(?:gang|gongen|gangen|time|dag|dagen|day|del|delen|part|samling\w*|gathering|året|year|halvdel\w*|half))/);

/** A claim of when something ends ("så er programmet ferdig", "is it over after that?"). */
const ENDS = /\b(ferdig|slutt\w*|avslutt\w*|over etter|er over|ends?|ended|finished|over after|is over|done after|ute etter)\b/;

/**
 * "og LEDPRO?", "and the faculty-wide training days?", "enn fellesdagene da?": a bare phrase after "and" asks the
 * last question again of something else; no question word or verb of its own.
 */
const AND_THE = letterAware(/^(?:og|and|enn|hva med|kva med|what about|how about)\s+(?![^?]*\b(?:hva|kva|hvem|kven|hvor|kor|kvar|når|hvordan|korleis|hvilk\w*|kva for|what|who|where|when|how|which|is|are|does|do|er|har|kan|can|has|have)\b)[^?,.]{2,60}\??$/);
/** "dekker det …", "does it cover …": what the last subject covers. */
const COVERS_IT = /\b(dekker|dekkjer|dekkes|covers?|pays? for|betaler)\s+(det|den|dette|it|that|this|they|de|dei)\b|\b(does|will|would) (it|that|this|they) (cover|pay)\b/;

/** What a message says of itself, as the reader has it when it looks back at the conversation. */
export interface LeaningInput {
  readonly state: QnaState | undefined;
  /** The message as sent, the repaired text and the clause that asks. */
  readonly question: string;
  readonly text: string;
  readonly focus: string;
  readonly intent: Intent;
  readonly form: QuestionForm;
  /** Whether the message names a program, or points at one ("the course in Brumunddal"). */
  readonly namesProgram: boolean;
  readonly designated: boolean;
  /** Two parts named together ("del 1 og del 2"). */
  readonly bothParts: boolean;
  /** The message's own topics beyond the generic ones, and its content words. */
  readonly specific: readonly string[];
  readonly content: readonly string[];
}

/** The topic, form and list item a message takes from the conversation, and whether it took any. */
export interface Leaning {
  readonly intent: Intent;
  readonly form: QuestionForm;
  readonly inherited: boolean;
  readonly item?: number;
}

/** A gathering named: a date said with it is the gathering's, not a deadline claimed. */
const GATHERING_WORD = /(samling|gathering|session)/;
/** "where?", "og hvor?", "where do I send it?", "kor då?": a place asked and nothing more. */
const WHERE_ONLY = letterAware(/^(?:(?:og|and|men|but|ok,?|so|så)\s+)?(?:where|hvor|kor|kvar)(?:\s+(?:then|da|då|do i (?:apply|send it|sign up)|sender jeg (?:den|det|søknaden)|søker jeg|søkjer eg))?\s*\??$/);

/** Topics whose figure a total asked right after sums (a price per gathering, credits per part). */
const SUMMED_TOPICS: ReadonlySet<string> = new Set(['fee', 'lodging', 'credits']);

/**
 * A follow-up without a topic of its own leans on the conversation: "enn del 2?", "og ved NTNU?", "the third one?",
 * "og hvis jeg lurer på noe rundt innholdet?". Each branch is one way a short message points back.
 */
export function leanOnConversation(input: LeaningInput): Leaning {
  const { state, question, text, focus, namesProgram, designated, bothParts, specific, content } = input;
  let { intent, form } = input;
  let inherited = false;
  // "hvem tar jeg kontakt med om praktiske ting?" → "og hvis jeg lurer på noe rundt innholdet?": whom to ask
  // about that, the other concern.
  // "… det praktiske med hotell jeg lurer på – hvem er det da?": whom to ask, asked again for a matter.
  // "Hvem av dem tar jeg hvis det gjelder romreservasjon?": which of the contacts just given, for a matter.
  if (state?.topic === 'contacts' && (IF_I_WONDER.test(focus.trim()) || /\b(hvem|who)\s+(er det|is it|is that|blir det|tar jeg|spør jeg|do i ask)(\s+(da|then|så))?\s*\??\s*$/.test(focus) || WHICH_OF_THEM.test(focus)) && !intent.topics.includes('contacts')) {
    const concern = ACADEMIC.test(focus) ? 'academic' : PRACTICAL.test(focus) ? 'practical' : undefined;
    if (concern) { intent = { ...intent, topics: ['contacts'], concern }; inherited = true; }
  }
  // "… how does it work compared to NTNU's way of picking participants?" after how one gets onto NTNU's programs: "how
  // it works" is of the matter talked of, which the question names again, not the programs' format.
  if (state?.topic && form.compare && intent.topics[0] === 'format' && intent.topics.includes(state.topic) && /\b(how does (it|that) work|hvordan (fungerer|funker|virker) (det|dette)|korleis fungerer (det|dette))\b/.test(focus)) {
    intent = { ...intent, topics: [state.topic, ...intent.topics.filter((t) => t !== state.topic)] };
  }
  // "Eg har faglege spørsmål om innhaldet. Kven er rett person å kontakte?": the matter told before the question.
  if (intent.topics[0] === 'contacts' && !intent.concern && text !== focus) {
    const told = concernIn(text);
    if (told) intent = { ...intent, concern: told };
  }
  // "When's the deadline?" → "where?": where one applies (the web pages the application fact gives), not the venue.
  if ((state?.topic === 'deadline' || state?.topic === 'apply') && WHERE_ONLY.test(focus.trim())) {
    intent = { ...intent, topics: ['apply', 'deadline'], date: undefined };
    inherited = true;
  }
  // "Når er søknadsfristen?" → "ok, så 15. januar 2024 – da rekker vi det?": a date said back is the deadline claimed.
  if ((state?.topic === 'deadline' || state?.topic === 'apply') && !namesProgram && specific.every((t) => t === 'dates') && intent.date?.kind !== 'gathering' && !GATHERING_WORD.test(focus) && (form.months.length > 0 || monthsAsked(focus) !== undefined)) {
    intent = { ...intent, topics: ['deadline', 'apply'], date: undefined };
    inherited = true;
  }
  let item: number | undefined;
  if (state && !intent.date) {
    const pointsBack = FOR_THAT.test(focus);
    const ordinal = ORDINAL_ONLY.exec(focus.trim().replace(/[?!.]+$/, '').trim());
    const asked = ordinalAsked(focus, text);
    // "Tell me a bit more about number two – who takes part in that one?": a numbered item anywhere in the message.
    const numberNamed = NUMBER_NAMED.exec(text);
    const items = state.items ?? [];
    // "Hva går den fjerde ut på i praksis?" after the pillars: an ordinal pointing anywhere in the question.
    const pillarPointed = state.list === 'pillars' ? PILLAR_POINTED.exec(focus) : null;
    const n = ordinal ? (ORDINALS[ordinal[1]] ?? Number(ordinal[1])) : asked ?? (numberNamed ? NUMBER_WORDS[numberNamed[1]] ?? Number(numberNamed[1]) : pillarPointed ? ORDINALS[pillarPointed[1]] : itemNamedByWord(focus, items));
    const shift = AFTER.test(focus) ? 1 : BEFORE.test(focus) ? -1 : 0;
    // "den første var vel i januar 2021?" after a list of topics: the first occasion, which no item dates.
    const undatedItems = monthsAsked(focus) !== undefined && !items.some((i) => monthsAsked(i) !== undefined);
    if (n !== undefined && (state.list !== 'pillars' || n === 0) && items.length > 0 && (n === -1 || n <= items.length) && !undatedItems) {
      item = n;
      inherited = true;
    } else if (n !== undefined && state.list === 'pillars') {
      intent = { ...intent, topics: ['pillars'], pillar: n };
      inherited = true;
    } else if (n !== undefined && (state.list === 'gatherings' || state.date || state.gathering !== undefined)) {
      intent = { ...intent, topics: ['dates'], date: { kind: 'gathering', number: n } };
      inherited = true;
    } else if (shift !== 0 && state.gathering !== undefined) {
      intent = { ...intent, topics: ['dates'], date: { kind: 'gathering', number: state.gathering + shift } };
      inherited = true;
    } else if (state.topic === 'support' && COVERS_IT.test(focus)) {
      // "Kan vi få støtte fra OU-fondet?" → "Og dekker det deltakeravgiften, eller bare oppholdet?": what the support
      // covers is the support's matter, though the fee and the stay are named.
      intent = { ...intent, topics: ['support', ...intent.topics.filter((t) => t !== 'support')] };
      inherited = true;
    } else if (specific.length === 0 && state.topic && (form.compare || form.comparative) && (namesProgram || (designated && (state.question ?? '').trim().endsWith('?'))) && !(bothParts && form.compare && state.topic === 'prerequisite')) {
      // "og instituttlederprogrammet, er det lengre?" / "how does that differ from X?": the same topic, side by side.
      // "how is it different for part 2?" after a question about part 1 too; not after telling of part 1 taken.
      // After what part 2 requires, "forskjellen på del 1 og del 2?" asks how the parts differ, not their requirements.
      intent = { ...intent, topics: [state.topic], concern: intent.concern ?? state.concern };
      form = { ...form, expects: form.expects ?? state.expects };
      inherited = true;
    } else if (intent.topics.length === 1 && intent.topics[0] === 'dates' && /\b(it|that|den|det|dette|denne)\b/.test(focus) && !namesProgram && !state.date && state.topic && UNDATED_TOPICS.has(state.topic)) {
      // "Spørsmål om hjemmeeksamen." → "When is it due?": the date of the exam, which no gathering's date answers.
      intent = { ...intent, topics: [state.topic, 'dates'], weakDates: true };
      inherited = true;
    } else if (specific.length === 0 && state.topic === 'lodging' && form.numbers.some((c) => c.n >= 100 && !c.unit)) {
      // "Hva koster hotellet?" → "Så 3175 er for hele året da, alle seks?": a sum claimed is of the price just given.
      intent = { ...intent, topics: [state.topic, ...intent.topics] };
      inherited = true;
    } else if (specific.length === 0 && state.topic && form.total && (BOTH_OF_THEM.test(focus) || SUMMED_TOPICS.has(state.topic)) && !form.compare) {
      // "If I end up doing both, what do I tell HR in total?" after part 1's credits: the same topic, for both.
      // "Og for hele året, alle samlingene til sammen?" after the stay's price per gathering: that price summed.
      intent = { ...intent, topics: [state.topic, ...intent.topics], concern: intent.concern ?? state.concern };
      inherited = true;
    } else if (specific.length === 0 && (content.length <= 3 || pointsBack) && state.topic && !form.compare && !countOfGatheringsClaimed(form, state.topic) && !(isContextStatement(question) && FIRST_PERSON.test(question)) && !(intent.pillar !== undefined && !intent.topics.includes(state.topic)) && !datedSwitch(focus, namesProgram, state.topic) && !(state.topic === 'examples' && namesProgram) && !(namesProgram && PROGRAM_EXISTS.test(focus)) && !(namesProgram && ownNounAsked(focus, content))) {
      // After the list of NTNU's programs, "Kva går Mentorprogrammet ut på?" asks of that program, not the list.
      // "Og over i instituttlederprogrammet: hva handler instituttledersamlingene om?" names a pillar by its title: that
      // is its subject, not the dates asked before.
      // A leader telling about themselves ("Jeg er enhetsleder og vurderer LEDPRO.") asks nothing of the last topic.
      // "hvor mange dager er det totalt?" after a gathering's date asks a count, not that date again.
      // "And the one in June?" after the first gathering: the gathering of that month, not the first again.
      const months = state.topic === 'dates' && !form.yesNo ? monthsAsked(focus) : undefined;
      // "hvor mange er etter sommeren?" after the gatherings listed: a count of those months' gatherings.
      const countedInMonths = form.expects === 'count' && state.list === 'gatherings' && months !== undefined && months.length > 0;
      const date: DateAsk | undefined = form.expects && !countedInMonths ? undefined : months && months.length > 0 ? { kind: 'all', months } : state.date;
      // "… how many hours should I set aside for that?" points back at the topic, whatever it measures.
      // "how many pages does it have to be?" after the exam: "it" is the exam, which a count of pages is of.
      const itself = /\b(it|den|det)\b/.test(focus) && UNDATED_TOPICS.has(state.topic);
      // "De er vel bare én dag hver?" after one pillar: that pillar, not the list of them.
      const pillar = form.yesNo && state.topic === 'pillars' && state.facts?.length === 1 ? /\/pillar-(\d)$/.exec(state.facts[0])?.[1] : undefined;
      intent = { ...intent, topics: form.expects && !pointsBack && !itself && !countedInMonths ? intent.topics : [state.topic, ...intent.topics], date: date ?? intent.date, concern: intent.concern ?? state.concern, ...(pillar && intent.pillar === undefined ? { pillar: Number(pillar) } : {}) };
      if (intent.date && !state.date && UNDATED_TOPICS.has(state.topic)) intent = { ...intent, date: undefined, topics: [state.topic, 'dates'], weakDates: true };
      inherited = true;
    } else if (specific.length === 0 && !state.topic && state.expects === 'duration' && !form.expects && ENDS.test(focus)) {
      // "Kor lenge varer det?" → "Det er vel berre det første året, og så er programmet ferdig?": when it ends is its
      // length, whatever else the claim's words touch.
      form = { ...form, expects: 'duration' };
      inherited = true;
    } else if (specific.length === 0 && !state.topic && state.expects && !form.expects && (form.compare || form.comparative)) {
      // "Hvor lang er en LEDPRO-samling?" → "How does the NTNU gathering measure up to that?": the same measure, side by side.
      form = { ...form, expects: state.expects };
      inherited = true;
    } else if ((specific.length === 0 && content.length <= 3 || AND_THE.test(focus.trim())) && !state.topic && state.expects && !form.expects) {
      // "Hvor lange er X?" → "og LEDPRO?": the same kind of answer for the new program.
      form = { ...form, expects: state.expects };
      inherited = true;
    } else if (intent.topics[0] === 'contacts' && !intent.concern && state.topic) {
      // "… and who handles questions about the course content?" after the practical contact names its own matter.
      // A matter told before the question ("jeg lurer på noe om det faglige innholdet – hvem skriver jeg til?") was taken
      // at the top of this function.
      const own = concernIn(focus);
      intent = { ...intent, concern: own ?? state.concern ?? (ACADEMIC_TOPICS.has(state.topic) ? 'academic' : 'practical') };
    }
  }
  return { intent, form, inherited, item };
}

/**
 * "Kva kostar LEDPRO?" → "Kva skjedde i instituttleiarprogrammet i januar 2022?": another program asked of a month of
 * a year is its own question (what happened then), not the fee asked before.
 */
function datedSwitch(focus: string, namesProgram: boolean, topic: string): boolean {
  return namesProgram && /\b20\d\d\b/.test(focus) && monthsAsked(focus) !== undefined && !['dates', 'timeline', 'content', 'themes'].includes(topic);
}

/** "Kvar er LEDPRO?" → "Eg har forstått at det er 8 samlingar?": a count of gatherings claimed asks how many there
 * are, not the place (or price) just given. */
const countOfGatheringsClaimed = (form: QuestionForm, topic: string): boolean =>
  form.yesNo && form.numbers.length > 0 && form.numbers.every((c) => c.unit === 'samling') && !['dates', 'format', 'overview'].includes(topic);

/** "Switching to NTNU now: is there a programme for research group leaders?": whether a program exists, asked of no
 * date or topic talked of before. */
const PROGRAM_EXISTS = /^(is there|are there|do they have|does ntnu (have|run|offer)|finnes det|fins det|finst det|har (de|dei|ntnu)|(driver|tilbyr) ntnu)\b[^?]*program/;

/** "Over til NTNU: kva for arenaer har instituttleiarane der?": a program switched to and a thing of its own asked by
 * name ("which arenas"): that thing, not the price talked of before. */
const ownNounAsked = (focus: string, content: readonly string[]): boolean => {
  const noun = /^(?:og |and |men |but )?(?:hva for|kva for|hvilke|hvilken|hvilket|which|what) ([\p{L}-]{4,})/u.exec(focus)?.[1];
  return noun !== undefined && content.includes(noun);
};

/** "and when were they?", "når var de?": when the things just told of (plural) take place. */
const WHEN_WERE_THEY = letterAware(/^(?:(?:and|so|og|så|men|but)\s+)?(?:when|når|kva tid|når tid)\s+(?:are|were|is|was|er|var|blir|vart|vert)\s+(?:they|those|these|de|dei|disse|desse|dem)\b/);
/** "den første av dem", "the second one": one of the things just told of, by its place in order. */
const ORDINAL_OF_THEM = letterAware(/\b(?:den|det|the)\s+(første|fyrste|andre|tredje|fjerde|first|second|third|fourth)(?:\s+(?:av dem|av dei|of them|one))\b/);

/**
 * "What happens at the joint training days?" → "and when were they?": the gatherings just told of, dated; "Den første
 * av dem, når var den?": the first of them. Undefined when the question is no such follow-up.
 */
export function gatheringsWhenAsked(focus: string, intent: Intent, state: QnaState | undefined): DateAsk | undefined {
  const aboutGatherings = state?.topic === 'pillars' || state?.topic === 'format' || state?.topic === 'training' || state?.topic === 'dates' || state?.list === 'gatherings';
  if (intent.topics[0] !== 'dates' || intent.date || !aboutGatherings) return undefined;
  // After some of the gatherings listed ("those after the summer"), "the first of them" is the first of that list
  // (follow-ups.ts), not gathering 1.
  const one = state?.list === 'gatherings' ? null : ORDINAL_OF_THEM.exec(focus);
  if (one) return { kind: 'gathering', number: ORDINALS[one[1]] };
  return WHEN_WERE_THEY.test(focus) ? { kind: 'all' } : undefined;
}
