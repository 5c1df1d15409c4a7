import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Expression } from 'adaptive-expressions';
import { escapeCardText, plainCardText, renderCard, renderCardUncached } from './card-renderer';

/** Every card template of every capability (and the core welcome card). */
const SRC = join(__dirname, '..', '..');
function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return templateFiles(p);
    return e.name.endsWith('.json') && dir.endsWith(`${'/'}cards`) ? [p] : [];
  });
}
const files = templateFiles(SRC);

/** Names a template reads (`${a.b}`, `${$root.a}`, `${!a || b}`), as paths into the data object. */
function pathsOf(template: unknown): string[][] {
  const text = JSON.stringify(template);
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
    for (const id of m[1].matchAll(/[A-Za-z_$][\w$]*(?:\.[A-Za-z_]\w*)*/g)) {
      const parts = id[0].split('.').filter((p) => p !== '$root');
      if (parts.length > 0 && !parts[0].startsWith('$')) out.set(parts.join('.'), parts);
    }
  }
  return [...out.values()];
}

/** A small deterministic generator, so a failure names a reproducible case. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Data = Record<string, unknown>;
const setPath = (o: Data, path: string[], v: unknown): void => {
  let cur = o;
  for (const p of path.slice(0, -1)) {
    if (typeof cur[p] !== 'object' || cur[p] === null || Array.isArray(cur[p])) cur[p] = {};
    cur = cur[p] as Data;
  }
  cur[path[path.length - 1]] = v;
};

function dataFor(paths: string[][], seed: number, depth = 0): Data {
  const r = rng(seed);
  const d: Data = {};
  const strings = ['', 'Hei', 'Ola [x](http://evil) *fet*', 'literal ${groupId} text', 'æøå ÆØÅ – “quotes”', '0'];
  for (const p of paths) {
    const k = Math.floor(r() * 9);
    if (k === 0) continue; // missing field
    const v = k === 1 ? strings[Math.floor(r() * strings.length)]
      : k === 2 ? Math.floor(r() * 1000)
        : k === 3 ? r() < 0.5
          : k === 4 ? [] // empty list
            : k === 5 && depth === 0 ? Array.from({ length: 1 + Math.floor(r() * 3) }, (_, i) => dataFor(paths, seed * 31 + i, 1))
              : k === 6 ? null
                : strings[Math.floor(r() * strings.length)] + String(seed);
    setPath(d, p, v);
  }
  return d;
}

type Outcome = { ok: true; json: string } | { ok: false; error: string };
const outcome = (f: () => unknown): Outcome => {
  try {
    return { ok: true, json: JSON.stringify(f()) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
};

/** Changes every object and array of a rendered card, as a caller adding `refresh` or ids might. */
function scribble(v: unknown): void {
  if (Array.isArray(v)) {
    v.forEach(scribble);
    v.push('scribbled');
  } else if (typeof v === 'object' && v !== null) {
    for (const k of Object.keys(v)) scribble((v as Data)[k]);
    (v as Data).scribbled = true;
  }
}

describe('card templates are parsed once and render the same cards as a fresh parse', () => {
  it('finds the card templates of every capability', () => {
    const names = files.map((f) => relative(SRC, f)).sort();
    expect(names).toEqual(expect.arrayContaining([
      'adapters/teams/cards/welcome.json',
      'capabilities/qna/teams/cards/answer.json',
      'capabilities/bookings/teams/cards/my-gatherings.json',
      'capabilities/checkins/teams/cards/checkin.json',
      'capabilities/nominations/teams/cards/coordinator-card.json',
    ]));
    expect(names.length).toBeGreaterThanOrEqual(11);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s: the cached template renders what a fresh one does, for 60 varied data sets', (_name, file) => {
    const template = JSON.parse(readFileSync(file, 'utf8')) as object;
    const paths = pathsOf(template);
    expect(paths.length).toBeGreaterThan(0);
    const cases = Array.from({ length: 60 }, (_, i) => dataFor(paths, i + 1));
    cases.push({}); // every field missing
    // Fresh references first, then the cached template in an interleaved order (state left by one expansion
    // must not leak into the next), each twice, with every rendered card changed by its caller in between.
    const fresh = cases.map((d) => outcome(() => renderCardUncached(template, d)));
    expect(fresh.filter((o) => o.ok).length).toBeGreaterThan(cases.length / 2);
    const order = [...cases.keys(), ...[...cases.keys()].reverse()];
    for (const i of order) {
      const got = outcome(() => {
        // A copy of the data: a card may hold data values themselves, and scribbling on those is not the point.
        const card = renderCard(template, structuredClone(cases[i]));
        const json = JSON.stringify(card);
        scribble(card);
        return JSON.parse(json) as unknown;
      });
      expect({ case: i, ...got }).toEqual({ case: i, ...fresh[i] });
    }
  });

  it('parses a template on its first render only', () => {
    // A path (`a.x`) is more than compiled-template.ts takes on, so this template is expanded by the engine.
    const template = { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: '${a.x} and ${b}' }, { $when: '${c}', type: 'TextBlock', text: 'c' }] };
    const parse = jest.spyOn(Expression, 'parse');
    try {
      renderCard(template, { a: { x: 1 }, b: 2, c: true });
      const first = parse.mock.calls.length;
      renderCard(template, { a: { x: 3 }, b: 4, c: false });
      renderCard(template, {});
      expect(first).toBeGreaterThan(0);
      expect(parse.mock.calls.length).toBe(first);
    } finally {
      parse.mockRestore();
    }
  });

  it('keeps one parsed template per template object and does not mix templates', () => {
    const a = { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'A ${name}' }] };
    const b = { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'B ${name}' }] };
    expect(renderCard(a, { name: 'x' })).toEqual({ type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'A x' }] });
    expect(renderCard(b, { name: 'y' })).toEqual({ type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'B y' }] });
    expect(renderCard(a, {})).toEqual({ type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'A ${name}' }] });
    expect(renderCard(a, { name: [] })).toEqual(renderCardUncached(a, { name: [] }));
  });
});

describe('plain text beside a card', () => {
  it('gives back exactly the text escapeCardText escaped, our own words around it untouched', () => {
    for (const raw of ['E2E-kull', '1. desember 2026 kl. 22:55', 'C:\\temp\\*', 'a_b *c* [d](e) <f> #1 ~g~ |h| {i} +j !k `l`']) {
      expect(escapeCardText(raw)).not.toBe(raw);
      expect(plainCardText(escapeCardText(raw))).toBe(raw);
      expect(plainCardText(`Kull: ${escapeCardText(raw)}.`)).toBe(`Kull: ${raw}.`);
    }
  });
});
