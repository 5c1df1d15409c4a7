import { personalDataCategories, type PersonalDataCategory, type PersonalRecord } from '../../../shared/personal-data.port';

export interface CategorySummary {
  readonly category: PersonalDataCategory;
  readonly count: number;
  /** Earliest and latest dates of the records that have one (ISO instants). */
  readonly first: string | undefined;
  readonly last: string | undefined;
}

/** Per category, in the card's order: how many records and from when to when. Empty categories are left out. */
export function summarize(records: readonly PersonalRecord[]): CategorySummary[] {
  return personalDataCategories.flatMap((category) => {
    const of = records.filter((r) => r.category === category);
    if (of.length === 0) return [];
    const dates = of.map((r) => r.at).filter((x): x is string => !!x).sort();
    return [{ category, count: of.length, first: dates[0], last: dates[dates.length - 1] }];
  });
}
