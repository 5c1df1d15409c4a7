import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodIssue } from 'zod';
import { AppError, errorCodes } from '../shared/errors';
import { groundingIssues } from './catalog-grounding';
import { catalogSchema, type Catalog, type Program } from './catalog.schema';

/** The shipped catalog: JSON files beside the compiled loader (copied there by scripts/copy-assets.js). */
export const defaultCatalogDir = join(__dirname, 'data');

const pathOf = (path: ReadonlyArray<string | number>): string =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');

const fail = (message: string): never => {
  throw new AppError(errorCodes.catalogInvalid, message);
};

/** Parses one catalog file; a problem is reported with the file name and the field path. */
export function parseCatalogFile(file: string, text: string): Catalog {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i: ZodIssue) => `${file}: ${pathOf(i.path) || '(root)'}: ${i.message}`);
    return fail(issues.join('; '));
  }
  return parsed.data;
}

/** Ids must be unique and references must resolve, across every file of the catalog. */
export function checkReferences(entries: ReadonlyArray<{ file: string; program: Program; index: number }>): void {
  const programs = new Map<string, string>();
  const cohorts = new Map<string, string>();
  for (const { file, program, index } of entries) {
    const at = `${file}: programs[${index}]`;
    if (programs.has(program.id)) fail(`${at}.id: duplicate program id "${program.id}" (also in ${programs.get(program.id)})`);
    programs.set(program.id, file);
    const facts = new Set<string>();
    program.facts.forEach((f, i) => {
      if (facts.has(f.id)) fail(`${at}.facts[${i}].id: duplicate fact id "${f.id}"`);
      facts.add(f.id);
    });
    program.cohorts.forEach((c, i) => {
      if (cohorts.has(c.id)) fail(`${at}.cohorts[${i}].id: duplicate cohort id "${c.id}" (also in ${cohorts.get(c.id)})`);
      cohorts.set(c.id, file);
      const gatherings = new Set<string>();
      const numbers = new Set<number>();
      c.gatherings.forEach((g, j) => {
        if (gatherings.has(g.id)) fail(`${at}.cohorts[${i}].gatherings[${j}].id: duplicate gathering id "${g.id}"`);
        if (numbers.has(g.number)) fail(`${at}.cohorts[${i}].gatherings[${j}].number: duplicate gathering number ${g.number}`);
        gatherings.add(g.id);
        numbers.add(g.number);
      });
    });
  }
  for (const { file, program } of entries) {
    // Nothing reaches a person as the program's rule unless the document says it or it is marked as an assumption.
    const issues = groundingIssues(program).map((i) => `${file}: ${i}`);
    if (issues.length > 0) fail(issues.join('; '));
  }
  for (const { file, program, index } of entries) {
    const at = `${file}: programs[${index}]`;
    if (program.parent && !programs.has(program.parent)) fail(`${at}.parent: unknown program "${program.parent}"`);
    (program.admission?.prerequisites ?? []).forEach((p, i) => {
      if (!programs.has(p)) fail(`${at}.admission.prerequisites[${i}]: unknown program "${p}"`);
    });
  }
}

/** Reads and checks every *.json file of a catalog folder; the catalog is the union of their programs. */
export function loadCatalog(dir: string): Catalog {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return fail(`${dir}: catalog folder cannot be read`);
  }
  if (files.length === 0) fail(`${dir}: no catalog files (*.json)`);
  const entries: Array<{ file: string; program: Program; index: number }> = [];
  let version = 1;
  for (const file of files) {
    const catalog = parseCatalogFile(file, readFileSync(join(dir, file), 'utf8'));
    version = Math.max(version, catalog.version);
    catalog.programs.forEach((program, index) => entries.push({ file, program, index }));
  }
  checkReferences(entries);
  return { version, programs: entries.map((e) => e.program) };
}
