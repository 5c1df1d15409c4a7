import { readIntent } from './question-intent';

describe('readIntent', () => {
  it('reads the same intent of a word each time it is asked (the word intents are kept)', () => {
    const first = readIntent('deltakeravgiften');
    expect(first.topics).toEqual(['fee']);
    expect(readIntent('deltakeravgiften')).toEqual(first);
    expect(readIntent('hotellet').topics).toEqual(readIntent('hotellet').topics);
    expect(readIntent('hvorfor').topics).toEqual(['purpose']);
    expect(readIntent('Hvorfor').topics).toEqual(['purpose']);
  });

  it('a kept word intent cannot be changed by a caller', () => {
    const kept = readIntent('studiepoeng');
    expect(() => (kept.topics as string[]).push('fee')).toThrow(TypeError);
    expect(readIntent('studiepoeng').topics).toEqual(['credits']);
  });

  it('reads a whole question afresh, with its date ask', () => {
    expect(readIntent('Når er neste samling?')).toEqual({ topics: ['dates'], date: { kind: 'next' }, concern: undefined, weakDates: false });
  });
});
