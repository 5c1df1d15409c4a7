import { cardOf, CHANNEL, COORD, ILP, LEADER, NOMINATOR, STRANGER, startHarness, verbsOf, visible, type Harness } from '../nominations/nominations-harness';
import { refusalTally } from '../../src/capabilities/nominations/use-cases/record-refusal';

/**
 * The coordinators' card of a nomination holds the nominator's justification: only the cohort's coordinators
 * may see it (issue 13, item 3), and a flood of forged decisions leaves a bounded refusal history (item 9).
 */
describe('the coordinators\' card is for coordinators only', () => {
  let h: Harness;
  let id = '';
  const SECRET = 'Fortrolig: hun har hatt en vanskelig periode';

  beforeAll(async () => {
    h = await startHarness();
    await h.say('hjelp', COORD);
    await h.say('registrer koordinatorkanal ilp-2021-2025', COORD, { channel: true });
    const a = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: LEADER.aadObjectId, justification: SECRET }, NOMINATOR);
    expect(visible(a.value)).toContain('Nominasjonen er sendt');
    await h.drain();
    const [n] = (await h.bot.app.context.store.list('nomination')).map((e) => e.value as { id: string });
    id = n.id;
  });
  afterAll(() => h.stop());

  const store = () => h.bot.app.context.store;

  it('gives the nominee their own view on a forged refresh with the id from their list, never the justification', async () => {
    h.teams.reset();
    await h.say('mine nominasjoner', LEADER);
    expect(JSON.stringify(cardOf(h.teams.received[0]))).toContain(id);
    const before = await store().get('nomination', id);
    const own = await h.invoke('nominations.refresh', { nominationId: id }, LEADER);
    expect(visible(own.value)).toContain('Nominasjon: Lise Leder');
    expect(visible(own.value)).toContain('Venter på behandling');
    expect(JSON.stringify(own.value)).not.toContain('Fortrolig');
    expect(verbsOf(own.value)).toEqual([]);
    // The same from the coordinators' channel, in English (Lise chose it), and trying to approve: no justification either.
    await h.say('language english', LEADER);
    const inChannel = await h.invoke('nominations.refresh', { nominationId: id }, LEADER, { channel: true, locale: 'en-US' });
    expect(JSON.stringify(inChannel.value)).not.toContain('Fortrolig');
    const approve = await h.invoke('nominations.approve', { nominationId: id, rev: 1 }, LEADER, { channel: true, locale: 'en-US' });
    expect(visible(approve.value)).toContain('You are not allowed to decide this nomination. Ask the cohort\'s coordinator if you think you should be.');
    expect(JSON.stringify(approve.value)).not.toContain('Fortrolig');
    expect(await store().get('nomination', id)).toEqual(before);
  });

  it('answers anyone else "not found", in their language, and the nominator sees their own view', async () => {
    const nb = await h.invoke('nominations.refresh', { nominationId: id }, STRANGER, { channel: true });
    expect(visible(nb.value)).toContain('Finner ikke nominasjonen.');
    expect(JSON.stringify(nb.value)).not.toMatch(/Fortrolig|Lise Leder/);
    const en = await h.invoke('nominations.refresh', { nominationId: id }, STRANGER, { locale: 'en-US' });
    expect(visible(en.value)).toContain('The nomination cannot be found.');
    const nominator = await h.invoke('nominations.refresh', { nominationId: id }, NOMINATOR);
    expect(visible(nominator.value)).toContain('Nominasjon: Lise Leder');
    expect(JSON.stringify(nominator.value)).not.toContain('Fortrolig');
    // The coordinator still gets the full card with the buttons.
    const coordinator = await h.invoke('nominations.refresh', { nominationId: id }, COORD, { channel: true });
    expect(JSON.stringify(coordinator.value)).toContain('Fortrolig');
    expect(verbsOf(coordinator.value)).toEqual(['nominations.approve', 'nominations.waitlist', 'nominations.reject']);
  });

  it('keeps a bounded refusal history under a flood of forged approvals, the first ones in full', async () => {
    const before = await store().get('nomination', id);
    const audit = async () => (await store().list('nomination-audit', { prefix: `${id}:` }))
      .map((e) => e.value as { action: string; actor: { aadObjectId: string }; at: string })
      .filter((e) => e.action === 'refused' && e.actor.aadObjectId === STRANGER.aadObjectId);
    const first = h.bot.clock.now().toISOString();
    for (let i = 0; i < 30; i += 1) {
      await h.invoke('nominations.approve', { nominationId: id, rev: 1 }, STRANGER, { channel: true });
      h.bot.clock.advance(1000);
    }
    const kept = await audit();
    expect(kept).toHaveLength(20);
    expect(kept.map((e) => e.at).sort()[0]).toBe(first);
    expect((await refusalTally(store(), STRANGER.aadObjectId))?.count).toBe(30);
    expect(await store().get('nomination', id)).toEqual(before);
    expect(h.teams.received.filter((r) => r.conversationId === CHANNEL && r.method === 'PUT')).toEqual([]);
  });
});
