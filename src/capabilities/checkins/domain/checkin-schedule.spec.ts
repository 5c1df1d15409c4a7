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
    const cohort = withGatherings(base, [g1, { ...g2, firstDay: undefined, lastDay: undefined, period: '2024-04' }, g3]);
    const rounds = planRounds(base.program, cohort);
    expect(rounds.map((r) => r.afterGathering)).toEqual([1]);
    expect(rounds[0].digestAt.toISOString()).toBe('2024-05-13T07:00:00.000Z');
  });

  it('drops a gap too short for a post, and a reminder that would come at or after the digest', () => {
    const base = ledpro();
    const [g1, g2] = base.cohort.gatherings;
    // Post 2024-02-23, digest 2024-02-24 is a Saturday and would move to Monday the 26th, the gathering's first
    // day, so it goes back to Friday the 23rd: no round.
    expect(planRounds(base.program, withGatherings(base, [g1, { ...g2, firstDay: '2024-02-26', lastDay: '2024-02-27' }]))).toEqual([]);
    // Post 2024-02-23, reminder would be 2024-02-26, digest 2024-02-26: no reminder.
    const [round] = planRounds(base.program, withGatherings(base, [g1, { ...g2, firstDay: '2024-02-28', lastDay: '2024-02-29' }]));
    expect(round.remindAt).toBeUndefined();
    expect(round.digestAt.toISOString()).toBe('2024-02-26T08:00:00.000Z');
  });

  it('puts posts, reminders and digests on working days: no weekends, public holidays or July', () => {
    const { program, cohort } = ledpro();
    const rounds = planRounds(program, cohort);
    const local = (d: Date | undefined): string => (d ? d.toLocaleString('sv-SE', { timeZone: 'Europe/Oslo' }).slice(0, 16) : '-');
    expect(rounds.map((r) => [local(r.postAt), local(r.remindAt), local(r.digestAt)])).toEqual([
      ['2024-02-23 09:00', '2024-02-26 09:00', '2024-04-02 09:00'],
      ['2024-04-12 09:00', '2024-04-15 09:00', '2024-05-13 09:00'],
      // Reminder: Sunday 26 May moves to Monday.
      ['2024-05-23 09:00', '2024-05-27 09:00', '2024-06-18 09:00'],
      // Reminder: 1 July is in the summer break; the first working day after is Thursday 1 August.
      ['2024-06-28 09:00', '2024-08-01 09:00', '2024-08-26 09:00'],
      // Reminder: Sunday 8 September moves to Monday. Digest: Saturday 5 October would move to Monday 7 October,
      // the first day of gathering 6, so it goes to Friday 4 October instead.
      ['2024-09-05 09:00', '2024-09-09 09:00', '2024-10-04 09:00'],
    ]);
    expect(rounds[2].shifted).toEqual([{ what: 'remind', from: '2024-05-26', reason: 'weekend' }]);
    expect(rounds[3].shifted).toEqual([{ what: 'remind', from: '2024-07-01', reason: 'quiet' }]);
    expect(rounds[4].shifted).toEqual([{ what: 'digest', from: '2024-10-05', reason: 'weekend' }, { what: 'remind', from: '2024-09-08', reason: 'weekend' }]);
    expect(rounds[0].shifted).toBeUndefined();
  });

  it('moves a post off a public holiday (Ascension Day 2024) and honours a plan without a summer break', () => {
    const base = ledpro();
    const [g1, g2] = base.cohort.gatherings;
    const cohort = withGatherings(base, [{ ...g1, firstDay: '2024-05-01', lastDay: '2024-05-02' }, { ...g2, firstDay: '2024-06-10', lastDay: '2024-06-11' }]);
    const [round] = planRounds(base.program, cohort);
    expect(round.postAt.toISOString()).toBe('2024-05-10T07:00:00.000Z');
    expect(round.shifted).toEqual(expect.arrayContaining([{ what: 'post', from: '2024-05-09', reason: 'holiday' }]));
    const plan = base.program.checkinPlan;
    if (!plan) throw new Error('plan missing');
    const july = withGatherings(base, [{ ...g1, firstDay: '2024-06-26', lastDay: '2024-06-27' }, { ...g2, firstDay: '2024-08-20', lastDay: '2024-08-21' }]);
    expect(planRounds({ ...base.program, checkinPlan: { ...plan, quietMonths: [] } }, july)[0].postAt.toISOString()).toBe('2024-07-04T07:00:00.000Z');
    expect(planRounds(base.program, july)[0].postAt.toISOString()).toBe('2024-08-01T07:00:00.000Z');
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
