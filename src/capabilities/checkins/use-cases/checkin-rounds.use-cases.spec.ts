import { MemoryStore } from '../../../adapters/storage/memory/memory-store';
import { CatalogIndex } from '../../../catalog/catalog-index';
import { defaultCatalogDir, loadCatalog } from '../../../catalog/catalog-loader';
import { ManualClock } from '../../../shared/clock';
import { NOTIFY_COORDINATORS_JOB } from '../../../shared/integration-jobs';
import { MemoryLogger } from '../../../shared/logger';
import { RoleDirectory } from '../../../shared/roles';
import { CHECKIN_POST_JOB, CHECKIN_REMIND_MEMBER_JOB, parseRoundPayload, type CheckinsDeps } from '../ports';
import { BaseGroupRepository } from '../store/base-group.repository';
import { CheckinRoundRepository, plannedState } from '../store/checkin-round.repository';
import { cohortRounds } from './cohort-rounds';
import { linkBaseGroup } from './link-base-group.use-case';
import { membershipChanged } from './membership-changed.use-case';
import { moveOrSkipRound } from './move-or-skip-round.use-case';
import { previewRounds } from './preview-round.use-case';
import { markRoundDigested, markRoundPosted, markRoundReminded } from './record-round-delivery.use-case';
import { remindTargets } from './remind-targets';
import { roundJobIsCurrent } from './schedule-checkins.use-case';
import { submitAnswer } from './submit-answer.use-case';

const COHORT = 'ledpro-1-2024';
const COORD = 'coord-1';
const GROUP = `${COHORT}.gruppe-ost`;
const ROUND = `${COHORT}.after-1`;
const catalog = new CatalogIndex(loadCatalog(defaultCatalogDir));
const coordinator = { aadObjectId: COORD, name: 'Koordinator' };
const ola = { aadObjectId: 'u1', name: 'Ola' };

async function setup(): Promise<{ store: MemoryStore; clock: ManualClock; deps: CheckinsDeps }> {
  const store = new MemoryStore();
  const clock = new ManualClock('2024-02-01T12:00:00Z');
  const roles = new RoleDirectory(store);
  await roles.set({ cohortId: COHORT, coordinators: [COORD], nominators: [], facilitators: ['fac'] });
  let n = 0;
  const deps: CheckinsDeps = { store, clock, logger: new MemoryLogger(), catalog, roles, newId: () => `id-${(n += 1)}` };
  const linked = await linkBaseGroup(deps, {
    caller: coordinator, cohortId: COHORT, name: 'Gruppe Øst',
    conversation: { conversationId: '19:east', serviceUrl: 'https://s', tenantId: 't', channelId: 'msteams', botId: 'b', conversationType: 'groupChat' },
    members: [ola, { aadObjectId: 'u2', name: 'Kari' }, { aadObjectId: 'u3', name: 'Per' }],
    facilitator: { aadObjectId: 'fac', name: 'Fasilitator' },
  });
  if (!linked.ok) throw new Error(linked.error.code);
  return { store, clock, deps };
}

