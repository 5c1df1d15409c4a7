import { assertValidCard } from '../../../../test/support/card-validation';
import { catalogSchema } from '../../../catalog/catalog.schema';
import type { GatheringView } from '../use-cases/my-gatherings.use-case';
import { cancelConfirmCard, myGatheringsCard } from './my-gatherings-card';

const fact = { id: 'f', topic: 'overview', section: { nb: 'Om', en: 'About' }, text: { nb: 'T', en: 'T' }, quotes: ['x'] };
const catalog = catalogSchema.parse({ version: 1, programs: [{ id: 'p', provider: 'x', name: { nb: 'P', en: 'P' }, source: { title: 'x', file: 'x' }, facts: [fact],
  cohorts: [{ id: 'c', name: { nb: 'Kull 2025', en: 'Cohort 2025' }, year: 2025, gatherings: [
    { id: 'g1', number: 1, title: { nb: 'Samling 1', en: 'Gathering 1' }, start: '2025-03-01T11:00', end: '2025-03-01T15:00', agenda: { nb: 'Tema *A*', en: 'Theme *A*' }, place: { name: 'Hotell', city: 'Hamar' } },
  ] }] }] });
const cohort = catalog.programs[0].cohorts[0];
const view = (o: Partial<GatheringView> = {}): GatheringView => ({
  cohortId: 'c', cohortName: cohort.name, gathering: cohort.gatherings[0], status: 'booked', window: 'open',
  canCancel: true, canBook: false, canRebook: false, cutoffAt: new Date('2025-02-27T10:00:00Z'), ...o,
});

describe('my gatherings and the leave confirm view', () => {
  it.each(['nb', 'en'] as const)('render and parse in %s, with hours in Oslo time and the agenda escaped', (lang) => {
    const list = myGatheringsCard({ views: [view(), view({ status: 'cancelled', canCancel: false, canRebook: true })], lang, cutoffHours: 48 });
    const confirm = cancelConfirmCard(view(), lang);
    for (const m of [list, confirm]) expect(() => assertValidCard(m.card)).not.toThrow();
    const json = JSON.stringify(list.card);
    expect(json).toContain(lang === 'nb' ? '1\\\\. mars 2025 kl\\\\. 11:00–15:00' : '1 March 2025, 11:00–15:00');
    expect(json).toContain(lang === 'nb' ? 'Tema \\\\*A\\\\*' : 'Theme \\\\*A\\\\*');
    expect(list.text).toContain(lang === 'nb' ? 'Samling 1 – 1. mars 2025 kl. 11:00–15:00' : 'Gathering 1 – 1 March 2025, 11:00–15:00');
    expect(confirm.text).toContain(lang === 'nb' ? 'kl. 11:00 (fristen er satt av koordinatorene)' : 'at 11:00 (a deadline set by the coordinators)');
  });

  it('says what leaving means for a seat, a waitlist place and an optional session', () => {
    expect(JSON.stringify(cancelConfirmCard(view(), 'nb').card)).toContain('Plassen din kan gå til den første på ventelisten.');
    expect(JSON.stringify(cancelConfirmCard(view({ status: 'waitlisted' }), 'nb').card)).toContain('Du står på ventelisten og går ut av den.');
    expect(JSON.stringify(cancelConfirmCard(view({ gathering: { ...cohort.gatherings[0], optional: true } }), 'en').card)).toContain('This is an optional session.');
  });
});
