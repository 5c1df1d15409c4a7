import type { Catalog, Program } from '../../../catalog/catalog.schema';
import { stem, words } from './text-analysis';

/** Programs a question names, and names that no catalog program has (so we don't guess). */
export interface ProgramMatch {
  readonly programs: Program[];
  /** The words of the question that named the programs (left out of retrieval). */
  readonly nameTerms: Set<string>;
}

/** Trailing designators of a name ("LEDPRO 1", "del 2", "part 1") that distinguish family members. */
const DESIGNATOR = /^(\d|del|part|i{1,3})$/;

/** `head`: the first three letters of the first word, which a word of the question must start with. */
interface NamePattern { readonly tokens: string[]; readonly head: string; readonly programs: Program[] }

/** Questions matched lately, per catalog's names: a message's text and focus are matched several times while read. */
const RECENT = 16;

/** Spellings that name the same thing: "programme" and "program", "heads of department" and "head of department". */
const SAME_WORD: Readonly<Record<string, string>> = { programme: 'program', programmes: 'programs', heads: 'head' };
const canonical = (w: string): string => (Object.hasOwn(SAME_WORD, w) ? SAME_WORD[w] : w);

/** The names of the catalog's programs (id, names, aliases, family names), longest first, to find them in a question. */
export class ProgramNames {
  private readonly names: NamePattern[] = [];
  /** The one-word names of more than six letters, in the order of `names`: what two words written apart may join to. */
  private readonly longOneWord: NamePattern[] = [];
  private readonly recent = new Map<string, ProgramMatch>();

  constructor(catalog: Catalog) {
    const byKey = new Map<string, Set<Program>>();
    const add = (tokens: string[], p: Program): void => {
      if (tokens.length === 0) return;
      const key = tokens.join(' ');
      byKey.set(key, (byKey.get(key) ?? new Set()).add(p));
    };
    for (const p of catalog.programs) {
      for (const name of [p.id.replace(/-/g, ' '), p.name.nb, p.name.en, ...p.aliases]) {
        const tokens = words(name.replace(/\(.*?\)/g, ' ')).filter((w) => !w.includes('-')).map(canonical);
        add(tokens, p);
        // A name without its part designator names the whole family ("LEDPRO" -> LEDPRO 1 and 2).
        let end = tokens.length;
        while (end > 1 && DESIGNATOR.test(tokens[end - 1])) end -= 1;
        if (end < tokens.length) add(tokens.slice(0, end), p);
        const joined = tokens.join('');
        if (joined.length > 4 && tokens.length > 1 && /\d$/.test(joined)) add([joined], p);
      }
    }
    for (const [key, programs] of byKey) {
      const tokens = key.split(' ');
      this.names.push({ tokens, head: tokens[0].slice(0, 3), programs: [...programs] });
    }
    // Longest names first, so "ledpro 2" wins over "ledpro".
    this.names.sort((a, b) => b.tokens.length - a.tokens.length);
    this.longOneWord.push(...this.names.filter((x) => x.tokens.length === 1 && x.tokens[0].length > 6));
  }

  /**
   * Programs named in the question (by id, name, alias, family name or a compound that contains a name). A new match
   * the caller may change (the reader adds a family's other part to it).
   */
  detect(question: string): ProgramMatch {
    let kept = this.recent.get(question);
    if (!kept) {
      kept = this.match(question);
      if (this.recent.size >= RECENT) this.recent.clear();
      this.recent.set(question, kept);
    }
    return { programs: [...kept.programs], nameTerms: new Set(kept.nameTerms) };
  }

  private match(question: string): ProgramMatch {
    const written = words(question).filter((w) => !w.includes('-'));
    const tokens = written.map(canonical);
    const used = new Array<boolean>(tokens.length).fill(false);
    const found = new Set<Program>();
    const nameTerms = new Set<string>();
    // Only names whose first word starts like a word of the question can match (as written, genitive or prefix).
    const starts = new Set(tokens.map((t) => t.slice(0, 3)));
    for (const n of this.names) {
      if (!starts.has(n.head)) continue;
      for (let i = 0; i + n.tokens.length <= tokens.length; i += 1) {
        // Plain loops: this runs for every name at every word of every question.
        if (anyUsed(used, i, n.tokens.length)) continue;
        if (!namedAt(n.tokens, tokens, i)) continue;
        n.programs.forEach((p) => found.add(p));
        for (let j = 0; j < n.tokens.length; j += 1) {
          used[i + j] = true;
          nameTerms.add(stem(written[i + j]));
        }
      }
    }
    // "instituttleder programmet", "instituttleder-programmet": a one-word name written as two words.
    for (let i = 0; found.size === 0 && i + 1 < tokens.length; i += 1) {
      const joined = tokens[i] + tokens[i + 1];
      const n = this.longOneWord.find((x) => x.tokens[0].length > tokens[i].length && joined.startsWith(x.tokens[0]) && joined.length - x.tokens[0].length <= 3);
      if (!n) continue;
      n.programs.forEach((p) => found.add(p));
      nameTerms.add(stem(written[i]));
      nameTerms.add(stem(written[i + 1]));
    }
    // "én skal på LEDPRO del 1, den andre på del 2": a part named by its designator alone, after its family's name.
    for (let i = 0; i + 1 < tokens.length; i += 1) {
      if (used[i] || used[i + 1] || !DESIGNATOR.test(tokens[i]) || !/^\d$/.test(tokens[i + 1])) continue;
      const n = this.names.find((x) => x.tokens.length >= 3 && x.tokens[x.tokens.length - 2] === tokens[i] && x.tokens[x.tokens.length - 1] === tokens[i + 1] && x.tokens.slice(0, -2).every((t) => tokens.slice(0, i).includes(t)));
      if (!n) continue;
      n.programs.forEach((p) => found.add(p));
      used[i] = true;
      used[i + 1] = true;
    }
    // A family name found next to a part designator elsewhere ("part 1 ... LEDPRO part 2") keeps the specific match.
    return { programs: [...found], nameTerms };
  }
}

function anyUsed(used: readonly boolean[], from: number, length: number): boolean {
  for (let k = from; k < from + length; k += 1) if (used[k]) return true;
  return false;
}

/** The name's words at `i`: as written, with a genitive -s ("NTNUs", "LEDPROs"), or a one-word name of more than six
 * letters starting a longer word. */
function namedAt(name: readonly string[], tokens: readonly string[], i: number): boolean {
  for (let j = 0; j < name.length; j += 1) {
    const t = name[j];
    const w = tokens[i + j];
    if (w === t) continue;
    if (w.length === t.length + 1 && w.endsWith('s') && w.startsWith(t)) continue;
    if (j === name.length - 1 && name.length === 1 && t.length > 6 && w.startsWith(t)) continue;
    return false;
  }
  return true;
}
