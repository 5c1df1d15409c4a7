import { weekdayChoice } from './date-answers';
import { SAME_ASKED, SAME_PERSON } from './reader-vocabulary';
import { factsAt } from './fact-ids';
import type { Lang } from '../../../shared/i18n';
import type { Answer } from './answer';
import { evidenceOf, otherOfSameKind, statedIn } from './claim-evidence';
import { subFactHolds } from './fact-sentences';
import { travelVerdict } from './travel-times';
import { asksEligibility } from './question-focus';
import { letterAware } from './letter-aware';
import type { ReadQuestion } from './question-reader';
import type { CatalogRetriever } from './retrieval';
import { FITS_ME, roleNamedIn } from './role-groups';
import { partPriceVerdict } from './part-prices';
import { figuresVerdict, particularVerdict, verdictWord, type Verdict } from './verdicts';
import { degreeVerdict } from './degree-verdicts';
import { mealVerdict } from './meal-verdicts';
import { skipVerdict } from './part-one-verdicts';
import { outsideProvider } from './outside-workplace';
import type { Program } from '../../../catalog/catalog.schema';
import { IN_PART } from './last-fact-pointers';
import { NIGHT, NO_NIGHT } from './cost-words';
import { DEGREE_NEEDED, MUST_BE_LEADER } from './intent-adjustments';

/** A support named for public employees only, and an asker who told they work in the private sector. */
const PUBLIC_ONLY = /(Offentlig ansatte kan søke|Public employees can apply)/;
const PRIVATE_TOLD = letterAware(/\b(privat\w* (bedrift\w*|firma\w*|selskap\w*|sektor\w*|næringsliv\w*|virksomhet\w*)|private (firm|company|companies|sector|business|employer)|(engineering|consulting|consultancy|law|accounting) (firm|company)|aksjeselskap\w*)\b/);
/** A target group that reaches beyond leaders. */
const BEYOND_LEADERS = /(potensielle ledere|potential leaders|stabsmedarbeidere|staff advisers|tillitsvalgte|union representatives)/i;

/** Missing out for coming late ("går jeg glipp av opplæringen?", "have I missed it?"), and a fact that takes in those
 * who come during the term of office. */
const MISSED = letterAware(/\b((gå|går|gått|gikk|gjekk)( [a-zæøå]+)? glipp|miss(ed|es|ing)? out|(have|has) (i|we|she|he|they) missed|(mister|mistar|mista|mistet) (jeg|eg|vi|me|hun|han|ho|dei|de)\b|for seint?\b)/);
const LATE_JOINERS_TOO = /(ansatt underveis|appointed during the term)/;

