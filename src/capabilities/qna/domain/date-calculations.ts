import type { Gathering, Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { firstDayOf, instantsOf, lastDayOf, startMonthOf } from '../../../catalog/gathering-time';
import { daysBetween, formatLocalDate, formatLocalDateRange, formatPeriod, fromOsloLocal, monthName, toOsloLocal } from '../../../shared/oslo-time';
import { joinNames, schedulesOf, shortName, type Schedule } from './date-answers';
import { IN_TIME_TO_JOIN } from './everyday-cues';
import { letterAware } from './letter-aware';
import { dayAsked, daysAsked, isoWeekDays, monthOf, partOfMonthAsked } from './month-asks';

const MONTHS_ASKED = letterAware(/\b(hvilke|which|what|kva for|hva for|hvilken|i hvilke|in which|in what)\s+(måneder|månader|months|måned|månad|month)\b/);
const CLASH = letterAware(/\b(kræsj\w*|krasj\w*|kollider\w*|crash\w*|clash\w*|collid\w*|overlap\w*|samtidig|at the same time|same (day|time)|treffer|kommer i konflikt|conflict\w*|opptatt|busy)\b/);
const GATHERING_IN_MONTH = letterAware(/\b(?:samling|samlinga|samlingen|gathering|session)\s*(?:nr\.?\s*|nummer\s*|number\s*)?\d\b[^?.,]{0,25}\b(?:er|var|blir|ligger|is|was|will be|falls?)\s+(?:(?:vel|jo|nok|visst|probably|actually)\s+)?(?:i|in)\s+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december)\b/);
const STATUS_WORDS = letterAware(/\b(rekker|rekk|fortsatt|still|too late|for seint|for sent|ennå|enda|yet|open|åpen|åpent|utløpt|gått ut|passert|expired|closed)\b/);

/**
 * Date questions over several gatherings, computed from the cohort and the clock: the first or last N, those
 * after or before the summer, how many remain, and the days from the application deadline to the first
 * gathering. Each answer names the dates it is computed from.
 */
export type DateCalc =
  | { readonly kind: 'first' | 'last'; readonly count: number }
  | { readonly kind: 'remaining' }
  | { readonly kind: 'season'; readonly after: boolean; readonly first?: boolean }
  | { readonly kind: 'season-split' }
  | { readonly kind: 'deadline-gap' }
  | { readonly kind: 'first-to-last' }
  | { readonly kind: 'deadline-status' }
  | { readonly kind: 'months'; readonly without: boolean }
  | { readonly kind: 'clash'; readonly month: number; readonly day: number; readonly toDay?: number; readonly toMonth?: number; readonly week?: number }
  | { readonly kind: 'by-month'; readonly month: number; readonly after: boolean }
  | { readonly kind: 'longest-gap' }
  | { readonly kind: 'gaps'; readonly pairs: ReadonlyArray<readonly [number, number]>; readonly weeks?: boolean };

const ORDINAL_NUMBERS: Record<string, number> = { første: 1, fyrste: 1, first: 1, andre: 2, second: 2, tredje: 3, third: 3, fjerde: 4, fourth: 4, femte: 5, fifth: 5, sjette: 6, sixth: 6 };
const NUMBER_WORDS: Record<string, number> = { to: 2, tre: 3, fire: 4, fem: 5, two: 2, three: 3, four: 4, five: 5 };
const DAY = 24 * 3600 * 1000;

/**
 * Two gatherings a gap is asked between, by number (ordinals are made numbers first): "mellom samling 3 og 4", "from
 * gathering 3 to gathering 4", and with words between "from" and the first ("from the start of the first gathering to
 * the start of the second one").
 */
