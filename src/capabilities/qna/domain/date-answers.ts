import type { Cohort, Gathering, Program } from '../../../catalog/catalog.schema';
import { firstDayOf, formatWhen, inYear, instantsOf, startMonthOf } from '../../../catalog/gathering-time';
import type { Lang } from '../../../shared/i18n';
import { formatPeriod, fromOsloLocal, toOsloLocal } from '../../../shared/oslo-time';
import type { DateAsk } from './question-intent';
import { monthsLabel } from './month-asks';

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

const when = (g: Gathering, lang: Lang): string => {
  // Days without hours say "klokkeslett er ikke kunngjort" / "times not announced".
  if ((g.start && g.end) || (g.firstDay && g.lastDay)) return formatWhen(g, lang);
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

function describe(g: Gathering, s: Schedule, now: Date, lang: Lang): string {
  const names = joinNames(s.programs.map((p) => shortName(p, lang)), lang);
  const verb = isPast(g, now) ? (lang === 'nb' ? 'var' : 'was') : (lang === 'nb' ? 'er' : 'is');
  const title = g.title[lang].toLowerCase().startsWith(label(g.number, lang)) ? '' : ` (${g.title[lang]})`;
  return lang === 'nb'
    ? `${cap(label(g.number, lang))} i ${names}${title} ${verb} ${when(g, lang)}${where(g, lang)}.`
    : `${cap(label(g.number, lang))} of ${names}${title} ${verb} ${when(g, lang)}${where(g, lang)}.`;
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

/** Sentences answering a date question for each schedule, from the catalog and the clock. */
export function answerDates(ask: DateAsk, schedules: readonly Schedule[], now: Date, lang: Lang): string[] {
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
      out.push(ask.kind === 'until' ? untilSentence(g, s, now, lang) : describe(g, s, now, lang));
      for (const m of ask.kind === 'gathering' ? ask.also ?? [] : []) {
        const other = m === -1 ? gs[gs.length - 1] : gs.find((x) => x.number === m);
        if (other) out.push(describe(other, s, now, lang));
      }
      continue;
    }
    if (ask.kind === 'next' || ask.kind === 'until') {
      const next = gs.find((g) => g.period === undefined && (instantsOf(g)?.start.getTime() ?? 0) > now.getTime());
      if (next) {
        out.push(ask.kind === 'until' ? untilSentence(next, s, now, lang) : nextSentence(next, s, now, lang));
      } else {
        const last = [...gs].reverse().find((g) => isPast(g, now)) ?? gs[gs.length - 1];
        out.push(lang === 'nb'
          ? `Alle samlingene i ${names} er gjennomført; den siste var ${label(last.number, lang)}, ${when(last, lang)}${where(last, lang)}. Jeg kjenner ikke til datoer for et nytt kull.`
          : `All gatherings of ${names} are over; the last was ${label(last.number, lang)}, ${when(last, lang)}${where(last, lang)}. I know of no dates for a new cohort.`);
      }
      continue;
    }
    const list = gs.map((g) => `${cap(label(g.number, lang))}: ${when(g, lang)}`).join('. ');
    const year = ask.kind === 'all' ? ask.year : undefined;
    if (months) {
      // "Which gatherings fall between June and August?": those only, or that none does, with all of them.
      const those = [...inMonths(s)].sort((a, b) => a.number - b.number);
      const span = monthsLabel(months, lang);
      const listed = those.map((g) => `${cap(label(g.number, lang))}: ${when(g, lang)}`).join('. ');
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

function nextSentence(g: Gathering, s: Schedule, now: Date, lang: Lang): string {
  const names = joinNames(s.programs.map((p) => shortName(p, lang)), lang);
  const days = daysUntil(g, now) ?? 0;
  return lang === 'nb'
    ? `Neste samling i ${names} er ${label(g.number, lang)}, ${when(g, lang)}${where(g, lang)} (om ${days} ${days === 1 ? 'dag' : 'dager'}).`
    : `The next gathering of ${names} is ${label(g.number, lang)}, ${when(g, lang)}${where(g, lang)} (in ${days} ${days === 1 ? 'day' : 'days'}).`;
}

function untilSentence(g: Gathering, s: Schedule, now: Date, lang: Lang): string {
  const names = joinNames(s.programs.map((p) => shortName(p, lang)), lang);
  const days = daysUntil(g, now);
  if (days === undefined) return describe(g, s, now, lang);
  if (days <= 0 || isPast(g, now)) {
    return lang === 'nb' ? `${cap(label(g.number, lang))} i ${names} var ${when(g, lang)}, så den er allerede gjennomført.`
      : `${cap(label(g.number, lang))} of ${names} was ${when(g, lang)}, so it is already over.`;
  }
  return lang === 'nb'
    ? `Det er ${days} ${days === 1 ? 'dag' : 'dager'} til ${label(g.number, lang)} i ${names} (${when(g, lang)}${where(g, lang)}).`
    : `There ${days === 1 ? 'is 1 day' : `are ${days} days`} until ${label(g.number, lang)} of ${names} (${when(g, lang)}${where(g, lang)}).`;
}
