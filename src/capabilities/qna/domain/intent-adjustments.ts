import { SKIPS_PART_ONE } from './composer-patterns';
import { GROUP_OF_MINE, HOW_DELIVERED, MEET_THERE, NOT_A_LEADER, REDO_PART_ONE, WAY_IN_WITHOUT } from './everyday-cues';
import { FITS_ME } from './role-groups';
import { HOW_MUCH } from './reader-vocabulary';
import type { FactTopic } from '../../../catalog/catalog.schema';
import { asksEligibility } from './question-focus';
import { EDUCATION_TOLD, schoolingTold } from './education-words';
import type { QuestionForm } from './question-form';
import { GENERIC_TOPICS, readIntent, type Intent } from './question-intent';
import { letterAware } from './letter-aware';
import { EMBEDDED_WHEN, WH_START } from './question-form';

/** Taking part asked of the asker alone: "can I join", "is there any way we can take part", "kan jeg delta". */
const BARE_JOIN = letterAware(/^(?:(?:is there|are there) (?:any|a|some) (?:way|chance|possibility)s? (?:that |for (?:me|us) to )?|(?:er det|finnes det) (?:noen|noko|en|ein) (?:måte|mulighet|moglegheit|sjanse) (?:for )?)?(?:(?:can|could|may) (?:i|we|one) (?:still |also |even )?|(?:i|we) (?:can|could) |(?:kan|får) (?:jeg|eg|vi|me|man|ein|en) (?:også |òg |likevel )?|(?:jeg|eg|vi|me|man) (?:kan|får) (?:også |òg )?)(?:join|take part|participate|attend|enrol+|be part|delta|være med|vere med|bli med)\b/);

/** "per samling", "for each gathering", "hver gang vi samles" (rewritten to "per samling"): a price asked per gathering. */
const PRICE_PER_GATHERING = /\b(per|pr\.?|each|every|for hver|for each|hver|kvar|for kvar) (samling|samlinga|gathering|session)\b/;

const ENOUGH_FOR_PART_TWO = letterAware(/\b(holder|holde|er nok|være nok|vere nok|enough|sufficient|suffices?|qualif\w*|kvalifiserer)\b[^.?!]{0,40}\b(for|til|to|into|på|onto)\s+(ledpro\s*)?(del|part)\s*(2|two|to)\b/);

/**
 * Corrections to what the cue words say a question asks, from how it is put: a "når" that joins a clause, "når er
 * det mest intensivt?", a part already taken, the noun a "what is the …" asks for, whom to contact, and whether
 * the asker may take part.
 */

