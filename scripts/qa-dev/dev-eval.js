// node dev-eval.js [setName] — accuracy per dev set; with a set name prints its wrong cases.
const path = require('path');
const DIST = process.env.DIST || path.join(__dirname, '..', '..', 'dist');
const { runCase, shippedComposer } = require(path.join(DIST, 'test/support/qa-runner.js'));
const { readPart } = require(path.join(DIST, 'test/support/qa-cases.js'));
const only = process.argv[2] || ''; const part = process.env.PART || 'dev';
const composer = shippedComposer(); let R = 0, N = 0;
for (const { set, cases } of readPart(part)) {
  if (only && set !== only) continue;
  let r = 0;
  for (const c of cases) {
    const x = runCase(composer, c); if (x.problems.length === 0) r++;
    else if (only) console.log(`--- ${c.id} [${c.class}] ${c.lang}\n  ${[...c.before, c.q].join('\n  > ')}\n  REPLY(${x.kind}): ${x.text.replace(/\n/g, ' ⏎ ').slice(0, 700)}\n  PROBLEMS: ${x.problems.join('; ')}`);
  }
  R += r; N += cases.length; console.log(`${set}: ${r}/${cases.length} = ${(100 * r / cases.length).toFixed(1)} %`);
}
console.log(`all: ${R}/${N} = ${(100 * R / N).toFixed(1)} %`);
