import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { freePort, ROOT } from './bot-process';
import { startInProcessBot, type InProcessBot } from './in-process-bot';

/**
 * The Microsoft 365 Agents Playground (a Teams-like web client: renders Adaptive Cards, sends imBack messages
 * and Action.Execute invokes) in Debian's headless Chromium, talking to the real app in this process
 * (startInProcessBot: the test owns the clock and drains the jobs). The Playground listens on all interfaces:
 * it is started only inside tests and always stopped, with its whole process group.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const chromiumAvailable = (): boolean => existsSync(CHROMIUM_PATH);

/**
 * The user the Playground plays. Its built-in user's aadObjectId (`...-0000000000020`, 13 digits in the last
 * group) is not a GUID, so the config file below gives it a real, stable one: role checks and nominee
 * look-ups see the same id in every run. Teams user id and name come from the same file.
 */
export const PLAYGROUND_USER = {
  id: 'user-id-0',
  aadObjectId: '5b7a3c1e-2d4f-4e6a-9b8c-0d1e2f3a4b5c',
  name: 'Kari Koordinator',
} as const;

const user = (n: number, given: string, sur: string): string => `  - id: user-id-${n}
    name: ${given} ${sur}
    userPrincipleName: ${given.toLowerCase()}@example.com
    aadObjectId: 5b7a3c1e-2d4f-4e6a-9b8c-0d1e2f3a4b5${n}
    givenName: ${given}
    surname: ${sur}
    email: ${given.toLowerCase()}@example.com`;

/**
 * `.m365agentsplayground.yml` (schema 0.1.1; the Playground insists on every section and exactly five other
 * users). The locale is not configurable: the Playground stamps `en-US` on every activity it sends.
 */
