import { MemoryStore } from '../../../adapters/storage/memory/memory-store';
import { catalogSchema } from '../../../catalog/catalog.schema';
import { ManualClock } from '../../../shared/clock';
import { ConversationDirectory } from '../../../shared/conversation-directory';
import { PersonDirectory } from '../../../shared/person-directory';
import { BOOK_PARTICIPANT_JOB } from '../../../shared/integration-jobs';
import { MemoryLogger } from '../../../shared/logger';
import { MemoryGroupResolver, RoleDirectory } from '../../../shared/roles';
import type { Store } from '../../../shared/store.port';
import { cohortCatalog, type NominationsDeps } from '../ports';
import { StorePeopleDirectory } from '../store/people.repository';
import { NominationRepository } from '../store/nomination.repository';
import { actOnNomination } from './act-on-nomination.use-case';
import { importRoles } from './import-roles.use-case';
import { NOTIFY_PERSON_JOB, POST_CARD_JOB, UPDATE_CARD_JOB } from './nomination-jobs';
import { submitNomination } from './submit-nomination.use-case';

const id = (n: number): string => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
const COORD = id(1);
const COORD2 = id(2);
const NOMINATOR = id(3);
const LEADER = id(4);
const STRANGER = id(5);

const fact = { id: 'f', topic: 'overview', section: { nb: 'Om', en: 'About' }, text: { nb: 'T', en: 'T' }, quotes: ['x'] };
const catalog = catalogSchema.parse({
  version: 1,
  programs: [{
    id: 'ilp', provider: 'NTNU', name: { nb: 'ILP', en: 'ILP' }, source: { title: 'ILP', file: 'a.txt' }, facts: [fact],
    admission: { applications: false, nominations: true },
    cohorts: [{ id: 'ilp-2021-2025', name: { nb: 'ILP 2021–2025', en: 'ILP 2021–2025' }, year: 2021, capacity: 1,
      gatherings: [{ id: 'g', number: 1, title: { nb: 'S', en: 'G' }, period: '2025-06' }] }],
  }],
});

function setup() {
  const store = new MemoryStore();
  const clock = new ManualClock('2024-01-10T09:00:00Z');
  let seq = 0;
  const roles = new RoleDirectory(store);
  const deps: NominationsDeps = {
    store, clock, logger: new MemoryLogger(), catalog: cohortCatalog(catalog), roles,
    people: new StorePeopleDirectory(store, new PersonDirectory(store, new ConversationDirectory(store), undefined, new MemoryLogger())), newId: () => `id-${++seq}`,
  };
  return { store, clock, deps, roles };
}

async function withRoles(s: ReturnType<typeof setup>) {
  const r = await importRoles({ ...s.deps }, JSON.stringify({
    cohorts: [{ cohortId: 'ilp-2021-2025', coordinators: [COORD, COORD2], nominators: [NOMINATOR] }],
    people: [{ aadObjectId: LEADER, name: 'Lise Leder', email: 'Lise@Example.no' }, { aadObjectId: id(9), name: 'Nils Niende' }],
  }));
  expect(r.ok).toBe(true);
}

const nominate = (s: ReturnType<typeof setup>, extra: Record<string, string> = {}) => submitNomination(s.deps, {
  kind: 'nomination', caller: { aadObjectId: NOMINATOR, name: 'Dekanus' }, cohortId: 'ilp-2021-2025', nomineeId: LEADER,
  justification: 'Sterk leder', ...extra,
});

