import { keptValue } from '../../../shared/kept-value';
import type { Catalog, Fact, FactTopic, Program } from '../../../catalog/catalog.schema';
import { GENERIC_TOPICS } from './question-intent';
import { isGeneralWord } from './general-words';
import { analyse, conceptOfWord, splitCompound, stem, words } from './text-analysis';
import { ProgramNames, type ProgramMatch } from './program-names';

export type { ProgramMatch } from './program-names';

/** One fact of one program, as indexed. */
export interface FactDoc {
  readonly program: Program;
  readonly fact: Fact;
  readonly terms: ReadonlyMap<string, number>;
  /** Adjacent content words ("lokal grunnopplær"): a question that names the same phrase means this fact. */
  readonly pairs: ReadonlySet<string>;
  readonly length: number;
}

/** The facts that hold a term (index into docs), and what the term's count there gives before its weight. */
interface Posting {
  readonly docs: Int32Array;
  readonly weights: Float64Array;
}

export interface Hit {
  readonly doc: FactDoc;
  readonly score: number;
}

/** "et annet universitet", "another university": a word after these names somewhere else. */
const ANOTHER: ReadonlySet<string> = new Set(['annet', 'annen', 'anna', 'another', 'other', 'different']);

const K1 = 1.2;
// Weak length normalisation: a longer fact is usually the summary that lists all items (the four pillars).
const B = 0.3;

/**
 * The index over the catalog, built once at start: BM25 over the facts of every program (both languages and
 * the fact's keywords, with concept tokens), and name patterns to recognise which program a question is about.
 */
export class CatalogRetriever {
  readonly docs: FactDoc[] = [];
  private readonly df = new Map<string, number>();
  private readonly vocabulary = new Set<string>();
  private readonly avgLength: number;
  private readonly names: ProgramNames;
  private readonly children = new Map<string, Program[]>();
  private readonly owners = new Map<string, Program[]>();
  /** The owners' stems of ten letters or more, in the order found: a longer word that starts with one is theirs too. */
  private readonly longOwners: ReadonlyArray<readonly [string, Program[]]>;
  private readonly documentOwners = new Map<string, Program[]>();
  private readonly properNames = new Map<string, Program[]>();
  private readonly capitalised = new Set<string>();
  /** Per term, the docs that hold it (index into docs) with its count: a search visits only those, not all facts. */
  private readonly postings = new Map<string, Posting>();
  /** Per phrase of two words, the docs that hold it (index into docs). */
  private readonly pairPostings = new Map<string, number[]>();
  /** The search's scores per fact. */
  private readonly scores: Float64Array;
  /** Programs by id (the first of an id, as a search of the list would give). */
  private readonly byId = new Map<string, Program>();
  /** Each program with its descendants, found once. */
  private readonly trees = new WeakMap<Program, readonly Program[]>();
  /** Each program's family, found once. */
  private readonly families = new WeakMap<Program, readonly Program[]>();

