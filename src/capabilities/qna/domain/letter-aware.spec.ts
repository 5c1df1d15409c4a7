import { readCases } from '../../../../test/support/qa-cases';
import { letterAware, WORD_EDGE, WORD_END, WORD_START } from './letter-aware';

/** The rewrite before edges were fitted to their neighbours: every \b the full letter-aware edge. */
const plainEdges = (re: RegExp): RegExp => new RegExp(re.source.replace(/\\w/g, '[\\p{L}\\d_]').replace(/\\b/g, WORD_EDGE), `${re.flags}u`);

describe('letterAware (word edges fitted to what is beside them)', () => {
  const patterns = [/\b(kva|kven|korleis)\b/, /\b(hva|what) (?!er (det|it)\b)\w+ (koster|costs?)\b/, /\b(\w+ )?søke\b/, /\bkan (?!jeg\b|man\b)[a-zæøå]+ søke/,
    /(?<!ikke )\bpris(?![(]er)/, /\b(del|part)\s*\d?\b/, /\b\d+([,.]\d)?\s*(dager|days?)\b/, /\b(fee|pris(en|er)?)\b|^kvar (er|blir)\b/, /x?\b[_a]\b/, /\b(hvilke\w*|which)\b/g];

  it('writes a start before a letter and an end after one, and the full edge where a neighbour may be anything', () => {
    expect(letterAware(/\b(kva|kven)\b/).source).toBe(`${WORD_START}(kva|kven)${WORD_END}`);
    expect(letterAware(/\b(\w+ )?søke/).source).toBe(`${WORD_EDGE}([\\p{L}\\d_]+ )?søke`);
    expect(letterAware(/\b[_a]\b/).source).toBe(`${WORD_EDGE}[_a]${WORD_EDGE}`);
  });

  it('matches what the full edges match, over the Q&A questions and text around them', () => {
    const questions = [...readCases('questions.json'), ...readCases('paraphrases.json')].map((c) => c.q.toLowerCase());
    const texts = [...questions, ...questions.map((q) => q.slice(3)), 'grunnopplæringen', 'a_b', '_a_', 'del2', 'ååå pris', ''];
    for (const re of patterns) {
      const fitted = letterAware(re);
      const plain = plainEdges(re);
      for (const t of texts) expect([t, [...t.matchAll(new RegExp(fitted, 'gu'))].map((m) => `${m.index}:${m[0]}`)]).toEqual([t, [...t.matchAll(new RegExp(plain, 'gu'))].map((m) => `${m.index}:${m[0]}`)]);
    }
  });
});
