import { loadCatalog, defaultCatalogDir } from '../../../catalog/catalog-loader';
import { CatalogIndex } from '../../../catalog/catalog-index';
import { applyOverlay, overlayIssues } from '../../../catalog/catalog-overlay';
import { cohortFromDraft, SET_BY_COORDINATOR } from './cohort-draft';

const draft = {
  id: 'ledpro-1-2027', name: { nb: 'LEDPRO 1 2027', en: 'LEDPRO 1 2027' }, year: 2027, bookingCutoffHours: 48,
  gatherings: [{ id: 'samling-1', number: 1, title: { nb: 'Samling 1', en: 'Gathering 1' }, firstDay: '2027-02-11', lastDay: '2027-02-12', mode: 'onsite', optional: false }],
};

describe('a cohort written in the tab', () => {
  it('is checked by the catalog schema, with its reasons by path', () => {
    const r = cohortFromDraft({ ...draft, year: 'next', gatherings: [{ ...draft.gatherings[0], lastDay: '2027-02-10' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual(expect.arrayContaining(['year: Expected number, received string', 'gatherings[0].lastDay: lastDay must not be before firstDay']));
    expect(cohortFromDraft({ ...draft, extra: 1 }).ok).toBe(false);
  });

  it('marks every value the catalog wants grounded as set by a coordinator, so the loader\'s rules hold', () => {
    const r = cohortFromDraft(draft);
    if (!r.ok) throw new Error(r.error.join('; '));
    expect(r.value.assumptions.map((a) => a.field)).toEqual(['applicationDeadline', 'bookingCutoffHours']);
    expect(r.value.gatherings[0].assumptions.map((a) => a.field)).toEqual(['dates', 'mode', 'optional']);
    expect(r.value.assumptions[0].note).toEqual(SET_BY_COORDINATOR);
    const catalog = loadCatalog(defaultCatalogDir);
    expect(overlayIssues(catalog, { programId: 'ledpro-1', cohort: r.value }, false)).toEqual([]);
    expect(overlayIssues(catalog, { programId: 'ledpro-1', cohort: { ...r.value, id: 'ledpro-2-2024' } }, false)).toEqual(['id: a cohort "ledpro-2-2024" exists already']);
    expect(overlayIssues(catalog, { programId: 'nope', cohort: r.value }, false)).toEqual(['programId: unknown program "nope"']);
  });

  it('is laid over the loaded catalog in place: an index built before sees it, and sees an edit', () => {
    const catalog = loadCatalog(defaultCatalogDir);
    const index = new CatalogIndex(catalog);
    const r = cohortFromDraft(draft);
    if (!r.ok) throw new Error('invalid');
    applyOverlay(catalog, { programId: 'ledpro-1', cohort: r.value });
    expect(index.cohort('ledpro-1-2027')?.program.id).toBe('ledpro-1');
    const held = index.cohort('ledpro-1-2027')?.cohort;
    const moved = cohortFromDraft({ ...draft, gatherings: [{ ...draft.gatherings[0], firstDay: '2027-03-01', lastDay: '2027-03-02' }] });
    if (!moved.ok) throw new Error('invalid');
    applyOverlay(catalog, { programId: 'ledpro-1', cohort: moved.value });
    expect(held?.gatherings[0].firstDay).toBe('2027-03-01');
    expect(index.allCohorts().filter((c) => c.cohort.id === 'ledpro-1-2027')).toHaveLength(1);
  });
});
