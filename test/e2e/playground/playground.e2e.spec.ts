import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute, user } from '../../support/activities';
import { PLAYGROUND_USER_AAD, hasChromium, startPlayground, type Playground } from '../../support/agents-playground';
import { startBot, type BotProcess } from '../../support/bot-process';
import { ConnectorEmulator } from '../../support/connector-emulator';

/**
 * The real bot process driven from the Microsoft 365 Agents Playground in headless Chromium, as a user in
 * Teams would: type, read the rendered card, click its buttons. CI installs Debian's chromium; a machine
 * without it skips these with a message.
 */
const run = hasChromium() ? describe : describe.skip;
if (!hasChromium()) process.stderr.write('Agents Playground tests skipped: /usr/bin/chromium is not installed\n');

jest.setTimeout(120_000);

run('Agents Playground', () => {
  const nominator = user(801, 'Dekan Dahl');
  const leader = user(802, 'Lise Leder');
  const teams = new ConnectorEmulator();
  let bot: BotProcess;
  let pg: Playground;
  const shots = mkdtempSync(join(tmpdir(), 'playground-'));

  beforeAll(async () => {
    await teams.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'lederbot-pg-'));
    // The Playground's user coordinates the department-head cohort; roles come from data, as in production.
    writeFileSync(join(dataDir, 'roles.json'), JSON.stringify({
      cohorts: [{ cohortId: 'ilp-2021-2025', coordinators: [PLAYGROUND_USER_AAD], nominators: [nominator.aadObjectId] }],
      people: [{ aadObjectId: leader.aadObjectId, name: leader.name, email: 'lise.leder@example.no' }],
    }));
    bot = await startBot({}, { dataDir });
    pg = await startPlayground(bot.url);
  });
  afterAll(async () => {
    await pg?.stop();
    await bot?.stop();
    await teams.stop();
  });

  it('shows the help card for "hjelp"', async () => {
    await pg.say('hjelp');
    await pg.waitForText(/Dette kan jeg hjelpe med/);
  });

  it('answers a question with a card and its source, and answers a clicked follow-up', async () => {
    await pg.say('Hva koster LEDPRO?');
    await pg.waitForText(/Deltakeravgiften er kr 53 000/);
    await pg.waitForText(/Kilde: .*Kostnader/);
    await pg.click(/Hvor holdes LEDPRO/);
    await pg.waitForText(/Alle samlingene arrangeres på Wood Hotel i Brumunddal/);
    await pg.screenshot(join(shots, 'qna.png'));
  });

  it('lets the coordinator approve a nomination on the card the bot sent, and shows the decided card', async () => {
    // A nominator nominates from their own chat (through the connector emulator); the job runner then sends
    // the coordinator card to the Playground user's 1:1 chat.
    const r = await bot.post(execute('nominations.submit', {
      kind: 'nomination', cohortId: 'ilp-2021-2025', nominee: leader.aadObjectId, nomineeEmail: '',
      justification: 'Erfaren instituttleder med gode resultater.',
    }, { serviceUrl: teams.url, from: nominator }));
    expect(r.status).toBe(200);
    await pg.waitForText(/Lise Leder/, 30_000);
    await pg.click(/^Approve$|^Godkjenn$/);
    await pg.waitForText(/Approved by|Godkjent av/, 30_000);
    await pg.screenshot(join(shots, 'approved.png'));
  });
});
