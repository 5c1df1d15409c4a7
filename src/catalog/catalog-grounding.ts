import type { Assumption, Cohort, Evidence, Gathering, Program } from './catalog.schema';
import { normalizeSourceText, quoteFound } from './source-text';

/**
 * Every structured value the bot acts on or tells people (who may apply, deadlines, whether a gathering is
 * required, where and when it is) must be either backed by a passage of the program's document (`evidence`)
 * or marked as an assumption (`assumptions`), so nothing reaches a person as the program's rule unless the
 * document says so. These are the fields each object must account for, given its values.
 */
export function groundedFields(kind: 'program', o: Program): string[];
export function groundedFields(kind: 'cohort', o: Cohort): string[];
export function groundedFields(kind: 'gathering', o: Gathering): string[];
export function groundedFields(kind: 'program' | 'cohort' | 'gathering', o: Program | Cohort | Gathering): string[] {
  if (kind === 'program') {
    const p = o as Program;
    return [
      'provider',
      ...(p.admission ? ['admission.applications', 'admission.nominations'] : []),
      ...(p.admission?.requiresDegree ? ['admission.requiresDegree'] : []),
      ...(p.admission?.courseParticipantPath ? ['admission.courseParticipantPath'] : []),
      ...((p.admission?.prerequisites.length ?? 0) > 0 ? ['admission.prerequisites'] : []),
      ...(p.contacts.length > 0 ? ['contacts'] : []),
      ...(p.checkinPlan ? ['checkinPlan'] : []),
    ];
  }
  if (kind === 'cohort') {
    const c = o as Cohort;
    // An absent deadline means the cohort never closes: that, too, is a value the document must give or it is marked.
    return ['applicationDeadline', 'bookingCutoffHours', ...(c.capacity !== undefined ? ['capacity'] : [])];
  }
  const g = o as Gathering;
  return [
    g.start !== undefined ? 'hours' : 'dates', 'mode', 'optional',
    ...(g.place ? ['place'] : []), ...(g.agenda ? ['agenda'] : []), ...(g.capacity !== undefined ? ['capacity'] : []),
    ...(g.sharedNote ? ['sharedNote'] : []),
  ];
}

function check(at: string, fields: readonly string[], evidence: readonly Evidence[], assumptions: readonly Assumption[]): string[] {
  const issues: string[] = [];
  const backed = new Set(evidence.map((e) => e.field));
  const marked = new Set(assumptions.map((a) => a.field));
  for (const f of fields) {
    if (backed.has(f) && marked.has(f)) issues.push(`${at}: "${f}" is both backed by evidence and marked as an assumption`);
    else if (!backed.has(f) && !marked.has(f)) issues.push(`${at}: "${f}" is neither backed by a quote of the document (evidence) nor marked as an assumption`);
  }
  for (const f of [...backed, ...marked]) if (!fields.includes(f)) issues.push(`${at}: evidence or assumption for "${f}", which has no value here`);
  return issues;
}

/** Fields of a program, its cohorts and gatherings that lack evidence or an assumption mark (empty when all are accounted for). */
export function groundingIssues(program: Program, at = program.id): string[] {
  const issues = check(at, groundedFields('program', program), program.evidence, program.assumptions);
  program.cohorts.forEach((c, i) => {
    issues.push(...check(`${at}.cohorts[${i}]`, groundedFields('cohort', c), c.evidence, c.assumptions));
    c.gatherings.forEach((g, j) => {
      issues.push(...check(`${at}.cohorts[${i}].gatherings[${j}]`, groundedFields('gathering', g), g.evidence, g.assumptions));
    });
  });
  return issues;
}

/** Every quote of a program (facts and evidence) that is not found in its source document. */
export function missingQuotes(program: Program, sourceText: string): string[] {
  const doc = normalizeSourceText(sourceText);
  const all: Array<{ where: string; quote: string }> = [
    ...program.facts.flatMap((f) => f.quotes.map((quote) => ({ where: `facts.${f.id}`, quote }))),
    ...program.evidence.flatMap((e) => e.quotes.map((quote) => ({ where: `evidence.${e.field}`, quote }))),
    ...program.cohorts.flatMap((c) => [
      ...c.evidence.flatMap((e) => e.quotes.map((quote) => ({ where: `${c.id}.evidence.${e.field}`, quote }))),
      ...c.gatherings.flatMap((g) => g.evidence.flatMap((e) => e.quotes.map((quote) => ({ where: `${c.id}.${g.id}.evidence.${e.field}`, quote })))),
    ]),
  ];
  return all.filter((q) => !quoteFound(doc, q.quote)).map((q) => `${program.id} ${q.where}: "${q.quote}"`);
}

/**
 * Every assumption of a program with where it sits ("ledpro-1-2024/samling-1"), for whatever shows a value to a
 * person (an answer, a card) and must say that the document does not give it.
 */
export function assumptionsOf(program: Program): Array<{ readonly where: string; readonly field: string; readonly note: Assumption['note'] }> {
  return [
    ...program.assumptions.map((a) => ({ where: program.id, ...a })),
    ...program.cohorts.flatMap((c) => [
      ...c.assumptions.map((a) => ({ where: c.id, ...a })),
      ...c.gatherings.flatMap((g) => g.assumptions.map((a) => ({ where: `${c.id}/${g.id}`, ...a }))),
    ]),
  ];
}
