/* Benchmark, not a test: `npm run bench:messages`. The bot (real process, dist build, SQLite) against a bare
 * botbuilder echo bot (test/support/echo-bot.ts) under the same load: BENCH_MESSAGES (2,000) Teams messages from
 * BENCH_USERS (100) users, each a Q&A question, at each concurrency of BENCH_CONCURRENCY (16,64), replies going to
 * the Bot Connector emulator; first anonymous, then with a bot identity (tokens signed by a local OpenID/JWKS
 * server, validated by both bots). Prints throughput, time to reply at the connector, CPU per 1,000 messages and
 * RSS of each server process (from /proc), and Lederbot's ratios to the echo bot. The servers run side by side
 * and take turns in BENCH_ROUNDS (5) rounds, so load from elsewhere on the machine falls on each alike. BENCH_BASELINE_ROOT=<a dist
 * folder of another build> adds that build to the same run; BENCH_AUTH=off|on runs one variant only.
 * BENCH_QNA_WORKERS=0..4 starts Lederbot with that QNA_WORKERS (unset: the bot's own default, as startBot passes no
 * QNA_WORKERS on); BENCH_QNA_WORKERS=both runs one Lederbot with QNA_WORKERS=1 and one with 0 in the same run, so
 * their ratios to the echo bot are comparable (with BENCH_BASELINE_ROOT, the baseline build once per variant too). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { message, TENANT, user, type TestUser } from '../support/activities';
import { startBot, ENTRY, ROOT, type BotProcess } from '../support/bot-process';
import { ConnectorEmulator, type ReceivedActivity } from '../support/connector-emulator';
import { OpenIdServer } from '../support/openid-server';
import { readCases } from '../support/qa-cases';

const out = (line: string): void => { process.stdout.write(`${line}\n`); };
const env = process.env;
const MESSAGES = Number(env.BENCH_MESSAGES ?? 2000);
const USERS = Number(env.BENCH_USERS ?? 100);
const CONCURRENCY = (env.BENCH_CONCURRENCY ?? '16,64').split(',').map(Number);
const WARMUP = Number(env.BENCH_WARMUP ?? 300);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 5);
const APP_ID = '9b1f5c5e-0000-4000-8000-00000000b07d';
const ECHO_ENTRY = join(ROOT, 'dist', 'test', 'support', 'echo-bot.js');
const BENCH_ENTRY = join(ROOT, 'dist', 'test', 'support', 'bench-bot-entry.js');
const TICKS = 100; // USER_HZ on Linux

/** A QNA_WORKERS value to start Lederbot with, or undefined for the bot's own default. */
type QnaWorkers = string | undefined;
function qnaWorkerVariants(value: string | undefined): readonly QnaWorkers[] {
  const v = value?.trim() ?? '';
  if (v === '') return [undefined];
  if (v === 'both') return ['1', '0'];
  if (/^[0-4]$/.test(v)) return [v];
  throw new Error(`BENCH_QNA_WORKERS: "${v}" is not 0 to 4 or both`);
}
const QNA_WORKER_VARIANTS = qnaWorkerVariants(env.BENCH_QNA_WORKERS);

interface ProcFigures { cpuMs: number; mainCpuMs: number; rssMb: number; peakRssMb: number }
function procFigures(pid: number): ProcFigures {
  const ticks = (file: string): number => {
    const fields = readFileSync(file, 'utf8').split(')').pop()?.trim().split(/\s+/) ?? [];
    // After "pid (comm)": field 3 is state, so utime (14) and stime (15) are at 11 and 12 here.
    return Number(fields[11]) + Number(fields[12]);
  };
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string): number => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return {
    cpuMs: (ticks(`/proc/${pid}/stat`) * 1000) / TICKS,
    mainCpuMs: (ticks(`/proc/${pid}/task/${pid}/stat`) * 1000) / TICKS,
    rssMb: kb('VmRSS') / 1024,
    peakRssMb: kb('VmHWM') / 1024,
  };
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

interface Run {
  readonly perSecond: number; readonly p50: number; readonly p95: number; readonly p99: number;
  readonly cpuPer1000: number; readonly mainCpuPer1000: number; readonly rssMb: number; readonly peakRssMb: number;
  readonly failed: number; readonly cards: number;
}

