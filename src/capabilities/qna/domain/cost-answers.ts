// Totals computed from the catalog's prices, each stated with the numbers it comes from ("2 × kr 888 =
// kr 1 776"), for questions that ask for a sum: both semesters, all gatherings, one gathering with the night
// before, the whole program, both parts. Nothing is computed for a program whose document gives no price.
import type { Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { joinNames, shortName } from './date-answers';
import { NUMBER_WORDS } from './question-form';
import { letterAware } from './letter-aware';
import { amountPattern, amountsIn, BESIDES, costOf, EVERYTHING, FEE_ALONE, gatheringsOf, knownAmounts, money, MORE, NIGHT, NO_NIGHT, SEMESTER, STAY_LEFT_OUT, TOTAL } from './cost-words';
import { namedCosts, otherCosts } from './cost-lists';

export { money } from './cost-words';

/** "over the whole year", "i løpet av året", "the hotel stays": every gathering's. */
const EVERY_STAY = letterAware(/\b(alle|all|every|hele|whole|året|the year|stays|oppholdene|opphaldene|hotelloppholdene)\b/);


const LODGING = /(opphold|losji|kost og|hotell|overnatting|lodging|board|accommodation|hotel|stay|lunsj til lunsj|lunch[- ]to[- ]lunch|pakken|package)/;
/** The participation fee named beside board and lodging: the whole sum is asked. */
// "with fees and the stays", "avgiftene og hotellet": the fees in the plural are the program's, beside the stay.
const FEE = /(deltakeravgift|deltageravgift|kursavgift|participa\w* fee|course fee|tuition|\bfees\b|\bavgiftene\b|\bavgifter\b|\b(?:the|that|this|your|its) fee\b|\d fee\b|\d avgift\b|\bavgift(en|a)\b)/;
/** Every gathering of the program ("alle seks samlingene", "every LEDPRO gathering"). */
const ALL_GATHERINGS = /\b(hver gang|kvar gong|every time|each time)\b|\b(all|alle)( the| de)? (seks|six|6)\b|\b(every|alle|all)( [a-zæøå0-9]+){0,2} (samling|gathering)|\b(all of them|alle sammen|alle til sammen|for alle|for all)\b|\b(each|hver)( [a-zæøå0-9]+)? (samling|gathering)\b.*\b(together|til sammen|totalt?|in total|hele året|heile året|the whole year|for the year)\b/;
/** "…cost us, including the hotel stays?", "pris med hotell": the stay added to what the program costs. */
const WITH_STAY = /\b(including|inkludert|inkl\.?|med|with|plus|pluss)\s+(the\s+|alle\s+|all\s+)?(hotel\w*(\s+stays?)?|hotell\w*(\s*opphold\w*)?|opphold\w*|losji|overnatting\w*|stays?)\b|\b(if|when|hvis|om|dersom|når) (i|we|jeg|vi|eg|me) (stay|stays|bor|overnatter|sleep)( (at|on|in|på) (the |a )?(hotel|hotell\w*|wood hotel))?\b/;
/** "totalsummen inkl. semesteravgift": the semester fee added to the program's fee, not asked alone. */
const WITH_SEMESTER = /\b(including|inkludert|inkl\.?|medregnet|med|with|plus|pluss|\+)\s*(the\s+)?semester/;
const ONE = letterAware(/\b(én|en|ett|one|a single|per|hver|each)\s+(samling|gathering)/);
const BOTH_PARTS = /\b(begge (delene|deler|to)|(både )?del 1 og (del )?2|both parts|part 1 and (part )?2|ledpro 1 og 2|ledpro 1 and 2|(after|with|etter|med) (both|begge)|(tar|ta|tek|take|takes|taking|do|does|doing|gjør|søker|apply for|sign up for) (begge|both)(?! (samling|gathering)))\b/;


export interface CostAnswer { readonly text: string; readonly programs: Program[] }
/** A computed sum and what it comes to for one person, which a question for several people multiplies. */
interface Sum extends CostAnswer { readonly each?: number }

/** The number words of a group of people: two and more. */
const COUNTS: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([, n]) => n >= 2));
const COUNT = `(\\d{1,2}|${Object.keys(COUNTS).join('|')})`;
// English "to" is never a number ("open to people", "for us to attend").
const COUNT_EN = `(\\d{1,2}|${Object.keys(COUNTS).filter((w) => w !== 'to').join('|')})`;
const PEOPLE_NB = '(av oss|personer|deltakere|deltakarar|ledere|leiarar|kolleger|kollegaer|ansatte|medarbeidere)';
const PEOPLE_EN = '(of us|of them|people|persons|participants|leaders|managers|colleagues|employees|heads|directors|supervisors|staff)';
/** "for oss tre", "three of us", "Vi er tre ledere": the number of people the sum is for. */
// "for alle fire" / "all four of them" counts people; "alle fire samlingene" counts gatherings.
const NOT_PEOPLE = '(?! (?:\\w+ )?(?:samling\\w*|gathering\\w*|del\\w*|parts?|semest\\w*|år|years?|uker?|weeks?|dag\\w*|days?|måned\\w*|months?|søyl\\w*|pillars?|tema\\w*|themes?|modul\\w*|modules?))';
// "tre avdelingsledere", "three team leaders": a compound or one word before who they are.
const HEADS = new RegExp(`\\b(?:(?:for|til|på) oss ${COUNT}|for us ${COUNT_EN}|(?:vi|me) er ${COUNT}|we are ${COUNT_EN}|${COUNT} (?:[a-zæøå]+ )?[a-zæøå]*${PEOPLE_NB}|${COUNT_EN} (?:[a-z]+ )?${PEOPLE_EN}|(?:for )?alle ${COUNT}\\b${NOT_PEOPLE}|all ${COUNT_EN}\\b${NOT_PEOPLE})\\b`);
/** "me and two colleagues": the asker and the others named. */
const ME_AND = new RegExp(`\\b(?:meg|meg selv|jeg) og ${COUNT} (?:kolleger|kollegaer|andre|til)\\b|\\b(?:me|myself|i) (?:and|\\+) ${COUNT_EN} (?:colleagues|others|more)\\b`);

