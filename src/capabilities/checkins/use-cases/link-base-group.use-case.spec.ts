import { MemoryStore } from '../../../adapters/storage/memory/memory-store';
import { CatalogIndex } from '../../../catalog/catalog-index';
import { defaultCatalogDir, loadCatalog } from '../../../catalog/catalog-loader';
import { ManualClock } from '../../../shared/clock';
import { MemoryLogger } from '../../../shared/logger';
import type { ConversationRef } from '../../../shared/messenger.port';
import { RoleDirectory } from '../../../shared/roles';
import type { Member } from '../domain/base-group';
import { CHECKIN_DIGEST_JOB, CHECKIN_POST_JOB, CHECKIN_REMIND_JOB, type CheckinsDeps } from '../ports';
import { BaseGroupRepository } from '../store/base-group.repository';
import { baseGroupSetup, MAX_UNLINKED } from './base-group-setup.use-case';
import { importBaseGroups } from './import-base-groups.use-case';
import { linkBaseGroup, type LinkInput } from './link-base-group.use-case';
import { rescheduleAll } from './schedule-checkins.use-case';

const COHORT = 'ledpro-1-2024';
const COORD = 'coord-1';
const catalog = new CatalogIndex(loadCatalog(defaultCatalogDir));

async function setup(at = '2024-02-01T12:00:00Z'): Promise<{ store: MemoryStore; clock: ManualClock; deps: CheckinsDeps }> {
  const store = new MemoryStore();
  const clock = new ManualClock(at);
  const roles = new RoleDirectory(store);
  await roles.set({ cohortId: COHORT, coordinators: [COORD], nominators: [], facilitators: ['fac-1', 'fac-2', 'f'] });
  let n = 0;
  const deps: CheckinsDeps = { store, clock, logger: new MemoryLogger(), catalog, roles, newId: () => `id-${(n += 1)}` };
  return { store, clock, deps };
}

const conv = (conversationId: string, conversationType: ConversationRef['conversationType'] = 'groupChat'): ConversationRef =>
  ({ conversationId, serviceUrl: 'https://smba.example', tenantId: 't', channelId: 'msteams', botId: 'bot', conversationType });
const members: Member[] = [{ aadObjectId: 'u1', name: 'Ola' }, { aadObjectId: 'u2', name: 'Kari' }, { aadObjectId: 'u3', name: 'Per' }];
const input = (over: Partial<LinkInput> = {}): LinkInput => ({
  caller: { aadObjectId: COORD, name: 'Koordinator' }, cohortId: COHORT, name: 'Gruppe Øst', conversation: conv('19:east'), members, ...over,
});

