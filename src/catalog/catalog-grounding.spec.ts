import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from './catalog-loader';
import { assumptionsOf, groundingIssues, missingQuotes } from './catalog-grounding';
import { programSchema, type Program } from './catalog.schema';
import { defaultSourcesDir, normalizeSourceText, quoteFound, readSource } from './source-text';

const catalog = loadCatalog(join(__dirname, 'data'));
const sourceOf = (p: Program): string => readSource(p.source.file, defaultSourcesDir);

describe('normalizeSourceText', () => {
  it('joins words hyphenated across a line break and collapses whitespace, on both sides', () => {
    const doc = normalizeSourceText('Kost-\nnader til opphold\n   under samlingen. Vi samkjører LED-\nPRO 1');
    expect(doc).toBe('Kostnader til opphold under samlingen. Vi samkjører LEDPRO 1');
    expect(quoteFound(doc, 'Kostnader til  opphold\nunder')).toBe(true);
    expect(quoteFound(doc, 'LEDPRO 1')).toBe(true);
    expect(quoteFound(doc, 'Kostnader til opphold over')).toBe(false);
  });

  it('keeps a hyphen that is not at a line break', () => {
    expect(normalizeSourceText('OU-fondet og her-og-nå')).toBe('OU-fondet og her-og-nå');
  });
});

describe('every fact and every structured value of the shipped catalog rests on its document', () => {
  it.each(catalog.programs.map((p) => [p.id, p] as const))('%s: every quote is found in the source file', (_id, program) => {
    expect(missingQuotes(program, sourceOf(program))).toEqual([]);
  });

  it.each(catalog.programs.map((p) => [p.id, p] as const))('%s: every rule value is backed by a quote or marked as an assumption', (_id, program) => {
    expect(groundingIssues(program)).toEqual([]);
  });

  it('fails on a fact without quotes, a quote the document does not have, and an unmarked assumption', () => {
    const ledpro = catalog.programs.find((p) => p.id === 'ledpro-1') as Program;
    const raw = JSON.parse(JSON.stringify(ledpro)) as Record<string, unknown> & { facts: Array<Record<string, unknown>> };
    raw.facts[0] = { ...raw.facts[0], quotes: [] };
    expect(programSchema.safeParse(raw).success).toBe(false);

    const invented: Program = { ...ledpro, facts: [{ ...ledpro.facts[0], quotes: ['Studiet gir kunnskaper om, holdninger til'] }] };
    expect(missingQuotes(invented, sourceOf(ledpro))).toEqual([expect.stringContaining('Studiet gir kunnskaper om')]);

    const cohort = ledpro.cohorts[0];
    const unmarked: Program = {
      ...ledpro,
      cohorts: [{ ...cohort, assumptions: [], gatherings: [{ ...cohort.gatherings[0], assumptions: [], start: '2024-02-15T11:00', end: '2024-02-16T14:00', firstDay: undefined, lastDay: undefined }] }],
    };
    const issues = groundingIssues(unmarked);
    expect(issues).toEqual(expect.arrayContaining([
      expect.stringMatching(/cohorts\[0\]: "bookingCutoffHours" is neither backed/),
      expect.stringMatching(/gatherings\[0\]: "hours" is neither backed/),
      expect.stringMatching(/gatherings\[0\]: "optional" is neither backed/),
      expect.stringMatching(/gatherings\[0\]: evidence or assumption for "dates", which has no value here/),
    ]));
  });
});

describe('assumptionsOf', () => {
  it('lists the marked assumptions of a program with where they sit', () => {
    const ilp = catalog.programs.find((p) => p.id === 'ntnu-instituttlederprogrammet') as Program;
    const fields = assumptionsOf(ilp).map((a) => `${a.where}:${a.field}`);
    expect(fields).toEqual(expect.arrayContaining([
      'ntnu-instituttlederprogrammet:admission.applications', 'ilp-2021-2025:applicationDeadline', 'ilp-2021-2025:bookingCutoffHours',
      'ilp-2021-2025/opplaeringsdag-2021-08:mode', 'ilp-2021-2025/opplaeringsdag-2021-08:optional',
    ]));
    expect(assumptionsOf(ilp).every((a) => a.note.nb.length > 0 && a.note.en.length > 0)).toBe(true);
  });
});