const GAP_ASKED = new RegExp(String.raw`\b(?:mellom|between)\s+(?:samling(?:ene|ane|er|ar)?|gatherings?|sessions?)?\s*(\d)\s*(?:og|and|&|-|–)\s*(?:samling\s*|gathering\s*)?(\d)\b|\b(?:fra|frå|from)\s+(?:samling|gathering|session)\s*(\d)\b[^?.]{0,30}?\b(?:til|to|until|and)\s+(?:samling|gathering|session)\s*(\d)\b|\b(?:fra|frå|from)\s+(\d)\s+(?:til|to)\s+(\d)\s+(?:[\w-]+\s+)?(?:samling|gathering|session)|\b(?:fra|frå|from)\b[^?.\d]{0,25}?\b(\d)\s+(?:(?:ledpro|ntnu)[\s-]+)?(?:samling\w*|gathering|session)\b[^?.\d]{0,30}?\b(?:til|to|until)\b[^?.\d]{0,25}?\b(\d)\s+(?:(?:ledpro|ntnu)[\s-]+)?(?:samling\w*|gathering|session|one)\b`
  // "fra siste dag på samling 4 til første dag på samling 5", "from the end of gathering 4 to the start of gathering 5"
  + String.raw`|\b(?:fra|frå|from)\b[^?.\d]{0,30}?\b(?:samling|gathering|session)\s*(\d)\b[^?.\d]{0,30}?\b(?:til|to|until)\b[^?.\d]{0,30}?\b(?:samling|gathering|session)\s*(\d)\b`, 'g');

/** "… so about a month from the deadline until the first gathering?": a length claimed between the two (compiled once). */
const CLAIMED_GAP = letterAware(/\b(about|roughly|around|omtrent|ca\.?|cirka|bare|only|just)?\s*(a|one|en|ein|et|eit|\d+|two|three|to|tre)\s+(months?|måneder?|månad(er)?|weeks?|uker?|veker?|days?|dager?|dagar)\s+(from|fra|frå|between|mellom)\b/);