/** The participation fee named as such ("deltakeravgiftene", "the participant fees"), not the cost in general. */
const PARTICIPATION_FEE = /\b(deltakeravgift\w*|deltakaravgift\w*|participa(nt|tion) fees?|course fees?|kursavgift\w*)/;

/** How many people a message says it is about, when it names a group of two or more. */
export const peopleTold = (text: string): number | undefined => {
  const n = headcount(text.toLowerCase());
  return n >= 2 ? n : undefined;
};

/** How many people the question asks the sum for: 1 unless it names a group ("vi er tre", "me and two colleagues"). */
export function headcount(q: string, gatherings = 0): number {
  const count = (w: string | undefined): number => (w === undefined ? 0 : /^\d+$/.test(w) ? Number(w) : COUNTS[w] ?? 0);
  const me = ME_AND.exec(q);
  if (me) return count(me[1] ?? me[2]) + 1;
  const m = HEADS.exec(q);
  const n = m ? count(m.slice(1).find((x) => x !== undefined && (x in COUNTS || /^\d+$/.test(x)))) : 0;
  // "… 1,375 per gathering? So about 8000 for all six?": "all six" beside gatherings, as many as there are, counts
  // them, not people ("fire mellomledere … for alle fire" still counts people).
  if (m && /^(for )?(alle|all) /.test(m[0]) && n === gatherings && /(samling|gathering|session)/.test(q)) return 1;
  return n >= 2 && n <= 50 ? n : 1;
}

/** A computed total when the question asks for one and the programs have the prices; otherwise undefined. For a
 * group of people, what it comes to for all of them is added. */
const OTHER_COSTS = /\b(semester\w*|hotel\w*|hotell\w*|losji|lodging|opphold\w*|board|alt|everything|all costs|alle kostnader)\b/;

/** "Hva dekker egentlig den summen?": what a price just given covers, which its fact says; no sum is asked. */
const WHAT_IT_COVERS = letterAware(/\b(hva|kva|what)\b[^?]*\b(dekker|dekkjer|covers?|includes?|inkluderer|inngår i)\b[^?]*\b(den summen|denne summen|that sum|this sum|that amount|det beløpet|that price|den prisen)\b/);

