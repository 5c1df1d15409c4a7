import type { Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { BESIDES, costOf, EVERYTHING, FEE_ALONE, gatheringsOf, money, MORE, NIGHT, NO_NIGHT, SEMESTER, TOTAL } from './cost-words';

/** Every cost beside the participation fee, each with its figure, and what the document names without a price. */
export function otherCosts(p: Program, names: string, lang: Lang): string | undefined {
  const nb = lang === 'nb';
  const sem = costOf(p, 'semester-fee');
  const board = costOf(p, 'board-and-lodging');
  const night = costOf(p, 'extra-night');
  const n = gatheringsOf(p);
  const items: string[] = [];
  if (sem) items.push(nb ? `semesteravgift ${money(sem.amount, lang)} per semester${sem.count ? ` (${sem.count} × ${money(sem.amount, lang)} = ${money(sem.amount * sem.count, lang)})` : ''}`
    : `a semester fee of ${money(sem.amount, lang)} per semester${sem.count ? ` (${sem.count} × ${money(sem.amount, lang)} = ${money(sem.amount * sem.count, lang)})` : ''}`);
  if (board) items.push(nb ? `kost og losji ${money(board.amount, lang)} per samling${n > 0 ? ` (${n} × ${money(board.amount, lang)} = ${money(board.amount * n, lang)})` : ''}`
    : `board and lodging of ${money(board.amount, lang)} per gathering${n > 0 ? ` (${n} × ${money(board.amount, lang)} = ${money(board.amount * n, lang)})` : ''}`);
  if (night) items.push(nb ? `eventuelt tilknytningsdøgn ${money(night.amount, lang)} per døgn` : `any extra night at ${money(night.amount, lang)} each`);
  if (items.length === 0) return undefined;
  items.push(nb ? 'litteratur (ingen pris oppgitt)' : 'literature (no price given)');
  const fee = costOf(p, 'participant-fee');
  const lead = nb ? `I tillegg til deltakeravgiften${fee ? ` (${money(fee.amount, lang)})` : ''} i ${names} kommer` : `Besides the participation fee${fee ? ` (${money(fee.amount, lang)})` : ''} of ${names}, budget for`;
  return `${lead}: ${items.join('; ')}.`;
}

/** A cost asked as included in another, or added to it ("+", "dekker", "in addition"): no list of each cost. */
const NOT_EACH = /(\+|\bplus\b|\bpluss\b|inklu|includ|cover|dekk|\bmed i\b|\ber med\b|\bvel med\b|part of|inngår|inngå|in the price|i prisen|i avgift|tillegg|addition|on top|ekstra (kostnad|utgift)|extra (cost|charge)|betale (for|selv|sjølv)|pay for)/;

/** Board and lodging by name; "the hotel" may be only where a night is spent. */
const BOARD_NAMED = /(kost og losji|board and lodging|board & lodging|\blosji|\blodging|accommodation|oppholdet under|the stays?\b)/;

/** Two or more of the program's costs named, none summed or compared: each with its figure, in the order asked. */
export function namedCosts(q: string, p: Program, lang: Lang): string | undefined {
  // "Dekker deltakeravgiften hotellet?" asks what one cost includes, not each cost.
  if (TOTAL.test(q) || MORE.test(q) || BESIDES.test(q) || EVERYTHING.test(q) || NOT_EACH.test(q)) return undefined;
  const nb = lang === 'nb';
  const sem = costOf(p, 'semester-fee');
  // "the board, not the tuition": a cost set aside is not asked.
  const at = (re: RegExp): number => {
    const i = q.search(re);
    return i >= 0 && /\b(not|ikke|ikkje|uten|utan|without|excluding|except|minus)\s+(the\s+|den\s+|noen\s+)?$/.test(q.slice(0, i)) ? -1 : i;
  };
  const kinds: Array<[number, string | undefined]> = [
    [at(FEE_ALONE), ((c) => c && (nb ? `deltakeravgift ${money(c.amount, lang)}` : `participation fee ${money(c.amount, lang)}`))(costOf(p, 'participant-fee'))],
    [at(SEMESTER), sem && (nb ? `semesteravgift ${money(sem.amount, lang)} per semester${sem.count ? ` (${sem.count} semestre)` : ''}` : `semester fee ${money(sem.amount, lang)} per semester${sem.count ? ` (${sem.count} semesters)` : ''}`)],
    [at(BOARD_NAMED), ((c) => c && (nb ? `kost og losji ${money(c.amount, lang)} per samling` : `board and lodging ${money(c.amount, lang)} per gathering`))(costOf(p, 'board-and-lodging'))],
    [NO_NIGHT.test(q) ? -1 : at(NIGHT), ((c) => c && (nb ? `tilknytningsdøgn ${money(c.amount, lang)} per døgn` : `extra night ${money(c.amount, lang)} per night`))(costOf(p, 'extra-night'))],
  ];
  const named = kinds.map(([i, line], kind) => ({ i, line, kind })).filter((k) => k.i >= 0 && k.line !== undefined);
  // The fee with the semester fee is one sentence of the document, which answers them as it stands.
  if (named.length < 2 || named.every((k) => k.kind <= 1)) return undefined;
  const asked = named.sort((a, b) => a.i - b.i).map((k) => k.line as string);
  const joined = asked.join('; ');
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`;
}
