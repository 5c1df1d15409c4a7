import type { Lang } from '../../../shared/i18n';
import { letterAware } from './question-intent';

/**
 * The form of a question, beside its topic: a yes/no question (and the values it takes for granted, so a wrong
 * premise is corrected), a comparison, or a question that expects a number, a duration or a date. The form
 * decides how the answer starts ("Ja", "Nei", "Delvis") and what a fact must contain to answer it at all.
 */
export interface QuestionForm {
  readonly yesNo: boolean;
  /** A yes/no form that offers two clauses to choose between: only "partly" fits as a verdict. */
  readonly choice: boolean;
  /** The clause as read (lower case), for claims the verdict checks against the answer. */
  readonly text: string;
  /** Numbers the question asserts, with the unit they count when one follows ("10 samlinger", "2 år", "35,000 NOK"). */
  readonly numbers: Claim[];
  /** Months the question asserts ("in January", "i juli"), 1-12. */
  readonly months: number[];
  /** Capitalised names the question asserts ("That's Randi Bredvold, right?"). */
  readonly names: string[];
  /** "only / bare / kun": a restriction the answer may contradict. */
  readonly only: boolean;
  /** "without / uten": the answer may state a requirement. */
  readonly without: boolean;
  /** The asker fears being left out ("går jeg glipp av", "faller jeg utenfor", "have I missed out"). */
  readonly excluded: boolean;
  /** "included / inkludert / med i prisen": the answer may say it comes in addition. */
  readonly included: boolean;
  readonly compare: boolean;
  readonly expects: 'count' | 'duration' | 'date' | 'amount' | undefined;
  /** "totalt" / "in total": a claimed number is a total. */
  readonly total: boolean;
  /** Asserted rather than asked ("jeg tror …", "…, stemmer det?", "so …?"): a word the documents lack is the wrong part. */
  readonly asserts: boolean;
  /** "gratis" / "free": the answer contradicts it with a price. */
  readonly free: boolean;
  /** "så X er ikke med?" / "isn't it …?": a negative question, answered "Jo" in bokmål when the thing holds. */
  readonly negated: boolean;
  /** "er det lengre?" / "is it cheaper?": a comparative, which compares with the conversation's program. */
  readonly comparative: boolean;
}

export interface Claim {
  readonly n: number;
  readonly unit?: string;
  /** "53 000 per semester", "to dager per samling": what the number is counted per. */
  readonly per?: string;
}

const PER = /^\s*(?:[a-zæøå]+\s+){0,2}?(?:per|pr\.?|each|every|hver|hvert|kvar|kvart|a|an|i)\s+(samling\w*|gathering\w*|session\w*|semest\w*|år\b|year\w*|dag\w*|day\w*|del\b|part\b)/;

const WH_START = letterAware(/^(hva|hvem|hvor|hvordan|hvorfor|hvilke[nt]?|når|kva|kven|korleis|what|who|where|how|why|which|when)\b/);
// "står det noe om X?" / "does it say anything about X?" asks whether the documents mention X.
/** Skipping a step ("rett på del 2", "straight into part 2", "uten å ha tatt del 1"). */
const SKIPS = letterAware(/\b(rett|direkte|straight|directly|hoppe|hopp|skip|skippe|uten å ha|without (having|doing|taking))\b/);

/** "X rather than Y": the Y that the question sets aside. */
const CONTRAST = /\b(rather than|instead of|heller enn|i stedet for|istedenfor|i staden for|framfor|fremfor|not so much)\s+((?:[a-zæøå-]+\s*){1,3})/;

/** Enrolling oneself ("melde meg på selv", "søke direkte", "sign myself up"). */
const SELF_ENROL = letterAware(/\b(melder (man|en|ein|jeg|eg|vi|de|dei) (seg|meg|oss) (på|paa)|sign(ing)? (myself|yourself|themselves) up)\b|\b(søke|søker|søkje|melde meg|meld meg|påmelding|sign(ing)? (myself )?up|apply|applying|enrol|register)\b.*\b(selv|sjøl|sjølv|myself|directly|direkte|på egen hånd|på eiga hand|on my own|just)\b|\b(selv|sjøl|sjølv|myself|directly|direkte|just)\b.*\b(søke|søker|melde meg|sign (myself )?up|apply|enrol|register)\b/);

