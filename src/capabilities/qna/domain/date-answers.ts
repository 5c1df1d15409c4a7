import type { Cohort, Gathering, Program } from '../../../catalog/catalog.schema';
import { firstDayOf, formatWhen, inYear, instantsOf, lastDayOf, startMonthOf, weekdaysOf } from '../../../catalog/gathering-time';
import type { Lang } from '../../../shared/i18n';
import { daysBetween, formatPeriod, fromOsloLocal, toOsloLocal, weekdayName, weekdayNumber } from '../../../shared/oslo-time';
import type { DateAsk } from './question-intent';
import { monthsLabel, WEEKDAY_NAMES, WEEKDAY_NUMBERS } from './month-asks';

/** Programs whose cohorts have the same gatherings answer together ("LEDPRO 1 og LEDPRO 2"). */
export interface Schedule {
  readonly programs: Program[];
  readonly cohort: Cohort;
}

const DAY = 24 * 3600 * 1000;

export const shortName = (p: Program, lang: Lang): string =>
  p.aliases.find((a) => /^[A-ZÆØÅ0-9 ]+$/.test(a) && a.length <= 12) ?? p.name[lang];

export const joinNames = (names: readonly string[], lang: Lang): string =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${lang === 'nb' ? 'og' : 'and'} ${names[names.length - 1]}`;

const signature = (c: Cohort): string => c.gatherings.map((g) => `${g.number}:${g.start ?? g.firstDay ?? g.period ?? ''}`).join('|');

/** Cohorts of the programs, merged where their gatherings are identical; latest cohort per program. */
export function schedulesOf(programs: readonly Program[]): Schedule[] {
  const groups = new Map<string, Schedule>();
  for (const p of programs) {
    const cohort = [...p.cohorts].sort((a, b) => b.year - a.year)[0];
    if (!cohort) continue;
    const key = signature(cohort);
    const g = groups.get(key);
    if (g) g.programs.push(p);
    else groups.set(key, { programs: [p], cohort });
  }
  return [...groups.values()];
}

/** `weekdays`: the question asked which days of the week ("Hvilke ukedager?"): "torsdag–fredag 20.–21. juni 2024". */
const when = (g: Gathering, lang: Lang, weekdays = false): string => {
  // Days without hours say "klokkeslett er ikke kunngjort" / "times not announced".
  const days = weekdays ? weekdaysOf(g, lang) : undefined;
  if ((g.start && g.end) || (g.firstDay && g.lastDay)) return `${days ? `${days} ` : ''}${formatWhen(g, lang)}`;
  if (g.period) return lang === 'nb' ? `i ${formatPeriod(g.period, 'nb')}` : `in ${formatPeriod(g.period, 'en')}`;
  return lang === 'nb' ? 'uten dato i dokumentet' : 'with no date in the document';
};

const where = (g: Gathering, lang: Lang): string =>
  g.place ? `${lang === 'nb' ? ' på' : ' at'} ${g.place.name}${g.place.city && !g.place.name.includes(g.place.city) ? `, ${g.place.city}` : ''}` : '';

/** A month-only gathering is past only when its month has ended. */
const isPast = (g: Gathering, now: Date): boolean => {
  const span = instantsOf(g);
  return span !== undefined && span.end.getTime() <= now.getTime();
};

const label = (n: number, lang: Lang): string => (lang === 'nb' ? `samling ${n}` : `gathering ${n}`);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function describe(g: Gathering, s: Schedule, now: Date, lang: Lang, weekdays: boolean): string {
  const names = joinNames(s.programs.map((p) => shortName(p, lang)), lang);
  const verb = isPast(g, now) ? (lang === 'nb' ? 'var' : 'was') : (lang === 'nb' ? 'er' : 'is');
  const title = g.title[lang].toLowerCase().startsWith(label(g.number, lang)) ? '' : ` (${g.title[lang]})`;
  return lang === 'nb'
    ? `${cap(label(g.number, lang))} i ${names}${title} ${verb} ${when(g, lang, weekdays)}${where(g, lang)}.`
    : `${cap(label(g.number, lang))} of ${names}${title} ${verb} ${when(g, lang, weekdays)}${where(g, lang)}.`;
}

/** Calendar days in Oslo from today to the gathering's first day ("in 10 days" on the 10th for the 20th). */
const daysUntil = (g: Gathering, now: Date): number | undefined => {
  const first = firstDayOf(g);
  if (!first) return undefined;
  const today = fromOsloLocal(toOsloLocal(now).slice(0, 10)).getTime();
  return Math.round((fromOsloLocal(first).getTime() - today) / DAY);
};

/** "Hvilke datoer er samlingene i 2023?" where no schedule has a gathering in that year. */
export function noneInYearAsked(ask: DateAsk, schedules: readonly Schedule[]): boolean {
  const year = ask.kind === 'all' ? ask.year : undefined;
  return year !== undefined && !schedules.some((s) => s.cohort.gatherings.some((g) => inYear(g, year)));
}

/**
 * Sentences answering a date question for each schedule, from the catalog and the clock; with `weekdays`, each
 * gathering's days of the week before its dates.
 */
export function answerDates(ask: DateAsk, schedules: readonly Schedule[], now: Date, lang: Lang, weekdays = false): string[] {
  const out: string[] = [];
  // Gatherings asked by month: the programs that have some then are the answer; the others are not listed.
  const months = ask.kind === 'all' && !ask.year ? ask.months : undefined;
  const inMonths = (s: Schedule): Gathering[] => s.cohort.gatherings.filter((g) => months?.includes(startMonthOf(g)) === true);
  const someHave = months !== undefined && schedules.some((s) => inMonths(s).length > 0);
  for (const s of schedules.filter((x) => !someHave || inMonths(x).length > 0)) {
    const names = joinNames(s.programs.map((p) => shortName(p, lang)), lang);
    const gs = [...s.cohort.gatherings].sort((a, b) => a.number - b.number);
    if (ask.kind === 'gathering' || (ask.kind === 'until' && ask.number !== undefined)) {
      const n = ask.number === -1 ? gs[gs.length - 1]?.number : ask.number;
      const g = gs.find((x) => x.number === n);
      if (!g) {
        out.push(lang === 'nb' ? `${names} har ${gs.length} samlinger, så det finnes ingen ${label(n ?? 0, lang)}.`
          : `${names} has ${gs.length} gatherings, so there is no ${label(n ?? 0, lang)}.`);
        continue;
      }
      out.push(ask.kind === 'until' ? untilSentence(g, s, now, lang, weekdays) : describe(g, s, now, lang, weekdays));
      for (const m of ask.kind === 'gathering' ? ask.also ?? [] : []) {
        const other = m === -1 ? gs[gs.length - 1] : gs.find((x) => x.number === m);
        if (other) out.push(describe(other, s, now, lang, weekdays));
      }
      continue;
    }
    if (ask.kind === 'next' || ask.kind === 'until') {
      const next = gs.find((g) => g.period === undefined && (instantsOf(g)?.start.getTime() ?? 0) > now.getTime());
      if (next) {
        out.push(ask.kind === 'until' ? untilSentence(next, s, now, lang, weekdays) : nextSentence(next, s, now, lang, weekdays));
      } else {
        const last = [...gs].reverse().find((g) => isPast(g, now)) ?? gs[gs.length - 1];
        out.push(lang === 'nb'
          ? `Alle samlingene i ${names} er gjennomført; den siste var ${label(last.number, lang)}, ${when(last, lang, weekdays)}${where(last, lang)}. Jeg kjenner ikke til datoer for et nytt kull.`
          : `All gatherings of ${names} are over; the last was ${label(last.number, lang)}, ${when(last, lang, weekdays)}${where(last, lang)}. I know of no dates for a new cohort.`);
      }
      continue;
    }
    const list = gs.map((g) => `${cap(label(g.number, lang))}: ${when(g, lang, weekdays)}`).join('. ');
    const year = ask.kind === 'all' ? ask.year : undefined;
    if (months) {
      // "Which gatherings fall between June and August?": those only, or that none does, with all of them.
      const those = [...inMonths(s)].sort((a, b) => a.number - b.number);
      const span = monthsLabel(months, lang);
      const listed = those.map((g) => `${cap(label(g.number, lang))}: ${when(g, lang, weekdays)}`).join('. ');
      out.push(those.length > 0
        // "Hvor mange av dem ligger i første halvår?": how many, of how many, is said with several.
        ? (those.length === 1 ? (lang === 'nb' ? `Samlingene i ${names} i ${span}${where(those[0], lang)}: ${listed}.` : `The gatherings of ${names} in ${span}${where(those[0], lang)}: ${listed}.`)
          : lang === 'nb' ? `${those.length} av de ${gs.length} samlingene i ${names} er i ${span}${where(those[0], lang)}: ${listed}.` : `${those.length} of the ${gs.length} gatherings of ${names} are in ${span}${where(those[0], lang)}: ${listed}.`)
        : (lang === 'nb' ? `Ingen av samlingene i ${names} er i ${span}. Samlingene: ${list}.` : `None of the gatherings of ${names} is in ${span}. The gatherings: ${list}.`));
      continue;
    }
    if (year && noneInYearAsked(ask, [s])) {
      out.push(lang === 'nb' ? `Det står ikke i programdokumentene om ${names} har samlinger i ${year}. Samlingene dokumentet nevner: ${list}.`
        : `The programme documents do not say whether ${names} has gatherings in ${year}. The gatherings the document names: ${list}.`);
      continue;
    }
    out.push(lang === 'nb' ? `Samlingene i ${names}${gs[0]?.place ? where(gs[0], lang) : ''}: ${list}.`
      : `The gatherings of ${names}${gs[0]?.place ? where(gs[0], lang) : ''}: ${list}.`);
  }
  return out;
}

function nextSentence(g: Gathering, s: Schedule, now: Date, lang: Lang, weekdays: boolean): string {
  const names = joinNames(s.programs.map((p) => shortName(p, lang)), lang);
  const days = daysUntil(g, now) ?? 0;
  return lang === 'nb'
    ? `Neste samling i ${names} er ${label(g.number, lang)}, ${when(g, lang, weekdays)}${where(g, lang)} (om ${days} ${days === 1 ? 'dag' : 'dager'}).`
    : `The next gathering of ${names} is ${label(g.number, lang)}, ${when(g, lang, weekdays)}${where(g, lang)} (in ${days} ${days === 1 ? 'day' : 'days'}).`;
}

function untilSentence(g: Gathering, s: Schedule, now: Date, lang: Lang, weekdays: boolean): string {
  const names = joinNames(s.programs.map((p) => shortName(p, lang)), lang);
  const days = daysUntil(g, now);
  if (days === undefined) return describe(g, s, now, lang, weekdays);
  if (days <= 0 || isPast(g, now)) {
    return lang === 'nb' ? `${cap(label(g.number, lang))} i ${names} var ${when(g, lang, weekdays)}, så den er allerede gjennomført.`
      : `${cap(label(g.number, lang))} of ${names} was ${when(g, lang, weekdays)}, so it is already over.`;
  }
  return lang === 'nb'
    ? `Det er ${days} ${days === 1 ? 'dag' : 'dager'} til ${label(g.number, lang)} i ${names} (${when(g, lang, weekdays)}${where(g, lang)}).`
    : `There ${days === 1 ? 'is 1 day' : `are ${days} days`} until ${label(g.number, lang)} of ${names} (${when(g, lang, weekdays)}${where(g, lang)}).`;
}

const WEEKDAY_WORD = `(${WEEKDAY_NAMES})s?`;
/** "så den starter en mandag", "is the first gathering on a Friday?", "slutter den på en fredag?". */
const WEEKDAY_CLAIM = new RegExp(`\\b(starter|start|starts|begynner|begins?|slutter|ends?|avsluttes|er|is|are|blir|faller|falls?)\\b[^?.!]{0,40}?\\b${WEEKDAY_WORD}\\b`);
/** A weekday said of a gathering's days ("starter en mandag", "is it on a Friday"). */
export const claimsWeekday = (question: string): boolean => WEEKDAY_CLAIM.test(question);
/** "på en mandag eller en torsdag?": two weekdays offered, one to be chosen; no yes or no answers it. */
export const weekdayChoice = (question: string): boolean => WEEKDAY_CHOICE.test(question);
const WEEKDAY_CHOICE = new RegExp(`\\b${WEEKDAY_WORD} (eller|or) (?:en |ein |på |on |on a |a )?${WEEKDAY_WORD}\\b`);

/**
 * "Ok, så den starter en mandag?": the weekday claimed for one gathering set against its days ("Nei, den starter en
 * torsdag."). Only for one gathering given by its days; a choice between two weekdays is answered by the day.
 */
export function weekdayVerdict(question: string, ask: DateAsk | undefined, schedules: readonly Schedule[], lang: Lang): string | undefined {
  const claim = WEEKDAY_CLAIM.exec(question);
  if (!claim || ask?.kind !== 'gathering' || ask.also?.length) return undefined;
  const choice = weekdayChoice(question);
  const g = schedules.map((s) => {
    const n = ask.number === -1 ? Math.max(...s.cohort.gatherings.map((x) => x.number)) : ask.number;
    return s.cohort.gatherings.find((x) => x.number === n);
  }).find((x) => x !== undefined && firstDayOf(x) !== undefined);
  const first = g && firstDayOf(g);
  const last = g && lastDayOf(g);
  if (!g || !first || !last) return undefined;
  const claimed = WEEKDAY_NUMBERS[claim[2]];
  const ends = /^(slutter|ends?|avsluttes)$/.test(claim[1]);
  const starts = /^(starter|start|starts|begynner|begins?)$/.test(claim[1]);
  const day = ends ? last : first;
  // "… på en mandag eller en torsdag?": a choice is answered by the day, not by yes or no.
  if (choice) return lang === 'nb' ? `Den ${ends ? 'slutter' : 'starter'} en ${weekdayName(day, 'nb')}.` : `It ${ends ? 'ends' : 'starts'} on a ${weekdayName(day, 'en')}.`;
  if (starts || ends) {
    if (weekdayNumber(day) === claimed) return lang === 'nb' ? 'Ja.' : 'Yes.';
    return lang === 'nb' ? `Nei, den ${ends ? 'slutter' : 'starter'} en ${weekdayName(day, 'nb')}.` : `No, it ${ends ? 'ends' : 'starts'} on a ${weekdayName(day, 'en')}.`;
  }
  const spanned = Array.from({ length: daysBetween(first, last) + 1 }, (_, k) => (weekdayNumber(first) + k) % 7);
  if (spanned.includes(claimed)) return lang === 'nb' ? 'Ja.' : 'Yes.';
  return lang === 'nb' ? `Nei, den er ${weekdaysOf(g, 'nb')}.` : `No, it is ${weekdaysOf(g, 'en')}.`;
}