/** Sends `n` messages, `concurrency` at a time, and times each from the POST to its reply at the connector. */
async function drive(bot: BotProcess, teams: ConnectorEmulator, serviceUrl: string, o: {
  n: number; concurrency: number; questions: string[]; users: TestUser[]; token?: string; offset: number;
}): Promise<{ times: number[]; failed: number; cards: number; wallMs: number }> {
  const waiting = new Map<string, (r: ReceivedActivity) => void>();
  teams.onReceived = (r) => {
    const done = r.activityId ? waiting.get(r.activityId) : undefined;
    if (done) { waiting.delete(r.activityId ?? ''); done(r); }
  };
  const times: number[] = [];
  let next = 0;
  let failed = 0;
  let cards = 0;
  const headers: Record<string, string> = o.token ? { Authorization: `Bearer ${o.token}` } : {};
  const worker = async (): Promise<void> => {
    for (;;) {
      const i = next;
      next += 1;
      if (i >= o.n) return;
      const k = o.offset + i;
      const activity = message(o.questions[k % o.questions.length], { serviceUrl, from: o.users[k % o.users.length], locale: 'nb-NO' });
      const id = String(activity.id);
      const t0 = performance.now();
      const reply = new Promise<ReceivedActivity | undefined>((resolve) => {
        const timer = setTimeout(() => { waiting.delete(id); resolve(undefined); }, 30_000);
        waiting.set(id, (r) => { clearTimeout(timer); resolve(r); });
      });
      const r = await bot.post(activity, headers);
      const got = await reply;
      if (r.status !== 200 || !got) {
        failed += 1;
        continue;
      }
      times.push(performance.now() - t0);
      const attachments = got.activity.attachments as Array<{ contentType?: string }> | undefined;
      if (attachments?.some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')) cards += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: o.concurrency }, () => worker()));
  const wallMs = performance.now() - started;
  teams.onReceived = undefined;
  teams.reset();
  return { times, failed, cards, wallMs };
}

interface Contender { readonly name: string; start(): Promise<BotProcess> }

/**
 * Every contender runs at the same time (idle while another is measured), and the messages of each concurrency
 * are sent in BENCH_ROUNDS rounds taking turns, so that load from elsewhere on the machine falls on all alike.
 */
async function measure(contenders: readonly Contender[], teams: ConnectorEmulator, serviceUrl: string, token: () => Promise<string | undefined>,
  questions: string[], users: TestUser[]): Promise<Array<{ name: string; runs: Map<number, Run> }>> {
  const bots: BotProcess[] = [];
  try {
    for (const c of contenders) bots.push(await c.start());
    const offsets = bots.map(() => 0);
    for (const [i, bot] of bots.entries()) {
      const warm = await drive(bot, teams, serviceUrl, { n: WARMUP, concurrency: 16, questions, users, token: await token(), offset: 0 });
      if (warm.failed > 0) throw new Error(`${contenders[i].name}: ${warm.failed} of ${WARMUP} warm-up messages got no reply:\n${bot.output().slice(-2000)}`);
      offsets[i] = WARMUP;
    }
    const results = contenders.map((c) => ({ name: c.name, runs: new Map<number, Run>() }));
    const per = Math.ceil(MESSAGES / ROUNDS);
    for (const concurrency of CONCURRENCY) {
      const acc = bots.map(() => ({ times: [] as number[], wallMs: 0, cpuMs: 0, mainCpuMs: 0, failed: 0, cards: 0, sent: 0 }));
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const [i, bot] of bots.entries()) {
          const n = Math.min(per, MESSAGES - acc[i].sent);
          if (n <= 0) continue;
          const pid = bot.child.pid ?? 0;
          const before = procFigures(pid);
          const r = await drive(bot, teams, serviceUrl, { n, concurrency, questions, users, token: await token(), offset: offsets[i] });
          const after = procFigures(pid);
          offsets[i] += n;
          const a = acc[i];
          a.sent += n;
          a.times.push(...r.times);
          a.wallMs += r.wallMs;
          a.cpuMs += after.cpuMs - before.cpuMs;
          a.mainCpuMs += after.mainCpuMs - before.mainCpuMs;
          a.failed += r.failed;
          a.cards += r.cards;
        }
      }
      for (const [i, bot] of bots.entries()) {
        const a = acc[i];
        const sorted = a.times.sort((x, y) => x - y);
        const mem = procFigures(bot.child.pid ?? 0);
        results[i].runs.set(concurrency, {
          perSecond: (a.times.length * 1000) / a.wallMs, p50: pct(sorted, 50), p95: pct(sorted, 95), p99: pct(sorted, 99),
          cpuPer1000: (a.cpuMs * 1000) / a.sent, mainCpuPer1000: (a.mainCpuMs * 1000) / a.sent,
          rssMb: mem.rssMb, peakRssMb: mem.peakRssMb, failed: a.failed, cards: a.cards,
        });
      }
    }
    return results;
  } finally {
    for (const bot of bots) await bot.stop();
  }
}

const f1 = (x: number): string => x.toFixed(1);
function report(title: string, results: Array<{ name: string; runs: Map<number, Run> }>): number {
  out(`\n${title}`);
  out('  server                   conc   msg/s   p50 ms   p95 ms   p99 ms   CPU ms/1000 (process | main thread)   RSS MB (end | peak)   card replies   failed');
  let lost = 0;
  for (const concurrency of CONCURRENCY) {
    for (const { name, runs } of results) {
      const r = runs.get(concurrency);
      if (!r) continue;
      lost += r.failed;
      out(`  ${name.padEnd(23)} ${String(concurrency).padStart(5)} ${f1(r.perSecond).padStart(7)} ${f1(r.p50).padStart(8)} ${f1(r.p95).padStart(8)} ${f1(r.p99).padStart(8)}   ${f1(r.cpuPer1000).padStart(8)} | ${f1(r.mainCpuPer1000).padStart(8)}${' '.repeat(19)}${f1(r.rssMb).padStart(7)} | ${f1(r.peakRssMb).padStart(7)}   ${String(r.cards).padStart(12)}   ${r.failed}`);
    }
  }
  const echo = results.find((x) => x.name === 'echo bot');
  for (const { name, runs } of results) {
    if (name === 'echo bot' || !echo) continue;
    for (const concurrency of CONCURRENCY) {
      const r = runs.get(concurrency);
      const e = echo.runs.get(concurrency);
      if (!r || !e) continue;
      const thr = r.perSecond / e.perSecond;
      const cpu = r.cpuPer1000 / e.cpuPer1000;
      out(`  ${name} / echo bot at ${concurrency}: throughput ${thr.toFixed(2)}x (goal >= 0.80: ${thr >= 0.8 ? 'met' : 'missed'}), `
        + `CPU per message ${cpu.toFixed(2)}x (goal <= 1.50: ${cpu <= 1.5 ? 'met' : 'missed'}), main-thread CPU ${(r.mainCpuPer1000 / e.mainCpuPer1000).toFixed(2)}x, `
        + `p50 ${(r.p50 / e.p50).toFixed(2)}x, p99 ${(r.p99 / e.p99).toFixed(2)}x, RSS ${(r.peakRssMb / e.peakRssMb).toFixed(2)}x`);
    }
  }
  return lost;
}

async function main(): Promise<void> {
  const questions = [...readCases('questions.json'), ...readCases('paraphrases.json')].map((c) => c.q);
  const users = Array.from({ length: USERS }, (_, i) => user(70_000 + i));
  const teams = new ConnectorEmulator();
  const serviceUrl = await teams.start();
  const idp = new OpenIdServer();
  await idp.start();
  const baseline = env.BENCH_BASELINE_ROOT;
  out(`${MESSAGES} messages from ${USERS} users at concurrency ${CONCURRENCY.join(' and ')} (after ${WARMUP} warm-up messages; `
    + `${ROUNDS} rounds, the servers taking turns), `
    + `${questions.length} distinct Q&A questions; QNA_WORKERS ${QNA_WORKER_VARIANTS.map((w) => w ?? 'unset').join(' and ')}; node ${process.version}`);
  let lost = 0;
  try {
    for (const auth of ['off', 'on'] as const) {
      if (env.BENCH_AUTH && env.BENCH_AUTH !== auth) continue;
      const identity: Record<string, string> = auth === 'on' ? {
        BOT_ID: APP_ID, BOT_PASSWORD: 'unused-in-bench', BOT_TENANT_ID: TENANT, HOST: '127.0.0.1',
        BOT_OPENID_METADATA_URL: idp.metadataUrl, BOT_TOKEN_ISSUER: idp.issuer,
      } : {};
      const token = (): Promise<string | undefined> => (auth === 'on' ? idp.token({ audience: APP_ID, serviceUrl, expiresIn: '1h' }) : Promise.resolve(undefined));
      const lederbot = (name: string, workers: QnaWorkers, root?: string): Contender => {
        const qna: Record<string, string> = workers === undefined ? {} : { QNA_WORKERS: workers };
        return {
          name: workers === undefined ? name : `${name} qna=${workers}`,
          start: () => (auth === 'on'
            ? startBot({ ...identity, ...qna, ...(root ? { LEDERBOT_APP_ROOT: root } : {}) }, { entry: BENCH_ENTRY })
            : startBot(qna, { entry: root ? join(root, 'src', 'index.js') : ENTRY })),
        };
      };
      const contenders: Contender[] = [
        { name: 'echo bot', start: () => startBot(identity, { entry: ECHO_ENTRY }) },
        ...QNA_WORKER_VARIANTS.flatMap((w) => [lederbot('lederbot', w), ...(baseline ? [lederbot('lederbot baseline', w, baseline)] : [])]),
      ];
      const results = await measure(contenders, teams, serviceUrl, token, questions, users);
      lost += report(auth === 'on' ? 'With a bot identity (every request\'s JWT validated against the local OpenID/JWKS server)' : 'Anonymous (no bot identity)', results);
    }
  } finally {
    await teams.stop();
    await idp.stop();
  }
  if (lost > 0) {
    out(`\n${lost} messages got no reply`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
