/**
 * Where the database's clock stands against this process's (performance.now()), from the round trips that read
 * it. A reading taken between `asked` and `answered` puts the offset (local − database) in [asked − t,
 * answered − t]; the tightest bounds seen are kept, so one quick round trip fixes it to within a millisecond
 * and a slow one (a loaded machine, a lock wait) no longer counts as time spent. Old bounds widen by a drift
 * allowance as they age, so a slewing clock cannot make them wrong; bounds that no longer meet are dropped.
 */
export class DbClockOffset {
  private lo: { value: number; at: number } | undefined;
  private hi: { value: number; at: number } | undefined;

  /** ms of drift allowed per ms of age (1 ms per second, far above what NTP slews). */
  constructor(private readonly driftPerMs = 0.001) {}

  /** A reading `t` of the database's clock (epoch ms) answered between local times `asked` and `answered`. */
  observe(asked: number, answered: number, t: number): void {
    const lo = { value: asked - t, at: answered };
    const hi = { value: answered - t, at: answered };
    const bounds = this.bounds(answered);
    if (!bounds || bounds.lo > hi.value || bounds.hi < lo.value) {
      this.lo = lo;
      this.hi = hi;
      return;
    }
    if (lo.value >= bounds.lo) this.lo = lo;
    if (hi.value <= bounds.hi) this.hi = hi;
  }

  /** Local time bounds of a database instant: it happened no earlier than `earliest` and no later than `latest`. */
  local(t: number, now: number): { earliest: number; latest: number } | undefined {
    const b = this.bounds(now);
    return b ? { earliest: t + b.lo, latest: t + b.hi } : undefined;
  }

  private bounds(now: number): { lo: number; hi: number } | undefined {
    if (!this.lo || !this.hi) return undefined;
    return {
      lo: this.lo.value - this.driftPerMs * Math.max(0, now - this.lo.at),
      hi: this.hi.value + this.driftPerMs * Math.max(0, now - this.hi.at),
    };
  }
}
