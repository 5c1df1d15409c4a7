import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort, ROOT } from './bot-process';

/**
 * The Microsoft 365 Agents Playground (a Teams-like client that renders Adaptive Cards and sends
 * Action.Execute invokes) driven in Debian's headless Chromium. Started only inside tests, always stopped.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM);
/** The user the Playground plays, set in its config file (its built-in user's id is not a GUID). */
export const PLAYGROUND_USER_AAD = '7a0c6a55-4b1e-4c3e-9d6a-2f1e5a7b0020';

/**
 * `.m365agentsplayground.yml`, read from the Playground's working directory: its built-in configuration with
 * the current user's aadObjectId made a real GUID (the CLI exits on configs that leave out its other parts).
 */
const CONFIG = `version: "0.1.1"
tenantId: 00000000-0000-0000-0000-0000000000001
bot:
  id: 00000000-0000-0000-0000-00000000000011
  name: Test Bot
currentUser:
  id: user-id-0
  name: Alex Wilber
  userPrincipleName: alexw@example.com
  aadObjectId: ${PLAYGROUND_USER_AAD}
  givenName: Alex
  surname: Wilber
  email: alexw@example.com
users:
  - id: user-id-1
    name: Megan Bowen
    userPrincipleName: meganb@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000021
    givenName: Megan
    surname: Bowen
    email: meganb@example.com
  - id: user-id-2
    name: Adele Vance
    userPrincipleName: adelev@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000022
    givenName: Adele
    surname: Vance
    email: adelev@example.com
  - id: user-id-3
    name: Isaiah Langer
    userPrincipleName: isaiah@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000023
    givenName: Isaiah
    surname: Langer
    email: isaiahl@example.com
  - id: user-id-4
    name: Patti Fernandez
    userPrincipleName: pattif@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000024
    givenName: Patti
    surname: Fernandez
    email: pattif@example.com
  - id: user-id-5
    name: Lynne Robbins
    userPrincipleName: lynner@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000025
    givenName: Lynne
    surname: Robbins
    email: lynner@example.com
personalChat:
  id: __PERSONAL_CHAT_ID__
groupChat:
  id: __GROUP_CHAT_ID__
  name: Group Chat
team:
  id: team-id
  name: My Team
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - id: channel-announcements-id
      name: Announcements
`;

export interface Playground {
  readonly page: Page;
  say(text: string): Promise<void>;
  waitForText(re: RegExp, timeoutMs?: number): Promise<void>;
  click(name: RegExp): Promise<void>;
  screenshot(path: string): Promise<void>;
  stop(): Promise<void>;
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    if (Date.now() > end) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startPlayground(botUrl: string): Promise<Playground> {
  const port = await freePort();
  const cwd = mkdtempSync(join(tmpdir(), 'playground-cfg-'));
  writeFileSync(join(cwd, '.m365agentsplayground.yml'), CONFIG);
  // Its own process group, so the whole tree is stopped with it.
  const child: ChildProcess = spawn(join(ROOT, 'node_modules', '.bin', 'agentsplayground'),
    ['-e', `${botUrl}/api/messages`, '-c', 'msteams', '-p', String(port)],
    // Its stdin stays open: the CLI quits when stdin ends.
    { cwd, detached: true, stdio: ['pipe', 'ignore', 'ignore'], env: process.env });
  let browser: Browser | undefined;
  const stop = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    if (child.pid && child.exitCode === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
  };
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, 30_000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`, { timeout: 30_000 });
    const box = page.locator('[role="textbox"][contenteditable="true"]');
    await box.waitFor({ timeout: 30_000 });
    return {
      page,
      async say(text) {
        await box.click();
        await box.fill(text);
        await page.keyboard.press('Enter');
      },
      async waitForText(re, timeoutMs = 15_000) {
        await page.getByText(re).last().waitFor({ timeout: timeoutMs });
      },
      async click(name) {
        await page.getByRole('button', { name }).last().click();
      },
      async screenshot(path) {
        await page.screenshot({ path });
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
