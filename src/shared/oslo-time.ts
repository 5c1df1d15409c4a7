import { keptValue } from './kept-value';
import type { Lang } from './i18n';

/** Every date a user sees is in Europe/Oslo, written the Norwegian way in bokmål. */
export const OSLO = 'Europe/Oslo';

const partsFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  second: '2-digit', hourCycle: 'h23',
});

/** Wall-clock parts of an instant in Oslo. */
export function osloParts(instant: Date): { y: number; m: number; d: number; hh: number; mm: number; ss: number } {
  const p: Record<string, number> = {};
  for (const part of partsFmt.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { y: p.year, m: p.month, d: p.day, hh: p.hour, mm: p.minute, ss: p.second };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** "2024-02-15T11:00" for an instant. */
export function toOsloLocal(instant: Date): string {
  const p = osloParts(instant);
  return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.hh)}:${pad(p.mm)}`;
}

/**
 * Instants of the wall-clock times asked so far: answers about dates turn every gathering of the catalog into
 * instants on each question, and Intl's formatToParts (two calls per time) was a large part of an answer.
 * Bounded: cleared when full.
 */
const instants = new Map<string, number>();
const INSTANTS_MAX = 10_000;

/** The instant of an Oslo wall-clock time ("2024-02-15T11:00" or "2024-02-15"). DST gaps resolve forward. */
export function fromOsloLocal(local: string): Date {
  return new Date(keptValue(instants, local, instantOf, INSTANTS_MAX));
}

function instantOf(local: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local);
  if (!m) throw new RangeError(`not a local time: ${local}`);
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  // Oslo is UTC+1 or UTC+2: correct the guess by the offset seen at the guessed instant, twice for DST edges.
  let t = guess;
  for (let i = 0; i < 2; i += 1) {
    const p = osloParts(new Date(t));
    const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mm);
    t = guess - (asUtc - t);
  }
  return t;
}

const monthsNb = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'desember'];
const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

export const monthName = (month: number, lang: Lang): string => (lang === 'nb' ? monthsNb : monthsEn)[month - 1];

const weekdaysNb = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
const weekdaysEn = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The day of the week of a local date, 0 for Sunday ("2024-06-20" is 4); a calendar date has no zone. */
export function weekdayNumber(local: string): number {
  const [y, m, d] = local.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The day of the week of a local date: "2024-06-20" is "torsdag" / "Thursday". */
export const weekdayName = (local: string, lang: Lang): string => (lang === 'nb' ? weekdaysNb : weekdaysEn)[weekdayNumber(local)];

const DAY_MS = 24 * 3600 * 1000;
/** Calendar days from one local date (or time) to another in Oslo: "2024-02-15" to "2024-02-16" is 1, summer time or not. */
export const daysBetween = (from: string, to: string): number => Math.round((fromOsloLocal(to).getTime() - fromOsloLocal(from).getTime()) / DAY_MS);

const splitLocal = (local: string): { y: number; m: number; d: number; time?: string } => {
  const [date, time] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  return { y, m, d, time };
};

/** "15. februar 2024" / "15 February 2024" for a local date or date-time. */
export function formatLocalDate(local: string, lang: Lang): string {
  const { y, m, d } = splitLocal(local);
  return lang === 'nb' ? `${d}. ${monthName(m, 'nb')} ${y}` : `${d} ${monthName(m, 'en')} ${y}`;
}

/** "15.–16. februar 2024" / "15–16 February 2024"; spans of months or years are written out in full. */
export function formatLocalDateRange(start: string, end: string, lang: Lang): string {
  const a = splitLocal(start);
  const b = splitLocal(end);
  if (a.y === b.y && a.m === b.m && a.d === b.d) return formatLocalDate(start, lang);
  if (a.y === b.y && a.m === b.m) {
    return lang === 'nb' ? `${a.d}.–${b.d}. ${monthName(a.m, 'nb')} ${a.y}` : `${a.d}–${b.d} ${monthName(a.m, 'en')} ${a.y}`;
  }
  return `${formatLocalDate(start, lang)} – ${formatLocalDate(end, lang)}`;
}

/** "15. februar 2024 kl. 11:00" / "15 February 2024 at 11:00" for an instant, in Oslo time. */
export function formatInstant(instant: Date, lang: Lang): string {
  const local = toOsloLocal(instant);
  const time = local.slice(11);
  return lang === 'nb' ? `${formatLocalDate(local, 'nb')} kl. ${time}` : `${formatLocalDate(local, 'en')} at ${time}`;
}

/** "februar 2024" / "February 2024" for a period "2024-02". */
export function formatPeriod(period: string, lang: Lang): string {
  const [y, m] = period.split('-').map(Number);
  return `${monthName(m, lang)} ${y}`;
}
