import { dayAsked, daysAsked, MONTH_NAMES, monthOf } from './month-asks';

/** "15.–16. mai", "7–8 October", "15. desember": the days an answer dates, each with its month. */
const DATED = new RegExp(`(\\d{1,2})\\.?(?:\\s*[-–]\\s*(\\d{1,2})\\.?)?\\s+(${MONTH_NAMES})\\b`, 'g');
/** "May 15–16", "December 15". */
const DATED_EN = new RegExp(`\\b(${MONTH_NAMES})\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\b`, 'g');

function datedDays(answer: string): Set<string> {
  const out = new Set<string>();
  const add = (from: number, to: number, month: number | undefined): void => {
    if (month === undefined) return;
    for (let d = from; d <= Math.max(from, to); d++) out.add(`${month}/${d}`);
  };
  const text = answer.toLowerCase();
  for (const m of text.matchAll(DATED)) add(Number(m[1]), Number(m[2] ?? m[1]), monthOf(m[3]));
  for (const m of text.matchAll(DATED_EN)) add(Number(m[2]), Number(m[3] ?? m[2]), monthOf(m[1]));
  return out;
}

/**
 * "og nummer 3 er 2.–3. mai, ikke sant?" against "Samling 3 … er 15.–16. mai 2024": the days claimed are not the days
 * the answer dates in that month. Only when the answer dates days in the month claimed; a month alone is checked
 * elsewhere.
 */
export function daysClaimedOff(claim: string, answer: string): boolean {
  const span = daysAsked(claim);
  const one = span ? undefined : dayAsked(claim);
  const month = span?.toMonth === undefined ? span?.month ?? one?.month : undefined;
  if (!month) return false;
  const from = span?.day ?? one?.day ?? 0;
  const to = span?.toDay ?? from;
  const dated = datedDays(answer);
  if (![...dated].some((d) => d.startsWith(`${month}/`))) return false;
  for (let d = from; d <= to; d++) if (!dated.has(`${month}/${d}`)) return true;
  return false;
}
