import type { Program } from '../../../catalog/catalog.schema';
import type { CatalogRetriever } from './retrieval';
import { isStopWord, stem, words } from './text-analysis';

interface Title { readonly n: number; readonly words: readonly string[]; readonly phrase: readonly string[] }

/**
 * The pillars' titles, in both languages ("Hovedsøyle 4, lokal grunnopplæring …", "Pillar 4, local basic training …"),
 * read once per set of programs: a question names a pillar by a long word of its title that no other title has, or by
 * the first two words of a title of short words.
 */
export class PillarTitles {
  private readonly byScope = new Map<string, Title[]>();

  constructor(private readonly retriever: CatalogRetriever) {}

  /** The pillars a text names by their titles (`phrasedOnly`: only by the first two words of a title). */
  named(focus: string, programs: readonly Program[], phrasedOnly = false): number[] {
    const titles = this.titlesOf(programs);
    const all = words(focus).filter((w) => !isStopWord(w)).map(stem);
    const asked = all.filter((w) => w.length >= 12);
    const same = (a: string, b: string): boolean => (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 3;
    // A title of short words is named by its first two in a row ("den lokale grunnopplæringen": pillar 4).
    const phrased = (t: Title): boolean => t.phrase.length === 2 && t.phrase[0].length < 12 && all.some((w, i) => same(w, t.phrase[0]) && i + 1 < all.length && same(all[i + 1], t.phrase[1]));
    const hits = titles.filter((t) => phrased(t) || (!phrasedOnly && t.words.some((w) => asked.some((a) => same(a, w)) && titles.filter((o) => o.words.some((x) => same(x, w))).length === 1)));
    return [...new Set(hits.map((h) => h.n))];
  }

  private titlesOf(programs: readonly Program[]): Title[] {
    const key = programs.map((p) => p.id).join(',');
    const kept = this.byScope.get(key);
    if (kept) return kept;
    const scope = this.retriever.withDescendants(programs.length > 0 ? programs : this.retriever.catalog.programs);
    const titles = scope.flatMap((p) => p.facts.filter((f) => f.topic === 'pillars').flatMap((f) => [/^Hovedsøyle (\d), ([^:]+):/.exec(f.text.nb), /^Pillar (\d), ([^:]+):/.exec(f.text.en)]))
      .filter((m): m is RegExpExecArray => m !== null).map((m) => {
        const content = words(m[2]).filter((w) => !isStopWord(w));
        return { n: Number(m[1]), words: content.slice(0, 1).filter((w) => w.length >= 12).map(stem), phrase: content.slice(0, 2).map(stem) };
      });
    // A few program sets recur (the catalog's families); a bound keeps a stream of odd sets from growing it.
    if (this.byScope.size < 64) this.byScope.set(key, titles);
    return titles;
  }
}
