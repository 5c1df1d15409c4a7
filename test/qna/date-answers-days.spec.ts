import { CatalogIndex } from '../../src/catalog/catalog-index';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { answerDates, schedulesOf } from '../../src/capabilities/qna/domain/date-answers';

/**
 * Date answers from the shipped catalog: LEDPRO's gatherings have days but no hours, so answers say the times
 * are not announced; NTNU's training days have a month only, which counts as one unit.
 */
const index = new CatalogIndex(loadCatalog(defaultCatalogDir));
const ledpro = schedulesOf(['ledpro-1', 'ledpro-2'].map((id) => index.program(id)).filter((p) => p !== undefined));
const ilp = schedulesOf([index.program('ntnu-instituttlederprogrammet')].filter((p) => p !== undefined));

describe('date answers for gatherings without hours', () => {
  it('describes a LEDPRO gathering by its days and says the times are not announced, in both languages', () => {
    const now = new Date('2024-01-10T09:00:00Z');
    expect(answerDates({ kind: 'gathering', number: 1 }, ledpro, now, 'nb').join(' '))
      .toContain('15.–16. februar 2024 (klokkeslett er ikke kunngjort)');
    expect(answerDates({ kind: 'next' }, ledpro, now, 'en').join(' '))
      .toContain('15–16 February 2024 (times not announced)');
    expect(answerDates({ kind: 'all' }, ledpro, now, 'nb').join(' ')).not.toMatch(/11:00|14:00/);
  });

  it('counts a month-only gathering as upcoming until its month has ended', () => {
    const duringMonth = answerDates({ kind: 'gathering', number: 1 }, ilp, new Date('2021-08-30T10:00:00Z'), 'nb').join(' ');
    expect(duringMonth).toContain('er i august 2021');
    const after = answerDates({ kind: 'gathering', number: 1 }, ilp, new Date('2021-09-01T10:00:00Z'), 'nb').join(' ');
    expect(after).toContain('var i august 2021');
    // The dean's kick-off is in the August 2021 column of the document.
    expect(duringMonth).toContain('kick-off ny lederperiode v/dekan');
  });
});
