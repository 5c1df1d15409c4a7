import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute, user, type TestUser } from '../../support/activities';
import { ConnectorEmulator } from '../../support/connector-emulator';
import { chromiumAvailable, CHROMIUM_PATH, PLAYGROUND_USER, screenshotDir, startPlaygroundSession, type PlaygroundSession } from '../../support/playground';

/**
 * The Agents Playground's user coordinates the department-head cohort (roles from roles.json, keyed by the
 * stable aadObjectId the Playground sends). A nominator nominates through /api/messages from their own
 * "Teams" (the connector emulator); the coordinator sees the card in the Playground, clicks Approve
 * (Action.Execute) and sees the card the bot answers with.
 */
const run = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) process.stderr.write(`Agents Playground approve test skipped: ${CHROMIUM_PATH} is not installed\n`);

jest.setTimeout(60_000);

const ILP = 'ilp-2021-2025';
const NOMINATOR = user(803, 'Dekan Dahl');
const LISE = user(804, 'Lise Leder');
const PER = user(805, 'Per Prosjektleder');
/** 1 March 2021: the department-head cohort takes nominations; 10:00 in Oslo. */
const NOW = '2021-03-01T09:00:00Z';

run('Agents Playground: a coordinator approves a nomination', () => {
  let pg: PlaygroundSession | undefined;
  let dataDir: string | undefined;
  const nominatorTeams = new ConnectorEmulator();
  const shots = screenshotDir('approve');

  beforeAll(async () => {
    await nominatorTeams.start();
    dataDir = mkdtempSync(join(tmpdir(), 'lederbot-playground-'));
    writeFileSync(join(dataDir, 'roles.json'), JSON.stringify({
      cohorts: [{ cohortId: ILP, coordinators: [PLAYGROUND_USER.aadObjectId], nominators: [NOMINATOR.aadObjectId] }],
      people: [LISE, PER].map((u) => ({ aadObjectId: u.aadObjectId, name: u.name })),
    }));
    pg = await startPlaygroundSession({ dataDir, now: NOW });
  }, 50_000);
  afterAll(async () => {
    await pg?.stop();
    await nominatorTeams.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 20_000);

  const nominate = async (p: PlaygroundSession, nominee: TestUser): Promise<void> => {
    const r = await p.bot.post(execute('nominations.submit', {
      kind: 'nomination', cohortId: ILP, nominee: nominee.aadObjectId, justification: 'Erfaren leder med gode resultater.',
    }, { serviceUrl: nominatorTeams.url, from: NOMINATOR }));
    expect(r.status).toBe(200);
    expect(r.text).toContain('Venter på behandling');
  };
  /**
   * Updates of a sent message the Playground logged (its log panel: "User Application -> ... message 200";
   * a new message is logged with 201).
   */
  const updatesLogged = async (p: PlaygroundSession): Promise<number> => {
    const panel = await p.page.getByText('Log Panel', { exact: true }).locator('xpath=../..').innerText();
    return [...panel.matchAll(/User Application\s*\S+\s*Microsoft 365 Agents Playground\s+message 200\b/g)].length;
  };
  /** The newest card in the chat holding this title. */
  const card = (p: PlaygroundSession, title: string) =>
    p.page.locator('.ac-adaptiveCard').filter({ hasText: title }).last();

  it('"til behandling" lists the nomination with its buttons; Godkjenn answers with the approved card', async () => {
    const p = pg!;
    await p.say('til behandling');
    await p.waitForText(/^Ingen nominasjoner venter på behandling\.$/);

    await nominate(p, LISE);
    await p.say('til behandling');
    await p.waitForText(/^Til behandling: 1$/);
    await p.waitForText(/^Nominasjon: Lise Leder$/);
    const pending = card(p, 'Nominasjon: Lise Leder');
    await expect(pending.getByText('Venter på behandling', { exact: true }).isVisible()).resolves.toBe(true);
    await p.screenshot(join(shots, 'pending.png'));

    await pending.getByRole('button', { name: 'Godkjenn', exact: true }).click();
    // The invoke's answer replaces the card, in bokmål: Kari writes bokmål, although the Playground stamps en-US.
    const decided = card(p, 'Lise Leder');
    await decided.getByText(/^Godkjent av Kari Koordinator, /).waitFor({ timeout: 15_000 });
    await expect(decided.getByText(/^Godkjent$/).isVisible()).resolves.toBe(true);
    await expect(decided.getByRole('button').count()).resolves.toBe(0);
    await p.screenshot(join(shots, 'approved.png'));

    // The same answer as at the start: wait for a second one, not the first still on screen.
    const empty = /^Ingen nominasjoner venter på behandling\.$/;
    const before = await p.countText(empty);
    await p.say('til behandling');
    await p.waitForMore(empty, before);
    expect(p.pageErrors()).toEqual([]);
  });

  it('the job runner posts the coordinator card into the Playground chat; Approve there decides it', async () => {
    const p = pg!;
    await nominate(p, PER);
    // post-card sends the card to the coordinator's 1:1 chat in the language she writes (bokmål), not in the
    // locale the Playground reports (en-US).
    await p.bot.app.runner.drain();
    await p.waitForText(/^Nominasjon: Per Prosjektleder$/);
    const posted = card(p, 'Nominasjon: Per Prosjektleder');
    await expect(posted.getByText('Venter på behandling', { exact: true }).isVisible()).resolves.toBe(true);

    await posted.getByRole('button', { name: 'Godkjenn', exact: true }).click();
    const decided = card(p, 'Nominasjon: Per Prosjektleder');
    await decided.getByText(/^Godkjent av Kari Koordinator, 1\. mars 2021 kl\. 10:00$/).waitFor({ timeout: 15_000 });
    await expect(decided.getByRole('button').count()).resolves.toBe(0);
    await p.screenshot(join(shots, 'approved-posted.png'));

    // Then the jobs: update-card rewrites the posted card for everyone (the Playground applies the update in
    // place: still one card, decided, no buttons), and the nominator hears about it in their own chat.
    const updatesBefore = await updatesLogged(p);
    await p.bot.app.runner.drain();
    for (const end = Date.now() + 10_000; (await updatesLogged(p)) === updatesBefore && Date.now() < end;) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await updatesLogged(p)).toBe(updatesBefore + 1);
    const logged = p.bot.logger.lines.find((l) => l.msg === 'coordinator cards updated' && l.posts === 1);
    expect(logged).toBeDefined();
    await expect(p.page.locator('.ac-adaptiveCard').filter({ hasText: 'Per Prosjektleder' }).count()).resolves.toBe(1);
    await decided.getByText(/^Godkjent av Kari Koordinator, 1\. mars 2021 kl\. 10:00$/).waitFor({ timeout: 15_000 });
    await expect(decided.getByRole('button').count()).resolves.toBe(0);
    const toNominator = nominatorTeams.received.filter((a) => a.conversationId === `a:personal-${NOMINATOR.aadObjectId}`);
    expect(JSON.stringify(toNominator.map((a) => a.activity))).toContain('Per Prosjektleder');
    expect(p.pageErrors()).toEqual([]);
    process.stderr.write(`Playground screenshots in ${shots}\n`);
  });
});
