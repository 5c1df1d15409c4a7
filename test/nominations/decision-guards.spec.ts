import { BOOK_PARTICIPANT_JOB } from '../../src/shared/integration-jobs';
import { user } from '../support/activities';
import {
  cardOf, cardProblems, CHANNEL, COORD, COORD2, defaultRoles, ILP, NOMINATOR, STRANGER, startHarness, verbsOf, visible, type Harness,
} from './nominations-harness';

/**
 * Exactly-once decisions and refusals through /api/messages: concurrent approvals, double clicks, forged
 * actions from users without the role, and card payloads that are missing fields, mistyped or oversized.
 */
describe('decision guards (connector emulator)', () => {
  let h: Harness;
  let n = 200;

  beforeAll(async () => {
    // The nominees are people roles.json names (there is no Graph here to name them).
    const people = Array.from({ length: 60 }, (_, i) => ({ aadObjectId: user(201 + i).aadObjectId, name: `Leder ${201 + i}` }));
    h = await startHarness({ roles: { ...defaultRoles, people: [...defaultRoles.people, ...people] } });
    await h.say('hjelp', COORD);
    await h.say('hjelp', COORD2);
    await h.say('registrer koordinatorkanal ilp-2021-2025', COORD, { channel: true });
  });
  afterAll(() => h.stop());

  /** A fresh pending nomination of a new person; returns its id. */
  async function nominate(): Promise<string> {
    n += 1;
    const nominee = user(n, `Leder ${n}`);
    const a = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: nominee.aadObjectId, justification: 'God grunn' }, NOMINATOR);
    expect(visible(a.value)).toContain('Nominasjonen er sendt');
    await h.drain();
    const all = (await h.bot.app.context.store.list('nomination')).map((e) => e.value as { id: string; nominee: { aadObjectId: string } });
    const found = all.find((x) => x.nominee.aadObjectId === nominee.aadObjectId);
    if (!found) throw new Error('nomination not stored');
    return found.id;
  }

  const store = () => h.bot.app.context.store;
  const auditOf = async (id: string) => (await store().list('nomination-audit', { prefix: `${id}:` })).map((e) => e.value as { action: string; attempted?: string; actor: { aadObjectId: string } });

  it('gives one decision when two coordinators approve at the same moment', async () => {
    const id = await nominate();
    const [a, b] = await Promise.all([
      h.invoke('nominations.approve', { nominationId: id, rev: 1 }, COORD, { channel: true }),
      h.invoke('nominations.approve', { nominationId: id, rev: 1 }, COORD2, { channel: true }),
    ]);
    const stale = [a, b].filter((x) => visible(x.value).includes('Nominasjonen var allerede endret'));
    expect(stale).toHaveLength(1);
    for (const x of [a, b]) expect(visible(x.value)).toMatch(/Godkjent av (Kari|Ola) Koordinator/);
    expect((await auditOf(id)).filter((e) => e.action === 'approve')).toHaveLength(1);
    expect((await store().jobs.list({ type: BOOK_PARTICIPANT_JOB })).filter((j) => (j.payload as { sourceId: string }).sourceId === id)).toHaveLength(1);
    expect((await store().get('nomination', id))?.value).toMatchObject({ status: 'approved', rev: 2 });
  });

  it('gives one decision for approve and reject racing, and for a double click', async () => {
    const id = await nominate();
    const [a, r] = await Promise.all([
      h.invoke('nominations.approve', { nominationId: id, rev: 1 }, COORD, { channel: true }),
      h.invoke('nominations.reject', { nominationId: id, rev: 1, reason: 'Fullt' }, COORD2, { channel: true }),
    ]);
    const decided = (await auditOf(id)).filter((e) => e.action === 'approve' || e.action === 'reject');
    expect(decided).toHaveLength(1);
    expect([a, r].filter((x) => visible(x.value).includes('allerede endret'))).toHaveLength(1);

    const id2 = await nominate();
    const clicks = await Promise.all([1, 2, 3].map(() => h.invoke('nominations.waitlist', { nominationId: id2, rev: 1 }, COORD, { channel: true })));
    expect(clicks.filter((x) => !visible(x.value).includes('allerede endret'))).toHaveLength(1);
    expect((await auditOf(id2)).filter((e) => e.action === 'waitlist')).toHaveLength(1);
  });

  it('refuses an approval from a Teams user without the role, in their language, audits it and changes nothing', async () => {
    const id = await nominate();
    const before = await store().get('nomination', id);
    const jobsBefore = (await store().jobs.list()).length;
    h.teams.reset();
    const answer = await h.invoke('nominations.approve', { nominationId: id, rev: 1 }, STRANGER, { channel: true, locale: 'en-US' });
    expect(cardProblems(answer.value)).toEqual([]);
    expect(visible(answer.value)).toContain('You are not allowed to decide this nomination. Ask the cohort\'s coordinator if you think you should be.');
    expect(verbsOf(answer.value)).toEqual([]);
    expect(await store().get('nomination', id)).toEqual(before);
    expect((await store().jobs.list()).length).toBe(jobsBefore);
    expect((await auditOf(id)).filter((e) => e.action === 'refused')).toMatchObject([{ attempted: 'approve', actor: { aadObjectId: STRANGER.aadObjectId } }]);
    // The nominator holds no coordinator role either, and the Action.Submit fallback is guarded the same way.
    await h.submitFallback({ verb: 'nominations.reject', nominationId: id, rev: 1, reason: 'nei' }, NOMINATOR);
    const reply = h.teams.received.at(-1);
    expect(reply?.conversationId).toBe(`a:personal-${NOMINATOR.aadObjectId}`);
    expect(visible(cardOf(reply ?? {}))).toContain('Du har ikke tilgang til å behandle denne nominasjonen. Spør koordinatoren for kullet hvis du mener du skal ha det.');
    await h.drain();
    expect(await store().get('nomination', id)).toEqual(before);
    expect(h.teams.received.filter((r) => r.method === 'PUT' || r.conversationId === CHANNEL)).toEqual([]);
    expect((await auditOf(id)).filter((e) => e.action === 'refused')).toHaveLength(2);
  });

  it('refuses a nominee decline and a withdraw from someone else', async () => {
    const id = await nominate();
    const d = await h.invoke('nominations.decline', { nominationId: id, rev: 1 }, STRANGER);
    // A calm refusal that says who decides, never a "logged" threat; the store is unchanged (below).
    expect(visible(d.value)).toMatch(/ikke registrert som koordinator|Du har ikke tilgang/);
    const w = await h.invoke('nominations.withdraw', { nominationId: id, rev: 1 }, COORD);
    expect(visible(w.value)).toMatch(/ikke registrert som|Du har ikke tilgang|kan bare/);
    expect(visible(w.value)).not.toMatch(/logget/);
    expect((await store().get('nomination', id))?.value).toMatchObject({ status: 'pending', rev: 1 });
  });

  it('needs a reason to reject and bounds it; escapes it in the updated card', async () => {
    const id = await nominate();
    const none = await h.invoke('nominations.reject', { nominationId: id, rev: 1 }, COORD, { channel: true });
    expect(visible(none.value)).toContain('Skriv en begrunnelse for avslaget');
    expect(verbsOf(none.value)).toContain('nominations.reject');
    const long = await h.invoke('nominations.reject', { nominationId: id, rev: 1, reason: 'x'.repeat(1001) }, COORD, { channel: true });
    expect(visible(long.value)).toContain('Begrunnelsen er for lang (maks 1000 tegn)');
    expect((await store().get('nomination', id))?.value).toMatchObject({ status: 'pending' });
    h.teams.reset();
    await h.invoke('nominations.reject', { nominationId: id, rev: 1, reason: 'Se _notat_ [her](http://x.test)' }, COORD, { channel: true });
    await h.drain();
    const update = h.teams.received.find((r) => r.method === 'PUT');
    const reasonLine = (cardOf(update ?? {})?.body as Array<{ text?: string }>).map((b) => b.text ?? '').find((t) => t.startsWith('Begrunnelse:'));
    expect(reasonLine).toBe('Begrunnelse: Se \\_notat\\_ \\[her\\]\\(http://x\\.test\\)');
  });

  it('answers bad card payloads with a clear message and writes nothing', async () => {
    const count = async () => (await store().list('nomination')).length;
    const before = await count();
    const missing = await h.invoke('nominations.submit', { kind: 'nomination' }, NOMINATOR);
    expect(visible(missing.value)).toContain('Nominasjonen ble ikke sendt:');
    expect(visible(missing.value)).toContain('Velg et kull.');
    expect(visible(missing.value)).toContain('Velg personen du nominerer, eller skriv e-postadressen.');
    expect(visible(missing.value)).toContain('Skriv en begrunnelse.');
    const typed = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, justification: { evil: true }, completed: 7 }, NOMINATOR, { locale: 'en-US' });
    expect(visible(typed.value)).toContain('The form could not be read (justification, completed)');
    const huge = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: user(299).aadObjectId, justification: 'ord '.repeat(2500) }, NOMINATOR);
    expect(visible(huge.value)).toContain('Begrunnelsen er for lang (9999 tegn, maks 2000).');
    // What was typed comes back in the form, bounded, so it can be shortened rather than retyped.
    expect(JSON.stringify(huge.value)).toContain('"id":"justification"');
    const unknown = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: 'no-such-cohort', nomineeEmail: 'ukjent@example.no', justification: 'x' }, NOMINATOR);
    expect(visible(unknown.value)).toContain('Kullet finnes ikke.');
    const email = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nomineeEmail: 'ukjent@example.no', justification: 'x' }, NOMINATOR);
    expect(visible(email.value)).toContain('Jeg finner ingen person med den e-postadressen');
    const self = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: NOMINATOR.aadObjectId, justification: 'x' }, NOMINATOR);
    expect(visible(self.value)).toContain('Du kan ikke nominere deg selv');
    const notNominator = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: user(298).aadObjectId, justification: 'x' }, STRANGER);
    expect(visible(notNominator.value)).toContain('bare registrerte nominatorer kan nominere andre');
    const noKind = await h.invoke('nominations.submit', { cohortId: ILP }, NOMINATOR);
    expect(visible(noKind.value)).toContain('Skjemaet kunne ikke leses (kind)');
    const badRev = await h.invoke('nominations.approve', { nominationId: 'x', rev: 'abc' }, COORD, { channel: true });
    expect(visible(badRev.value)).toContain('Kortet sendte data jeg ikke kan lese (rev)');
    const noId = await h.invoke('nominations.approve', { rev: 1 }, COORD, { channel: true });
    expect(visible(noId.value)).toContain('(nominationId)');
    const ghost = await h.invoke('nominations.approve', { nominationId: 'does-not-exist', rev: 1 }, COORD, { channel: true });
    expect(visible(ghost.value)).toContain('Finner ikke nominasjonen.');
    for (const a of [missing, typed, huge, unknown, email, self, notNominator, noKind, badRev, noId, ghost]) {
      expect(a.statusCode).toBe(200);
      expect(cardProblems(a.value)).toEqual([]);
    }
    expect(await count()).toBe(before);
  });

  it('refuses a second nomination of the same person to the same cohort', async () => {
    const nominee = user(250, 'Dobbel Leder');
    const first = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: nominee.aadObjectId, justification: 'a' }, NOMINATOR);
    expect(visible(first.value)).toContain('Nominasjonen er sendt');
    const second = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: nominee.aadObjectId, justification: 'b' }, NOMINATOR);
    expect(visible(second.value)).toContain('Personen er allerede nominert til dette kullet (status: venter på behandling).');
  });
});
