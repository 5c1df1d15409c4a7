import { loadCatalog, defaultCatalogDir } from '../../src/catalog/catalog-loader';
import { BookingRepository } from '../../src/capabilities/bookings/store/booking.repository';
import { demoCatalog, DEMO_COHORT } from '../../src/demo/demo-catalog';
import {
  actionsOf, cardOf, cardProblems, COORD, defaultRoles, LEADER, personalId, startHarness, STRANGER, visible, type Card, type Harness,
} from '../nominations/nominations-harness';

/**
 * Leaving a gathering as a participant meets it, through /api/messages: "Meld meg av" is an ordinary button
 * that turns the card into a confirm view (which gathering, when, where, what it is about, what leaving means
 * and the way back); only "Ja, meld meg av" cancels; a gathering left can be taken back until the cut-off.
 * The demo's example cohort (hours 11:00–14:00) starts 23 December 2026 when today is 2 December 2026.
 */
const NOW = '2026-12-02T09:00:00Z';

describe('leaving and re-booking a gathering', () => {
  let h: Harness;
  const status = async (gatheringId: string, who = LEADER): Promise<string | undefined> =>
    ((await new BookingRepository(h.bot.app.context.store).get(DEMO_COHORT, gatheringId, who.aadObjectId))?.value as { status?: string } | undefined)?.status;

  beforeAll(async () => {
    const catalog = demoCatalog(loadCatalog(defaultCatalogDir), new Date(NOW));
    const roles = { ...defaultRoles, cohorts: [...defaultRoles.cohorts, { cohortId: DEMO_COHORT, coordinators: [COORD.aadObjectId], nominators: [] }] };
    h = await startHarness({ now: NOW, roles, appOptions: { catalog } });
    await h.invoke('nominations.submit', { kind: 'application', cohortId: DEMO_COHORT, degree: 'bachelor', justification: 'Vil lede bedre' }, LEADER);
    await h.drain();
    const [n] = await h.bot.app.context.store.list<{ id: string }>('nomination');
    await h.invoke('nominations.approve', { nominationId: n.value.id, rev: 1 }, COORD);
    await h.drain();
  });
  afterAll(() => h.stop());

  async function mine(locale = 'nb-NO', text = 'mine samlinger'): Promise<Card> {
    h.teams.reset();
    await h.say(text, LEADER, { locale });
    return cardOf(h.teams.sentTo(personalId(LEADER))[0]) ?? {};
  }

  it('lists each gathering with its days and hours in Oslo time, its agenda and the deadline, and no red buttons', async () => {
    const card = await mine();
    expect(cardProblems(card)).toEqual([]);
    const seen = visible(card);
    expect(seen).toContain('Samling 1\nDEMO – eksempelkull av LEDPRO 1\nNår\n23. desember 2026 kl. 11:00 – 24. desember 2026 kl. 14:00\nSted\nWood Hotel, Brumunddal\nProgram\nHver samling har et hovedtema.\nStatus\nPåmeldt\nFrist her\ntil 21. desember 2026 kl. 11:00');
    expect(seen.match(/Påmeldt/g)).toHaveLength(6);
    const cancels = actionsOf(card).filter((a) => a.verb === 'bookings.cancel');
    expect(cancels).toHaveLength(6);
    expect(cancels.map((a) => a.title)).toEqual(Array(6).fill('Meld meg av …'));
    expect(cancels.some((a) => a.style === 'destructive')).toBe(false);
  });

  it('asks to confirm in the card before leaving, and "Nei" keeps the place', async () => {
    const ask = await h.invoke('bookings.cancel', { cohortId: DEMO_COHORT, gatheringId: 'samling-2', lang: 'nb' }, LEADER);
    expect(cardProblems(ask.value)).toEqual([]);
    const seen = visible(ask.value);
    expect(seen).toContain('Vil du melde deg av Samling 2?');
    expect(seen).toContain('Kull\nDEMO – eksempelkull av LEDPRO 1\nNår\n10. februar 2027 kl. 11:00 – 11. februar 2027 kl. 14:00\nSted\nWood Hotel, Brumunddal\nProgram\nHver samling har et hovedtema.');
    expect(seen).toContain('Samlingen er en del av kullet ditt. Plassen din kan gå til den første på ventelisten.');
    expect(seen).toContain('Ombestemmer du deg, kan du melde deg på igjen her til 8. februar 2027 kl. 11:00');
    const [yes, no] = actionsOf(ask.value);
    expect(yes).toMatchObject({ title: 'Ja, meld meg av', verb: 'bookings.cancel', style: 'destructive', data: { gatheringId: 'samling-2', confirm: true } });
    expect(no).toMatchObject({ title: 'Nei, behold plassen', verb: 'bookings.mine' });
    expect(await status('samling-2')).toBe('booked');

    const kept = await h.invoke('bookings.mine', { cohortId: DEMO_COHORT, gatheringId: 'samling-2', lang: 'nb' }, LEADER);
    expect(visible(kept.value)).toContain('Ingenting er endret: plassen din på Samling 2 står.');
    expect(await status('samling-2')).toBe('booked');
  });

  it('leaves on "Ja", says how to come back, and re-books until the cut-off', async () => {
    const done = await h.invoke('bookings.cancel', { cohortId: DEMO_COHORT, gatheringId: 'samling-2', lang: 'nb', confirm: true }, LEADER);
    const seen = visible(done.value);
    expect(seen).toContain('Du er meldt av Samling 2. Du kan melde deg på igjen her til 8. februar 2027 kl. 11:00.');
    expect(seen).toContain('Samling 2\nDEMO – eksempelkull av LEDPRO 1\nNår\n10. februar 2027 kl. 11:00 – 11. februar 2027 kl. 14:00');
    expect(seen).toContain('Status\nAvmeldt');
    const back = actionsOf(done.value).find((a) => a.title === 'Meld meg på igjen');
    expect(back).toMatchObject({ verb: 'bookings.book', data: { cohortId: DEMO_COHORT, gatheringId: 'samling-2' } });
    expect(await status('samling-2')).toBe('cancelled');

    const again = await h.invoke('bookings.book', { cohortId: DEMO_COHORT, gatheringId: 'samling-2', lang: 'nb' }, LEADER);
    expect(visible(again.value)).toContain('Du er påmeldt Samling 2. Invitasjonen kommer i kalenderen din.');
    expect(visible(again.value).match(/Påmeldt/g)).toHaveLength(6);
    expect(await status('samling-2')).toBe('booked');
  });

  it('does the same in English', async () => {
    const card = await mine('en-US', 'my gatherings');
    expect(visible(card)).toContain('When\n23 December 2026, 11:00 – 24 December 2026, 14:00\nPlace\nWood Hotel, Brumunddal\nAgenda\nEach gathering has a main theme.\nStatus\nBooked\nDeadline here\nuntil 21 December 2026 at 11:00');
    const ask = await h.invoke('bookings.cancel', { cohortId: DEMO_COHORT, gatheringId: 'samling-3', lang: 'en' }, LEADER, { locale: 'en-US' });
    expect(visible(ask.value)).toContain('Cancel your place at Gathering 3?');
    expect(visible(ask.value)).toContain('If you change your mind, you can book again here until');
    const done = await h.invoke('bookings.cancel', { cohortId: DEMO_COHORT, gatheringId: 'samling-3', lang: 'en', confirm: true }, LEADER, { locale: 'en-US' });
    expect(visible(done.value)).toContain('You have cancelled your place at Gathering 3. You can book again here until');
    expect(actionsOf(done.value).some((a) => a.title === 'Book me again')).toBe(true);
    expect(await status('samling-3')).toBe('cancelled');
  });

  it('lets nobody else take back someone\'s gathering, and nobody re-book a gathering they did not leave', async () => {
    // Lise wrote English last; she writes bokmål again, and her cards follow what she wrote (her kept language).
    await mine('nb-NO', 'mine samlinger');
    const forged = await h.invoke('bookings.book', { cohortId: DEMO_COHORT, gatheringId: 'samling-3', aadObjectId: LEADER.aadObjectId }, STRANGER);
    expect(visible(forged.value)).toContain('Du kan bare melde deg på valgfrie økter i kull du er tatt opp i, og på igjen til samlinger du selv har meldt deg av.');
    expect(await status('samling-3', STRANGER)).toBeUndefined();
    expect(await status('samling-3')).toBe('cancelled');
    const twice = await h.invoke('bookings.book', { cohortId: DEMO_COHORT, gatheringId: 'samling-1', lang: 'nb' }, LEADER);
    expect(visible(twice.value)).toContain('Du er allerede påmeldt Samling 1.');
    expect(await status('samling-1')).toBe('booked');
  });

  it('after the cut-off asks nothing and offers no way back, and says why', async () => {
    // 22 December 2026: past the 48-hour cut-off of Samling 1 (23 December 11:00), before Samling 3's.
    h.bot.clock.set('2026-12-22T09:00:00Z');
    const late = await h.invoke('bookings.cancel', { cohortId: DEMO_COHORT, gatheringId: 'samling-1', lang: 'nb' }, LEADER);
    expect(visible(late.value)).toContain('Fristen her for å melde seg på eller av Samling 1 er ute');
    expect(actionsOf(late.value).filter((a) => JSON.stringify(a.data ?? {}).includes('samling-1'))).toEqual([]);
    expect(await status('samling-1')).toBe('booked');
    const forced = await h.invoke('bookings.cancel', { cohortId: DEMO_COHORT, gatheringId: 'samling-1', lang: 'nb', confirm: true }, LEADER);
    expect(visible(forced.value)).toContain('Fristen her for å melde seg på eller av Samling 1 er ute');
    expect(await status('samling-1')).toBe('booked');
  });
});
