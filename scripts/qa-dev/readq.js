// node readq.js "turn1" "turn2" ... (QLANG=en): each turn's reading (programs, compared programs, topics, form flags) and reply.
const path = require('path');
const DIST = process.env.DIST || path.join(__dirname, '..', '..', 'dist');
const { QuestionReader } = require(path.join(DIST, 'src/capabilities/qna/domain/question-reader.js'));
const orig = QuestionReader.prototype.read;
QuestionReader.prototype.read = function (q, s, h) {
  const r = orig.call(this, q, s, h);
  const form = Object.fromEntries(Object.entries(r.form).filter(([, v]) => v === true || (typeof v === 'string' && v) || (Array.isArray(v) && v.length)));
  delete form.text;
  console.log(`  read: programs=${r.programs.map((p) => p.id)} compare=${JSON.stringify(r.comparePrograms.map((g) => g.map((p) => p.id)))} topics=${r.intent.topics} inherited=${r.inherited} focus="${r.focus}" form=${JSON.stringify(form)} state.topic=${s?.topic} state.programs=${s?.programIds}`);
  return r;
};
const { runCase, shippedComposer } = require(path.join(DIST, 'test/support/qa-runner.js'));
const composer = shippedComposer(); const turns = process.argv.slice(2);
const r = runCase(composer, { id: 'x', lang: process.env.QLANG || 'nb', q: turns[turns.length - 1], before: turns.slice(0, -1), now: process.env.NOW });
console.log(`[${r.kind}] ${r.text.slice(0, 700)}`);
