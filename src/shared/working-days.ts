/**
 * Norwegian working days, computed (no dependency): weekends, the public holidays (helligdager and 1./17. mai,
 * with the Easter-based ones from the Gregorian computus) and configurable quiet months such as the July
 * summer break. Dates are local calendar dates "YYYY-MM-DD".
 */
import { weekdayNumber } from './oslo-time';

const iso = (y: number, m: number, d: number): string => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/** Easter Sunday of a year (Anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

const plus = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number);
  return iso(y, m, d + days);
};

/** Norway's public holidays of a year, with their bokmål and English names. */
export function norwegianHolidays(year: number): Map<string, { nb: string; en: string }> {
  const easter = easterSunday(year);
  const list: Array<[string, string, string]> = [
    [iso(year, 1, 1), '1. nyttårsdag', 'New Year\'s Day'],
    [plus(easter, -3), 'skjærtorsdag', 'Maundy Thursday'],
    [plus(easter, -2), 'langfredag', 'Good Friday'],
    [easter, '1. påskedag', 'Easter Sunday'],
    [plus(easter, 1), '2. påskedag', 'Easter Monday'],
    [iso(year, 5, 1), '1. mai', 'Labour Day'],
    [iso(year, 5, 17), '17. mai', 'Constitution Day'],
    [plus(easter, 39), 'Kristi himmelfartsdag', 'Ascension Day'],
    [plus(easter, 49), '1. pinsedag', 'Whit Sunday'],
    [plus(easter, 50), '2. pinsedag', 'Whit Monday'],
    [iso(year, 12, 25), '1. juledag', 'Christmas Day'],
    [iso(year, 12, 26), '2. juledag', 'Boxing Day'],
  ];
  return new Map(list.map(([date, nb, en]) => [date, { nb, en }]));
}

export type NonWorkingReason = 'weekend' | 'holiday' | 'quiet';

/**
 * Holiday dates per year, computed once: planning a cohort's check-in rounds asks about each day it passes,
 * and each job reads its round's plan, so computing the year's holidays per day asked was most of a check-in
 * post's CPU (bench:scale profile). A few years at most are ever asked about.
 */
const holidayDates = new Map<number, ReadonlySet<string>>();
function isHoliday(year: number, date: string): boolean {
  let dates = holidayDates.get(year);
  if (!dates) {
    dates = new Set(norwegianHolidays(year).keys());
    if (holidayDates.size > 200) holidayDates.clear();
    holidayDates.set(year, dates);
  }
  return dates.has(date);
}

/** Why a day is not a working day, or undefined when it is one. */
export function nonWorkingReason(date: string, quietMonths: readonly number[] = []): NonWorkingReason | undefined {
  const [y, m] = date.split('-').map(Number);
  if (quietMonths.includes(m)) return 'quiet';
  if (isHoliday(y, date)) return 'holiday';
  const weekday = weekdayNumber(date);
  return weekday === 0 || weekday === 6 ? 'weekend' : undefined;
}

/** The day itself when it is a working day, else the next one, with the reason of the first day skipped. */
export function nextWorkingDay(date: string, quietMonths: readonly number[] = []): { date: string; reason?: NonWorkingReason } {
  const reason = nonWorkingReason(date, quietMonths);
  let day = date;
  // A quiet month plus a year of holidays can never exceed 400 days; the bound only guards a bad setting.
  for (let i = 0; i < 400 && nonWorkingReason(day, quietMonths) !== undefined; i += 1) day = plus(day, 1);
  return reason ? { date: day, reason } : { date };
}

/** The day itself when it is a working day, else the previous one. */
export function previousWorkingDay(date: string, quietMonths: readonly number[] = []): string {
  let day = date;
  for (let i = 0; i < 400 && nonWorkingReason(day, quietMonths) !== undefined; i += 1) day = plus(day, -1);
  return day;
}
