import { MemoryStore } from '../../../adapters/storage/memory/memory-store';
import { runAsJob } from '../../../jobs/job-context';
import { AppInstallBlockedError, PermanentJobError, RetryLaterError } from '../../../jobs/job-errors';
import { MemoryLogger } from '../../../shared/logger';
import type { ConversationRef, Messenger, OutboundMessage } from '../../../shared/messenger.port';
import type { Json } from '../../../shared/store.port';
import { MARKER_PROPERTY, postMarker } from '../domain/post-marker';
import { INSTALL_APP_JOB, INSTALL_APP_LANE, type ConversationAddress, type ConversationHistory, type MarkerSearch } from '../ports';
import { InstallationRepository } from '../store/installation.repository';
import { MarkingMessenger } from './marking-messenger';
import { ReachingMessenger } from './reaching-messenger';

/** A messenger that records what reaches Teams, and fails createPersonal as told. */
class FakeTeams implements Messenger {
  readonly sent: Array<{ to: string; message: OutboundMessage }> = [];
  readonly opened: string[] = [];
  refuse: Error | undefined;
  send(to: ConversationRef, message: OutboundMessage): Promise<{ activityId: string }> {
    this.sent.push({ to: to.conversationId, message });
    return Promise.resolve({ activityId: `act-${this.sent.length}` });
  }
  update(): Promise<void> { return Promise.resolve(); }
  members(): Promise<never[]> { return Promise.resolve([]); }
  createPersonal(via: ConversationRef, user: { userId: string; aadObjectId?: string }): Promise<ConversationRef> {
    if (this.refuse) return Promise.reject(this.refuse);
    this.opened.push(user.userId);
    return Promise.resolve({ ...via, conversationId: `a:${user.userId}`, conversationType: 'personal' });
  }
}

class FakeHistory implements ConversationHistory {
  readonly asked: Array<{ where: ConversationAddress; marker: string }> = [];
  answer: MarkerSearch | Error = { kind: 'absent' };
  findMarker(where: ConversationAddress, marker: string): Promise<MarkerSearch> {
    this.asked.push({ where, marker });
    return this.answer instanceof Error ? Promise.reject(this.answer) : Promise.resolve(this.answer);
  }
}

const GROUP: ConversationRef = { conversationId: '19:g@thread.v2', serviceUrl: 'https://smba', tenantId: 't', channelId: 'msteams', botId: '28:b', conversationType: 'groupChat' };
const CARD: OutboundMessage = { text: 'Ny nominasjon', card: { type: 'AdaptiveCard', version: '1.5', body: [] } };
const markerOf = (m: OutboundMessage): unknown => (m.card as Record<string, Json> | undefined)?.[MARKER_PROPERTY];

describe('MarkingMessenger', () => {
  it('marks each card a job posts, by job, conversation and place, and looks nothing up on a first run', async () => {
    const teams = new FakeTeams();
    const history = new FakeHistory();
    const m = new MarkingMessenger(teams, history, new MemoryLogger());
    await runAsJob({ key: 'job-1', attempts: 1 }, async () => {
      await m.send(GROUP, CARD);
      await m.send(GROUP, CARD);
      await m.send(GROUP, { text: 'bare tekst' });
    });
    await m.send(GROUP, CARD);
    expect(teams.sent.map((s) => markerOf(s.message))).toEqual([postMarker('job-1', GROUP.conversationId, 1), postMarker('job-1', GROUP.conversationId, 2), undefined, undefined]);
    expect(history.asked).toEqual([]);
  });

  it('on a later run, returns the post found in the conversation instead of posting it again', async () => {
    const teams = new FakeTeams();
    const history = new FakeHistory();
    history.answer = { kind: 'found', messageId: '1700000000123' };
    const m = new MarkingMessenger(teams, history, new MemoryLogger());
    const r = await runAsJob({ key: 'job-1', attempts: 2 }, () => m.send(GROUP, CARD));
    expect(r).toEqual({ activityId: '1700000000123' });
    expect(teams.sent).toEqual([]);
    expect(history.asked).toEqual([{ where: GROUP, marker: postMarker('job-1', GROUP.conversationId, 1) }]);
  });

  it('posts (with the same marker) when the post is not there or the conversation cannot be read, and waits when Graph throttles', async () => {
    const teams = new FakeTeams();
    const history = new FakeHistory();
    const m = new MarkingMessenger(teams, history, new MemoryLogger());
    await runAsJob({ key: 'job-1', attempts: 3 }, () => m.send(GROUP, CARD));
    history.answer = { kind: 'unreadable' };
    await runAsJob({ key: 'job-2', attempts: 2 }, () => m.send(GROUP, CARD));
    expect(teams.sent.map((s) => markerOf(s.message))).toEqual([postMarker('job-1', GROUP.conversationId, 1), postMarker('job-2', GROUP.conversationId, 1)]);
    history.answer = new RetryLaterError('Graph answered 429', 2000);
    await expect(runAsJob({ key: 'job-3', attempts: 2 }, () => m.send(GROUP, CARD))).rejects.toBeInstanceOf(RetryLaterError);
    expect(teams.sent).toHaveLength(2);
  });
});

