import { keptValue } from '../../../shared/kept-value';
import type { Fact } from '../../../catalog/catalog.schema';
import { sentences } from './expected-figures';
import type { ReadQuestion } from './read-question';
import type { CatalogRetriever, Hit } from './retrieval';
import { analyse, conceptOf } from './text-analysis';

/** A fact that says the document gives no such thing ("Sted for ... er ikke oppgitt"). */
export const NOT_GIVEN = /(er ikke oppgitt|oppgir ikke|beskriver ikke|sier ikke|ikke nevnt)/;

interface TermWeight {
  readonly concept: string | undefined;
  readonly w: number;
}

/** How much of what a question asks a fact holds: the measure that decides between facts and against refusing. */
export class FactCoverage {
  constructor(private readonly retriever: CatalogRetriever) {}

  /** Whether the question names, by a word of its own, something the sentences of the fact that give a thing hold. */
  namesWhatIsGiven(read: ReadQuestion, fact: Fact): boolean {
    const given = sentences(fact.text.nb).filter((x) => !NOT_GIVEN.test(x)).join(' ');
    if (given.length === 0) return false;
    const terms = new Set(analyse(given, this.retriever.isKnown).terms);
    return read.coverageTerms.some((t) => terms.has(t) && this.retriever.documentFrequency(t) <= 4);
  }

  /** How many facts hold a term. */
  rarity(term: string): number {
    return this.retriever.documentFrequency(term);
  }

  /** Rarity-weighted share of the question's content words that the fact contains (directly or as a concept). */
  of(read: ReadQuestion, hit: Hit): number {
    const sides = read.coverageSides;
    if (!sides) return this.coverageOf(read.coverageTerms, hit);
    // A choice is answered by a fact that holds either side, with what both sides share.
    const shared = read.coverageTerms.filter((t) => !sides[0].includes(t) && !sides[1].includes(t));
    return Math.max(this.coverageOf([...shared, ...sides[0]], hit), this.coverageOf([...shared, ...sides[1]], hit));
  }

  private coverageOf(terms: readonly string[], hit: Hit): number {
    let total = 0;
    let covered = 0;
    for (const t of terms) {
      const { concept, w } = this.weightOf(t);
      total += w;
      if (hit.doc.terms.has(t) || (concept && hit.doc.terms.has(concept))) covered += w;
    }
    return total === 0 ? 1 : covered / total;
  }

  /** A term's weight and concept, fixed with the index: the ranking asks them of every candidate, for every term. */
  private weightOf(term: string): TermWeight {
    return keptValue(this.weights, term, (t) => ({ concept: conceptOf(t), w: Math.log(1 + this.retriever.docs.length / (1 + this.retriever.documentFrequency(t))) }), 5_000);
  }

  private readonly weights = new Map<string, TermWeight>();
}
