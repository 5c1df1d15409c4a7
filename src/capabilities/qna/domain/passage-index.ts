import type { Program } from '../../../catalog/catalog.schema';
import type { SourcePassage } from '../../../catalog/source-passages';
import { analyse } from './text-analysis';

export interface PassageHit {
  readonly passage: SourcePassage;
  readonly programs: Program[];
  readonly score: number;
  /** Share of the asked content words (by rarity) the passage contains. */
  readonly coverage: number;
}

interface PassageDoc { readonly passage: SourcePassage; readonly programs: Program[]; readonly terms: Map<string, number>; readonly length: number }

/**
 * The documents' own paragraphs, searched when no curated fact answers: every paragraph of both documents can be
 * reached, quoted with its heading. A paragraph belongs to the programs whose catalog entry names its document.
 */
export class PassageIndex {
  private readonly docs: PassageDoc[] = [];
  private readonly df = new Map<string, number>();
  private readonly avg: number;

  constructor(passages: readonly SourcePassage[], programs: readonly Program[], known: (s: string) => boolean) {
    let total = 0;
    for (const passage of passages) {
      const a = analyse(passage.text, known);
      const terms = new Map<string, number>();
      for (const t of [...a.terms, ...a.concepts]) terms.set(t, (terms.get(t) ?? 0) + 1);
      for (const t of terms.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.docs.push({ passage, programs: programs.filter((p) => p.source.file === passage.file), terms, length: a.terms.length });
      total += a.terms.length;
    }
    this.avg = total / Math.max(1, this.docs.length);
  }

  get size(): number {
    return this.docs.length;
  }

  all(): readonly SourcePassage[] {
    return this.docs.map((d) => d.passage);
  }

  search(terms: readonly string[], coverageTerms: readonly string[], scope: readonly Program[]): PassageHit | undefined {
    const n = this.docs.length;
    const files = new Set(scope.map((p) => p.source.file));
    let best: PassageHit | undefined;
    for (const d of this.docs) {
      if (files.size > 0 && !files.has(d.passage.file)) continue;
      let score = 0;
      for (const t of terms) {
        const tf = d.terms.get(t);
        if (!tf) continue;
        const df = this.df.get(t) ?? 0;
        score += Math.log(1 + (n - df + 0.5) / (df + 0.5)) * ((tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * d.length) / this.avg)));
      }
      let total = 0;
      let covered = 0;
      for (const t of coverageTerms) {
        const w = Math.log(1 + n / (1 + (this.df.get(t) ?? 0)));
        total += w;
        if (d.terms.has(t)) covered += w;
      }
      const coverage = total === 0 ? 0 : covered / total;
      if (score > 0 && (!best || score + 4 * coverage > best.score + 4 * best.coverage)) best = { passage: d.passage, programs: d.programs, score, coverage };
    }
    return best;
  }
}
