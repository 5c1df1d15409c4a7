// node dumpall.js OUT  (DIST env = a build to score, default this repository's dist/). Dumps every dev reply; hashes held-out replies.
const path = require('path'); const fs = require('fs'); const crypto = require('crypto');
const DIST = process.env.DIST || path.join(__dirname, '..', '..', 'dist');
const { runCase, shippedComposer } = require(path.join(DIST, 'test/support/qa-runner.js'));
const { readCases, readPart } = require(path.join(DIST, 'test/support/qa-cases.js'));
const composer = shippedComposer();
const lines = []; let right = 0, n = 0; const hh = crypto.createHash('sha1'); let hr = 0, hn = 0;
const sets = [{ set: 'questions', cases: readCases('questions.json') }, { set: 'paraphrases', cases: readCases('paraphrases.json') }, ...readPart('dev')];
for (const { set, cases } of sets) for (const c of cases) {
  const r = runCase(composer, c); const ok = r.problems.length === 0; n++; if (ok) right++;
  lines.push(`${set}\t${c.id}\t${ok ? 'OK' : 'XX'}\t${r.kind}\t${r.text.replace(/\n/g, ' ⏎ ')}`);
}
const dh = crypto.createHash('sha1').update(lines.join('\n')).digest('hex').slice(0, 10);
for (const { cases } of readPart('heldout')) for (const c of cases) { const r = runCase(composer, c); hh.update(r.text); hn++; if (r.problems.length === 0) hr++; }
lines.push(`${right}/${n} ${dh} heldout-hash ${hh.digest('hex').slice(0, 10)}`);
fs.writeFileSync(process.argv[2], lines.join('\n') + '\n');
console.log(lines[lines.length - 1]);