  constructor(readonly catalog: Catalog) {
    for (const p of catalog.programs) for (const w of words(p.name.nb + ' ' + p.name.en)) this.vocabulary.add(stem(w));
    for (const p of catalog.programs) if (!this.byId.has(p.id)) this.byId.set(p.id, p);
    for (const p of catalog.programs) {
      for (const f of p.facts) {
        for (const w of words(`${f.text.nb} ${f.text.en} ${f.keywords.join(' ')} ${f.section.nb} ${f.section.en}`)) this.vocabulary.add(stem(w));
      }
    }
    const known = (s: string): boolean => this.vocabulary.has(s);
    let total = 0;
    for (const program of catalog.programs) {
      if (program.parent) this.children.set(program.parent, [...(this.children.get(program.parent) ?? []), program]);
      for (const fact of program.facts) {
        const a = analyse(`${fact.text.nb} ${fact.text.en} ${fact.keywords.join(' ')} ${fact.section.nb} ${fact.section.en}`, known);
        const terms = new Map<string, number>();
        for (const t of [...a.terms, ...a.concepts]) terms.set(t, (terms.get(t) ?? 0) + 1);
        // A fact that gives an address on the web answers "nettside?" / "website?".
        if (/\b[a-z0-9-]+\.(no|com|org)\b/.test(fact.text.nb)) terms.set('#web', 1);
        for (const t of terms.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
        this.docs.push({ program, fact, terms, pairs: pairsOf(a.terms), length: a.terms.length });
        total += a.terms.length;
      }
    }
    this.avgLength = total / Math.max(1, this.docs.length);
    this.scores = new Float64Array(this.docs.length);
    const lists = new Map<string, Array<readonly [number, number]>>();
    this.docs.forEach((d, i) => {
      for (const [t, tf] of d.terms) lists.set(t, (lists.get(t) ?? []).concat([[i, tf] as const]));
      for (const pair of d.pairs) this.pairPostings.set(pair, (this.pairPostings.get(pair) ?? []).concat(i));
    });
    // Each term's facts in flat arrays, with each fact's share of the term's score worked out once (the same sum as
    // the search made per question, so the scores are the same to the last bit).
    for (const [t, list] of lists) {
      const docs = new Int32Array(list.length);
      const weights = new Float64Array(list.length);
      list.forEach(([d, tf], k) => {
        docs[k] = d;
        weights[k] = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.docs[d].length) / this.avgLength));
      });
      this.postings.set(t, { docs, weights });
    }
    const byStem = new Map<string, Set<string>>();
    for (const d of this.docs) for (const t of d.terms.keys()) if (!t.startsWith('#') && t.length >= 9) byStem.set(t, (byStem.get(t) ?? new Set()).add(familyKey(d.program)));
    for (const [t, families] of byStem) {
      if (families.size !== 1) continue;
      const family = [...families][0];
      this.owners.set(t, catalog.programs.filter((p) => familyKey(p) === family && this.docs.some((d) => d.program === p && d.terms.has(t))));
    }
    this.longOwners = [...this.owners].filter(([k]) => k.length >= 10);
    // A word of one document's programs only ("instituttledere": the umbrella and its programs) signs that document.
    const documentOf = (p: Program): string => p.parent ?? familyKey(p);
    const byDocument = new Map<string, Set<string>>();
    for (const [t, families] of byStem) byDocument.set(t, new Set([...families].map((f) => documentOf(catalog.programs.find((p) => familyKey(p) === f) as Program))));
    for (const [t, documents] of byDocument) if (documents.size === 1) this.documentOwners.set(t, catalog.programs.filter((p) => documentOf(p) === [...documents][0] && !p.parent));
    this.names = new ProgramNames(catalog);
    // Two capitalised words in a row in one family's facts name a person or a place of it ("Arne Sverre Dahl",
    // "Wood Hotel"): a question that names them is about that family.
    const named = new Map<string, Set<string>>();
    for (const d of this.docs) {
      for (const m of d.fact.text.nb.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}\p{Ll}+))/gu)) {
        const key = `${m[1]} ${m[2]}`.toLowerCase();
        named.set(key, (named.get(key) ?? new Set()).add(familyKey(d.program)));
      }
    }
    // Names written with a capital inside a sentence ("Oppdal", "Lerkendal", "Molde"): places and events of the documents.
    for (const d of this.docs) {
      for (const m of `${d.fact.text.nb} ${d.fact.text.en}`.matchAll(/(?:(?<=[\p{Ll},;:] )|(?<=\())(\p{Lu}\p{Ll}{3,})/gu)) this.capitalised.add(m[1].toLowerCase());
    }
    // A word the documents also write in lower case is a common word at the start of a list item ("Samling 1: …").
    for (const d of this.docs) for (const m of `${d.fact.text.nb} ${d.fact.text.en}`.matchAll(/(?<![\p{L}])(\p{Ll}{4,})/gu)) this.capitalised.delete(m[1]);
    // Titles of programs and gatherings ("Instituttledersamlinger") are no places; the question's program decides those.
    for (const w of [...this.capitalised]) if (/(program|samling)/.test(w)) this.capitalised.delete(w);
    // Months and days are written with a capital in English; they name no place or event.
    for (const w of 'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' ')) this.capitalised.delete(w);
    for (const [key, families] of named) {
      if (families.size !== 1) continue;
      const family = [...families][0];
      this.properNames.set(key, catalog.programs.filter((p) => familyKey(p) === family));
    }
  }

  isKnown = (stemmed: string): boolean => this.vocabulary.has(stemmed);

  /** Words of a text that the documents write as names (places, events, people), lower case. */
  namesIn(text: string): string[] {
    return words(text).filter((w) => this.capitalised.has(w));
  }

  /** Words of the source documents are known words too: a question may use the document's own terms. */
  learn(texts: readonly string[]): void {
    for (const t of texts) for (const w of words(t)) this.vocabulary.add(stem(w));
  }

  /**
   * Programs a long word belongs to alone ("instituttledersamlingene" -> Instituttlederprogrammet, "Brumunddal" ->
   * LEDPRO): a stem of ten letters or more found in the facts of one program family only names that family.
   */
  signaturePrograms(text: string, inConversation = false): Program[] {
    const found = new Set<Program>();
    const ws = words(text);
    for (let i = 1; i < ws.length; i += 1) {
      const owners = this.properNames.get(`${ws[i - 1]} ${ws[i]}`);
      owners?.forEach((p) => found.add((p.parent ? this.program(p.parent) : undefined) ?? p));
    }
    for (const [i, w] of ws.entries()) {
      // "ved et annet universitet", "at another university": somewhere else, not the document's own.
      if (i > 0 && ANOTHER.has(ws[i - 1])) continue;
      // In a conversation about a program, a word every program could use ("kontaktperson", "studiepoeng") does not
      // switch to the one document that happens to use it; with no program yet, it is the best hint there is.
      if (inConversation && ASKED_OF_ANY.has(conceptOfWord(w) ?? '')) continue;
      // An everyday verb ("gjennomføre") names no document, however long.
      if (isGeneralWord(w)) continue;
      const s = stem(w);
      if (s.length < 9) continue;
      const owners = this.owners.get(s) ?? this.longOwners.find(([k]) => s.startsWith(k))?.[1];
      // The word belongs to the document: its umbrella offer (with all its programs) is the scope.
      owners?.forEach((p) => found.add((p.parent ? this.program(p.parent) : undefined) ?? p));
    }
    return [...found];
  }

  /**
   * The documents a scene-setting message points to by its words alone ("vi har tre nye instituttledere"): a stem of
   * nine letters or more found in one document only. Looser than a program's signature, so only a statement that
   * asks nothing uses it, to give the questions after it their document.
   */
  documentsSignedBy(text: string): Program[] {
    const found = new Set<Program>();
    for (const w of words(text)) {
      if (isGeneralWord(w) || ASKED_OF_ANY.has(conceptOfWord(w) ?? '')) continue;
      const s = stem(w);
      if (s.length >= 9) this.documentOwners.get(s)?.forEach((p) => found.add(p));
    }
    return found.size === 1 ? [...found] : [];
  }

  /** Every word of the catalog as written (lower case), for the spelling step. */
  surfaceWords(): Set<string> {
    const out = new Set<string>();
    for (const p of this.catalog.programs) {
      for (const w of words(`${p.name.nb} ${p.name.en} ${p.aliases.join(' ')}`)) out.add(w);
      for (const f of p.facts) for (const w of words(`${f.text.nb} ${f.text.en} ${f.keywords.join(' ')} ${f.section.nb} ${f.section.en}`)) out.add(w);
      for (const c of p.cohorts) for (const g of c.gatherings) for (const w of words(`${g.title.nb} ${g.title.en} ${g.agenda?.nb ?? ''} ${g.agenda?.en ?? ''}`)) out.add(w);
    }
    return out;
  }

  /** Whether a word splits into parts the catalog knows ("lederopplæringsdagene"). */
  splitsIntoKnown(word: string): boolean {
    return splitCompound(word, this.isKnown) !== undefined;
  }

  program(id: string): Program | undefined {
    return this.byId.get(id);
  }

  /** An umbrella offer: a program other programs name as their parent. */
  isUmbrella(p: Program): boolean {
    return (this.children.get(p.id)?.length ?? 0) > 0;
  }

  /** The parts of one program family ("LEDPRO 1" and "LEDPRO 2"): programs whose names differ only by a designator. */
  familyOf(p: Program): Program[] {
    // Asked many times per question; the families are fixed with the catalog. A copy, so a caller cannot change them.
    return [...keptValue(this.families, p, (q) => this.catalog.programs.filter((x) => familyKey(x) === familyKey(q)))];
  }

  /** Programs grouped by family, so "LEDPRO vs Instituttlederprogrammet" compares two groups, not three programs. */
  groupByFamily(programs: readonly Program[]): Program[][] {
    const groups = new Map<string, Program[]>();
    for (const p of programs) {
      const parent = p.parent && programs.some((x) => x.id === p.parent) ? p.parent : undefined;
      const key = parent ?? familyKey(p);
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    return [...groups.values()];
  }

  /** How many facts contain a term (0: the catalog never speaks of it). */
  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Programs named in the question (by id, name, alias, family name or a compound that contains a name). */
  detectPrograms(question: string): ProgramMatch {
    return this.names.detect(question);
  }

  /** The program and its descendants: a question about an umbrella offer may be answered by its programs. */
  withDescendants(programs: readonly Program[]): Program[] {
    // One program (most questions): its tree, found once per program. A copy, so a caller cannot change it.
    if (programs.length === 1) return [...keptValue(this.trees, programs[0], (p) => this.treeOf([p]))];
    return this.treeOf(programs);
  }

  private treeOf(programs: readonly Program[]): Program[] {
    const out = new Set<Program>();
    const visit = (p: Program): void => {
      if (out.has(p)) return;
      out.add(p);
      for (const c of this.children.get(p.id) ?? []) visit(c);
    };
    programs.forEach(visit);
    return [...out];
  }

  /** Ranks facts of the given programs (all when empty) by BM25, with a boost for facts of the asked topics. */
  search(terms: readonly string[], options: { programs?: readonly Program[]; topics?: readonly FactTopic[]; limit?: number; onlyTopics?: boolean } = {}): Hit[] {
    const allowed = options.programs && options.programs.length > 0 ? new Set(options.programs.map((p) => p.id)) : undefined;
    const n = this.docs.length;
    const hits: Hit[] = [];
    const asked = pairsOf(terms);
    // Each term's weight once per search, not once per fact that has it (the same value, so the same scores).
    const idfs = terms.map((t) => {
      const df = this.df.get(t) ?? 0;
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    });
    // Term by term over the facts that hold it: each fact's score sums the same terms in the same order as a scan of
    // every fact would, so the scores are the same to the last bit.
    // One buffer for every search (a search runs to its end before the next), zeroed instead of allocated.
    const scores = this.scores;
    scores.fill(0);
    for (let i = 0; i < terms.length; i += 1) {
      const posting = this.postings.get(terms[i]);
      if (!posting) continue;
      const { docs, weights } = posting;
      for (let k = 0; k < docs.length; k += 1) scores[docs[k]] += idfs[i] * weights[k];
    }
    // A phrase the fact also has adds to a score the terms made (each fact takes the phrases in the same order).
    for (const pair of asked) for (const d of this.pairPostings.get(pair) ?? []) if (scores[d] > 0) scores[d] += PAIR_BONUS;
    for (let d = 0; d < n; d += 1) {
      const doc = this.docs[d];
      if (allowed && !allowed.has(doc.program.id)) continue;
      if (options.onlyTopics && !options.topics?.includes(doc.fact.topic)) continue;
      let score = scores[d];
      const topicRank = options.topics?.indexOf(doc.fact.topic) ?? -1;
      // The asked topic decides; generic cues ("hva er", "what is") only nudge, and what a generic topic also
      // accepts ("Fortell om LEDPRO" takes the target group too) nudges no more than the topic itself.
      if (topicRank >= 0) score += topicBoost(doc.fact.topic, topicRank, options.topics?.[0]);
      if (score > 0) hits.push({ doc, score });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, options.limit ?? 8);
  }
}

function topicBoost(topic: FactTopic, rank: number, asked: FactTopic | undefined): number {
  if (GENERIC_TOPICS.has(topic)) return rank === 0 ? 1.5 : 1;
  if (rank === 0) return 8;
  return asked !== undefined && GENERIC_TOPICS.has(asked) ? 1 : 3;
}

/** Each program's family key, made once per program ("ledpro-2" → "ledpro"): the ranking and the reader ask it often. */
const familyKeys = new WeakMap<Program, string>();
const familyKey = (p: Program): string => keptValue(familyKeys, p, (q) => q.id.replace(/-\d+$/, ''));

/** Concepts one asks of any program (whom to contact, what it costs, its credits): their words name no program. */
const ASKED_OF_ANY: ReadonlySet<string> = new Set(['#contact', '#admission', '#apply', '#deadline', '#target', '#theme', '#leader', '#program', '#gathering', '#exam', '#credits', '#fee']);

/** What a phrase of two content words the fact also has adds to its score. */
const PAIR_BONUS = 1.5;

/** Adjacent word stems of a text's terms; concept tokens and numbers are no phrase. */
function pairsOf(terms: readonly string[]): Set<string> {
  const out = new Set<string>();
  // A word and the next two: a compound's parts follow the compound itself ("grunnopplæringen grunnopplær").
  for (let i = 0; i < terms.length; i += 1) {
    const a = terms[i];
    if (a.startsWith('#') || /^\d/.test(a)) continue;
    for (let j = i + 1; j <= i + 2 && j < terms.length; j += 1) {
      const b = terms[j];
      if (!b.startsWith('#') && !/^\d/.test(b) && a !== b) out.add(`${a} ${b}`);
    }
  }
  return out;
}
