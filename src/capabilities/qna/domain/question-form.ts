import type { Lang } from '../../../shared/i18n';

/**
 * The form of a question, beside its topic: a yes/no question (and the values it takes for granted, so a wrong
 * premise is corrected), a comparison, or a question that expects a number, a duration or a date. The form
 * decides how the answer starts ("Ja", "Nei", "Delvis") and what a fact must contain to answer it at all.
 */
export interface QuestionForm {
  readonly yesNo: boolean;
  /** Numbers the question asserts ("10 samlinger", "15 studiepoeng", "35,000 NOK"). */
  readonly numbers: number[];
  /** Months the question asserts ("in January", "i juli"), 1-12. */
  readonly months: number[];
  /** Capitalised names the question asserts ("That's Randi Bredvold, right?"). */
  readonly names: string[];
  /** "only / bare / kun": a restriction the answer may contradict. */
  readonly only: boolean;
  /** "without / uten": the answer may state a requirement. */
  readonly without: boolean;
  /** "included / inkludert / med i prisen": the answer may say it comes in addition. */
  readonly included: boolean;
  readonly compare: boolean;
  readonly expects: 'count' | 'duration' | 'date' | undefined;
}

const YES_NO_START = /^(er|gir|har|kan|må|får|blir|finnes|fins|skal|koster|inkluderer|trenger|gjelder|holdes|ligger|varer|tar|krever|dekker|kommer|går|passer|bør|vil|inngår|is|are|does|do|can|will|has|have|must|should|did|was|were|could|would|am)\b/;
const TAG = /(,?\s*(ikke sant|stemmer det|sant|right|correct|isn't it|is it|oder hur|eller|or not|vel)\s*\?*\s*$)|\bvel\b/;
const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(januar|january|jan)\b/, 1], [/\b(februar|february|feb)\b/, 2], [/\b(mars|march)\b/, 3], [/\b(april|apr)\b/, 4],
  [/\b(mai|may)\b/, 5], [/\b(juni|june|jun)\b/, 6], [/\b(juli|july|jul)\b/, 7], [/\b(august|aug)\b/, 8],
  [/\b(september|sept?)\b/, 9], [/\b(oktober|october|okt|oct)\b/, 10], [/\b(november|nov)\b/, 11], [/\b(desember|december|des|dec)\b/, 12],
];
const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, én: 1, ein: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const UNIT = '(samling\\w*|gathering\\w*|session\\w*|dag\\w*|day\\w*|år\\w*|year\\w*|studiepoeng\\w*|credit\\w*|sp\\b|semest\\w*|uke\\w*|week\\w*|timer?|hours?|søyle\\w*|pillar\\w*|modul\\w*|module\\w*|tema\\w*|spor\\w*|track\\w*)';

