import type { Program } from '../../../catalog/catalog.schema';
import { inYear } from '../../../catalog/gathering-time';
import { GENERAL_WORDS } from './general-words';
import { letterAware } from './letter-aware';
import { edgeFree } from './pattern-screens';
import { broughtAlong, isOffDocument, OFF_PHRASES } from './off-document-subjects';
import { asksEligibility, SELF } from './question-focus';
import { MEAL_CLAIM } from './meal-verdicts';
import { isStopWord, stem, words } from './text-analysis';
import { readIntent } from './question-intent';

// Clauses of a question the reader sets apart: the two sides of a choice, the writer's own situation, what group
// is asked for, and the year a question dates itself by.

export const gathersIn = (p: Program, year: string): boolean =>
  p.cohorts.some((c) => !c.example && c.gatherings.some((g) => inYear(g, year)));

export const DEMANDS_ON_LEADERS = /\bkrav\w* til (le[id]\w*|oss|dem|meg)\b|\bkrevende\b|\bstiller [^?]{0,20}\bkrav|demands? (on|of) (the )?(leaders|managers|us)|demanding to lead/;

/**
 * The coverage terms on each side of "eller"/"or": the few words just before it against the words after it
 * ("… i generell teori, eller i det vi sliter med på jobben?"). Undefined unless both sides hold a term.
 */
const CHOICE = /^(.*?)[,\s]+(?:eller|or)\s+(.*)$/u;
/** A side of a choice that names something the documents know, not just "or not" or "or does it calm down". */
// "… eller ligger det i gangavstand?": a word the documents lack may still ask a topic they answer (the walk is travel).
const own = (side: string, known: (stemmed: string) => boolean): boolean =>
  words(side).some((w) => !isStopWord(w) && !GENERAL_WORDS.has(w) && ((w.length > 4 && (known(stem(w)) || readIntent(w).topics.length > 0)) || (w.length === 3 && SHORT_SUBJECTS.has(w))));
// Short words that name a subject the documents answer ("ta tog helt fram, eller må de ha bil?").
const SHORT_SUBJECTS: ReadonlySet<string> = new Set(['tog', 'fly', 'bus', 'buss']);

/**
 * "Må jeg ta taxi fra toget, eller ligger hotellet i gangavstand?": a subject the documents lack on one side of a
 * choice does not refuse the other side, which they may answer.
 */
export function answerableSide(focus: string, off: string[], known: (stemmed: string) => boolean): string[] {
  const m = CHOICE.exec(focus);
  if (!m || off.length === 0) return off;
  // "gratis parkering …, eller hva koster det å stå der?": a second side asking the price of "it" asks on about the
  // first side's subject; it offers no answerable alternative.
  if (/^\s*(hva|kva|what|how much|hvor mye|kor mykje|kor mykkje)\s+(koster|kostar|costs?|does it cost|blir|er prisen)\s+(det|it|den)\b/.test(m[2])) return off;
  // "Er det gratis parkering …, eller må jeg betale for det i tillegg?": paying for "it" is still the first side's subject.
  if (/^\s*(må|skal|må vi|do|does|will|should|must)?\s*(jeg|eg|vi|me|man|ein|en|i|we|you|one)?\s*(betale|betala|pay|have to pay|need to pay)\s+(\p{L}+\s+)?(for\s+)?(det|it|den|that|them|dem)\b/u.test(m[2])) return off;
  const inSide = (side: string): boolean => off.some((w) => side.includes(w));
  // The alternative itself: the words right after "eller" and right before it (the rest is context both share).
  const second = words(m[2]).slice(0, 4).join(' ');
  const first = words(m[1]).slice(-4).join(' ');
  if (inSide(m[1]) && !inSide(m[2]) && own(second, known)) return [];
  if (inSide(m[2]) && !inSide(m[1]) && own(first, known)) return [];
  return off;
}

export function sidesOf(focus: string, terms: readonly string[], known: (stemmed: string) => boolean): [string[], string[]] | undefined {
  const m = CHOICE.exec(focus);
  if (!m) return undefined;
  const before = words(m[1]).slice(-4).map(stem);
  const after = words(m[2]).map(stem);
  const a = terms.filter((t) => before.includes(t) && !after.includes(t));
  const b = terms.filter((t) => after.includes(t) && !before.includes(t));
  // A side may name what it asks only by words that carry a topic or concept ("konkret på arbeidsplassen"); it is a
  // side all the same when it has words of its own.
  return (a.length > 0 || b.length > 0) && own(m[1], known) && own(m[2], known) ? [a, b] : undefined;
}

