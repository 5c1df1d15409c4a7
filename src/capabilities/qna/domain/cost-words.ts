import type { Cost, Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';

// The words of costs and sums, and the figures' form, shared by the answers that compute sums and those that list
// costs one by one.

/** "53 000" (or "53,000" with `separator` ","): a figure with its thousands grouped. */
export const grouped = (n: number, separator: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
/**
 * "kr 53 000" / "NOK 53 000": English groups thousands with a space too, as the catalog's English text does ("The
 * participation fee is NOK 53 000"), so a sum worked out here and the sentence quoted beside it look alike.
 */
export const money = (n: number, lang: Lang): string => `${lang === 'nb' ? 'kr' : 'NOK'} ${grouped(n, ' ')}`;

/** A pattern for an amount as people write it: 19050, 19 050, 19.050, 19,050, with a no-break space too. */
export const amountPattern = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, '[ .,\u00a0\u202f]?');
// "… = 72 938": a sum written out by the asker is a total too.
export const TOTAL = /\b(totalt?|til ?sammen|i alt|regn(e)? ut|rekn(e)? ut|work (it )?out|calculate|(hva|kva) lander (vi|me|det|en|ein|man|du) på(?![a-zæøå])|(hva|kva|what) (blir|er|is|does|do|would) [^?]{0,40}\b(pluss|plus)\b|sum(men)?|samlet|samla|samanlagt|til saman|hele( [a-zæøå0-9-]+)? (studiet|programmet|løpet|kurset|året)|begge|total|altogether|in all|overall|all together|both|combined|add(s|ed)? up|comes? to|whole( [a-z0-9-]+)? (program|programme|course|year)|all (six|6|the) )|=\s*(?:kr\.?\s*|nok\s*)?\d/;
export const SEMESTER = /semester/;
export const NIGHT = /(tilknytningsd|ekstra (natt|døgn|overnatting)|(en|ei|ein|one|an) (natt|night) (ekstra|extra|til|more)|natt(a|en)? før|kvelden før|extra (night|overnight stay)|night before|additional night)/;
/** "What else do we need to budget for?": the costs beside the participation fee. */
export const BESIDES = /\b(apart from|besides|beside|except|on top of|in addition to|what else|other costs|extra costs|hidden costs|surprise costs|i tillegg til|utenom|utover|hva (mer|annet|anna)|andre (kostnader|utgifter)|ekstra ?(kostnader|utgifter)|(betale|betala|pay|paying) (\p{L}+ ){0,2}(ekstra|extra)|skjulte|kostnadspost\w*|utgiftspost\w*|budsjettpost\w*|cost items?|line items?|budget items?)\b/u;
/** "med semesteravgift og alt": every cost, not the one named. */
export const EVERYTHING = /\b(og alt|med alt|alt inkludert|alt i alt|everything|all in|all costs|alle (kostnader|utgifter))\b/;
/** The nights named only to leave them out ("no extra nights", "uten tilknytningsdøgn"). */
export const NO_NIGHT = /\b(no|without|excluding|not counting|not including|uten|utan|utenom|utanom|bortsett fra|ikke|ikkje|ingen|inga|minus)\s+(the\s+|any\s+|noen\s+|nokon\s+|eventuelle\s+)?(extra\s+|ekstra\s+)?(nights?|tilknytningsd|natt|overnatting|døgn)|\b(nobody|no one|no-one|none of (us|them)|ingen av (oss|dem|dei)|ingen)\s+(needs?|need to|takes?|books?|trenger|treng|tar|tek|bestiller)\s+(an?\s+|noen\s+|nokon\s+)?(extra\s+|ekstra\s+)?(nights?|tilknytningsd|natt|overnatting|døgn)/;
/**
 * "utenom hotell og reise", "not counting the hotel", "eksklusiv opphold": the stay named only to leave it out, so the
 * cost asked is the fee with its semester fees (the stay told as coming in addition).
 */
export const STAY_LEFT_OUT = /\b(utenom|utanom|uten|utan|(?:ser|se|sett|sjå|sjår) (?:vi |man |me |en |ein )?bort ?(?:fra|frå)|ignoring|leaving out|disregarding|except|excluding|not counting|not including|without|bortsett fra|eksklusiv|ekskl\.?|minus)\s+(?:(?:the|det|selve|selv|sjølve)\s+)?(hotell\w*|hotel\w*|opphold\w*|opphald\w*|kost og losji|losji|stay|accommodation|lodging|board and lodging|overnatting\w*)(?:\s+(?:på|og|and|at|or|eller|i|in)\s+(?:the\s+)?(?:hotell\w*|hotel\w*|reise\w*|travel\w*|sånt|slikt|stuff|such|so on|brumunddal))*/;
/** The amounts of 1 000 or more a text names ("kr 19 050", "NOK 19,050", "53000"), not parts of decimals. */
export const amountsIn = (text: string): number[] => [...text.matchAll(/(?<![\d.,])(\d{1,3}(?:[ .,\u00a0]\d{3})+|\d{4,6})(?![\d]|[.,]\d)/g)].map((m) => Number(m[1].replace(/[ .,\u00a0]/g, '')));
export const costOf = (p: Program, kind: Cost['kind']): Cost | undefined => p.costs.find((c) => c.kind === kind);
export const gatheringsOf = (p: Program): number => [...p.cohorts].sort((a, b) => b.year - a.year)[0]?.gatherings.length ?? 0;
/**
 * The amounts a program's documents give or that follow from them at once: each cost, its count of it, once per
 * gathering, and the fee with both semester fees. `multiplesUpTo` adds each cost taken 2 … that many times (a stay
 * summed over some of the gatherings), for a figure repeated back that may be such a sum.
 */
export function knownAmounts(p: Program, multiplesUpTo = 0): Set<number> {
  const n = gatheringsOf(p);
  const known = new Set(p.costs.flatMap((c) => [c.amount, c.amount * (c.count ?? 1), c.amount * Math.max(1, n)]));
  if (multiplesUpTo > 0) for (const c of p.costs) for (let k = 2; k <= Math.max(2, multiplesUpTo); k += 1) known.add(c.amount * k);
  const fee = costOf(p, 'participant-fee');
  const sem = costOf(p, 'semester-fee');
  if (fee && sem?.count) known.add(fee.amount + sem.amount * sem.count);
  return known;
}
export const FEE_ALONE = /\b(deltakeravgift\w*|deltakaravgift\w*|kursavgift\w*|participa\w* fees?|course fees?|tuition)\b/;
export const MORE = /(costs? more|cost the most|more expensive|most expensive|dyrest|dyrere|koster (mest|mer)|mer enn|more than|billigst|cheapest|cheaper|billigere|\b(bigger|biggest|larger|largest|higher|highest|størst|større|høyest|høyere|blir mest|er mest|smaller|smallest|lower|lowest|minst|lavest|lavere)\b)/;
