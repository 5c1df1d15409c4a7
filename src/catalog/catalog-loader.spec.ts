import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogIndex } from './catalog-index';
import { loadCatalog } from './catalog-loader';

const shipped = join(__dirname, 'data');

const copyWith = (edit: (json: { programs: Array<Record<string, unknown>> }) => void, file = 'inn-ledpro.json'): string => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
  cpSync(shipped, dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { programs: Array<Record<string, unknown>> };
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
  return dir;
};

describe('the shipped catalog', () => {
  const index = new CatalogIndex(loadCatalog(shipped));

  it('holds both providers\' programs and their cohorts', () => {
    expect(index.program('ledpro-1')?.name.nb).toMatch(/Ledelse av prosesser del 1/);
    expect(index.programByName('ledpro 2')?.id).toBe('ledpro-2');
    expect(index.programByName('Instituttlederprogrammet')?.id).toBe('ntnu-instituttlederprogrammet');
    expect(index.allCohorts().map((c) => c.cohort.id).sort()).toEqual(['ilp-2021-2025', 'ledpro-1-2024', 'ledpro-2-2024']);
    expect(index.lineage('ntnu-instituttlederprogrammet').map((p) => p.id)).toEqual(['ntnu-instituttlederprogrammet', 'ntnu-lederutvikling']);
  });

  it('has the six LEDPRO gatherings of 2024 on the document\'s dates, at Wood Hotel in Brumunddal', () => {
    for (const id of ['ledpro-1-2024', 'ledpro-2-2024']) {
      const gatherings = index.cohort(id)?.cohort.gatherings ?? [];
      // Days only: the document gives no hours, so none are invented.
      expect(gatherings.every((g) => g.start === undefined && g.end === undefined)).toBe(true);
      expect(gatherings.map((g) => `${g.firstDay}/${g.lastDay}`)).toEqual([
        '2024-02-15/2024-02-16', '2024-04-04/2024-04-05', '2024-05-15/2024-05-16',
        '2024-06-20/2024-06-21', '2024-08-28/2024-08-29', '2024-10-07/2024-10-08',
      ]);
      expect(new Set(gatherings.map((g) => g.place?.name))).toEqual(new Set(['Wood Hotel']));
    }
  });

  it('keeps the admission rules: degree, course-participant path, part 1 before part 2, the deadline', () => {
    expect(index.program('ledpro-2')?.admission).toMatchObject({ applications: true, requiresDegree: true, courseParticipantPath: true, prerequisites: ['ledpro-1'] });
    expect(index.program('ntnu-instituttlederprogrammet')?.admission).toMatchObject({ applications: false, nominations: true });
    expect(index.cohort('ledpro-1-2024')?.cohort.applicationDeadline).toBe('2023-12-15');
  });

  it('never lends one program\'s fee to another', () => {
    const withFee = index.allPrograms().filter((p) => p.facts.some((f) => /53 000/.test(f.text.nb))).map((p) => p.id);
    expect(withFee.sort()).toEqual(['ledpro-1', 'ledpro-2']);
  });
});

describe('loadCatalog errors', () => {
  it('names the file and the field of a schema problem', () => {
    const dir = copyWith((j) => {
      const cohorts = j.programs[0].cohorts as Array<{ gatherings: Array<Record<string, unknown>> }>;
      cohorts[0].gatherings[2].lastDay = '2024-05-14';
    });
    expect(() => loadCatalog(dir)).toThrow(/inn-ledpro\.json: programs\[0\]\.cohorts\[0\]\.gatherings\[2\]\.lastDay: lastDay must not be before firstDay/);
  });

  it('names a duplicate id and an unknown prerequisite', () => {
    expect(() => loadCatalog(copyWith((j) => { j.programs[1].id = 'ledpro-1'; })))
      .toThrow(/inn-ledpro\.json: programs\[1\]\.id: duplicate program id "ledpro-1"/);
    expect(() => loadCatalog(copyWith((j) => {
      (j.programs[1].admission as { prerequisites: string[] }).prerequisites = ['ledpro-0'];
    }))).toThrow(/programs\[1\]\.admission\.prerequisites\[0\]: unknown program "ledpro-0"/);
  });

  it('refuses a value that is neither backed by the document nor marked as an assumption', () => {
    const dir = copyWith((j) => {
      const cohorts = j.programs[0].cohorts as Array<{ assumptions: unknown[] }>;
      cohorts[0].assumptions = [];
    });
    expect(() => loadCatalog(dir)).toThrow(/inn-ledpro\.json: ledpro-1\.cohorts\[0\]: "bookingCutoffHours" is neither backed by a quote of the document \(evidence\) nor marked as an assumption/);
  });

  it('refuses a gathering with hours and days at once', () => {
    const dir = copyWith((j) => {
      const cohorts = j.programs[0].cohorts as Array<{ gatherings: Array<Record<string, unknown>> }>;
      Object.assign(cohorts[0].gatherings[0], { start: '2024-02-15T10:00', end: '2024-02-16T15:00' });
    });
    expect(() => loadCatalog(dir)).toThrow(/gatherings\[0\]\.start: a gathering needs exactly one of start\/end/);
  });

  it('refuses a file that is not JSON, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    writeFileSync(join(dir, 'broken.json'), '{ "version": 1, ');
    expect(() => loadCatalog(dir)).toThrow(/broken\.json: not valid JSON/);
  });
});
