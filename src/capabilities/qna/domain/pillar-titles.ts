import type { Program } from '../../../catalog/catalog.schema';
import type { CatalogRetriever } from './retrieval';
import { isStopWord, stem, words } from './text-analysis';

/** A question after days by their dates: "når", "hvilke … dager", "den første", a month or a year. */
const DATED_ASK = /\b(når|naar|nåår|when|dato\w*|dates?|hvilke\b[^?]*\b(dager|dagar)|første|fyrste|first|planlagt|planned|måned\w*|months?|20\d\d|januar|january|august)\b/;

/** A question after how something is held or how it differs ("hvordan er … lagt opp", "skilnaden på"). */
const HOW_ASK = /\b(hvordan|korleis|kordan|lagt opp|foregår|føregår|organi[sz]ed|how|skilnad\w*|forskjell\w*|differ\w*|hva skjer|kva skjer|what happens)\b/;

interface Title { readonly n: number; readonly words: readonly string[]; readonly phrase: readonly string[]; readonly content: readonly string[]; readonly skipping?: readonly string[]; readonly joined?: string }

/**
 * The pillars' titles, in both languages ("Hovedsøyle 4, lokal grunnopplæring …", "Pillar 4, local basic training …"),
 * read once per set of programs: a question names a pillar by a long word of its title that no other title has, or by
 * the first two words of a title of short words.
 */
export class PillarTitles {
  private readonly byScope = new Map<string, Title[]>();

  constructor(private readonly retriever: CatalogRetriever) {}

