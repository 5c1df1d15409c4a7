/**
 * JavaScript's \\b counts æ, ø and å as non-letters, so "grunnopplæringen" would hold a word start before "ringen".
 * The cues are compiled with letter-aware boundaries instead.
 */
export const WORD_EDGE = '(?:(?<![\\p{L}\\d])(?=[\\p{L}\\d])|(?<=[\\p{L}\\d])(?![\\p{L}\\d]))';
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

/** Compiled letter-aware patterns by source and flags: some are made inside functions that run on every answer. */
const compiled = new Map<string, RegExp>();
export const letterAware = (re: RegExp): RegExp => {
  // A global or sticky pattern keeps its position between calls: each caller gets its own.
  const shared = !re.global && !re.sticky;
  const key = `${re.flags}/${re.source}`;
  const kept = shared ? compiled.get(key) : undefined;
  if (kept) return kept;
  let made: RegExp;
  try {
    made = new RegExp(lettersInWords(re.source).replace(/\\b/g, WORD_EDGE), `${re.flags.replace('u', '')}u`);
  } catch {
    made = re;
  }
  if (shared && compiled.size < 1_000) compiled.set(key, made);
  return made;
};