const LEFT_OUT = /\b(før|(?:ser|se|sett|sjå|sjår) (?:vi |man |me |en |ein )?bort ?(?:fra|frå)|ignoring|leaving out|disregarding|not counting|not including|excluding|except(?: for)?|without|uten|utan|unntatt|utenom|eksklusiv[et]?|minus)\s+(the\s+)?[a-zæøå]+( fees?\b)?/g;

/** "for oss", "for all of us": the group the conversation told of earlier ("Vi er fire …") is who the sum is for. */
const THE_GROUP = /\b(for oss|til oss|for us|of us|for alle|for all|for dei|for dem|for them|for the group|for gruppa|for gruppen|hver av oss|kvar av oss|each of us)\b/;

/** "og for hele gruppa?", "and for the whole team?": the price asked for all of a group. */
const FOR_THE_GROUP = /^(?:(?:og|and|men|but|så|so)\s+)?(?:hva|kva|what|hvor mye|how much)?\s*(?:blir det |er det |is it |would it be |comes? to )?for (?:hele |heile |the whole |all of |alle )?(?:gruppa|gruppen|gruppe|group|team|teamet|oss|us|the group|the team)\b[^?]{0,20}\?/;

/** "hva blir det?", "what does that make?": what a price comes to, asked beside a group told ("vi er fire, …"). */
const WHAT_IT_MAKES = /\b(?:(?:hva|kva) (?:blir|vert) det|(?:hva|kva) (?:koster|kostar) det (?:oss|for oss)|what (?:does|would|will) (?:that|it) (?:make|be|come to)|how much (?:is|would) (?:that|it) be)\b/;

/** `group`: how many people the conversation said it is about before ("Vi er fire fra plan og miljø"). */
export function answerCostTotal(question: string, programs: readonly Program[], lang: Lang, whole = question, group?: number): CostAnswer | undefined {
  if (WHAT_IT_COVERS.test(question.toLowerCase())) return undefined;
  const asked = headcount(whole.toLowerCase(), programs.length > 0 ? gatheringsOf(programs[0]) : 0);
  const k = asked < 2 && group !== undefined && THE_GROUP.test(whole.toLowerCase()) ? group : asked;
  // "og for hele gruppa? vi er fem": a price asked for the group is their sum, though no "total" is said.
  // So is "vi er fire, hva blir det?": the group told in the message, and what it makes.
  const forGroup = FOR_THE_GROUP.test(question.toLowerCase()) || (asked >= 2 && WHAT_IT_MAKES.test(question.toLowerCase()));
  const sum = costTotal(question, programs, lang, whole) ?? (k >= 2 && forGroup ? costTotal(`${question} totalt`, programs, lang, `${whole} totalt`) : undefined);
  if (!sum || sum.each === undefined || k < 2) return sum && { text: sum.text, programs: sum.programs };
  const line = lang === 'nb' ? `For ${k} personer: ${k} × ${money(sum.each, lang)} = ${money(k * sum.each, lang)}.` : `For ${k} people: ${k} × ${money(sum.each, lang)} = ${money(k * sum.each, lang)}.`;
  // "Hva blir deltakeravgiften til sammen for alle tre?": the fee alone is asked, so it is summed alone too.
  // "… not counting the semester fee": a cost left out is no other cost asked for.
  const kept = question.toLowerCase().replace(LEFT_OUT, ' ');
  const fee = FEE_ALONE.test(kept) && !OTHER_COSTS.test(kept) ? costOf(sum.programs[0], 'participant-fee') : undefined;
  const alone = fee ? (lang === 'nb' ? ` Deltakeravgiften alene for ${k} personer: ${k} × ${money(fee.amount, lang)} = ${money(k * fee.amount, lang)}.` : ` The participation fee alone for ${k} people: ${k} × ${money(fee.amount, lang)} = ${money(k * fee.amount, lang)}.`) : '';
  return { text: `${sum.text} ${line}${alone}`, programs: sum.programs };
}