export const BELONGS = /\b(hvilken|hvilke|hvilket|kva for ein|kva for|which|what)\s+([\p{L}-]+)\s+(hører|høyrer|tilhører|faller|passer|do i belong|does (?:he|she|it) belong|belong|fall|fit)/u;

/** "begge programmene", "dei to programma", "both of them", "each programme": every program of the conversation. */
export const BOTH_OF_THEM = /\b(begge|både|de to|dei to|the two|both|each of them|each program\w*|(they|them|these|those) each|hver av dem|hver for seg|kvar av dei|kvart av dei|kvart av dem|hvert av de|hver av de|hvert av programmene|kvart av programma|hvert av dem|kvart av dei|(hvilket|hvilken|kva for eit|kva for ein) av (dem|dei|disse|desse)|which (one )?of (them|these|those))\b|\b(in|for|at|into|to|on|with) each( one)?(?=\s*[?.,!;:]|\s*$)|\b(i|på|for|hos|til|med) (hver|hvert|kvar|kvart)(?=\s*[?.,!;:]|\s*$)/;

/**
 * Where the writer works, said in a sentence about themselves ("har vært styrer i en barnehage i ti år", "I run a
 * kindergarten"): the words name their workplace, not a subject they ask about, so they refuse nothing.
 */
/** "som seksjonssjef i Skatteetaten", "as a team lead at a bank": a role and where it is held. */
// "som styrer i en kommunal barnehage": the workplace may have a word before it.
const AS_ROLE_AT = /(?<![\p{L}])(?:som|as)\s+(?:en |ein |ei |et |eit |a |an )?[\p{L}-]+\s+(?:i|på|ved|hos|at|in|for)\s+(?:en |ein |ei |et |eit |a |an |the )?(?:(?:kommunal|kommunale|privat|private|statlig|statleg|local|municipal|public|offentlig|offentleg|stor|liten|lita|small|large|big)\s+)?[\p{L}-]+/gu;
const OWN_WORKPLACE = /\b(?:i|på|ved|hos|for|at|in|of|run|runs|lead|leads|manage|manages)\s+(?:en |ein |et |eit |a |an |the |our |my |vår |min )?(?:[\p{L}-]+ )?([\p{L}-]+)/gu;
export function workplaceWords(focus: string): Set<string> {
  // Written from a phone, the "jeg" is often left out: "har fagbrev og 10 år som styrer i barnehage."
  const sentences = focus.split(/(?<=[.!])\s+/).filter((s) => (SELF.test(s.trim()) || /^(har|er|jobber|jobbar)\s/.test(s.trim())) && !s.includes('?'));
  // "I work in the reception of a hotel. Could I apply?": asked whether they may take part, all the asker tells of
  // their own work is who asks, not what about.
  // "kan jeg som seksjonssjef i Skatteetaten melde meg på?": the role and workplace said inside the question.
  const said = [...focus.matchAll(AS_ROLE_AT)].flatMap((m) => words(m[0]).slice(1));
  if (asksEligibility(focus)) return new Set([...sentences.flatMap((s) => words(s)), ...said]);
  return new Set([...sentences.flatMap((s) => [...s.matchAll(OWN_WORKPLACE)].flatMap((m) => words(m[0]).slice(1))), ...said]);
}

/** "partner municipality", "partnerkommunen": a partner that is an organisation. */
const PARTNER_BODY = /(?<![\p{L}])(partner|partners|partneren)\s+(?=municipalit|kommun|organi[sz]ation|institution|universit|college|compan|firm|bedrift|virksomhet|etat|county|fylke)/gu;

/** What something is made of, said to describe it ("made up of the students and the teachers"). */
const EXAMPLES_OF = /(?<![\p{L}])(ting|things|spørsmål|questions|saker|matters|detaljer|details|sånt|stuff)\s*,?\s*(?:som|slik som|sånn som|such as|like|f\.eks\.?|for eksempel|e\.g\.)\s+([^,.?!]+)/gu;
const MADE_UP_OF = /(?<![\p{L}])(made up of|consisting of|composed of|består av|bestående av|satt sammen av|sett saman av)\s+([^.?!]+)/gu;

/** Who told the asker what they claim ("One of our partners said …", "Kollegaen min sa at …"): the words before the verb. */
const CLAIM_SOURCE = letterAware(/^([^.?!]{0,60}?)\b(said|says|told (me|us)|mentioned|claimed|claims|sa|sier|fortalte|nevnte|påstod|påsto|hevdet|meinte|mente)\b/);