export function readDateCalc(q: string): DateCalc | undefined {
  // Whether gatherings are named at all, read once for the many checks below that need it.
  const gathering = /(samling|gathering|session)/.test(q);
  const howLong = /\b(hvor mange (dager|uker|måneder)|kor mange (dagar|veker|månader)|how many (days|weeks|months)|how long|how much time|hvor lang tid|kor lang tid|hvor mye tid|kor mykje tid|hvor lenge|kor lenge)\b/;
  if (/(frist|deadline)/.test(q) && gathering && (howLong.test(q) || CLAIMED_GAP.test(q))) return { kind: 'deadline-gap' };
  // "how many days from the start of the first gathering to the end of the last one?": the whole calendar span.
  if (gathering && howLong.test(q) && /\b(fra|from)\b[^?]{0,40}\b(første|fyrste|first|1st|start)\b[^?]{0,60}\b(til|to|until)\b[^?]{0,40}\b(siste|last|final)\b/.test(q)) return { kind: 'first-to-last' };
  if ((/(frist|deadline|søke|søkje|søknad|apply|application)/.test(q) || IN_TIME_TO_JOIN.test(q)) && STATUS_WORDS.test(q)) return { kind: 'deadline-status' };
  // "Jeg har en workshop 20. juni – kræsjer det med en samling?": whether a day falls on a gathering.
  // "ferie 17.–23. juni", "i uke 25": a span of days, before the single day the range ends on.
  // "Samling 3 er i juni, så det kolliderer ikke?": a numbered gathering said to be in a month is a claim to check
  // against its date, whatever the asker concludes from it.
  const clash = CLASH.test(q) && !GATHERING_IN_MONTH.test(q) ? daysAsked(q) ?? dayAsked(q) ?? partOfMonthAsked(q) : undefined;
  if (clash) return { kind: 'clash', ...clash };
  // "Hvilke måneder er det samlinger?" / "which months have no gathering?". The months of NTNU's timeline ("Hvilke
  // måneder dekker tidslinjen for 2021?") are the timeline's to say, not those of the gatherings.
  if (MONTHS_ASKED.test(q) && !/\b(tidslinj\w*|timelines?)\b/.test(q)) return { kind: 'months', without: /\b(ikke|ikkje|no|not|without|uten|utan|ingen|inga)\b/.test(q) };
  // "de to siste LEDPRO-samlingene", "the last two LEDPRO gatherings": the program's name may stand before them.
  const n = /\b(første|first|siste|last)\s+(\d|to|tre|fire|fem|two|three|four|five)\s+(?:[\p{L}\d]+-|(?:ledpro|ntnu)\s+)?(samling|gathering|session)/u.exec(q)
    ?? /\b(\d|to|tre|fire|fem|two|three|four|five)\s+(første|first|siste|last)\s+(?:[\p{L}\d]+-|(?:ledpro|ntnu)\s+)?(samling|gathering|session)/u.exec(q);
  if (n) {
    const [a, b] = /^\d|^(to|tre|fire|fem|two|three|four|five)$/.test(n[1]) ? [n[2], n[1]] : [n[1], n[2]];
    const count = /^\d$/.test(b) ? Number(b) : NUMBER_WORDS[b] ?? 0;
    if (count > 1) return { kind: /første|first/.test(a) ? 'first' : 'last', count };
  }
  // "Hvor er det samlingene holdes igjen?": "igjen" after a where or when asks again, it counts nothing left.
  // "how many days are left until …" counts days to a gathering (question-intent's 'until'), not gatherings left.
  if (gathering && !/\b(days|dager|dagar|weeks|uker|veker)\s+(are |is )?(left|remain|remaining|igjen)\b/.test(q) && (/\b(gjenstår|remain|remaining|left)\b/.test(q) || (/\bigjen\b/.test(q) && /\b(hvor mange|kor mange|hvilke|kva for|mange)\b/.test(q)))) return { kind: 'remaining' };
  // "Hvor lang tid er det mellom samling 3 og 4?" / "is the gap longer between 3 and 4, or between 4 and 5?"
  // "between the first and the second gathering": the ordinals as numbers.
  const numbered = q.replace(/\b(?:the |den |det )?(første|fyrste|first|andre|second|tredje|third|fjerde|fourth|femte|fifth|sjette|sixth)(?= (?:og|and|&|til|to) |\s+(?:samling|gathering|session|ledpro|one)|\s*[?.]?$)/g, (w, o: string) => String(ORDINAL_NUMBERS[o] ?? w));
  // "fra samling 3 er ferdig til samling 4 begynner", "from gathering 3 to gathering 4", "fra første til andre samling":
  // a gap asked from one to the next.
  const pairs = [...numbered.matchAll(GAP_ASKED)].map((m) => [Number(m[1] ?? m[3] ?? m[5] ?? m[7] ?? m[9]), Number(m[2] ?? m[4] ?? m[6] ?? m[8] ?? m[10])] as const);
  if (pairs.length > 0 && pairs.every(([a, b]) => b > a)) return { kind: 'gaps', pairs, weeks: /\b(uker|uke|veker|veke|weeks?)\b/.test(q) };
  // "Hvor er det lengst opphold mellom to samlinger?" / "the longest gap between gatherings".
  if (gathering && /\b(lengst\w*|lengste|longest|størst\w*|biggest|mest tid)\s+(opphold|pause|tid|mellomrom|gap|break|time|avstand)\b/.test(q)) return { kind: 'longest-gap' };
  // "Hvor mange samlinger er før juli?" / "which gatherings are after May?"
  const byMonth = /\b(før|innen|etter|before|by|after)\s+(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december)\b/.exec(q);
  const asked = byMonth ? monthOf(byMonth[2]) : undefined;
  if (gathering && byMonth && asked) return { kind: 'by-month', month: asked, after: /etter|after/.test(byMonth[1]) };
  // "Hvor mange ligger i vårsemesteret, og hvor mange kommer etter sommeren?": both sides of the summer.
  if (gathering && /(vår\p{L}*|før (og etter )?sommer\p{L}*|til og med juni|spring|before (and after )?(the )?summer)/u.test(q) && /(etter sommer\p{L}*|høst\p{L}*|after (the )?summer|autumn|\b(etter|after)\s*\??\s*$)/u.test(q)) return { kind: 'season-split' };
  // "…og når er den første etter sommeren?": the gathering named by its order alone.
  const one = /\b(den|the) (første|fyrste|first)\b/.test(q);
  if ((gathering || one) && /\b(etter|after)\s+(the\s+)?(sommer(en|ferien)?|summer( holiday| break| holidays)?|ferien)/.test(q)) return { kind: 'season', after: true, first: one };
  if (gathering && (/\b(før|before)\s+(the\s+)?(sommer(en|ferien)?|summer( holiday| break| holidays)?|ferien)/.test(q) || /(vårsemester\p{L}*|i våren|om våren|in the spring)/u.test(q))) return { kind: 'season', after: false };
  return undefined;
}