function costTotal(question: string, programs: readonly Program[], lang: Lang, whole: string): Sum | undefined {
  const priced = programs.filter((p) => p.costs.length > 0);
  if (priced.length === 0) return undefined;
  // "if I book one extra night at every gathering, what's the total …?": in one sentence, what the focus left
  // before its comma still says what the sum is of.
  // "… for every gathering? fee + semester fees + board & lodging": a list of costs after the question says what it adds.
  const listed = /\?\s*([^?.!]{3,80})$/.exec(whole.trim())?.[1];
  const tail = listed && /(fee|avgift|semester|losji|lodging|board|hotel|hotell|opphold)/i.test(listed) && !question.includes(listed) && !/\b(uten|utan|without|excl\w*|ikke|ikkje|not|no)\b/i.test(listed) ? ` ${listed}` : '';
  // "Jeg trenger tilknytningsdøgn før hver samling i tillegg til kost og losji. Hva blir hotellet for hele året?": the
  // costs told in a sentence before the question are what it sums.
  const told = whole.split(/(?<=[.!])\s+/).filter((x) => !x.includes('?') && /(tilknytningsdøgn|ekstra (natt|døgn)|extra night|night before|kost og losji|board and lodging|semesteravgift|semester fee|per natt|per night)/i.test(x) && !NO_NIGHT.test(x.toLowerCase()) && !question.includes(x)).join(' ');
  const asked = (/[.!?]\s+\S/.test(whole.trim()) || whole.length > 300 ? `${told ? `${told} ` : ''}${question}${tail}` : whole).toLowerCase();
  const p = priced[0];
  // "ledpro koster jo 35 000, hvor mye blir det da med semesteravgiften?": a price the asker has wrong is corrected
  // first, and the sum is of the fee it stands for, at the right amount.
  const wrong = wrongPrice(whole.toLowerCase(), p);
  const q = wrong === undefined ? asked : `${asked} deltakeravgift`;
  const sum = sumOf(q, whole, priced, p, lang);
  const fee = costOf(p, 'participant-fee');
  if (!sum || wrong === undefined || !fee) return sum;
  // "… = 72 938 totalt?": a total claimed is set against the total, not against the fee.
  // "35 000 plus the semester fee – what's the total?" claims the fee, which the total is asked of.
  const total = TOTAL_CLAIMED.test(whole.toLowerCase()) && !addedTo(whole.toLowerCase(), wrong) && sum.each !== undefined ? sum.each : undefined;
  const note = total !== undefined
    ? (lang === 'nb' ? `Alt til sammen blir ${money(total, lang)}, ikke ${money(wrong, lang)}.` : `Everything together comes to ${money(total, lang)}, not ${money(wrong, lang)}.`)
    : lang === 'nb' ? `Deltakeravgiften er ${money(fee.amount, lang)}, ikke ${money(wrong, lang)}.` : `The participation fee is ${money(fee.amount, lang)}, not ${money(wrong, lang)}.`;
  return { ...sum, text: `${note} ${sum.text}` };
}

/** A sum claimed as the whole: "= 72 938", "totalt", "in total". */
const TOTAL_CLAIMED = /(=|\b(total\w*|til sammen|til saman|i alt|altogether|in all|all in|alt i alt|summen|the sum)\b)/;

/** The amount is one part of a sum the question adds ("35 000 plus semesteravgiften") or the fee, not the sum. */
function addedTo(q: string, n: number): boolean {
  const digits = amountPattern(n);
  // "the participant fee is NOK 35,000", "LEDPRO koster jo 45 000": the amount is said to be the price.
  return new RegExp(`(?<!\\d)${digits}(?!\\d)\\s*(?:kr\\.?|kroner|nok)?\\s*(?:\\+|\\b(?:pluss|plus|og|and|med|with)\\b)|\\b(?:fee|avgift\\w*|koster|kostar|costs?|pris\\w*|price)\\s+(?:(?:is|er|på|of|was|var|jo|vel|bare|berre|only|just)\\s+)*(?:kr\\.?|nok)?\\s*${digits}(?!\\d)`).test(q);
}

