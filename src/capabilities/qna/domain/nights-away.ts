import { firstDayOf, lastDayOf } from '../../../catalog/gathering-time';
import type { Lang } from '../../../shared/i18n';
import { daysBetween } from '../../../shared/oslo-time';
import { costOf, money } from './cost-words';
import { joinNames, shortName, type Schedule } from './date-answers';
import { letterAware } from './letter-aware';

/**
 * "Hvor mange netter borte blir det?", "how many nights away in total?": the nights a program's gatherings take,
 * counted from their days (a gathering of two days, lunch to lunch, is one night away), with the extra night
 * (tilknytningsdøgn), which the documents price, said apart.
 */
const NIGHTS_ASKED = letterAware(/\b((hvor|kor) mange|how many|antall|number of)\s+(netter|netters|overnattinger|overnattingar|hotellnetter|nights|hotel nights|overnight stays)\b/);

export const nightsAsked = (focus: string): boolean => NIGHTS_ASKED.test(focus);

/** One sentence per schedule; undefined unless every schedule's gatherings have days. */
export function answerNightsAway(schedules: readonly Schedule[], lang: Lang): string | undefined {
  const lines: string[] = [];
  for (const s of schedules) {
    const spans = s.cohort.gatherings.map((g) => {
      const [a, b] = [firstDayOf(g), lastDayOf(g)];
      return a && b ? daysBetween(a, b) : undefined;
    });
    // A program whose gatherings are given by month only has no nights to count, and no other program's answer it.
    if (spans.length === 0 || spans.some((n) => n === undefined)) return undefined;
    const nights = spans.reduce<number>((sum, n) => sum + (n ?? 0), 0);
    const names = joinNames(s.programs.map((p) => shortName(p, lang)), lang);
    const each = new Set(spans).size === 1 ? spans[0] ?? 0 : undefined;
    const extra = costOf(s.programs[0], 'extra-night');
    // Board and lodging are priced lunch to lunch, so the stay's days are said so.
    const board = costOf(s.programs[0], 'board-and-lodging') !== undefined;
    const per = each === undefined ? ''
      : lang === 'nb' ? `, ${spans.length} samlinger med ${each} ${each === 1 ? 'overnatting' : 'overnattinger'} hver (${each + 1} dager${board ? ', fra lunsj til lunsj' : ''})`
        : `, ${spans.length} gatherings of ${each} ${each === 1 ? 'night' : 'nights'} each (${each + 1} days${board ? ', lunch to lunch' : ''})`;
    const extraText = extra ? (lang === 'nb' ? ` Et ekstra døgn (tilknytningsdøgn) kommer i tillegg for den som tar det: ${money(extra.amount, 'nb')} per natt.` : ` An extra night (tilknytningsdøgn) comes in addition for those who take one: ${money(extra.amount, 'en')} per night.`) : '';
    const eachPart = s.programs.length > 1 ? (lang === 'nb' ? ' (hver del)' : ' (each part)') : '';
    lines.push(lang === 'nb' ? `${names}${eachPart}: ${nights} netter borte i alt${per}.${extraText}` : `${names}${eachPart}: ${nights} nights away in total${per}.${extraText}`);
  }
  return lines.join(' ') || undefined;
}
