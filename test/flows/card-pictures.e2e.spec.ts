import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { botAdded } from '../support/activities';
import { ROOT } from '../support/bot-process';
import { CardPictures, type Picture } from '../support/card-pictures';
import { chromiumAvailable, screenshotDir } from '../support/playground';
import { cardOf, COORD, LEADER, personalId, startHarness, type Harness } from '../nominations/nominations-harness';

/**
 * The main cards of issue 12 as pictures, before and after, rendered by the Adaptive Cards renderer in headless
 * Chromium. "After" cards come from this bot through /api/messages in the same situations the "before" cards were
 * captured in from main (c8701df, docs/screenshots/source/*-before.json): LEDPRO 1 2024 booked, its check-in
 * plan, "søk" on 2 December 2026, the bot added to a group chat. Every card must render without a renderer
 * problem. `UPDATE_SCREENSHOTS=1` writes the PNGs (and the after JSON) to docs/screenshots for the README;
 * otherwise they go to a temp folder.
 */
const DOCS = join(ROOT, 'docs', 'screenshots');
const out = process.env.UPDATE_SCREENSHOTS === '1' ? DOCS : screenshotDir('card-pictures');
const run = chromiumAvailable() ? describe : describe.skip;

run('pictures of the main cards, before and after', () => {
  let pictures: CardPictures;
  const after: Picture[] = [];
  beforeAll(async () => { pictures = await CardPictures.start(); }, 60_000);
  afterAll(async () => { await pictures.stop(); });

  async function withBot(now: string, steps: (h: Harness) => Promise<void>): Promise<void> {
    const h = await startHarness({ now, roles: { cohorts: [{ cohortId: 'ledpro-1-2024', coordinators: [COORD.aadObjectId], nominators: [] }], people: [] } });
    try { await steps(h); } finally { await h.stop(); }
  }
  const reply = async (h: Harness, text: string, from = LEADER): Promise<Picture> => {
    h.teams.reset();
    await h.say(text, from);
    const a = h.teams.sentTo(personalId(from))[0];
    const card = cardOf(a);
    return card ? { name: text, card } : { name: text, text: String(a.activity.text) };
  };

  it('captures the after cards through /api/messages', async () => {
    await withBot('2023-12-01T09:00:00Z', async (h) => {
      await h.invoke('nominations.submit', { kind: 'application', cohortId: 'ledpro-1-2024', degree: 'bachelor', justification: 'Vil lede bedre' }, LEADER);
      await h.drain();
      const [n] = await h.bot.app.context.store.list<{ id: string }>('nomination');
      await h.invoke('nominations.approve', { nominationId: n.value.id, rev: 1 }, COORD);
      await h.drain();
      after.push({ ...(await reply(h, 'mine samlinger')), name: 'my-gatherings' });
      after.push({ name: 'cancel-confirm', card: (await h.invoke('bookings.cancel', { cohortId: 'ledpro-1-2024', gatheringId: 'samling-2', lang: 'nb' }, LEADER)).value });
    });
    await withBot('2024-02-01T09:00:00Z', async (h) => {
      after.push({ ...(await reply(h, 'sjekk inn plan ledpro-1-2024', COORD)), name: 'checkin-plan' });
      h.teams.reset();
      await h.bot.post(botAdded({ serviceUrl: h.serviceUrl, from: COORD, conversationType: 'groupChat', conversationId: '19:basisgruppe@thread.v2', locale: 'nb-NO' }));
      const a = h.teams.sentTo('19:basisgruppe@thread.v2')[0];
      after.push({ name: 'group-welcome', card: cardOf(a) });
    });
    await withBot('2026-12-02T09:00:00Z', async (h) => {
      after.push({ ...(await reply(h, 'søk')), name: 'closed-door' });
    });
    expect(after.map((p) => p.name)).toEqual(['my-gatherings', 'cancel-confirm', 'checkin-plan', 'group-welcome', 'closed-door']);
    expect(after.every((p) => p.card !== undefined)).toBe(true);
  }, 120_000);

  it('renders every after card and every before card without a renderer problem', async () => {
    for (const p of after) {
      const file = join(out, `${p.name}-after.png`);
      expect(await pictures.save(p, file)).toEqual([]);
      expect(statSync(file).size).toBeGreaterThan(5_000);
      if (out === DOCS) writeFileSync(join(DOCS, 'source', `${p.name}-after.json`), `${JSON.stringify(p.card, null, 1)}\n`);
    }
    for (const name of ['my-gatherings', 'checkin-plan', 'group-welcome', 'closed-door']) {
      const source = join(DOCS, 'source', `${name}-before.json`);
      expect(existsSync(source)).toBe(true);
      const before = JSON.parse(readFileSync(source, 'utf8')) as { card?: unknown; text?: string };
      const file = join(out, `${name}-before.png`);
      expect(await pictures.save({ name, ...before }, file)).toEqual([]);
      expect(statSync(file).size).toBeGreaterThan(3_000);
    }
  }, 120_000);
});