/** A price of 1 000 or more the question states as the program's cost that none of its costs or sums is. */
function wrongPrice(q: string, p: Program): number | undefined {
  if (!/\b(koster|kostar|costs?|pris\w*|price|avgift\w*|fee|budsjett\w*|budget\w*)\b/.test(q)) return undefined;
  const known = knownAmounts(p);
  const stated = amountsIn(q).filter((x) => x >= 1000 && !(x >= 1900 && x <= 2100));
  // "53 000 + 888 + 6 × 3 175 = 72 938": the amounts the program has are the asker's parts; the one it lacks is claimed.
  const unknown = stated.filter((x) => !known.has(x));
  return unknown.length === 1 && (stated.length === 1 || TOTAL_CLAIMED.test(q)) ? unknown[0] : undefined;
}

function sumOf(asked: string, whole: string, priced: Program[], p: Program, lang: Lang): Sum | undefined {
  // "Kor mykje kostar det, utanom hotell og reise?": the stay left out; what is left is the fee and its semester fees.
  // "uten hotell og semesteravgift": with the semester fees left out as well, the fee alone is asked, as its fact says.
  const leftOut = STAY_LEFT_OUT.exec(asked);
  const stayLeftOut = leftOut !== null && !NIGHT.test(asked) && !SEMESTER.test(asked.slice(leftOut.index).split(/[?.!]/)[0]);
  const q = stayLeftOut ? asked.replace(STAY_LEFT_OUT, ' ') : asked;
  // The prices hold for each part of a family, not for both together: said so wherever both are named.
  const names = `${joinNames(priced.map((x) => shortName(x, lang)), lang)}${priced.length > 1 ? (lang === 'nb' ? ' (hver del)' : ' (each part)') : ''}`;
  const fee = costOf(p, 'participant-fee');
  const sem = costOf(p, 'semester-fee');
  const board = costOf(p, 'board-and-lodging');
  const night = costOf(p, 'extra-night');
  const nb = lang === 'nb';

  // "Which costs more: board for one gathering, or the semester fee for both semesters?": both sums, compared.
  const compared = compareCosts(whole.toLowerCase().length < 300 ? whole.toLowerCase() : q, p, lang);
  if (compared) return { programs: priced, text: /^(Ja|Nei|Yes|No), /.test(compared) ? compared.replace(/^(\w+), /, `$1, ${names}: `) : `${names}: ${compared}` };
  // "the night before every gathering": the extra nights for all gatherings, per gathering and in all.
  const n = gatheringsOf(p);
  if (night && n > 0 && NIGHT.test(q) && !NO_NIGHT.test(q) && !FEE.test(q) && ALL_GATHERINGS.test(q)) {
    const withBoard = board && LODGING.test(q.replace(NIGHT, ' ')) ? board : undefined;
    const lines = [nb
      ? `Tilknytningsdøgn i ${names} koster ${money(night.amount, lang)} per samling; for alle ${n} samlingene blir det ${n} × ${money(night.amount, lang)} = ${money(night.amount * n, lang)}.`
      : `An extra night on ${names} costs ${money(night.amount, lang)} per gathering; for all ${n} gatherings that is ${n} × ${money(night.amount, lang)} = ${money(night.amount * n, lang)}.`];
    const each = withBoard ? withBoard.amount + night.amount : 0;
    if (withBoard) lines.push(nb
      ? `Med kost og losji: ${money(withBoard.amount, lang)} + ${money(night.amount, lang)} = ${money(each, lang)} per samling; for alle ${n}: ${n} × ${money(each, lang)} = ${money(n * each, lang)}.`
      : `With board and lodging: ${money(withBoard.amount, lang)} + ${money(night.amount, lang)} = ${money(each, lang)} per gathering; for all ${n}: ${n} × ${money(each, lang)} = ${money(n * each, lang)}.`);
    return { programs: priced, text: lines.join(' '), each: withBoard ? n * (withBoard.amount + night.amount) : n * night.amount };
  }
  // The night before together with a gathering's board ("én samling med tilknytningsdøgn"), not the night alone.
  // The fee named beside them makes a list of costs ("deltakeravgift, kost og losji og tilknytningsdøgn").
  if (night && board && NIGHT.test(q) && !NO_NIGHT.test(q) && !FEE_ALONE.test(q) && /(samling|gathering|opphold|losji|lodging|board|\bmed\b|\bwith\b|også|\balso\b|inkl)/.test(q.replace(NIGHT, ' ')) && (ONE.test(q) || !TOTAL.test(q))) {
    return { programs: priced, text: nb
      ? `Én samling med tilknytningsdøgn i ${names}: ${money(board.amount, lang)} (kost og losji) + ${money(night.amount, lang)} (tilknytningsdøgn) = ${money(board.amount + night.amount, lang)}.`
      : `One gathering of ${names} with the extra night: ${money(board.amount, lang)} (board and lodging) + ${money(night.amount, lang)} (extra night) = ${money(board.amount + night.amount, lang)}.`, each: board.amount + night.amount };
  }
  // "Middag kommer i tillegg til de 3175 kronene?": a meal said to come in addition asks what the stay includes.
  const besides = fee && !stayLeftOut && BESIDES.test(q) && !/\b(frokost|frukost|breakfast|lunsj|lunch|middag|dinner)/.test(q) ? otherCosts(p, names, lang) : undefined;
  if (besides) return { programs: priced, text: besides };
  // The stay named only as what to include: the question is what the whole program costs.
  const everything = EVERYTHING.test(q) || (WITH_STAY.test(q) && !LODGING.test(q.replace(WITH_STAY, ' ')));
  // "for all 10 samlinger": every gathering, however many the asker thinks there are.
  // "3175 ganger 12 samlinger", "times 8 gatherings": a count of gatherings the price is multiplied by is all of them.
  if (!stayLeftOut && !everything && !TOTAL.test(q) && !/\b(all|alle) (the |de )?(seks|six|\d{1,2} )?(samling|gathering)|\b(all|alle) (the )?(seks|six|6)\b|\b(every|hver eneste|alle) (samling|gathering)|(\b(ganger|gonger|gange|times)|[x×*]) ?\d{1,2} (samling|gathering)/.test(q)) {
    // "ledpro costs: participant fee, semester fee, and the extra night?": each cost named, with its figure.
    const named = namedCosts(q, p, lang);
    return named ? { programs: priced, text: `${names}: ${named}` } : undefined;
  }
  // "the fee plus semester fees": a fee named beside the semester fee is the participation fee.
  if (sem?.count && SEMESTER.test(q) && !(WITH_SEMESTER.test(q) && TOTAL.test(q)) && !/deltakeravgift|participa|\bfees?\b|\bavgift(en|ene|er)?\b/.test(q.replace(/semester ?(fees?|avgift\w*)/g, ' ')) && !everything && !LODGING.test(q)) {
    return { programs: priced, text: nb
      ? `Semesteravgiften i ${names} er ${money(sem.amount, lang)} per semester i ${sem.count} semestre: ${sem.count} × ${money(sem.amount, lang)} = ${money(sem.amount * sem.count, lang)}.`
      : `The semester fee of ${names} is ${money(sem.amount, lang)} per semester for ${sem.count} semesters: ${sem.count} × ${money(sem.amount, lang)} = ${money(sem.amount * sem.count, lang)}.`, each: sem.amount * sem.count };
  }
  if (board && n > 0 && LODGING.test(q) && !FEE.test(q) && !everything) {
    return { programs: priced, text: nb
      ? `Kost og losji i ${names} er ${money(board.amount, lang)} per samling; for alle ${n} samlingene blir det ${n} × ${money(board.amount, lang)} = ${money(board.amount * n, lang)}.${night ? ` Tilknytningsdøgn kommer i tillegg (${money(night.amount, lang)} per døgn).` : ''}`
      : `Board and lodging on ${names} is ${money(board.amount, lang)} per gathering; for all ${n} gatherings that is ${n} × ${money(board.amount, lang)} = ${money(board.amount * n, lang)}.${night ? ` Extra nights come in addition (${money(night.amount, lang)} each).` : ''}`, each: board.amount * n };
  }
  if (!fee) return undefined;
  const semTotal = sem?.count ? sem.amount * sem.count : 0;
  const perPart = fee.amount + semTotal;
  const parts = BOTH_PARTS.test(q) ? 2 : 1;
  // "semester fee for 2 semesters (2 × NOK 888)": what the 2 counts is said, not left to guess.
  const semText = sem?.count ? (nb ? ` + semesteravgift for ${sem.count} semestre (${sem.count} × ${money(sem.amount, lang)})` : ` + semester fee for ${sem.count} semesters (${sem.count} × ${money(sem.amount, lang)})`) : '';
  const lines = [nb
    ? `${parts === 2 ? 'Per del' : names}: deltakeravgift ${money(fee.amount, lang)}${semText} = ${money(perPart, lang)}.`
    : `${parts === 2 ? 'Per part' : names}: participation fee ${money(fee.amount, lang)}${semText} = ${money(perPart, lang)}.`];
  if (parts === 2) lines.push(nb ? `For begge delene: 2 × ${money(perPart, lang)} = ${money(2 * perPart, lang)}.` : `For both parts: 2 × ${money(perPart, lang)} = ${money(2 * perPart, lang)}.`);
  // "what do the participant fees add up to for both parts?": the participation fees alone first, then with the rest.
  if (parts === 2 && PARTICIPATION_FEE.test(q) && !SEMESTER.test(q)) lines.unshift(nb ? `Deltakeravgiften for begge delene: 2 × ${money(fee.amount, lang)} = ${money(2 * fee.amount, lang)}.` : `The participation fees for both parts: 2 × ${money(fee.amount, lang)} = ${money(2 * fee.amount, lang)}.`);
  if (board && n > 0) {
    lines.push(nb
      ? `Kost og losji kommer i tillegg: ${money(board.amount, lang)} per samling, ${n} × ${money(board.amount, lang)} = ${money(board.amount * n, lang)}${parts === 2 ? ' per del' : ''}, og litteratur.`
      : `Board and lodging come in addition: ${money(board.amount, lang)} per gathering, ${n} × ${money(board.amount, lang)} = ${money(board.amount * n, lang)}${parts === 2 ? ' per part' : ''}, and literature.`);
  }
  // "deltakeravgift, semesteravgift og kost og losji til sammen": the whole sum, each part stated. So for "med alt",
  // "with everything", which name no cost.
  if (board && n > 0 && ((LODGING.test(q) && (FEE.test(q) || everything)) || EVERYTHING.test(q))) {
    const all = parts * (perPart + board.amount * n);
    lines.push(nb ? `Alt til sammen${parts === 2 ? ' for begge delene' : ''}: ${money(all, lang)}${night ? ' (uten tilknytningsdøgn)' : ''}.`
      : `Everything together${parts === 2 ? ' for both parts' : ''}: ${money(all, lang)}${night ? ' (without extra nights)' : ''}.`);
    return { programs: priced, text: lines.join(' '), each: all };
  }
  return { programs: priced, text: lines.join(' '), each: parts * perPart };
}


