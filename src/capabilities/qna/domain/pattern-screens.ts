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
    for (const [re] of rules) byFlags.set(withoutPosition(re.flags), [...(byFlags.get(withoutPosition(re.flags)) ?? []), re]);
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
