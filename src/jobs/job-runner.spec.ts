import { MemoryStore } from '../adapters/storage/memory/memory-store';
import { ManualClock } from '../shared/clock';
import { MemoryLogger } from '../shared/logger';
import type { Job } from '../shared/store.port';
import { PermanentJobError, RetryLaterError } from './job-errors';
import { JobRunner, type JobHandler } from './job-runner';
import { exponentialBackoff } from './retry-policy';

function setup(run: (job: Job) => Promise<void>, maxAttempts = 3) {
  const store = new MemoryStore();
  const clock = new ManualClock('2024-03-01T08:00:00Z');
  const dead: Array<{ key: string; reason: string }> = [];
  const handler: JobHandler = { type: 'send', run: (job) => run(job) };
  const runner = new JobRunner({
    store, clock, logger: new MemoryLogger(), handlers: [handler], worker: 'w1',
    retry: exponentialBackoff({ maxAttempts, baseMs: 1_000, random: () => 1 }),
    onDeadLetter: (job, reason) => { dead.push({ key: job.key, reason }); return Promise.resolve(); },
  });
  const enqueue = (key: string) => store.commit([{ op: 'enqueue', job: { type: 'send', key, payload: { key }, runAt: clock.now() } }]);
  return { store, clock, runner, dead, enqueue };
}

describe('JobRunner', () => {
  it('runs due jobs once and marks them done', async () => {
    const ran: string[] = [];
    const s = setup((j) => { ran.push(j.key); return Promise.resolve(); });
    await s.enqueue('a');
    await s.enqueue('b');
    expect(await s.runner.drain()).toBe(2);
    expect(await s.runner.drain()).toBe(0);
    expect(ran.sort()).toEqual(['a', 'b']);
    expect((await s.store.jobs.list({ status: 'done' })).length).toBe(2);
  });

  it('waits at least Retry-After before the next attempt', async () => {
    let calls = 0;
    const s = setup(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new RetryLaterError('429', 30_000)) : Promise.resolve();
    });
    await s.enqueue('a');
    await s.runner.drain();
    expect(calls).toBe(1);
    s.clock.advance(29_000);
    await s.runner.drain();
    expect(calls).toBe(1);
    s.clock.advance(2_000);
    await s.runner.drain();
    expect(calls).toBe(2);
    expect((await s.store.jobs.byKey('a'))?.status).toBe('done');
  });

  it('dead-letters a permanent failure at once and tells the listener', async () => {
    const s = setup(() => Promise.reject(new PermanentJobError('blocked', 'teams-403')));
    await s.enqueue('a');
    await s.runner.drain();
    expect((await s.store.jobs.byKey('a'))?.status).toBe('dead');
    expect(s.dead).toEqual([{ key: 'a', reason: expect.stringContaining('blocked') }]);
  });

  it('gives up after the last attempt of a transient failure', async () => {
    let calls = 0;
    const s = setup(() => { calls += 1; return Promise.reject(new Error('flaky')); }, 3);
    await s.enqueue('a');
    for (let i = 0; i < 5; i += 1) {
      await s.runner.drain();
      s.clock.advance(60_000);
    }
    expect(calls).toBe(3);
    expect((await s.store.jobs.byKey('a'))).toMatchObject({ status: 'dead', attempts: 3 });
    expect(s.dead).toHaveLength(1);
  });

  it('picks up a job whose worker died once its lease expires', async () => {
    const ran: string[] = [];
    const s = setup((j) => { ran.push(j.key); return Promise.resolve(); });
    await s.enqueue('a');
    // Another worker claimed it and died without finishing.
    await s.store.jobs.claim(s.clock.now(), { worker: 'dead-worker', limit: 1, leaseMs: 60_000 });
    await s.runner.drain();
    expect(ran).toEqual([]);
    s.clock.advance(61_000);
    await s.runner.drain();
    expect(ran).toEqual(['a']);
  });
});

describe('exponentialBackoff', () => {
  it('grows, caps and honours Retry-After', () => {
    const p = exponentialBackoff({ baseMs: 1_000, capMs: 8_000, random: () => 1 });
    expect([1, 2, 3, 4, 5].map((a) => p.delayMs(a))).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
    expect(p.delayMs(1, 20_000)).toBeGreaterThanOrEqual(20_000);
    const low = exponentialBackoff({ baseMs: 1_000, random: () => 0 });
    expect(low.delayMs(3)).toBe(2_000);
  });
});