/** Numbers, dates, e-mails, phones and URLs a person reads must be in the program's document. */
describe('every number, date, e-mail, phone and URL of the catalog is in the source text', () => {
  const months: Record<string, string> = {
    januar: '01', februar: '02', mars: '03', april: '04', mai: '05', juni: '06', juli: '07', august: '08', september: '09', oktober: '10', november: '11', desember: '12',
    january: '01', february: '02', march: '03', may: '05', june: '06', july: '07', october: '10', december: '12',
  };
  /** Tokens of a text: e-mails, URLs, phones (dd dd dd dd), ISO dates, and numbers with thousands spaces removed. */
  function tokens(text: string): string[] {
    const out: string[] = [];
    let rest = text;
    const take = (re: RegExp, map: (m: RegExpMatchArray) => string): void => {
      for (const m of rest.matchAll(re)) out.push(map(m));
      rest = rest.replace(re, ' ');
    };
    take(/[\w.]+@[\w.]+\.\w+/g, (m) => m[0]);
    take(/\b(?:https?:\/\/)?(?:inn\.no|frich\.no)(?:\/\w+)?/g, (m) => m[0].replace(/^https?:\/\//, ''));
    take(/\b\d{2} \d{2} \d{2} \d{2}\b/g, (m) => m[0]);
    take(/\b\d{4}-\d{2}-\d{2}\b/g, (m) => m[0]);
    take(/\b\d{4}-\d{2}\b/g, (m) => m[0]);
    take(/\b\d{1,3}(?: \d{3})+\b/g, (m) => m[0].replace(/ /g, ''));
    take(/\b\d+(?:[.,]\d+)?\b/g, (m) => m[0].replace('.', ','));
    return out;
  }
  /** The document's tokens, plus its dates written as ISO ("15. - 16. februar 2024" → 2024-02-15, 2024-02-16). */
  function documentTokens(text: string): Set<string> {
    const doc = normalizeSourceText(text);
    const set = new Set(tokens(doc));
    for (const m of doc.matchAll(/(\d{1,2})\.?\s*-\s*(\d{1,2})\.\s*(\p{L}+) (\d{4})/gu)) {
      const mm = months[m[3].toLowerCase()];
      if (mm) for (const d of [m[1], m[2]]) set.add(`${m[4]}-${mm}-${d.padStart(2, '0')}`);
    }
    for (const m of doc.matchAll(/(\d{1,2})\. (\p{L}+) (\d{4})/gu)) {
      const mm = months[m[2].toLowerCase()];
      if (mm) set.add(`${m[3]}-${mm}-${m[1].padStart(2, '0')}`);
    }
    for (const m of doc.matchAll(/(\p{L}+) (\d{4})/gu)) {
      const mm = months[m[1].toLowerCase()];
      if (mm) set.add(`${m[2]}-${mm}`);
    }
    return set;
  }
  /** Figures the catalog writes itself: list numbering 1-7, and ISO parts of dates already checked. */
  const listNumber = (t: string): boolean => /^[1-7]$/.test(t);

  function unknownFigures(program: Program): string[] {
    const doc = documentTokens(sourceOf(program));
    const texts: string[] = [
      ...program.facts.flatMap((f) => [f.text.nb, f.text.en]),
      ...program.contacts.flatMap((c) => [c.email ?? '', ...c.phones]),
      program.source.url ?? '',
      ...program.cohorts.flatMap((c) => [
        c.applicationDeadline ?? '',
        ...c.gatherings.flatMap((g) => [g.firstDay ?? '', g.lastDay ?? '', g.period ?? '', g.agenda?.nb ?? '', g.title.nb]),
      ]),
    ];
    return [...new Set(texts.flatMap(tokens).filter((t) => !doc.has(t) && !listNumber(t)))];
  }

  it.each(catalog.programs.map((p) => [p.id, p] as const))('%s', (_id, program) => {
    expect(unknownFigures(program)).toEqual([]);
  });

  it('catches a fee, a phone, an e-mail, a URL and a date the document does not have', () => {
    const ledpro = catalog.programs.find((p) => p.id === 'ledpro-1') as Program;
    const fact = { ...ledpro.facts[0], text: { nb: 'kr 54 000, tlf. 61 28 82 04, kari@inn.no, inn.no/ledpro3', en: 'x' } };
    const cohort = { ...ledpro.cohorts[0], applicationDeadline: '2023-12-16' };
    expect(unknownFigures({ ...ledpro, facts: [fact], cohorts: [cohort] }).sort())
      .toEqual(['2023-12-16', '54000', '61 28 82 04', 'inn.no/ledpro3', 'kari@inn.no'].sort());
  });
});

it('reads the shipped source files', () => {
  expect(readFileSync(join(defaultSourcesDir, '004_0d209184f2fde371.txt'), 'utf8')).toMatch(/LEDELSE AV PROSESSER/);
});
