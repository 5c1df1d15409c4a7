import type { Catalog, Cohort, Gathering, Program } from './catalog.schema';

const norm = (s: string): string => s.toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim();

/** Look-ups over a loaded catalog: programs by id or any of their names, cohorts and gatherings by id. */
export class CatalogIndex {
  private readonly programs = new Map<string, Program>();
  private readonly names = new Map<string, Program>();
  private readonly cohorts = new Map<string, { cohort: Cohort; program: Program }>();

  constructor(readonly catalog: Catalog) {
    for (const p of catalog.programs) {
      this.programs.set(p.id, p);
      for (const n of [p.id, p.name.nb, p.name.en, ...p.aliases]) this.names.set(norm(n), p);
      for (const c of p.cohorts) this.cohorts.set(c.id, { cohort: c, program: p });
    }
  }

  program(id: string): Program | undefined {
    return this.programs.get(id);
  }

  /** By id, bokmål or English name, or alias, ignoring case. */
  programByName(name: string): Program | undefined {
    return this.names.get(norm(name));
  }

  allPrograms(): readonly Program[] {
    return this.catalog.programs;
  }

  /**
   * A cohort a coordinator added at run time (catalog-overlay.ts pushes it into its program) is found by a scan
   * and remembered; an edited one is the same object, changed in place, so nothing here goes stale.
   */
  cohort(id: string): { cohort: Cohort; program: Program } | undefined {
    const known = this.cohorts.get(id);
    if (known) return known;
    for (const program of this.catalog.programs) {
      const cohort = program.cohorts.find((c) => c.id === id);
      if (cohort) {
        this.cohorts.set(id, { cohort, program });
        return { cohort, program };
      }
    }
    return undefined;
  }

  allCohorts(): Array<{ cohort: Cohort; program: Program }> {
    return this.catalog.programs.flatMap((program) => program.cohorts.map((cohort) => ({ cohort, program })));
  }

  gathering(cohortId: string, gatheringId: string): Gathering | undefined {
    return this.cohort(cohortId)?.cohort.gatherings.find((g) => g.id === gatheringId);
  }

  /** The program and its ancestors (an umbrella offer's general facts apply to its programs). */
  lineage(programId: string): Program[] {
    const out: Program[] = [];
    let p = this.programs.get(programId);
    while (p && !out.includes(p)) {
      out.push(p);
      p = p.parent ? this.programs.get(p.parent) : undefined;
    }
    return out;
  }
}