/** Days as month*100+day, written the Norwegian or English way: "17.–23. juni", "29. januar–4. februar", "17–23 June". */
function spanOfDays(from: number, to: number, lang: Lang): string {
  const [fm, tm] = [Math.floor(from / 100), Math.floor(to / 100)];
  const [fd, td] = [from % 100, to % 100];
  if (lang === 'nb') return fm === tm ? `${fd}.–${td}. ${monthName(fm, lang)}` : `${fd}. ${monthName(fm, lang)}–${td}. ${monthName(tm, lang)}`;
  return fm === tm ? `${fd}–${td} ${monthName(fm, lang)}` : `${fd} ${monthName(fm, lang)}–${td} ${monthName(tm, lang)}`;
}

const when = (g: Gathering, lang: Lang): string =>
  firstDayOf(g) ? formatLocalDateRange(firstDayOf(g) ?? '', lastDayOf(g) ?? firstDayOf(g) ?? '', lang) : g.period ? formatPeriod(g.period, lang) : '';
const label = (g: Gathering, lang: Lang): string => `${lang === 'nb' ? 'Samling' : 'Gathering'} ${g.number}: ${when(g, lang)}`;
const startsAfter = (g: Gathering, now: Date): boolean => (instantsOf(g)?.start.getTime() ?? 0) > now.getTime() && g.period === undefined;