describe('ReachingMessenger', () => {
  const setup = () => {
    const teams = new FakeTeams();
    const store = new MemoryStore();
    const installations = new InstallationRepository(store);
    let woken = 0;
    const m = new ReachingMessenger(teams, store, installations, () => new Date('2024-01-10T09:00:00Z'), () => { woken += 1; }, new MemoryLogger());
    return { teams, store, installations, m, woken: () => woken };
  };
  const person = { userId: 'aad-1', aadObjectId: 'aad-1', cohortId: 'ledpro-1-2024', name: 'Nina Nyansatt' };

  it('opens the chat as before when Teams allows it', async () => {
    const s = setup();
    expect((await s.m.createPersonal(GROUP, person)).conversationId).toBe('a:aad-1');
    expect(await s.store.jobs.list()).toEqual([]);
  });

  it('enqueues one installation when Teams refuses (403) and asks the caller to retry shortly', async () => {
    const s = setup();
    s.teams.refuse = new PermanentJobError('Teams refused the conversation (Forbidden)', 'teams-403-Forbidden');
    for (let i = 0; i < 2; i += 1) await expect(s.m.createPersonal(GROUP, person)).rejects.toBeInstanceOf(RetryLaterError);
    const jobs = await s.store.jobs.list({ type: INSTALL_APP_JOB });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ lane: INSTALL_APP_LANE, payload: { aadObjectId: 'aad-1', cohortId: 'ledpro-1-2024', name: 'Nina Nyansatt' } });
    expect(s.woken()).toBe(2);
  });

  it('sends to the installation\'s chat once it is known, and refuses quietly when the app is blocked', async () => {
    const s = setup();
    s.teams.refuse = new PermanentJobError('refused', 'teams-403-Forbidden');
    await s.store.commit([s.installations.put('aad-1', { status: 'installed', chatId: '19:aad-1_28:b@unq.gbl.spaces', at: 'x' })]);
    expect(await s.m.createPersonal(GROUP, person)).toMatchObject({ conversationId: '19:aad-1_28:b@unq.gbl.spaces', conversationType: 'personal', userAadId: 'aad-1' });
    await s.store.commit([s.installations.put('aad-2', { status: 'blocked', at: '2024-01-10T08:00:00.000Z' })]);
    await expect(s.m.createPersonal(GROUP, { userId: 'aad-2', aadObjectId: 'aad-2' })).rejects.toBeInstanceOf(AppInstallBlockedError);
    expect(s.teams.opened).toEqual([]);
  });

  it('tries again once a block is a day old (an administrator may have allowed the app), one installation per block', async () => {
    const s = setup();
    s.teams.refuse = new PermanentJobError('refused', 'teams-403-Forbidden');
    await s.store.commit([s.installations.put('aad-1', { status: 'blocked', at: '2024-01-09T08:00:00.000Z' })]);
    for (let i = 0; i < 2; i += 1) await expect(s.m.createPersonal(GROUP, person)).rejects.toBeInstanceOf(RetryLaterError);
    expect((await s.store.jobs.list({ type: INSTALL_APP_JOB })).map((j) => j.key)).toEqual([`${INSTALL_APP_JOB}:aad-1:after:2024-01-09T08:00:00.000Z`]);
  });

  it('passes other failures on without installing', async () => {
    const s = setup();
    s.teams.refuse = new RetryLaterError('Teams answered 429', 1000);
    await expect(s.m.createPersonal(GROUP, person)).rejects.toThrow('Teams answered 429');
    expect(await s.store.jobs.list()).toEqual([]);
  });
});
