// A figure the asker repeats back wrong, right after the bot gave it ("Hva koster deltakeravgiften?" → "Ok, så
// 35 000 kroner pluss hotell da. Hvor mye blir hotellet per samling?"): the next answer answers what is asked, and
// first says the figure as the documents give it, so the wrong one is not carried into a budget.
import type { Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { amountsIn, costOf, knownAmounts, money } from './cost-words';

/** The cost each price topic of the last answer stands for. */
const COST_OF_TOPIC = { fee: 'participant-fee', lodging: 'board-and-lodging' } as const;

/** Years and counts are not prices; the documents' prices are all 800 kroner or more. */
const isPrice = (n: number): boolean => n >= 800 && !(n >= 1900 && n <= 2100);

/**
 * The correction to say before the answer, when the message states one price that none of the program's costs,
 * sums or multiples is, and the last answer was of that price's topic. Undefined otherwise.
 */
export function echoedPriceNote(text: string, lastTopic: string | undefined, programs: readonly Program[], lang: Lang): string | undefined {
  if (lastTopic !== 'fee' && lastTopic !== 'lodging') return undefined;
  const p = programs.find((x) => x.costs.length > 0);
  const cost = p ? costOf(p, COST_OF_TOPIC[lastTopic]) : undefined;
  if (!p || !cost) return undefined;
  const stated = amountsIn(text.toLowerCase()).filter(isPrice);
  if (stated.length !== 1) return undefined;
  if (knownAmounts(p, p.cohorts.flatMap((c) => c.gatherings).length).has(stated[0])) return undefined;
  const what = lastTopic === 'fee' ? (lang === 'nb' ? 'Deltakeravgiften er' : 'The participation fee is') : lang === 'nb' ? 'Kost og losji er' : 'Board and lodging is';
  const per = lastTopic === 'lodging' ? (lang === 'nb' ? ' per samling' : ' per gathering') : '';
  return `${what} ${money(cost.amount, lang)}${per}, ${lang === 'nb' ? 'ikke' : 'not'} ${money(stated[0], lang)}.`;
}
