import { QuestionReader } from '../src/capabilities/qna/domain/question-reader';
import { shippedComposer } from './support/qa-runner';
const composer = shippedComposer();
const reader = new QuestionReader(composer.retriever);
for (const q of process.argv.slice(2)) {
  const r = reader.read(q, undefined);
  const scope = composer.retriever.withDescendants(r.programs);
  const hits = composer.retriever.search(r.terms, { programs: scope.length ? scope : undefined, topics: r.intent.topics });
  process.stdout.write(`${q}\n  text: ${r.text}\n  focus: ${r.focus}\n  topics: ${r.intent.topics.join(',')} date: ${JSON.stringify(r.intent.date)} form: ${JSON.stringify(r.form)}\n  programs: ${r.programs.map((p) => p.id).join(',')}\n  terms: ${r.terms.join(' ')}\n  unknown: ${r.unknown.join(' ')}\n`);
  for (const h of hits.slice(0, 3)) process.stdout.write(`  hit ${h.score.toFixed(2)} ${h.doc.program.id}/${h.doc.fact.id}\n`);
}
