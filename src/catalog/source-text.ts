import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shipped program documents (copied beside the compiled catalog like the data files). */
export const defaultSourcesDir = join(__dirname, 'sources');

/**
 * The form in which quotes are compared with a program document: words hyphenated across a line break are
 * joined ("Kost-\nnader" → "Kostnader", "LED-\nPRO" → "LEDPRO"), then every run of whitespace becomes one
 * space. Applied to both the document and the quote, so a quote is written as a reader sees the text.
 */
export function normalizeSourceText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(\p{L})-[ \t]*\r?\n\s*(\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` occurs verbatim in the (normalised) document. */
export const quoteFound = (normalizedDocument: string, quote: string): boolean =>
  normalizedDocument.includes(normalizeSourceText(quote));

export function readSource(file: string, dir = defaultSourcesDir): string {
  return readFileSync(join(dir, file), 'utf8');
}