describe('linkBaseGroup', () => {
  it('links a group and enqueues post, reminder and digest jobs for every round, with keys, times and lane', async () => {
    const { store, deps } = await setup();
    const r = await linkBaseGroup(deps, input());
    expect(r.ok && r.value.id).toBe('ledpro-1-2024.gruppe-ost');
    expect((await new BaseGroupRepository(store).get('ledpro-1-2024.gruppe-ost'))?.group.members).toHaveLength(3);
    const jobs = await store.jobs.list();
    expect(jobs).toHaveLength(15);
    const post = await store.jobs.byKey('checkins.post:ledpro-1-2024.gruppe-ost:ledpro-1-2024.after-1');
    expect(post).toMatchObject({ type: CHECKIN_POST_JOB, lane: 'teams:19:east', runAt: new Date('2024-02-23T08:00:00Z') });
    expect(post?.payload).toEqual({ groupId: 'ledpro-1-2024.gruppe-ost', roundId: 'ledpro-1-2024.after-1', at: '2024-02-23T08:00:00.000Z' });
    expect((await store.jobs.byKey('checkins.remind:ledpro-1-2024.gruppe-ost:ledpro-1-2024.after-1'))?.runAt).toEqual(new Date('2024-02-26T08:00:00Z'));
    const digest = await store.jobs.byKey('checkins.digest:ledpro-1-2024.gruppe-ost:ledpro-1-2024.after-1');
    expect(digest).toMatchObject({ type: CHECKIN_DIGEST_JOB, runAt: new Date('2024-04-02T07:00:00Z') });
    expect(jobs.filter((j) => j.type === CHECKIN_REMIND_JOB)).toHaveLength(5);
  });

  it('is idempotent: re-linking the same conversation updates the group and adds no jobs', async () => {
    const { store, deps } = await setup();
    await linkBaseGroup(deps, input());
    const again = await linkBaseGroup(deps, input({ name: 'Gruppe Øst (ny)', members: members.slice(0, 2) }));
    expect(again.ok && again.value.id).toBe('ledpro-1-2024.gruppe-ost');
    const stored = await new BaseGroupRepository(store).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ version: 2, group: { name: 'Gruppe Øst (ny)' } });
    expect(await store.jobs.list()).toHaveLength(15);
  });

  it('only schedules rounds still open when linked mid-cohort', async () => {
    const { store, deps } = await setup('2024-05-01T12:00:00Z');
    await linkBaseGroup(deps, input());
    // Round 2 (digest 2024-05-13) is open, rounds 3-5 are to come: 4 rounds.
    expect((await store.jobs.list({ type: CHECKIN_POST_JOB })).map((j) => j.key.split(':')[2])).toEqual(
      [2, 3, 4, 5].map((n) => `ledpro-1-2024.after-${n}`),
    );
  });

  it('refuses a caller who is neither coordinator nor the named facilitator, writing nothing', async () => {
    const { store, deps } = await setup();
    const r = await linkBaseGroup(deps, input({ caller: { aadObjectId: 'u1', name: 'Ola' } }));
    expect(r).toEqual({ ok: false, error: { code: 'not-allowed' } });
    expect(await new BaseGroupRepository(store).all()).toEqual([]);
    expect(await store.jobs.list()).toEqual([]);
  });

  it('lets the facilitator link their own group, but not take over another facilitator\'s', async () => {
    const { deps } = await setup();
    const fac = { aadObjectId: 'fac-1', name: 'Fasilitator' };
    const r = await linkBaseGroup(deps, input({ caller: fac, facilitator: fac, members: [...members, fac] }));
    expect(r.ok && r.value.members.map((m) => m.aadObjectId)).toEqual(['u1', 'u2', 'u3']);
    const other = { aadObjectId: 'fac-2', name: 'Annen' };
    expect(await linkBaseGroup(deps, input({ caller: other, facilitator: other }))).toEqual({ ok: false, error: { code: 'not-allowed' } });
  });

  it('lets a coordinator choose only a facilitator the role data names, writing nothing otherwise', async () => {
    const { store, deps } = await setup();
    const outsider = { aadObjectId: 'u9', name: 'Utenfor' };
    expect(await linkBaseGroup(deps, input({ facilitator: outsider }))).toEqual({ ok: false, error: { code: 'facilitator-not-named' } });
    expect(await new BaseGroupRepository(store).all()).toEqual([]);
    const named = await linkBaseGroup(deps, input({ facilitator: { aadObjectId: 'fac-1', name: 'Fasilitator' } }));
    expect(named.ok && named.value.facilitator?.aadObjectId).toBe('fac-1');
  });

  it('refuses a self-appointed facilitator the role data does not name for the cohort, writing nothing', async () => {
    const { store, deps } = await setup();
    const self = { aadObjectId: 'u9', name: 'Selvutnevnt' };
    expect(await linkBaseGroup(deps, input({ caller: self, facilitator: self, members: [...members, self] }))).toEqual({ ok: false, error: { code: 'not-allowed' } });
    // A facilitator of another cohort is no facilitator here.
    await deps.roles.set({ cohortId: 'ledpro-2-2024', coordinators: [], nominators: [], facilitators: ['u9'] });
    expect(await linkBaseGroup(deps, input({ caller: self, facilitator: self, members: [...members, self] }))).toEqual({ ok: false, error: { code: 'not-allowed' } });
    expect(await new BaseGroupRepository(store).all()).toEqual([]);
    expect(await store.jobs.list()).toEqual([]);
  });

  it('refuses unknown cohorts, personal chats, taken names and groups of the wrong size', async () => {
    const { deps } = await setup();
    await deps.roles.set({ cohortId: 'nope', coordinators: [COORD], nominators: [] });
    expect(await linkBaseGroup(deps, input({ cohortId: 'nope' }))).toEqual({ ok: false, error: { code: 'unknown-cohort' } });
    expect(await linkBaseGroup(deps, input({ conversation: conv('a:1', 'personal') }))).toEqual({ ok: false, error: { code: 'not-a-group-conversation' } });
    expect(await linkBaseGroup(deps, input({ members: members.slice(0, 1) }))).toEqual({ ok: false, error: { code: 'too-few-members', count: 1, min: 2 } });
    await linkBaseGroup(deps, input());
    expect(await linkBaseGroup(deps, input({ conversation: conv('19:other') }))).toEqual({ ok: false, error: { code: 'name-taken', groupId: 'ledpro-1-2024.gruppe-ost' } });
  });
});

