import type { Cohort } from '../../../catalog/catalog.schema';
import { checkExportToken, exportToken } from './export-link';
import { newPseudonym } from './pseudonym';
import { retentionDueAt } from './retention-rule';

describe('export links', () => {
  const expires = Date.parse('2024-02-23T08:15:00Z');
  const token = exportToken('s'.repeat(32), 'aad-1', expires);

  it('are valid for their person until they expire, then expired', () => {
    expect(checkExportToken('s'.repeat(32), 'aad-1', expires, token, new Date('2024-02-23T08:15:00Z'))).toBe('valid');
    expect(checkExportToken('s'.repeat(32), 'aad-1', expires, token, new Date('2024-02-23T08:15:00.001Z'))).toBe('expired');
  });

  it('are invalid for another person, another expiry, another secret, or an edited token', () => {
    const now = new Date('2024-02-23T08:00:00Z');
    expect(checkExportToken('s'.repeat(32), 'aad-2', expires, token, now)).toBe('invalid');
    expect(checkExportToken('s'.repeat(32), 'aad-1', expires + 3_600_000, token, now)).toBe('invalid');
    expect(checkExportToken('t'.repeat(32), 'aad-1', expires, token, now)).toBe('invalid');
    expect(checkExportToken('s'.repeat(32), 'aad-1', expires, `${token.slice(0, 31)}${token.endsWith('A') ? 'B' : 'A'}`, now)).toBe('invalid');
    expect(checkExportToken('s'.repeat(32), 'aad-1', expires, 'short', now)).toBe('invalid');
  });
});

describe('pseudonyms', () => {
  it('are random and say what they are', () => {
    const a = newPseudonym();
    expect(a).toMatch(/^erased-[0-9a-f]{10}$/);
    expect(new Set(Array.from({ length: 100 }, newPseudonym)).size).toBe(100);
  });
});

describe('retention due date', () => {
  const cohort = (gatherings: Array<Record<string, string>>): Cohort => ({ id: 'c', gatherings } as unknown as Cohort);

  it('counts the days from the end of the last gathering, in Oslo time, whatever the gatherings\' order', () => {
    const c = cohort([{ id: 'b', firstDay: '2024-10-07', lastDay: '2024-10-08' }, { id: 'a', start: '2024-02-15T11:00', end: '2024-02-16T14:00' }]);
    expect(retentionDueAt(c, 30)?.toISOString()).toBe('2024-11-07T22:00:00.000Z');
    expect(retentionDueAt(c, 1)?.toISOString()).toBe('2024-10-09T22:00:00.000Z');
  });

  it('ends a month-dated gathering at the end of its month, and never makes an undated cohort due', () => {
    expect(retentionDueAt(cohort([{ id: 'a', period: '2022-01' }]), 30)?.toISOString()).toBe('2022-03-02T23:00:00.000Z');
    expect(retentionDueAt(cohort([{ id: 'a' }]), 30)).toBeUndefined();
  });
});
