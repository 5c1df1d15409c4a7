import { WORD_EDGE, WORD_END, WORD_START } from './letter-aware';

/**
 * One scan instead of many: a question is tested against long lists of patterns (cue patterns, rewrite rules) of
 * which most match nothing in it. A pattern whose alternatives are all of a list's patterns tells in one scan
 * whether any of them can match, and the list is gone through one by one only when one can.
 */

/**
 * A pattern that matches a text where any of `patterns` matches it (neither global nor sticky, so testing it keeps
 * no position); undefined when they differ in other flags or refer back to a group (the groups are renumbered in it).
 */
export function anyOf(patterns: readonly RegExp[]): RegExp | undefined {
  if (patterns.length < 2 || patterns.some((re) => withoutPosition(re.flags) !== withoutPosition(patterns[0].flags) || /\\[1-9k]/.test(re.source))) return undefined;
  try {
    return new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), withoutPosition(patterns[0].flags));
  } catch {
    return undefined;
  }
}

/** Rewrite rules applied in their order, skipped at once when the screens (anyOf the rules of each flag set) find none. */
export class Rewrites {
  private readonly screens: RegExp[] | undefined;

  constructor(private readonly rules: ReadonlyArray<readonly [RegExp, string]>) {
    // Rules differ in flags ("u" for the letter-aware ones), and one pattern holds alternatives of one set only.
    const byFlags = new Map<string, RegExp[]>();
    // Each rule screened by its quick test (edgeFree): a letter-aware word edge is a lookbehind tried at every position
    // of the text, and a screen that holds dozens of them cost more than the rest of the rewriting.
    for (const [re] of rules) byFlags.set(withoutPosition(re.flags), [...(byFlags.get(withoutPosition(re.flags)) ?? []), edgeFree(re) ?? re]);
    const screens = [...byFlags.values()].map((res) => (res.length === 1 ? new RegExp(res[0].source, withoutPosition(res[0].flags)) : anyOf(res)));
    this.screens = screens.every((re) => re !== undefined) ? screens.filter((re): re is RegExp => re !== undefined) : undefined;
  }

  /** When no rule matches the text, no rule changes it, so none can make a later rule match either. */
  apply(text: string): string {
    if (this.screens && !this.screens.some((re) => re.test(text))) return text;
    return this.rules.reduce((t, [re, by]) => t.replace(re, by), text);
  }
}

/** Flags without global and sticky: a pattern tested with them keeps no position between texts. */
function withoutPosition(flags: string): string {
  return flags.replace(/[gy]/g, '');
}

/** Word edges as the cue patterns write them: letterAware's, and the everyday cues' leading and trailing edge. */
const EDGES = [WORD_EDGE, WORD_START, WORD_END];

/**
 * A quick first test for a cue pattern: the pattern without its word edges and other lookarounds. Leaving out an
 * assertion (with all it holds) only lets more texts match, so a text this does not match cannot match the
 * pattern, and most cues do not match a given question. Without the edges (lookbehinds at every position) the
 * engine can scan for the cue's words instead. Undefined when an edge or a lookaround carries a quantifier, the
 * pattern refers back to a group (removing one would renumber them), or it has no assertion to leave out.
 */
export function edgeFree(re: RegExp): RegExp | undefined {
  let src = re.source;
  for (const edge of EDGES) {
    const parts = src.split(edge);
    if (parts.slice(1).some((p) => /^[?*+{]/.test(p))) return undefined;
    src = parts.join('');
  }
  if (/\\[1-9k]/.test(src)) return undefined;
  const plain = withoutLookarounds(src);
  if (plain === undefined || plain === re.source) return undefined;
  try {
    return new RegExp(plain, re.flags);
  } catch {
    return undefined;
  }
}

/** A pattern's source without its lookarounds (each removed whole); undefined when one carries a quantifier. */
function withoutLookarounds(src: string): string | undefined {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      out += src.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      const end = classEnd(src, i);
      out += src.slice(i, end);
      i = end;
    } else if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
      const end = groupEnd(src, i);
      if (end === undefined || /^[?*+{]/.test(src.slice(end, end + 1))) return undefined;
      i = end;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Index just past the character class that opens at `start`. */
function classEnd(src: string, start: number): number {
  let i = start + 1;
  while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Index just past the group that opens at `start`, or undefined when it is not closed. */
function groupEnd(src: string, start: number): number | undefined {
  let depth = 0;
  let i = start;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === '[') i = classEnd(src, i);
    else {
      if (c === '(') depth += 1;
      else if (c === ')') {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
      i += 1;
    }
  }
  return undefined;
}
