/* Benchmark, not a test: `npm run bench:qa`. Prints accuracy on the question files and latency figures. */
import { performance } from 'node:perf_hooks';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { AnswerComposer } from '../../src/capabilities/qna/domain/answer-composer';
import { CatalogRetriever } from '../../src/capabilities/qna/domain/retrieval';
import { answerQuestion } from '../../src/capabilities/qna/use-cases/answer-question';
import { ManualClock } from '../../src/shared/clock';
import { message, user } from '../support/activities';
import { ConnectorEmulator } from '../support/connector-emulator';
import { startInProcessBot } from '../support/in-process-bot';
import { judge, readCases, type QaCase } from '../support/qa-cases';

const out = (line: string): void => { process.stdout.write(`${line}\n`); };
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number): string => `${x.toFixed(3)} ms`;

async function main(): Promise<void> {
  const started = performance.now();
  const composer = new AnswerComposer(new CatalogRetriever(loadCatalog(defaultCatalogDir)));
  out(`index built in ${ms(performance.now() - started)}`);
  const files = ['questions.json', 'paraphrases.json'];
  const all: QaCase[] = [];
  for (const f of files) {
    const cases = readCases(f);
    all.push(...cases);
    let right = 0;
    for (const c of cases) {
      const a = answerQuestion({ text: c.q, locale: c.lang === 'nb' ? 'nb-NO' : 'en-US', contextProgramId: c.context },
        { composer, clock: new ManualClock(c.now ?? '2024-01-10T09:00:00Z') });
      const problems = judge(c, a.kind, a.text);
      if (problems.length === 0) right += 1;
      else out(`  wrong ${c.id}: ${problems.join('; ')}`);
    }
    out(`accuracy ${f}: ${right}/${cases.length} (${((100 * right) / cases.length).toFixed(1)} %)`);
  }

  const clock = new ManualClock('2024-01-10T09:00:00Z');
  const times: number[] = [];
  for (let round = 0; round < 200; round += 1) {
    for (const c of all) {
      const t = performance.now();
      answerQuestion({ text: c.q, locale: 'nb-NO', contextProgramId: c.context }, { composer, clock });
      times.push(performance.now() - t);
    }
  }
  out(`answerer alone (${times.length} answers): median ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}, max ${ms(Math.max(...times))}`);

  const teams = new ConnectorEmulator();
  const serviceUrl = await teams.start();
  const bot = await startInProcessBot();
  const trips: number[] = [];
  try {
    for (let round = 0; round < 5; round += 1) {
      for (const [i, c] of all.entries()) {
        const conversationId = `a:bench-${round}-${i}`;
        const t = performance.now();
        await bot.post(message(c.q, { serviceUrl, from: user(9000 + i), conversationId, locale: 'nb-NO' }));
        await teams.waitFor(() => teams.sentTo(conversationId).length > 0, 5_000, 'reply');
        trips.push(performance.now() - t);
      }
    }
  } finally {
    await bot.stop();
    await teams.stop();
  }
  out(`full /api/messages round trip to the reply at the connector (${trips.length}): median ${ms(pct(trips, 50))}, p95 ${ms(pct(trips, 95))}`);
  out(`ratio round trip / answerer (median): ${(pct(trips, 50) / pct(times, 50)).toFixed(1)}x`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
