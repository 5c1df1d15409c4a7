import { readCases } from '../../../../test/support/qa-cases';
import { EVERYDAY_TOPIC_CUES } from './everyday-cues';
import { edgeFree } from './pattern-screens';
import { readIntent } from './question-intent';
import { letterAware } from './letter-aware';

describe('readIntent', () => {
  it('reads the same intent of a word each time it is asked (the word intents are kept)', () => {
    const first = readIntent('deltakeravgiften');
    expect(first.topics).toEqual(['fee']);
    expect(readIntent('deltakeravgiften')).toEqual(first);
    expect(readIntent('hotellet').topics).toEqual(readIntent('hotellet').topics);
    expect(readIntent('hvorfor').topics).toEqual(['purpose']);
    expect(readIntent('Hvorfor').topics).toEqual(['purpose']);
  });

  it('a kept word intent cannot be changed by a caller', () => {
    const kept = readIntent('studiepoeng');
    expect(() => (kept.topics as string[]).push('fee')).toThrow(TypeError);
    expect(readIntent('studiepoeng').topics).toEqual(['credits']);
  });

  it('reads a whole question afresh, with its date ask', () => {
    expect(readIntent('Når er neste samling?')).toEqual({ topics: ['dates'], date: { kind: 'next' }, concern: undefined, weakDates: false });
  });
});

describe('edgeFree (the quick first test of a cue pattern)', () => {
  it('matches every text its pattern matches, over the Q&A questions, their words and text around them', () => {
    const patterns = [...EVERYDAY_TOPIC_CUES.map(([, re]) => re), letterAware(/\b(frist|innen n[åa]r|deadline)/), letterAware(/\b(fee|pris(en|er)?)\b/),
      letterAware(/\bkan (?!jeg\b|man\b)[a-zæøå]+ søke/), letterAware(/\b(hva|what) (?!er (det|it)\b)\w+ (koster|costs?)\b/), letterAware(/(?<!ikke )\bpris(?![(]er)/)];
    const questions = [...readCases('questions.json'), ...readCases('paraphrases.json')].map((c) => c.q.toLowerCase());
    const texts = questions.flatMap((q) => [q, ...q.split(/\s+/), `ø${q}ø`, `_${q}_`, q.replace(/[æøå]/g, 'x')]);
    texts.push('fristen', 'søknadsfrist', 'prisene', 'pris', 'ø-pris', 'hva er prisen?', 'what does it set me back');
    let quick = 0;
    for (const re of patterns) {
      const q = edgeFree(re);
      if (!q) continue;
      quick += 1;
      for (const t of texts) if (re.test(t)) expect(`${q.test(t)} ${t}`).toBe(`true ${t}`);
    }
    expect(quick).toBeGreaterThan(patterns.length / 2);
  });

  it('leaves out every lookaround whole, edges in a negative lookahead too', () => {
    expect(edgeFree(letterAware(/\bkan (?!jeg\b|man\b)[a-zæøå]+ søke/))?.source).toBe('kan [a-zæøå]+ søke');
    expect(edgeFree(/(?<=[(])pris(?=[)(])/)?.source).toBe('pris');
    expect(edgeFree(letterAware(/\bpris\b/))?.source).toBe('pris');
  });

  it('gives none for a pattern with no assertion, a quantified lookaround, or a reference back to a group', () => {
    expect(edgeFree(/kostnad/)).toBeUndefined();
    expect(edgeFree(/pris(?=en)?/)).toBeUndefined();
    expect(edgeFree(/(?=(p))\1ris/)).toBeUndefined();
  });
});