const CONFIG = `version: "0.1.1"
tenantId: 72f988bf-86f1-41af-91ab-2d7cd011db47
bot:
  id: 28:lederbot
  name: Lederbot
currentUser:
  id: ${PLAYGROUND_USER.id}
  name: ${PLAYGROUND_USER.name}
  userPrincipleName: kari@example.com
  aadObjectId: ${PLAYGROUND_USER.aadObjectId}
  givenName: Kari
  surname: Koordinator
  email: kari@example.com
users:
${[user(1, 'Ola', 'Nordmann'), user(2, 'Lise', 'Leder'), user(3, 'Per', 'Hansen'), user(4, 'Anne', 'Berg'), user(5, 'Nils', 'Dahl')].join('\n')}
personalChat:
  id: a:personal-playground
groupChat:
  id: 19:groupchat-playground@thread.v2
  name: Gruppechat
team:
  id: 19:team-playground@thread.tacv2
  name: Ledelse
  aadGroupId: 5b7a3c1e-2d4f-4e6a-9b8c-0d1e2f3a4b60
  channels:
    - id: 19:channel-playground@thread.tacv2
      name: Koordinatorer
`;

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PlaygroundSession {
  readonly bot: InProcessBot;
  readonly page: Page;
  /** The Playground's own output so far (for failure messages). */
  output(): string;
  /** Uncaught errors of the Playground's page script so far. */
  pageErrors(): string[];
  /** Types into the compose box and presses Enter, as a user would. */
  say(text: string): Promise<void>;
  /** Waits until a visible element's text matches; returns the last match. */
  waitForText(re: RegExp, timeoutMs?: number): Promise<Locator>;
  /** How many elements' text matches now (to wait for the next one after an action). */
  countText(re: RegExp): Promise<number>;
  /** Waits until more than `before` elements match. */
  waitForMore(re: RegExp, before: number, timeoutMs?: number): Promise<void>;
  /** Clicks the last (newest) button with this accessible name: card actions are buttons. */
  clickButton(name: string | RegExp): Promise<void>;
  screenshot(path: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Where a spec's screenshots go: one fixed folder per spec under the temp dir, overwritten by the next run
 * (so runs do not pile up folders, and the last run's pictures can be looked at).
 */
export function screenshotDir(spec: string): string {
  const dir = join(tmpdir(), 'lederbot-playground-shots', spec);
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function waitForHttp(url: string, timeoutMs: number, alive: () => boolean): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (r.ok) return;
    } catch { /* not listening yet */ }
    if (!alive()) throw new Error('the Playground exited before it served its page');
    if (Date.now() > end) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Waits for `p` at most `ms`; false when time ran out. Its timer never outlives it (Jest would wait for it). */
async function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), ms); });
  try {
    return await Promise.race([p.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** SIGTERM to the process group, SIGKILL if it has not exited within `graceMs`. */
async function killGroup(child: ChildProcess, graceMs: number): Promise<void> {
  const pid = child.pid;
  if (!pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (s: NodeJS.Signals): void => { try { process.kill(-pid, s); } catch { /* already gone */ } };
  signal('SIGTERM');
  if (!(await within(exited, graceMs))) {
    signal('SIGKILL');
    await within(exited, graceMs);
  }
}

/** The page may load only what the Playground serves on loopback (it also asks an Office CDN for an animation script). */
const isLoopback = (url: string): boolean => {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
};

export interface PlaygroundOptions {
  /** Passed to startInProcessBot. */
  readonly now?: string;
  readonly env?: Record<string, string>;
  readonly jobs?: boolean;
  /** The bot's DATA_DIR (e.g. with a roles.json written beforehand); a fresh temp dir by default. */
  readonly dataDir?: string;
}

/** Bot, Playground and browser, in that order; on any failure everything started so far is stopped. */
export async function startPlaygroundSession(options: PlaygroundOptions = {}): Promise<PlaygroundSession> {
  const bot = await startInProcessBot({ now: options.now, env: options.env, jobs: options.jobs, dataDir: options.dataDir });
  const dir = mkdtempSync(join(tmpdir(), 'playground-'));
  writeFileSync(join(dir, '.m365agentsplayground.yml'), CONFIG);
  let child: ChildProcess | undefined;
  let browser: Browser | undefined;
  let out = '';
  const errors: string[] = [];
  // Should the test process end without stop() (a crashed worker), the detached Playground goes with it.
  const killOnExit = (): void => { if (child?.pid) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } } };
  process.once('exit', killOnExit);
  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    // The browser first (it holds the Playground's websocket), then the Playground (it holds connections to
    // the bot), then the bot.
    if (browser) await within(browser.close(), 5_000);
    if (child) await killGroup(child, 3_000);
    await bot.stop();
    rmSync(dir, { recursive: true, force: true });
    // The bot's data dir is ours unless the caller passed one.
    if (!options.dataDir) rmSync(bot.dataDir, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    child = spawn(join(ROOT, 'node_modules', '.bin', 'agentsplayground'),
      ['-e', `${bot.url}/api/messages`, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
        cwd: dir,
        // Its own process group, so stop() ends the whole tree.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          TEAMSAPPTESTER_BROWSER: 'none', // do not open a desktop browser
          M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(dir, '.m365agentsplayground.yml'),
          M365_AGENTS_PLAYGROUND_LOGFILE: join(dir, 'playground.log'), // default: ./devTools/ of the cwd
        },
      });
    const keep = (b: Buffer): void => { out = (out + b.toString()).slice(-20_000); };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const proc = child;
    const url = `http://127.0.0.1:${port}/`;
    await waitForHttp(url, 30_000, () => proc.exitCode === null && proc.signalCode === null);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/*', (route) => (isLoopback(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
    page.on('pageerror', (e) => { errors.push(e.message); });
    await page.goto(url, { timeout: 30_000 });
    const box = page.locator('[role="textbox"][contenteditable="true"]');
    await box.waitFor({ timeout: 30_000 });
    const texts = (re: RegExp): Locator => page.getByText(re);
    return {
      bot, page,
      output: () => out,
      pageErrors: () => [...errors],
      async say(text) {
        await box.click();
        await box.fill(text);
        await box.press('Enter');
      },
      async waitForText(re, timeoutMs = 15_000) {
        const last = texts(re).last();
        await last.waitFor({ state: 'visible', timeout: timeoutMs });
        return last;
      },
      countText: (re) => texts(re).count(),
      async waitForMore(re, before, timeoutMs = 15_000) {
        await texts(re).nth(before).waitFor({ state: 'visible', timeout: timeoutMs });
      },
      async clickButton(name) {
        await page.getByRole('button', { name, exact: typeof name === 'string' }).last().click({ timeout: 10_000 });
      },
      async screenshot(path) {
        await page.screenshot({ path, fullPage: true });
      },
      stop,
    };
  } catch (e) {
    const tail = out.slice(-2_000);
    await stop();
    if (e instanceof Error && tail) e.message += `\nPlayground output:\n${tail}`;
    throw e;
  }
}
