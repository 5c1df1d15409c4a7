import type { Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import type { ReadQuestion } from './read-question';
import type { CatalogRetriever } from './retrieval';
import { verdictWord } from './verdicts';

/** One price set against another ("cheaper than", "koster mer", "billigere"). */
const PRICE_COMPARED = /(?<![\p{L}\d])(cheaper|dearer|pricier|more expensive|less expensive|costs? (more|less)|billigere|billegare|dyrere|dyrare|rimeligere|rimelegare|kost(?:er|ar) (mer|meir|mindre))(?![\p{L}\d])/iu;
/** Whether two prices are alike ("er det likt for del 2?", "the same price?"). */
const SAME_ASKED = /(?<![\p{L}\d])(likt|lik pris|same pris|samme pris|det samme|det same|the same( price| cost| fee)?|same (price|cost|fee))(?![\p{L}\d])/iu;
/** A cost other than the participation fee named in the question: that cost, not the parts, is compared. */
const OTHER_COST = /(semesteravgift|hotell|kost og losji|losji|opphold|opphald|tilknytningsdøgn|overnatting|litteratur|bøk|semester fee|hotel|board|lodging|extra night|accommodation|books|literature)/i;

/** "del 2", "part 1": a part named by its number. */
const PART_NAMED = /(?<![\p{L}\d])(del|part|delen)\s*[12](?![\p{L}\d])/iu;

const fee = (p: Program): number | undefined => p.costs.find((c) => c.kind === 'participant-fee')?.amount;

/**
 * "Is LEDPRO 2 cheaper than LEDPRO 1?", "er del 2 billigere?" or "er det likt for del 2?" after part 1's price: the parts
 * of one offer set against each other by their participation fees in the catalog, whatever fact the answer quotes.
 * The verdict and its reason to put before the answer, or undefined when the question is not such a comparison.
 */
export function partPriceVerdict(read: ReadQuestion, retriever: CatalogRetriever, lang: Lang): string | undefined {
  if (!read.form.yesNo || read.intent.topics[0] !== 'fee' || OTHER_COST.test(read.focus)) return undefined;
  const compared = PRICE_COMPARED.test(read.focus);
  if (!compared && !SAME_ASKED.test(read.focus)) return undefined;
  // "del 2" alone names a part only with the conversation's offer, which the reader has resolved.
  const inFocus = retriever.detectPrograms(read.focus).programs;
  const named = (inFocus.length > 0 ? inFocus : PART_NAMED.test(read.focus) ? read.programs : []).filter((p) => fee(p) !== undefined);
  if (named.length === 0) return undefined;
  // The other parts of the same offer: one provider, programs that have a fee of their own.
  const parts = named.length > 1 ? named : retriever.catalog.programs.filter((p) => p.provider === named[0].provider && fee(p) !== undefined);
  if (parts.length < 2) return undefined;
  const same = parts.every((p) => fee(p) === fee(parts[0]));
  if (!same) return undefined;
  const reason = lang === 'nb' ? 'De koster det samme.' : 'They cost the same.';
  return `${verdictWord(compared ? 'no' : 'yes', lang)}. ${reason}`;
}
