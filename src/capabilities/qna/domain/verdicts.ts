import { escapeRegExp } from '../../../shared/escape-reg-exp';
import { daysClaimedOff } from './claimed-days';
import { moreListedThanNamed, yearClaimedOff } from './listed-and-dated-claims';
import { CHOOSER_CLAIMED } from './coverage-terms';
import type { Lang } from '../../../shared/i18n';
import { letterAware } from './letter-aware';
import { FAR_FROM, REPEATS_CONTENT, SITTING_EXAM, TAKE_HOME, WAY_IN_WITHOUT } from './everyday-cues';
import { MONTHS, NUMBER_WORDS, unitKey, type Claim, type QuestionForm } from './question-form';
import { words } from './text-analysis';
import { skipVerdict } from './part-one-verdicts';
import { FULL_DAY } from './expected-figures';
import { amountPattern, amountsIn } from './cost-words';

/*
 * Yes, no, partly or "not necessarily" for a yes/no question, judged against the answer's own text: the claims the
 * question form holds (numbers, months, names, "only", "included", "without") checked against what the answer states.
 */


/** "X rather than Y": the Y that the question sets aside. */
const CONTRAST = /\b(rather than|instead of|more than|heller enn|mer enn|meir enn|snarere enn|i stedet for|istedenfor|i staden for|framfor|fremfor|not so much)\s+(?:(?:on|about|på|om)\s+)?((?:[a-zæøå-]+\s*){1,3})/;

/** Enrolling oneself ("melde meg på selv", "søke direkte", "sign myself up"). */
const SELF_ENROL = letterAware(/\b(melder (man|en|ein|jeg|eg|vi|de|dei) (seg|meg|oss) (på|paa)|sign(ing)? (myself|yourself|themselves|ourselves) up|(sign|signs|signing) up (themselves|myself|yourself|ourselves)|(enrol|enroll|register)s? (themselves|myself|yourself|ourselves))\b|\b(søke|søker|søkje|melde (meg|seg|oss|deg|dei)|meld meg|påmelding|sign(ing)? (myself )?up|apply|applying|enrol|register)\b.*\b(selv|sjøl|sjølv|myself|directly|direkte|på egen hånd|på eiga hand|on my own|just)\b|\b(selv|sjøl|sjølv|myself|directly|direkte|just)\b.*\b(søke|søker|melde (meg|seg|oss|deg|dei)|sign (myself )?up|apply|enrol|register)\b/);

/** Self-enrolment set aside: "ikke sånn at man søker selv", "not something you apply for yourself". */
const NOT_SELF = letterAware(/\b(ikke|ikkje|not|rather than|instead of|heller enn|i stedet for|istedenfor)\b[^.?]{0,25}\b(søke|søker|søkje|melde|apply|applying|sign|enrol|register)/);

/** Taking part from afar: online, digitally, from home. */
const ONLINE = letterAware(/\b(på nett|på nettet|nettbasert\w*|nettstudium|digital\w*|online|hjemmefra|heimanfrå|heimefrå|remote\w*|på teams|on teams|på zoom|on zoom|videolink)\b/);

/** Whether the answer states the claimed number, for the same unit when the claim has one ("4 år" is not "2 år"). */
/** A round figure near enough to an exact one: within a twentieth of it. */
const near = (exact: number, round: number): boolean => exact > 0 && Math.abs(exact - round) <= exact / 20;

