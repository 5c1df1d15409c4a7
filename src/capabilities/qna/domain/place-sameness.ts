import type { Program } from '../../../catalog/catalog.schema';
import type { QnaState } from './conversation-state';
import { factsAt, type ProgramLookup } from './fact-ids';
import { letterAware } from './letter-aware';
import type { Verdict } from './verdicts';

/**
 * "Er LEDPRO-samlingene også der?" after a message that named Oppdal; "og NTNUs ledersamling, er den på samme sted?"
 * after the hotel in Brumunddal: a place asked to be the same as one just named is a claim of that place, which the
 * answer's own place confirms or denies.
 */
const SAME_PLACE_ASKED = letterAware(/\b(også der|der også|òg der|samme sted|same sted|samme stad|same stad|samme plass|same plass|samme hotell|same hotell|same place|same venue|same hotel|same location|there too|also there|there as well)\b/);

/** A place the documents name: a capitalised word inside a sentence of a place fact, not a program's name. */
const PLACE_WORD = letterAware(/(?<=[a-zæøå,(] |\()([A-ZÆØÅ][a-zæøå]{4,})\b/g);

export class PlaceSameness {
  /** Each place with the pattern that finds it ("på Lerkendal" names Lerkendalsamlingen: its first six letters will do). */
  private readonly places: ReadonlyArray<{ readonly name: string; readonly at: RegExp }>;

  constructor(private readonly lookup: ProgramLookup, programs: readonly Program[], isProgramName: (word: string) => boolean) {
    const named = programs.flatMap((p) => p.facts.filter((f) => f.topic === 'place').flatMap((f) => [...f.text.nb.matchAll(PLACE_WORD)].map((m) => m[1])));
    this.places = [...new Set(named)].filter((w) => !isProgramName(w)).map((name) => ({ name, at: new RegExp(`(?<![\\p{L}])${name.toLowerCase().slice(0, 6)}`, 'u') }));
  }

  /**
   * The place a "same place?" question sets its subject against: the first the last message named, else the first of
   * the last answer's facts. Undefined when the question asks no such thing or nothing was named.
   */
  claimedPlace(focus: string, state: QnaState | undefined): string | undefined {
    if (!state || !SAME_PLACE_ASKED.test(focus)) return undefined;
    const inText = (text: string): string | undefined => {
      const lower = text.toLowerCase();
      return this.places.map((p) => ({ p: p.name, at: lower.search(p.at) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at)[0]?.p;
    };
    return inText(state.question ?? '') ?? inText(factsAt(this.lookup, state.facts ?? []).map((x) => x.f.text.nb).join(' '));
  }
}

/** "Er X på samme sted som Y?", "are they held in the same place?": sameness of two sides' places asked. */
export const SAME_PLACE_OF_TWO = letterAware(/\b(samme sted|same sted|samme stad|same stad|samme plass|samme hotell|same place|same venue|same hotel|same location)\b/);
/** "Er de på ulike steder?", "somewhere else?", "different places?": a difference of places asked. */
const OTHER_PLACES = letterAware(/\b(ulike|forskjellige|andre|different|separate) (steder|stader|plasser|places|venues|locations|hotell|hotels)\b|\b(et annet sted|eit anna stad|somewhere else|elsewhere)\b/);

/**
 * The verdict on a question whether two sides meet in the same place, from an answer that sets each side's place
 * fact in a paragraph of its own: the same when a place named inside a sentence of one is named in the other.
 * Undefined when the answer does not hold two such sides (one side is checked as a claim, by claimedPlace).
 */
export function placesOfSidesVerdict(question: string, answer: string): Verdict | undefined {
  // "the same place, or somewhere else?" offers both: it is answered as the first.
  const same = SAME_PLACE_OF_TWO.test(question);
  if (!same && !OTHER_PLACES.test(question)) return undefined;
  const sides = answer.split(/\n\s*\n/).map((side) => new Set([...side.matchAll(PLACE_WORD)].map((m) => m[1])));
  if (sides.length < 2 || sides.some((places) => places.size === 0)) return undefined;
  const shared = [...sides[0]].some((place) => sides.slice(1).every((s) => s.has(place)));
  return shared === same ? 'yes' : 'no';
}
