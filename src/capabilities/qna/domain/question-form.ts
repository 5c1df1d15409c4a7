import { letterAware } from './letter-aware';

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
  /**
   * "Stemmer det at kontorsjefene ikke er med?" / "Is it true that part 2 has no exam?": the negation is in the claim
   * asked about, not in the question, so the claim holds when the positive does not ("Nei" when they are with).
   */
  readonly claimNegated: boolean;
  /** "er det lengre?" / "is it cheaper?": a comparative, which compares with the conversation's program. */
  readonly comparative: boolean;
}

export interface Claim {
  readonly n: number;
  readonly unit?: string;
  /** "53 000 per semester", "to dager per samling": what the number is counted per; 'total' for once for all. */
  readonly per?: string;
  /** "rundt 19 000", "about 8000": a round figure, right when it is near the document's. */
  readonly approx?: boolean;
}

/** "3175 is for the whole year", "53 000 totalt": an amount claimed once for all, not per something. */
const FOR_ALL = /^\s*(?:[a-zæøå]+\s+){0,2}?(?:for (?:the whole|the entire|all of the|hele|heile) (?:[a-zæøå0-9-]+ )?(?:year|år|året|programme|program|programmet|course|kurset|studiet|period|perioden)\b|(?:in total|totalt|i alt|til sammen|tilsammen|altogether|samla)\b)/;

const PER = /^\s*(?:[a-zæøå]+\s+){0,2}?(?:per|pr\.?|each|every|hver|hvert|kvar|kvart|a|an|i)\s+(samling\w*|gathering\w*|session\w*|semest\w*|år\b|year\w*|dag\w*|day\w*|del\b|part\b|natt\w*|night\w*|døgn\w*|overnatting\w*)/;

export const WH_START = letterAware(/^(hva|hvem|hvor|hvordan|hvorfor|hvilke[nt]?|når|kva|kven|korleis|what|who|where|how|why|which|when)\b/);
// "står det noe om X?" / "does it say anything about X?" asks whether the documents mention X.
/** A finite verb first and a subject after it ("Lærer man …?", "Møtes dei …?"): the word order of a yes/no question. */
const VERB_FIRST = letterAware(/^(?!(?:hvor|kor|kvar|hver|other|under|after|over|bare|enten|eller|etter|sider|ifølge)\b)[a-zæøå]{2,}(?:er|es|ar|ast)\s+(man|jeg|eg|du|vi|de|dei|det|den|han|hun|ho|en|ein|deltakerne|deltakarane|lederne|leiarane|dere|de|ledpro|ntnu|både|begge|both|studiet|programmet|kurset|opplegget|tilbudet|tilbodet|emnet|samlingene|samlingane|avgiften|avgifta|eksamen|eksamenen)\b/);
/** Fearing to be left out of something: a fact that says it applies to them too answers no. */
const EXCLUDED = letterAware(/\b(miss(ed|ing)? out|missed the boat|miss the boat|too late|for seint?|falle[rt]? ([a-zæøå]+ )?([a-zæøå]+ )?utenfor|falle[rt]? ([a-zæøå]+ )?([a-zæøå]+ )?utanfor|g[åa]r? glipp|gått glipp|left out|excluded|utelatt|utelukka|utelukket)\b/);
/** "Har jeg gått glipp av det?", not "Is there anything for me, or did I miss the boat?" (an alternative to choose). */
function excludedAsked(q: string): boolean {
  const m = EXCLUDED.exec(q);
  return m !== null && !/\b(or|eller)\s+(\S+\s+){0,3}$/.test(q.slice(0, m.index));
}
/** A passive verb first and a noun after it ("Tas konflikthåndtering opp …?", "Brukes caser i undervisningen?"). */
const PASSIVE_FIRST = letterAware(/^(?!(?:hvor|kor|kvar|hver|other|under|after|over|bare|enten|eller|etter|sider|ifølge|siden|tross)\b)(tas|gis|fås|ses|[a-zæøå]{3,}[^aeiouyæøå\s]es)\s+(?!(?:for|of|in|on|at|til|i|på|og|and|to|the|a|an|fra|from|med|with)\b)[a-zæøå]{3,}[^?]*\?\s*$/);

const YES_NO_START = letterAware(/^(var det|var de|was it|were they|står det|nevnes det|nevner (de|dokumentet|det)|sier (de|dokumentet|det)|does (it|the document) (say|mention)|is there anything|stemmer( det)?|er det (riktig|sant)|is it true|(jeg|eg|i) (har )?(hørt|høyrt|heard|read|lest|trodde|thought|tror|trur|believe|think)|er|gir|har|kan|må|får|blir|finnes|fins|skal|koster|inkluderer|trenger|gjelder|holdes|ligger|varer|tar|krever|dekker|kommer|går|passer|bør|vil|inngår|hører|høyrer|tilhører|omfatter|regnes|reknast|ligg|gjev|kjem|finst|vert|treng|gjeld|krev|tek|kostar|varar|passar|dekkjer|inneheld|fikk|fekk|hadde|ble|blei|gikk|fungerte|funket|is|are|does|do|can|will|has|have|must|should|did|was|were|could|would|am)\b/);
const ANY_WH = letterAware(/\b(hva|hvem|hvor|hvordan|hvorfor|hvilke[nt]?|når|kva|kven|korleis|what|who|where|how|why|which|when|eller|or)\b/);
// English tags arrive expanded ("hasn't it" → "has not it").
// ", yes?" / ", ja?": a statement put to be confirmed, as non-native speakers often do.
// "which hotel is it?" asks which; only after a comma is "is it?" a tag ("It's two days, is it?").
const TAG = /(,\s*(yes|ja|no|nei|true|ok|is it)\s*\?+\s*$)|([,–—-]?\s*(ikke sant|stemmer det|sant|riktig|korrekt|right|correct|isn't it|(is|are|has|have|does|do|did|was|were|will|would) not (it|they|he|she|we|you|there)|(is|are|has|have|does|do|did|was|were|wo|would)n['’]t (it|they|he|she|we|you|there)|oder hur|eller|or not|vel)\s*\?*\s*$)|\bvel\b/;
/**
 * "What I need to know is when …", "kan du si meg når …", "lurer på når …": a question put inside a sentence, whose "når"
 * asks the date all the same.
 */