export function answerDateCalc(calc: DateCalc, schedules: readonly Schedule[], now: Date, lang: Lang, q = ''): string[] {
  const nb = lang === 'nb';
  return schedules.map((s) => {
    const names = joinNames(s.programs.map((p) => shortName(p, lang)), lang);
    const gs = [...s.cohort.gatherings].sort((a, b) => a.number - b.number);
    switch (calc.kind) {
      case 'first':
      case 'last': {
        const picked = calc.kind === 'first' ? gs.slice(0, calc.count) : gs.slice(-calc.count);
        const what = nb ? `De ${calc.kind === 'first' ? 'første' : 'siste'} ${picked.length} samlingene i ${names}` : `The ${calc.kind} ${picked.length} gatherings of ${names}`;
        return `${what}: ${picked.map((g) => label(g, lang)).join('; ')}.`;
      }
      case 'clash': {
        const md = (iso: string | undefined): number => (iso ? Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10)) : -1);
        // A part of a month ("andre halvdel av juni") is the days it spans, the month's last day at most; a week
        // number is the Monday to Sunday of that week in the cohort's year.
        const year = Number((firstDayOf(gs[0]) ?? '2024').slice(0, 4));
        const week = calc.week === undefined ? undefined : isoWeekDays(year, calc.week);
        const asked = week ? week.from.month * 100 + week.from.day : calc.month * 100 + calc.day;
        const toMonth = calc.toMonth ?? calc.month;
        const to = week ? week.to.month * 100 + week.to.day
          : calc.toDay === undefined ? asked : toMonth * 100 + Math.min(calc.toDay, new Date(Date.UTC(year, toMonth, 0)).getUTCDate());
        const hits = gs.filter((g) => firstDayOf(g) && md(firstDayOf(g)) <= to && asked <= md(lastDayOf(g) ?? firstDayOf(g)));
        const month = monthName(calc.month, lang);
        const span = spanOfDays(asked, to, lang);
        const dayName = to === asked ? (nb ? `${calc.day}. ${month}` : `${calc.day} ${month}`)
          : week ? (nb ? `i uke ${calc.week} (${span})` : `week ${calc.week} (${span})`) : nb ? `i perioden ${span}` : toMonth === calc.month ? `${calc.day} and ${to % 100} ${month}` : `${calc.day} ${month} and ${to % 100} ${monthName(toMonth, lang)}`;
        const between = week ? 'in' : 'between';
        if (hits.length > 0 && to !== asked) return nb ? `Ja, ${dayName} er det samling i ${names}: ${hits.map((g) => label(g, lang)).join('; ')}.` : `Yes, ${between} ${dayName} there is a gathering of ${names}: ${hits.map((g) => label(g, lang)).join('; ')}.`;
        const hit = hits[0];
        if (hit) return nb ? `Ja, ${dayName} er det samling i ${names}: ${label(hit, lang)}.` : `Yes, ${dayName} falls on a gathering of ${names}: ${label(hit, lang)}.`;
        if (gs.some((g) => !firstDayOf(g))) return nb ? `Dokumentet gir bare måneden for samlingene i ${names}, så jeg kan ikke si om ${dayName} kolliderer.` : `The document gives only the months of ${names}'s gatherings, so I cannot tell whether ${dayName} clashes.`;
        return nb ? `Nei, det er ingen samling i ${names} ${dayName}. Samlingene: ${gs.map((g) => label(g, lang)).join('; ')}.`
          : `No, there is no gathering of ${names} ${to === asked ? 'on' : between} ${dayName}. The gatherings: ${gs.map((g) => label(g, lang)).join('; ')}.`;
      }
      case 'months': {
        const year = (g: Gathering): string => (firstDayOf(g) ?? g.period ?? '').slice(0, 4);
        const keys = [...new Set(gs.map((g) => `${year(g)}-${String(startMonthOf(g)).padStart(2, '0')}`))].sort();
        const name = (k: string): string => monthName(Number(k.slice(5, 7)), lang);
        const list = (ks: readonly string[]): string => joinNames(ks.map(name), lang);
        if (!calc.without) return nb ? `Samlingene i ${names} er i ${list(keys)}.` : `The gatherings of ${names} are in ${list(keys)}.`;
        const gaps: string[] = [];
        for (let k = keys[0]; k < keys[keys.length - 1];) {
          const [y, m] = k.split('-').map(Number);
          k = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
          if (!keys.includes(k) && k < keys[keys.length - 1]) gaps.push(k);
        }
        const span = `${name(keys[0])}–${name(keys[keys.length - 1])}`;
        if (gaps.length === 0) return nb ? `${names} har samling hver måned fra ${span}.` : `${names} has a gathering every month from ${span}.`;
        return nb ? `Mellom første og siste samling i ${names} (${span}) er det ingen samling i ${list(gaps)}.`
          : `Between the first and last gathering of ${names} (${span}) there is no gathering in ${list(gaps)}.`;
      }
      case 'by-month': {
        const picked = gs.filter((g) => firstDayOf(g) !== undefined && (calc.after ? startMonthOf(g) > calc.month : startMonthOf(g) < calc.month));
        const asked = monthName(calc.month, lang);
        const list = picked.map((g) => label(g, lang)).join('; ');
        return nb
          ? `${picked.length} av ${gs.length} samlinger i ${names} er ${calc.after ? 'etter' : 'før'} ${asked}${picked.length > 0 ? `: ${list}` : ''}.`
          : `${picked.length} of the ${gs.length} gatherings of ${names} are ${calc.after ? 'after' : 'before'} ${asked}${picked.length > 0 ? `: ${list}` : ''}.`;
      }
      case 'longest-gap': {
        const dated = gs.filter((g) => firstDayOf(g));
        let best: { a: Gathering; b: Gathering; days: number } | undefined;
        for (let i = 1; i < dated.length; i += 1) {
          const days = daysBetween(lastDayOf(dated[i - 1]) ?? firstDayOf(dated[i - 1]) ?? '', firstDayOf(dated[i]) ?? '');
          if (!best || days > best.days) best = { a: dated[i - 1], b: dated[i], days };
        }
        if (!best) return '';
        return nb
          ? `Det lengste oppholdet i ${names} er mellom samling ${best.a.number} (${when(best.a, lang)}) og samling ${best.b.number} (${when(best.b, lang)}): ${best.days} dager, over sommeren.`.replace(', over sommeren', startMonthOf(best.a) <= 6 && startMonthOf(best.b) >= 8 ? ', over sommeren' : '')
          : `The longest gap in ${names} is between gathering ${best.a.number} (${when(best.a, lang)}) and gathering ${best.b.number} (${when(best.b, lang)}): ${best.days} days${startMonthOf(best.a) <= 6 && startMonthOf(best.b) >= 8 ? ', over the summer' : ''}.`;
      }
      case 'gaps': {
        const gap = (a: number, b: number): string | undefined => {
          const ga = gs.find((g) => g.number === a);
          const gb = gs.find((g) => g.number === b);
          if (!ga || !gb || !firstDayOf(ga) || !firstDayOf(gb)) return undefined;
          const days = daysBetween(lastDayOf(ga) ?? firstDayOf(ga) ?? '', firstDayOf(gb) ?? '');
          // Asked in weeks: the days counted too, rounded to whole weeks ("48 dager, om lag 7 uker").
          const weeks = calc.weeks ? (nb ? ` (om lag ${Math.round(days / 7)} uker)` : ` (about ${Math.round(days / 7)} weeks)`) : '';
          return nb ? `mellom samling ${a} (${when(ga, lang)}) og samling ${b} (${when(gb, lang)}): ${days} dager${weeks}` : `between gathering ${a} (${when(ga, lang)}) and gathering ${b} (${when(gb, lang)}): ${days} days${weeks}`;
        };
        const said = calc.pairs.map(([a, b]) => ({ a, b, text: gap(a, b) }));
        if (said.some((x) => !x.text)) return '';
        const days = said.map((x) => Number(/(\d+) (dager|days)( \([^)]*\))?$/.exec(x.text ?? '')?.[1] ?? 0));
        const lines = said.map((x) => x.text).join('; ');
        if (said.length < 2) return `${names}: ${lines.charAt(0).toUpperCase()}${lines.slice(1)}.`;
        const i = days.indexOf(Math.max(...days));
        return nb ? `${names}: ${lines}. Lengst er det ${said[i].text?.split(':')[0]}.` : `${names}: ${lines}. The longest is ${said[i].text?.split(':')[0]}.`;
      }
      case 'remaining': {
        const left = gs.filter((g) => startsAfter(g, now));
        if (left.length === 0) return nb ? `Alle ${gs.length} samlingene i ${names} er gjennomført.` : `All ${gs.length} gatherings of ${names} are over.`;
        return nb
          ? `Det gjenstår ${left.length} av ${gs.length} samlinger i ${names}; den neste er ${label(left[0], lang).toLowerCase()}. Gjenstående: ${left.map((g) => label(g, lang)).join('; ')}.`
          : `${left.length} of the ${gs.length} gatherings of ${names} remain; the next is ${label(left[0], lang).toLowerCase()}. Remaining: ${left.map((g) => label(g, lang)).join('; ')}.`;
      }
      case 'season-split': {
        const before = gs.filter((g) => startMonthOf(g) <= 6);
        const after = gs.filter((g) => startMonthOf(g) >= 8);
        const list = (xs: readonly Gathering[]): string => xs.map((g) => label(g, lang)).join('; ');
        return nb ? `I ${names} er ${before.length} samlinger før sommeren (${list(before)}) og ${after.length} etter sommeren (${list(after)}).`
          : `${names} has ${before.length} gatherings before the summer (${list(before)}) and ${after.length} after it (${list(after)}).`;
      }
      case 'season': {
        const picked = gs.filter((g) => (calc.after ? startMonthOf(g) >= 8 : startMonthOf(g) <= 6));
        if (calc.first && picked.length > 0) {
          return nb ? `Den første samlingen i ${names} etter sommeren er ${label(picked[0], lang).toLowerCase()}.` : `The first gathering of ${names} after the summer is ${label(picked[0], lang).toLowerCase()}.`;
        }
        const what = nb ? `Samlingene i ${names} ${calc.after ? 'etter' : 'før'} sommeren` : `The gatherings of ${names} ${calc.after ? 'after' : 'before'} the summer`;
        return `${what}: ${picked.map((g) => label(g, lang)).join('; ')}.`;
      }
      case 'deadline-status': {
        const deadline = s.cohort.applicationDeadline;
        if (!deadline) return nb ? `Dokumentet gir ingen søknadsfrist for ${names}.` : `The document gives no application deadline for ${names}.`;
        const end = fromOsloLocal(deadline).getTime() + DAY;
        const passed = end <= now.getTime();
        const days = Math.ceil((end - now.getTime()) / DAY);
        // "Har fristen gått ut?" asks the opposite of "rekker jeg å søke?".
        const askedPassed = /\b(gått ut|passert|utløpt|expired|passed|over|for sent|for seint|too late|closed)\b/.test(q);
        /** The deadline still open, after its yes or no. */
        const open = (yes: boolean): string => (nb
          ? `${yes ? 'Ja' : 'Nei'}, søknadsfristen for ${names} er ${formatLocalDate(deadline, lang)} (om ${days} ${days === 1 ? 'dag' : 'dager'}).`
          : `${yes ? 'Yes' : 'No'}, the application deadline for ${names} is ${formatLocalDate(deadline, lang)} (in ${days} ${days === 1 ? 'day' : 'days'}).`);
        if (askedPassed) {
          return passed
            ? (nb ? `Ja, søknadsfristen for ${names} var ${formatLocalDate(deadline, lang)}, og den har gått ut.` : `Yes, the application deadline for ${names} was ${formatLocalDate(deadline, lang)}, and it has passed.`)
            : open(false);
        }
        // "Fristen er vel 15. januar, så jeg rekker det etter nyttår?": a deadline claimed on another day is a no, even
        // while there is still time.
        const claimed = dayAsked(q);
        const [, dm, dd] = deadline.split('-').map(Number);
        if (!passed && claimed && (claimed.month !== dm || claimed.day !== dd)) return open(false);
        return passed
          ? (nb ? `Nei, søknadsfristen for ${names} var ${formatLocalDate(deadline, lang)}, og den har gått ut. Jeg kjenner ikke til en frist for et nytt kull.` : `No, the application deadline for ${names} was ${formatLocalDate(deadline, lang)}, and it has passed. I know of no deadline for a new cohort.`)
          : open(true);
      }
      case 'first-to-last': {
        const first = gs[0] ? firstDayOf(gs[0]) : undefined;
        const lastG = gs[gs.length - 1];
        const last = lastG ? lastDayOf(lastG) ?? firstDayOf(lastG) : undefined;
        if (!first || !last || gs.length < 2) return nb ? `Dokumentet gir ikke datoene for både første og siste samling i ${names}.` : `The document does not give the dates of both the first and the last gathering of ${names}.`;
        const days = daysBetween(first, last);
        return nb
          ? `Første samling i ${names} starter ${formatLocalDate(first, lang)} og siste samling slutter ${formatLocalDate(last, lang)}: det er ${days} dager (ca. ${Math.round(days / 7)} uker), med ${gs.length} samlinger.`
          : `The first gathering of ${names} starts ${formatLocalDate(first, lang)} and the last one ends ${formatLocalDate(last, lang)}: that is ${days} days (about ${Math.round(days / 7)} weeks), with ${gs.length} gatherings.`;
      }
      case 'deadline-gap': {
        const deadline = s.cohort.applicationDeadline;
        const first = gs[0] ? firstDayOf(gs[0]) : undefined;
        if (!deadline || !first) return nb ? `Dokumentet gir ikke både søknadsfrist og dato for første samling i ${names}.` : `The document does not give both a deadline and a first gathering date for ${names}.`;
        const days = daysBetween(deadline, first);
        return nb
          ? `Søknadsfristen for ${names} er ${formatLocalDate(deadline, lang)} og første samling starter ${formatLocalDate(first, lang)}: det er ${days} dager (ca. ${Math.round(days / 7)} uker).`
          : `The application deadline for ${names} is ${formatLocalDate(deadline, lang)} and the first gathering starts ${formatLocalDate(first, lang)}: that is ${days} days (about ${Math.round(days / 7)} weeks).`;
      }
    }
    return '';
  });
}

