import { APPLICANT, cardOf, CHANNEL, COORD, COORD2, ILP, NOMINATOR, personalId, startHarness, verbsOf, visible, type Harness } from '../nominations/nominations-harness';

/**
 * A coordinator cannot decide their own application or a nomination of themselves: another coordinator of the
 * cohort must. The card says so in the reader's language and hides the buttons from the person concerned, and
 * the server refuses the decision whatever the card sent.
 */
const LEDPRO = 'ledpro-1-2024';

describe('conflicts of interest', () => {
  let h: Harness;
  const status = async (id: string): Promise<unknown> => (await h.bot.app.context.store.get<{ status: string; rev: number }>('nomination', id))?.value;
  const byNominee = async (aad: string): Promise<{ id: string }> => {
    const all = (await h.bot.app.context.store.list<{ id: string; nominee: { aadObjectId: string } }>('nomination')).map((e) => e.value);
    const n = all.find((x) => x.nominee.aadObjectId === aad);
    if (!n) throw new Error(`no nomination of ${aad}`);
    return n;
  };

  beforeAll(async () => {
    h = await startHarness({ roles: { cohorts: [
      { cohortId: ILP, coordinators: [COORD.aadObjectId, COORD2.aadObjectId], nominators: [NOMINATOR.aadObjectId] },
      { cohortId: LEDPRO, coordinators: [COORD.aadObjectId, COORD2.aadObjectId], nominators: [] },
    ], people: [] } });
    await h.say('hjelp', COORD);
    await h.say('help', COORD2);
    await h.say('hjelp', NOMINATOR);
  });
  afterAll(() => h.stop());

  it('shows a coordinator\'s own application to them without buttons, and to the other coordinator with buttons, each saying who must decide', async () => {
    h.teams.reset();
    const sent = await h.invoke('nominations.submit', { kind: 'application', cohortId: LEDPRO, degree: 'bachelor', justification: 'Vil lære.' }, COORD);
    expect(visible(sent.value)).toContain('Søknaden er sendt');
    await h.drain();
    const own = cardOf(h.teams.sentTo(personalId(COORD))[0]);
    expect(visible(own)).toContain('Kari Koordinator er selv koordinator for kullet og kan ikke avgjøre sin egen søknad. En annen koordinator for kullet må avgjøre den.');
    expect(verbsOf(own)).toEqual([]);
    const other = cardOf(h.teams.sentTo(personalId(COORD2))[0]);
    expect(visible(other)).toContain('Kari Koordinator is a coordinator of this cohort and cannot decide their own application. Another coordinator of the cohort must decide it.');
    expect(verbsOf(other)).toEqual(expect.arrayContaining(['nominations.approve', 'nominations.reject']));
  });

  it('refuses the coordinator\'s decision on their own application on the server, changes nothing, and lets the other coordinator decide', async () => {
    const n = await byNominee(COORD.aadObjectId);
    h.teams.reset();
    const refused = await h.invoke('nominations.approve', { nominationId: n.id, rev: 1 }, COORD, { locale: 'en-US' });
    expect(visible(refused.value)).toContain('Du kan ikke avgjøre din egen søknad eller en nominasjon av deg selv. En annen koordinator for kullet må gjøre det; ingenting er endret.');
    expect(verbsOf(refused.value)).toEqual([]);
    expect(await status(n.id)).toMatchObject({ status: 'pending', rev: 1 });
    expect(await h.bot.app.context.store.jobs.list({ type: 'bookings.book-participant' })).toEqual([]);
    await h.drain();
    expect(h.teams.received).toHaveLength(0);
    const approved = await h.invoke('nominations.approve', { nominationId: n.id, rev: 1 }, COORD2);
    expect(visible(approved.value)).toContain('Approved by Ola Koordinator');
    expect(await status(n.id)).toMatchObject({ status: 'approved', rev: 2 });
  });

  it('refuses a decision on a nomination of oneself in English to an English reader, and says so on the shared channel card', async () => {
    await h.say('registrer koordinatorkanal ilp-2021-2025', COORD, { channel: true });
    h.teams.reset();
    await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: COORD2.aadObjectId, nomineeEmail: '', justification: 'Erfaren.' }, NOMINATOR);
    await h.drain();
    const shared = cardOf(h.teams.sentTo(CHANNEL)[0]);
    expect(visible(shared)).toContain('Ola Koordinator er selv koordinator for kullet og kan ikke avgjøre en nominasjon av seg selv.');
    const n = await byNominee(COORD2.aadObjectId);
    for (const verb of ['nominations.approve', 'nominations.waitlist']) {
      const refused = await h.invoke(verb, { nominationId: n.id, rev: 1 }, COORD2, { channel: true, locale: 'nb-NO' });
      expect(visible(refused.value)).toContain('You cannot decide your own application or a nomination of yourself. Another coordinator of the cohort must do it; nothing has changed.');
    }
    const rejected = await h.invoke('nominations.reject', { nominationId: n.id, rev: 1, reason: 'Ikke nå.' }, COORD2, { channel: true });
    expect(visible(rejected.value)).toContain('You cannot decide');
    expect(await status(n.id)).toMatchObject({ status: 'pending', rev: 1 });
    const approved = await h.invoke('nominations.approve', { nominationId: n.id, rev: 1 }, COORD, { channel: true });
    expect(visible(approved.value)).toContain('Godkjent av Kari Koordinator');
  });

  it('leaves an ordinary application to any coordinator', async () => {
    await h.invoke('nominations.submit', { kind: 'application', cohortId: LEDPRO, degree: 'bachelor', justification: 'Ja.' }, APPLICANT);
    await h.drain();
    const n = await byNominee(APPLICANT.aadObjectId);
    const approved = await h.invoke('nominations.approve', { nominationId: n.id, rev: 1 }, COORD);
    expect(visible(approved.value)).toContain('Godkjent av Kari Koordinator');
  });
});