export const EMBEDDED_WHEN = letterAware(/\b(know|knows|wonder\w*|tell (me|us)|find out|check|remind (me|us)|confirm|vite|veit|lurer på|lurar på|lure på|finne ut|sjekke|si (meg|oss)|fortelle (meg|oss)|minne (meg|oss) på|bekrefte)\s+(is\s+|er\s+)?(når|when)\b/);

/** "Which one is over faster?", "hvilket er ferdig først?": which of two lasts the shorter time. */
const OVER_SOONER = letterAware(/\b(over|finished|done|ferdig|unnagjort)\s+(faster|sooner|quicker|first|først|fortest|raskest|raskere|tidligst|tidlegast)\b|\b(ends|finishes|slutter|sluttar)\s+(first|sooner|først|tidligst)\b/);
// "… fellesdager for alle ledere – når var de?": a date asked after a dash or a comma too.
const DATE_ASK = letterAware(/^(når|when)\b|(^|[–—,:-]\s*)(når|when)\s+(var|was|were|er|is|are|blir|skal|kommer|did)\b|\b(hvilken dato|what date|which date|når (er|starter|begynner|skjer|holdes)|when (is|does|are|will))\b/);
// "jul" alone is Christmas ("før jul"); July only as a date's month ("15. jul").
export const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(januar|january|jan)\b/, 1], [/\b(februar|february|feb)\b/, 2], [/\b(mars|march)\b/, 3], [/\b(april|apr)\b/, 4],
  [/\b(mai|may)\b/, 5], [/\b(juni|june|jun)\b/, 6], [/\b(juli|july)\b|\d\.?\s*jul\b/, 7], [/\b(august|aug)\b/, 8],
  [/\b(september|sept?)\b/, 9], [/\b(oktober|october|okt|oct)\b/, 10], [/\b(november|nov)\b/, 11], [/\b(desember|december|des|dec)\b/, 12],
];
export const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, ein: 1, eitt: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const UNIT = '(samling\\w*|gathering\\w*|session\\w*|dag\\w*|day\\w*|år\\w*|year\\w*|studiepoeng\\w*|credit\\w*|sp\\b|stp\\b|semest\\w*|uke\\w*|week\\w*|timer?|hours?|(?:hoved)?søyle\\w*|pillar\\w*|modul\\w*|module\\w*|(?:hoved)?tema\\w*|(?:hoved)?spor\\w*|track\\w*)';

/** A word of kind that may stand between a number and its unit without changing what is counted. */
const KIND_WORDS = '(?:main|core|big|major|separate|full|whole|physical|in-person|hele|heile|hovud|store|fysiske|fulle|egne|eigne)';

/** The amounts (100 or more) a question claims, as patterns that find them written "3175", "3 175" or "3,175". */
export const claimedAmounts = (form: QuestionForm): RegExp[] => form.numbers.filter((c) => c.n >= 100)
  .map((c) => new RegExp(`(^|[^\\d])${String(c.n).replace(/\B(?=(\d{3})+(?!\d))/g, '[ ,.\u00a0]?')}(?!\\d)`));

/** "the autumn is free after that", "keep that day free": free time, not free of charge. */
export const FREE_TIME = /\b(free (after|from|until|then|time|days?|evenings?|afternoons?|weeks?)|keep (\w+ ){0,3}free|(day|days|autumn|fall|spring|summer|week|weeks|evening|calendar|diary|schedule|rest of the year) (is|are|will be|stays?) free)\b/;

/** The stem a unit is compared by ("samlinger" -> "samling", "years" -> "year"). */
export const unitKey = (u: string): string => {
  const m = /^(?:hoved)?(samling|gathering|session|dag|day|år|year|studiepoeng|credit|sp|stp|semest|uke|week|time|hour|søyle|pillar|modul|module|tema|spor|track|natt|night|døgn|overnatting)/.exec(u);
  return m ? ({ gathering: 'samling', session: 'samling', day: 'dag', year: 'år', credit: 'studiepoeng', sp: 'studiepoeng', stp: 'studiepoeng', week: 'uke', hour: 'time', pillar: 'søyle', module: 'modul', track: 'spor', night: 'natt', døgn: 'natt', overnatting: 'natt' } as Record<string, string>)[m[1]] ?? m[1] : u;
};

/**
 * A number, or a number word, with the unit it counts if one follows ("fireårige", "three main pillars"). Made once:
 * matchAll copies it, so its own position never moves.
 */
