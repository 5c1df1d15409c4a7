import type { Program } from '../../../catalog/catalog.schema';
import type { QnaState } from './conversation-state';
import { factsAt, type ProgramLookup } from './fact-ids';
import { letterAware } from './letter-aware';

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
