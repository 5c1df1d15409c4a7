import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHANNEL, COORD, COORD2, ILP, LEADER, NOMINATOR, START, STRANGER, cardOf, startHarness, visible, type Harness } from '../nominations/nominations-harness';
import { roundId } from '../../src/capabilities/checkins/domain/checkin-schedule';
import { BaseGroupRepository } from '../../src/capabilities/checkins/store/base-group.repository';
import { CheckinAnswerRepository } from '../../src/capabilities/checkins/store/checkin-answer.repository';
import { CheckinRoundRepository } from '../../src/capabilities/checkins/store/checkin-round.repository';
import { seedBaseGroups } from '../support/base-groups-seed';
import { TENANT } from '../support/activities';
import { EntraTokenIssuer } from '../support/entra-token-issuer';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from '../support/playground';
import { ROOT } from '../support/bot-process';

/**
 * The built coordinator tab (dist/tab, from `npm run build`) in Debian's headless Chromium against the real
 * server, signed in with Teams SSO tokens from a local Entra issuer. The page gets its token the way it gets it
 * from Teams' getAuthToken (a provider set before it loads); the server verifies it like any other. One browser
 * for the whole file, one context per person.
 */
const run = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) process.stderr.write(`coordinator tab browser test skipped: ${CHROMIUM_PATH} is not installed\n`);

jest.setTimeout(180_000);

const LEDPRO1 = 'ledpro-1-2024';
const APP_ID = '00000000-0000-4000-8000-00000000a11c';
const AUDIENCE = `api://localhost/${APP_ID}`;
/** docs/screenshots when asked for (UPDATE_SCREENSHOTS=1), so an ordinary test run leaves the work tree alone. */
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : join(tmpdir(), 'lederbot-tab-shots');

