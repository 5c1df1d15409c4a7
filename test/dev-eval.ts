import { readCases, readPart } from './support/qa-cases';
import { runCase, shippedComposer } from './support/qa-runner';
const composer = shippedComposer();
const only = process.argv[2];
const sets = [...readPart('dev'), { set: 'questions', cases: readCases('questions.json') }, { set: 'paraphrases', cases: readCases('paraphrases.json') }];
let all = 0; let ok = 0;
for (const { set, cases } of sets) {
  let right = 0;
  for (const c of cases) {
    const r = runCase(composer, c);
    if (r.problems.length === 0) right += 1;
    else if (!only || set.startsWith(only) || c.class === only) process.stdout.write(`✗ ${c.id} [${c.class ?? ''}] ${[...c.before, c.q].join(' || ')}\n   → (${r.kind}) ${r.text.slice(0, 300).replace(/\n/g, ' ')}\n   ${r.problems.join('; ')}\n`);
  }
  all += cases.length; ok += right;
  process.stdout.write(`${set}: ${right}/${cases.length}\n`);
}
process.stdout.write(`total ${ok}/${all}\n`);
