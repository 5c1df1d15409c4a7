import { Template } from 'adaptivecards-templating';
import { Expression } from 'adaptive-expressions';
import { compileTemplate } from './compiled-template';
import { renderCard } from './card-renderer';
import answerTemplate from '../../capabilities/qna/teams/cards/answer.json';

/** The engine's card, as JSON text (key order included). */
const engine = (template: object, data: object): string => JSON.stringify(new Template(template).expand({ $root: data }));

const outcome = (f: () => string): { json: string } | { error: string } => {
  try {
    return { json: f() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
};

const answerData = (facts: number, followUps: number, flags: { contact: boolean; sources: boolean }): object => ({
  answer: 'LEDPRO 1 koster 45 000 kr (ekskl. mva.) – «reise» og *opphold* kommer i tillegg.',
  fallbackText: 'LEDPRO 1 koster 45 000 kr\n\nKilde: LEDPRO 1 – Pris',
  hasSources: flags.sources,
  sourceLabel: 'Kilde',
  sourceText: 'LEDPRO 1 – Pris; LEDPRO 1 – Samlinger',
  hasContact: flags.contact,
  contactFacts: Array.from({ length: facts }, (_, i) => ({ title: `Tittel ${i}`, value: i === 0 ? '' : `Kari Nordmann, rådgiver ${i}` })),
  followUps: Array.from({ length: followUps }, (_, i) => ({ title: `Spørsmål ${i}?`, query: `Hva er ${i}?`, verb: 'qna.ask' })),
});

describe('compiled card templates (the fast path of renderCard)', () => {
  it('renders the Q&A answer card exactly as the engine does, without evaluating an expression', () => {
    const compiled = compileTemplate(answerTemplate);
    expect(compiled).toBeDefined();
    const evaluate = jest.spyOn(Expression.prototype, 'tryEvaluate');
    try {
      for (const facts of [0, 1, 3]) {
        for (const followUps of [0, 1, 2, 5]) {
          for (const contact of [true, false]) {
            for (const sources of [true, false]) {
              const data = answerData(facts, followUps, { contact, sources });
              const fast = compiled?.(data);
              expect(fast).toBeDefined();
              expect(JSON.stringify(renderCard(answerTemplate, data))).toBe(JSON.stringify(fast));
              expect(evaluate).not.toHaveBeenCalled();
              expect(JSON.stringify(fast)).toBe(engine(answerTemplate, data));
              evaluate.mockClear();
            }
          }
        }
      }
    } finally {
      evaluate.mockRestore();
    }
  });

  const template = {
    type: 'AdaptiveCard',
    $schema: 'x',
    n: 1.5,
    nothing: null,
    whole: '${s}',
    count: '${n}',
    flag: '${b}',
    text: 'a ${s}: ${n} / ${b}${s}.',
    list: [null, [1, [2, null]], { $when: '${b}', k: '${s}' }, { $data: '${items}', t: '${t}', inner: [{ $data: '${sub}', v: '${v}' }] }],
    one: { $data: '${obj}', t: '${t}', deeper: { $when: '${flag}', x: 'y' } },
    gone: { $when: '${off}', x: 1 },
    many: { $data: '${items}', t: '${t}' },
    none: { $data: '${empty}', t: '${t}' },
  };
  const item = (i: number): object => ({ t: `item ${i}`, sub: i % 2 ? [{ v: 'a' }, { v: '' }] : [] });

  it.each([
    ['strings, numbers, booleans', { s: 'æøå', n: 42, b: true, items: [item(1), item(2), item(3)], obj: { t: 'o', flag: true }, off: false, empty: [] }],
    ['empty string, zero, false, one item', { s: '', n: 0, b: false, items: [item(1)], obj: { t: '', flag: false }, off: false, empty: [] }],
    ['no items, negative and fractional numbers', { s: '${s}', n: -0.25, b: true, items: [], obj: { t: 'x', flag: true }, off: false, empty: [] }],
  ])('expands like the engine: %s', (_name, data) => {
    const fast = compileTemplate(template)?.(data);
    expect(fast).toBeDefined();
    expect(JSON.stringify(fast)).toBe(engine(template, data));
  });

  it.each([
    ['a missing field', { n: 1, b: true, items: [], obj: { t: 'o', flag: true }, off: false, empty: [] }],
    ['a null field', { s: null, n: 1, b: true, items: [], obj: { t: 'o', flag: true }, off: false, empty: [] }],
    ['an object where text goes', { s: { a: 1 }, n: 1, b: true, items: [], obj: { t: 'o', flag: true }, off: false, empty: [] }],
    ['a $when that is no boolean', { s: 's', n: 1, b: 'yes', items: [], obj: { t: 'o', flag: true }, off: false, empty: [] }],
    ['a $data that is text', { s: 's', n: 1, b: true, items: 'abc', obj: { t: 'o', flag: true }, off: false, empty: [] }],
    ['an item that is no object', { s: 's', n: 1, b: true, items: ['abc'], obj: { t: 'o', flag: true }, off: false, empty: [] }],
    ['a number that is not finite', { s: 's', n: Number.NaN, b: true, items: [], obj: { t: 'o', flag: true }, off: false, empty: [] }],
  ])('leaves %s to the engine', (_name, data) => {
    expect(compileTemplate(template)?.(data)).toBeUndefined();
    // and renderCard still gives the engine's card (or its error: a null inside text makes the engine throw)
    expect(outcome(() => JSON.stringify(renderCard(template, data)))).toEqual(outcome(() => engine(template, data)));
  });

  it.each([
    ['a path', { text: '${a.b}' }],
    ['$root', { text: '${$root.a}' }],
    ['a function', { text: '${count(a)}' }],
    ['an operator', { $when: '${!a}', text: 'x' }],
    ['$index', { text: '${$index}' }],
    ['a constant', { text: '${true}' }],
    ['a backslash in the text', { text: 'a\\n ${a}' }],
    ['a literal $when', { $when: true, text: 'x' }],
    ['a reserved key', { $host: 'x', text: 'x' }],
  ])('does not compile a template with %s', (_name, t) => {
    expect(compileTemplate(t)).toBeUndefined();
  });
});
