/* Benchmark, not a test: `npm run bench:qa`. Prints accuracy per evaluation part, set and class (answerer and
   through /api/messages), and latency figures. `--part dev` scores only the dev part. */
import { performance } from 'node:perf_hooks';
import { ConnectorEmulator } from '../support/connector-emulator';
import { startInProcessBot } from '../support/in-process-bot';
import { readCases, readPart, type QaCase } from '../support/qa-cases';
import { runCase, shippedComposer } from '../support/qa-runner';
import { askThroughTeams } from '../support/qa-through-teams';

const out = (line: string): void => { process.stdout.write(`${line}\n`); };
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number): string => `${x.toFixed(3)} ms`;
const rate = (right: number, n: number): string => `${right}/${n} (${((100 * right) / Math.max(1, n)).toFixed(1)} %)`;

async function main(): Promise<void> {
  const onlyDev = process.argv.includes('--part') && process.argv[process.argv.indexOf('--part') + 1] === 'dev';
  const showWrong = process.argv.includes('--wrong');
  const started = performance.now();
  const composer = shippedComposer();
  out(`index built in ${ms(performance.now() - started)}`);

  const parts: Array<{ part: string; sets: Array<{ set: string; cases: QaCase[] }> }> = [
    { part: 'samples', sets: [{ set: 'questions', cases: readCases('questions.json') }, { set: 'paraphrases', cases: readCases('paraphrases.json') }] },
    { part: 'dev', sets: readPart('dev') },
    ...(onlyDev ? [] : [{ part: 'heldout', sets: readPart('heldout') }]),
  ];
  const all: QaCase[] = [];
  for (const { part, sets } of parts) {
    const byClass = new Map<string, [number, number]>();
    let right = 0;
    let n = 0;
    for (const { set, cases } of sets) {
      let setRight = 0;
      for (const c of cases) {
        all.push(c);
        const r = runCase(composer, c);
        const ok = r.problems.length === 0;
        if (ok) setRight += 1;
        else if (showWrong && part !== 'heldout') out(`  wrong ${c.id}: ${r.problems.join('; ')}`);
        const k = `${set.startsWith('conv') ? 'conversation:' : ''}${c.class ?? 'sample'}`;
        const [a, b] = byClass.get(k) ?? [0, 0];
        byClass.set(k, [a + (ok ? 1 : 0), b + 1]);
      }
      right += setRight;
      n += cases.length;
      out(`accuracy ${part}/${set}: ${rate(setRight, cases.length)}`);
    }
    const conv = [...byClass.entries()].filter(([k]) => k.startsWith('conversation:')).reduce(([a, b], [, [x, y]]) => [a + x, b + y], [0, 0]);
    out(`accuracy ${part} (all sets): ${rate(right, n)}${conv[1] > 0 ? ` (conversations ${rate(conv[0], conv[1])}, single questions ${rate(right - conv[0], n - conv[1])})` : ''}`);
    out(`  per class: ${[...byClass.entries()].sort().map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')}`);
  }

  const times: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    for (const c of all) {
      const t = performance.now();
      runCase(composer, { ...c, before: [] });
      times.push(performance.now() - t);
    }
  }
  out(`answerer alone (${times.length} answers): median ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}, max ${ms(times.reduce((a, b) => Math.max(a, b), 0))}`);

  const teams = new ConnectorEmulator();
  const serviceUrl = await teams.start();
  const bot = await startInProcessBot();
  const trips: number[] = [];
  try {
    let i = 0;
    for (const { part, sets } of parts) {
      let right = 0;
      let n = 0;
      // Conversations and single questions apart, as the answerer's per-class line counts them.
      const byKind = new Map<string, [number, number]>();
      for (const { set, cases } of sets) {
        const kind = set.startsWith('conv') ? 'conversations' : 'single questions';
        for (const c of cases) {
          i += 1;
          const t = performance.now();
          const r = await askThroughTeams(bot, teams, serviceUrl, c, i);
          trips.push((performance.now() - t) / (c.before.length + 1));
          const ok = r.problems.length === 0;
          if (ok) right += 1;
          n += 1;
          const [a, b] = byKind.get(kind) ?? [0, 0];
          byKind.set(kind, [a + (ok ? 1 : 0), b + 1]);
        }
      }
      out(`through /api/messages ${part}: ${rate(right, n)}${part === 'samples' ? '' : ` (${[...byKind.entries()].map(([k, [a, b]]) => `${k} ${rate(a, b)}`).join(', ')})`}`);
    }
  } finally {
    await bot.stop();
    await teams.stop();
  }
  out(`full /api/messages round trip per message to the reply at the connector (${trips.length}): median ${ms(pct(trips, 50))}, p95 ${ms(pct(trips, 95))}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
