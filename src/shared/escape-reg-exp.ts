/** A text as a regular expression that matches it literally ("LEDPRO (del 1)" → "LEDPRO \(del 1\)"). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
