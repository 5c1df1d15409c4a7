import type { Catalog } from './catalog.schema';

/**
 * The catalog as Q&A tells it: example cohorts (the demo's) left out, and a program that exists only to carry
 * examples left out with them, so an example's dates are never given as a program's.
 */
export function withoutExamples(catalog: Catalog): Catalog {
  const programs = catalog.programs
    .filter((p) => p.cohorts.length === 0 || p.cohorts.some((c) => !c.example))
    .map((p) => (p.cohorts.some((c) => c.example) ? { ...p, cohorts: p.cohorts.filter((c) => !c.example) } : p));
  return programs.length === catalog.programs.length && programs.every((p, i) => p === catalog.programs[i]) ? catalog : { ...catalog, programs };
}