/** Self-enrolment set aside: "ikke sånn at man søker selv", "not something you apply for yourself". */
const NOT_SELF = letterAware(/\b(ikke|ikkje|not|rather than|instead of|heller enn|i stedet for|istedenfor)\b[^.?]{0,25}\b(søke|søker|søkje|melde|apply|applying|sign|enrol|register)/);

/** A finite verb first and a subject after it ("Lærer man …?", "Møtes dei …?"): the word order of a yes/no question. */
const VERB_FIRST = letterAware(/^(?!(?:hvor|kor|kvar|hver|other|under|after|over|bare|enten|eller|etter|sider|ifølge)\b)[a-zæøå]{2,}(?:er|es|ar|ast)\s+(man|jeg|eg|du|vi|de|dei|det|den|han|hun|ho|en|ein|deltakerne|deltakarane|lederne|leiarane|dere|de|ledpro|ntnu|både|begge|both)\b/);
/** Taking part from afar: online, digitally, from home. */
const ONLINE = letterAware(/\b(på nett|på nettet|nettbasert\w*|nettstudium|digital\w*|online|hjemmefra|heimanfrå|heimefrå|remote\w*|på teams|on teams|på zoom|on zoom|videolink)\b/);
/** Fearing to be left out of something: a fact that says it applies to them too answers no. */
const EXCLUDED = letterAware(/\b(miss(ed|ing)? out|missed the boat|miss the boat|too late|for seint?|falle[rt]? ([a-zæøå]+ )?([a-zæøå]+ )?utenfor|falle[rt]? ([a-zæøå]+ )?([a-zæøå]+ )?utanfor|g[åa]r? glipp|gått glipp|left out|excluded|utelatt|utelukka|utelukket)\b/);
/** "Har jeg gått glipp av det?", not "Is there anything for me, or did I miss the boat?" (an alternative to choose). */
function excludedAsked(q: string): boolean {
  const m = EXCLUDED.exec(q);
  return m !== null && !/\b(or|eller)\s+(\S+\s+){0,3}$/.test(q.slice(0, m.index));
}
/** A passive verb first and a noun after it ("Tas konflikthåndtering opp …?", "Brukes caser i undervisningen?"). */
const PASSIVE_FIRST = letterAware(/^(?!(?:hvor|kor|kvar|hver|other|under|after|over|bare|enten|eller|etter|sider|ifølge|siden|tross)\b)(tas|gis|fås|ses|[a-zæøå]{3,}[^aeiouyæøå\s]es)\s+(?!(?:for|of|in|on|at|til|i|på|og|and|to|the|a|an|fra|from|med|with)\b)[a-zæøå]{3,}[^?]*\?\s*$/);

const YES_NO_START = letterAware(/^(var det|var de|was it|were they|står det|nevnes det|nevner (de|dokumentet|det)|sier (de|dokumentet|det)|does (it|the document) (say|mention)|is there anything|stemmer( det)?|er det (riktig|sant)|is it true|(jeg|eg|i) (har )?(hørt|høyrt|heard|read|lest|trodde|thought|tror|trur|believe|think)|er|gir|har|kan|må|får|blir|finnes|fins|skal|koster|inkluderer|trenger|gjelder|holdes|ligger|varer|tar|krever|dekker|kommer|går|passer|bør|vil|inngår|is|are|does|do|can|will|has|have|must|should|did|was|were|could|would|am)\b/);
const ANY_WH = letterAware(/\b(hva|hvem|hvor|hvordan|hvorfor|hvilke[nt]?|når|kva|kven|korleis|what|who|where|how|why|which|when|eller|or)\b/);
const TAG = /(,?\s*(ikke sant|stemmer det|sant|right|correct|isn't it|is it|oder hur|eller|or not|vel)\s*\?*\s*$)|\bvel\b/;
const DATE_ASK = letterAware(/^(når|when)\b|\b(hvilken dato|what date|which date|når (er|starter|begynner|skjer|holdes)|when (is|does|are|will))\b/);
const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(januar|january|jan)\b/, 1], [/\b(februar|february|feb)\b/, 2], [/\b(mars|march)\b/, 3], [/\b(april|apr)\b/, 4],
  [/\b(mai|may)\b/, 5], [/\b(juni|june|jun)\b/, 6], [/\b(juli|july|jul)\b/, 7], [/\b(august|aug)\b/, 8],
  [/\b(september|sept?)\b/, 9], [/\b(oktober|october|okt|oct)\b/, 10], [/\b(november|nov)\b/, 11], [/\b(desember|december|des|dec)\b/, 12],
];
const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, én: 1, ein: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const UNIT = '(samling\\w*|gathering\\w*|session\\w*|dag\\w*|day\\w*|år\\w*|year\\w*|studiepoeng\\w*|credit\\w*|sp\\b|stp\\b|semest\\w*|uke\\w*|week\\w*|timer?|hours?|(?:hoved)?søyle\\w*|pillar\\w*|modul\\w*|module\\w*|(?:hoved)?tema\\w*|(?:hoved)?spor\\w*|track\\w*)';

