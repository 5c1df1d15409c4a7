import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumAvailable, CHROMIUM_PATH, startPlaygroundSession, type PlaygroundSession } from '../../support/playground';

/**
 * "hjelp" typed in a Teams-like client (the Agents Playground in headless Chromium): the help card renders
 * with its quick actions, and clicking one (an imBack) sends its command as the user's message.
 */
const run = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) process.stderr.write(`Agents Playground help test skipped: ${CHROMIUM_PATH} is not installed\n`);

jest.setTimeout(60_000);

run('Agents Playground: help card', () => {
  let pg: PlaygroundSession | undefined;
  const shots = mkdtempSync(join(tmpdir(), 'playground-shots-'));

  beforeAll(async () => { pg = await startPlaygroundSession(); }, 50_000);
  afterAll(async () => { await pg?.stop(); }, 20_000);

  it('renders the help card for "hjelp" and answers its quick action', async () => {
    const p = pg!;
    await p.say('hjelp');
    await p.waitForText(/Dette kan jeg hjelpe med/);
    // The card lists each capability's command with its description, in bokmål.
    await p.waitForText(/nominer en leder til et program/);
    await p.waitForText(/Spør meg fritt, for eksempel «Hva koster LEDPRO\?»/);
    await p.screenshot(join(shots, 'help.png'));

    // Quick action "mine nominasjoner" (Action.Submit with msteams.imBack): the bot answers the command.
    await p.clickButton('mine nominasjoner');
    await new Promise((r) => setTimeout(r, 3000));
    await p.screenshot(join(shots, 'after-click.png'));
    await p.waitForText(/Mine nominasjoner og søknader/);
    await p.waitForText(/Du har ingen nominasjoner eller søknader\./);
    await p.screenshot(join(shots, 'help-quick-action.png'));
    process.stderr.write(`playground screenshots: ${shots}\n`);
  });
});
