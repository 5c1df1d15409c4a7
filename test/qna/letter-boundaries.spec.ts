import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { letterAware } from '../../src/capabilities/qna/domain/letter-aware';

/*
 * JavaScript's \b treats æ, ø and å as non-letters: /\b(fra|frå)\b/ never finds "frå" before a space, and
 * /\b(året)\b/ never finds " året". Every Q&A pattern whose \b touches one of them must go through letterAware.
 * This walks the Q&A sources and lists the regex literals that do not.
 */
const ROOT = join(__dirname, '..', '..');
const DOMAIN = join(ROOT, 'src', 'capabilities', 'qna');
const NORDIC = /[æøåÆØÅòÒ]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The first letters of a group's alternatives, from just after its opening parenthesis. */
function firstsOfGroup(line: string, from: number): string[] {
  const out = [line[from]];
  let depth = 0;
  for (let m = from; m < line.length; m += 1) {
    const c = line[m];
    if (c === '\\') { m += 1; continue; }
    if (c === '(') depth += 1;
    else if (c === ')') { if (depth === 0) break; depth -= 1; } else if (c === '|' && depth === 0) out.push(line[m + 1]);
  }
  return out;
}

/** The last letters of a group's alternatives, from its closing parenthesis backwards. */
function lastsOfGroup(line: string, close: number): string[] {
  const out = [line[close - 1]];
  let depth = 0;
  for (let m = close - 1; m >= 0; m -= 1) {
    const c = line[m];
    if (c === ')') depth += 1;
    else if (c === '(') { if (depth === 0) break; depth -= 1; } else if (c === '|' && depth === 0) out.push(line[m - 1]);
  }
  return out;
}

/** Lines of the cue table in question-intent.ts, which is compiled through letterAware as a whole. */
function cueTableLines(file: string, lines: string[]): Set<number> {
  if (!file.endsWith('question-intent.ts')) return new Set();
  const start = lines.findIndex((l) => l.startsWith('const CUES'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('];'));
  return new Set(Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i));
}

function plainBoundariesAtNordicLetters(): string[] {
  const found: string[] = [];
  for (const file of sources(DOMAIN)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const compiledAsWhole = cueTableLines(file, lines);
    lines.forEach((line, i) => {
      if (line.includes('letterAware(') || compiledAsWhole.has(i) || /^\s*(\/\/|\*)/.test(line)) return;
      for (let k = line.indexOf('\\b'); k >= 0; k = line.indexOf('\\b', k + 2)) {
        if (line[k - 1] === '\\') continue;
        let j = k + 2;
        let opened = false;
        while (line[j] === '(') { opened = true; j += line[j + 1] === '?' && line[j + 2] === ':' ? 3 : 1; }
        const after = opened ? firstsOfGroup(line, j) : [line[j]];
        const before = line[k - 1] === ')' ? lastsOfGroup(line, k - 1) : [line[k - 1]];
        if ([...after, ...before].some((c) => c !== undefined && NORDIC.test(c))) found.push(`${relative(ROOT, file)}:${i + 1}`);
      }
    });
  }
  return found;
}

describe('word boundaries beside æ, ø and å', () => {
  it('finds a word that starts or ends with one of them only through letterAware', () => {
    expect(/\b(fra|frå)\b/.test('frå mars')).toBe(false);
    expect(letterAware(/\b(fra|frå)\b/).test('frå mars')).toBe(true);
    expect(letterAware(/\b(året)\b/).test('for hele året')).toBe(true);
    expect(letterAware(/\bår\b/).test('får')).toBe(false);
  });

  it('leaves no Q&A pattern with a plain \\b next to æ, ø or å', () => {
    expect(plainBoundariesAtNordicLetters()).toEqual([]);
  });
});

describe('Q&A sources hold no control characters', () => {
  // A backspace written where "\b" was meant (a script that wrote a source without escaping it) makes a pattern
  // silently match nothing; no source needs any control character but tab and newline.
  it('finds none in any Q&A source', () => {
    const found = sources(DOMAIN).filter((file) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(readFileSync(file, 'utf8'))).map((f) => relative(ROOT, f));
    expect(found).toEqual([]);
  });
});