/** The stem a unit is compared by ("samlinger" -> "samling", "years" -> "year"). */
const unitKey = (u: string): string => {
  const m = /^(?:hoved)?(samling|gathering|session|dag|day|år|year|studiepoeng|credit|sp|stp|semest|uke|week|time|hour|søyle|pillar|modul|module|tema|spor|track)/.exec(u);
  return m ? ({ gathering: 'samling', session: 'samling', day: 'dag', year: 'år', credit: 'studiepoeng', sp: 'studiepoeng', stp: 'studiepoeng', week: 'uke', hour: 'time', pillar: 'søyle', module: 'modul', track: 'spor' } as Record<string, string>)[m[1]] ?? m[1] : u;
};

/** Numbers the question claims: digits (35,000 / 53 000 / 10) and number words next to a unit ("to år", "one-day"). */
function claimedNumbers(q: string): Claim[] {
  const out: Claim[] = [];
  // Designators name a program or a gathering, they claim nothing: "LEDPRO 2", "del 1", "samling 4".
  const stripped = q.replace(/\b(ledpro|del|part|samling|gathering|session|pillar|søyle|hovedsøyle|modul|module|nr\.?|nummer|number)\s*-?\s*\d+\b/g, ' ')
    .replace(/\b\d+\s*\.\s*(samling|gathering)/g, ' ').replace(/\b(19|20)\d{2}\b/g, ' ');
  const numberWords = Object.keys(NUMBER_WORDS).join('|');
  for (const m of stripped.matchAll(new RegExp(`\\b(\\d{1,3}(?:[ .,]\\d{3})+|\\d+|${numberWords})\\b[- ]?(${UNIT.slice(1, -1)})?`, 'g'))) {
    const n = /^\d/.test(m[1]) ? Number(m[1].replace(/[ .,]/g, '')) : NUMBER_WORDS[m[1]];
    if (!/^\d/.test(m[1]) && !m[2]) continue;
    const per = PER.exec(stripped.slice((m.index ?? 0) + m[0].length));
    out.push({ n, unit: m[2] ? unitKey(m[2]) : undefined, per: per ? unitKey(per[1]) : undefined });
  }
  if (/\b(endags|en-dags|éndags|one-day|single-day)/.test(stripped)) out.push({ n: 1, unit: 'dag' });
  return out;
}

