/**
 * JavaScript's \\b counts æ, ø and å as non-letters, so "grunnopplæringen" would hold a word start before "ringen".
 * Cue patterns are compiled with letter-aware boundaries instead (letterAware).
 */
export const WORD_EDGE = '(?:(?<![\\p{L}\\d])(?=[\\p{L}\\d])|(?<=[\\p{L}\\d])(?![\\p{L}\\d]))';
/** A word start where the next character is known to be a letter or digit: WORD_EDGE then says only this. */
export const WORD_START = '(?<![\\p{L}\\d])';
/** A word end where the character before is known to be a letter or digit. */
export const WORD_END = '(?![\\p{L}\\d])';

/** A word character outside a character class ("\\w+" in "kan jeg (\\w+ )?søke"): any letter, "også" too. */
const lettersInWords = (source: string): string => {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      out += !inClass && next === 'w' ? '[\\p{L}\\d_]' : `${c}${next ?? ''}`;
      i += 1;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
};

/** One piece of a pattern as far as its word edges care: what it consumes first and last, if always a letter or digit. */
interface Piece { readonly edge?: number; readonly startsWord: boolean; readonly endsWord: boolean }

const WORD_CHAR = /^[\p{L}\d]$/u;

/** Whether a character class ("[a-zæøå]") holds letters and digits only; anything unusual counts as no. */
function wordClass(body: string): boolean {
  if (body.startsWith('^') || body.length === 0) return false;
  const parts = body.replace(/\\d|\\p\{L\}/g, '').match(/.-.|./gsu) ?? [];
  return parts.every((p) => {
    if (p.length === 1 || p.includes('\\')) return p.length === 1 && WORD_CHAR.test(p);
    const [from, to] = [p.codePointAt(0) ?? 0, p.codePointAt(p.length - 1) ?? 0];
    if (to - from > 512) return false;
    for (let c = from; c <= to; c += 1) if (!WORD_CHAR.test(String.fromCodePoint(c))) return false;
    return true;
  });
}

/**
 * Reads a pattern's source into the word edges it holds and what is beside each: a \\b before a piece that always
 * starts with a letter is no more than "no letter before" (WORD_START), one after a piece that always ends with a
 * letter no more than "no letter after" (WORD_END). Those cost far less than the full edge, whose lookbehind and
 * lookahead run at every position (and keep the engine from scanning for the pattern's words). Returns, by the
 * index of each \\b, the edge to write; undefined for a source this reader does not follow (kept as it was).
 */
function edgesOf(src: string): Map<number, string> | undefined {
  const edges = new Map<number, string>();
  let i = 0;
  // A sequence of pieces up to `|` or `)`; returns the alternatives of the group (or whole pattern) it is in.
  const alternatives = (): Piece[][] | undefined => {
    const alts: Piece[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      const seq = alts[alts.length - 1];
      const c = src[i];
      let piece: Piece | undefined;
      if (c === '|') { alts.push([]); i += 1; continue; }
      if (c === '\\') {
        const next = src[i + 1];
        if (next === 'b') {
          // A quantified edge ("\\b?") is left to the plain rewrite.
          if (/^[?*+{]/.test(src.slice(i + 2, i + 3))) return undefined;
          seq.push({ edge: i, startsWord: false, endsWord: false });
          i += 2;
          continue;
        }
        if (next === 'p' || next === 'P' || next === 'u' || next === 'x' || next === 'c' || next === 'k' || /[0-9]/.test(next ?? '')) {
          if (next !== 'p' || !src.startsWith('\\p{L}', i)) return undefined;
          i += 5;
          piece = { startsWord: true, endsWord: true };
        } else {
          i += 2;
          piece = next === 'd' ? { startsWord: true, endsWord: true } : { startsWord: false, endsWord: false };
        }
      } else if (c === '[') {
        let end = i + 1;
        while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
        if (end >= src.length) return undefined;
        const body = src.slice(i + 1, end);
        if (body.includes('\\b') || body.includes('[')) return undefined;
        const word = wordClass(body);
        piece = { startsWord: word, endsWord: word };
        i = end + 1;
      } else if (c === '(') {
        const look = /^\(\?<?[=!]/.test(src.slice(i, i + 4));
        // Named groups and other "(?" forms are left to the plain rewrite.
        if (src[i + 1] === '?' && !look && !src.startsWith('(?:', i)) return undefined;
        i += src.startsWith('(?:', i) ? 3 : look ? (src[i + 2] === '<' ? 4 : 3) : 1;
        const inner = alternatives();
        if (!inner || src[i] !== ')') return undefined;
        i += 1;
        const all = (f: (alt: Piece[]) => boolean): boolean => !look && inner.every(f);
        piece = {
          startsWord: all((alt) => alt.length > 0 && alt[0].startsWord),
          endsWord: all((alt) => alt.length > 0 && alt[alt.length - 1].endsWord),
        };
      } else if ('^$.'.includes(c)) {
        piece = { startsWord: false, endsWord: false };
        i += 1;
      } else {
        piece = { startsWord: WORD_CHAR.test(c), endsWord: WORD_CHAR.test(c) };
        i += 1;
      }
      // A piece that may be left out ("x?", "x*", "x{0,2}") or repeated lazily says nothing of its neighbours.
      const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(src.slice(i));
      if (quantifier) {
        i += quantifier[0].length;
        const atLeastOne = quantifier[0].startsWith('+') || (quantifier[1] !== undefined && Number(quantifier[1]) > 0);
        if (!atLeastOne) piece = { startsWord: false, endsWord: false };
      }
      seq.push(piece);
    }
    for (const seq of alts) {
      seq.forEach((p, k) => {
        if (p.edge === undefined) return;
        const before = seq[k - 1];
        const after = seq[k + 1];
        edges.set(p.edge, before?.endsWord ? WORD_END : after?.startsWord ? WORD_START : WORD_EDGE);
      });
    }
    return alts;
  };
  const top = alternatives();
  return top && i === src.length ? edges : undefined;
}

/** The source with each \\b written as the letter-aware edge that fits where it stands. */
function letterAwareSource(re: RegExp): string {
  const src = lettersInWords(re.source);
  const edges = edgesOf(src);
  const count = src.split('\\b').length - 1;
  // Every \\b must be one this reader placed; otherwise the plain rewrite, as before.
  if (!edges || edges.size !== count) return src.replace(/\\b/g, WORD_EDGE);
  let out = '';
  let last = 0;
  for (const [at, edge] of [...edges].sort((a, b) => a[0] - b[0])) {
    out += src.slice(last, at) + edge;
    last = at + 2;
  }
  return out + src.slice(last);
}

/** Compiled letter-aware patterns by source and flags: some are made inside functions that run on every answer. */
const compiled = new Map<string, RegExp>();

/** The pattern with letter-aware word edges and word characters (any letter counts, "æ" too). */
export const letterAware = (re: RegExp): RegExp => {
  // A global or sticky pattern keeps its position between calls: each caller gets its own.
  const shared = !re.global && !re.sticky;
  const key = `${re.flags}/${re.source}`;
  const kept = shared ? compiled.get(key) : undefined;
  if (kept) return kept;
  let made: RegExp;
  try {
    made = new RegExp(letterAwareSource(re), `${re.flags.replace('u', '')}u`);
  } catch {
    made = re;
  }
  if (shared && compiled.size < 1_000) compiled.set(key, made);
  return made;
};