// "Greit, så det er Randi jeg ringer når jeg må bestille en ekstra natt?": a claim after an acknowledgement too.
const CONJUNCTION_WHEN = letterAware(/^(?:(?:greit|ok|okay|okei|right|fint|flott|supert|great|fine)[,.!]?\s+)?(?:(?:så|so|altså) )?(?:og |and |men |but )?(det er|det var|it is|it's|that is|hva|hvem|hvor|hvordan|hvorfor|hvilke\w*|kva|kven|kvar|korleis|kvifor|what|who|where|how|why|which|er|blir|kan|får|skal|må|bør|trenger|deltar|gjelder|are|is|do|does|can|will|must|should|have|has|need|needs)\b.*\b(når|when)\s+(?!er\b|is\b|starter|begynner|starts|begins|holdes)/);

/** "når", "when", "dato": a date asked in so many words. */
const WHEN_ASKED = /\b(når|naar|when|dato\w*|dates?)\b/;
/** The sentences a message tells before its last one, and that last one (where the question is). */
const toldAndAsked = (focus: string): { told: string[]; asked: string } => {
  const told = focus.split(/(?<=[.!?])\s+/);
  const asked = told.pop() ?? focus;
  return { told, asked };
};
/** "selv om jeg ikke startet i 2021", "even though I started in 2023": a year in a concessive clause. */
const CONCEDED_YEAR = /\b(selv om|sjølv om|even though|although|though|even if)\b[^?.!]*\b20\d\d\b/;
/** "når lederne våre kommer", "when our people arrive": "når" opening a clause with its own subject and verb. */
const CLAUSE_WHEN = letterAware(/\b(når|when)\s+(?:[\p{L}-]+\s+){1,3}(kommer|kjem|reiser|drar|ankommer|møter|arrive|arrives|come|comes|travel|travels|get there|gets there)\b/u);

/** "ha tatt del 1", "completed part 1": a part already taken. */
export const TAKEN_PART = letterAware(/\b(tatt|tok|teke|fullført|fullførte|gjennomført|gjennomførte|bestått|fullfør|gikk|taken|took|completed|finished|done|did|passed|attended)\s+(del|part|ledpro)(\s+(del|part))?\s*[12]\b/);

/** Taking part as a course participant, not an admitted student. */
/** "noko som berre gir eit kursbevis": a certificate the asker does not want, no way of taking part told. */
const ONLY_A_CERTIFICATE = letterAware(/\b(bare|berre|kun|only|just|merely) (gir|gjev|gi|gives?|får|get|gets|leads to) (et |eit |a |an )?(kursbevis\w*|course certificates?)/g);
const COURSE_PARTICIPANT = letterAware(/\b(kursdeltak\w*|kursdeltag\w*|course participants?|kursbevis\w*|course certificates?|(ikke|ikkje|not) (kan |kan bli |blir |be |get )?(tas|tatt|teken|admitted|accepted) (opp|inn)?)/);

/** "rett før første samling", "just before the first session": a gathering named as a point of time. */
const BESIDE_A_GATHERING = letterAware(/\b(rett |like |just |right |shortly |kort )?(før|etter|before|after|ahead of|prior to)\s+(den |the )?(første|fyrste|andre|siste|first|second|last|\d\.?)\s+(samling\w*|gathering\w*|session\w*)/);

/** A question whose "når" / "when" asks no date. */
export function notAskingDates(focus: string, intent: Intent, form: QuestionForm): { intent: Intent; form: QuestionForm } {
  // "Hva tar rektor opp når hen samler dekanene?": a "når" after another question word joins a clause, it asks no date;
  // so does one after a yes/no question's verb ("Er kontorsjefene med når instituttlederne har ledergruppesamling?").
  // "når er det mest intensivt?" / "when is most of the effort?": which part of the period, not a date.
  if (/\b(når|when)\b.*\b(mest|størst|tyngst|most|heaviest|busiest|travlest|intensiv\w*|intense)\b/.test(focus) && !/\b(samling|gathering)\w*\s+\d/.test(focus)) {
    intent = { ...intent, date: undefined, topics: ['overview', ...intent.topics.filter((t) => t !== 'dates' && t !== 'overview')] };
    form = { ...form, expects: undefined };
  }
  // "When is systematic follow-up said to be especially important?": in which case, not on which date.
  if (/\b(når|when)\b.*\b(spesielt|særlig|særleg|especially|particularly)\s+(viktig|important)/.test(focus)) {
    intent = { ...intent, date: undefined, topics: intent.topics.filter((t) => t !== 'dates') };
    form = { ...form, expects: undefined };
  }
  // "Og tyngden ligger vel mot slutten, de to siste årene?": where the weight lies in the period, not a place or date.
  // "Is the effort spread evenly across those years?": where the weight lies too.
  if (WEIGHT_LIES.test(focus) || (SPREAD_EVENLY.test(focus) && !/\b(eller|or)\b/.test(focus))) {
    intent = { ...intent, date: undefined, topics: ['overview', ...intent.topics.filter((t) => t !== 'dates' && t !== 'overview' && t !== 'place')] };
  }
  // "fristen er vel 1. februar, rett før første samling?": the gathering is where the deadline is put, not what is asked.
  // "når er fristen for å søke på den første?": an ordinal without a gathering named points back, it names none.
  if (intent.topics.includes('deadline') && intent.date?.kind === 'gathering' && (BESIDE_A_GATHERING.test(focus) || !/(samling|gathering|session)/.test(focus))) {
    intent = { ...intent, date: undefined, topics: ['deadline', ...intent.topics.filter((t) => t !== 'dates' && t !== 'deadline')] };
  }
  // "man kan søke fortløpende helt fram til første samling": when one may apply is the deadline; the gathering is
  // where the claim puts its end.
  if (intent.topics.includes('apply') && APPLY_UNTIL.test(focus)) {
    intent = { ...intent, date: undefined, topics: ['deadline', ...intent.topics.filter((t) => t !== 'dates' && t !== 'deadline')] };
  }
  // "Is the exam a written sit-down exam held at the hotel on the last gathering?": the exam is what is claimed of; the
  // gathering is where it is said to be held.
  if (form.yesNo && intent.topics.includes('exam') && intent.date?.kind === 'gathering') {
    intent = { ...intent, date: undefined, topics: ['exam', ...intent.topics.filter((t) => t !== 'dates' && t !== 'exam')] };
  }
  // "… så vi slipper å betale ekstra når lederne våre kommer kvelden før. Er det riktig?": a "når" that joins a clause
  // told before the question asks no date, when the question itself asks none.
  const { told, asked } = toldAndAsked(focus);
  const toldWhen = (told.some((x) => CLAUSE_WHEN.test(x)) && !WHEN_ASKED.test(asked))
    // "Gjelder den meg også, selv om jeg ikke startet i 2021?": a year in a clause that concedes something asks no date.
    || (CONCEDED_YEAR.test(focus) && !WHEN_ASKED.test(focus.replace(CONCEDED_YEAR, ' ')));
  if ((intent.date || intent.topics.includes('dates')) && ((CONJUNCTION_WHEN.test(focus) && !EMBEDDED_WHEN.test(focus)) || toldWhen) && !/\b(dato\w*|dates?|tidspunkt\w*|klokka|klokken|what time)\b/.test(focus)) {
    intent = { ...intent, date: undefined, topics: intent.topics.filter((t) => t !== 'dates') };
  }
  return { intent, form };
}

/** Where the weight of a period lies ("tyngden ligger mot slutten", "most of the weight is at the start"). */
const WEIGHT_LIES = letterAware(/\b(tyngden|tyngda|hovedtyngden|hovudtyngda|vekta|vekten|the weight|most of the weight|the emphasis|the focus) (ligger|ligg|er|is|lies)\b/);

/** Effort said to be spread evenly over a period ("spread evenly across the years", "jevnt fordelt over årene"). */
const SPREAD_EVENLY = letterAware(/\b(spread (out )?evenly|evenly (spread|distributed)|(jevnt|jamt|likt) fordelt|like mye (hvert|kvart) år|the same (effort|amount|load) (each|every) year)\b/);

/** "Who is it for?", "hvem er det ment for?", "who's that aimed at?". */
// "Which kinds of leaders is it aimed at?" asks whom as well.
const FOR_WHOM = letterAware(/\b(who|hvem|kven|(which|what) (kinds? of |types? of |groups? of )?(leaders|managers|groups|roles|positions)|(hvilke|kva for|hva slags|kva slags) (typer |slags |grupper av )?(ledere|leiarar|grupper|roller|stillinger))\b.*\b(for|aimed|meant|intended|target|targets|ment|meint|rettet|retta|beregnet)\b/);

/** "og hvem er NTNU sin lederopplæring for da?": "for" or "at" closing a who-question asks whom it is for. */
const FOR_WHOM_END = letterAware(/^(?:og |and |så |so )?(who|whom|hvem|kven)\b(?!.*\b(kontakt\w*|contact\w*|spør\w*|ask|ring\w*|call|e-?post|e-?mail|svarer|answers?|leder|leads|runs)\b).*\b(for|aimed at|meant for)\s*(da|then|egentlig|really)?\s*\??\s*$/);

/** The asker's own kind of person named as the one it may be for ("for someone like me", "noe for oss"). */
const FOR_ME = /\b(for (meg|oss|me|us|someone like me|people like (me|us)|folk som meg|sånne som meg)|like me|som meg|(meant|intended|designed|ment|meint|tenkt|laget|laga) for|aimed at|rettet mot|beregnet for)\b/;

/** A degree said to be needed: "need a master's degree", "må jeg ha mastergrad", "krever det bachelor". */
export const DEGREE_NEEDED = letterAware(/\b(need|needs|required?|requires|must have|have to have|has to have|må (jeg|eg|man|en|ein|du|vi|me|hun|han|ho) ha|må ha|krever|kreves|krav om|trenger (jeg|eg|man|en|ein|du|vi|me)?)\b[^?]{0,25}\b(master\w*|bachelor\w*|(a |an |the )?degree|mastergrad\w*|bachelorgrad\w*|universitetsgrad\w*|høyere utdanning|høgare utdanning)/);
const ON_CONDITION_OF_EDUCATION = /\b(om|hvis|dersom|viss|if|uten|utan|without|selv om|sjølv om|even though|although|though)\b[^?]{0,30}\b(bachelor\w*|bachlor\w*|utdanning\w*|utdaning\w*|grad(en)?|degree|education|studiepoeng|høyskole\w*|høgskule\w*|universitet\w*|university|college)\b/;

/** The intent with one topic moved to lead. */
export const leading = (intent: Intent, topic: FactTopic): Intent => ({ ...intent, topics: [topic, ...intent.topics.filter((t) => t !== topic)] });

/** "lenge siden", "years ago": a part taken long before now. */
const LONG_SINCE = letterAware(/\b(lenge siden|lenge sidan|lang tid siden|mange år siden|mange år sidan|long ago|a long time ago|long time since|years ago|a while ago|a while back)\b/);

/** "Har hun sjanse til å komme inn?", "holder bachelor?": getting in, which the admission requirement decides. */
const GETTING_IN = /\b(komme inn|kommer (jeg|eg|hun|han|hen|ho|vi|man) inn|holder (det|dette|bachelor\w*)|nok (til|for)|enough|qualif\w*|kvalifiser\w*|sjanse\w*|get in|be admitted|bachelor\w*|degree|utdanning|høyskole|høgskule)\b/;

/** Choosing what to study: "pick some of the topics", "velge temaer selv". */
const CHOOSE_TOPICS = letterAware(/\b(pick|choose|select|velge|velje|plukke)\b[^.?!]{0,25}\b(topics?|themes?|temaer|tema|temaene|temaa|emner)\b/);

/** "don't meet the requirement", "oppfyller ikke kravet": admission requirements not met. */
const REQUIREMENT_UNMET = /\b(don'?t|do not|doesn'?t|does not|not|ikke|ikkje)\s+(meet|fulfil|fulfill|satisfy|oppfyller|oppfyll|innfrir|innfrir)\s+(the\s+|de\s+|dei\s+|admission\s+)?(requirements?|krav\w*|opptakskrav\w*)/;

/** How long a trip takes ("hvor mye tid … togturen", "how long is the train ride"). */
const TRIP_TIME = /\b(hvor|kor|how)\s+(mye|mykje|much|lang|long)\s+(tid|time)\b|\bhow long\b|\b(hvor|kor) lenge\b/;
const TRIP = /(tog|train|reis|trip|journey|kjør|drive|fly|flight|buss|bus\b|ride)/;

/**
 * Which of two topics a question leads with, where both are read from it: getting in with credits is the admission
 * requirement's to say; how a training is given is its format ("I hvilke former gis opplæringa?"); whether it is
 * for the asker's kind of person is its target group (the twin of the "who is it for" rule in `orderedByAsk`).
 */
export function ledByWhatIsAsked(focus: string, intent: Intent): Intent {
  if (intent.topics.includes('admission') && intent.topics.includes('credits') && intent.topics.indexOf('credits') < intent.topics.indexOf('admission') && GETTING_IN.test(focus)) intent = leading(intent, 'admission');
  // "so if they don't meet the requirement they get no credits at all?": what one gets without meeting it is the
  // admission rule's to say (a course certificate without credits).
  if (intent.topics.includes('credits') && REQUIREMENT_UNMET.test(focus)) intent = leading(intent, 'admission');
  if (intent.topics[0] === 'training' && intent.topics.includes('format')) intent = leading(intent, 'format');
  // "Which months does the 2022 timeline cover?": the timeline's months, not what a course covers.
  if (intent.topics.includes('timeline') && /\b(måned\w*|månad\w*|months?)\b/.test(focus)) intent = leading(intent, 'timeline');
  // "how long the onward journey to the venue takes": the time to get there, which the travel fact gives.
  if (intent.topics[0] === 'place' && intent.topics.includes('travel') && /\b(how long|hvor lang|kor lang|hvor lenge|kor lenge)\b/.test(focus)) intent = leading(intent, 'travel');
  // "Jeg tar toget fra Oslo S til første samling. Hvor mye tid bør jeg sette av til togturen?": the time the trip
  // takes, which the travel fact gives; the gathering named before is where the trip goes, not a date asked.
  const { asked } = toldAndAsked(focus);
  if (intent.date && intent.topics.includes('travel') && TRIP_TIME.test(asked) && TRIP.test(asked) && !WHEN_ASKED.test(asked)) {
    const led = leading(intent, 'travel');
    intent = { ...led, date: undefined, topics: led.topics.filter((t) => t !== 'dates') };
  }
  // "Hvor er den store ledersamlingen, den de reiser ut av byen for?": where it is, told with the trip there.
  if (intent.topics[0] === 'travel' && intent.topics.includes('place') && /^(?:(?:og|and|men|but|så|so)\s+)?(hvor|kvar|where)\s+(er|is|are|ligger|ligg|holdes|blir)\b/.test(focus.trim())) intent = leading(intent, 'place');
  // "Is there a deadline for applying to the OU fund?": the deadline of the support is what is asked, which the
  // support's fact must then state.
  if (intent.topics[0] === 'support' && intent.topics.includes('deadline') && /\b(frist\w*|deadlines?|søknadsfrist\w*|due date)\b/.test(focus)) intent = leading(intent, 'deadline');
  // "do we get to pick some of the topics ourselves?": choosing topics is the content, not being picked.
  if (intent.topics.includes('apply') && CHOOSE_TOPICS.test(focus)) intent = leading({ ...intent, topics: intent.topics.filter((t) => t !== 'apply') }, 'themes');
  if (intent.topics.includes('target-group') && intent.topics[0] !== 'target-group' && FOR_ME.test(focus) && !educationToldFor(focus)) intent = leading(intent, 'target-group');
  // "Jeg lurer på noe om det faglige innholdet. Hvem tar jeg det med?": who to ask, about that matter.
  if (intent.topics.includes('contacts') && intent.topics[0] !== 'contacts' && /(^|[.!?,;:–]\s+)(hvem|kven|who)\b[^.!?]*\?\s*$/.test(focus)) intent = leading(intent, 'contacts');
  // "kan jeg søke LEDPRO om jeg ikke har bachelor?": whether one may, given one's education, not how to apply.
  // "you can only join LEDPRO if you have a master's degree?": a degree as the condition is admission, not whom it is for.
  if ((intent.topics[0] === 'apply' || intent.topics[0] === 'target-group') && intent.topics.includes('admission') && ON_CONDITION_OF_EDUCATION.test(focus)) intent = leading(intent, 'admission');
  // "Do I need a master's degree to apply?", "Må jeg ha mastergrad for å søke?": a degree required is admission, not
  // how to apply nor the credits the program gives at master's level.
  if (DEGREE_NEEDED.test(focus) && !intent.topics.includes('credits')) intent = leading({ ...intent, topics: [...new Set([...intent.topics, 'admission' as const])] }, 'admission');
  // "Hvor mange ganger må jeg reise til samling?": how many times one goes is how many gatherings there are.
  if (intent.topics[0] === 'travel' && TIMES_GONE.test(focus)) intent = leading({ ...intent, topics: [...new Set([...intent.topics, 'format' as const])] }, 'format');
  // "Could those credits be used towards a master's degree later?": what the credits count for, which the credits
  // fact says ("kan søkes innpasset i andre relevante mastergradsløp"), not the degree one needs to get in.
  if (CREDITS_INTO_DEGREE.test(focus)) intent = leading({ ...intent, topics: [...new Set([...intent.topics, 'credits' as const])] }, 'credits');
  return intent;
}

const CREDITS_INTO_DEGREE = letterAware(/\b(used?|count(s|ed)?|go|transfer(red)?|credited|recogni[sz]ed|bruke|brukes|brukast|telle|teller|tel|innpasse[st]?|innpassa|godskrive[st]?|godskrivast|godkjen(t|nes|nast))\b( \p{L}+){0,3} (toward|towards|into|in|inn i|i|mot|som del av|as part of) (a |an |my |the |her |his |en |ein |ei |min |mi |sin |si )?(later |seinare |senere )?(master\p{L}*|mastergrad\p{L}*|degree|grad)\b/u);

const TIMES_GONE = letterAware(/\b(hvor|kor|how) (mange|many) (ganger|gonger|gongar|times|turer|trips|rounds)\b/);

/** An education the asker has or lacks, told with a question of taking part: the admission requirements answer it. */
const educationToldFor = (focus: string): boolean => asksEligibility(focus) && schoolingTold(focus);

/** The asked topics in the order the question puts them. */
export function orderedByAsk(focus: string, intent: Intent): Intent {
  // "Jeg er tillitsvalgt, ikke leder. Kan jeg likevel søke?": who may take part, not how to apply.
  // An education the asker has (or lacks) is for the admission requirements; a role, for the target group.
  const eligibility = asksEligibility(focus);
  const educationTold = eligibility && schoolingTold(focus);
  if (eligibility) {
    const first: FactTopic[] = educationTold ? ['admission', 'target-group'] : ['target-group', 'admission'];
    intent = { ...intent, topics: [...first, ...intent.topics.filter((t) => t !== 'apply' && t !== 'target-group' && t !== 'admission')] };
  }
  // "What's the deadline for the OU fund?": the noun asked for comes first, the rest says about what.
  const head = /^(?:og |and |så |so )?(?:hva|hvilken|hvilke|når|what|which|when)\s+(?:er|var|is|was|are)\s+(?:the |det |den |de )?([a-zæøå-]+)/.exec(focus);
  // "Hvilket tema har samling 3?" / "Which topics does it cover?": the noun after the question word is asked for.
  const which = /^(?:og |and |så |so )?(?:hvilke[nt]?|kva for (?:ein |eit |ei |nokre )?|what|which)\s+([a-zæøå-]+)/.exec(focus);
  const headTopic = head ? readIntent(head[1]).topics[0] : which ? readIntent(which[1]).topics[0] : undefined;
  if (headTopic && intent.topics.includes(headTopic) && intent.topics[0] !== headTopic && !GENERIC_TOPICS.has(headTopic)) intent = leading(intent, headTopic);
  // "and the NTNU leader training, who's that aimed at?": whom it is for is asked; the training is what it is about.
  if (intent.topics[0] !== 'target-group' && !intent.topics.includes('contacts') && (FOR_WHOM.test(focus) && intent.topics.includes('target-group') || FOR_WHOM_END.test(focus)) && !educationTold) intent = leading(intent, 'target-group');
  if (TAKEN_PART.test(focus) && !intent.topics.includes('prerequisite')) intent = { ...intent, topics: ['prerequisite', ...intent.topics] };
  // "… did part 1 in 2019. Can she go straight into part 2?": what part 2 requires answers it, before who may apply.
  // "Det holder vel med bachelorgrad for del 2?": a qualification said to be enough for part 2 is of its requirement.
  if (SKIPS_PART_ONE.test(focus) || ENOUGH_FOR_PART_TWO.test(focus)) intent = leading(intent, 'prerequisite');
  // "Hvem tar jeg kontakt med om overnatting?": whom to ask is the question; the subject only says about what.
  if (intent.topics.includes('contacts') && /^(hvem|who|whom)\b|\b(kontakt med|kontakte|contact|spør jeg|ask)\b/.test(focus)) intent = leading(intent, 'contacts');
  return intent;
}

/**
 * "Where can I read up on part 1 again?", "noe sted jeg kan friske opp grunntankene?": refreshing part 1, which the
 * prerequisite of part 2 points to ("Er det lenge siden du gjennomførte del 1, finner du mer informasjon på …").
 */
const REFRESH = letterAware(/\b(where|hvor|kor|noe sted|noko stad|somewhere|anywhere|any place)\b[^?]*\b(read up|read again|read back|refresh\w*|brush up|friske opp|friska opp|frisk opp|lese (meg )?opp|lese igjen|lese på nytt|repetere|revise)\b/);

/** "Can I (still) take part 2?", "Kan jeg likevel ta del 2?": taking the second part asked. */
const TAKE_PART_TWO = letterAware(/\b(can|could|may|kan|får|må)\s+(i|we|she|he|jeg|eg|vi|hun|han|ho)\b[^?]*\b(take|do|start|begin|join|apply|go on|ta|søke|søkje|begynne|byrje|starte|gå på|være med|vere med)\b[^?]*\b(part|del)\s*2\b/);

/** The participation fee named with a sum beside it ("deltakeravgiften er vel 35 000"). */
const FEE_CLAIMED = letterAware(/\b(deltakeravgift\w*|deltakaravgift\w*|kursavgift\w*|participation fee|participant fee|course fee|tuition)\b[^.?!,]{0,25}\d/);

/**
 * "Hvor kan jeg lese mer om del 1?", "where can I read more about the course?"; "… there is a web page where you can
 * read about del 1. Where I find that?": where the web page is.
 */
const READ_MORE = letterAware(/\b(hvor|kor|where) (kan|can|could) (jeg|eg|man|en|ein|i|we|one|you) (lese|read|finne|find|få vite|learn) (mer|meir|more|out more) (om|about) (del|part|ledpro|studiet|kurset|the course|the programme|the program)\b|\b(web ?page|website|nettside\w*|hjemmeside\w*|heimeside\w*)\b[^?]*\b(hvor|kor|where)\b|\b(hvor|kor|where)\b[^?]*\b(web ?page|website|nettside\w*|hjemmeside\w*|heimeside\w*)\b/);

/** "the address of the website", "adressen til nettsiden", "URL-en": a web address, which the application fact gives. */
const WEB_ADDRESS = letterAware(/\b(address|adress\w*|url\w*|lenk\w*|link)\b[^?.]{0,25}\b(web ?site|web ?page|site|nettside\w*|nettstad\w*|hjemmeside\w*|heimeside\w*|web)\b|\b(nettadress\w*|web address|url)\b/);

/** "Hva er nettsiden til del 1?", "What's the web page for part 1?": the page itself asked for. */
const WEB_PAGE_ASKED = letterAware(/\b(hva|kva|what|which)(?:'s| er| is| are)\s+(?:the\s+)?(nettside\w*|nettstad\w*|hjemmeside\w*|heimeside\w*|web ?pages?|websites?|lenk\w*|links?)\b/);

/** A web page or more to read asked about the hotel. */
const HOTEL_PAGE = letterAware(/\b(web ?page|web ?site|website|site|nettside\w*|nettstad\w*|hjemmeside\w*|heimeside\w*|lenke\w*|link|url|mer informasjon|meir informasjon|more information|more info|read more|lese mer|lese meir)\b[^?.]*\b(hotel\w*|hotell\w*)\b|\b(hotel\w*|hotell\w*)\b[^?.]*\b(web ?page|web ?site|website|nettside\w*|hjemmeside\w*|heimeside\w*|lenke\w*|link|url)\b/);

/** "i prisen", "in the price": the programme's price, not a compound's ("hotellprisen"). */
const COURSE_PRICE = letterAware(/\b(i|in|into|inn i) (the )?(prisen|price|kursprisen|studieprisen|totalprisen)\b(?! (for|på|of|til) (the )?(kost|losji|opphold|opphaldet|oppholdet|hotell|hotel|board|lodging|rom|overnatting|stay))/);
/** Being a leader asked as a condition of joining. */
export const MUST_BE_LEADER = letterAware(/\b(må|trenger|trengs|need|needs|have to|has to|must)\s+((jeg|eg|man|en|ein|du|vi|me|i|you|one|we|de|dei|they|han|hun|ho)\s+)?(å\s+|to\s+)?(være|vere|be|ha vært|have been)\s+((en|ein|a|an|formell|formal|skikkelig|real)\s+)?(leder|leiar|sjef|manager|leader|boss|in a leadership role|in management)\b/);
/** The fee named as such, not a sum ("summen") that may be any price. */
const FEE_NAMED = letterAware(/\b(deltakeravgift\w*|deltakaravgift\w*|deltageravgift\w*|kursavgift\w*|avgift\w*|fees?|tuition|prisen for studiet|studieavgift\w*|semesteravgift\w*|53[ .,]?000)\b/);

/** Applying until a time, or at any time ("søke fortløpende helt fram til første samling", "rolling admission"). */
const APPLY_UNTIL = letterAware(/\b(søke|søkje|søker|søkjer|apply|applying|applications?|påmelding|melde (seg|meg|oss) på)\b[^?.]{0,40}\b(fortløpende|løpende|rolling|any time|anytime|når som helst|fram til|frem til|opp til|until|up to|right up to|helt til)\b/);
/** "ingen høyere utdanning", "har ikke bachelor", "never a full degree", "oppfyller ikke opptakskravet". */
export const LACKS_REQUIREMENT = letterAware(/\b(ingen|inga|ikke|ikkje|uten|utan|no|not|without|never|aldri|mangler|manglar|lacks?|lacking)\b[^.?!]{0,30}\b(bachelor\w*|degree|høyere utdanning|høgare utdanning|høgre utdanning|higher education|opptakskrav\w*|admission requirements?)|\b(don'?t|do not|doesn'?t|does not|not|ikke|ikkje)\s+(meet|fulfil+|satisfy|oppfyller|oppfyll|innfrir)\b/);
/** A degree or the programme finished ("har fullført", "completed part 1"): the education told is then no lack. */
const COMPLETED = letterAware(/\b(fullført|gjennomført|completed|finished|bestått|passed)\b/);
/** What happens if one applies, or whether one may ("am I out then?", "holder det?"). */
const IF_I_APPLY = letterAware(/\b((noe|noko|any) (poeng|vits|point) (i|in|to|med) (å )?(søke|søkje|apply|applying)|worth applying|verdt å søke|hva skjer|kva skjer|what happens|går det an|is that possible|is it possible|er (det|dette) (mulig|mogleg|mogeleg)|sjanse\w*|chance\w*|am i out|(er|blir) (jeg|eg) (ute|utestengt)|(is|would) that (be )?enough|holder (det|dette)|er (det|dette) nok|do i (still )?qualify|would i (still )?qualify|(kommer|kjem) (jeg|eg) inn|can i (still )?get in|kan (jeg|eg|hun|han|hen|ho|vi|me) (likevel |fortsatt |framleis |da )?(søke|søkje|være med|vere med|delta|bli med|ta (det|studiet|emnet|ledpro))|can (i|she|he|they|we) (still )?(apply|join|take part|participate|attend|do it)|(hvis|om|viss|if) (jeg|eg|i) (søker|søkjer|apply)|(jeg|eg|hun|han|hen|ho|vi|me) ((da|likevel|ikke|ikkje|heller) )*kan ((ikke|ikkje) )?(være med|vere med|delta|søke|søkje|bli med)|(i|she|he|they|we) (can't|cannot|can not|couldn't) (apply|join|take part|participate|attend))\b/);

/** The admission requirement named in so many words. */
const REQUIREMENT_NAMED = /\b(opptakskrav\w*|admission requirements?|entry requirements?|opptakskrava)\b/;

/** A sum asked of what the message lists: "What's the sum?", "Hva blir det til sammen?". */
const SUM_ASK = /\b(what('s| is) the (sum|total)|what (does|do|would|will) (it|that|this|they) (all )?(come|add) (to|up)|how much (is|does) (it|that) (come to|add up to)|(hva|kva) blir (summen|totalen|det (til sammen|til saman|totalt|i alt|samla|samlet))|(hva|kva) lander (vi|me|det|en|ein|man|du|dere|dykk) på|(hva|kva) ender (vi|me|det|en|ein|man) (opp )?(med|på)|where do (we|i) (land|end up)|what do (we|i) end up (paying|with|at))(?![a-zæøå])/;
const COSTS_TOLD = /(fee|avgift|losji|lodging|hotel|hotell|semester|kostnad|cost|utgift|expense)/;

/** "hoppe rett på", "go straight in", "starte direkte": joining without what comes first. */
const JUMP_IN = letterAware(/\b(hoppe|hopp|hopper|gå|går|starte|starter|begynne|begynner|jump|go|start|get)\s+(rett|direkte|straight|directly)\s*(på|inn|in|into|i gang)?\b/);

/**
 * Which of the topics a question names leads: the order it asks them in, then the rules of what is really asked (the
 * stay's price before the fee, the fee when asked what it includes, support before the fee it pays). `leftOut`: the
 * question names what it leaves out ("uten hotell"), which adds no topic.
 */
export function whatLeads(focus: string, given: Intent, form: QuestionForm, concepts: ReadonlySet<string>, leftOut: boolean, told = focus, earlier = ''): Intent {
  let intent = orderedByAsk(focus, given);
  // "Jeg er tillitsvalgt. Er LEDPRO relevant for meg?": whom it is for answers, when nothing else is asked.
  if (form.yesNo && FITS_ME.test(focus) && !intent.topics.some((t) => !GENERIC_TOPICS.has(t))) intent = { ...intent, topics: ['target-group', ...intent.topics] };
  // "I did LEDPRO part 1 in 2019. Can I still take part 2?": what part 2 requires, which the part taken meets.
  if (form.yesNo && intent.topics.every((t) => GENERIC_TOPICS.has(t)) && TAKEN_PART.test(told) && TAKE_PART_TWO.test(focus)) intent = { ...intent, topics: ['prerequisite', ...intent.topics] };
  // "LEDPRO has eight gatherings, so I'll block 16 days. Is that the right amount?": a count of gatherings or days
  // claimed, with no topic named, is checked against how the program is organised (its gatherings and days).
  // "Så det blir åtte dager borte fra jobben?": days in all (more than one gathering's two) claimed alone too.
  if ((form.yesNo || !WH_START.test(focus.trim())) && intent.topics.length === 0 && form.numbers.some((c) => c.unit === 'samling' || (c.unit === 'dag' && c.n >= 3 && form.yesNo)) && form.numbers.every((c) => c.unit === 'samling' || c.unit === 'dag')) intent = { ...intent, topics: ['format'] };
  // "Can I take part in LEDPRO?", "Is there any way we can join?": who may take part asked with no topic named, which
  // whom the program is for answers, then its admission rules (a program for its own leaders has none).
  if (form.yesNo && intent.topics.length === 0 && BARE_JOIN.test(focus)) intent = { ...intent, topics: ['target-group', 'admission'] };
  // "Will we meet at the gatherings?": whether the parts run together, not where the gatherings are.
  if (MEET_THERE.test(focus)) intent = leading(intent, 'format');
  // "Kan hun søke selv om hun ikke har lederstilling?": whom it is for, not how one applies.
  if (NOT_A_LEADER.test(focus)) intent = leading(intent, 'target-group');
  // "Må jeg være leder for å søke?", "do you have to be a manager to apply?": whom it is for, not how to apply.
  if (MUST_BE_LEADER.test(focus)) intent = leading(intent, 'target-group');
  // "Could I still join if I don't care about getting credits?": the way in without admission is asked, not credits.
  if (intent.topics.includes('admission') && WAY_IN_WITHOUT.test(focus)) intent = leading(intent, 'admission');
  // "Omtrent hvor mye må jeg regne med å bruke på pensumlitteratur?": a sum is asked; the books say of what.
  if (intent.topics.includes('fee') && intent.topics[0] !== 'fee' && HOW_MUCH.test(focus)) intent = leading(intent, 'fee');
  // "Hva er forskjellen på LEDPRO 1 og 2?": what sets them apart is their content and what each requires.
  // "What is the difference …" reads as an overview by its "what is"; the difference is still what is asked.
  // "… sammenlignet med LEDPRO, tidsmessig?" compares what the question expects (a length), not the content.
  if (form.compare && !form.expects && intent.topics.every((t) => t === 'overview')) intent = { ...intent, topics: ['themes', 'prerequisite'] };
  // "Kva kostar opphaldet på hotellet?": the price of the stay, not the fee that says the stay comes in addition.
  // "Hvor mye må vi regne med per samling for hotellet?": the hotel's price is the stay's.
  if (intent.topics.includes('fee') && !intent.topics.includes('lodging') && (concepts.has('#lodging') || concepts.has('#hotel')) && !form.included && !leftOut) intent = { ...intent, topics: [...intent.topics, 'lodging'] };
  // "What does LEDPRO cost per gathering?": the one price the documents give per gathering is the stay's.
  if (intent.topics.includes('fee') && !intent.topics.includes('lodging') && PRICE_PER_GATHERING.test(focus) && !form.included && !leftOut) intent = { ...intent, topics: [...intent.topics, 'lodging'] };
  if (!form.included && intent.topics.includes('fee') && intent.topics.includes('lodging')) intent = leading(intent, 'lodging');
  // "Deltakeravgiften er vel 35 000 per person, og så kommer hotell i tillegg?": the fee claimed with a sum is checked
  // first; its fact also says what comes in addition.
  if (intent.topics.includes('fee') && FEE_CLAIMED.test(focus)) intent = leading(intent, 'fee');
  // "Er kost og losji inkludert i deltakeravgiften?" asks about the fee: what it covers and what comes in addition.
  // Not "Hva dekker den summen?" after the stay's price: "the sum" is that price.
  // "Er hotellopphold inkludert i prisen?": the price is the programme's, whatever the stay is called.
  if (form.included && intent.topics.includes('fee') && (FEE_NAMED.test(focus) || COURSE_PRICE.test(focus))) intent = leading(intent, 'fee');
  intent = ledByWhatIsAsked(focus, intent);
  if (GROUP_OF_MINE.test(focus)) intent = leading(intent, 'target-group');
  // "Kan jeg søke på del 2 nå, eller må jeg ta del 1 på nytt?": whether part 1 must be redone is what part 2 requires.
  if (REDO_PART_ONE.test(focus)) intent = leading(intent, 'prerequisite');
  // "kan hun søke på del 2 nå selv om det er lenge siden?": part 1 taken long ago is what part 2's requirement says
  // of ("Hvis det er lenge siden du gjennomførte del 1 …").
  if (LONG_SINCE.test(focus) && /\b(del|part|ledpro) ?2\b/.test(focus)) intent = leading(intent, 'prerequisite');
  // "How is the local leader training actually delivered – courses or what?": how it is run, not what it covers.
  if (HOW_DELIVERED.test(focus) && intent.topics.includes('format')) intent = leading(intent, 'format');
  // "Jeg har fagbrev og ett år på høyskole, men ingen grad. … Hva skjer hvis jeg søker LEDPRO?": the education told
  // decides what happens, which the admission rules say (individual assessment, course participant).
  if ((intent.topics[0] === 'apply' || intent.topics[0] === 'target-group' || intent.topics.length === 0) && !intent.topics.includes('deadline') && EDUCATION_TOLD.test(told) && IF_I_APPLY.test(focus)) intent = leading({ ...intent, topics: [...new Set([...intent.topics, 'admission' as const])] }, 'admission');
  // "Får man studiepoeng som kursdeltaker?": taking part without admission is told by the admission rules
  // (a course certificate, without credits), not by what the program gives its students.
  // So is it after the asker told she will take part as one ("Hun må nok være med som kursdeltaker.").
  // "One of our employees has no bachelor's degree, just one year of college. Can she take part?" → "Would she get
  // credits then?": without the degree she takes part as a course participant, whose certificate gives no credits.
  if (intent.topics[0] === 'credits' && !form.compare && !EDUCATION_TOLD.test(focus) && EDUCATION_TOLD.test(`${earlier} ${told}`) && !COMPLETED.test(`${earlier} ${told}`)) intent = leading(intent, 'admission');
  // "Jeg har ikke bachelor. Får jeg studiepoeng?", "Eg oppfyller ikkje opptakskravet …": the requirement unmet,
  // told anywhere in the message or before it, is what decides the credits.
  if (intent.topics[0] === 'credits' && !form.compare && LACKS_REQUIREMENT.test(`${earlier} ${told} ${focus}`)) intent = leading(intent, 'admission');
  if (COURSE_PARTICIPANT.test(told.replace(ONLY_A_CERTIFICATE, ' ')) && !form.compare && intent.topics.every((t) => ['credits', 'admission', 'overview', 'target-group'].includes(t) || GENERIC_TOPICS.has(t))) intent = leading(intent, 'admission');
  // "Hva er hoveddelene i opplæringsløpet for instituttledere?": its main parts are the pillars, whatever it is called.
  if (concepts.has('#pillar') && !intent.topics.includes('pillars') && !form.compare && /^(hva|kva|what|which|hvilke|list|name)\b/.test(focus.trim())) intent = { ...intent, topics: ['pillars', ...intent.topics] };
  // "How much does the OU fund cover of the fee?": the support is asked about; the fee only says of what.
  // "… any pot of money I could apply to?": what one applies to is the support, not the program.
  // "… course fee, semester fees and board for every gathering. What's the sum?": the costs told are summed.
  if (SUM_ASK.test(focus) && !intent.topics.some((t) => t === 'fee' || t === 'lodging') && COSTS_TOLD.test(told)) intent = leading(intent, 'fee');
  // "Hvor kan jeg lese mer om del 1?": the program's own web page, which the application fact gives, not a place.
  if (REFRESH.test(focus)) intent = leading({ ...intent, topics: [...new Set([...intent.topics, 'prerequisite' as const])] }, 'prerequisite');
  // "Er det en nettside jeg kan henvise til om hotellet?": the hotel's own page, which the place's fact gives.
  else if (HOTEL_PAGE.test(focus)) intent = leading(intent, 'place');
  else if (READ_MORE.test(focus) || WEB_ADDRESS.test(focus) || WEB_PAGE_ASKED.test(focus)) intent = leading({ ...intent, topics: [...new Set([...intent.topics.filter((t) => t !== 'place'), 'apply' as const])] }, 'apply');
  // "Hun har aldri tatt del 1. Går det an å hoppe rett på?": jumping in, with part 1 named in the message.
  if (JUMP_IN.test(focus) && /\b(del|part)\s*(1|one|en|ein)\b/.test(told)) intent = leading(intent, 'prerequisite');
  // "Opptakskravet til LEDPRO er mastergrad, så de kan ikke søke?": the requirement named is what is asked.
  if (intent.topics.includes('admission') && REQUIREMENT_NAMED.test(focus)) intent = leading(intent, 'admission');
  // "Hvor mye er studiet verdt hvis jeg vil bygge på med en master?": its worth is its credits, not its price.
  if (intent.topics.includes('credits') && /\b(verdt|worth)\b/.test(focus)) intent = leading(intent, 'credits');
  if (((concepts.has('#support') || intent.topics.includes('support')) && intent.topics.includes('fee')) || (intent.topics.includes('support') && intent.topics.includes('apply') && !intent.topics.includes('deadline'))) intent = leading(intent, 'support');
  // "Who runs the local basic training?": who organises a measure is told by that measure ("i regi av fakultet og
  // institutt"), not by a contact person.
  const run = intent.topics[0] === 'contacts' && RUNS_IT.test(focus) ? intent.topics.find((t) => t !== 'contacts' && !GENERIC_TOPICS.has(t)) : undefined;
  if (run) intent = { ...intent, topics: [run, ...intent.topics.filter((t) => t !== run && t !== 'contacts')] };
  return intent;
}

export const RUNS_IT = letterAware(/\b(who|hvem|kven)\s+(runs|organi[sz]es|arranges|holds|is in charge of|is responsible for|står for|står bak|arrangerer|organiserer|holder|driver|har ansvaret for|har ansvar for|har ansvaret|gjennomfører|leverer|delivers|provides|gives)\b/);
