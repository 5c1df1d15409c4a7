import { NOTIFY_COORDINATORS_JOB } from '../../src/shared/integration-jobs';
import { user } from '../support/activities';
import { APPLICANT, cardOf, COORD, ILP, LEADER, NOMINATOR, personalId, startHarness, visible, type Harness } from '../nominations/nominations-harness';

/**
 * Without Graph (the local calendar): names and addresses come from roles.json's people and from Teams turns,
 * a person nobody knows cannot be nominated, and nobody is asked for a mail address the local calendar does
 * not need.
 */
describe('people without Graph (local calendar)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.say('hjelp', COORD);
    await h.say('hjelp', NOMINATOR);
  });
  afterAll(() => h.stop());

  it('names a nominee from roles.json on the coordinator card', async () => {
    h.teams.reset();
    await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: LEADER.aadObjectId, nomineeEmail: '', justification: 'God.' }, NOMINATOR);
    await h.drain();
    expect(visible(cardOf(h.teams.sentTo(personalId(COORD))[0]) ?? {})).toContain(`Nominasjon: ${LEADER.name}`);
  });

  it('refuses a nominee whom neither roles.json nor Teams knows, in bokmål and English', async () => {
    const nobody = user(190, 'Ingen');
    const data = { kind: 'nomination', cohortId: ILP, nominee: nobody.aadObjectId, nomineeEmail: '', justification: 'x' };
    expect(visible((await h.invoke('nominations.submit', data, NOMINATOR)).value)).toContain('Jeg finner ikke personen du valgte');
    await h.say('language english', NOMINATOR);
    expect(visible((await h.invoke('nominations.submit', data, NOMINATOR)).value)).toContain('I cannot find the person you chose');
    const nominees = (await h.bot.app.context.store.list<{ nominee: { aadObjectId: string } }>('nomination')).map((e) => e.value.nominee.aadObjectId);
    expect(nominees).not.toContain(nobody.aadObjectId);
  });

  it('books an approved participant with no mail address anywhere without a "no mail address" alert', async () => {
    await h.invoke('nominations.submit', { kind: 'application', cohortId: 'ledpro-1-2024', degree: 'bachelor', justification: 'Ja.' }, APPLICANT);
    await h.drain();
    const n = (await h.bot.app.context.store.list<{ id: string; nominee: { aadObjectId: string } }>('nomination')).map((e) => e.value).find((x) => x.nominee.aadObjectId === APPLICANT.aadObjectId);
    expect(visible((await h.invoke('nominations.approve', { nominationId: n?.id, rev: 1 }, COORD)).value)).toContain('Godkjent');
    await h.drain();
    await h.drain();
    expect((await h.bot.app.context.store.jobs.list({ type: 'bookings.sync-event' })).length).toBeGreaterThan(0);
    const alerts = (await h.bot.app.context.store.jobs.list({ type: NOTIFY_COORDINATORS_JOB })).map((j) => JSON.stringify(j.payload));
    expect(alerts.filter((a) => /no-address|mail address|e-postadresse/.test(a))).toEqual([]);
    expect(h.teams.sentTo(personalId(COORD)).map((a) => String(a.activity.text))).not.toContainEqual(expect.stringMatching(/e-postadresse/));
  });
});
