import type { Json, Store, WriteOp } from '../../../shared/store.port';
import type { BaseGroup } from '../domain/base-group';
import { toJson } from './json';

export const BASE_GROUP_KIND = 'base-group';

export interface StoredGroup {
  readonly group: BaseGroup;
  readonly version: number;
}

/** Insert when new (version undefined), else an update that fails on a concurrent change. */
export function saveGroupOp(group: BaseGroup, version: number | undefined): WriteOp {
  const value = toJson(group);
  return version === undefined
    ? { op: 'insert', kind: BASE_GROUP_KIND, key: group.id, value }
    : { op: 'update', kind: BASE_GROUP_KIND, key: group.id, value, version };
}

/** Keyed by group id (`${cohortId}.${slug}`), so a cohort's groups are one prefix. */
export class BaseGroupRepository {
  constructor(private readonly store: Store) {}

  async get(id: string): Promise<StoredGroup | undefined> {
    const e = await this.store.get<Json>(BASE_GROUP_KIND, id);
    return e ? { group: e.value as unknown as BaseGroup, version: e.version } : undefined;
  }

  async forCohort(cohortId: string): Promise<StoredGroup[]> {
    return this.listed(`${cohortId}.`);
  }

  async all(): Promise<StoredGroup[]> {
    return this.listed(undefined);
  }

  /** Groups are few (tens per cohort), so a scan is cheaper than keeping a second index consistent. */
  async byConversation(conversationId: string): Promise<StoredGroup | undefined> {
    return (await this.all()).find((g) => g.group.conversation.conversationId === conversationId);
  }

  saveOp(group: BaseGroup, version: number | undefined): WriteOp {
    return saveGroupOp(group, version);
  }

  private async listed(prefix: string | undefined): Promise<StoredGroup[]> {
    const rows = await this.store.list<Json>(BASE_GROUP_KIND, prefix === undefined ? {} : { prefix });
    return rows.map((e) => ({ group: e.value as unknown as BaseGroup, version: e.version }));
  }
}