describe('submitAnswer', () => {
  it('takes a member\'s answer once the round is posted, and counts who answered', async () => {
    const { clock, deps } = await setup();
    clock.set('2024-02-23T08:00:00Z');
    expect(await submitAnswer(deps, { caller: ola, groupId: GROUP, roundId: ROUND, text: 'Hei' })).toEqual({ ok: false, error: { code: 'round-not-posted' } });
    expect((await markRoundPosted(deps, GROUP, ROUND, 'act-1')).ok).toBe(true);
    const r = await submitAnswer(deps, { caller: ola, groupId: GROUP, roundId: ROUND, text: ' Min utfordring ' });
    expect(r.ok && { answered: r.value.answered, members: r.value.members, text: r.value.answer.text }).toEqual({ answered: 1, members: 3, text: 'Min utfordring' });
    const again = await submitAnswer(deps, { caller: ola, groupId: GROUP, roundId: ROUND, text: 'Endret' });
    expect(again.ok && again.value.answered).toBe(1);
    expect((await remindTargets(deps, GROUP, ROUND)).map((m) => m.aadObjectId)).toEqual(['u2', 'u3']);
  });

  it('refuses non-members (the facilitator included), unknown rounds, bad answers and closed rounds', async () => {
    const { clock, deps } = await setup();
    clock.set('2024-02-23T08:00:00Z');
    await markRoundPosted(deps, GROUP, ROUND, 'act-1');
    expect(await submitAnswer(deps, { caller: { aadObjectId: 'x', name: 'X' }, groupId: GROUP, roundId: ROUND, text: 'Hei' })).toEqual({ ok: false, error: { code: 'not-a-member' } });
    expect(await submitAnswer(deps, { caller: { aadObjectId: 'fac', name: 'F' }, groupId: GROUP, roundId: ROUND, text: 'Hei' })).toEqual({ ok: false, error: { code: 'not-a-member' } });
    expect(await submitAnswer(deps, { caller: ola, groupId: GROUP, roundId: `${COHORT}.after-9`, text: 'Hei' })).toEqual({ ok: false, error: { code: 'unknown-round' } });
    expect(await submitAnswer(deps, { caller: ola, groupId: GROUP, roundId: ROUND, text: '' })).toEqual({ ok: false, error: { code: 'answer-empty' } });
    clock.set('2024-04-02T07:00:00Z');
    expect(await submitAnswer(deps, { caller: ola, groupId: GROUP, roundId: ROUND, text: 'Sent' })).toEqual({ ok: false, error: { code: 'round-closed' } });
    await markRoundDigested(deps, GROUP, ROUND);
    expect(await submitAnswer(deps, { caller: ola, groupId: GROUP, roundId: ROUND, text: 'Sent' })).toEqual({ ok: false, error: { code: 'round-closed' } });
  });
});

describe('delivery', () => {
  it('enqueues a 1:1 reminder for each member still missing when the group reminder went out', async () => {
    const { store, clock, deps } = await setup();
    clock.set('2024-02-23T08:00:00Z');
    await markRoundPosted(deps, GROUP, ROUND, 'act-1');
    // Round 1's prompt has no choices: a choice is refused, a text is taken.
    expect(await submitAnswer(deps, { caller: ola, groupId: GROUP, roundId: ROUND, choices: { progress: 'started' } })).toEqual({ ok: false, error: { code: 'choice-unknown', questionId: 'progress' } });
    expect((await submitAnswer(deps, { caller: ola, groupId: GROUP, roundId: ROUND, text: 'Ferdig' })).ok).toBe(true);
    clock.set('2024-02-26T08:00:00Z');
    expect((await markRoundReminded(deps, GROUP, ROUND)).ok).toBe(true);
    const jobs = await store.jobs.list({ type: CHECKIN_REMIND_MEMBER_JOB });
    expect(jobs.map((j) => [j.key, j.lane])).toEqual([
      [`checkins.remind-member:${GROUP}:${ROUND}:u2`, 'teams-user:u2'], [`checkins.remind-member:${GROUP}:${ROUND}:u3`, 'teams-user:u3'],
    ]);
  });
});