/** `raw` is the same clause as typed (capitals kept), for the names it asserts. */
export function readForm(question: string, raw: string = question): QuestionForm {
  const q = question.toLowerCase().trim().replace(/^(og|and|så|so|men|but)\s+/, '');
  // "alle seks er på samme sted?" / "it's two days each?": a statement with a question mark asks to confirm it.
  const declarative = !WH_START.test(q) && !YES_NO_START.test(q) && !ANY_WH.test(q) && /\b(er|is|are|blir|gir|gives|koster|costs|holdes|ligger|varer)\b/.test(q) && /\?\s*$/.test(q) && q.split(/\s+/).length <= 9;
  const asserts = declarative || (!WH_START.test(q) && /\b(er|is|are|blir|var|was|gir|gives|koster|costs)\b/.test(q) && /\?\s*$/.test(q) && /\d|\b(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december)\b/.test(q));
  // "So the hotel is in Hamar?" / "Så det er i Hamar?": a statement with a question mark asks to confirm it.
  const confirms = letterAware(/^(so|så|altså|then|da)\b/).test(question.toLowerCase().trim()) && q.split(/\s+/).length >= 3 && /\?\s*$/.test(q);
  // "Jeg har skjønt at det finnes grunnopplæring. Tar den opp noe om konflikter?": the last sentence asks.
  const last = q.split(/(?<=[.!])\s+/).pop() ?? q;
  // "Is the gap longer between 3 and 4, or between 4 and 5?" asks which of two, not yes or no.
  const alternative = /,?\s(or|eller)\s(?!not\b|ikke\b|ikkje\b|no\b|nei\b)\w+[^?]*\?\s*$/.test(q) && !TAG.test(q)
    && /\b(longer|shorter|lengre|kortere|lenger|more|fewer|flere|færre|dyrere|billigere|cheaper|earlier|later|tidligere|seinere|senere|first|først)\b/.test(q);
  // "Er de på samme samlinger, eller er det helt adskilt?": two clauses to choose between; "partly" may answer it,
  // a yes or a no does not.
  const choice = /\s(or|eller)\s+(er|is|are|blir)\s+(det|de|dei|it|they)\b[^?]*\?\s*$/.test(q) && !TAG.test(q);
  // "og ledpro, kan tillitsvalgte være med der?": a topic set before a comma, then the question.
  const afterTopic = q.replace(/^[^,?]{1,40},\s*/, '');
  const startsYesNo = (x: string): boolean => YES_NO_START.test(x) || VERB_FIRST.test(x) || PASSIVE_FIRST.test(x);
  const yesNo = !alternative && (startsYesNo(q) || (afterTopic !== q && startsYesNo(afterTopic) && !WH_START.test(q)) || (last !== q && startsYesNo(last) && !WH_START.test(last)) || TAG.test(q) || asserts || confirms);
  // Names the question asserts: two capitalised words ("Randi Bredvold"), or one inside the sentence ("in Hamar").
  const names = [...[...raw.matchAll(/\b([A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+)\b/g)].map((m) => m[1]),
    ...[...raw.matchAll(/(?<=[a-zæøå,] )([A-ZÆØÅ][a-zæøå]{3,})\b/g)].map((m) => m[1]).filter((w) => !/^(LEDPRO|NTNU|Wood|Hotel|Hotell)/i.test(w))]
    .filter((n) => !/^(Wood Hotel|Oslo S|Molde|Ledelse|Instituttlederprogrammet)/.test(n));
  const expects = /\b(hvor mye|how much)\b/.test(q) && letterAware(/\b(dekk\w*|cover\w*|refund\w*|støtte|tilskudd|grant|support|får|get)\b/).test(q) ? 'amount'
    // "hvor mange dager varer …?" asks a length, not a count.
    : /\b(hvor mange|kor mange|how many)\s+(dager|dagar|uker|veker|år|timer|måneder|days|weeks|years|hours|months)\b/.test(q) ? 'duration'
    : /\b(hvor mange|hvor mye|how many|how much|antall|number of)\b/.test(q) ? 'count'
    : /\b(hvor lenge|hvor lang\w*|varighet|how long|duration|lasts?|longer|longest|shorter|shortest|lengre|lenger|lengst|kortere|kortest)\b/.test(q) ? 'duration'
      // "de er endagssamlinger, ikke sant?" / "one-day things I assume?": a claimed length is checked against one.
      : yesNo && /\b(endags\w*|eindags\w*|heldags\w*|todags\w*|tredags\w*|\d-dags\w*|(one|two|three|full|1|2|3|half)[- ]day|(en|én|ein|éin|ett|to|tre|1|2|3) dagers?)(?![\p{L}])/u.test(q) ? 'duration'
      // "Stemmer det at samlingene bare varer én dag?": how long something lasts, claimed.
      : yesNo && /\b(varer|varar|vare|varte|lasts?|lasting)\b/.test(q) && /\b(dag\w*|days?|uker?|veker?|weeks?|timer?|hours?)\b/.test(q) ? 'duration'
      : DATE_ASK.test(q) ? 'date' : undefined;
  return {
    text: q,
    yesNo,
    choice: yesNo && choice,
    numbers: yesNo ? claimedNumbers(q) : [],
    months: yesNo ? MONTHS.filter(([re]) => re.test(q)).map(([, m]) => m) : [],
    names: yesNo ? names : [],
    only: /\b(bare|kun|only|just|purely|utelukkende|exclusively|completely|entirely|fully|helt|strictly|solely|nobody else|no one else|ingen andre)\b/.test(q),
    free: /\b(gratis|free|kostnadsfri|koster ingenting|costs nothing|no cost)\b/.test(q),
    // Only a negation in the main clause: "selv om jeg ikke har bachelor" asks a plain yes/no question.
    negated: yesNo && /\b(ikke|ikkje|not|isn't|aren't|doesn't|don't|won't|wasn't|isnt|arent|doesnt|dont)\b/.test(q.replace(/\b(ikke sant|ikkje sant|or not|eller ikke|eller ikkje|not only)\b/g, ' ')
      .split(/\b(selv om|sjølv om|hvis|dersom|om|uten|utan|even if|if|without|though|although|når|when|fordi|because)\b/)[0]
      // "…, ikke sånn at man søker selv – stemmer det?": a clause after a comma or dash sets something aside.
      .split(/\s[,–—-]\s|,\s/)[0].split(/\s+/).slice(0, 7).join(' ')),
    comparative: /\b(lengre|lenger|kortere|dyrere|billigere|større|strengere|tidligere|seinere|longer|shorter|cheaper|more expensive|stricter|earlier|bigger|smaller|samme antall|like mange|same number|as many|lengst|kortest|dyrest|billigst|longest|shortest|cheapest|most expensive)\b/.test(q),
    total: /\b(totalt|til ?sammen|i alt|total|in total|altogether)\b/.test(q),
    asserts: asserts || confirms || TAG.test(q) || /^(stemmer( det)?|er det (riktig|sant)|is it true|(jeg|eg|i) (har )?(hørt|høyrt|heard|read|lest|trodde|thought|tror|trur|believe|think))\b/.test(q),
    without: /\b(uten|utan|without)\b/.test(q),
    excluded: yesNo && excludedAsked(q),
    included: /\b(inkludert|inkluderer|inklusive|inngår|med i (prisen|avgiften|deltakeravgiften)|included|include|includes|covered|cover|covers|dekket|dekker|dekke|omfatter|part of the (fee|price)|del av (prisen|avgiften))\b/.test(q),
    // "Hvilken varer lengst, A eller B?" / "which gives more, A or B?" chooses between two: a comparison too.
    compare: /\b(sammenlign\w*|samanlikn\w*|forskjell\w*|skilnad\w*|skiller|skil|skilje|skiljer|versus|vs\.?|compare\w*|compared|difference|differ)\b/.test(q)
      || (/^(hvilke[nt]?|which)\b/.test(q) && /\b(eller|or)\b/.test(q)),
    expects,
  };
}

/** Whether the answer states the claimed number, for the same unit when the claim has one ("4 år" is not "2 år"). */
function states(answer: string, c: Claim): boolean {
  const a = answer.toLowerCase();
  const forms = [String(c.n), c.n >= 1000 ? String(c.n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : '', c.n >= 1000 ? String(c.n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : '',
    ...Object.entries(NUMBER_WORDS).filter(([, n]) => n === c.n && n > 1).map(([w]) => w)].filter(Boolean);
  return forms.some((f) => {
    const re = new RegExp(`(^|[^\\d])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])[- ]?([a-zæøå]*)`, 'g');
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
    const denied = [...s.matchAll(/\b(?:uten|utan|without)\s+(\p{L}{6,})/gu)].map((m) => prefix(m[1])).filter((w) => asked.has(w));
    if (denied.length === 0) return false;
    return s.split(/[^\p{L}]+/u).some((w) => w.length >= 7 && asked.has(prefix(w)) && !denied.includes(prefix(w)));
  });
}

/** An answer that names a way past a requirement: an individual assessment, an equivalent, taking part without credits. */
const EXCEPTION = /(vurdert individuelt|individuell vurdering|assessed individually|individual assessment|kursdeltaker|course participant|eller tilsvarende|or equivalent)/;

const FIRST = /\b(første|fyrste|first|early|tidlig\w*)\s+(to|tre|2|3|two|three)?\s*(år|years?|måneder|months?|samling\w*|gatherings?)|\b(i|mot|på) (begynnelsen|starten)|\b(at|towards?) the (beginning|start)/;
const LAST = /\b(siste|last|final|later|seinere|senere)\s+(to|tre|2|3|two|three)?\s*(år|years?|måneder|months?|samling\w*|gatherings?)|\b(mot|på|i) slutten|\b(at|towards?) the end|\bend of the (term|period)/;

/**
 * Yes, no or partly for a yes/no question, judged against the answer's own text: a claimed number, month or
 * name that the answer does not contain is a wrong premise; "only" against an answer that names others,
 * "included" against "in addition", "without" against a requirement are a no; otherwise the fact confirms.
 */
export function verdict(form: QuestionForm, answer: string): Verdict {
  const a = answer.toLowerCase();
  // "888 kr totalt" against "2 × kr 888 = kr 1 776": a claimed total is checked against the computed one.
  const total = /=\s*(?:kr|nok)?\s*(\d{1,3}(?:[ ,.]\d{3})*|\d+)/i.exec(answer);
  if (total && form.total && form.numbers.length > 0) return form.numbers.some((c) => c.n === Number(total[1].replace(/[ ,.]/g, ''))) ? 'yes' : 'no';
  // "Går del 1 og del 2 hver for seg?" against "noe i fellesskap og noe separat": partly.
  // "Går de helt adskilt?" / "do they do everything separately?": a whole claim against a partial fact is a no.
  if (/\b(noe|some)\b[^.]*\b(og|and) (noe|some)\b/.test(a) && /(separat|sammen|saman|together|hver for seg|apart|felles|joint|atskil|adskil|åtskil)/.test(form.text)) return /\b(helt|fullstendig|completely|entirely|everything|totally|alt)\b/.test(form.text) ? 'no' : 'partly';
  // "jevn aktivitet alle fire årene?" against "størst tyngde … de to første årene": not evenly spread.
  if (/\b(jevn\w*|jamn\w*|even(ly)?|like mye|like tett|the same (all|every|throughout)|spread out)\b/.test(form.text) && /(størst tyngde|mest vekt|most weight|most of the|særlig|especially|the first two|de to første)/.test(a)) return 'no';
  // "heaviest in the last two years?" against "most weight … the first two years": the other end is a no.
  if ((LAST.test(form.text) && FIRST.test(a) && !LAST.test(a)) || (FIRST.test(form.text) && LAST.test(a) && !FIRST.test(a))) return 'no';
  // "So the first joint training day was in January?": the first month the answer gives is the first one's.
  if (form.months.length > 0 && /\b(first|første|fyrste)\b/.test(form.text)) {
    const first = firstMonthIn(answer);
    if (first !== undefined && !form.months.includes(first)) return 'no';
  }
  // Every kind of claim must hold: "15. januar" claims the day and the month. "i juni eller juli?" asks for either.
  const either = form.months.length > 1 && /\b(eller|or)\b/.test(form.text);
  const monthsHold = (have: Set<number>): boolean => (either ? form.months.some((m) => have.has(m)) : form.months.every((m) => have.has(m)));
  if (form.months.length > 0 && !monthsHold(monthsIn(answer))) return 'no';
  // "Is the focus strategy rather than people management?" against an answer that names both: not one instead of the other.
  // "Can it be done one-to-one instead of seminars?" asks whether it may: an answer naming both says it can.
  const contrast = /^(can|could|kan|går det an|er det mulig|is it possible)\b/.test(form.text) ? null : CONTRAST.exec(form.text);
  if (contrast && contrast[2].split(/\s+/).filter((w) => w.length >= 4).some((w) => a.includes(w.slice(0, Math.max(4, w.length - 3))))) return 'no';
  // "Kan hun hoppe rett på del 2?" against "må du ha gjennomført del 1": what is required cannot be skipped.
  if (SKIPS.test(form.text) && /(må (du |man )?ha (gjennomført|tatt|fullført)|must have (completed|taken|done)|need to have (completed|taken)|requires? (that )?you)/.test(a)) return 'no';
  // "Får man studiepoeng som kursdeltaker?" against "… delta som kursdeltaker og få kursbevis (uten studiepoeng)".
  if (deniedInAnswer(form.text, answer)) return 'no';
  // "Må jeg ha bachelor?" against "bachelorgrad eller tilsvarende … kan bli vurdert individuelt": not necessarily.
  if (NEEDED.test(form.text) && EXCEPTION.test(a) && !form.without && namesTheRequirement(form.text, a)) return 'not-necessarily';
  // "Kan jeg bare melde meg på selv?" against "det er fakultetene som nominerer": one is put forward, not self-enrolled.
  // "… fakultetene som nominerer, ikke sånn at man søker selv?" claims the nomination itself: that holds.
  if (SELF_ENROL.test(form.text) && /(nominer|nominat)/.test(a) && !/(søk|apply|påmeld|sign up|enrol)/.test(a)) return NOT_SELF.test(form.text) ? 'yes' : 'no';
  // "Er mat inkludert i avgiften på 53 000?": the sum names the fee; what comes in addition is the answer.
  if (form.included && /(kommer i tillegg|come[s]? in addition)/.test(a)) return 'no';
  if (form.numbers.length > 0) {
    // "only two years" against "4 years at a time": a larger number of the same unit denies the claim.
    if (form.only && form.numbers.some((c) => c.unit && [...a.matchAll(/(\d+)\s*([a-zæøå]+)/g)].some((m) => unitKey(m[2]) === c.unit && Number(m[1]) > c.n))) return 'no';
    return form.numbers.every((c) => (c.per ? statesPer(answer, c) : states(answer, c))) ? 'yes' : 'no';
  }
  if (form.months.length > 0) return monthsHold(monthsIn(answer)) ? 'yes' : 'no';
  if (form.names.length > 0) return form.names.every((n) => a.includes(n.toLowerCase())) ? 'yes' : 'no';
  if (form.free && /\b(kr|nok)\s*\d/.test(a)) return 'no';
  if (form.included && /(kommer i tillegg|i tillegg|come[s]? in addition|in addition|on top|extra|ikke inkludert|not included)/.test(a)) return 'no';
  // "Kan jeg ta LEDPRO uten bachelor?" against "… kan bli vurdert individuelt / delta som kursdeltaker": yes, so.
  if (form.without && EXCEPTION.test(a)) return 'yes';
  if (form.without && letterAware(/\b(må|må ha|must|need to|required|krav|requires)\b/).test(a)) return 'no';
  // "Går samlingene på nett?" against "Alle samlingene arrangeres på Wood Hotel": a place to travel to is no.
  if (ONLINE.test(form.text) && /(hotel|arrangeres på|are held at|gatherings at|samlinger på)/.test(a) && !ONLINE.test(a)) return 'no';
  // "Har jeg gått glipp av opplæringen når jeg begynte midt i perioden?" against "gjelder også når … underveis": no.
  if (form.excluded && /(gjelder også|also applies|også når|also when|underveis|midway|partway|during the term)/.test(a)) return 'no';
  if (form.only && /(\b(noe|some)\b.*\b(og|and) (noe|some)\b|delvis|partly|partially)/.test(a)) return 'partly';
  if (form.only && /(m\.fl\.|og andre|andre ledere|other leaders|alle ledere|all (the )?leaders|others|også|also|and more|blant annet|among others|utvidet|extended|samt|as well as|both|både)/.test(a)) return 'no';
  return 'yes';
}

export const verdictWord = (v: Verdict, lang: Lang, negated = false): string =>
  ({ yes: { nb: negated ? 'Jo' : 'Ja', en: 'Yes' }, no: { nb: 'Nei', en: 'No' }, partly: { nb: 'Delvis', en: 'Partly' }, 'not-necessarily': { nb: 'Ikke nødvendigvis', en: 'Not necessarily' } })[v][lang];