describe('nomination use cases', () => {
  it('nominates through the e-mail fallback, writing the nomination, its index, audit and jobs in one commit', async () => {
    const s = setup();
    await withRoles(s);
    const r = await nominate(s, { nomineeId: '', nomineeEmail: 'lise@example.NO' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.nominee).toEqual({ aadObjectId: LEADER, name: 'Lise Leder', email: 'lise@example.no' });
    const jobs = await s.store.jobs.list();
    expect(jobs.map((j) => j.type).sort()).toEqual([NOTIFY_PERSON_JOB, POST_CARD_JOB]);
    expect(await new NominationRepository(s.store).audit(r.value.id)).toMatchObject([{ action: 'submit', actor: { aadObjectId: NOMINATOR } }]);
  });

  it('refuses a duplicate, a non-nominator (audited) and bad input, writing nothing', async () => {
    const s = setup();
    await withRoles(s);
    expect((await nominate(s)).ok).toBe(true);
    expect(await nominate(s)).toEqual({ ok: false, error: [{ code: 'duplicate', status: 'pending' }] });
    const forged = await submitNomination(s.deps, { kind: 'nomination', caller: { aadObjectId: STRANGER, name: 'X' }, cohortId: 'ilp-2021-2025', nomineeId: LEADER, justification: 'x' });
    expect(forged).toEqual({ ok: false, error: [{ code: 'not-nominator' }] });
    const bad = await submitNomination(s.deps, { kind: 'nomination', caller: { aadObjectId: NOMINATOR, name: 'D' }, cohortId: 'ilp-2021-2025', nomineeEmail: 'not-an-email', justification: 'x'.repeat(2001) });
    expect(bad.ok ? [] : bad.error.map((e) => e.code)).toEqual(['nominee-email-invalid', 'justification-too-long']);
    const applied = await submitNomination(s.deps, { kind: 'application', caller: { aadObjectId: LEADER, name: 'L' }, cohortId: 'ilp-2021-2025', justification: 'x' });
    expect(applied.ok ? [] : applied.error.map((e) => e.code)).toEqual(['kind-not-accepted']);
    expect((await new NominationRepository(s.store).all())).toHaveLength(1);
    expect((await s.store.list('nomination-audit')).map((e) => (e.value as { action: string }).action).sort()).toEqual(['refused', 'submit']);
  });

  it('lets exactly one of two coordinators approving at once decide, and books once', async () => {
    const s = setup();
    await withRoles(s);
    const r = await nominate(s);
    if (!r.ok) throw new Error('submit');
    // Both read version 1 before either commits, so the loser's commit is refused (optimistic concurrency).
    const conflicts: string[] = [];
    const racing: Store = {
      get: (k, key) => s.store.get(k, key), list: (k, o) => s.store.list(k, o), jobs: s.store.jobs, close: () => s.store.close(),
      commit: async (ops) => { const c = await s.store.commit(ops); if (!c.ok) conflicts.push(c.error.kind); return c; },
    };
    const act = (who: string) => actOnNomination({ ...s.deps, store: racing }, { nominationId: r.value.id, rev: 1, action: 'approve', caller: { aadObjectId: who, name: who } });
    const [a, b] = await Promise.all([act(COORD), act(COORD2)]);
    expect(conflicts).toEqual(['nomination']);
    const kinds = [a, b].map((x) => (x.ok ? x.value.kind : x.error.code)).sort();
    expect(kinds).toEqual(['applied', 'stale']);
    const stored = await new NominationRepository(s.store).find(r.value.id);
    expect(stored?.nomination).toMatchObject({ status: 'approved', rev: 2 });
    expect(await s.store.jobs.list({ type: BOOK_PARTICIPANT_JOB })).toHaveLength(1);
    expect(await s.store.jobs.list({ type: UPDATE_CARD_JOB })).toHaveLength(1);
    // A replay of the same click changes nothing.
    expect(await act(COORD)).toMatchObject({ ok: true, value: { kind: 'stale' } });
    expect((await s.store.get('nomination-seats', 'ilp-2021-2025'))?.value).toEqual({ approved: 1 });
  });

  it('refuses a decision from someone without the role, audits it and changes nothing else', async () => {
    const s = setup();
    await withRoles(s);
    const r = await nominate(s);
    if (!r.ok) throw new Error('submit');
    const jobsBefore = (await s.store.jobs.list()).length;
    const x = await actOnNomination(s.deps, { nominationId: r.value.id, rev: 1, action: 'approve', caller: { aadObjectId: NOMINATOR, name: 'D' } });
    expect(x).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await new NominationRepository(s.store).find(r.value.id))?.nomination.status).toBe('pending');
    expect((await s.store.jobs.list()).length).toBe(jobsBefore);
    expect(await new NominationRepository(s.store).audit(r.value.id)).toMatchObject([
      { action: 'submit' }, { action: 'refused', attempted: 'approve', actor: { aadObjectId: NOMINATOR } },
    ]);
  });

  it('keeps the cohort capacity when approving', async () => {
    const s = setup();
    await withRoles(s);
    await s.roles.set({ cohortId: 'ilp-2021-2025', coordinators: [COORD], nominators: [NOMINATOR] });
    const a = await nominate(s);
    const b = await nominate(s, { nomineeId: id(9) });
    if (!a.ok || !b.ok) throw new Error('submit');
    expect((await actOnNomination(s.deps, { nominationId: a.value.id, rev: 1, action: 'approve', caller: { aadObjectId: COORD, name: 'K' } })).ok).toBe(true);
    expect(await actOnNomination(s.deps, { nominationId: b.value.id, rev: 1, action: 'approve', caller: { aadObjectId: COORD, name: 'K' } }))
      .toMatchObject({ ok: false, error: { code: 'cohort-full', capacity: 1 } });
    expect((await actOnNomination(s.deps, { nominationId: b.value.id, rev: 1, action: 'waitlist', caller: { aadObjectId: COORD, name: 'K' } })).ok).toBe(true);
  });

  it('takes coordinators from an Entra group through the GroupResolver', async () => {
    const s = setup();
    const GROUP = id(77);
    const roles = new RoleDirectory(s.store, new MemoryGroupResolver(new Map([[GROUP, [STRANGER]]])));
    const deps = { ...s.deps, roles };
    expect((await importRoles(deps, JSON.stringify({ cohorts: [{ cohortId: 'ilp-2021-2025', coordinatorGroups: [GROUP], nominators: [NOMINATOR] }], people: [{ aadObjectId: LEADER, name: 'Lise Leder' }] }))).ok).toBe(true);
    const r = await submitNomination(deps, { kind: 'nomination', caller: { aadObjectId: NOMINATOR, name: 'D' }, cohortId: 'ilp-2021-2025', nomineeId: LEADER, justification: 'x' });
    if (!r.ok) throw new Error('submit');
    expect(await actOnNomination(deps, { nominationId: r.value.id, rev: 1, action: 'approve', caller: { aadObjectId: COORD, name: 'K' } }))
      .toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await actOnNomination(deps, { nominationId: r.value.id, rev: 1, action: 'approve', caller: { aadObjectId: STRANGER, name: 'G' } }))
      .toMatchObject({ ok: true, value: { kind: 'applied' } });
  });

  it('imports roles all or nothing', async () => {
    const s = setup();
    const bad = await importRoles(s.deps, JSON.stringify({ cohorts: [{ cohortId: 'nope', coordinators: ['not-a-guid'] }] }));
    expect(bad.ok ? [] : bad.error).toEqual([expect.stringMatching(/cohorts\.0\.coordinators\.0: must be an Entra object id/)]);
    const unknown = await importRoles(s.deps, JSON.stringify({ cohorts: [{ cohortId: 'nope', coordinators: [COORD] }] }));
    expect(unknown.ok ? [] : unknown.error).toEqual(['cohorts.0.cohortId: unknown cohort nope']);
    expect(await importRoles(s.deps, '{')).toEqual({ ok: false, error: ['roles file is not valid JSON'] });
    expect(await s.roles.all()).toEqual([]);
    await withRoles(s);
    const again = await importRoles(s.deps, JSON.stringify({ cohorts: [{ cohortId: 'ilp-2021-2025', coordinators: [COORD, COORD2], nominators: [NOMINATOR] }] }));
    expect(again).toEqual({ ok: true, value: { cohorts: 1, changed: 0, people: 0 } });
  });
});
