// node corrections.js: every word the speller mends in the dev questions (all turns), with counts, to read for
// right words "mended" into others. Held-out questions are never read.
const path = require('path');
const DIST = process.env.DIST || path.join(__dirname, '..', '..', 'dist');
const { SpellingVocabulary } = require(path.join(DIST, 'src/capabilities/qna/domain/spelling.js'));
const seen = new Map(); let collecting = false;
const orig = SpellingVocabulary.prototype.correct;
SpellingVocabulary.prototype.correct = function (w) {
  const r = orig.call(this, w);
  if (collecting && r && r !== w) { const k = `${w} -> ${r}`; seen.set(k, (seen.get(k) ?? 0) + 1); }
  return r;
};
const { runCase, shippedComposer } = require(path.join(DIST, 'test/support/qa-runner.js'));
const { readCases, readPart } = require(path.join(DIST, 'test/support/qa-cases.js'));
const composer = shippedComposer(); collecting = true;
for (const { cases } of [{ cases: readCases('questions.json') }, { cases: readCases('paraphrases.json') }, ...readPart('dev')]) for (const c of cases) runCase(composer, c);
for (const [k, n] of [...seen].sort((x, y) => y[1] - x[1])) console.log(`${n}\t${k}`);
