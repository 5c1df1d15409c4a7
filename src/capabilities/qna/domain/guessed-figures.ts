import { claimedNumbers, NUMBER_WORDS, unitKey, type Claim } from './question-form';
import { letterAware } from './letter-aware';

/**
 * "Hvor mange år varer det? Jeg tror noen sa tre." / "How many days is it – I think someone said ten?": a
 * wh-question with a guess beside it. The guess is a claim the answer confirms or corrects.
 */
const GUESS = letterAware(/\b((jeg|eg) (tror|trur|trodde|trudde|mener|meiner|husker|hugsar)|(i|we) (think|thought|believe|remember)|(noen|nokon|someone|somebody|a colleague|my (boss|manager|colleague)|en kollega|ein kollega|kollegaen min|sjefen min) (sa|sa det var|said|told me|mente|meinte|nevnte|nemnde)|(var|was) (det|it) (ikke|ikkje|not)|wasn't it)\b/);
/** The unit a wh-question counts in ("hvor mange år", "how many days", "hvor lenge" → a length). */
const COUNTED = /\b(?:hvor|kor|how)\s+(?:mange|many|lenge|long|lang)\s+(\p{L}+)/u;

export function guessedFigures(text: string, focus: string): Claim[] {
  // The guess comes after the question: hearsay before it ("En kollega sa at jeg er nivå 4-leder.") tells the scene.
  const at = text.indexOf(focus);
  const after = at >= 0 ? text.slice(at + focus.length) : '';
  const tail = focus.replace(/^[^?]*\?/, '');
  const guess = after.split(/(?<=[.!?])\s+/).find((s) => GUESS.test(s)) ?? (tail !== focus && GUESS.test(tail) ? tail : undefined);
  if (!guess) return [];
  const claims = claimedNumbers(guess);
  if (claims.length > 0) return claims;
  // A bare number word ("tre", "ten") counts in the question's unit.
  const counted = COUNTED.exec(focus)?.[1];
  const unit = counted ? unitKey(counted) : undefined;
  if (!unit) return [];
  const word = Object.keys(NUMBER_WORDS).find((w) => new RegExp(`\\b${w}\\b`).test(guess));
  return word ? [{ n: NUMBER_WORDS[word], unit }] : [];
}