/** Any requirement of education an answer may state. */
const EDUCATION_NAMED = /(bachelor|mastergrad|master's|degree|utdanning|education|studiepoeng|credits|opptakskrav|admission requirement)/i;
const NO_EDUCATION_RULE: Readonly<Record<Lang, string>> = {
  nb: 'Dokumentet oppgir ikke noe krav om utdanning her.',
  en: 'The document states no requirement of education here.',
};

/** "leadership gathering (Oppdal)": the two words before a place in brackets are what is held there. */
const PLACE_IN_BRACKETS = /([\p{L}'’-]+ [\p{L}'’-]+) \((\p{Lu}[\p{L}-]+)\)/gu;

/** The thing the question claims a place for is written in the answer beside another place. */
function placePairedElsewhere(focus: string, answer: string, claimed: string): boolean {
  const place = claimed.toLowerCase();
  return [...answer.matchAll(PLACE_IN_BRACKETS)].some((m) => focus.includes(m[1].toLowerCase()) && m[2].toLowerCase() !== place);
}

/** "open for leaders from municipalities like ours": open to people from somewhere, which outsideProvider weighs. */
const OPEN_TO_OTHERS = letterAware(/\b(?:open|ope|opent|åpent?|available|tilgjengeleg|tilgjengelig)\s+(?:for|to)\s+[^?]{0,40}\b(?:from|fra|frå|outside|utenfor|utanfor)\s/);

/** Someone, any, others: an existence asked of, not a name claimed. */
const SOME_ONE = /\b(noen|nokon|noe|noko|any|anyone|anybody|some|someone|somebody|andre|other|others)\b/;

const UNSTATED_FIRST = /^(Det står ikke i programdokumentene|Dokumentet oppgir ingen|The programme documents for [^.]* do not say|The document gives no)/;
export const VERDICT_FIRST = /^(ja|nei|yes|no|delvis|partly|ikke nødvendigvis|not necessarily)\b/i;

/** The bokmål text of an answer's facts, for checking a claim made in the program's own words. */
function bokmålOf(retriever: CatalogRetriever, facts: readonly string[] | undefined): string {
  return factsAt(retriever, facts ?? []).map(({ f }) => f.text.nb).join(' ');
}

/**
 * A yes/no question's answer with "Ja"/"Nei"/"Delvis" first, judged against the fact it gives: the asker's own degree
 * against the requirement, the claimed figures, months and names, and the claim's words against what the fact states.
 * No verdict when the fact does not state enough of the claim to say yes or no.
 */
/** ", or do we actually work on …?": a second way offered as a question of its own. */
const OR_A_CLAUSE = /,\s*(or|eller)\s+(do|does|did|will|can|is|are|er|blir|går|gjør|jobber|arbeider|får|må|skal)\s+(we|you|i|they|vi|me|jeg|eg|man|en|de|dei)\b[^?]*\?\s*$/;

/** "Would she get credits then?", "får eg studiepoeng då?": whether credits come, asked alone. */
const CREDITS_ASKED = /^(?:(?:og|and|but|men|så|so)\s+)?(?:would|will|does|do|can|could|får|gir|gjev|blir|kan)\s+(?:she|he|they|i|we|you|hun|han|ho|hen|de|dei|jeg|eg|vi|me|man|det|it)\s+(?:(?:still|also|then|også|òg|likevel)\s+)?(?:get|få|earn|noen|noko|any)?\s*(?:credits|studiepoeng|poeng|ects)\b(?:\s+(?:then|da|då|for it|for det|of it))?\s*\??\s*$/;

/** "dekker", "inkluderer", "covers", "is … included": what a price is said to hold. */
const INCLUDES_ASKED = /\b(dekker|dekkjer|dekke|inkluder\w*|inngår|er med i|covers?|covered|includes?|included|part of the (price|package))\b/;
/** "ever", "i det hele tatt", "noen gang": whether at any time, which some of the time answers yes. */
const AT_ALL = /\b(ever|at all|any of|i det hele|i det heile|noen gang|nokon gong|noen ganger|nokre gonger|av og til|sometimes|ever meet)\b/;
/** "de samme samlingene", "sammen", "together": whether two take part side by side. */
const TOGETHER_ASKED = /\b(samme samling\w*|same gatherings?|sammen|saman|together|felles|joint|i lag)\b/;

/**
 * A judgement of a price or of what it buys, not a comparison of two ("dyrere enn", "cheaper than" are read as
 * comparisons): "worth it" and "verdt pengene" too, but not "worth 30 credits", which a figure answers.
 */
const PRICE_JUDGED = /(?<![\p{L}\d])(cheap|expensive|pricey|costly|affordable|reasonabl[ey] priced|steep|dyrt?|dyre|billig|billeg|rimelig|rimeleg|kostbart?|overkommelig|overkommeleg|worth (it|the (money|cost|price|fee|investment))|verdt (det|pengene|prisen|investeringen)|lønner det seg|løner det seg)(?![\p{L}\d])(?!\s+(than|enn)\b)/iu;

/** A place the documents say the hotel is near: how far it is from there is stated. */
const NEAR_STATED = /(stasjon|station|jernbane|railway|toget|the train)/i;
/** Whether a journey is long, judged without a figure ("far from Oslo", "en lang reise", "langt unna"). */
const DISTANCE_JUDGED = /(?<![\p{L}\d])(far|a long way|long (?:trip|journey|way|drive|ride)|lang (?:reise|tur|vei|veg|kjøretur|togtur)|langt (?:unna|borte|fra|frå|å reise|å kjøre)|tungvint å komme)(?![\p{L}\d])/iu;

export function withVerdict(given: Answer, read: ReadQuestion, lang: Lang, retriever: CatalogRetriever): Answer {
  const judged = judgedAnswer(given, read, lang, retriever);
  // "Would she get credits then?" after she lacks the degree is answered by the admission rules, which give credits
  // only to those admitted ("… kursbevis (uten studiepoeng)"): a bare yes would say more than they do.
  const creditsByRules = read.intent.topics[0] === 'admission' && CREDITS_ASKED.test(read.focus.trim()) && /(uten studiepoeng|without credits)/i.test(given.text);
  return creditsByRules && /^(Ja|Yes)\. /.test(judged.text) && !/^(Ja|Yes)\. /.test(given.text) ? given : judged;
}

/** "Kan jeg søke?", "could she join?": whether the asker (or the one told of) may take part, not what they missed. */
const JOIN_ASKED = letterAware(/\b(kan|får|can|could|may)\s+(jeg|eg|vi|me|i|we|hun|han|ho|hen|she|he)\s+(\w+\s+)?(søke|søkje|delta|være med|vere med|bli med|ta|take|join|apply|attend|take part|participate|melde (?:meg|oss) på|sign up|register|enrol+|sende|send)\b/);

/** A claim that one thing covers or includes another ("dekker fondet hotellet?", "does the fee include meals?"). */
const COVERS = letterAware(/\b(dekker|dekkjer|dekke|dekkes|covers?|covered|inkluderer|inkludert|includes?|included|omfatter|omfattar)\b/);

/** Words of when, not of what is covered ("covered the fee in the past"). */
const WHEN_WORDS = new Set(['past', 'before', 'earlier', 'previously', 'ever', 'tidligere', 'tidlegare', 'før', 'year', 'years', 'året', 'årene']);

/** Nothing but a conjunction before the verb: the question opens with it ("Dekker fondet hotellet?"). */
const VERB_FIRST = /^\s*(?:(?:og|men|så|and|but|so)\s+)?$/;

function judgedAnswer(given: Answer, read: ReadQuestion, lang: Lang, retriever: CatalogRetriever): Answer {
  // An answer that already opens with its verdict ("Nei. LEDPRO 1: Målgruppen …") gets no second one; one that opens by
  // saying the documents do not say (a figure that is another program's) has no yes or no to give.
  if (VERDICT_FIRST.test(given.text) || UNSTATED_FIRST.test(given.text)) return given;
  // "Er LEDPRO dyrt?", "is the hotel cheap?": whether a price is high is the asker's to judge; the documents give the
  // figure, which a "yes" would turn into their verdict (and "is it cheap?" and "is it expensive?" would both get one).
  if (read.form.yesNo && !read.form.comparative && PRICE_JUDGED.test(read.focus)) return given;
  // "Is Brumunddal far from Oslo?", "er det en lang reise?": far is the asker's to judge; the travel times answer it.
  // Not "er det langt fra stasjonen?", which "nær Brumunddal togstasjon" answers.
  if (read.form.yesNo && read.form.numbers.length === 0 && DISTANCE_JUDGED.test(read.focus) && !NEAR_STATED.test(read.focus)) return given;
  // "Is LEDPRO 2 cheaper than LEDPRO 1?", "er det likt for del 2?": the parts' fees set against each other.
  const parts = partPriceVerdict(read, retriever, lang);
  if (parts) return { ...given, text: `${parts} ${given.text}` };
  let answer = given;
  // "I work at a private firm. Can we get OU fund money?" against "Offentlig ansatte kan søke OU-fondet": the fund is
  // named for public employees only.
  if (read.form.yesNo && answer.kind === 'answer' && PUBLIC_ONLY.test(answer.text) && PRIVATE_TOLD.test(read.text)) return { ...answer, text: `${verdictWord('no', lang)}. ${answer.text}` };
  // "Må hun ha bachelor for å bli nominert?" over NTNU's nomination, which names no education at all: neither a yes
  // nor a no, but that the document sets no such requirement.
  if (read.form.yesNo && answer.kind === 'answer' && DEGREE_NEEDED.test(read.focus) && !EDUCATION_NAMED.test(answer.text)) return { ...answer, text: `${NO_EDUCATION_RULE[lang]} ${answer.text}` };
  // "Jeg ble ansatt et år ut i perioden. Går jeg glipp av opplæringen?" over a fact that takes in those appointed during
  // the term: no.
  // Not "Får jeg noe opplæring, eller har jeg gått glipp av alt?": the first of the two is what the yes answers.
  if (read.form.yesNo && answer.kind === 'answer' && MISSED.test(read.focus) && !/\b(eller|or)\b/.test(read.focus) && LATE_JOINERS_TOO.test(answer.text)) return { ...answer, text: `${verdictWord('no', lang)}. ${answer.text}` };
  // "Må jeg være leder for å søke?" over a target group that also names staff, union representatives or potential
  // leaders: being a leader is no condition.
  if (read.form.yesNo && answer.kind === 'answer' && MUST_BE_LEADER.test(read.focus) && BEYOND_LEADERS.test(answer.text)) return { ...answer, text: `${verdictWord('no', lang)}. ${answer.text}` };
  // "Jeg har bachelor som sykepleier. Holder det?": the asker's own degree against the requirement decides.
  const degree = read.form.yesNo && answer.kind === 'answer' ? degreeVerdict(read.text, answer.text) : undefined;
  if (degree) answer = { ...answer, text: `${verdictWord(degree, lang)}. ${answer.text}` };
  // "I'm a union rep, not a manager. Would LEDPRO be relevant for me?" over a target group that names union
  // representatives: yes. A role the answer does not name gets no verdict here; the checks below decide.
  const roleIn = (): boolean | undefined => roleNamedIn(read.text, lang === 'en' ? `${answer.text} ${bokmålOf(retriever, answer.facts)}` : answer.text);
  // "Is NTNU's leadership gathering held in Gjøvik?" against "NTNU's leadership gathering (Oppdal) … and NTNU in Gjøvik":
  // the gathering asked of has its own place, and it is another.
  const paired = read.form.yesNo && answer.kind === 'answer' && read.form.names.length === 1 && !VERDICT_FIRST.test(answer.text) ? placePairedElsewhere(read.focus, answer.text, read.form.names[0]) : false;
  if (paired) return { ...answer, text: `${verdictWord('no', lang)}. ${answer.text}` };
  // "Is it the same person for practical things and for the content?": one contact named is a yes, two are a no.
  if (read.form.yesNo && answer.kind === 'answer' && SAME_PERSON.test(read.focus)) {
    const named = new Set(retriever.catalog.programs.flatMap((p) => p.contacts.map((c) => c.name)).filter((n) => answer.text.includes(n)));
    if (named.size > 0) return { ...answer, text: `${verdictWord(named.size === 1 ? 'yes' : 'no', lang)}. ${answer.text}` };
  }
  // "Jeg er sykehjemsleder i en kommune. Er NTNUs lederprogram noe for meg?": a program for its provider's own leaders
  // does not take one who works elsewhere, whatever their role.
  const fitOrJoin = !degree && read.form.yesNo && answer.kind === 'answer' && (FITS_ME.test(read.focus) || OPEN_TO_OTHERS.test(read.focus) || JOIN_ASKED.test(read.focus));
  const answered = answer.programIds.map((id) => retriever.program(id)).filter((p): p is Program => p !== undefined);
  // The reason goes first: a list of target groups does not say by itself that they are the provider's own.
  if (fitOrJoin && outsideProvider(read.text, answer.text, answered)) {
    const own = lang === 'nb' ? `Programmet er for ${answered[0].provider}s egne ledere.` : `The programme is for ${answered[0].provider}'s own leaders.`;
    return { ...answer, text: `${verdictWord('no', lang)}. ${own} ${answer.text}` };
  }
  const role = !degree && read.form.yesNo && answer.kind === 'answer' && FITS_ME.test(read.focus) ? roleIn() : undefined;
  if (role !== undefined) return role ? { ...answer, text: `${verdictWord('yes', lang)}. ${answer.text}` } : answer;
  // "Jeg jobber som konsulent i et firma …. Kan jeg søke?": a role the target group names lets the asker in; one it
  // does not name leaves the verdict to the requirement and the checks below.
  if (!degree && read.form.yesNo && !read.form.choice && answer.kind === 'answer' && asksEligibility(read.focus) && JOIN_ASKED.test(read.focus) && roleIn() === true) return { ...answer, text: `${verdictWord('yes', lang)}. ${answer.text}` };
  // "Hvor mange år varer det? Jeg tror noen sa tre.": the guess confirmed or corrected before the answer.
  if (read.guessed.length > 0 && answer.kind === 'answer' && !VERDICT_FIRST.test(answer.text)) return { ...answer, text: `${verdictWord(figuresVerdict(read.guessed, answer.text), lang)}. ${answer.text}` };
  // "Is getting in the same for both?" over programs set side by side: whether they are alike is SideBySide's to say
  // (none when their facts differ), not a yes for each having a fact.
  const sameAsked = read.comparePrograms.length > 1 && SAME_ASKED.test(read.focus);
  // "Is it mostly lectures, or do we work on our own problems?": the documents hold only the second way offered, so a
  // "yes" would say the first.
  const onlySecondWay = read.coverageSides !== undefined && read.coverageSides[0].length === 0 && read.coverageSides[1].length > 0 && OR_A_CLAUSE.test(read.focus);
  // "Er det noen kommuner som kan si noe om erfaringene?": that someone has used the program is what a testimonial says,
  // whoever it names.
  if (read.form.yesNo && answer.kind === 'answer' && read.intent.topics[0] === 'testimonial' && SOME_ONE.test(read.focus) && !VERDICT_FIRST.test(answer.text)) return { ...answer, text: `${verdictWord('yes', lang)}. ${answer.text}` };
  if (read.form.yesNo && answer.kind === 'answer' && !onlySecondWay && !weekdayChoice(read.focus) && !read.form.compare && !sameAsked && !(read.form.comparative && read.comparePrograms.length > 1) && !VERDICT_FIRST.test(answer.text)) {
    // "Jeg har to år fra høgskolen og har ledet i ti år. Kommer jeg inn?": the figures describe the asker, not the
    // program; the requirement decides.
    // The focus may start past the person told of ("… to år på høyskole, men 15 års erfaring. Kan hun søke?").
    // So do the names ("Utdanningen min er fra Tollskolen. Har jeg noen sjanse?"): a school is no place claimed.
    const form = asksEligibility(read.focus) || (read.text !== read.focus && asksEligibility(read.text)) ? { ...read.form, numbers: [], names: [] } : read.form;
    // "… the night before? Someone said another 3175?": an amount claimed for a sub-fact is that sub-fact's or wrong.
    if (subFactHolds(retriever, answer.text, read) === false) return { ...answer, text: `${verdictWord('no', lang)}. ${answer.text}` };
    const particular = particularVerdict(form, answer.text, read.text);
    const v = particular ?? 'yes';
    // "Stemmer det at kontorsjefene ikke er med?" against a fact that says they are: the negative claim does not hold.
    // The particular rules read a denial themselves ("det ikke er fysiske samlinger").
    const said = read.form.claimNegated && particular === undefined ? negatedClaim(v) : v;
    // "Dekker hotellpakken også natten før?": the extra night is priced as a cost of its own, so the stay does not
    // cover it.
    if (INCLUDES_ASKED.test(read.focus) && NIGHT.test(read.focus) && !NO_NIGHT.test(read.focus) && /\b(tilknytningsdøgn|extra night)/i.test(answer.text)) return { ...answer, text: `${verdictWord('no', lang)}. ${answer.text}` };
    // "Er vi på de samme samlingene?" against "noe … i fellesskap og noe separat": together only in part.
    // "… ever in the same sessions?", "treffast … i det heile?": some of the time is a yes.
    if (said === 'yes' && TOGETHER_ASKED.test(read.focus) && !AT_ALL.test(read.focus) && IN_PART.test(answer.text)) return { ...answer, text: `${verdictWord('partly', lang)}. ${answer.text}` };
    // "about an hour from the airport?": the time from the place named decides, not any time the answer gives.
    const travel = travelVerdict(form.text, answer.text);
    if (travel) return { ...answer, text: `${verdictWord(travel, lang)}. ${answer.text}` };
    // "breakfast to breakfast?" against "lunch to lunch incl. dinner": the meals decide.
    // "What does the 3,175 per gathering cover?" → "So dinner is included in that?": an answer that gives only the
    // stay's price is about the stay, whatever topic the question's words suggested.
    const facts = answer.facts ?? [];
    const aboutStay = read.intent.topics[0] === 'lodging' || (facts.length > 0 && factsAt(retriever, facts).every(({ f }) => f.topic === 'lodging'));
    const meals = mealVerdict(form.text, `${answer.text} ${bokmålOf(retriever, answer.facts)}`, aboutStay);
    if (meals) return { ...answer, text: `${verdictWord(meals, lang)}. ${answer.text}` };
    // Skipping a required part: the requirement decides, whatever else the question says ("allowed", "straight").
    if (skipVerdict(form.text, answer.text, read.text)) return { ...answer, text: `${verdictWord(v, lang)}. ${answer.text}` };
    // A loosely matched fact may correct a claim, but it confirms one only when it states the claimed figure,
    // month or name itself.
    const grounded = form.numbers.length > 0 || form.months.length > 0 || form.names.length > 0;
    // "Må jeg ha mastergrad?" answered by "bachelorgrad": the fact does not say yes to what it does not name.
    // An English answer is checked against its facts' bokmål text too: "is the kontorsjef included?" names the
    // role in the program's own words.
    const claimText = lang === 'en' ? `${answer.text} ${bokmålOf(retriever, answer.facts)}` : answer.text;
    const evidence = evidenceOf(claimText, retriever.isKnown);
    const missing = v === 'yes' && !grounded ? read.claimWords.filter((w) => !statedIn(evidence, w)) : [];
    // A statement to confirm ("så det er en skoleeksamen?") claims every word; a question, most of them.
    // A long statement with one word put in the asker's own way ("sørger for at alle er med på å skape …") is
    // still the fact's.
    // "Dekker OU-fondet hotellet også?": what something is said to cover must be stated, whatever else matches.
    const covered = COVERS.exec(read.focus.toLowerCase());
    // The thing covered: the words claimed after the verb, or only the last when the verb opens the question
    // ("Dekker OU-fondet hotellet?" names the fund first); none of them stated.
    const after = covered === null ? [] : read.claimWords.filter((w) => read.focus.toLowerCase().indexOf(w, covered.index) > covered.index && !WHEN_WORDS.has(w));
    const coveredWords = covered !== null && VERB_FIRST.test(read.focus.toLowerCase().slice(0, covered.index)) ? after.slice(-1) : after;
    const coverUnstated = coveredWords.length > 0 && coveredWords.every((w) => missing.includes(w));
    const unstated = coverUnstated || (read.form.asserts ? missing.length > (read.claimWords.length >= 5 ? 1 : 0) : missing.length * 2 > read.claimWords.length);
    // "er det skoleeksamen?" against "Eksamen er en hjemmeoppgave": the same kind of thing, another one of it.
    // "Jeg har fagbrev, men ingen høyere utdanning. Kan jeg være med likevel?": the asker's own education is no claim
    // about the program, so a bachelor requirement is no "other of the kind".
    const otherOfKind = !asksEligibility(read.focus) && missing.some((w) => otherOfSameKind(claimText, w, retriever.isKnown));
    // "Er tillitsvalgte nevnt som målgruppe der?" against a list of target groups that does not hold them: not listed.
    const notListed = v === 'yes' && !read.form.claimNegated && missing.some((w) => ROLE_WORD.test(w)) && (answer.text.match(/,/g) ?? []).length >= 4;
    if (otherOfKind || notListed) answer = { ...answer, text: `${verdictWord('no', lang)}. ${answer.text}` };
    else if (!unstated && (v !== 'yes' || !answer.weak || grounded || (read.claimWords.length >= 2 && missing.length * 3 <= read.claimWords.length)) && (!read.form.choice || v === 'partly')) answer = { ...answer, text: `${verdictWord(said, lang, read.form.negated && said === v)}. ${answer.text}` };
  }
  return answer;
}

/** A kind of person a list of target groups may lack ("tillitsvalgte", "rådgivere"); leaders of any kind are in most lists by another name. */
const ROLE_WORD = /^(tillitsvalgt\w*|tillitsvald\w*|rådgivere|rådgjevarar|konsulenter|representanter|verneombud\w*|stipendiater|representatives|advisers|advisors|consultants|delegates)$/;

/** The verdict on a negative claim, from the verdict on its positive: "ikke med" does not hold when "med" does. */
const negatedClaim = (v: Verdict): Verdict => (v === 'yes' ? 'no' : v === 'no' ? 'yes' : v);
