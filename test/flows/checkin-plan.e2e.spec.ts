import { CheckinOverrideRepository } from '../../src/capabilities/checkins/store/checkin-override.repository';
import { actionsOf, cardOf, cardProblems, COORD, LEADER, personalId, startHarness, visible, type Card, type Harness } from '../nominations/nominations-harness';

/**
 * `sjekk inn plan «kull-id»` as coordinators meet it, through /api/messages: a card with each round's times in
 * Oslo time and in words (the gathering it follows, its state), Move and Skip buttons that change the round for
 * the whole cohort (the existing use case, authorized on the server from the sender), in bokmål and English.
 * LEDPRO 1 2024: round 1 after Samling 1 (15–16 February) is posted 23 February 09:00.
 */
const COHORT = 'ledpro-1-2024';
const ROUND1 = `${COHORT}.after-1`;

describe('the check-in plan card', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ now: '2024-02-01T09:00:00Z' }); });
  afterAll(() => h.stop());

  async function planOf(text: string, locale = 'nb-NO', from = COORD): Promise<Card | string> {
    h.teams.reset();
    await h.say(text, from, { locale });
    const [sent] = h.teams.sentTo(personalId(from));
    return cardOf(sent) ?? String(sent.activity.text);
  }
  const overrides = () => new CheckinOverrideRepository(h.bot.app.context.store).forCohort(COHORT);

  it('shows each round in Oslo time with its gathering, state and Move/Skip, in bokmål', async () => {
    const card = await planOf('sjekk inn plan ledpro-1-2024');
    expect(cardProblems(card)).toEqual([]);
    const seen = visible(card);
    expect(seen).toContain('Sjekk-inner i LEDPRO 1 – 2024');
    expect(seen).toContain('0 basisgrupper er koblet. Endringer gjelder hele kullet.');
    expect(seen).toContain('Runde 1: etter Samling 1\nPostes\n23. februar 2024 kl. 09:00\nPåminnelse\n26. februar 2024 kl. 09:00\nOppsummering og svarfrist\n2. april 2024 kl. 09:00\nStatus\nPlanlagt');
    expect(seen).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const first = actionsOf(card).filter((a) => JSON.stringify(a).includes(ROUND1));
    expect(first.map((a) => a.title)).toEqual(['Flytt …', 'Flytt runden', 'Hopp over']);
    // The move form starts at the planned time, in Oslo time.
    expect(JSON.stringify(card)).toContain(`"id":"${ROUND1}.date","label":"Ny dato for posting","value":"2024-02-23"`);
    expect(JSON.stringify(card)).toContain(`"id":"${ROUND1}.time","label":"Klokkeslett (Oslo-tid)","value":"09:00"`);
  });

  it('shows the same card in English for "checkin plan"', async () => {
    const seen = visible(await planOf('checkin plan ledpro-1-2024', 'nb-NO'));
    expect(seen).toContain('Check-ins in LEDPRO 1 – 2024');
    expect(seen).toContain('Round 1: after Gathering 1\nPosted\n23 February 2024 at 09:00\nReminder\n26 February 2024 at 09:00\nDigest and deadline\n2 April 2024 at 09:00\nState\nPlanned');
    expect(seen).toContain('Check-ins, reminders and digests are sent on working days at 09:00');
  });

  it('moves a round from the card and says so in Oslo time; the store holds the new time', async () => {
    const r = await h.invoke('checkins.move', { roundId: ROUND1, [`${ROUND1}.date`]: '2024-02-26', [`${ROUND1}.time`]: '10:30', lang: 'nb' }, COORD);
    const seen = visible(r.value);
    expect(seen).toContain('Runde 1 er flyttet. Den postes 26. februar 2024 kl. 10:30.');
    expect(seen).toContain('Postes\n26. februar 2024 kl. 10:30');
    expect(seen).toContain('Planlagt (flyttet av en koordinator)');
    expect((await overrides()).find((o) => o.roundId === ROUND1)?.postAt?.toISOString()).toBe('2024-02-26T09:30:00.000Z');
  });

  it('refuses a time after the digest and an unreadable time, and changes nothing', async () => {
    const late = visible((await h.invoke('checkins.move', { roundId: ROUND1, date: '2024-05-01', time: '09:00', lang: 'en' }, COORD)).value);
    expect(late).toContain('The round must be posted before the digest deadline.');
    const bad = visible((await h.invoke('checkins.move', { roundId: ROUND1, date: '26.02.2024', time: '9', lang: 'nb' }, COORD)).value);
    expect(bad).toContain('Skriv tiden som ÅÅÅÅ-MM-DD TT:mm');
    expect((await overrides()).find((o) => o.roundId === ROUND1)?.postAt?.toISOString()).toBe('2024-02-26T09:30:00.000Z');
  });

  it('skips a round and takes it back, in English', async () => {
    const skipped = await h.invoke('checkins.skip', { roundId: ROUND1, skip: true, lang: 'en' }, COORD, { locale: 'en-US' });
    expect(visible(skipped.value)).toContain('Round 1 is skipped for the whole cohort. You can take it back until 2 April 2024 at 09:00.');
    expect(visible(skipped.value)).toContain('State\nSkipped');
    expect(actionsOf(skipped.value).filter((a) => JSON.stringify(a).includes(ROUND1)).map((a) => a.title)).toEqual(['Take back']);
    expect((await overrides()).find((o) => o.roundId === ROUND1)?.skip).toBe(true);
    const back = await h.invoke('checkins.skip', { roundId: ROUND1, skip: false, lang: 'en' }, COORD, { locale: 'en-US' });
    expect(visible(back.value)).toContain('Round 1 is back. It will be posted 26 February 2024 at 10:30.');
    expect((await overrides()).find((o) => o.roundId === ROUND1)?.skip).toBe(false);
  });

  it('refuses someone who does not coordinate the cohort, on the command and on a forged button, and changes nothing', async () => {
    const before = JSON.stringify(await overrides());
    expect(await planOf('sjekk inn plan ledpro-1-2024', 'nb-NO', LEADER)).toBe('Bare koordinatorene for kullet kan se og endre sjekk-in-planen.');
    const forged = await h.invoke('checkins.skip', { roundId: ROUND1, skip: true, lang: 'nb' }, LEADER);
    expect(visible(forged.value)).toBe('Bare koordinatorene for kullet kan se og endre sjekk-in-planen.');
    // She wrote bokmål, so a press from an English Teams client still answers in bokmål (her kept language).
    const moved = await h.invoke('checkins.move', { roundId: ROUND1, date: '2024-02-27', time: '09:00' }, LEADER, { locale: 'en-US' });
    expect(visible(moved.value)).toBe('Bare koordinatorene for kullet kan se og endre sjekk-in-planen.');
    expect(JSON.stringify(await overrides())).toBe(before);
  });
});
