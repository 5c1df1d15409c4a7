import { join } from 'node:path';
import { chromiumAvailable, CHROMIUM_PATH, screenshotDir, startPlaygroundSession, type PlaygroundSession } from '../../support/playground';

/**
 * A question typed in a Teams-like client (the Agents Playground in headless Chromium): the answer card shows
 * the fee and its source, and a clicked follow-up suggestion (Action.Submit, verb qna.ask) is answered too.
 */
const run = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) process.stderr.write(`Agents Playground Q&A test skipped: ${CHROMIUM_PATH} is not installed\n`);

jest.setTimeout(60_000);

run('Agents Playground: questions and follow-ups', () => {
  let pg: PlaygroundSession | undefined;
  const shots = screenshotDir('qna');

  beforeAll(async () => { pg = await startPlaygroundSession(); }, 50_000);
  afterAll(async () => { await pg?.stop(); }, 20_000);

  it('answers "Hva koster LEDPRO?" with the fee and its source, and answers clicked follow-ups', async () => {
    const p = pg!;
    await p.say('Hva koster LEDPRO?');
    // The fee applies to each part: the answer says so instead of reading as one fee for both.
    await p.waitForText(/^LEDPRO 1 og LEDPRO 2 \(gjelder hver del\): Deltakeravgiften er kr\s53\s000, pluss semesteravgift kr\s888/);
    await p.waitForText(/^Kilde: Ledelse av prosesser del 1 \(LEDPRO 1\) – Kostnader/);
    await p.screenshot(join(shots, 'qna-answer.png'));

    // A follow-up suggestion on the card (Action.Submit, verb qna.ask) is answered like a typed question.
    // The reply was about both parts, so its buttons ask about LEDPRO as a whole, and are answered for both parts.
    await p.clickButton('Hvor holdes samlingene i LEDPRO?');
    await p.waitForText(/^LEDPRO 1 og LEDPRO 2 \(gjelder hver del\): Alle samlingene arrangeres på Wood Hotel i Brumunddal\./);
    await p.waitForText(/^Kilde: Ledelse av prosesser del 1 \(LEDPRO 1\) – Hvor\?; Ledelse av prosesser del 2 \(LEDPRO 2\) – Hvor\?$/);

    // The newest card's own follow-up; the answer is dated by the bot's clock (2024-01-10 in this test).
    await p.clickButton('Når er neste samling i LEDPRO?');
    await p.waitForText(/^Neste samling i LEDPRO 1 og LEDPRO 2 er samling 1, 15\.–16\. februar 2024 \(klokkeslett er ikke kunngjort\) på Wood Hotel, Brumunddal \(om 36 dager\)\.$/);
    await p.screenshot(join(shots, 'qna-follow-ups.png'));
    expect(p.pageErrors()).toEqual([]);
    process.stderr.write(`Playground screenshots in ${shots}\n`);
  });
});
