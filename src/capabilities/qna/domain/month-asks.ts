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
const MONTH = new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})(?![\\p{L}])`, 'gu');
const NUMBER_OF = new Map(MONTH_WORDS);

/** Seasons as the months Norwegians mean by them. */
const SEASONS: ReadonlyArray<readonly [RegExp, readonly number[]]> = [
  [/(?<![\p{L}])(sommer\w*|summer\w*|fellesferie\w*)/u, [6, 7, 8]],
  [/(?<![\p{L}])(høst\w*|haust\w*|autumn|fall)(?![\p{L}])/u, [9, 10, 11]],
  [/(?<![\p{L}])(våren|vårsemester\w*|spring)(?![\p{L}])/u, [3, 4, 5]],
  [/(?<![\p{L}])(vinter\w*|winter)(?![\p{L}])/u, [12, 1, 2]],
];

/** Before or after a month or the summer ("før sommeren", "before July", "etter sommerferien"). */
const SIDE = new RegExp(`(?<![\\p{L}])(før|innen|before|until|etter|after)\\s+(?:the\\s+)?(${MONTH_NAMES}|sommer\\w*|summer\\w*|fellesferie\\w*)(?![\\p{L}])`, 'u');

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
    const bound = month ?? 7;
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
