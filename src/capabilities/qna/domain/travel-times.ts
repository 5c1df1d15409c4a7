import type { Lang } from '../../../shared/i18n';
import type { Verdict } from './verdicts';
import { letterAware } from './letter-aware';

const AIRPORT = /\b(gardermoen|lufthavn\w*|flyplass\w*|airport|osl)\b/;
const CENTRAL = /\b(oslo s|oslo sentral\w*|sentralstasjon\w*|central station|oslo central|oslo s\.)\b/;
const HOURS = letterAware(/(\d+(?:[.,]\d+)?)\s*(?:t\b|timer?|timar|hours?|hrs?)|\b(an|one|en|ei|éi|ein)\s+(hour|time|times)\b|\b(halvannen|halvanna|one and a half|an hour and a half|one hour and a half)\b|\b(to|two|tre|three|fire|four)\s+(?:timer|timar|hours)\b/);
const HOUR_WORDS: Readonly<Record<string, number>> = { to: 2, two: 2, tre: 3, three: 3, fire: 4, four: 4 };

/** The place of departure a question names, with its name in either language. */
interface Place { readonly re: RegExp; readonly nb: string; readonly en: string }
const placeIn = (q: string): Place | undefined => (AIRPORT.test(q) ? { re: AIRPORT, nb: 'Oslo lufthavn', en: 'Oslo Airport' } : CENTRAL.test(q) ? { re: CENTRAL, nb: 'Oslo S', en: 'Oslo Central Station' } : undefined);

function hoursIn(text: string): number | undefined {
  const m = HOURS.exec(text);
  if (!m) return undefined;
  if (m[1]) return Number(m[1].replace(',', '.'));
  if (m[5]) return HOUR_WORDS[m[5]];
  return m[4] ? 1.5 : 1;
}

/** The hours the answer gives from the place, read in the clause that names it ("… og 1,5 time fra Oslo S"). */
function hoursFrom(place: Place, answer: string): number | undefined {
  const clause = answer.toLowerCase().split(/\s+(?:og|and)\s+|[;.]\s+/).find((c) => place.re.test(c) && HOURS.test(c));
  return clause ? hoursIn(clause) : undefined;
}

/**
 * "So it's about an hour from the airport?" / "Det tar vel en time fra Oslo S?" against "1 time med tog fra Oslo
 * Lufthavn og 1,5 time fra Oslo S": the time claimed is checked against the time from the place the question names,
 * not any time the answer gives. Undefined when the question names no such place or no time.
 */
export function travelVerdict(question: string, answer: string): Verdict | undefined {
  const q = question.toLowerCase();
  const place = placeIn(q);
  const claimed = hoursIn(q);
  if (!place || claimed === undefined) return undefined;
  const stated = hoursFrom(place, answer);
  if (stated === undefined) return undefined;
  // "more than an hour", "under halvannen time", "innen en time": the stated time against the bound claimed.
  // "no more than", "ikke mer enn" first: they hold "more than".
  if (AT_MOST.test(q)) return stated <= claimed ? 'yes' : 'no';
  if (MORE_THAN.test(q)) return stated > claimed ? 'yes' : 'no';
  if (LESS_THAN.test(q)) return stated < claimed ? 'yes' : 'no';
  return stated === claimed ? 'yes' : 'no';
}

const MORE_THAN = /(?<![\p{L}])(more than|over|longer than|mer enn|meir enn|lenger enn|lengre enn|lenger tid enn)(?![\p{L}])/u;
const LESS_THAN = /(?<![\p{L}])(less than|under|shorter than|mindre enn|kortere enn)(?![\p{L}])/u;
const AT_MOST = /(?<![\p{L}])(within|at most|no more than|innen|innenfor|maks|maksimalt|høyst|ikke mer enn|ikkje meir enn)(?![\p{L}])/u;

const ROUND_TRIP = /\b(tur[- ]retur|round[- ]trip|return trip|both ways|begge veier|begge vegar|fram og tilbake|frem og tilbake|there and back|dit og hjem|dit og heim)\b/;

/**
 * "Hvor lang tid blir det på toget tur-retur Oslo S?" against "1,5 time fra Oslo S": the time both ways, said with the
 * one-way time it comes from. Undefined when no round trip from a named place is asked or the answer gives no time.
 */
export function roundTripLine(question: string, answer: string, lang: Lang): string | undefined {
  const q = question.toLowerCase();
  if (!ROUND_TRIP.test(q)) return undefined;
  const place = placeIn(q);
  if (!place) return undefined;
  const one = hoursFrom(place, answer);
  if (one === undefined) return undefined;
  const hours = (h: number): string => (lang === 'nb' ? `${String(h).replace('.', ',')} ${h <= 1.5 ? 'time' : 'timer'}` : `${h} ${h === 1 ? 'hour' : 'hours'}`);
  return lang === 'nb'
    ? `Tur-retur ${place.nb}: 2 × ${hours(one)} = ${hours(one * 2)} med tog.`
    : `Both ways from ${place.en}: 2 × ${hours(one)} = ${hours(one * 2)} by train.`;
}