run('coordinator tab in Chromium', () => {
  const issuer = new EntraTokenIssuer(TENANT);
  let h: Harness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await issuer.start();
    h = await startHarness({ env: { TAB_APP_ID_URI: AUDIENCE, TAB_TENANT_ID: TENANT, TAB_OPENID_METADATA_URL: issuer.metadataUrl } });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
    await h.say('registrer koordinatorkanal ilp-2021-2025', COORD, { channel: true });
    await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: LEADER.aadObjectId, nomineeEmail: '', justification: 'Erfaren leder.' }, NOMINATOR);
    await h.drain();
    // Two base groups; the first had round 1 posted and three of its four members answered (states as the
    // check-in jobs leave them; the flow itself is tested in test/checkins).
    const store = h.bot.app.context.store;
    const groups = await seedBaseGroups({ store, catalog: h.bot.app.context.catalog, cohortId: LEDPRO1, serviceUrl: h.serviceUrl, count: 2, now: new Date(START) });
    const round = roundId(LEDPRO1, 1);
    const members = (await new BaseGroupRepository(store).get(groups[0].groupId))?.group.members ?? [];
    await store.commit([
      new CheckinRoundRepository(store).saveOp({ groupId: groups[0].groupId, roundId: round, status: 'posted', postedAt: '2024-03-25T08:00:00.000Z', remindedAt: '2024-03-28T08:00:00.000Z' }, undefined),
      ...members.slice(0, 3).map((m) => new CheckinAnswerRepository(store).upsertOp({
        roundId: round, groupId: groups[0].groupId, aadObjectId: m.aadObjectId, name: m.name, text: 'Hemmelig svar', choices: {}, updatedAt: '2024-03-26T12:00:00.000Z',
      })),
    ]);
  }, 60_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await h?.stop();
    await issuer.stop();
  }, 30_000);

  /** A page signed in as the person, in its own browser context; only loopback is reachable. */
  const open = async (u: { aadObjectId: string; name: string }, query = 'lang=nb'): Promise<Page> => {
    const token = await issuer.token({ audience: AUDIENCE, oid: u.aadObjectId, name: u.name });
    // The browser's own locale decides how date inputs look; a Norwegian coordinator's is nb-NO.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: query.includes('lang=en') ? 'en-GB' : 'nb-NO' });
    contexts.push(context);
    await context.route('**/*', (route) => (/^http:\/\/127\.0\.0\.1:/.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
    await context.addInitScript((t: string) => { (window as unknown as { lederbotTokenProvider: () => Promise<string> }).lederbotTokenProvider = () => Promise.resolve(t); }, token);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => { errors.push(e.message); });
    await page.goto(`${h.bot.url}/tab/?${query}`);
    return page;
  };
  /**
   * Serious and critical accessibility violations (axe-core, WCAG 2.1 A/AA rules). One known false positive is
   * left out, node by node: Fluent's focus sentinels (`data-tabster-dummy`: aria-hidden on purpose, they only
   * pass focus on; microsoft/tabster#288, Fluent's known issues) under aria-hidden-focus. Nothing else is.
   */
  const axe = async (page: Page): Promise<string[]> => {
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy'))) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };

  it('a coordinator sees their cohort and not another\'s, and approves a nomination: the card in the channel updates', async () => {
    const page = await open(COORD2);
    const picker = page.getByLabel('Kull');
    await picker.waitFor();
    const options = await picker.locator('option').allTextContents();
    expect(options).toEqual([expect.stringContaining(h.cohortName(ILP))]);
    expect(options.join(' ')).not.toContain('LEDPRO');
    const row = page.locator('tr', { hasText: 'Lise Leder' });
    await row.waitFor();
    expect(await page.getByRole('heading', { name: 'Venter på behandling (1)' }).isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'tab-nominations.png'), fullPage: true });

    const postedId = h.teams.sentTo(CHANNEL)[0].assignedId;
    await row.getByRole('button', { name: 'Godkjenn: Lise Leder' }).click();
    await page.getByText('Lise Leder: Godkjent.').waitFor();
    await page.getByRole('heading', { name: 'Godkjent (1)' }).waitFor();
    await h.drain();
    const updates = h.teams.updatesOf(postedId);
    expect(updates).toHaveLength(1);
    expect(visible(cardOf(updates[0]))).toContain('Godkjent av Ola Koordinator');
    await page.screenshot({ path: join(SHOTS, 'tab-approved.png'), fullPage: true });
  });

  it('shows seats and check-ins as charts with tables, and alerts, without accessibility violations', async () => {
    await h.drain();
    const page = await open(COORD2);
    await page.getByRole('tab', { name: 'Plasser' }).click();
    await page.getByRole('heading', { name: 'Plasser per samling' }).waitFor();
    const firstRow = page.locator('tbody tr').first();
    await firstRow.waitFor();
    expect(await firstRow.locator('td').nth(2).textContent()).toBe('1');
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'tab-seats.png'), fullPage: true });
    // Kari coordinates LEDPRO 1 2024 too, whose base groups check in.
    const kari = await open(COORD);
    await kari.getByLabel('Kull').selectOption(LEDPRO1);
    await kari.getByRole('tab', { name: 'Sjekk-inn' }).click();
    await kari.getByText('Fanen viser bare hvor mange som har svart, aldri hva de skrev.').waitFor();
    const answered = kari.locator('tr', { hasText: 'Basisgruppe 1' }).filter({ hasText: 'Etter samling 1' });
    await answered.waitFor();
    expect(await answered.locator('td').nth(3).textContent()).toBe('3 / 4 (75 %)');
    expect(await kari.locator('tr', { hasText: 'Basisgruppe 2' }).filter({ hasText: 'Etter samling 1' }).locator('td').nth(3).textContent()).toBe('–');
    expect(await kari.getByText('Hemmelig svar').count()).toBe(0);
    expect(await axe(kari)).toEqual([]);
    await kari.screenshot({ path: join(SHOTS, 'tab-checkins.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Varsler' }).click();
    await page.getByText('Ingen oppgaver har gitt opp.').waitFor();
    expect(await axe(page)).toEqual([]);
  });

  it('downloads the participant list as CSV and Excel, and the files read back', async () => {
    const page = await open(COORD2);
    await page.getByRole('tab', { name: 'Eksport' }).click();
    const csvButton = page.getByRole('button', { name: 'Last ned CSV' });
    await csvButton.waitFor();
    expect(await axe(page)).toEqual([]);
    const [csv] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
    expect(csv.suggestedFilename()).toBe(`deltakere-${ILP}.csv`);
    const lines = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Navn;E-post;Status;Nr.;Program;Kull;Samling;Dato;Sted;Sist endret');
    expect(lines.slice(1).every((l) => l.startsWith('Lise Leder;'))).toBe(true);
    expect(lines[1]).toMatch(/;Påmeldt;1;/);
    expect(lines[1]).toMatch(/;\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toBe(`deltakere-${ILP}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await xlsx.path());
    const ws = wb.getWorksheet('Deltakere');
    expect(ws?.getRow(1).getCell(1).value).toBe('Navn');
    expect(ws?.getRow(2).getCell(1).value).toBe('Lise Leder');
    await page.getByText(`Lastet ned deltakere-${ILP}.xlsx.`).waitFor();
    await page.screenshot({ path: join(SHOTS, 'tab-export.png'), fullPage: true });
  });

  it('creates next year\'s cohort from the form and the bot answers "neste samling" with its date', async () => {
    const page = await open(COORD);
    await page.getByRole('tab', { name: 'Nytt kull' }).click();
    await page.getByLabel('Program').selectOption({ label: h.programName('ledpro-1') });
    await page.getByLabel('Kull-ID', { exact: false }).fill('ledpro-1-2027');
    await page.getByLabel('År').fill('2027');
    await page.getByLabel('Navn på bokmål').fill('LEDPRO 1 2027');
    await page.getByLabel('Navn på engelsk').fill('LEDPRO 1 2027');
    await page.getByLabel('Kapasitet', { exact: true }).fill('30');
    await page.getByLabel('Søknadsfrist').fill('2026-12-15');
    await page.getByLabel('Første dag').fill('2027-02-11');
    await page.getByLabel('Siste dag').fill('2027-02-12');
    await page.getByLabel('Sted', { exact: true }).fill('Scandic Hamar');
    await page.getByLabel('By').fill('Hamar');
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'tab-new-cohort.png'), fullPage: true });
    await page.getByRole('button', { name: 'Lagre kullet' }).click();
    await page.getByText('Kullet «LEDPRO 1 2027» er lagret og brukes nå av boten.').waitFor();

    h.teams.reset();
    await h.say('Når er neste samling i LEDPRO 1?', LEADER);
    expect(h.teams.received.map((a) => JSON.stringify(a.activity)).join(' ')).toContain('11.–12. februar 2027');
    const stored = await h.bot.app.context.store.get('cohort-overlay', 'ledpro-1-2027');
    expect(stored?.value).toMatchObject({ programId: 'ledpro-1', createdBy: { name: 'Kari Koordinator' } });
  });

  it('follows the Teams theme and language: dark, high contrast and English', async () => {
    const dark = await open(COORD2, 'lang=en&theme=dark');
    await dark.getByRole('heading', { name: 'Approved (1)' }).waitFor();
    expect(await axe(dark)).toEqual([]);
    await dark.screenshot({ path: join(SHOTS, 'tab-dark-en.png'), fullPage: true });
    const contrast = await open(COORD2, 'lang=nb&theme=contrast');
    await contrast.getByRole('heading', { name: 'Godkjent (1)' }).waitFor();
    expect(await axe(contrast)).toEqual([]);
    await contrast.screenshot({ path: join(SHOTS, 'tab-contrast.png'), fullPage: true });
  });

  it('a person who coordinates nothing sees so, and the API answers them 403', async () => {
    const page = await open(STRANGER);
    await page.getByText('Du er ikke koordinator for noe kull.').waitFor();
    const status = await page.evaluate(async (cohortId: string) => {
      const token = await (window as unknown as { lederbotTokenProvider: () => Promise<string> }).lederbotTokenProvider();
      const r = await fetch(`/api/tab/cohorts/${cohortId}/nominations`, { headers: { Authorization: `Bearer ${token}` } });
      return r.status;
    }, ILP);
    expect(status).toBe(403);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'tab-not-coordinator.png'), fullPage: true });
  });
});