describe('moveOrSkipRound', () => {
  it('moves a round for every group: new post key with the time, old job dropped by the handler', async () => {
    const { store, deps } = await setup();
    const postAt = new Date('2024-03-01T08:00:00Z');
    const r = await moveOrSkipRound(deps, { caller: coordinator, cohortId: COHORT, roundId: ROUND, postAt });
    expect(r.ok && r.value.remindAt?.toISOString()).toBe('2024-03-04T08:00:00.000Z');
    const moved = await store.jobs.byKey(`checkins.post:${GROUP}:${ROUND}:${postAt.getTime()}`);
    expect(moved).toMatchObject({ type: CHECKIN_POST_JOB, runAt: postAt, lane: 'teams:19:east' });
    const round = (await cohortRounds(deps, COHORT))?.rounds.find((x) => x.id === ROUND);
    const old = await store.jobs.byKey(`checkins.post:${GROUP}:${ROUND}`);
    const state = plannedState(GROUP, ROUND);
    expect(roundJobIsCurrent('post', round, state, parseRoundPayload(old?.payload ?? null) ?? { groupId: '', roundId: '' })).toBe(false);
    expect(roundJobIsCurrent('post', round, state, parseRoundPayload(moved?.payload ?? null) ?? { groupId: '', roundId: '' })).toBe(true);
  });

  it('skips a round: override stored, group state skipped, and taking it back plans it again', async () => {
    const { store, clock, deps } = await setup();
    const skipped = await moveOrSkipRound(deps, { caller: coordinator, cohortId: COHORT, roundId: ROUND, skip: true });
    expect(skipped.ok && skipped.value.skipped).toBe(true);
    expect((await new CheckinRoundRepository(store).get(GROUP, ROUND))?.state.status).toBe('skipped');
    const preview = await previewRounds(deps, { caller: coordinator, cohortId: COHORT });
    expect(preview.ok && preview.value.rounds.map((x) => x.skipped === true)).toEqual([true, false, false, false, false]);
    await moveOrSkipRound(deps, { caller: coordinator, cohortId: COHORT, roundId: ROUND, skip: false });
    expect((await new CheckinRoundRepository(store).get(GROUP, ROUND))?.state.status).toBe('planned');
    await moveOrSkipRound(deps, { caller: coordinator, cohortId: COHORT, roundId: ROUND, skip: true });
    clock.set('2024-02-24T08:00:00Z');
    // Past the planned post time, taking the round back needs a new time (the old post job has run).
    expect(await moveOrSkipRound(deps, { caller: coordinator, cohortId: COHORT, roundId: ROUND, skip: false })).toEqual({ ok: false, error: { code: 'post-in-past' } });
    const back = await moveOrSkipRound(deps, { caller: coordinator, cohortId: COHORT, roundId: ROUND, skip: false, postAt: new Date('2024-02-25T08:00:00Z') });
    expect(back.ok && back.value.skipped).toBeUndefined();
    expect(await store.jobs.byKey(`checkins.post:${GROUP}:${ROUND}:${Date.parse('2024-02-25T08:00:00Z')}`)).toBeDefined();
  });

  it('is for coordinators only, and refuses impossible changes', async () => {
    const { store, clock, deps } = await setup();
    const jobs = (await store.jobs.list()).length;
    expect(await moveOrSkipRound(deps, { caller: ola, cohortId: COHORT, roundId: ROUND, skip: true })).toEqual({ ok: false, error: { code: 'not-allowed' } });
    expect(await previewRounds(deps, { caller: ola, cohortId: COHORT })).toEqual({ ok: false, error: { code: 'not-allowed' } });
    const call = (postAt: string): ReturnType<typeof moveOrSkipRound> => moveOrSkipRound(deps, { caller: coordinator, cohortId: COHORT, roundId: ROUND, postAt: new Date(postAt) });
    expect(await call('2024-01-01T08:00:00Z')).toEqual({ ok: false, error: { code: 'post-in-past' } });
    expect(await call('2024-04-02T07:00:00Z')).toEqual({ ok: false, error: { code: 'post-after-digest' } });
    expect(await moveOrSkipRound(deps, { caller: coordinator, cohortId: COHORT, roundId: 'nope' })).toEqual({ ok: false, error: { code: 'unknown-round' } });
    clock.set('2024-02-24T08:00:00Z');
    expect(await call('2024-03-01T08:00:00Z')).toEqual({ ok: false, error: { code: 'round-started' } });
    expect(await store.jobs.list()).toHaveLength(jobs);
  });
});

describe('membershipChanged', () => {
  it('adds and removes members, and alerts coordinators when the bot is removed', async () => {
    const { store, deps } = await setup();
    const r = await membershipChanged(deps, { conversationId: '19:east', added: [{ aadObjectId: 'u4', name: 'Liv' }], removed: ['u3'] });
    expect(r.ok && r.value.members.map((m) => m.aadObjectId)).toEqual(['u1', 'u2', 'u4']);
    await membershipChanged(deps, { conversationId: '19:east', added: [], removed: [], botRemoved: true });
    expect((await new BaseGroupRepository(store).get(GROUP))?.group.reachable).toBe(false);
    expect(await store.jobs.list({ type: NOTIFY_COORDINATORS_JOB })).toHaveLength(1);
    expect(await membershipChanged(deps, { conversationId: '19:nope', added: [], removed: [] })).toEqual({ ok: false, error: { code: 'not-linked' } });
  });
});
