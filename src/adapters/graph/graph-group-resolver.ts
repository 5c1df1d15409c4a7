import type { Client } from '@microsoft/microsoft-graph-client';
import type { GroupResolver } from '../../shared/roles';

interface Page { readonly value: ReadonlyArray<{ readonly id?: string }>; readonly '@odata.nextLink'?: string }

/**
 * Transitive user members of an Entra group through Graph (`/groups/{id}/transitiveMembers/microsoft.graph.user`,
 * paged), cached for a few minutes so card clicks do not each call Graph. When Graph fails, the last known
 * members serve; with none known the error surfaces and nobody is authorized (fail closed).
 */
export class GraphGroupResolver implements GroupResolver {
  private readonly cache = new Map<string, { at: number; members: string[] }>();

  constructor(private readonly client: Client, private readonly now: () => Date, private readonly ttlMs = 5 * 60_000) {}

  async members(groupId: string): Promise<readonly string[]> {
    const hit = this.cache.get(groupId);
    const t = this.now().getTime();
    if (hit && t - hit.at < this.ttlMs) return hit.members;
    try {
      const members: string[] = [];
      let page = await this.client.api(`/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user`)
        .select('id').top(999).get() as Page;
      for (let pages = 0; ; pages += 1) {
        for (const m of page.value) if (m.id) members.push(m.id);
        const next = page['@odata.nextLink'];
        if (!next || pages > 100) break;
        page = await this.client.api(next).get() as Page;
      }
      this.cache.set(groupId, { at: t, members });
      return members;
    } catch (e) {
      if (hit) return hit.members;
      throw e;
    }
  }
}
