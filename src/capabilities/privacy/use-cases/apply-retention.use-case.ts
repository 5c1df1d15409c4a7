import { isRetentionDue } from '../domain/retention-rule';
import type { PrivacyDeps } from '../ports';

const ATTEMPTS = 5;

/**
 * Deletes what the retention rule says goes for every cohort whose period has run out (docs/privacy.md). Each
 * cohort is one commit; a concurrent change conflicts it and it is planned again. Running it again finds
 * nothing left to delete and writes nothing, so the daily job is idempotent.
 */
export async function applyRetention(deps: PrivacyDeps): Promise<{ cohorts: string[]; deleted: number }> {
  const now = deps.clock.now();
  const done: string[] = [];
  let deleted = 0;
  for (const cohort of deps.cohorts()) {
    if (!isRetentionDue(cohort, deps.retentionDays, now)) continue;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      const ops = (await Promise.all(deps.holders.map((h) => h.retain?.(cohort.id, now) ?? Promise.resolve([])))).flat();
      if (ops.length === 0) break;
      const committed = await deps.store.commit(ops);
      if (!committed.ok) {
        if (attempt === ATTEMPTS) throw new Error(`retention of ${cohort.id} kept conflicting`);
        continue;
      }
      done.push(cohort.id);
      deleted += ops.length;
      break;
    }
  }
  if (done.length > 0) deps.logger.info('retention applied', { cohorts: done, changed: deleted });
  return { cohorts: done, deleted };
}
