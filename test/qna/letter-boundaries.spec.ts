import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Linter, type Rule } from 'eslint';
import { letterAware } from '../../src/capabilities/qna/domain/letter-aware';

/*
 * JavaScript's \b treats æ, ø and å as non-letters: /\b(fra|frå)\b/ never finds "frå" before a space, and
 * /\b(året)\b/ never finds " året". Every Q&A pattern whose \b touches one of them must go through letterAware;
 * the lint rule in eslint-rules/ enforces it on every source (npm run lint), and is tested here on patterns of our own.
 */
const ROOT = join(__dirname, '..', '..');
const DOMAIN = join(ROOT, 'src', 'capabilities', 'qna');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the rule is CommonJS so that ESLint's ESM config and jest both load it
const { rule } = require('../../eslint-rules/word-edge-by-norwegian-letter.cjs') as { rule: Rule.RuleModule };

/** What the rule says of a piece of code: the start of each message. */
function flagged(code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(code, [{ plugins: { lederbot: { rules: { edge: rule } } }, rules: { 'lederbot/edge': 'error' } }])
    .map((m) => m.message.slice(0, m.message.indexOf('never')).trim());
}

describe('word boundaries beside æ, ø and å', () => {
  it('finds a word that starts or ends with one of them only through letterAware', () => {
    expect(/\b(fra|frå)\b/.test('frå mars')).toBe(false);
    expect(letterAware(/\b(fra|frå)\b/).test('frå mars')).toBe(true);
    expect(letterAware(/\b(året)\b/).test('for hele året')).toBe(true);
    expect(letterAware(/\bår\b/).test('får')).toBe(false);
  });

  it('the lint rule finds a plain \\b beside a word that ends or starts with one of them', () => {
    expect(flagged('const PREP = /\\b(i|med|på)\\b/;')).toEqual(['\\b next to a Norwegian letter']);
    // Nested: the inner group's last alternative ends in å.
    expect(flagged('const NEW_IN = /(hva|kva) er (nytt|annerledes) ((i|på|ved))\\b/;')).toHaveLength(1);
    // A place name of letters that may end in ø ("Tromsø") and one that may start with Ø ("Ørsta").
    expect(flagged('const PLACE = /([A-ZÆØÅ][a-zæøå]{4,})\\b/g;')).toHaveLength(1);
    expect(flagged('const FIRST = /\\b[a-zæøå]+ kommune/;')).toHaveLength(1);
    // An optional piece between the edge and the letter does not hide it.
    expect(flagged('const TWO = /\\b(?:helt )?(ønsker)/;')).toHaveLength(1);
    // Built from a template: the written parts are checked.
    expect(flagged('const x = "a"; const T = new RegExp(`\\\\b${x} (år|på)\\\\b`);')).toHaveLength(1);
  });

  it('the lint rule leaves edges beside other letters, and patterns made letter-aware', () => {
    expect(flagged('const FOR = /\\b(for|til) (år|året)s?\\b/;')).toEqual([]);
    expect(flagged('const PREP = letterAware(/\\b(i|med|på)\\b/);')).toEqual([]);
    // A table of patterns compiled through letterAware in the same file.
    expect(flagged('const CUES = [[1, /\\bfrå\\b/]]; const COMPILED = CUES.map(([t, re]) => [t, letterAware(re)]);')).toEqual([]);
    expect(flagged('const ONE = /\\bår\\b/; const SAFE = letterAware(ONE);')).toEqual([]);
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
