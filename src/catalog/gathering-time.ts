import type { Lang } from '../shared/i18n';
import { formatLocalDate, formatLocalDateRange, formatPeriod, fromOsloLocal, weekdayName } from '../shared/oslo-time';
import type { Gathering } from './catalog.schema';

/**
 * When a gathering is, in the precision the catalog has: hours a coordinator set, days the document gives
 * (no hours), or only a month. `start`/`end` are local Oslo wall-clock times; for days and months `end` is
 * midnight after the last day (exclusive), the way calendars store all-day events.
 */
export type GatheringWhen =
  | { readonly kind: 'timed'; readonly start: string; readonly end: string }
  | { readonly kind: 'days'; readonly firstDay: string; readonly lastDay: string; readonly start: string; readonly end: string }
  | { readonly kind: 'month'; readonly period: string; readonly start: string; readonly end: string };

/** "2024-02-16" + n days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const nextMonth = (period: string): string => {
  const [y, m] = period.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

export function whenOf(g: Gathering): GatheringWhen | undefined {
  if (g.start && g.end) return { kind: 'timed', start: g.start, end: g.end };
  if (g.firstDay && g.lastDay) {
    return { kind: 'days', firstDay: g.firstDay, lastDay: g.lastDay, start: `${g.firstDay}T00:00`, end: `${addDays(g.lastDay, 1)}T00:00` };
  }
  if (g.period) return { kind: 'month', period: g.period, start: `${g.period}-01T00:00`, end: `${nextMonth(g.period)}-01T00:00` };
  return undefined;
}

/** The instants a gathering covers; a month counts as one unit (it is past only once the month has ended). */
export function instantsOf(g: Gathering): { start: Date; end: Date } | undefined {
  const w = whenOf(g);
  return w ? { start: fromOsloLocal(w.start), end: fromOsloLocal(w.end) } : undefined;
}

/** The first calendar day of a gathering ("2024-02-15"), or undefined for a month. */
export const firstDayOf = (g: Gathering): string | undefined => g.start?.slice(0, 10) ?? g.firstDay;
/** When a gathering starts, as written: its first day ("2024-02-15") or, for one given by month only, its period. */
const startOf = (g: Gathering): string => firstDayOf(g) ?? g.period ?? '';
/** Whether a gathering falls in a year, by its first day or its period. */
export const inYear = (g: Gathering, year: string): boolean => startOf(g).startsWith(year);
/** The month (1-12) a gathering starts in, by its first day or its period. */
export const startMonthOf = (g: Gathering): number => Number(startOf(g).slice(5, 7));
/** The last calendar day of a gathering, or undefined for a month. */
export const lastDayOf = (g: Gathering): string | undefined => g.end?.slice(0, 10) ?? g.lastDay;

export const timesNotAnnounced = { nb: 'klokkeslett er ikke kunngjort', en: 'times not announced' } as const;

/**
 * What a person reads: "15.–16. februar 2024 (klokkeslett er ikke kunngjort)", "15–16 February 2024 (times
 * not announced)", "august 2021" / "August 2021"; a gathering with hours shows its days as before.
 */
export function formatWhen(g: Gathering, lang: Lang): string {
  const w = whenOf(g);
  if (!w) return '–';
  if (w.kind === 'timed') return formatLocalDateRange(w.start, w.end, lang);
  if (w.kind === 'days') return `${formatLocalDateRange(w.firstDay, w.lastDay, lang)} (${timesNotAnnounced[lang]})`;
  return formatPeriod(w.period, lang);
}

/**
 * Like formatWhen, with the hours when the catalog has them: "15. februar 2024 kl. 11:00 – 16. februar 2024
 * kl. 14:00", "6. mai 2025 kl. 13:00–15:00" / "6 May 2025, 13:00–15:00". People deciding whether to leave a
 * gathering need the times, not only the days.
 */
export function formatWhenWithTimes(g: Gathering, lang: Lang): string {
  const w = whenOf(g);
  if (!w || w.kind !== 'timed') return formatWhen(g, lang);
  const [d1, t1] = w.start.split('T');
  const [d2, t2] = w.end.split('T');
  const at = (d: string, t: string): string => (lang === 'nb' ? `${formatLocalDate(d, 'nb')} kl. ${t}` : `${formatLocalDate(d, 'en')}, ${t}`);
  return d1 === d2 ? `${at(d1, t1)}–${t2}` : `${at(d1, t1)} – ${at(d2, t2)}`;
}

/** The days of the week a gathering spans: "torsdag–fredag" / "Thursday–Friday", one name for one day; none for a month. */
export function weekdaysOf(g: Gathering, lang: Lang): string | undefined {
  const first = firstDayOf(g);
  const last = lastDayOf(g);
  if (!first || !last) return undefined;
  return first === last ? weekdayName(first, lang) : `${weekdayName(first, lang)}–${weekdayName(last, lang)}`;
}