/**
 * How long a program runs, from its cohort's gatherings: "6 samlinger fra 15.–16. februar 2024 til 7.–8. oktober
 * 2024, til sammen 12 dager". Only for cohorts whose gatherings all have days (not months only).
 */
export function spanOf(s: Schedule, lang: Lang): string | undefined {
  const gs = [...s.cohort.gatherings].sort((a, b) => a.number - b.number);
  if (gs.length < 2 || gs.some((g) => !firstDayOf(g))) return undefined;
  const days = gs.reduce((sum, g) => sum + daysBetween(firstDayOf(g) ?? '', lastDayOf(g) ?? firstDayOf(g) ?? '') + 1, 0);
  const names = joinNames(s.programs.map((p) => shortName(p, lang)), lang);
  const first = when(gs[0], lang);
  const last = when(gs[gs.length - 1], lang);
  return lang === 'nb'
    ? `${names} går over ${gs.length} samlinger fra ${first} til ${last}, til sammen ${days} dager.`
    : `${names} ${s.programs.length > 1 ? 'run' : 'runs'} over ${gs.length} gatherings from ${first} to ${last}, ${days} days in all.`;
}

/**
 * How long one gathering lasts, when every gathering of the cohort is dated and they all last as long: "Hver
 * samlingene i LEDPRO varer 2 dager per samling". Undefined when they differ or have no days.
 */
