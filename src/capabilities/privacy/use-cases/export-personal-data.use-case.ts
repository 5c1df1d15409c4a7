import type { Json } from '../../../shared/store.port';
import { personalDataCategories, type PersonalRecord } from '../../../shared/personal-data.port';
import { summarize, type CategorySummary } from '../domain/data-summary';
import type { PrivacyDeps } from '../ports';
import { dataSubject } from './data-subject';

export interface PersonalDataExport {
  readonly aadObjectId: string;
  /** ISO instant. */
  readonly generatedAt: string;
  readonly summary: readonly CategorySummary[];
  readonly records: readonly PersonalRecord[];
}

/**
 * What the bot holds about the caller, from every capability's port. Only ever called with the caller's own
 * id (the authenticated activity, or a signed link made for them): nobody else's data is read out.
 */
export async function exportPersonalData(deps: PrivacyDeps, aadObjectId: string): Promise<PersonalDataExport> {
  const subject = await dataSubject(deps, aadObjectId);
  const records = (await Promise.all(deps.holders.map((h) => h.collect(subject)))).flat();
  return { aadObjectId, generatedAt: deps.clock.now().toISOString(), summary: summarize(records), records };
}

/** The JSON download: records grouped by category, in the card's order. */
export function exportJson(e: PersonalDataExport): Json {
  const byCategory: Record<string, Json[]> = {};
  for (const c of personalDataCategories) {
    const of = e.records.filter((r) => r.category === c);
    if (of.length > 0) byCategory[c] = of.map((r) => r.data);
  }
  return { aadObjectId: e.aadObjectId, generatedAt: e.generatedAt, data: byCategory };
}
