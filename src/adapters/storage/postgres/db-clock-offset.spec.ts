import { DbClockOffset } from './db-clock-offset';

describe('DbClockOffset', () => {
  it('keeps the tightest round trip: a slow one later does not widen where a database instant lies', () => {
    const c = new DbClockOffset(0);
    // Database clock read at 1000 while the local clock went from 0 to 1: local = database − 1000 (to 1 ms).
    c.observe(0, 1, 1000);
    // A round trip of 60 ms (a loaded machine) that read 1120 between local 100 and 160.
    c.observe(100, 160, 1120);
    expect(c.local(2000, 160)).toEqual({ earliest: 1000, latest: 1001 });
  });

  it('narrows with each tighter reading and is undefined before any', () => {
    const c = new DbClockOffset(0);
    expect(c.local(5, 0)).toBeUndefined();
    c.observe(0, 10, 1005);
    c.observe(20, 22, 1021);
    expect(c.local(2000, 22)).toEqual({ earliest: 999, latest: 1001 });
  });

  it('widens old bounds by the drift allowance, and starts again when a reading no longer fits them', () => {
    const c = new DbClockOffset(0.001);
    c.observe(0, 1, 1000);
    // 10 s later the bounds have widened by 10 ms each way.
    expect(c.local(2000, 10_001)).toEqual({ earliest: 990, latest: 1011 });
    // The database clock stepped 500 ms ahead: the old bounds are dropped for the new reading.
    c.observe(10_001, 10_002, 11_501);
    expect(c.local(2000, 10_002)).toEqual({ earliest: 500, latest: 501 });
  });
});