// `example`: the first gathering's dates as an example (left out side by side, where the length is what is measured).
export function eachGatheringLength(s: Schedule, lang: Lang, example = true): string | undefined {
  const gs = [...s.cohort.gatherings].sort((a, b) => a.number - b.number);
  if (gs.length === 0 || gs.some((g) => !firstDayOf(g))) return undefined;
  const days = gs.map((g) => daysBetween(firstDayOf(g) ?? '', lastDayOf(g) ?? firstDayOf(g) ?? '') + 1);
  if (days.some((d) => d !== days[0])) return undefined;
  const names = joinNames(s.programs.map((p) => shortName(p, lang)), lang);
  const unit = lang === 'nb' ? (days[0] === 1 ? 'dag' : 'dager') : (days[0] === 1 ? 'day' : 'days');
  return lang === 'nb'
    ? `Samlingene i ${names} varer ${days[0]} ${unit} per samling${example ? ` (for eksempel samling 1: ${when(gs[0], lang)})` : ''}; det er ${gs.length} samlinger${gs.length > 1 ? `, til sammen ${gs.length * days[0]} dager` : ''}.`
    : `The gatherings of ${names} last ${days[0]} ${unit} per gathering${example ? ` (for example gathering 1: ${when(gs[0], lang)})` : ''}; there are ${gs.length} gatherings${gs.length > 1 ? `, ${gs.length * days[0]} days in all` : ''}.`;
}

/**
 * "Hvordan søker jeg?" after the deadline: the answer says the deadline has passed (and that no new one is known),
 * so a leader does not read a past date as an open door. Undefined while a deadline is open or none is given.
 */
export function pastDeadlineNote(programs: readonly Program[], now: Date, lang: Lang): { readonly text: string; readonly dates: string } | undefined {
  const schedules = schedulesOf(programs).filter((s) => s.cohort.applicationDeadline);
  if (schedules.length === 0) return undefined;
  const passed = schedules.every((s) => fromOsloLocal(s.cohort.applicationDeadline ?? '').getTime() + DAY <= now.getTime());
  if (!passed) return undefined;
  const dates = [...new Set(schedules.map((s) => formatLocalDate(s.cohort.applicationDeadline ?? '', lang)))].join(', ');
  const text = lang === 'nb' ? `Merk: søknadsfristen (${dates}) har gått ut, og det er ikke kunngjort noen frist for et nytt kull.`
    : `Note: the application deadline (${dates}) has passed, and no deadline for a new cohort has been announced.`;
  return { text, dates };
}

export const todayIn = (now: Date): string => toOsloLocal(now).slice(0, 10);
