import { easterSunday, nextWorkingDay, nonWorkingReason, norwegianHolidays, previousWorkingDay } from './working-days';

describe('Norwegian working days', () => {
  it('computes Easter Sunday for known years', () => {
    expect(['2024', '2025', '2026', '2038', '2000'].map((y) => easterSunday(Number(y)))).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2038-04-25', '2000-04-23']);
  });

  it('lists the twelve public holidays, with the Easter-based ones', () => {
    const h = norwegianHolidays(2024);
    expect([...h.keys()].sort()).toEqual([
      '2024-01-01', '2024-03-28', '2024-03-29', '2024-03-31', '2024-04-01', '2024-05-01', '2024-05-09', '2024-05-17',
      '2024-05-19', '2024-05-20', '2024-12-25', '2024-12-26',
    ]);
    expect(h.get('2024-05-09')).toEqual({ nb: 'Kristi himmelfartsdag', en: 'Ascension Day' });
  });

  it('says why a day is not a working day and finds the next and previous working day', () => {
    expect(nonWorkingReason('2024-02-24')).toBe('weekend');
    expect(nonWorkingReason('2024-05-17')).toBe('holiday');
    expect(nonWorkingReason('2024-07-10', [7])).toBe('quiet');
    expect(nonWorkingReason('2024-07-10')).toBeUndefined();
    // Maundy Thursday to Easter Monday 2024: the next working day is Tuesday 2 April.
    expect(nextWorkingDay('2024-03-28')).toEqual({ date: '2024-04-02', reason: 'holiday' });
    expect(nextWorkingDay('2024-02-23')).toEqual({ date: '2024-02-23' });
    // Christmas 2026 falls on a Friday: the 25th, 26th (Saturday) and 27th are skipped.
    expect(nextWorkingDay('2026-12-25')).toEqual({ date: '2026-12-28', reason: 'holiday' });
    expect(previousWorkingDay('2024-04-01')).toBe('2024-03-27');
  });
});
