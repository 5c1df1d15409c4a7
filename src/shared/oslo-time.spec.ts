import { fromOsloLocal, toOsloLocal } from './oslo-time';

describe('fromOsloLocal', () => {
  it('gives the instant of an Oslo wall-clock time, in winter and summer time', () => {
    expect(fromOsloLocal('2024-02-15T11:00').toISOString()).toBe('2024-02-15T10:00:00.000Z');
    expect(fromOsloLocal('2024-06-15').toISOString()).toBe('2024-06-14T22:00:00.000Z');
    expect(toOsloLocal(fromOsloLocal('2024-10-27T02:30'))).toBe('2024-10-27T02:30');
  });

  it('gives a new Date each time, so a caller changing one does not change the kept instant', () => {
    const first = fromOsloLocal('2025-03-04T09:15');
    first.setUTCFullYear(1999);
    const again = fromOsloLocal('2025-03-04T09:15');
    expect(again).not.toBe(first);
    expect(again.toISOString()).toBe('2025-03-04T08:15:00.000Z');
  });

  it('refuses what is not a local time, every time', () => {
    expect(() => fromOsloLocal('15.02.2024')).toThrow(RangeError);
    expect(() => fromOsloLocal('15.02.2024')).toThrow(RangeError);
  });
});
