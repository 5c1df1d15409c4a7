/**
 * Keyed sliding-window rate limiter with several windows at once, sized for Microsoft Teams' bot limits.
 * Time is injected (`now`, `sleep`) so behaviour is deterministic in tests and no wall clock is read here.
 */

export interface Window {
  readonly limit: number;
  readonly ms: number;
}

/** Teams per-conversation limits for a bot: 7/1 s, 8/2 s, 60/30 s, 1800/hour. */
export const TEAMS_CONVERSATION_WINDOWS: readonly Window[] = Object.freeze([
  { limit: 7, ms: 1_000 },
  { limit: 8, ms: 2_000 },
  { limit: 60, ms: 30_000 },
  { limit: 1_800, ms: 3_600_000 },
]);

/** Teams per-app limit across all conversations: 50/1 s. Use one limiter with a single key for it. */
export const TEAMS_APP_WINDOWS: readonly Window[] = Object.freeze([{ limit: 50, ms: 1_000 }]);

/**
 * Widens each window by `marginMs`. The limiter stamps a request when it leaves; Teams stamps it when it
 * arrives, and arrival order and spacing jitter with the event loop and the network. Without headroom a burst
 * that fits exactly here can be 51 in one second there, and each such 429 costs a whole Retry-After.
 */
export function withMargin(windows: readonly Window[], marginMs: number): readonly Window[] {
  return Object.freeze(windows.map((w) => ({ limit: w.limit, ms: w.ms + marginMs })));
}

const DEFAULT_MAX_KEYS = 10_000;

export class SlidingWindowLimiter {
  /** Longest window: older timestamps can never matter again. */
  private readonly horizon: number;
  /** Largest limit: a window of limit L only needs the L most recent timestamps, so this bounds each key's past. */
  private readonly cap: number;
  /**
   * Sorted timestamps per key (possibly in the future: reservations of pending acquires).
   * Map iteration order doubles as LRU order — touched keys are re-inserted at the end.
   */
  private readonly keys = new Map<string, number[]>();

  constructor(
    private readonly windows: readonly Window[],
    private readonly now: () => number,
    private readonly maxKeys: number = DEFAULT_MAX_KEYS,
  ) {
    if (windows.length === 0) throw new Error('SlidingWindowLimiter needs at least one window');
    for (const w of windows) {
      if (!Number.isInteger(w.limit) || w.limit < 1 || !(w.ms > 0)) {
        throw new Error(`SlidingWindowLimiter: invalid window ${JSON.stringify(w)}`);
      }
    }
    if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new Error(`SlidingWindowLimiter: invalid maxKeys ${String(maxKeys)}`);
    this.horizon = Math.max(...windows.map((w) => w.ms));
    this.cap = Math.max(...windows.map((w) => w.limit));
  }

  /** ms to wait before one more request for `key` fits every window (0 = now). Does not record. */
  delayFor(key: string): number {
    const t = this.now();
    const stamps = this.keys.get(key);
    if (!stamps) return 0;
    this.trim(stamps, t);
    return this.earliestFit(stamps, t) - t;
  }

  /** Records a request for key at now(). Unconditional: the caller has already sent it. */
  record(key: string): void {
    const t = this.now();
    this.insert(this.touch(key, t), t, t);
  }

  /**
   * Waits (with the injected sleep) until a request fits, then returns the ms waited.
   * The slot is reserved synchronously before sleeping, so concurrent acquires queue behind each other
   * instead of all waking at the same instant and bursting past the limit.
   */
  async acquire(key: string, sleep: (ms: number) => Promise<void>): Promise<number> {
    const t = this.now();
    const stamps = this.touch(key, t);
    const at = this.earliestFit(stamps, t);
    this.insert(stamps, at, t);
    const wait = at - t;
    if (wait > 0) {
      try {
        await sleep(wait);
      } catch (err) {
        // The request will not be sent (e.g. aborted sleep): give the slot back so it doesn't throttle others.
        this.release(key, at);
        throw err;
      }
    }
    return wait;
  }

  /** Number of keys currently tracked (for tests and metrics). */
  get size(): number {
    return this.keys.size;
  }

  /**
   * Earliest time ≥ t at which one more request fits. New requests never go before already-reserved ones
   * (FIFO), so only windows ending at the new timestamp need checking: the L-th most recent entry must
   * have left the window (half-open: an entry at e is out of the window from e + ms onwards).
   */
  private earliestFit(stamps: readonly number[], t: number): number {
    let at = Math.max(t, stamps.length > 0 ? stamps[stamps.length - 1] : t);
    for (const w of this.windows) {
      if (stamps.length >= w.limit) at = Math.max(at, stamps[stamps.length - w.limit] + w.ms);
    }
    return at;
  }

  /**
   * Drops entries that can no longer affect any window, and past entries beyond the largest limit.
   * Future reservations are never capped away: an aborted acquire must be able to hand its slot back
   * and leave exactly the past it found. They are bounded by the caller's pending acquires.
   */
  private trim(stamps: number[], t: number): void {
    let drop = 0;
    while (drop < stamps.length && stamps[drop] <= t - this.horizon) drop += 1;
    let past = stamps.length;
    while (past > 0 && stamps[past - 1] > t) past -= 1;
    drop = Math.max(drop, past - this.cap);
    if (drop > 0) stamps.splice(0, drop);
  }

  /** Sorted insert: record() at now() may land before a pending reservation in the future. */
  private insert(stamps: number[], at: number, t: number): void {
    let i = stamps.length;
    while (i > 0 && stamps[i - 1] > at) i -= 1;
    stamps.splice(i, 0, at);
    this.trim(stamps, t);
  }

  private release(key: string, at: number): void {
    const stamps = this.keys.get(key);
    const i = stamps ? stamps.lastIndexOf(at) : -1;
    if (stamps && i >= 0) stamps.splice(i, 1);
  }

  /** Gets (or creates) the key's entries, marks it most recently used and evicts the least recently used. */
  private touch(key: string, t: number): number[] {
    const stamps = this.keys.get(key) ?? [];
    this.keys.delete(key);
    this.keys.set(key, stamps);
    this.trim(stamps, t);
    // Map order is LRU order, so the first keys are the idlest; bounded memory beats remembering them.
    for (const oldest of this.keys.keys()) {
      if (this.keys.size <= this.maxKeys) break;
      this.keys.delete(oldest);
    }
    return stamps;
  }
}