/** An aim told before the question ("tenker på en lederkarriere", "considering a move into management"). */
const ASPIRATION = /(?<![\p{L}])(tenker på|tenkjer på|vurderer|ønsker meg|ønskjer meg|drømmer om|thinking about|thinking of|considering|aiming for|hoping for)\s+((?:en |ei |et |eit |ein |a |an |å )?[\p{L}-]+)(?=[^?]*[.,;!])/gu;

/**
 * The subjects of a question the documents do not cover: its own words (not the asker's workplace, nor the meals of a
 * claim about the stay, `stayClaim`), someone brought along, and the phrases of such subjects.
 */
export function offDocumentSubjects(focus: string, text: string, content: readonly string[], stayClaim: boolean, known: (stemmed: string) => boolean): string[] {
  const workplace = workplaceWords(focus);
  const meals = stayClaim && MEAL_CLAIM.test(focus);
  // "easy to get to without a car?": the car one lacks asks for the train, which the documents give.
  const carless = /\b(without|no|don'?t have|do not have|uten|utan|ikke|ikkje|ingen)\s+(a |an |own |egen |eigen |noen )?(car|bil)\b/.test(focus);
  // "… tenker på en lederkarriere. Finnes det noe for meg?": what the asker aims at says who asks, not what about.
  const aims = new Set([...focus.matchAll(ASPIRATION)].flatMap((m) => words(m[2])));
  // "… a temporary group made up of the students and the teachers. What is that about?": what describes the subject
  // is not the subject.
  for (const m of focus.matchAll(MADE_UP_OF)) for (const w of words(m[2])) aims.add(w);
  // "praktiske ting, som rom og faktura": the examples show which matter is meant; they are not its subject.
  for (const m of focus.matchAll(EXAMPLES_OF)) for (const w of words(m[2])) aims.add(w);
  // "One of our municipal partners said LEDPRO meets in Oppdal": who said it is no subject of the claim.
  for (const w of words(CLAIM_SOURCE.exec(focus)?.[1] ?? '')) aims.add(w);
  // "… en skoleeksamen, sånn som på BI da jeg tok master?": a place the asker compares with is no subject asked of.
  for (const m of focus.matchAll(LIKE_AT)) aims.add(m[1]);
  // "So we book train tickets to Lillehammer?": tickets to a place are the asker's plan on where it is, which the
  // documents answer (Brumunddal, by train), not a question about tickets.
  for (const m of focus.matchAll(TICKETS_TO)) for (const w of words(m[1])) aims.add(w);
  // "someone at our partner municipality": a partner organisation, not a person brought along.
  for (const m of focus.matchAll(PARTNER_BODY)) aims.add(m[1]);
  const own = content.filter((w) => isOffDocument(w, known) && !workplace.has(w) && !aims.has(w) && !meals && !(carless && /^(car|bil)$/.test(w)));
  // "Is the reading list included in the fee?": whether one pays for the books is said ("litteratur kommer i tillegg");
  // only which books are on it is not.
  const phrase = OFF_PHRASES_QUICK?.test(focus) === false ? undefined : OFF_PHRASES.exec(focus)?.[0];
  const paidFor = phrase !== undefined && BOOK_LIST.test(phrase) && PAID_FOR.test(focus);
  return answerableSide(focus, [...own, ...broughtAlong(text, focus, known), ...(phrase && !paidFor ? [phrase] : [])], known);
}

/**
 * OFF_PHRASES without its word edges and lookarounds: it opens with a full word edge (a lookbehind at every
 * position), and most questions hold none of its phrases, which this scan tells at a fraction of the cost.
 */
const OFF_PHRASES_QUICK = edgeFree(OFF_PHRASES);

const TICKETS_TO = /\b(tickets?|billett\w*|togbillett\w*|flybillett\w*|train tickets?) (?:to|til) \p{L}+/gu;
const LIKE_AT = /\b(?:sånn som|slik som|som|like|as) (?:på|ved|i|at|in|on) (\p{L}+)/gu;
const BOOK_LIST = /(reading list|pensumlist|leseliste|litteraturlist)/;
const PAID_FOR = /\b(inklu\w*|includ\w*|covered|cover|dekk\w*|betal\w*|pay\w*|kost\w*|cost\w*|price|pris\w*|i tillegg|extra|ekstra|on me|on us|selv|sjølv|myself)\b/;

/** A statement about the writer: "Jeg er …", "We are …". */
export const FIRST_PERSON = /^\s*(?:jeg|eg|vi|me|i|we|my|min|mi|mitt|mine)\b/i;
