import { analyse, conceptOf, conceptOfWord, normalise, splitCompound, stem, words } from './text-analysis';

// Whether an answer states what a yes/no question claims: its words, their stems, concepts or compound parts, and
// whether it names another thing of the same kind ("hjemmeoppgave" where "skoleeksamen" was claimed).

/** An answer's text as the claim checks read it, analysed once however many words are checked against it. */
export interface Evidence {
  readonly normalised: string;
  readonly stems: ReadonlySet<string>;
  readonly concepts: ReadonlySet<string>;
  readonly written: readonly string[];
  readonly known: (stemmed: string) => boolean;
}

export function evidenceOf(text: string, known: (stemmed: string) => boolean): Evidence {
  const a = analyse(text, known);
  return { normalised: normalise(text), stems: new Set(a.terms), concepts: a.concepts, written: words(text), known };
}

/** Whether an answer states a word of the question: the word, its stem, its concept, or every part of a compound. */
export function statedIn(e: Evidence, word: string): boolean {
  const concept = conceptOfWord(word);
  if (e.stems.has(stem(word)) || (concept !== undefined && e.concepts.has(concept)) || e.normalised.includes(word)) return true;
  // Inflections and spelling variants: "ledergruppesamlingene" / "ledergruppesamling", "deltagere" / "deltakere".
  const near = e.written.some((x) => {
    let i = 0;
    while (i < word.length && i < x.length && word[i] === x[i]) i += 1;
    return i >= 5 && i >= Math.min(word.length, x.length) - 3;
  }) || e.written.some((x) => x.length >= 6 && word.length === x.length && [...word].filter((c, i) => c !== x[i]).length <= 1);
  if (near) return true;
  const parts = splitCompound(word, e.known);
  if (parts === undefined) return false;
  // A compound's last part is what it names ("pensumbøkene" are books): that part's concept in the answer will do.
  const head = conceptOf(parts[parts.length - 1]);
  return parts.every((p) => e.stems.has(p) || e.normalised.includes(p)) || (head !== undefined && e.concepts.has(head));
}

/** A compound whose head the answer names but not its first part ("skoleeksamen" where the answer's exam is a
 * home assignment, "mastergrad" where it asks for a bachelorgrad): the answer names another one of the kind. */
export function otherOfSameKind(text: string, word: string, known: (stemmed: string) => boolean): boolean {
  const t = normalise(text);
  // The longest known ending of the word is its head ("skole|eksamen"); its first part need not be a known word.
  for (let i = 3; i <= word.length - 4; i += 1) {
    const head = word.slice(i);
    if (!known(stem(head)) && conceptOfWord(head) === undefined) continue;
    // "NTNU-ledere": the hyphen only joins the name to the head.
    const first = word.slice(0, i).replace(/-$/, '').replace(/[se]$/, '');
    return t.includes(head.length > 5 ? stem(head) : head) && first.length >= 4 && !t.includes(first);
  }
  return false;
}
