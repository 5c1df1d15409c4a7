import type { Lang } from '../../../shared/i18n';
import { monthName } from '../../../shared/oslo-time';
import { letterAware } from './letter-aware';

/** A span of months ("mellom mars og mai", "frå mars til mai", "March–May"). */
const FROM_TO = letterAware(/\b(mellom|between|fra|frå|from)\b|[–-]/);

/*
 * The months a question about gatherings names: "i juni", "between June and August", "i sommer", "in the autumn".
 * "Which gatherings fall between June and August?" is answered with those gatherings only.
 */

const MONTH_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['januar', 1], ['january', 1], ['februar', 2], ['february', 2], ['mars', 3], ['march', 3], ['april', 4],
  ['mai', 5], ['may', 5], ['juni', 6], ['june', 6], ['juli', 7], ['july', 7], ['august', 8], ['september', 9],
  ['oktober', 10], ['october', 10], ['november', 11], ['desember', 12], ['december', 12],
];
/** The month names of both languages as a pattern's alternatives ("januar|january|…"), for every pattern that names a month. */
export const MONTH_NAMES = MONTH_WORDS.map(([w]) => w).join('|');

/** The weekdays' names in bokmål, nynorsk and English, with their numbers (0 for Sunday). */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  søndag: 0, sunday: 0, mandag: 1, måndag: 1, monday: 1, tirsdag: 2, tysdag: 2, tuesday: 2, onsdag: 3, wednesday: 3,
  torsdag: 4, thursday: 4, fredag: 5, friday: 5, lørdag: 6, laurdag: 6, saturday: 6,
};
/** The weekdays' names as the alternatives of a pattern. */
export const WEEKDAY_NAMES = Object.keys(WEEKDAY_NUMBERS).join('|');
/** Words that ask for the days of the week ("ukedag", "weekday", "day of the week"), as pattern alternatives. */
export const WEEKDAY_WORDS = String.raw`ukedag\w*|vekedag\w*|weekdays?|days? of the week`;
const MONTH = new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})(?![\\p{L}])`, 'gu');
const NUMBER_OF = new Map(MONTH_WORDS);

/** Seasons as the months Norwegians mean by them. */
const SEASONS: ReadonlyArray<readonly [RegExp, readonly number[]]> = [
  // "første halvår 2024", "the first half of the year": January to June; the second half, July to December.
  [/(?<![\p{L}])(første|fyrste|first) (halvår\w*|halvdel av året|halvdelen av året|half of the year|half of \d{4}|half)(?![\p{L}])/u, [1, 2, 3, 4, 5, 6]],
  [/(?<![\p{L}])(andre|siste|second|last) (halvår\w*|halvdel av året|halvdelen av året|half of the year|half of \d{4}|half)(?![\p{L}])/u, [7, 8, 9, 10, 11, 12]],
  [/(?<![\p{L}])(sommer\w*|summer\w*|fellesferie\w*)/u, [6, 7, 8]],
  // Not the Norwegian "i så fall" (in that case), "i alle fall", "i hvert fall" (anyway, at least).
  [/(?<![\p{L}])(høst\w*|haust\w*|autumn|(?<!(?:så|alle|hvert|hvart|kvart|verste|beste|dette|ethvert) )fall)(?![\p{L}])/u, [9, 10, 11]],
  [/(?<![\p{L}])(våren|vårsemester\w*|spring)(?![\p{L}])/u, [3, 4, 5]],
  [/(?<![\p{L}])(vinter\w*|winter)(?![\p{L}])/u, [12, 1, 2]],
];

/** Before or after a month, the summer or Christmas ("før sommeren", "before July", "etter sommerferien", "før jul"). */
const SIDE = new RegExp(`(?<![\\p{L}])(før|innen|before|until|etter|after)\\s+(?:the\\s+)?(${MONTH_NAMES}|sommer\\w*|summer\\w*|fellesferie\\w*|jul|julen|jula|christmas|nyttår\\w*|new year)(?![\\p{L}])`, 'u');
/** A holiday as a bound: the month it falls in ("før jul": every month before December; "before new year": all). */
const HOLIDAY_BOUND: ReadonlyArray<readonly [RegExp, number]> = [[/^(jul|julen|jula|christmas)$/, 12], [/^(nyttår\w*|new year)$/, 13]];

/** A range between two months ("mellom juni og august", "from June to August", "juni–august"). */
const RANGE = new RegExp(`(?:mellom|between|fra|frå|from)?\\s*(${MONTH_WORDS.map(([w]) => w).join('|')})\\s*(?:og|and|til|to|until|–|-)\\s*(${MONTH_WORDS.map(([w]) => w).join('|')})(?![\\p{L}])`, 'u');

/** The months a text names, a range spelled out to every month in it; undefined when it names none. */
export function monthsAsked(text: string): number[] | undefined {
  const t = text.toLowerCase();
  // "før sommeren" / "before July": every month until then; "etter sommerferien" / "after August": every one after.
  const side = SIDE.exec(t);
  if (side) {
    const month = NUMBER_OF.get(side[2]);
    const before = /^(før|innen|before|until)$/.test(side[1]);
    // Summer as a bound: the holidays begin in July, so June is before it and August after.
    const bound = month ?? HOLIDAY_BOUND.find(([re]) => re.test(side[2]))?.[1] ?? 7;
    // "etter jul": after the year's last month is no month of this year.
    if (!before && bound >= 12) return undefined;
    const out: number[] = [];
    for (let m = 1; m <= 12; m += 1) if (before ? m < bound : m > bound) out.push(m);
    return out;
  }
  const range = RANGE.exec(t);
  if (range && FROM_TO.test(range[0])) {
    const from = NUMBER_OF.get(range[1]) ?? 1;
    const to = NUMBER_OF.get(range[2]) ?? 12;
    const out: number[] = [];
    for (let m = from; out.length < 12; m = (m % 12) + 1) { out.push(m); if (m === to) break; }
    return out;
  }
  const named = [...t.matchAll(MONTH)].map((m) => NUMBER_OF.get(m[1]) ?? 0).filter((m) => m > 0);
  if (named.length > 0) return [...new Set(named)];
  const season = SEASONS.find(([re]) => re.test(t));
  return season ? [...season[1]] : undefined;
}

/** "juni–august" for months in a row, "juni og august" for others, "juli" for one. */
export function monthsLabel(months: readonly number[], lang: Lang): string {
  const name = (m: number): string => monthName(m, lang);
  const inARow = months.every((m, i) => i === 0 || m === (months[i - 1] % 12) + 1);
  if (months.length === 1) return name(months[0]);
  if (inARow && months.length > 2) return `${name(months[0])}–${name(months[months.length - 1])}`;
  const names = months.map(name);
  return `${names.slice(0, -1).join(', ')} ${lang === 'nb' ? 'og' : 'and'} ${names[names.length - 1]}`;
}

const MONTH_INDEX: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan/, 1], [/^feb/, 2], [/^mar/, 3], [/^apr/, 4], [/^ma[iy]/, 5], [/^jun/, 6], [/^jul/, 7], [/^aug/, 8], [/^sep/, 9], [/^o[ck]t/, 10], [/^nov/, 11], [/^de[sc]/, 12],
];
export const monthOf = (w: string): number | undefined => MONTH_INDEX.find(([re]) => re.test(w))?.[1];
/** A day and month named in the question: "20. juni", "20 June", "June 20th". */
export function dayAsked(q: string): { day: number; month: number } | undefined {
  const a = /\b(\d{1,2})\.?\s*(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|oct|nov|des|dec)\b/.exec(q);
  const b = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})(st|nd|rd|th)?\b/.exec(q);
  const day = a ? Number(a[1]) : b ? Number(b[2]) : undefined;
  const month = a ? monthOf(a[2]) : b ? monthOf(b[1]) : undefined;
  return day && month && day <= 31 ? { day, month } : undefined;
}
/** Days asked as a span: a range of days in one month, or a week by its number (read against a year later). */
export interface DaysAsked { readonly day: number; readonly month: number; readonly toDay?: number; readonly toMonth?: number; readonly week?: number }

const DAY_RANGE = /\b(\d{1,2})\.?\s*(?:[-–]|til|to|until|through)\s*(\d{1,2})\.?\s*(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|oct|nov|des|dec)\b/;
const DAY_RANGE_EN = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–]|to|until|through)\s*(\d{1,2})(?:st|nd|rd|th)?\b/;
const MONTH_ALT = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|oct|nov|des|dec';
/** "fra 10. juni til 15. august", "10 June – 15 August", "June 10 to August 15": a span over months. */
const MONTHS_RANGE = new RegExp(`\\b(\\d{1,2})\\.?\\s*(${MONTH_ALT})\\s*([-–]|til|to|until|through|and|og)\\s*(\\d{1,2})\\.?\\s*(${MONTH_ALT})\\b`);
const MONTHS_RANGE_EN = new RegExp(`\\b(${MONTH_ALT})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*([-–]|to|until|through|and)\\s*(${MONTH_ALT})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`);
/** "uke 25", "i veke 25", "week 25": Norwegians plan by week numbers. Not "uka 17.–23. juni", "uka 17. juni": days. */
const WEEK_NUMBER = /\b(?:uke|uka|veke|veka|week|wk)\s*(?:nr\.?\s*)?(\d{1,2})\b(?!\.?\s*[-–]\s*\d|\.\s*(?:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec))/i;

/** "ferie 17.–23. juni", "June 17-23", "i uke 25": the days of a span the question names. */
export function daysAsked(q: string): DaysAsked | undefined {
  const week = WEEK_NUMBER.exec(q);
  if (week && Number(week[1]) >= 1 && Number(week[1]) <= 53) return { day: 0, month: 0, week: Number(week[1]) };
  // "15. mai og 20. juni" names two days; only "mellom 15. mai og 20. juni" / "between … and …" is a span.
  const spanned = (m: RegExpExecArray | null, joiner: string): RegExpExecArray | null =>
    (m && /^(and|og)$/.test(joiner) && !/\b(mellom|between)\s*$/.test(q.slice(0, m.index)) ? null : m);
  const overAt = MONTHS_RANGE.exec(q);
  const over = overAt ? spanned(overAt, overAt[3]) : null;
  const overEnAt = over ? null : MONTHS_RANGE_EN.exec(q);
  const overEn = overEnAt ? spanned(overEnAt, overEnAt[3]) : null;
  const [d1, m1, d2, m2] = over ? [Number(over[1]), monthOf(over[2]), Number(over[4]), monthOf(over[5])]
    : overEn ? [Number(overEn[2]), monthOf(overEn[1]), Number(overEn[5]), monthOf(overEn[4])] : [0, undefined, 0, undefined];
  if (m1 && m2 && m1 < m2 && d1 >= 1 && d1 <= 31 && d2 >= 1 && d2 <= 31) return { day: d1, month: m1, toDay: d2, toMonth: m2 };
  const a = DAY_RANGE.exec(q);
  const b = a ? undefined : DAY_RANGE_EN.exec(q);
  const [from, to, month] = a ? [Number(a[1]), Number(a[2]), monthOf(a[3])] : b ? [Number(b[2]), Number(b[3]), monthOf(b[1])] : [0, 0, undefined];
  return month && from >= 1 && from < to && to <= 31 ? { day: from, month, toDay: to } : undefined;
}

/** The Monday and Sunday of an ISO week of a year, as month*100+day numbers of that year (a week may start in the year before). */
export function isoWeekDays(year: number, week: number): { from: { month: number; day: number }; to: { month: number; day: number } } {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  const md = (d: Date): { month: number; day: number } => (d.getUTCFullYear() < year ? { month: 1, day: 1 } : d.getUTCFullYear() > year ? { month: 12, day: 31 } : { month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  return { from: md(monday), to: md(sunday) };
}
const MONTH_WORD = `(${MONTH_NAMES})`;
/** The days of a part of a month: "andre halvdel av juni", "the end of May", "i juni". */
const MONTH_PARTS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [new RegExp(`\\b(andre|siste|sist[e]? del av|second|last|latter) (halvdel|halvdelen|half|part) (av|of|i) ${MONTH_WORD}`), 16, 31],
  [new RegExp(`\\b(første|fyrste|first|early) (halvdel|halvdelen|half|part) (av|of|i) ${MONTH_WORD}`), 1, 15],
  [new RegExp(`\\b(slutten|enden|utgangen|end|the end|late) (av|of|i)? ?${MONTH_WORD}`), 21, 31],
  [new RegExp(`\\b(starten|begynnelsen|byrjinga|start|beginning|the beginning|early) (av|of|på|i)? ?${MONTH_WORD}`), 1, 10],
  [new RegExp(`\\b(midten|midt|mid|the middle) (av|of|i|-)? ?${MONTH_WORD}`), 11, 20],
  [new RegExp(`\\b(i|in|hele|heile|all of|all|during|gjennom) ${MONTH_WORD}\\b`), 1, 31],
];
export function partOfMonthAsked(q: string): { day: number; month: number; toDay: number } | undefined {
  for (const [re, day, toDay] of MONTH_PARTS) {
    const m = re.exec(q);
    const month = m ? monthOf(m[m.length - 1]) : undefined;
    if (month) return { day, month, toDay };
  }
  return undefined;
}

const THOSE_MONTHS = letterAware(/\b(?:i|in|during) (?:de|dei|disse|desse|those|these|the|the same) (?:månedene|månadene|månadane|måneder|månader|months)\b|\b(?:clash(?:es)?|collides?|overlaps?|coincides?|kolliderer|krasjer|kræsjer|overlapper|faller sammen) (?:with|med) (?:that|this|those|it|them|det|dette|den|dem|disse)\b/);

/** "Kva samlingar fell i dei månadene?" after "… i juni og august": the focus with the months told earlier named. */
export function monthsPointedBack(focus: string, text: string): string {
  const pointer = THOSE_MONTHS.exec(focus);
  if (!pointer) return focus;
  const before = text.slice(0, Math.max(0, text.length - focus.length));
  const named = [...before.matchAll(MONTH)].map((m) => m[1]);
  const english = /^(in|during|clash|collide|overlap|coincide)/.test(pointer[0]);
  return named.length > 0 ? focus.replace(pointer[0], `${english ? 'in' : 'i'} ${[...new Set(named)].join(english ? ' and ' : ' og ')}`) : focus;
}