const CREDITS = /(\d+)\s*(studiepoeng|sp\b|credits|ects)/i;

/** "Hvor mange studiepoeng til sammen for del 1 og del 2?": each part's credits added, each stated. */
export function answerCreditTotal(question: string, programs: readonly Program[], lang: Lang, aboutCredits = false): CostAnswer | undefined {
  // "… have taken a few courses, maybe 60 credits in total, but never a bachelor's. Can I still take part?": the
  // credits the asker tells of are no total asked; only a sentence that asks counts.
  // A bare tag ("Stemmer det?") asks about the sentence before it.
  const sentences = question.toLowerCase().split(/(?<=[.!?])\s+/);
  const q = sentences.filter((x, i) => x.includes('?') || (sentences[i + 1]?.includes('?') && sentences[i + 1].split(/\s+/).length <= 4)).join(' ') || question.toLowerCase();
  // "hvis jeg tar både del 1 og del 2": what both parts give together.
  if (!/\b(totalt?|til ?sammen|i alt|samlet|total|altogether|in all|combined|add up)\b/.test(q) && !(BOTH_PARTS.test(q) && /\b(hvor mange|kor mange|how many|sitter (jeg|eg|man|vi) igjen|end up|get)\b/.test(q))) return undefined;
  // Asked of the credits, or of the conversation's topic when that is credits ("og begge delene til sammen?").
  if (!/(studiepoeng|credits|\bsp\b|poeng|ects)/.test(q) && !aboutCredits) return undefined;
  const found = programs.map((p) => ({ p, m: p.facts.filter((f) => f.topic === 'credits').map((f) => CREDITS.exec(f.text.nb)).find((m) => m !== null) }))
    .filter((x): x is { p: Program; m: RegExpExecArray } => x.m !== undefined && x.m !== null);
  if (found.length < 2) return undefined;
  const sum = found.reduce((a, x) => a + Number(x.m[1]), 0);
  const unit = lang === 'nb' ? 'studiepoeng' : 'credits';
  const each = found.map((x) => `${shortName(x.p, lang)} (${x.m[1]} ${unit})`).join(' + ');
  return { programs: found.map((x) => x.p), text: lang === 'nb' ? `${each} = ${sum} ${unit} til sammen.` : `${each} = ${sum} ${unit} in total.` };
}


