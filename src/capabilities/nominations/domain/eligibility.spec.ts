import { programSchema, type Program } from '../../../catalog/catalog.schema';
import { assessEligibility, deadlineCutoff, openCohorts } from './eligibility';

const gathering = (n: number, start: string, end: string) => ({
  id: `samling-${n}`, number: n, title: { nb: `Samling ${n}`, en: `Gathering ${n}` }, start, end,
});
const fact = { id: 'f', topic: 'overview', section: { nb: 'Om', en: 'About' }, text: { nb: 'Tekst', en: 'Text' }, quotes: ['x'] };

const ledpro = (id: string, prerequisites: string[], extra: Record<string, unknown> = {}): Program => programSchema.parse({
  id, provider: 'inn.no', name: { nb: id, en: id }, source: { title: 'LEDPRO', file: 'x.txt' }, facts: [fact],
  admission: { applications: true, nominations: false, requiresDegree: true, courseParticipantPath: true, prerequisites },
  cohorts: [{
    id: `${id}-2024`, name: { nb: `${id} 2024`, en: `${id} 2024` }, year: 2024, capacity: 2, applicationDeadline: '2023-12-15',
    gatherings: [gathering(1, '2024-02-15T10:00', '2024-02-16T15:00'), gathering(6, '2024-10-07T10:00', '2024-10-08T15:00')],
  }],
  ...extra,
});
const ilp = programSchema.parse({
  id: 'ilp', provider: 'NTNU', name: { nb: 'ILP', en: 'ILP' }, source: { title: 'ILP', file: 'y.txt' }, facts: [fact],
  admission: { applications: false, nominations: true },
  cohorts: [{
    id: 'ilp-2021-2025', name: { nb: 'ILP', en: 'ILP' }, year: 2021,
    gatherings: [{ id: 'a', number: 1, title: { nb: 'A', en: 'A' }, period: '2021-08' }, { id: 'b', number: 2, title: { nb: 'B', en: 'B' }, period: '2025-06' }],
  }],
});
const l1 = ledpro('ledpro-1', []);
const l2 = ledpro('ledpro-2', ['ledpro-1']);
const before = new Date('2023-12-01T09:00:00Z');

describe('admission rules', () => {
  it('accepts a bachelor for credits, experience for individual assessment, none as course participant', () => {
    const base = { kind: 'application' as const, program: l1, cohort: l1.cohorts[0], now: before, seatsTaken: 0 };
    expect(assessEligibility({ ...base, answers: { degree: 'bachelor', completedPrerequisites: [] } })).toEqual({ ok: true, value: 'credits' });
    expect(assessEligibility({ ...base, answers: { degree: 'experience', completedPrerequisites: [] } })).toEqual({ ok: true, value: 'individual-assessment' });
    expect(assessEligibility({ ...base, answers: { degree: 'none', completedPrerequisites: [] } })).toEqual({ ok: true, value: 'course-participant' });
    expect(assessEligibility({ ...base, answers: { completedPrerequisites: [] } })).toEqual({ ok: false, error: [{ code: 'degree-answer-missing' }] });
  });

  it('refuses "none" where there is no course-participant path', () => {
    const strict = ledpro('ledpro-x', [], { admission: { applications: true, nominations: false, requiresDegree: true, courseParticipantPath: false } });
    const r = assessEligibility({ kind: 'application', program: strict, cohort: strict.cohorts[0], now: before, seatsTaken: 0, answers: { degree: 'none', completedPrerequisites: [] } });
    expect(r).toEqual({ ok: false, error: [{ code: 'degree-required' }] });
  });

  it('needs LEDPRO 1 completed for LEDPRO 2', () => {
    const base = { kind: 'application' as const, program: l2, cohort: l2.cohorts[0], now: before, seatsTaken: 0 };
    expect(assessEligibility({ ...base, answers: { degree: 'bachelor', completedPrerequisites: [] } }))
      .toEqual({ ok: false, error: [{ code: 'prerequisite-missing', programIds: ['ledpro-1'] }] });
    expect(assessEligibility({ ...base, answers: { degree: 'bachelor', completedPrerequisites: ['ledpro-1'] } }).ok).toBe(true);
  });

  it('closes at the end of the deadline day in Oslo, and lists every problem at once', () => {
    expect(deadlineCutoff('2023-12-15').toISOString()).toBe('2023-12-15T23:00:00.000Z');
    // The day summer time starts has 23 hours; the cutoff is still midnight in Oslo.
    expect(deadlineCutoff('2024-03-31').toISOString()).toBe('2024-03-31T22:00:00.000Z');
    expect(deadlineCutoff('2024-12-31').toISOString()).toBe('2024-12-31T23:00:00.000Z');
    const base = { kind: 'application' as const, program: l2, cohort: l2.cohorts[0], answers: { completedPrerequisites: [] }, seatsTaken: 2 };
    expect(assessEligibility({ ...base, now: new Date('2023-12-15T22:59:00Z') }).ok).toBe(false);
    const r = assessEligibility({ ...base, now: new Date('2023-12-15T23:00:00Z') });
    expect(r.ok ? [] : r.error.map((e) => e.code)).toEqual(['deadline-passed', 'cohort-full', 'prerequisite-missing', 'degree-answer-missing']);
  });

  it('refuses the kind the program does not take', () => {
    const r = assessEligibility({ kind: 'nomination', program: l1, cohort: l1.cohorts[0], now: before, seatsTaken: 0, answers: { degree: 'bachelor', completedPrerequisites: [] } });
    expect(r).toEqual({ ok: false, error: [{ code: 'kind-not-accepted', kind: 'nomination' }] });
  });

  it('offers the cohorts of the right kind before their deadline; one without a deadline stays open', () => {
    expect(openCohorts([l1, l2, ilp], 'nomination', new Date('2024-01-10T09:00:00Z')).map((c) => c.cohort.id)).toEqual(['ilp-2021-2025']);
    expect(openCohorts([l1, l2, ilp], 'nomination', new Date('2030-07-01T09:00:00Z')).map((c) => c.cohort.id)).toEqual(['ilp-2021-2025']);
    expect(openCohorts([l1, l2, ilp], 'application', before).map((c) => c.cohort.id)).toEqual(['ledpro-1-2024', 'ledpro-2-2024']);
    expect(openCohorts([l1, l2, ilp], 'application', new Date('2024-01-10T09:00:00Z'))).toEqual([]);
  });
});