const CLAIMED_NUMBER = new RegExp(`(?<![\\p{L}\\d])(\\d{1,3}(?:[ .,]\\d{3})+|\\d+|${Object.keys(NUMBER_WORDS).join('|')})(?:[- ]?(?:${KIND_WORDS}\\s+)?(${UNIT.slice(1, -1)}))?(?![\\p{L}\\d])`, 'gu');

/** Numbers the question claims: digits (35,000 / 53 000 / 10) and number words next to a unit ("to år", "one-day"). */
export function claimedNumbers(q: string): Claim[] {
  const out: Claim[] = [];
  // Designators name a program or a gathering, they claim nothing: "LEDPRO 2", "del 1", "samling 4".
  // "Har LEDPRO 8 samlinger?": only parts 1 and 2 follow the program's name; another number after it is claimed.
  const stripped = q.replace(/\bledpro\s*-?\s*[12]\b(?![ .,]?\d)|\b(del|part|samling|gathering|session|pillar|søyle|hovedsøyle|modul|module|nr\.?|nummer|number)\s*-?\s*\d{1,2}\b(?![ .,]?\d)/g, ' ')
    .replace(/\b\d+\s*\.\s*(samling|gathering)/g, ' ')
    // "Are all six sessions at the same place?": the gatherings taken together, no number claimed of them. Beside a
    // sum ("3175 for alle seks samlingene?") they say what the sum is claimed for, which is checked.
    .replace(/\b(all|alle)\s+(the\s+|de\s+)?(\d|six|seks|five|fem|four|fire)\s+(samling\w*|gathering\w*|session\w*)/g, (m) => (/\d{3}/.test(q) ? m : ' ')).replace(/(?<!\b(?:rundt|ca\.?|cirka|omtrent|about|around|roughly|kr\.?|nok|koster|costs?|vel|bare|only|just) )\b(19|20)\d{2}\b(?! ?(kr|kroner|nok|,-))/g, ' ')
    .replace(OWN_YEARS, ' ')
    // "if I cannot travel one time": in English "one time" is once, not the Norwegian "time" (an hour).
    .replace(/\b(one|two|three|four|five|six) times?\b/g, ' ')
    // "én dag", "éin dag": the stressed "one" (an accented letter is no word character to \b).
    .replace(/(^|\s)é(n|in|itt)(?=\s)/g, '$1e$2');
  // A number word may begin with a letter \b does not see ("åtte"): the edges are letters and digits, whatever they
  // are; a unit may be joined to it ("fireårige").
  // "three main pillars", "ti fysiske samlinger": a word of kind between the number and its unit counts the unit.
  for (const m of stripped.matchAll(CLAIMED_NUMBER)) {
    const n = /^\d/.test(m[1]) ? Number(m[1].replace(/[ .,]/g, '')) : NUMBER_WORDS[m[1]];
    if (!/^\d/.test(m[1]) && !m[2]) continue;
    const rest = stripped.slice((m.index ?? 0) + m[0].length);
    const per = PER.exec(rest);
    const approx = n >= 1000 && APPROXIMATELY.test(stripped.slice(Math.max(0, (m.index ?? 0) - 16), m.index));
    out.push({ n, unit: m[2] ? unitKey(m[2]) : undefined, per: per ? unitKey(per[1]) : n >= 100 && FOR_ALL.test(rest) ? 'total' : undefined, ...(approx ? { approx } : {}) });
  }
  if (ONE_DAY_WORD.test(stripped)) out.push({ n: 1, unit: 'dag' });
  // "korte halvdagsmøter?", "half-day sessions?": less than a day.
  if (/\b(halvdags|halv dag|half-day|half a day|half day)/.test(stripped)) out.push({ n: 0.5, unit: 'dag' });
  // "about an hour", "en times tid": one hour, said without the digit.
  if (ONE_HOUR_WORDS.test(stripped)) out.push({ n: 1, unit: 'time' });
  return out;
}