/** Two of the program's costs named in one question and compared, each as the question scopes it. */
function compareCosts(q: string, p: Program, lang: Lang): string | undefined {
  if (!MORE.test(q)) return undefined;
  const nb = lang === 'nb';
  const n = gatheringsOf(p);
  const both = /\b(begge|both|two|to|2)\s+(semest|semester)/.test(q) || /semestre\b|semesters\b/.test(q);
  // "over the whole year", "i løpet av året", "the hotel stays": every gathering's.
  const all = EVERY_STAY.test(q);
  const sums: { label: string; amount: number; at: number }[] = [];
  const at = (re: RegExp): number => re.exec(q)?.index ?? 999;
  const board = costOf(p, 'board-and-lodging');
  const sem = costOf(p, 'semester-fee');
  const fee = costOf(p, 'participant-fee');
  const night = costOf(p, 'extra-night');
  if (board && LODGING.test(q)) {
    const k = all ? n : 1;
    sums.push({ label: nb ? `kost og losji for ${k === 1 ? 'én samling' : `alle ${k} samlingene`}` : `board and lodging for ${k === 1 ? 'one gathering' : `all ${k} gatherings`}`, amount: board.amount * k, at: at(LODGING) });
  }
  if (sem && SEMESTER.test(q)) {
    const k = both && sem.count ? sem.count : 1;
    sums.push({ label: nb ? `semesteravgiften for ${k === 1 ? 'ett semester' : `${k} semestre`}` : `the semester fee for ${k === 1 ? 'one semester' : `${k} semesters`}`, amount: sem.amount * k, at: at(SEMESTER) });
  }
  if (fee && FEE.test(q)) sums.push({ label: nb ? 'deltakeravgiften' : 'the participation fee', amount: fee.amount, at: at(FEE) });
  if (night && NIGHT.test(q)) sums.push({ label: nb ? 'et tilknytningsdøgn' : 'an extra night', amount: night.amount, at: at(NIGHT) });
  if (sums.length !== 2) return undefined;
  // "Er semesteravgiften dyrere enn …?": yes or no for the cost named first.
  const [subject, other] = sums[0].at <= sums[1].at ? [sums[0], sums[1]] : [sums[1], sums[0]];
  const cheaper = /(billig|cheap|smaller|smallest|lower|lowest|\bminst\b|lavest|lavere)/.test(q);
  const holds = cheaper ? subject.amount < other.amount : subject.amount > other.amount;
  const verdict = /^(er|is|does|do|koster|costs?|blir)\b/.test(q.trim()) ? `${holds ? (nb ? 'Ja' : 'Yes') : (nb ? 'Nei' : 'No')}, ` : '';
  const [a, b] = sums[0].amount >= sums[1].amount ? [sums[0], sums[1]] : [sums[1], sums[0]];
  if (a.amount === b.amount) return `${verdict}${nb ? `${a.label} og ${b.label} koster det samme: ${money(a.amount, lang)}.` : `${a.label} and ${b.label} cost the same: ${money(a.amount, lang)}.`}`;
  return verdict + (nb ? `${a.label} (${money(a.amount, lang)}) koster mer enn ${b.label} (${money(b.amount, lang)}).`
    : `${a.label} (${money(a.amount, lang)}) costs more than ${b.label} (${money(b.amount, lang)}).`);
}