/** Numbers the question claims: digits (35,000 / 53 000 / 10) and number words next to a unit ("to år", "one-day"). */
function claimedNumbers(q: string): number[] {
  const out: number[] = [];
  // Designators name a program or a gathering, they claim nothing: "LEDPRO 2", "del 1", "samling 4".
  const stripped = q.replace(/\b(ledpro|del|part|samling|gathering|session|nr\.?|nummer|number)\s*-?\s*\d+\b/g, ' ')
    .replace(/\b\d+\s*\.\s*(samling|gathering)/g, ' ').replace(/\b(19|20)\d{2}\b/g, ' ');
  for (const m of stripped.matchAll(/\b\d{1,3}(?:[ .,]\d{3})+\b|\b\d+\b/g)) out.push(Number(m[0].replace(/[ .,]/g, '')));
  for (const m of stripped.matchAll(new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})[- ]?${UNIT}`, 'g'))) out.push(NUMBER_WORDS[m[1]]);
  if (/\b(endags|en-dags|éndags|one-day|single-day|heldags)/.test(stripped)) out.push(1);
  return [...new Set(out)];
}

export function readForm(question: string): QuestionForm {
  const q = question.toLowerCase().trim();
  const yesNo = YES_NO_START.test(q) || TAG.test(q) || /^(så|og|men|and|so|but)\s+\S+\s+(er|is|are|blir)\b.*\?$/.test(q) && TAG.test(q);
  const names = [...question.matchAll(/\b([A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+)\b/g)].map((m) => m[1])
    .filter((n) => !/^(Wood Hotel|Oslo S|Molde|Ledelse|Instituttlederprogrammet)/.test(n));
  const expects = /\b(hvor mange|hvor mye|how many|how much|antall|number of)\b/.test(q) ? 'count'
    : /\b(hvor lenge|hvor lang|varighet|how long|duration|lasts?)\b/.test(q) ? 'duration'
      : /^(når|when)\b|\b(hvilken dato|what date|which date|når (er|starter|begynner|skjer|holdes)|when (is|does|are|will))\b/.test(q) ? 'date' : undefined;
  return {
    yesNo,
    numbers: yesNo ? claimedNumbers(q) : [],
    months: yesNo ? MONTHS.filter(([re]) => re.test(q)).map(([, m]) => m) : [],
    names: yesNo ? names : [],
    only: /\b(bare|kun|only|just|utelukkende|exclusively)\b/.test(q),
    without: /\b(uten|utan|without)\b/.test(q),
    included: /\b(inkludert|inkluderer|inklusive|inngår|med i (prisen|avgiften|deltakeravgiften)|included|include|includes|covered|dekket|dekker)\b/.test(q),
    compare: /\b(sammenlign\w*|forskjell\w*|skiller|versus|vs\.?|compare\w*|compared|difference|differ)\b/.test(q),
    expects,
  };
}

const ANSWER_NUMBER = /\b\d{1,3}(?:[ .,]\d{3})+\b|\b\d+\b/g;
const numbersIn = (text: string): Set<number> => {
  const out = new Set<number>();
  for (const m of text.matchAll(ANSWER_NUMBER)) out.add(Number(m[0].replace(/[ .,]/g, '')));
  for (const [w, n] of Object.entries(NUMBER_WORDS)) if (new RegExp(`\\b${w}\\b`, 'i').test(text) && n > 1) out.add(n);
  return out;
};
const monthsIn = (text: string): Set<number> => new Set(MONTHS.filter(([re]) => re.test(text.toLowerCase())).map(([, m]) => m));

export type Verdict = 'yes' | 'no' | 'partly';

/**
 * Yes, no or partly for a yes/no question, judged against the answer's own text: a claimed number, month or
 * name that the answer does not contain is a wrong premise; "only" against an answer that names others,
 * "included" against "in addition", "without" against a requirement are a no; otherwise the fact confirms.
 */
export function verdict(form: QuestionForm, answer: string): Verdict {
  const a = answer.toLowerCase();
  if (form.numbers.length > 0) {
    const have = numbersIn(answer);
    return form.numbers.every((n) => have.has(n)) ? 'yes' : 'no';
  }
  if (form.months.length > 0) {
    const have = monthsIn(answer);
    return form.months.every((m) => have.has(m)) ? 'yes' : 'no';
  }
  if (form.names.length > 0) return form.names.every((n) => a.includes(n.toLowerCase())) ? 'yes' : 'no';
  if (form.included && /(kommer i tillegg|i tillegg|come[s]? in addition|in addition|on top|extra|ikke inkludert|not included)/.test(a)) return 'no';
  if (form.without && /\b(må|må ha|must|need to|required|krav|requires)\b/.test(a)) return 'no';
  if (form.only && /(m\.fl\.|og andre|andre ledere|other leaders|others|også|also|and more|blant annet|among others|utvidet)/.test(a)) return 'no';
  return 'yes';
}

export const verdictWord = (v: Verdict, lang: Lang): string =>
  ({ yes: { nb: 'Ja', en: 'Yes' }, no: { nb: 'Nei', en: 'No' }, partly: { nb: 'Delvis', en: 'Partly' } })[v][lang];
