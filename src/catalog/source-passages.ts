import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shipped source documents, beside the catalog data (copied to dist by scripts/copy-assets.js). */
export const defaultSourcesDir = join(__dirname, 'sources');

/** One paragraph of a program document, with the heading it stands under. */
export interface SourcePassage {
  readonly file: string;
  readonly section: string;
  readonly text: string;
}

/** The document's text as one reads it: words broken across lines joined ("LED-\nPRO" -> "LEDPRO"), spaces folded. */
export const readable = (text: string): string =>
  text.replace(/([a-zæøå])-\s*\n\s*([a-zæøå])/gi, '$1$2').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n');

const isHeading = (block: string): boolean => block.length <= 60 && !/[.:,;]$/.test(block) && !block.startsWith('•') && block.split(/\s+/).length <= 8;

/**
 * Splits a document into paragraphs (blocks between blank lines). A short block without a full stop is a heading
 * for what follows; blocks shorter than a sentence are joined with their neighbours so a grid's cells stay together.
 */
export function splitPassages(file: string, raw: string): SourcePassage[] {
  const blocks = readable(raw).split(/\n\s*\n/).map((b) => b.replace(/\n/g, ' ').trim()).filter(Boolean);
  const out: SourcePassage[] = [];
  let section = '';
  let pending = '';
  for (const b of blocks) {
    if (isHeading(b) && pending.length === 0) {
      section = b;
      continue;
    }
    pending = pending ? `${pending} ${b}` : b;
    if (pending.length >= 80) {
      out.push({ file, section, text: pending });
      pending = '';
    }
  }
  if (pending) out.push({ file, section, text: pending });
  return out;
}

/** Every passage of every document in the folder (none when the folder is absent). */
export function loadSourcePassages(dir: string = defaultSourcesDir): SourcePassage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .flatMap((f) => splitPassages(f, readFileSync(join(dir, f), 'utf8')));
}