describe('importBaseGroups', () => {
  const known = new Map([['19:a', conv('19:a')], ['19:b', conv('19:b', 'channel')]]);
  const lookupConversation = (id: string): Promise<ConversationRef | undefined> => Promise.resolve(known.get(id));
  const source = JSON.stringify({
    cohortId: COHORT,
    groups: [
      { name: 'A', conversationId: '19:a', members },
      { name: 'B', conversationId: '19:b', members, facilitator: { aadObjectId: 'f', name: 'F' } },
      { name: 'C', conversationId: '19:unknown', members },
      { name: 'D', conversationId: '19:a', members },
      { name: 'E', conversationId: '19:e', members, facilitator: { aadObjectId: 'u9', name: 'Ikke navngitt' } },
    ],
  });

  it('imports the groups it can and lists the others', async () => {
    const { store, deps } = await setup();
    const r = await importBaseGroups({ ...deps, lookupConversation }, { caller: { aadObjectId: COORD, name: 'K' }, source });
    expect(r.ok && r.value.imported.map((g) => g.id)).toEqual(['ledpro-1-2024.a', 'ledpro-1-2024.b']);
    expect(r.ok && r.value.failed).toEqual([
      { name: 'C', error: { code: 'unknown-conversation' } }, { name: 'D', error: { code: 'duplicate-in-import' } },
      // A facilitator reads the digest: only someone the role data names for the cohort.
      { name: 'E', error: { code: 'facilitator-not-named' } },
    ]);
    expect(await store.jobs.list()).toHaveLength(30);
  });

  it('refuses non-coordinators and malformed files', async () => {
    const { store, deps } = await setup();
    const d = { ...deps, lookupConversation };
    expect(await importBaseGroups(d, { caller: { aadObjectId: 'u1', name: 'Ola' }, source })).toEqual({ ok: false, error: { code: 'not-allowed' } });
    const bad = await importBaseGroups(d, { caller: { aadObjectId: COORD, name: 'K' }, source: '{"cohortId":"x","groups":[]}' });
    expect(!bad.ok && bad.error.code).toBe('invalid-import');
    expect((await importBaseGroups(d, { caller: { aadObjectId: COORD, name: 'K' }, source: '{' })).ok).toBe(false);
    expect(await new BaseGroupRepository(store).all()).toEqual([]);
  });
});

describe('rescheduleAll', () => {
  it('enqueues nothing new when every job exists already', async () => {
    const { store, deps } = await setup();
    await linkBaseGroup(deps, input());
    const r = await rescheduleAll(deps);
    expect(r).toEqual({ ok: true, value: { groups: 1, jobs: 15 } });
    expect(await store.jobs.list()).toHaveLength(15);
  });
});

describe('baseGroupSetup', () => {
  it('shows a coordinator the cohort\'s groups and the reachable conversations not linked to any cohort, at most 15', async () => {
    const { deps } = await setup();
    await linkBaseGroup(deps, input());
    await deps.roles.set({ cohortId: 'ledpro-2-2024', coordinators: [COORD], nominators: [] });
    await linkBaseGroup(deps, input({ cohortId: 'ledpro-2-2024', name: 'Gruppe Vest', conversation: conv('19:west') }));
    const known = [
      { ref: conv('19:east'), reachable: true }, { ref: conv('19:west'), reachable: true }, { ref: conv('19:gone'), reachable: false },
      ...Array.from({ length: 17 }, (_, i) => ({ ref: conv(`19:new-${i}`), reachable: true })),
    ];
    const r = await baseGroupSetup({ ...deps, groupConversations: () => Promise.resolve(known) }, { caller: { aadObjectId: COORD, name: 'K' }, cohortId: COHORT });
    expect(r.ok && r.value.groups.map((g) => g.name)).toEqual(['Gruppe Øst']);
    expect(r.ok && r.value.unlinked.map((c) => c.conversationId)).toEqual(Array.from({ length: MAX_UNLINKED }, (_, i) => `19:new-${i}`));
    expect(r.ok && r.value.more).toBe(2);
  });

  it('tells anyone else no, and names a cohort without check-ins', async () => {
    const { deps } = await setup();
    const d = { ...deps, groupConversations: () => Promise.resolve([]) };
    expect(await baseGroupSetup(d, { caller: { aadObjectId: 'u1', name: 'Ola' }, cohortId: COHORT })).toEqual({ ok: false, error: { code: 'not-allowed' } });
    await deps.roles.set({ cohortId: 'nope', coordinators: [COORD], nominators: [] });
    expect(await baseGroupSetup(d, { caller: { aadObjectId: COORD, name: 'K' }, cohortId: 'nope' })).toEqual({ ok: false, error: { code: 'unknown-cohort' } });
  });
});
