import { checkReferences } from '../catalog/catalog-loader';
import { addDays } from '../catalog/gathering-time';
import { catalogSchema, type Catalog, type Cohort, type Gathering, type Program } from '../catalog/catalog.schema';
import { toOsloLocal } from '../shared/oslo-time';

/** The program the demo's example is made from, and the ids of the example. */
export const DEMO_SOURCE_PROGRAM = 'ledpro-1';
export const DEMO_PROGRAM = 'demo-ledpro-1';
export const DEMO_COHORT = 'demo-ledpro-1';

/** Days from today to the example's first gathering, and to its application and nomination deadline. */
const FIRST_GATHERING_IN_DAYS = 21;
const DEADLINE_IN_DAYS = 14;

const demoNote = {
  nb: 'Eksempel for demoen (npm run demo), regnet fra dagens dato: ikke programmets egne datoer eller regler.',
  en: 'An example for the demo (npm run demo), computed from today\'s date: not the programme\'s own dates or rules.',
};

const dayDiff = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/**
 * A gathering of the example: the real one's title, place, mode and agenda (their evidence still holds), on the
 * same weekday spacing shifted to start `offset` days later, lunch to lunch (11:00 to 14:00, the hours the
 * lodging package suggests) so the demo shows times. Dates and hours are marked as the demo's.
 */
function exampleGathering(g: Gathering, offset: number): Gathering {
  const first = g.firstDay ?? g.start?.slice(0, 10);
  const last = g.lastDay ?? g.end?.slice(0, 10);
  if (!first || !last) throw new Error(`the demo needs gatherings dated to the day (${g.id} is not)`);
  const { firstDay: _f, lastDay: _l, period: _p, sharedNote: _s, ...rest } = g;
  return {
    ...rest,
    start: `${addDays(first, offset)}T11:00`, end: `${addDays(last, offset)}T14:00`,
    evidence: g.evidence.filter((e) => e.field !== 'dates' && e.field !== 'hours' && e.field !== 'sharedNote'),
    assumptions: [...g.assumptions.filter((a) => a.field !== 'dates' && a.field !== 'hours' && a.field !== 'sharedNote'), { field: 'hours', note: demoNote }],
  };
}

/**
 * The demo's catalog: the real catalog plus one clearly marked example program, a copy of LEDPRO 1 (its facts,
 * contacts, admission rules and check-in plan) with one example cohort whose gatherings keep LEDPRO 1's
 * spacing but start three weeks after `now` (Oslo date), taking applications and nominations for two weeks.
 * The cohort is `example: true`, so Q&A never tells its dates as the program's; the real programs are untouched.
 */
export function demoCatalog(real: Catalog, now: Date): Catalog {
  const source = real.programs.find((p) => p.id === DEMO_SOURCE_PROGRAM);
  const model = source ? [...source.cohorts].sort((a, b) => b.year - a.year)[0] : undefined;
  if (!source || !model) throw new Error(`the demo is made from the program ${DEMO_SOURCE_PROGRAM}, which the catalog lacks`);
  const today = toOsloLocal(now).slice(0, 10);
  const firstOf = (g: Gathering): string => g.firstDay ?? g.start?.slice(0, 10) ?? '';
  const modelStart = [...model.gatherings].map(firstOf).sort()[0];
  const offset = dayDiff(modelStart, addDays(today, FIRST_GATHERING_IN_DAYS));
  const cohort: Cohort = {
    ...model,
    id: DEMO_COHORT,
    name: { nb: 'DEMO – eksempelkull av LEDPRO 1', en: 'DEMO – example cohort of LEDPRO 1' },
    year: Number(addDays(today, FIRST_GATHERING_IN_DAYS).slice(0, 4)),
    example: true,
    applicationDeadline: addDays(today, DEADLINE_IN_DAYS),
    gatherings: model.gatherings.map((g) => exampleGathering(g, offset)),
    evidence: model.evidence.filter((e) => e.field !== 'applicationDeadline'),
    assumptions: [...model.assumptions.filter((a) => a.field !== 'applicationDeadline'), { field: 'applicationDeadline', note: demoNote }],
  };
  const admission = source.admission ? { ...source.admission, nominations: true } : undefined;
  const program: Program = {
    ...source,
    id: DEMO_PROGRAM,
    name: { nb: 'DEMO: eksempel på LEDPRO 1', en: 'DEMO: example of LEDPRO 1' },
    aliases: [],
    ...(admission ? { admission } : {}),
    cohorts: [cohort],
    evidence: source.evidence.filter((e) => e.field !== 'admission.nominations'),
    // Nominations are open in the example so the demo can show them; LEDPRO 1 itself takes applications only.
    assumptions: [...source.assumptions.filter((a) => a.field !== 'admission.nominations'), { field: 'admission.nominations', note: demoNote }],
  };
  const catalog = catalogSchema.parse({ ...real, programs: [...real.programs, program] });
  checkReferences(catalog.programs.map((p, index) => ({ file: 'demo', program: p, index })));
  return catalog;
}
