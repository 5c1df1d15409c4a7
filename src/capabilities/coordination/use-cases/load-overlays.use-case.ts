import { applyOverlay, overlayIssues } from '../../../catalog/catalog-overlay';
import type { CoordinationDeps } from '../ports';
import { CoordinationRepository } from '../store/coordination.repository';

/**
 * Lays the stored cohorts over the loaded catalog: at start, and again from time to time so that an instance
 * sees what a coordinator saved through another one. Only overlays whose stored version moved are applied; one
 * that no longer fits the catalog (a shipped file took its id) is skipped with a warning, never half-applied.
 */
export class OverlayLoader {
  private readonly applied = new Map<string, number>();

  constructor(private readonly deps: CoordinationDeps) {}

  async sync(): Promise<number> {
    let changed = 0;
    for (const e of await new CoordinationRepository(this.deps.store).overlays()) {
      if (this.applied.get(e.key) === e.version) continue;
      const loaded = this.deps.index.cohort(e.key)?.cohort;
      // Saved through this instance: already laid, nothing to re-plan.
      if (loaded && JSON.stringify(loaded) === JSON.stringify(e.value.cohort)) { this.applied.set(e.key, e.version); continue; }
      const editing = this.applied.has(e.key) || this.deps.index.cohort(e.key) !== undefined;
      const issues = overlayIssues(this.deps.catalog, { programId: e.value.programId, cohort: e.value.cohort }, editing);
      if (issues.length > 0) {
        this.deps.logger.warn('stored cohort not applied', { cohortId: e.key, issues });
        this.applied.set(e.key, e.version);
        continue;
      }
      applyOverlay(this.deps.catalog, { programId: e.value.programId, cohort: e.value.cohort });
      this.applied.set(e.key, e.version);
      changed += 1;
    }
    return changed;
  }
}