  /** The pillars a text names by their titles (`phrasedOnly`: only by the first two words of a title). */
  named(focus: string, programs: readonly Program[], phrasedOnly = false, nameTerms: ReadonlySet<string> = new Set()): number[] {
    const titles = this.titlesOf(programs);
    // The words that named the program ("head of department programme") name no pillar of it.
    const all = words(focus).filter((w) => !isStopWord(w)).map(stem).filter((w) => !nameTerms.has(w));
    const asked = all.filter((w) => w.length >= 12);
    const same = (a: string, b: string): boolean => (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 3;
    // A title of short words is named by its first two in a row ("den lokale grunnopplæringen": pillar 4).
    // The second word may be the title's compound by its head: "den lokale opplæringen" names "lokal grunnopplæring".
    // The other way round, "den felles grunnopplæringen" names "felles opplæring" by a compound with its word last.
    const lower = focus.toLowerCase();
    const howHeld = HOW_ASK.test(lower) && !DATED_ASK.test(lower);
    const sameHead = (a: string, b: string): boolean => same(a, b) || (b.length > a.length && [0, 1, 2, 3].some((cut) => a.length - cut >= 6 && b.endsWith(a.slice(0, a.length - cut))))
      || (a.length > b.length && b.length >= 6 && a.slice(0, a.length - 3).includes(b.slice(0, b.length - 1)) && a.indexOf(b.slice(0, b.length - 1)) >= 3)
      // "de felles opplæringsdagene" names "felles opplæring": the title's word with the days it is held on; not when
      // the days are asked by date ("når var de felles opplæringsdagene?"), which the timeline gives.
      || (howHeld && b.length >= 6 && a.startsWith(b) && /^(ing)?s?(dag|økt|samling|session|day)/.test(a.slice(b.length)));
    const inRow = (phrase: readonly string[] | undefined): boolean => phrase !== undefined && (phrase.length === 2 || phrase.length === 3) && phrase[0].length < 12
      && all.some((w, i) => same(w, phrase[0]) && i + phrase.length - 1 < all.length && sameHead(all[i + 1], phrase[1]) && (phrase.length === 2 || same(all[i + 2], phrase[2])));
    // "local training" names "local basic training …" too: the first word and the third, the middle one left out.
    // "fellesopplæringen" names "felles opplæring": the title's first two words written as one.
    const phrased = (t: Title): boolean => inRow(t.phrase) || inRow(t.skipping) || (t.joined !== undefined && all.some((w) => same(w, t.joined ?? '')));
    const hits = titles.filter((t) => phrased(t) || (!phrasedOnly && t.words.some((w) => asked.some((a) => same(a, w)) && new Set(titles.filter((o) => o.words.some((x) => same(x, w))).map((o) => o.n)).size === 1)));
    // "… den felles grunnopplæringen fra den lokale?": beside a title named, another by its first word alone.
    const elided = hits.length > 0 ? titles.filter((t) => t.phrase.length === 2 && !hits.some((h) => h.n === t.n) && new RegExp(`\\b(den|det|de|dei|the)\\s+${t.phrase[0]}\\p{L}*\\s*([?.!,]|$|(i|in|på|ved|at|of|for)\\s)`, 'u').test(lower)) : [];
    if (hits.length > 0 || phrasedOnly) return [...new Set([...hits, ...elided].map((h) => h.n))];
    // "samlingene der instituttlederne og dekanatet møtes": two words of one pillar's titles that no other pillar's
    // titles share with the question name that pillar.
    const shared = (n: number): Set<string> => new Set(titles.filter((t) => t.n === n).flatMap((t) => t.content.filter((w) => all.some((a) => same(a, w)))));
    const pillars = [...new Set(titles.map((t) => t.n))].map((n) => ({ n, words: shared(n) }));
    const best = pillars.filter((p) => p.words.size >= 2);
    return best.length === 1 && pillars.every((p) => p === best[0] || p.words.size < best[0].words.size - 1) ? [best[0].n] : [];
  }

  private titlesOf(programs: readonly Program[]): Title[] {
    const key = programs.map((p) => p.id).join(',');
    const kept = this.byScope.get(key);
    if (kept) return kept;
    const scope = this.retriever.withDescendants(programs.length > 0 ? programs : this.retriever.catalog.programs);
    const pillarFacts = scope.flatMap((p) => p.facts.filter((f) => f.topic === 'pillars'));
    const headed = pillarFacts.flatMap((f) => [/^Hovedsøyle (\d), ([^:]+):/.exec(f.text.nb), /^Pillar (\d), ([^:]+):/.exec(f.text.en)])
      .filter((m): m is RegExpExecArray => m !== null).map((m) => {
        const content = words(m[2]).filter((w) => !isStopWord(w));
        // "Head of Department gatherings": the first two words are a role ("my new head of department"); the title
        // is named with its third word, the gatherings, too.
        const role = /^(gatherings?|samling\w*)$/.test(content[2] ?? '');
        // "fellesopplæringen" names "felles opplæring": the title's first two words written as one.
        const joined = content.length >= 2 && content[0].length >= 4 && content[1].length >= 4 ? stem(`${content[0]}${content[1]}`) : undefined;
        return { n: Number(m[1]), words: content.slice(0, 1).filter((w) => w.length >= 12).map(stem), phrase: content.slice(0, role ? 3 : 2).map(stem), content: distinct(content), skipping: content.length >= 3 ? [content[0], content[2]].map(stem) : undefined, joined };
      });
    // The list of all pillars names them too ("2) Fakultetsledersamlinger med instituttlederne og dekanat – …").
    const listed = pillarFacts.filter((f) => !/^(Hovedsøyle|Pillar) \d,/.test(f.text.nb)).flatMap((f) => [...f.text.nb.matchAll(/(\d)\) ([^–;.]+)/g)]).map((m) => {
      const content = words(m[2]).filter((w) => !isStopWord(w));
      return { n: Number(m[1]), words: content.slice(0, 1).filter((w) => w.length >= 12).map(stem), phrase: [], content: distinct(content) };
    });
    const titles = [...headed, ...listed];
    // A few program sets recur (the catalog's families); a bound keeps a stream of odd sets from growing it.
    if (this.byScope.size < 64) this.byScope.set(key, titles);
    return titles;
  }
}

/** The longer words of a title, stemmed: short and common ones ("alle", "ledere") tell no pillar apart. */
const distinct = (content: readonly string[]): string[] => content.filter((w) => w.length >= 6 && !/^(ledere?|leaders?|lederne|utvikling|development)$/.test(w)).map(stem);
