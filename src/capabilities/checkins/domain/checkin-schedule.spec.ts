import { loadCatalog, defaultCatalogDir } from '../../../catalog/catalog-loader';
import { CatalogIndex } from '../../../catalog/catalog-index';
import type { Cohort, Program } from '../../../catalog/catalog.schema';
import { applyOverrides, isOpen, planRounds } from './checkin-schedule';

const ledpro = (): { program: Program; cohort: Cohort } => {
  const found = new CatalogIndex(loadCatalog(defaultCatalogDir)).cohort('ledpro-1-2024');
  if (!found) throw new Error('ledpro-1-2024 missing from the catalog');
  return found;
};

const withGatherings = (base: { program: Program; cohort: Cohort }, gatherings: Cohort['gatherings']): Cohort =>
  ({ ...base.cohort, gatherings });

describe('planRounds', () => {
  it('plans one round per gap of the real LEDPRO cohort, in Oslo time across DST', () => {
    const { program, cohort } = ledpro();
    const rounds = planRounds(program, cohort);
    expect(rounds.map((r) => r.id)).toEqual([1, 2, 3, 4, 5].map((n) => `ledpro-1-2024.after-${n}`));
    const [first, second] = rounds;
    expect(first.postAt.toISOString()).toBe('2024-02-23T08:00:00.000Z');
    expect(first.remindAt?.toISOString()).toBe('2024-02-26T08:00:00.000Z');
    // Summer time starts 2024-03-31: 09:00 Oslo is 07:00Z on 2 April.
    expect(first.digestAt.toISOString()).toBe('2024-04-02T07:00:00.000Z');
    expect(first.afterGathering).toBe(1);
    expect(first.prompt.afterGathering).toBe(1);
    expect(second.prompt.afterGathering).toBeUndefined();
    expect(second.postAt.toISOString()).toBe('2024-04-12T07:00:00.000Z');
  });

  it('skips gatherings dated only by month', () => {
    const base = ledpro();
    const [g1, g2, g3] = base.cohort.gatherings;
    const cohort = withGatherings(base, [g1, { ...g2, start: undefined, end: undefined, period: '2024-04' }, g3]);
    const rounds = planRounds(base.program, cohort);
    expect(rounds.map((r) => r.afterGathering)).toEqual([1]);
    expect(rounds[0].digestAt.toISOString()).toBe('2024-05-13T07:00:00.000Z');
  });

  it('drops a gap too short for a post, and a reminder that would come at or after the digest', () => {
    const base = ledpro();
    const [g1, g2] = base.cohort.gatherings;
    // Post 2024-02-23, digest 2024-02-23: no round.
    expect(planRounds(base.program, withGatherings(base, [g1, { ...g2, start: '2024-02-25T11:00', end: '2024-02-26T14:00' }]))).toEqual([]);
    // Post 2024-02-23, reminder would be 2024-02-26, digest 2024-02-26: no reminder.
    const [round] = planRounds(base.program, withGatherings(base, [g1, { ...g2, start: '2024-02-28T11:00', end: '2024-02-29T14:00' }]));
    expect(round.remindAt).toBeUndefined();
    expect(round.digestAt.toISOString()).toBe('2024-02-26T08:00:00.000Z');
  });

  it('has no rounds without a check-in plan', () => {
    const { program, cohort } = ledpro();
    expect(planRounds({ ...program, checkinPlan: undefined }, cohort)).toEqual([]);
  });
});

describe('applyOverrides', () => {
  it('moves a post and its reminder by the same local distance, across DST', () => {
    const { program, cohort } = ledpro();
    const rounds = planRounds(program, cohort);
    const [moved] = applyOverrides(rounds, [{ roundId: rounds[0].id, postAt: new Date('2024-03-22T08:00:00Z') }]);
    expect(moved.moved).toBe(true);
    expect(moved.postAt.toISOString()).toBe('2024-03-22T08:00:00.000Z');
    // Three days later at 09:00 Oslo, now summer time.
    expect(moved.remindAt?.toISOString()).toBe('2024-03-25T08:00:00.000Z');
    const [later] = applyOverrides(rounds, [{ roundId: rounds[0].id, postAt: new Date('2024-03-29T08:00:00Z') }]);
    expect(later.remindAt?.toISOString()).toBe('2024-04-01T07:00:00.000Z');
    expect(later.digestAt).toEqual(rounds[0].digestAt);
  });

  it('never moves a reminder to or past the digest', () => {
    const { program, cohort } = ledpro();
    const rounds = planRounds(program, cohort);
    const [moved] = applyOverrides(rounds, [{ roundId: rounds[0].id, postAt: new Date('2024-03-30T08:00:00Z') }]);
    expect(moved.remindAt).toBeUndefined();
    expect(moved.skipped).toBeUndefined();
  });

  it('marks skipped rounds and rounds moved past the digest, leaving the others alone', () => {
    const { program, cohort } = ledpro();
    const rounds = planRounds(program, cohort);
    const out = applyOverrides(rounds, [
      { roundId: rounds[1].id, skip: true },
      { roundId: rounds[2].id, postAt: rounds[2].digestAt },
    ]);
    expect(out[0]).toBe(rounds[0]);
    expect(out[1].skipped).toBe(true);
    expect(out[2].skipped).toBe(true);
    expect(out[3].skipped).toBeUndefined();
  });

  it('keeps an unchanged post time unmoved (same job keys as planned)', () => {
    const { program, cohort } = ledpro();
    const rounds = planRounds(program, cohort);
    const [same] = applyOverrides(rounds, [{ roundId: rounds[0].id, postAt: rounds[0].postAt, skip: false }]);
    expect(same.moved).toBeUndefined();
    expect(isOpen(same, same.postAt)).toBe(true);
    expect(isOpen(same, same.digestAt)).toBe(false);
  });
});
