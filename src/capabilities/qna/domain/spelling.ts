/**
 * Spelling tolerance for questions typed in a hurry: a word the vocabulary does not know is replaced by the
 * nearest known word when it is one edit away (two for long words). Short words are left alone, because at
 * four letters one edit turns most words into other real words; the first letter must agree for two edits.
 */

/**
 * One flat table reused by every call: the distance is computed millions of times per evaluation run. The loop
 * reads no global (`Math`, `Infinity`): under jest's sandbox every global read is a slow lookup, 30 times slower.
 */
let table = new Int32Array(256);
const FAR = 0x7fffffff;
const least = (x: number, y: number): number => (x < y ? x : y);

/** Damerau-Levenshtein distance (adjacent transpositions count once), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (a.length - b.length > max || b.length - a.length > max) return max + 1;
  const width = b.length + 1;
  const size = (a.length + 1) * width;
  if (table.length < size) table = new Int32Array(size * 2);
  const d = table;
  for (let j = 0; j <= b.length; j += 1) d[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const row = i * width;
    const above = row - width;
    d[row] = i;
    let rowMin = FAR;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = least(least(d[above + j] + 1, d[row + j - 1] + 1), d[above + j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = least(v, d[above - width + j - 2] + 1);
      d[row + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length * width + b.length];
}

/** How many edits a word of this length may carry and still be recognised. */
export const allowedEdits = (length: number): number => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

export class SpellingVocabulary {
  private readonly byLength = new Map<number, string[]>();
  private readonly words = new Set<string>();
  private readonly cache = new Map<string, string | undefined>();

  /** `plain`: everyday words that are right as written but never what a typo is corrected to. */
  constructor(words: Iterable<string>, private readonly frequency: (w: string) => number = () => 0, private readonly plain: ReadonlySet<string> = new Set()) {
    for (const w of words) {
      if (w.length < 3 || this.words.has(w)) continue;
      this.words.add(w);
      const list = this.byLength.get(w.length) ?? [];
      list.push(w);
      this.byLength.set(w.length, list);
    }
  }

  has(word: string): boolean {
    return this.words.has(word) || this.plain.has(word);
  }

  /** The known word nearest to `word` (itself when known), or undefined when none is near enough. */
  correct(word: string): string | undefined {
    if (this.words.has(word) || this.plain.has(word)) return word;
    if (this.cache.has(word)) return this.cache.get(word);
    // A word of four letters is repaired only for a vowel left out ("dagr").
    const max = word.length === 4 ? 1 : allowedEdits(word.length);
    let best: { w: string; d: number; f: number } | undefined;
    for (let len = word.length - max; len <= word.length + max; len += 1) {
      for (const w of this.byLength.get(len) ?? []) {
        // Up to seven letters the first letter must agree (below): no need to measure the distance when it does not.
        if (word.length <= 7 && w[0] !== word[0]) continue;
        const d = editDistance(word, w, max);
        // Short words may only be misspelt in place (a swapped or wrong letter): a letter more turns "plasser" into
        // "passer", a different word. A letter left out inside a word ("lerning", "dagr") is the commonest slip:
        // any letter in a word of six or seven, a vowel or one of a double in a shorter one; never one added at the end ("plassert").
        // From seven letters, the last letter left out too ("mangfol"), unless it is an ending that makes another form
        // of a word ("plasser" is no slip for "plassert").
        const dropped = word.length >= 4 && w.length === word.length + 1 && (!w.startsWith(word) || (word.length >= 7 && !/[aenrst]$/.test(w))) && (word.length >= 6 || droppedLetter(word, w));
        // A key held a moment too long ("kosterr", "hotelll") doubles a letter: the word with one of the pair left out.
        const doubled = word.length >= 5 && w.length === word.length - 1 && doubledAt(w, word);
        if (d > max || (d === 2 && w[0] !== word[0]) || (word.length === 4 && !dropped) || (word.length <= 7 && ((w.length !== word.length && !dropped && !doubled) || w[0] !== word[0]))) continue;
        const f = this.frequency(w);
        if (!best || d < best.d || (d === best.d && f > best.f)) best = { w, d, f };
      }
    }
    // "semesteravgfiten": a compound whose first word is right and whose last is misspelt in a form the vocabulary
    // does not list whole; the last word is repaired on its own.
    const out = best?.w ?? this.compoundRepaired(word);
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(word, out);
    return out;
  }

  private compoundRepaired(word: string): string | undefined {
    if (word.length < 10) return undefined;
    // A compound of known words ("innleverings|fristen", with or without a joining s or e) is right as written.
    for (let i = 3; i <= word.length - 3; i += 1) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if ((this.words.has(head) || (/[se]$/.test(head) && this.words.has(head.slice(0, -1)))) && this.has(tail)) return undefined;
    }
    for (let i = word.length - 5; i >= 4; i -= 1) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (!this.words.has(head) || this.has(tail)) continue;
      const repaired = tail.length >= 10 ? undefined : this.correct(tail);
      if (repaired !== undefined) return head + repaired;
    }
    return undefined;
  }
}

/** Where `longer` is `word` with one letter put in, or undefined when it is not. */
function insertedAt(word: string, longer: string): number | undefined {
  let i = 0;
  while (i < word.length && word[i] === longer[i]) i += 1;
  return longer.length === word.length + 1 && longer.slice(i + 1) === word.slice(i) ? i : undefined;
}

/**
 * Whether `longer` is `word` with one letter put in that a short word may lose: a vowel ("dagr" → "dager") or one of a
 * double ("aply" → "apply", "adress" → "address").
 */
function droppedLetter(word: string, longer: string): boolean {
  const i = insertedAt(word, longer);
  return i !== undefined && (/[aeiouyæøå]/.test(longer[i] ?? '') || doubledAt(word, longer));
}

/** Whether `longer` is `word` with a letter doubled: the letter put in is the same as the one before it. */
function doubledAt(word: string, longer: string): boolean {
  const i = insertedAt(word, longer);
  return i !== undefined && i > 0 && longer[i] === longer[i - 1];
}
