import { SlidingWindowLimiter, TEAMS_APP_WINDOWS, TEAMS_CONVERSATION_WINDOWS, type Window } from './rate-limiter';

/** Fake time: sleepers park on timers and `run` advances the clock to the next one, like a virtual event loop. */
class FakeTime {
  t = 0;
  private timers: { at: number; resolve: () => void }[] = [];
  readonly now = (): number => this.t;
  readonly sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => this.timers.push({ at: this.t + ms, resolve }));

  /** Drives the clock until nothing is waiting any more. */
  async run(): Promise<void> {
    for (;;) {
      await new Promise<void>((r) => setImmediate(r));
      if (this.timers.length === 0) return;
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers.shift();
      if (next) {
        this.t = Math.max(this.t, next.at);
        next.resolve();
      }
    }
  }
}

/** Largest number of sends in any half-open window [x, x + ms). */
function maxInWindow(times: readonly number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i += 1) {
    while (sorted[i] - sorted[j] >= ms) j += 1;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

const expectWithin = (times: readonly number[], windows: readonly Window[]): void => {
  for (const w of windows) expect(maxInWindow(times, w.ms)).toBeLessThanOrEqual(w.limit);
};

describe('SlidingWindowLimiter', () => {
  it('exposes the Teams limits', () => {
    expect(TEAMS_CONVERSATION_WINDOWS).toEqual([
      { limit: 7, ms: 1000 }, { limit: 8, ms: 2000 }, { limit: 60, ms: 30_000 }, { limit: 1800, ms: 3_600_000 },
    ]);
    expect(TEAMS_APP_WINDOWS).toEqual([{ limit: 50, ms: 1000 }]);
  });

  it('has no delay on a fresh key, and delayFor does not record', () => {
    const time = new FakeTime();
    const limiter = new SlidingWindowLimiter([{ limit: 1, ms: 1000 }], time.now);
    expect(limiter.delayFor('fresh')).toBe(0);
    expect(limiter.delayFor('fresh')).toBe(0);
    expect(limiter.size).toBe(0);
    limiter.record('fresh');
    expect(limiter.delayFor('fresh')).toBe(1000);
    time.t = 400;
    expect(limiter.delayFor('fresh')).toBe(600);
    time.t = 1000;
    expect(limiter.delayFor('fresh')).toBe(0);
  });

  it('keeps 20 sequential acquires on one conversation within 7/1 s and 8/2 s', async () => {
    const time = new FakeTime();
    const limiter = new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS, time.now);
    const sleep = (ms: number): Promise<void> => {
      time.t += ms;
      return Promise.resolve();
    };
    const sends: number[] = [];
    let waited = 0;
    for (let i = 0; i < 20; i += 1) {
      waited += await limiter.acquire('conv', sleep);
      sends.push(time.t);
    }
    expectWithin(sends, TEAMS_CONVERSATION_WINDOWS);
    expect(sends.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(sends[7]).toBe(1000); // 7/1 s blocks the 8th until the first burst leaves
    expect(sends[8]).toBe(2000); // 8/2 s blocks the 9th
    expect(waited).toBe(time.t);
    // Not needlessly slow: 8 per 2 s means 20 requests fit in a little over 4 s.
    expect(time.t).toBeLessThanOrEqual(5000);
  });

  it('makes the 61st request within 30 s wait until the first leaves the window', async () => {
    const time = new FakeTime();
    const limiter = new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS, time.now);
    for (let i = 0; i < 60; i += 1) {
      time.t = i * 400; // 2.5/s: well inside the 1 s and 2 s windows, so only 60/30 s can bite
      expect(limiter.delayFor('conv')).toBe(0);
      limiter.record('conv');
    }
    time.t = 24_000;
    expect(limiter.delayFor('conv')).toBe(6000);
    const waited = limiter.acquire('conv', time.sleep);
    await time.run();
    await expect(waited).resolves.toBe(6000);
    expect(time.t).toBe(30_000);
  });

  it('respects the limits for 30 concurrent acquires on one key (slots reserved before sleeping)', async () => {
    const time = new FakeTime();
    const limiter = new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS, time.now);
    const sends: number[] = [];
    const all = Promise.all(Array.from({ length: 30 }, async () => {
      await limiter.acquire('conv', time.sleep);
      sends.push(time.t);
    }));
    await time.run();
    await all;
    expect(sends).toHaveLength(30);
    expectWithin(sends, TEAMS_CONVERSATION_WINDOWS);
    expect(sends.filter((t) => t === 0)).toHaveLength(7);
  });

  it('holds the app limit of 50/s across many conversations', async () => {
    const time = new FakeTime();
    const app = new SlidingWindowLimiter(TEAMS_APP_WINDOWS, time.now);
    const conv = new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS, time.now);
    const sends: { key: string; t: number }[] = [];
    const all = Promise.all(Array.from({ length: 40 }, async (_, k) => {
      const key = `conv-${String(k)}`;
      for (let i = 0; i < 5; i += 1) {
        await conv.acquire(key, time.sleep);
        await app.acquire('app', time.sleep);
        sends.push({ key, t: time.t });
      }
    }));
    await time.run();
    await all;
    expect(sends).toHaveLength(200);
    expectWithin(sends.map((s) => s.t), TEAMS_APP_WINDOWS);
    expect(Math.max(...sends.map((s) => s.t))).toBeGreaterThanOrEqual(3000); // 200 at 50/s needs 4 seconds
    expect(app.size).toBe(1);
    expect(conv.size).toBe(40);
  });

  it('lets a send recorded "now" land before a pending reservation and still counts it', () => {
    const time = new FakeTime();
    const limiter = new SlidingWindowLimiter([{ limit: 3, ms: 1000 }], time.now);
    for (let i = 0; i < 3; i += 1) limiter.record('k');
    void limiter.acquire('k', time.sleep); // reserves t=1000, then parks on the fake timer
    time.t = 500;
    expect(limiter.delayFor('k')).toBe(500);
    limiter.record('k'); // unconditional sends at t=500, before the reservation
    limiter.record('k');
    expect(limiter.delayFor('k')).toBe(1000); // [500, 500, 1000] must leave: next fits at 1500
  });

  it('gives the slot back when the sleep is aborted', async () => {
    const time = new FakeTime();
    const limiter = new SlidingWindowLimiter([{ limit: 1, ms: 1000 }], time.now);
    limiter.record('k');
    await expect(limiter.acquire('k', () => Promise.reject(new Error('aborted')))).rejects.toThrow('aborted');
    expect(limiter.delayFor('k')).toBe(1000);
  });

  it('keeps memory per key bounded by the largest limit', () => {
    const time = new FakeTime();
    const limiter = new SlidingWindowLimiter([{ limit: 3, ms: 1000 }], time.now);
    for (let i = 0; i < 1000; i += 1) limiter.record('k');
    expect(limiter.delayFor('k')).toBe(1000);
    const stamps = (limiter as unknown as { keys: Map<string, number[]> }).keys.get('k');
    expect(stamps).toHaveLength(3);
    time.t = 5000;
    limiter.record('k');
    expect(stamps).toEqual([5000]); // entries older than the longest window are trimmed
  });

  it('evicts the least recently used keys beyond maxKeys', () => {
    const time = new FakeTime();
    const limiter = new SlidingWindowLimiter([{ limit: 1, ms: 60_000 }], time.now, 2);
    limiter.record('a');
    limiter.record('b');
    limiter.record('a'); // touch: b is now the least recently used
    limiter.record('c');
    expect(limiter.size).toBe(2);
    expect(limiter.delayFor('b')).toBe(0); // forgotten
    expect(limiter.delayFor('a')).toBeGreaterThan(0);
    expect(limiter.delayFor('c')).toBeGreaterThan(0);
  });

  it('rejects invalid configuration', () => {
    const now = (): number => 0;
    expect(() => new SlidingWindowLimiter([], now)).toThrow(/at least one window/);
    expect(() => new SlidingWindowLimiter([{ limit: 0, ms: 1000 }], now)).toThrow(/invalid window/);
    expect(() => new SlidingWindowLimiter([{ limit: 1, ms: 0 }], now)).toThrow(/invalid window/);
    expect(() => new SlidingWindowLimiter([{ limit: 1, ms: 10 }], now, 0)).toThrow(/invalid maxKeys/);
  });
});
