import type { Cohort } from '../../../catalog/catalog.schema';
import type { Entity, Json, Store, WriteOp } from '../../../shared/store.port';

export const OVERLAY_KIND = 'cohort-overlay';
export const AUDIT_KIND = 'coordination-audit';

/** A cohort a coordinator created in the tab; the catalog files are never written. */
export interface StoredOverlay {
  readonly programId: string;
  readonly cohort: Cohort;
  readonly createdBy: { readonly aadObjectId: string; readonly name: string };
  readonly createdAt: string;
  readonly updatedBy: { readonly aadObjectId: string; readonly name: string };
  readonly updatedAt: string;
}

export interface CoordinationAudit {
  readonly action: 'cohort-created' | 'cohort-updated' | 'job-retried';
  readonly cohortId: string;
  readonly actor: { readonly aadObjectId: string; readonly name: string };
  readonly at: string;
  /** What changed: the job retried, the previous and new cohort as stored. */
  readonly detail: Json;
}

const asJson = (v: unknown): Json => JSON.parse(JSON.stringify(v)) as Json;

export class CoordinationRepository {
  constructor(private readonly store: Store) {}

  async overlays(): Promise<Array<Entity<StoredOverlay>>> {
    return (await this.store.list<Json>(OVERLAY_KIND)).map((e) => ({ ...e, value: e.value as unknown as StoredOverlay }));
  }

  async overlay(cohortId: string): Promise<Entity<StoredOverlay> | undefined> {
    const e = await this.store.get<Json>(OVERLAY_KIND, cohortId);
    return e ? { ...e, value: e.value as unknown as StoredOverlay } : undefined;
  }

  /** Insert for a new cohort (a second creation of the same id conflicts), update naming the version read. */
  overlayOp(o: StoredOverlay, version: number | undefined): WriteOp {
    return version === undefined
      ? { op: 'insert', kind: OVERLAY_KIND, key: o.cohort.id, value: asJson(o) }
      : { op: 'update', kind: OVERLAY_KIND, key: o.cohort.id, value: asJson(o), version };
  }

  auditOp(entry: CoordinationAudit, id: string): WriteOp {
    return { op: 'insert', kind: AUDIT_KIND, key: `${entry.cohortId}:${entry.at}:${id}`, value: asJson(entry) };
  }

  async audit(cohortId: string): Promise<CoordinationAudit[]> {
    return (await this.store.list<Json>(AUDIT_KIND, { prefix: `${cohortId}:` })).map((e) => e.value as unknown as CoordinationAudit);
  }
}