/** "So the hotel is in Hamar?" / "Så det er i Hamar?": a statement to confirm. */
// "right, so people just sign up themselves?": an acknowledgement may come before it.
const ACK = String.raw`(?:(?:right|ok|okay|okei|ah|aha|i see|great|greit|fine|jaha|ja)[,.!]\s+)?`;
const CONFIRM_START = letterAware(new RegExp(`^${ACK}(so|så|altså|then|da)\\b`));
/** The same lead with what follows it, taken off to see whether a wh-question comes after. */
const CONFIRM_LEAD = new RegExp(`^${ACK}(so|så|altså|then|da)[,]?\\s+`);
/** "How much does the OU fund cover?": an amount of something covered. */
const COVERED_AMOUNT = letterAware(/\b(dekk\w*|cover\w*|refund\w*|støtte|tilskudd|grant|support|får|get)\b/);
/** A round figure's lead-in, just before it: "rundt 19 000", "ca. 8000", "about 55,000". */
const APPROXIMATELY = /\b(rundt|ca\.?|cirka|omtrent|nesten|drøyt|vel|about|around|roughly|approximately|approx\.?|nearly|almost|some)\s+(kr\.?\s+|nok\s+)?$|~\s*$/;
/** "endagssamling", "éndags", "one-day": a length of one day said in a word. */
const ONE_DAY_WORD = letterAware(/\b(endags|en-dags|éndags|eindags|heldags|one-day|single-day|full-day|whole-day)/);
/** "about an hour", "en times tid", "éi times reise": one hour, said without the digit. */
const ONE_HOUR_WORDS = letterAware(/\b(an|one) hour\b|\b(en|ei|éi|ein) times (tid|reise|togtur)\b/);
/** Two capitalised words, a person's name ("Randi Bredvold", "Åse Sørli"). */
const FULL_NAME = letterAware(/\b([A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+)\b/g);
/** One capitalised word inside a sentence ("in Hamar", "på Røros"). */
const NAME_IN_SENTENCE = letterAware(/(?<=[a-zæøå,] )([A-ZÆØÅ][a-zæøå]{3,})\b/g);

/** "Which is longer?", "varer den lenger enn …": a length compared; not "other longer programmes" (a kind of program). */
/** A unit of length in time ("dager", "år", "months"); "år" has no \b before it, so its edges are letter-aware. */
const LENGTH_UNIT = letterAware(/\b(dag\w*|days?|uker?|veker?|weeks?|timer?|hours?|år|years?|måneder|månader|months?|semest\w*)\b/);
// "Er samlingene like lange i begge?": a length compared for sameness.
const LENGTH_COMPARED = /\b(like lange?|same length|as long as)\b|\b(longer|shorter|lengre|lenger|kortere)\b(?=\s*(than|enn|\?|$|,))|\b(is|are|er|varer|vare|lasts?|går|runs?|takes?|tar)\s+(\w+\s+)?(longer|shorter|lengre|lenger|kortere)\b/;

/** "Can you break down …?", "Kan du forklare …?": a request for an account, not a yes/no question. */
const REQUEST = /^(?:(?:ok|okay|hei|hi|hello|so|så)[,!.]?\s+)?(?:can|could|would|will) you (?:please |pls |just )?(?:break|explain|tell|list|describe|give|summari[sz]e|outline|walk|show|share|go through|run through|spell out|sum up|compare|contrast|set out|lay out|put)\b|^(?:(?:ok|hei|så)[,!.]?\s+)?(?:kan|kunne|vil) du (?:være (?:så )?snill (?:å )?|bare |gjerne )?(?:forklare|fortelle|si|liste|lista|beskrive|gi|oppsummere|vise|gå gjennom|skissere|ramse opp|sette opp|setje opp|stille opp|sammenligne|samanlikne|summere|oppsummere|forklare|(?:sette|setje|legge|leggje|stille)(?:\s+\S+){0,8}\s+(?:opp mot|ved siden av|ved sida av|mot hverandre|mot kvarandre))\b/;

/**
 * "…, eller bare instituttlederne?", "…, or was it only for those who started in 2021?", "…, eller må de bare hive seg
 * på det vanlige?": a restriction set aside.
 * "…, eller har jeg gått glipp av det?", "…, or is it too late?": the fear of being left out, the first clause asked.
 */
export const FOIL = /,?\s(eller|or)\s+(((er|var|blir|må|skal|is|was|are|were|must|do|does|should)\s+(det|it|that|they|de|dei|vi|we|man|en|ein|i|you|han|hun|hen|ho|he|she)\s+)?(bare|berre|kun|only|just|strictly|purely|solely|exclusively|utelukkende)\b|(har|have|did|has)\s+(jeg|eg|vi|me|man|i|we|she|he|hun|han|ho|hen)\s+(allerede\s+|already\s+)?(gått|gått meg|miss|missed)\b|(er|is)\s+(det|it)\s+(allerede\s+|already\s+)?(for\s+sei?nt|too\s+late)\b|(am|are)\s+(i|we)\s+too\s+late\b|(is|are|er)\s+(it|that|they|det|de|dei)\s+(a\s+)?(dead\s+end|waste|useless|no\s+use|worthless|bortkasta|bortkastet|ubrukelig|verdiløs|blindvei)|(not|ikke|ikkje)\s*\??\s*$).*$/;

/** A word capitalised only because it starts the sentence ("Is Wood Hotel close …?"), never the start of a name. */
const SENTENCE_START_WORD = /^(Is|Are|Was|Were|Does|Do|Did|Can|Could|Will|Would|Should|Has|Have|Had|Must|May|What|Who|Where|When|How|Which|Why|So|And|But|Or|The|Er|Var|Kan|Kunne|Har|Blir|Skal|Vil|Må|Går|Gir|Får|Hva|Kva|Hvem|Kven|Hvor|Kvar|Når|Hvordan|Korleis|Hvilke\w*|Så|Og|Men|Eller|Det|Den|Ligger|Finnes|Stemmer)\s/;
/** "I just need to confirm that number", "kan du bekrefte det?": what was just said, to be checked. */
const CONFIRM_REQUEST = /\b(confirm|verify|double-check|bekrefte|bekreft|dobbeltsjekke|stadfeste)\b[^.?!]{0,20}\b(that|this|it|det|dette|den)\b/;
const HEARSAY = /^(jeg|eg|vi|me|i|we) (har |have )?(hørte|hørt|høyrde|høyrt|heard|was told|were told|fikk høre|fekk høyre|leste|lest|read|skjønte|understood|fikk beskjed om)\b.*\b(at|that)\b|^(a colleague|my (boss|manager|colleague|director)|someone|en kollega|kollegaen min|ein kollega|sjefen min|noen|nokon) (told (me|us)|said|says|sa|sier|seier|nevnte|mentioned)\b/;
/** A figure or a month: what a claim can be checked by. */
/** "What about the books, are those covered?": a topic set before the comma, then a yes/no question. */
const WHAT_ABOUT = /^(what about|how about|hva med|kva med|enn)\b[^,?]*,/;
// "Makes sense that the heaviest part comes in the last two years.": a conclusion agreed with is drawn all the same.
const CONCLUDED = /^([\p{L}!]+[,!.]\s+)?(so|så|altså|(?:it |that )?makes sense,?(?: that)?|(?:det )?gir (?:god )?(?:mening|meining),?(?: at)?|(?:det er )?logisk,?(?: at)?)(?:\s+(?:da|then))?(?:\s+(?:blir|er|får|har|kommer))?\s+(i|i've|i'm|jeg|eg|we|we've|vi|me|it|it's|det|that|that's|den|dette|this|the)\b/u;
// "the last two years", "seks samlinger": a count said in a word is a figure too.
/** "… or will I need a taxi after 30 years of bad directions?", "etter 20 år som rektor", "15 års erfaring": years of
 * the asker's own life, not a length claimed of the program. */
const OWN_YEARS = /\b(?:after|etter|with|med) (?:\d+|over \d+) (?:years?|år) (?:of|as|in|med|som|i)\b|\b\d+ (?:years?'?|års?) (?:of )?(?:experience|erfaring)\b/g;
const FIGURE = /\d|\b(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december)\b|(?<![\p{L}])(two|three|four|five|six|eight|ten|twelve|tre|fire|fem|seks|åtte|ti|tolv)\s+(years?|år|days?|dager|dagar|gatherings?|samlinger|samlingar|months?|måneder|månader|nights?|netter|semesters?|semestre)(?![\p{L}])/u;
const MONEY = /\d[\d .,]*\s*(kr|kroner|nok)\b|\b(kr|nok)\.?\s*\d/;
/** A question word anywhere ("or" aside). */
const WH_WORD = letterAware(/\b(hva|hvem|hvor|hvordan|hvorfor|hvilke[nt]?|når|kva|kven|kvar|korleis|kvifor|what|who|where|how|why|which|when)\b/);
/** The opening of a yes/no question put indirectly: "I'm wondering if", "lurer på om", "do you know whether". */
const INDIRECT_YES_NO = letterAware(/^(?:(?:hei|hi|hello|ok)[,!.]?\s+)?(?:(?:i|jeg|eg|vi|we|me)\s+)?(?:am |was |are |er |var )?(?:wondering|wonder|lurer|lurte|lurar|undrer|undres)\s+(?:litt\s+|just\s+|bare\s+)?(?:på\s+)?(?:if|whether|om)\b|^(?:vet du|veit du|do you know|could you tell me|can you tell me|kan du si|kan du fortelle)\s+(?:meg\s+|me\s+)?(?:if|whether|om)\b/);
/** A claim put to be confirmed: "stemmer det at …", "er det riktig at …", "is it true that …". */
const CLAIM_FRAME = /^(stemmer|stemmar|er det (riktig|rett|sant|korrekt)|har (jeg|eg) (forstått|skjønt) (det )?(riktig|rett)|is it (true|right|correct|the case)|am i right)\b[^?]*\b(at|that)\b/;
/** "…, stemmer det?" / "…, right?": a statement with a tag that asks whether it holds. */
// "we dont have to do anything between ledpro samlinger right?": the short tags need no comma.
const CLAIM_TAG = /(,\s*(stemmer det|stemmar det|er det riktig|er det rett|right|correct|is that right|is that correct|am i right)|(,\s*|\s)(right|correct|sant|ikke sant|ikkje sant))\s*\?*\s*$/;
const NEGATION = /\b(ikke|ikkje|not|no longer|isn't|aren't|doesn't|don't|won't|wasn't|isnt|arent|doesnt|dont)\b/;
/** Words with "ikke"/"not" that negate nothing: "ikke sant", "or not", "not only". */
const NOT_A_NEGATION = /\b(ikke sant|ikkje sant|or not|eller ikke|eller ikkje|not only|ikke bare|ikkje berre)\b/g;
/** A capitalised word of four letters or more after a word or comma: what a name inside a sentence needs. */
const NAME_INSIDE = /[a-zæøå,] [A-ZÆØÅ][a-zæøå]{3}/;
const lastSentence = (q: string): string => q.split(/(?<=[.!?])\s+/).pop() ?? q;
/** A length of a day or so named ("endagssamlinger", "korte møter", "one-day"): made once, not on every reading. */
const DAY_LENGTH = letterAware(/\b(endags\p{L}*|eindags\p{L}*|heldags\p{L}*|halvdags\p{L}*|kveldsmøte\p{L}*|korte (?:møter|møte|økter|samlinger|samlingar)|short (?:meetings?|sessions?)|todags\w*|tredags\w*|\d-dags\w*|dagsmøte\w*|dagssamling\w*|dagsamling\w*|dagskurs\w*|day meetings?|day sessions?|(one|two|three|full|1|2|3|half)[- ]day|(en|én|ein|éin|ett|to|tre|1|2|3) dagers?)(?![\p{L}])/u);
/** The words that set two things side by side ("sammenlignet med", "side by side", "hva er nytt i"). */
const COMPARE_WORDS = letterAware(/\b(sammenlign\w*|sammenlikn\w*|samanlikn\w*|(?:stacks?|stacking|measures?|holds?) up (?:against|to|with)|står seg (?:mot|i forhold til)|forskjell\w*|skilnad\w*|skiller|skil|skilje|skiljer|versus|vs\.?|compare\w*|compared|difference|differ|different (from|about|in|for)|differ for|how different|how (is|are|'s) (it|that|this|they|these|those|the [\w-]+( \w+)?) different|next to each other|side by side|side om side|(opp )?mot hverandre|(opp )?mot kvarandre|(up )?against each other|til sammenligning|til samanlikning|by comparison|in comparison|for comparison|i forhold(?=\s*[?.!]*\s*$)|(legg|legge|sett|sette|set|stilt?|put) (\w+ )?(ved siden av|ved sida av|opp mot|next to|beside|against)|ved sida av kvarandre|ved siden av hverandre|hvor (forskjellig|ulik|annerledes)\w*|kor (ulik|forskjellig)\w*|forskjellig\w* for|ulike? for|annerledes (enn|med|ved|i)|what('s| is) (actually |really |genuinely )?(new|different) (in|about)|(hva|kva) (er|blir) ((det|som|egentlig|eigentleg|faktisk|virkelig|er|blir) ){0,4}(nytt|nye|annerledes|anderleis) (i|på|med|ved))\b/);
/**
 * Names the question asserts: two capitalised words ("Randi Bredvold"), or one inside the sentence ("in Hamar").
 * Read only for a yes/no question (no other keeps them), in a function of its own.
 */
function assertedNames(raw: string): string[] {
  return [...[...raw.matchAll(FULL_NAME)].map((m) => m[1]),
    // The lookbehind is tried at every position: a plain scan first tells whether there is such a word at all.
    ...(NAME_INSIDE.test(raw) ? [...raw.matchAll(NAME_IN_SENTENCE)].map((m) => m[1]).filter((w) => !/^(LEDPRO|NTNU|Wood|Hotel|Hotell)/i.test(w)) : [])]
    .filter((n) => !/^(Wood Hotel|Oslo S|Molde|Ledelse|Instituttlederprogrammet)/.test(n) && !SENTENCE_START_WORD.test(n)
      // "Ligg Wood Hotel nær stasjonen?": a verb that opens a yes/no question starts no name.
      && !YES_NO_START.test(n.split(' ')[0].toLowerCase()));
}

/** `raw` is the same clause as typed (capitals kept), for the names it asserts. */
export function readForm(question: string, raw: string = question): QuestionForm {
  const q = question.toLowerCase().trim().replace(/^(og|and|så|so|men|but)\s+/, '');
  // "alle seks er på samme sted?" / "it's two days each?": a statement with a question mark asks to confirm it.
  const declarative = !WH_START.test(q) && !YES_NO_START.test(q) && !ANY_WH.test(q) && /\b(er|is|are|blir|gir|gives|koster|costs|holdes|ligger|varer)\b/.test(q) && /\?\s*$/.test(q) && q.split(/\s+/).length <= 9;
  // "Søyle 2, ledergruppesamlingene – hvem er med der?": a topic named (with its number) before a wh-question.
  const asksWh = WH_START.test(q.split(/\s[–—-]\s|,\s/).pop() ?? q);
  // A foil ("…, eller var det bare for dem fra 2021?") claims and asserts nothing: the question without it.
  const unfoiled = q.replace(FOIL, '');
  const main = unfoiled === q ? q : `${unfoiled}?`;
  // "Jeg hørte at hotellprisen på 3175 kr gjelder per natt." / "A colleague told me part 1 is 15 credits.": a
  // figure heard elsewhere is a claim to check, question mark or not.
  // "Great, so I've got until 15 January." / "Ok, så det er 888 kr totalt.": a conclusion drawn with a figure is a
  // claim to check too.
  // "… ten gatherings over the year – I just need to confirm that number.": a figure to be confirmed is a claim too.
  const hearsay = (HEARSAY.test(q) || CONCLUDED.test(q) || CONFIRM_REQUEST.test(q)) && FIGURE.test(q) && !WH_START.test(lastSentence(q));
  // "Is she allowed to go straight into part 2?": a part's or a gathering's number designates, it claims nothing.
  const figured = main.replace(/\b(ledpro|del|part|samling|gathering|session|pillar|søyle|hovedsøyle|modul|module)\s*-?\s*\d\b/g, ' ').replace(OWN_YEARS, ' ');
  const asserts = hearsay || declarative || (!WH_START.test(q) && !asksWh && /\b(er|is|are|blir|var|was|gir|gives|koster|costs)\b/.test(main) && /\?\s*$/.test(main) && FIGURE.test(figured));
  // "So the hotel is in Hamar?" / "Så det er i Hamar?": a statement with a question mark asks to confirm it.
  // "Altså hva forventes av oss?" is a wh-question after the word, not a statement.
  // "OK, so 45,000 plus the semester fees, what does that make?": a wh-question closing it asks, it confirms nothing.
  const confirms = CONFIRM_START.test(question.toLowerCase().trim()) && !asksWh && q.split(/\s+/).length >= 3 && /\?\s*$/.test(q)
    && !WH_START.test(question.toLowerCase().trim().replace(CONFIRM_LEAD, ''));
  // "Jeg har skjønt at det finnes grunnopplæring. Tar den opp noe om konflikter?": the last sentence asks.
  const last = q.split(/(?<=[.!])\s+/).pop() ?? q;
  // "Is the gap longer between 3 and 4, or between 4 and 5?" asks which of two, not yes or no.
  // "Er det på bachelornivå eller masternivå?": two of one kind, named by a shared head, ask which.
  const alternative = (/,?\s(or|eller)\s(?!not\b|ikke\b|ikkje\b|no\b|nei\b)\w+[^?]*\?\s*$/.test(q) && !TAG.test(q)
    && /\b(longer|shorter|lengre|kortere|lenger|more|fewer|flere|færre|dyrere|billigere|cheaper|earlier|later|tidligere|seinere|senere|first|først)\b/.test(q))
    || /\p{L}+(\p{L}{4,}) (or|eller) \p{L}+\1\s*\?\s*$/u.test(q);
  // "Er de på samme samlinger, eller er det helt adskilt?": two clauses to choose between; "partly" may answer it,
  // a yes or a no does not.
  // "…, eller er det bare for dem som startet samtidig?" only sets a restriction aside (a foil): the first clause
  // is still asked yes or no.
  const choice = /\s(or|eller)\s+(er|is|are|blir)\s+(det|den|de|dei|it|they)\b[^?]*\?\s*$/.test(q) && !TAG.test(q) && !FOIL.test(q);
  // "og ledpro, kan tillitsvalgte være med der?": a topic set before a comma, then the question.
  const afterTopic = q.replace(/^[^,?]{1,40},\s*/, '');
  const startsYesNo = (x: string): boolean => !REQUEST.test(x) && (YES_NO_START.test(x) || VERB_FIRST.test(x) || PASSIVE_FIRST.test(x));
  // "Jeg husker det var en samling i august 2021. Hvordan var sånne dager lagt opp?": the last sentence asks how.
  const whLast = last !== q && WH_START.test(last);
  // "like mye opplegg alle årene?": a claim of sameness without a verb still asks to confirm it.
  // "eg er postdoc og har lyst å bli leiar ein gong, er det noko for meg?": a yes/no question after a comma.
  const commaLast = q.split(/,\s+/).pop() ?? q;
  // "… Om jeg ikke fyller kravene, kan jeg likevel delta?": a condition first, then the yes/no question.
  const afterCondition = last.replace(/^(hvis|om|dersom|viss|if|in case|unless)\b[^,?]*,\s*/, '');
  // "Og for del 2 – samme nettside?": sameness claimed without a verb.
  const sameClaimed = /\b(samme|same)\s+[\p{L}-]+\s*\?\s*$/u.test(q) && q.split(/\s+/).length <= 8 && !WH_START.test(q);
  // "I was told the faculties don't pick …, people just sign up?": something heard, with a question mark, to confirm.
  const heardAsked = (HEARSAY.test(q) || /^(i|we) (have )?(heard|was told|were told|read|understood)\b/.test(q)) && /\?\s*$/.test(q) && !WH_START.test(lastSentence(q));
  // "I'm wondering if people in my role join …?" / "Jeg lurer på om kontorsjefen er med?": a yes/no question put
  // indirectly; "lurer på om dere kan si hva det koster" still asks what.
  const indirect = INDIRECT_YES_NO.test(last) && !WH_WORD.test(last.replace(INDIRECT_YES_NO, ' '));
  // "Er det sånn på NTNU også, eller hvordan blir man med der?": "like that" claims nothing of its own to judge; the
  // open question after "eller" is the one asked.
  const orHow = /^(er|is|blir|was|var)\s+(det|it|that)\s+(sånn|slik|likt|like that|the same|samme)\b[^?]*,?\s(eller|or)\s+(hvordan|korleis|hva|kva|hvem|kven|hvor|kvar|how|what|who|where)\b[^?]*\?\s*$/.test(q);
  const yesNo = !alternative && !whLast && !orHow && (sameClaimed || heardAsked || indirect || (afterCondition !== last && startsYesNo(afterCondition)) || startsYesNo(q) || (commaLast !== q && /\?\s*$/.test(commaLast) && startsYesNo(commaLast) && !WH_START.test(q)) || /^(like (mye|mykje)|samme (mengde|opplegg)|the same amount|equally|as much)\b[^?]*\?$/.test(q) || (afterTopic !== q && startsYesNo(afterTopic) && (!WH_START.test(q) || WHAT_ABOUT.test(q))) || (last !== q && startsYesNo(last) && !WH_START.test(last)) || TAG.test(q) || asserts || confirms);
  const expects = /\b(hvor mye|how much)\b/.test(q) && COVERED_AMOUNT.test(q) ? 'amount'
    // "hvor mange dager varer …?" asks a length, not a count.
    : /\b(hvor mange|kor mange|how many)\s+(dager|dagar|uker|veker|år|timer|måneder|days|weeks|years|hours|months)\b/.test(q) ? 'duration'
    // "hvor lang tid strekker det seg over, mot hvor mye tid LEDPRO tar?": time asked is a length.
    // "Vi sammenligner tidsbruken": the time something takes is a length too.
    : /\b(hvor|kor) (lang|mye|mykje) tid\b|\bhow much time\b|\btidsbruk(en)?\b|\btime commitment\b/.test(q) ? 'duration'
    : /\b(hvor mange|hvor mye|how many|how much|antall|number of)\b/.test(q) ? 'count'
    : /\b(hvor lenge|hvor lang\w*|varighet\w*|varigheit\w*|how long|duration|lasts|(?<!\b(?:the|its|their|my|your|our|this|that|at|in the|very) )last(?! (?:one|ones|gathering\w*|session\w*|days?|part|pillar\w*|item|time|years?|weeks?|months?|module\w*|of|few|spring|autumn|fall|summer|winter|semester\w*)\b)|longest|shortest|lengst|kortest|like lang\w*|like lenge|omtrent så lang\w*|as long as|(the )?same length|tidsmessig|tidsmessige|time-wise|timewise|in terms of time|lengdemessig|in length|length of|lengden|lengda|what length|which length|hvilken lengde|kva lengd\w*)\b/.test(q) || LENGTH_COMPARED.test(q) ? 'duration'
      // "de er endagssamlinger, ikke sant?" / "one-day things I assume?": a claimed length is checked against one.
      // "Så en samling på to dager blir 6350 kr i hotell?": a sum claimed for it is the claim, not its length.
      // "… bare korte dagsmøter?": meetings of a day, a length claimed too.
      : yesNo && !MONEY.test(q) && DAY_LENGTH.test(q) ? 'duration'
      // "Stemmer det at samlingene bare varer én dag?": how long something lasts, claimed.
      : yesNo && /\b(varer|varar|vare|varte|lasts?|lasting)\b/.test(q) && LENGTH_UNIT.test(q) ? 'duration'
      // "da blir det vel 6 dager totalt?": a claimed total of days.
      : yesNo && /\b\d+\s*(dager|dagar|days)\s*(totalt|til sammen|tilsammen|til saman|i alt|in total|altogether|all together|total)\b/.test(q) ? 'duration'
      // "Which one is over faster?", "hvilket er ferdig først?": which lasts the shorter time.
      : OVER_SOONER.test(q) ? 'duration'
      : DATE_ASK.test(q) || EMBEDDED_WHEN.test(q) ? 'date' : undefined;
  return {
    text: q,
    yesNo,
    choice: yesNo && choice,
    // The foil's figures ("… eller var det bare for dem som startet i 2021?") are not what is claimed.
    numbers: yesNo ? claimedNumbers(unfoiled) : [],
    months: yesNo ? MONTHS.filter(([re]) => re.test(unfoiled)).map(([, m]) => m) : [],
    names: yesNo ? assertedNames(raw) : [],
    // "er kontorsjefene med også, eller bare instituttlederne?": the restriction after "eller" is the foil; the
    // first clause is what is asked.
    // "a two-year thing and then it's done" claims that much and no more.
    only: /\b(bare|kun|only|just|purely|utelukkende|exclusively|completely|entirely|fully|helt|strictly|solely|nobody else|no one else|ingen andre|(and|then) (it's|it is|that's) (done|over|it)|(og )?(så|da) er (det|den) (ferdig|over|slutt))\b/.test(unfoiled),
    free: /\b(gratis|free|kostnadsfri|koster ingenting|costs nothing|no cost)\b/.test(q) && !FREE_TIME.test(q),
    // Only a negation in the main clause: "selv om jeg ikke har bachelor" asks a plain yes/no question.
    negated: yesNo && /\b(ikke|ikkje|not|isn't|aren't|doesn't|don't|won't|wasn't|isnt|arent|doesnt|dont)\b/.test(q.replace(/\b(ikke sant|ikkje sant|or not|eller ikke|eller ikkje|not only)\b/g, ' ')
      .split(/\b(selv om|sjølv om|hvis|dersom|om|uten|utan|even if|if|without|though|although|når|when|fordi|because)\b/)[0]
      // "…, ikke sånn at man søker selv – stemmer det?": a clause after a comma or dash sets something aside.
      .split(/\s[,–—-]\s|,\s/)[0].split(/\s+/).slice(0, 7).join(' ')),
    claimNegated: yesNo && NEGATION.test(q.replace(NOT_A_NEGATION, ' ')) && (CLAIM_FRAME.test(q) || HEARSAY.test(q) || CLAIM_TAG.test(q)),
    comparative: /\b(lengre|lenger|kortere|dyrere|billigere|større|strengere|tidligere|seinere|longer|shorter|cheaper|more expensive|stricter|earlier|bigger|smaller|samme antall|like mange|same number|as many|like lang[et]?|like lenge|same length|as long|lengst|kortest|dyrest|billigst|longest|shortest|cheapest|most expensive)\b/.test(q),
    total: /\b(totalt|til ?sammen|til ?saman|i alt|alt i alt|total|in total|altogether|in all|all together)\b/.test(q),
    asserts: !whLast && (asserts || confirms || TAG.test(q) || /^(stemmer( det)?|er det (riktig|sant)|is it true|(jeg|eg|i) (har )?(hørt|høyrt|heard|read|lest|trodde|thought|tror|trur|believe|think))\b/.test(q)),
    without: /\b(uten|utan|without)\b/.test(q),
    excluded: yesNo && excludedAsked(unfoiled),
    included: /\b(all[- ]inclusive|alt inkludert|inkludert alt|everything included|alt medregnet|inkludert|inkluderer|inklusive|inngår|med i (prisen|avgift\w*|deltakeravgift\w*|deltakaravgift\w*|kursavgift\w*)|included|include|includes|covered|cover|covers|dekket|dekker|dekke|dekkes|dekka|omfatter|part of (?:the|that|this) (?:fee|price|cost|sum)|del av (?:prisen|avgiften|den prisen|det beløpet|summen))\b/.test(q),
    // "Hvilken varer lengst, A eller B?" / "which gives more, A or B?" chooses between two: a comparison too.
    compare: COMPARE_WORDS.test(q)
      || (/^(hvilke[nt]?|which)\b/.test(q) && /\b(eller|or)\b/.test(q))
      // "hovedinnholdet i del 1 mot del 2", "part 1 against part 2": one part set against the other.
      || /\b(del|part|ledpro)\s*\d\s+(mot|opp mot|against|versus)\s+(del|part|ledpro)?\s*\d\b/.test(q),
    expects,
  };
}
