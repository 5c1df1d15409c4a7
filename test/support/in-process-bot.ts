import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppOptions, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { ManualClock } from '../../src/shared/clock';
import { MemoryLogger } from '../../src/shared/logger';

/**
 * The real app (restify, CloudAdapter, teams-ai, SQLite, job runner) in the test process on a loopback port,
 * with a clock the test moves. Use bot-process.ts instead when the test needs a separate process (kill -9).
 */
export interface InProcessBot {
  readonly url: string;
  readonly app: RunningApp;
  readonly clock: ManualClock;
  readonly logger: MemoryLogger;
  readonly dataDir: string;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown; text: string }>;
  stop(): Promise<void>;
}

export async function startInProcessBot(options: {
  env?: Record<string, string>; now?: string; jobs?: boolean; dataDir?: string; appOptions?: AppOptions;
} = {}): Promise<InProcessBot> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lederbot-'));
  const config = loadConfig({
    // Q&A in-process: under ts-jest there is no built worker entry (worker threads are tested from dist).
    PORT: '0', DATA_DIR: dataDir, JOBS_ENABLED: options.jobs === true ? 'true' : 'false', QNA_WORKERS: '0', ...options.env,
  });
  const clock = new ManualClock(options.now ?? '2024-01-10T09:00:00Z');
  const logger = new MemoryLogger();
  const app = buildApp(config, logger, { clock, ...options.appOptions });
  const { port } = await app.listen();
  const url = `http://127.0.0.1:${port}`;
  return {
    url, app, clock, logger, dataDir,
    async post(body, headers = {}) {
      const r = await fetch(`${url}/api/messages`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body),
      });
      const text = await r.text();
      let parsed: unknown;
      try { parsed = text ? JSON.parse(text) : undefined; } catch { parsed = undefined; }
      return { status: r.status, body: parsed, text };
    },
    stop: () => app.stop(),
  };
}
