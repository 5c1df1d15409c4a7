import { catalogSchema } from '../../../catalog/catalog.schema';
import { assertValidCard, validateCard } from '../../../../test/support/card-validation';
import { createNomination, transition, type ActorRole, type Nomination } from '../domain/nomination';
import { cohortCatalog } from '../ports';
import { coordinatorCard } from './coordinator-card';
import { nominationFormCard } from './nomination-form-card';
import { myNominationsCard } from './nomination-list-card';
import { personNotice } from './person-notice';

const fact = { id: 'f', topic: 'overview', section: { nb: 'Om', en: 'About' }, text: { nb: 'T', en: 'T' }, quotes: ['x'] };
const gathering = { id: 'g1', number: 1, title: { nb: 'S1', en: 'G1' }, start: '2024-02-15T10:00', end: '2024-02-16T15:00' };
const program = (id: string, prerequisites: string[]) => ({
  id, provider: 'inn.no', name: { nb: id.toUpperCase(), en: id.toUpperCase() }, source: { title: 'x', file: 'x' }, facts: [fact],
  admission: { applications: true, nominations: true, requiresDegree: true, courseParticipantPath: true, prerequisites },
  cohorts: [{ id: `${id}-2024`, name: { nb: `${id} 2024`, en: `${id} 2024` }, year: 2024, applicationDeadline: '2023-12-15', gatherings: [gathering] }],
});
const catalog = cohortCatalog(catalogSchema.parse({ version: 1, programs: [program('ledpro-1', []), program('ledpro-2', ['ledpro-1'])] }));

const coordinator = { aadObjectId: 'c', name: 'Kari_Koordinator' };
const base = createNomination({
  id: 'n-1', kind: 'nomination', programId: 'ledpro-2', cohortId: 'ledpro-2-2024',
  nominee: { aadObjectId: 'p', name: 'Per [Leder](http://x.test)' }, nominator: { aadObjectId: 'd', name: 'Dekan *Dahl*' },
  justification: '# Overskrift\n- punkt\n${nominationId} <b>fet</b>', answers: { degree: 'experience', completedPrerequisites: ['ledpro-1'] },
  track: 'individual-assessment', at: new Date('2023-12-01T09:00:00Z'),
});

function moved(action: 'approve' | 'reject' | 'waitlist' | 'decline' | 'withdraw', reason?: string): Nomination {
  const role: ActorRole = action === 'decline' ? 'nominee' : action === 'withdraw' ? 'nominator' : 'coordinator';
  const r = transition(base, { action, actor: coordinator, roles: new Set([role]), at: new Date('2023-12-02T13:30:00Z'), reason });
  if (!r.ok) throw new Error(action);
  return r.value.nomination;
}

const states: Array<[string, Nomination]> = [
  ['pending', base], ['approved', moved('approve')], ['rejected', moved('reject', 'Ingen **plass**')], ['waitlisted', moved('waitlist')],
  ['declined', moved('decline')], ['withdrawn', moved('withdraw')],
];

describe('nominations cards render and parse', () => {
  it.each(states)('coordinator card, %s, both languages, with and without buttons', (_s, n) => {
    for (const lang of ['nb', 'en'] as const) {
      for (const withActions of [true, false]) {
        const m = coordinatorCard(catalog, n, { lang, withActions, refreshUserIds: ['29:a'], banner: { text: 'Merk', style: 'warning' } });
        expect(() => assertValidCard(m.card)).not.toThrow();
        expect(m.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('says on the card, in both languages, that another coordinator must decide when the nominee coordinates the cohort', () => {
    const texts = (['nb', 'en'] as const).map((lang) => {
      const m = coordinatorCard(catalog, base, { lang, withActions: false, nomineeCoordinates: true, refreshUserIds: [] });
      expect(() => assertValidCard(m.card)).not.toThrow();
      // As Teams shows it: the markdown escapes of the card text removed.
      return JSON.stringify(m.card).replace(/\\\\(.)/g, '$1');
    });
    expect(texts[0]).toContain('er selv koordinator for kullet og kan ikke avgjøre en nominasjon av seg selv. En annen koordinator for kullet må avgjøre den.');
    expect(texts[1]).toContain('is a coordinator of this cohort and cannot decide a nomination of themselves. Another coordinator of the cohort must decide it.');
    const decided = coordinatorCard(catalog, moved('approve'), { lang: 'nb', withActions: true, nomineeCoordinates: true, refreshUserIds: [] });
    expect(JSON.stringify(decided.card)).not.toContain('En annen koordinator');
    const ordinary = coordinatorCard(catalog, base, { lang: 'nb', withActions: true, refreshUserIds: [] });
    expect(JSON.stringify(ordinary.card)).not.toContain('En annen koordinator');
    expect(JSON.stringify(ordinary.card)).toContain('"lang":"nb"');
  });

  it('escapes user text and never expands template syntax in it', () => {
    const card = JSON.stringify(coordinatorCard(catalog, moved('reject', 'Ingen **plass**'), { lang: 'nb', withActions: true, refreshUserIds: [] }).card);
    expect(card).toContain('Per \\\\[Leder\\\\]\\\\(http://x\\\\.test\\\\)');
    expect(card).toContain('\\\\# Overskrift\\n\\\\- punkt\\n$\\\\{nominationId\\\\} \\\\<b\\\\>fet\\\\</b\\\\>');
    expect(card).toContain('Begrunnelse: Ingen \\\\*\\\\*plass\\\\*\\\\*');
    expect(card).toContain('Avslått av Kari\\\\_Koordinator, 2\\\\. desember 2023 kl\\\\. 14:30');
  });

  it('caps the per-user refresh at 60 coordinators', () => {
    const ids = Array.from({ length: 70 }, (_, i) => `29:${i}`);
    const card = coordinatorCard(catalog, base, { lang: 'nb', withActions: true, refreshUserIds: ids }).card as { refresh: { userIds: string[] } };
    expect(card.refresh.userIds).toHaveLength(60);
  });

  it('form for nominations and applications, with problems and echoed values', () => {
    const cohorts = catalog.programs.map((p) => ({ program: p, cohort: p.cohorts[0] }));
    for (const kind of ['nomination', 'application'] as const) {
      for (const lang of ['nb', 'en'] as const) {
        const m = nominationFormCard(catalog, { lang, kind, cohorts, values: { cohortId: 'ledpro-2-2024', degree: 'none', completed: ['ledpro-1'], justification: 'x' }, problems: ['Feil'] });
        const p = validateCard(m.card);
        const problems = [...p.parse, ...p.validation];
        // The Teams people picker (choices.data) has no static choices, as Microsoft documents it.
        expect(problems).toEqual(kind === 'nomination' ? ['An Input.ChoiceSet must have at least one choice defined.'] : []);
      }
    }
  });

  it('notices and the list', () => {
    for (const [, n] of states) {
      for (const role of ['nominee', 'nominator'] as const) {
        expect(() => assertValidCard(personNotice(catalog, n, n.last, role, 'en').card)).not.toThrow();
      }
    }
    expect(() => assertValidCard(personNotice(catalog, base, base.last, 'nominee', 'nb').card)).not.toThrow();
    const list = myNominationsCard(catalog, { lang: 'nb', viewer: 'd', items: states.map(([, n]) => n), total: 30 });
    expect(() => assertValidCard(list.card)).not.toThrow();
    expect(JSON.stringify(list.card)).toContain('Viser 6 av 30.');
    expect(() => assertValidCard(myNominationsCard(catalog, { lang: 'en', viewer: 'd', items: [], total: 0 }).card)).not.toThrow();
  });
});