function states(answer: string, c: Claim): boolean {
  const a = answer.toLowerCase();
  // "rundt 19 000" against "kr 19 050": a round figure within a twentieth of one the answer gives.
  if (c.approx && amountsIn(a).some((x) => near(x, c.n))) return true;
  // "heldagssamlinger", "full-day gatherings": one day each.
  if (c.n === 1 && c.unit === 'dag' && FULL_DAY.test(a)) return true;
  const forms = [String(c.n), c.n >= 1000 ? String(c.n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : '', c.n >= 1000 ? String(c.n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : '',
    ...Object.entries(NUMBER_WORDS).filter(([, n]) => n === c.n && n > 1).map(([w]) => w)].filter(Boolean);
  return forms.some((f) => {
    const re = new RegExp(`(^|[^\\d])${escapeRegExp(f)}(?![\\d])[- ]?([a-zæøå]*)`, 'g');
    // Every place the number stands is tried: "LEDPRO 2 (…): 2 års utdanning" states two years at its second.
    for (const m of a.matchAll(re)) if (!c.unit || unitKey(m[2] ?? '') === c.unit) return true;
    return false;
  });
}

/**
 * "53 000 per semester?" holds when the answer puts the number next to "per semester"; "to dager per samling?"
 * also holds when the answer's totals divide to it ("6 samlinger, til sammen 12 dager").
 */
function statesPer(answer: string, c: Claim): boolean {
  const a = answer.toLowerCase();
  const numberRe = c.n >= 1000 ? String(c.n).replace(/\B(?=(\d{3})+(?!\d))/g, '[ ,.\u00a0]?') : String(c.n);
  // The window is a lookahead, so a number inside another's window ("LEDPRO 2 varer 2 dager") is still read.
  for (const m of a.matchAll(new RegExp(`(^|[^\\d])${numberRe}(?![\\d])(?=([^.;]{0,25}))`, 'g'))) {
    const per = /\b(?:per|pr\.?|each|every|hver|hvert)\s+([a-zæøå]+)/.exec(m[2]);
    // "3175 for the whole year?" against "kr 3 175 per samling": counted per gathering, so not once for all.
    if (c.per === 'total') return per === null;
    if (per && unitKey(per[1]) === c.per) return true;
  }
  if (!c.unit) return false;
  const countOf = (unit: string): number | undefined => {
    for (const m of a.matchAll(/(\d+)\s*([a-zæøå]+)/g)) if (unitKey(m[2]) === unit) return Number(m[1]);
    return undefined;
  };
  const total = countOf(c.unit);
  const parts = c.per ? countOf(c.per) : undefined;
  return total !== undefined && parts !== undefined && parts > 0 && total / parts === c.n;
}

/** The month named first in a text. */
const firstMonthIn = (text: string): number | undefined => {
  const t = text.toLowerCase();
  let best: { at: number; m: number } | undefined;
  for (const [re, m] of MONTHS) {
    const at = re.exec(t)?.index;
    if (at !== undefined && (!best || at < best.at)) best = { at, m };
  }
  return best?.m;
};

const monthsIn = (text: string): Set<number> => new Set(MONTHS.filter(([re]) => re.test(text.toLowerCase())).map(([, m]) => m));

export type Verdict = 'yes' | 'no' | 'partly' | 'not-necessarily';

/** "Må jeg ha bachelor?", "is a degree absolutely required?": a claim that something is needed. */
const NEEDED = letterAware(/\b(må (jeg|eg|man|du|vi|ein|en) (ha|ha tatt|ha fullført)|(er|is) (det |it |a |en |ein )?\w*\s*(påkrevd|obligatorisk|nødvendig|et krav|eit krav|required|mandatory|a must|compulsory)|(absolutt|helt) (krav|nødvendig)|(absolutely|strictly|definitely) (required|necessary|needed)|do (i|you|we) (need|have) to have|need (a|an|to have))\b/);
/** "Må jeg ha mastergrad?" against a bachelor requirement names another requirement: that is a plain no. */
function namesTheRequirement(q: string, a: string): boolean {
  const asked = /\bha (?:tatt |fullført )?(?:en |ein |a |an )?([\p{L}-]{4,})/u.exec(q)?.[1];
  return asked === undefined || a.includes(asked.slice(0, 5));
}
/**
 * Whether a sentence of the answer says "without X" of what the question claims X for: the question names X and
 * another long word of that sentence (the case it is about).
 */
function deniedInAnswer(q: string, answer: string): boolean {
  const prefix = (w: string): string => w.slice(0, 6);
  const asked = new Set(q.split(/[^\p{L}]+/u).filter((w) => w.length >= 6).map(prefix));
  return answer.split(/(?<=[.!?])\s+/).some((sentence) => {
    const s = sentence.toLowerCase();
    // "… bare uten studiepoeng?" asks for what the answer denies: that is no denial of the question.
    const askedWithout = new Set([...q.toLowerCase().matchAll(/\b(?:uten|utan|without|no|ingen)\s+(\p{L}{6,})/gu)].map((m) => prefix(m[1])));
    const denied = [...s.matchAll(/\b(?:uten|utan|without)\s+(\p{L}{6,})/gu)].map((m) => prefix(m[1])).filter((w) => asked.has(w) && !askedWithout.has(w));
    if (denied.length === 0) return false;
    return s.split(/[^\p{L}]+/u).some((w) => w.length >= 7 && asked.has(prefix(w)) && !denied.includes(prefix(w)));
  });
}

/** "får jeg studiepoeng?", "do I get credits": the credits themselves asked for. */
const CREDITS_GOT = letterAware(/\b(få|får|gir|gi|get|gets|earn|receive|award\w*)\b[^?]{0,25}\b(studiepoeng\w*|credits?|ects)\b/);
const WITHOUT_THEM = letterAware(/\b(uten|utan|without|selv om|sjølv om|even if|even though)\b/);
/** "they get no credits at all?": the claim that none are given, which the rules confirm. */
const NO_CREDITS = letterAware(/\b(no|ingen|inga|zero)\s+(studiepoeng\w*|credits?)|\b(ikke|ikkje|not|never)\s+(få|får|get|gets|earn)\b/);
/** No higher education at all, or the requirement said to be unmet. */
const LACKS_ANY = letterAware(/\b(ingen|inga|ikke noe|ikkje noko|no|not any|without|never)\s+(høyere|høgare|høgre|higher)\s+(utdanning|education)|\b(oppfyller|oppfyll|meet|fulfil+)\s+(ikke|ikkje|not)\b|\b(ikke|ikkje|not|don'?t|do not|doesn'?t)\s+(oppfyller|oppfyll|meet|fulfil+)\b/);
const SOME_COLLEGE = letterAware(/\b(\d|to|tre|two|three|ett|eitt|one)\s*(år|års|years?)\b[^.?!]{0,20}\b(høyskole|høgskole|college|universitet\w*|university|studier|studies|higher education|høyere utdanning)/);

/** An answer that names a way past a requirement: an individual assessment, an equivalent, taking part without credits. */
const EXCEPTION = /(vurdert individuelt|individuell vurdering|assessed individually|individual assessment|kursdeltaker|course participant|eller tilsvarende|or equivalent)/;

/** A must asked: "må …", "have to …". */
const MUST = letterAware(/\b(må|måtte|must|have to|has to|need to|needs to|required to|obliged to)\b/);
/** Doing it oneself, which "individuelt" names. */
const ALONE = letterAware(/\b(alene|aleine|åleine|sjølv|selv|på egen hånd|alone|on my own|by myself)\b/g);
/** An answer that offers two ways: "gruppevis eller individuelt", "in groups or individually". */
const EITHER_WAY = /(gruppevis eller individuelt|individuelt eller gruppevis|in groups or individually|individually or in groups|group or individual|individual or group)/;

/** A claim that one never meets in person. */
const IN_PERSON_DENIED = /\b(ikke|ikkje|ingen|no|not|never|aldri)\b[^?.]{0,25}\b(fysisk\w*|in[- ]person|physical\w*|oppmøte)/;

/** A claim that something has been there a long time. */
const LONG_STANDING = /\b(long[- ]running|long[- ]standing|been around|been there all along|all along|from the (start|beginning)|always been (there|part)|for years|established|fra starten|frå starten|fra begynnelsen|hele tiden|heile tida|alltid vært|alltid vore|lenge|i mange år|gammel|gamle|etablert\w*|vart lenge)\b/;

const FIRST = /\b(første|fyrste|first|early|tidlig\w*)\s+(to|tre|2|3|two|three)?\s*(år|years?|måneder|months?|samling\w*|gatherings?)|\b(i|mot|på) (begynnelsen|starten)|\b(at|towards?) the (beginning|start)/;
// "at the end of August" is a part of that month (month-asks), not the last of the program.
const LAST = /\b(siste|last|final|later|seinere|senere)\s+(to|tre|2|3|two|three)?\s*(år|years?|måneder|months?|samling\w*|gatherings?)|\b(mot|på|i) slutten(?! av (jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des))|\b(at|towards?) the end(?! of (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|\bend of the (term|period)/;

/**
 * Yes, no or partly for a yes/no question, judged against the answer's own text: a claimed number, month or
 * name that the answer does not contain is a wrong premise; "only" against an answer that names others,
 * "included" against "in addition", "without" against a requirement are a no; otherwise the fact confirms.
 */
/** A guess beside a wh-question ("Jeg tror noen sa tre."): confirmed when the answer states every figure guessed. */
export function figuresVerdict(claims: readonly Claim[], answer: string): Verdict {
  return claims.every((c) => (c.per ? statesPer(answer, c) : states(answer, c))) ? 'yes' : 'no';
}

/** "samme lenke?": one address claimed for two things. */
const SAME_ADDRESS = /\b(samme|same)\s+(lenke\w*|link\w*|url|adresse\w*|address|nettside\w*|nettadresse\w*|side|sida|page|website|site|søknadsside\w*)\b/;

/**
 * The verdict of a rule that reads the claim as put (its figures, months, names, "only", "online", a denial);
 * undefined when none applies and the fact's own words decide. `told`: the whole message with what the asker told
 * before it ("She did part 1 in 2019. Is she allowed …?").
 */
/** "people just sign up themselves", "melder seg på selv", "søker selv": joining by one's own application. */
const SIGNS_UP_SELF = letterAware(/\b((sign|signs|signing|register|registers|enrol+s?|apply|applies) (up )?(themselves|ourselves|myself|yourself|on their own|directly|on a website|online)|(melde|melder|meld|søke|søker|søkje|søkjer) (seg|meg|oss|dere)? ?(på )?(selv|sjølv|direkte|på nett|på en nettside))\b/);
/** Something said to come of itself, without applying. */
const AUTOMATIC = letterAware(/\b(automatisk\w*|automatically|av seg selv|av seg sjølv|uten å søke|utan å søkje|without (applying|an application)|as a matter of course)\b/);
/** Always or only on one's own ("alltid individuelt", "only individually"). */
const ALWAYS_ALONE = letterAware(/\b(alltid|always|bare|berre|kun|only|just)\b[^?.]{0,40}\b(individuelt|individually|alene|aleine|åleine|alone|on (my|your|their|his|her|our) own|one by one)\b/);

export function particularVerdict(form: QuestionForm, answer: string, told = form.text): Verdict | undefined {
  const a = answer.toLowerCase();
  // "888 kr totalt" against "2 × kr 888 = kr 1 776": a claimed total is checked against the computed one.
  // Any sum the answer works out may be the one claimed ("6 × kr 3 175 = kr 19 050" after the fee's sum).
  const totals = [...answer.matchAll(/=\s*(?:kr|nok)?\s*(\d{1,3}(?:[ ,.]\d{3})*|\d+)/gi)].map((m) => Number(m[1].replace(/[ ,.]/g, '')));
  if (totals.length > 0 && form.total && form.numbers.length > 0) return form.numbers.some((c) => totals.includes(c.n) || (c.approx === true && totals.some((t) => near(t, c.n)))) ? 'yes' : 'no';
  // "Is part 2 just more of the same?" against "LEDPRO 2 bygger videre på LEDPRO 1 …, utdypet": not a repeat.
  // "Do I need a master's degree?" against "a bachelor's degree (180 credits) or equivalent": no, a lower one does.
  if (/\bmaster/.test(form.text) && !/\bbachelor/.test(form.text) && (NEEDED.test(form.text) || /\b(only|bare|berre|kun)\b[^?]*\b(if|om|hvis|dersom|med|with)\b/.test(form.text)) && /\b(bachelor|bachelorgrad)/.test(a) && /(opptakskrav|admission requirement)/.test(a)) return 'no';
  // "so people just sign up themselves on a website?" against "fakultetene nominerer deltakere": they are nominated.
  // Not when the claim is denied ("fakultetene nominerer, ikke sånn at man søker selv – stemmer det?").
  const signsUp = SIGNS_UP_SELF.exec(form.text);
  if (signsUp && !/\b(ikke|ikkje|not|rather than|instead of|i stedet for|heller enn)\b[^.?!]{0,25}$/.test(form.text.slice(0, signsUp.index)) && /\b(nominerer|nominere|nominert|nominate[sd]?|nominating)\b/.test(a)) return 'no';
  // "Får offentlig ansatte støtte fra OU-fondet automatisk?" against "kan søke OU-fondet": it must be applied for.
  if (AUTOMATIC.test(form.text) && /\b(kan søke|kan søkje|can apply|may apply|søke om|apply for|søknad)\b/.test(a)) return 'no';
  // "Is the exam always done individually?" against "in a group or individually": not always.
  if (ALWAYS_ALONE.test(form.text) && /\b(i gruppe eller individuelt|in a group or individually|individuelt eller i gruppe|individually or in a group)\b/.test(a)) return 'no';
  // "Han er kommunedirektør der nå, ikke sant?" against "tidligere kommunedirektør i Molde kommune": no longer.
  const role = NOW_CLAIMED.test(form.text) ? FORMER_ROLE.exec(a) : null;
  if (role && form.text.includes(role[2].slice(0, Math.max(5, role[2].length - 2)))) return 'no';
  // "Vi sitter eksamen på siste samling, ikke sant?" against "… i form av en hjemmeoppgave": not sat there.
  if (SITTING_EXAM.test(form.text) && TAKE_HOME.test(a)) return 'no';
  // "Wood Hotel ligger et godt stykke fra stasjonen?" against "nær Brumunddal togstasjon": not far.
  if (FAR_FROM.test(form.text) && /\b(nær|nærme|close to|near|next to|rett ved)\b/.test(a)) return 'no';
  if (REPEATS_CONTENT.test(form.text) && /(bygger videre|builds on|utdyp|deepen|påbygging|continues|continuation)/.test(a)) return 'no';
  // "Så 3175 dekker alle samlingene hele året?" against "kr 3 175 per samling": a price per unit claimed for the whole.
  // A price the claim itself puts per gathering ("3175 per samling, so about 19 000 for all six?") is not claimed for the whole.
  if (WHOLE.test(form.text) && form.numbers.some((c) => (c.per === undefined || c.per === 'total') && perUnit(a, c.n))) return 'no';
  // "So that 888 is a one-off?" against "kr 888 per semester (2 semestre)": paid more than once.
  if (ONCE.test(form.text) && /\b(per|pr\.?|each|every|hvert?)\s+(semester|samling|gathering|år|year|døgn|night|natt)\b/.test(a)) return 'no';
  // "Og del 2, er det samme lenke?" against "del 1: inn.no/ledpro1, del 2: inn.no/ledpro2": two addresses, not one.
  if (SAME_ADDRESS.test(form.text)) {
    const urls = new Set(a.match(/\b[\w-]+(\.[\w-]+)*\.(no|com|org|net)\/[\w/-]+/g) ?? []);
    if (urls.size >= 2) return 'no';
  }
  // "Går del 1 og del 2 hver for seg?" against "noe i fellesskap og noe separat": partly.
  // "Går de helt adskilt?" / "do they do everything separately?": a whole claim against a partial fact is a no.
  if (/\b(noe|some)\b[^.]*\b(og|and) (noe|some)\b/.test(a) && /(separat|sammen|saman|together|hver for seg|apart|felles|joint|atskil|adskil|åtskil)/.test(form.text)) {
    // "ever together?" / "noen gang sammen?": some of it is, so yes.
    if (EVER.test(form.text) && !/(separat|hver for seg|apart|atskil|adskil|åtskil)/.test(form.text)) return 'yes';
    // "Er vi på samme samlinger, eller går det helt hver for seg?": neither of the two offered, but some of each.
    const offered = form.choice || /,\s*(eller|or)\s/.test(form.text);
    return /\b(helt|fullstendig|completely|entirely|everything|totally|alt)\b/.test(form.text) && !offered ? 'no' : 'partly';
  }
  // "Is the diversity module one of the long-running ones?" against "… Mangfold og samskaping (ny)": the item the
  // question names is marked new.
  if (LONG_STANDING.test(form.text)) {
    // The item named is the one a word of the question picks out alone ("diversity"), not the list's lead-in.
    const items = a.split(/;\s*|\s\d\)\s*/);
    const named = words(form.text).filter((w) => w.length >= 6).map((w) => items.filter((item) => item.includes(w.slice(0, 6)))).find((hits) => hits.length === 1)?.[0];
    if (named && /\((ny|new)\)|\bnew\b|\bny\b|\bnytt\b/.test(named)) return 'no';
  }
  // "Må hjemmeoppgaven leveres alene?" against "leveres gruppevis eller individuelt": one way of two is no must.
  if (MUST.test(form.text) && EITHER_WAY.test(a)) {
    const asked = form.text.replace(ALONE, 'individuelt');
    if (/individu|gruppe|group/.test(asked)) return 'no';
  }
  // "jevn aktivitet alle fire årene?" against "størst tyngde … de to første årene": not evenly spread.
  if (/\b(jevn\w*|jamn\w*|jamt|jamne|evenly|even(?! (though|if|when|so|after|before|now|then)\b)|like mye|like tett|the same (all|every|throughout)|spread out)\b/.test(form.text) && /(størst tyngde|mest vekt|most weight|most of the|særlig|especially|the first two|de to første)/.test(a)) return 'no';
  // "heaviest in the last two years?" against "most weight … the first two years": the other end is a no.
  if ((LAST.test(form.text) && FIRST.test(a) && !LAST.test(a)) || (FIRST.test(form.text) && LAST.test(a) && !FIRST.test(a))) return 'no';
  // "So the first joint training day was in January?": the first month the answer gives is the first one's.
  // "Starter LEDPRO i april?": a start claimed in a month is the first one's month too.
  if (form.months.length > 0 && /\b(first|første|fyrste|starter|begynner|startar|byrjar|start|starts|begin|begins|oppstart\w*)\b/.test(form.text)) {
    const first = firstMonthIn(answer);
    if (first !== undefined && !form.months.includes(first)) return 'no';
  }
  // "Blir man satt i grupper med folk fra andre institutter?" against "grupper med ledere fra samme instituttledelse".
  if (otherAgainstSame(form.text, a)) return 'no';
  // "and that's run centrally from the rector's office, right?" against "lokal grunnopplæring … på fakultet og
  // institutt": local, not central (and the other way round).
  if (CENTRAL.test(form.text) && LOCAL.test(a) && !CENTRAL.test(a)) return 'no';
  if (LOCAL.test(form.text) && CENTRAL.test(a) && !LOCAL.test(a)) return 'no';
  // "like mye opplegg alle årene?" against "med størst tyngde på tiltakene de to første årene": not evenly spread.
  if (EVENLY.test(form.text) && /(størst tyngde|mest (intensiv|omfattende)|most weight|greatest weight|heaviest|most (intensive|intense)|spesielt viktig|particularly important)/.test(a)) return 'no';
  // "Er det samlinger i juli?" against "Ingen av samlingene … er i juli": none then.
  if (/^(ingen av samlingene|none of the gatherings)\b/.test(a)) return 'no';
  if (yearClaimedOff(form.text, a)) return 'no';
  // Every kind of claim must hold: "15. januar" claims the day and the month. "i juni eller juli?" asks for either.
  const either = form.months.length > 1 && /\b(eller|or)\b/.test(form.text);
  const monthsHold = (have: Set<number>): boolean => (either ? form.months.some((m) => have.has(m)) : form.months.every((m) => have.has(m)));
  if (form.months.length > 0 && !monthsHold(monthsIn(answer))) return 'no';
  // "… nummer 3 er 2.–3. mai?" against "15.–16. mai": the right month, other days.
  if (form.months.length > 0 && !either && daysClaimedOff(form.text, answer)) return 'no';
  // "Is the focus strategy rather than people management?" against an answer that names both: not one instead of the other.
  // "Can it be done one-to-one instead of seminars?" asks whether it may: an answer naming both says it can.
  const contrast = /^(can|could|kan|går det an|er det mulig|is it possible)\b/.test(form.text) ? null : CONTRAST.exec(form.text);
  if (contrast && contrast[2].split(/\s+/).filter((w) => w.length >= 4).some((w) => a.includes(w.slice(0, Math.max(4, w.length - 3))))) return 'no';
  // "Kan hun hoppe rett på del 2?" against "må du ha gjennomført del 1": what is required cannot be skipped.
  // "A section leader did part 1 in 2019. Can she go straight into part 2?": the requirement is met, so yes.
  const skipping = skipVerdict(form.text, a, told);
  if (skipping) return skipping;
  // "Får man studiepoeng som kursdeltaker?" against "… delta som kursdeltaker og få kursbevis (uten studiepoeng)".
  // "Hun må nok være med som kursdeltaker. Får hun studiepoeng?": the case told before the question counts too.
  if (deniedInAnswer(form.text, answer) || deniedInAnswer(told, answer)) return 'no';
  // "Jeg har ikke bachelor. Får jeg studiepoeng?" against "… kursdeltaker og få kursbevis (uten studiepoeng)".
  // Not when taking part without them is what is asked ("… selv om hun ikke får studiepoeng?"), nor when some higher
  // education is told ("to år høyskole, men ingen bachelor"), which the individual assessment may let in.
  const asked = form.text.split(/(?<=[.!])\s+/).pop() ?? form.text;
  if (CREDITS_GOT.test(asked) && !WITHOUT_THEM.test(asked) && LACKS_ANY.test(`${told} ${form.text}`) && !SOME_COLLEGE.test(`${told} ${form.text}`) && /(uten studiepoeng|without credits)/.test(a)) return NO_CREDITS.test(asked) ? 'yes' : 'no';
  // "Må jeg ha bachelor?" against "bachelorgrad eller tilsvarende … kan bli vurdert individuelt": not necessarily.
  if (NEEDED.test(form.text) && EXCEPTION.test(a) && !form.without && namesTheRequirement(form.text, a)) return 'not-necessarily';
  // "Kan jeg bare melde meg på selv?" against "det er fakultetene som nominerer": one is put forward, not self-enrolled.
  // "… fakultetene som nominerer, ikke sånn at man søker selv?" claims the nomination itself: that holds.
  // "Så det er rektoratet som plukker ut deltakerne?" against "fakultetene nominerer": another chooser is a no.
  const chooser = CHOOSER_CLAIMED.exec(form.text)?.[1];
  if (chooser && /(nominer|nominat)/.test(a)) return words(chooser).some((w) => w.length >= 4 && a.includes(w.slice(0, 5))) ? 'yes' : 'no';
  if (SELF_ENROL.test(form.text) && /(nominer|nominat)/.test(a) && !/(søk|apply|påmeld|sign up|enrol)/.test(a)) return NOT_SELF.test(form.text) ? 'yes' : 'no';
  // "Er mat inkludert i avgiften på 53 000?": the sum names the fee; what comes in addition is the answer.
  if (form.included && /(kommer i tillegg|come[s]? in addition)/.test(a)) return 'no';
  if (form.numbers.length > 0) {
    // "only two years" against "4 years at a time": a larger number of the same unit denies the claim. So does it
    // for a length in years ("it's for two years, right?"), which the "first two years" of a longer one does not make.
    if (form.numbers.some((c) => c.unit === 'år' && !c.per && [...a.matchAll(/(\d+)\s*([a-zæøå]+)/g)].some((m) => unitKey(m[2]) === 'år' && Number(m[1]) > c.n))) return 'no';
    if (form.only && form.numbers.some((c) => c.unit && [...a.matchAll(/(\d+)\s*([a-zæøå]+)/g)].some((m) => unitKey(m[2]) === c.unit && Number(m[1]) > c.n))) return 'no';
    return figuresVerdict(form.numbers, answer);
  }
  if (form.months.length > 0) return monthsHold(monthsIn(answer)) ? 'yes' : 'no';
  if (form.names.length > 0) return form.names.every((n) => namedIn(a, n)) ? 'yes' : 'no';
  if (form.free && /\b(kr|nok)\s*\d/.test(a)) return 'no';
  // "… i tillegg til ledelsesutvikling på individnivå" / "in addition to …" adds an aim; it says nothing is left out.
  if (form.included && /(kommer i tillegg|i tillegg(?! til)|come[s]? in addition|in addition(?! to)|on top|extra|ikke inkludert|not included)/.test(a)) return 'no';
  // "Kan jeg ta LEDPRO uten bachelor?" against "… kan bli vurdert individuelt / delta som kursdeltaker": yes, so.
  // So is "Could I still join if I don't care about getting credits?" / "… if they turn me down?".
  if ((form.without || WAY_IN_WITHOUT.test(form.text)) && EXCEPTION.test(a)) return 'yes';
  if (form.without && REQUIRED.test(a)) return 'no';
  // "Går samlingene på nett?" against "Alle samlingene arrangeres på Wood Hotel": a place to travel to is no.
  // "stemmer det at det ikke er fysiske samlinger?" against the same: they are held in person.
  if ((ONLINE.test(form.text) || IN_PERSON_DENIED.test(form.text)) && /(hotel|arrangeres på|are held at|gatherings at|samlinger på)/.test(a) && !ONLINE.test(a)) return 'no';
  // "Har jeg gått glipp av opplæringen når jeg begynte midt i perioden?" against "gjelder også når … underveis": no.
  if (form.excluded && /(gjelder også|also applies|også når|also when|underveis|midway|partway|during the term)/.test(a)) return 'no';
  if (form.only && /(\b(noe|some)\b.*\b(og|and) (noe|some)\b|delvis|partly|partially)/.test(a)) return 'partly';
  if (form.only && /(m\.fl\.|og andre|andre ledere|other leaders|alle ledere|all (the )?leaders|others|også|also|and more|blant annet|among others|utvidet|extended|samt|as well as|both|både)/.test(a)) return 'no';
  if (form.only && moreListedThanNamed(a)) return 'no';
  // "Er kontorsjefene med på alle samlingene?" against "på noen arenaer … kun instituttlederne, på andre … kontorsjef":
  // some, not all.
  if (ALL_CLAIMED.test(form.text) && SOME_AND_OTHERS.test(a)) return 'no';
  return undefined;
}

const ALL_CLAIMED = letterAware(/\b(alle|samtlige|hver eneste|all|every|each one of)\s+(\p{L}+\s+)?(samling\w*|arena\w*|gathering\w*|sessions?|arenas?|møte\w*|meetings?|dag\w*|days?)\b/u);
const SOME_AND_OTHERS = letterAware(/\b(på noen|i noen|noen av|at some|in some|some of)\b[^.]*\b(på andre|i andre|at others|in others|at other|others)\b/);

/** "ever", "noen gang", "av og til": at some time, not always. */
const EVER = letterAware(/\b(ever|at any point|sometimes|at times|at all|noen gang|nokon gong|nokon gang|av og til|iblant|innimellom|i det hele( tatt)?|i det heile( teke)?)\b/);

/** A claim that something happens or is paid once. */
/** The whole of something: the year, the course, all gatherings, in total. */
const WHOLE = letterAware(/\b((hele|heile) (året|kurset|studiet|programmet|perioden|opplegget)|alle (samlingene|samlingane|seks|6)|(the )?whole (year|course|programme|program|thing)|all (the )?(gatherings|sessions|six|6)|in total|totalt|til sammen|til saman|altogether)\b/);
/** The answer gives `n` per unit ("kr 3 175 per samling"), not as a total. */
const perUnit = (answer: string, n: number): boolean => {
  const digits = amountPattern(n);
  // "semesteravgift for 2 semestre (2 × kr 888)": counted more than once, so per unit too.
  return new RegExp(`(?<!\\d[ .,\u00a0\u202f]?)${digits}\\s+(per|pr\\.?|each|every|hver|kvar|for each)\\s|\\d\\s*×\\s*(?:kr|nok)?\\s*${digits}(?!\\d)`, 'i').test(answer);
};
const ONCE = letterAware(/\b(one-off|one off|(only|just|paid|pay|pays|charged) once|once (for|and for all)|one time|a single (payment|fee)|engangs\w*|[eé]i?n (gang|gong))\b/);

const EVENLY = /\b(like mye|like mykje|like mange|samme mengde|same amount|equally|as much (each|every)|the same (each|every)|jevnt fordelt|evenly|like (tungt|intensivt)|every year the same|hvert år det samme)\b/;

export const verdictWord = (v: Verdict, lang: Lang, negated = false): string =>
  ({ yes: { nb: negated ? 'Jo' : 'Ja', en: 'Yes' }, no: { nb: 'Nei', en: 'No' }, partly: { nb: 'Delvis', en: 'Partly' }, 'not-necessarily': { nb: 'Ikke nødvendigvis', en: 'Not necessarily' } })[v][lang];

/** How a wrong premise is said to be wrong, before the document's fact ("Nei, det stemmer ikke. …"). */
export const NOT_RIGHT: Readonly<Record<Lang, string>> = { nb: 'Nei, det stemmer ikke', en: 'No, that is not right' };

/** The yes or no an answer opens with ("Ja. …", "No. …"); undefined for any other opening, "Jo" and "Delvis" too. */
export const openingVerdict = (text: string): 'yes' | 'no' | undefined => (/^(Ja|Yes)\b/.test(text) ? 'yes' : /^(Nei|No)\b/.test(text) ? 'no' : undefined);

/** The question asks for "other X" ("andre institutter", "other departments") where the answer says "the same X". */
function otherAgainstSame(q: string, a: string): boolean {
  const others = [...q.matchAll(/\b(?:andre|andres|other|different|ulike)\s+([\p{L}]{5,})/gu)].map((m) => m[1].slice(0, 5));
  if (others.length === 0) return false;
  const same = [...a.matchAll(/\b(?:samme|same)\s+([\p{L}]{5,})/gu)].map((m) => m[1].slice(0, 5));
  return others.some((w) => same.includes(w));
}

/** Run centrally, or locally: a pillar's level. */
const CENTRAL = letterAware(/\b(sentralt|sentral regi|centrally|central(?:ly)? run|rektoratet|rector's office|fra toppen|from the top)\b/);
const LOCAL = letterAware(/\b(lokal|lokalt|local|locally)\b/);

/** Other names of the same place ("Gardermoen" is Oslo lufthavn, "Oslo S" the central station). */
const SAME_PLACE: ReadonlyArray<readonly string[]> = [
  ['gardermoen', 'oslo lufthavn', 'oslo airport', 'osl'],
  ['oslo s', 'oslo sentralstasjon', 'oslo central station', 'oslo central'],
];

/** Whether the answer names a claimed name, or the same place by another of its names. */
function namedIn(answer: string, name: string): boolean {
  const n = name.toLowerCase();
  // As a word of its own (or with a genitive s): "Lerkendal" inside "Lerkendalsamlingen" or before "gathering" names
  // another gathering.
  if (answer.includes(n) && new RegExp(`${escapeRegExp(n)}s?(?![\\p{L}])(?!\\s+(?:gathering|meeting|seminar|conference|session)s?\\b)`, 'u').test(answer)) return true;
  return SAME_PLACE.some((names) => names.includes(n) && names.some((x) => answer.includes(x)));
}

/** A claim of how things are now ("nå", "fortsatt", "currently", "still"). */
const NOW_CLAIMED = letterAware(/\b(nå|no|nåværende|noverande|fortsatt|framleis|fremdeles|i dag|now|currently|current|still|today|present)\b/);
/** A role the answer says someone held before ("tidligere kommunedirektør", "former chief executive"). */
const FORMER_ROLE = /\b(tidligere|tidlegare|forhenværende|forrige|former|previous|ex-)\s*([\p{L}-]{4,}(?: [\p{L}-]{4,})?)/u;

/** "må ha", "required": a requirement stated (compiled once). */
const REQUIRED = letterAware(/\b(må|må ha|must|need to|required|krav|requires)\b/);