describe('JobRunner leases', () => {
  it('keeps the lease of a job that runs longer than the lease, so no other worker runs it too', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock('2024-03-01T08:00:00Z');
    let release: () => void = () => undefined;
    let runs = 0;
    const handler: JobHandler = { type: 'send', run: () => { runs += 1; return new Promise<void>((r) => { release = r; }); } };
    const runner = (worker: string): JobRunner => new JobRunner({
      store, clock, logger: new MemoryLogger(), handlers: [handler], worker, leaseMs: 60, retry: exponentialBackoff({ maxAttempts: 3 }),
    });
    await store.commit([{ op: 'enqueue', job: { type: 'send', key: 'slow', payload: {}, runAt: clock.now() } }]);
    const first = runner('w1').runOnce();
    await new Promise((r) => setTimeout(r, 5));
    // Far past the first lease on the store's clock; the heartbeat (every 20 ms of real time) renews from now.
    clock.advance(10_000);
    await new Promise((r) => setTimeout(r, 50));
    expect(await runner('w2').runOnce()).toBe(0);
    release();
    expect(await first).toBe(1);
    expect(runs).toBe(1);
    expect((await store.jobs.byKey('slow'))?.status).toBe('done');
  });
});

describe('JobRunner polling', () => {
  it('fills a finished job\'s place while a slow one of the same claim still runs', async () => {
    const store = new MemoryStore();
    const clock = new ManualClock('2024-03-01T08:00:00Z');
    const ran: string[] = [];
    let release: () => void = () => undefined;
    const slowDone = new Promise<void>((r) => { release = r; });
    const handler: JobHandler = {
      type: 'send',
      run: async (job) => { ran.push(job.key); if (job.key === 'slow') await slowDone; },
    };
    const runner = new JobRunner({
      store, clock, logger: new MemoryLogger(), handlers: [handler], worker: 'w1', concurrency: 2, idleMs: 20,
      retry: exponentialBackoff({ maxAttempts: 3 }),
    });
    for (const key of ['slow', 'a', 'b', 'c']) {
      await store.commit([{ op: 'enqueue', job: { type: 'send', key, payload: {}, runAt: clock.now() } }]);
    }
    runner.start();
    try {
      const end = Date.now() + 5_000;
      while (ran.length < 4 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
      // The claim of two (slow, a) did not hold b and c back until slow finished.
      expect(ran).toEqual(['slow', 'a', 'b', 'c']);
      expect((await store.jobs.list({ status: 'done' })).map((j) => j.key).sort()).toEqual(['a', 'b', 'c']);
      expect((await store.jobs.byKey('slow'))?.status).toBe('running');
    } finally {
      release();
      await runner.stop();
    }
    expect((await store.jobs.byKey('slow'))?.status).toBe('done');
  });
});

describe('deadLetterAlert', () => {
  it('tells the coordinators of the job\'s cohort once, and never alerts about an alert', async () => {
    const { deadLetterAlert } = await import('./dead-letter-alert');
    const store = new MemoryStore();
    const alert = deadLetterAlert(store, () => new Date('2024-03-01T08:00:00Z'));
    const job = { id: 'j1', type: 'bookings.book-participant', key: 'k', payload: { cohortId: 'ledpro-1-2024' }, runAt: new Date(), lane: undefined, status: 'dead' as const, attempts: 8, lastError: undefined, leaseOwner: undefined, leaseUntil: undefined };
    await alert(job, 'LB_GRAPH_FAILED: 503');
    await alert(job, 'LB_GRAPH_FAILED: 503');
    await alert({ ...job, id: 'j2', type: 'alerts.notify-coordinators' }, 'x');
    await alert({ ...job, id: 'j3', payload: { other: 1 } }, 'x');
    const jobs = await store.jobs.list();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ type: 'alerts.notify-coordinators', payload: { cohortId: 'ledpro-1-2024', alertId: 'dead-letter:j1' } });
    expect(JSON.stringify(jobs[0].payload)).toMatch(/påmelding av deltaker.*8 forsøk|8 forsøk.*påmelding av deltaker/);
  });
});
