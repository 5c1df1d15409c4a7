import { keptValue } from './kept-value';

describe('keptValue', () => {
  it('makes a value once and keeps it, false too', () => {
    const map = new Map<string, boolean>();
    let made = 0;
    const make = (k: string): boolean => { made += 1; return k === 'yes'; };
    expect([keptValue(map, 'no', make), keptValue(map, 'no', make), keptValue(map, 'yes', make)]).toEqual([false, false, true]);
    expect(made).toBe(2);
  });

  it('clears a bounded map when it is full, then keeps the new value', () => {
    const map = new Map<number, number>();
    for (let i = 0; i < 3; i += 1) keptValue(map, i, (k) => k * 10, 3);
    expect(map.size).toBe(3);
    expect(keptValue(map, 7, (k) => k * 10, 3)).toBe(70);
    expect([...map.entries()]).toEqual([[7, 70]]);
  });

  it('keeps by object in a WeakMap', () => {
    const map = new WeakMap<object, string>();
    const key = {};
    let made = 0;
    const make = (): string => { made += 1; return 'v'; };
    keptValue(map, key, make);
    keptValue(map, key, make);
    expect(made).toBe(1);
  });
});
