import type { Fact } from '../../../catalog/catalog.schema';
import { normalise } from './text-analysis';

/** Normalised comparison of fact texts, to merge the same fact shared by several programs. */
export const sameText = (a: Fact, b: Fact): boolean => normalisedText(a) === normalisedText(b);

/** Each catalog fact's normalised text, made once (facts are compared on every answer). */
const normalisedTexts = new WeakMap<Fact, { readonly of: string; readonly normalised: string }>();
function normalisedText(f: Fact): string {
  const kept = normalisedTexts.get(f);
  if (kept && kept.of === f.text.nb) return kept.normalised;
  const normalised = normalise(f.text.nb);
  normalisedTexts.set(f, { of: f.text.nb, normalised });
  return normalised;
}
