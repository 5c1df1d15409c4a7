import { readCases } from '../support/qa-cases';
import { runCase, shippedComposer } from '../support/qa-runner';

const composer = shippedComposer();

describe.each([['questions.json'], ['paraphrases.json']])('answerer on %s', (file) => {
  it.each(readCases(file).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = runCase(composer, c);
    expect({ q: c.q, text: r.text, problems: r.problems }).toEqual({ q: c.q, text: r.text, problems: [] });
  });
});
