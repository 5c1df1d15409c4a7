import { isGeneralWord } from './general-words';
import type { CatalogRetriever } from './retrieval';
import { stem } from './text-analysis';

/**
 * "er det i hamar", "er samlingene i lillehammer?", "is it in oslo": a short question whether the program or its
 * gatherings are held in a place, its last word the place.
 */
const TRAILING_PLACE = /^(?:(?:og|and|så|so|men|but)\s+)?(?:er|blir|holdes|arrangeres|ligger|is|are|will)\s+(?:det|den|de|dei|dette|ledpro(?:\s*[12])?|(?:del|part)\s*[12]|samlingene|samlingane|kurset|studiet|programmet|hotellet|it|they|this|the (?:gatherings|sessions|course|programme|program|hotel))\s+(?:(?:held|located|holdt)\s+)?(?:i|in|på|at)\s+(\p{Ll}{3,})(?=\s*\??\s*$)/u;

/**
 * "er samlingene i lillehammer", "er det i hamar?": a place typed in lower case at the end of a question is a name
 * claimed all the same (the form reads names from their capitals).
 */
export function placeNamed(raw: string, retriever: CatalogRetriever): string {
  const m = TRAILING_PLACE.exec(raw);
  // A name the documents use ("oslo", "brumunddal") is one too; any other word they know is no place ("i prisen").
  if (!m || isGeneralWord(m[1]) || (retriever.isKnown(stem(m[1])) && retriever.namesIn(m[1]).length === 0)) return raw;
  const at = m.index + m[0].length - m[1].length;
  return `${raw.slice(0, at)}${m[1][0].toUpperCase()}${m[1].slice(1)}${raw.slice(at + m[1].length)}`;
}
