import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';

/** The real bot: `node dist/src/index.js` (built by `npm test` before Jest runs), driven over HTTP. */
export const ROOT = [resolve(__dirname, '..', '..'), resolve(__dirname, '..', '..', '..')]
  .find((d) => existsSync(join(d, 'package.json'))) ?? resolve(__dirname, '..', '..');
export const ENTRY = join(ROOT, 'dist', 'src', 'index.js');
/** The bot on a clock set by LEDERBOT_TEST_NOW (crash tests of scheduled work). */
export const CLOCKED_ENTRY = join(ROOT, 'dist', 'test', 'support', 'clocked-bot-entry.js');

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

export interface BotProcess {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  readonly output: () => string;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown; text: string }>;
  postRaw(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  /** SIGTERM and wait for exit. */
  stop(): Promise<number | null>;
  /** SIGKILL at once (crash test). */
  kill(): Promise<void>;
  readonly child: ChildProcess;
}

export async function startBot(env: Record<string, string> = {}, options: { dataDir?: string; waitReady?: boolean; entry?: string; readyTimeoutMs?: number } = {}): Promise<BotProcess> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lederbot-'));
  let out = '';
  const child = spawn(process.execPath, [options.entry ?? ENTRY], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const postRaw = async (body: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> => {
    const r = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
    return { status: r.status, text: await r.text() };
  };
  const bot: BotProcess = {
    url, port, dataDir, child, output: () => out,
    postRaw,
    async post(body, headers) {
      const r = await postRaw(JSON.stringify(body), headers);
      let parsed: unknown;
      try { parsed = r.text ? JSON.parse(r.text) : undefined; } catch { parsed = undefined; }
      return { status: r.status, body: parsed, text: r.text };
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
  if (options.waitReady !== false) {
    // Generous by default: on a loaded 2-core machine a cold start of the compiled bot can take many seconds.
    const end = Date.now() + (options.readyTimeoutMs ?? 60_000);
    for (;;) {
      if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}: ${out}`);
      try {
        const r = await fetch(`${url}/healthz`);
        if (r.status === 200) break;
      } catch { /* not listening yet */ }
      if (Date.now() > end) { child.kill('SIGKILL'); throw new Error(`bot not ready: ${out}`); }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return bot;
}
