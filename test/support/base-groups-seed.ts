import { CatalogIndex } from '../../src/catalog/catalog-index';
import type { Catalog } from '../../src/catalog/catalog.schema';
import type { Member } from '../../src/capabilities/checkins/domain/base-group';
import { cohortRounds } from '../../src/capabilities/checkins/use-cases/cohort-rounds';
import { planLink } from '../../src/capabilities/checkins/use-cases/link-base-group.use-case';
import { ConversationDirectory } from '../../src/shared/conversation-directory';
import type { ConversationRef } from '../../src/shared/messenger.port';
import type { Store } from '../../src/shared/store.port';
import { BOT_ID, TENANT } from './activities';

export const groupConversationId = (i: number): string => `19:basisgruppe-${i}@thread.v2`;

/**
 * Links `count` base groups of a cohort straight through the link use case's planning (what `koble basisgruppe`
 * commits for each), for benchmarks and crash tests that need many groups quickly. Members are remembered as
 * known users so that reminders can reach them.
 */
export async function seedBaseGroups(o: {
  store: Store; catalog: Catalog; cohortId: string; serviceUrl: string; count: number; membersPerGroup?: number; now: Date;
}): Promise<Array<{ groupId: string; conversationId: string }>> {
  const deps = { store: o.store, catalog: new CatalogIndex(o.catalog) };
  const rounds = await cohortRounds(deps, o.cohortId);
  if (!rounds) throw new Error(`no cohort ${o.cohortId}`);
  const directory = new ConversationDirectory(o.store);
  const out: Array<{ groupId: string; conversationId: string }> = [];
  for (let i = 1; i <= o.count; i += 1) {
    const conversation: ConversationRef = {
      conversationId: groupConversationId(i), serviceUrl: o.serviceUrl, tenantId: TENANT, channelId: 'msteams', botId: BOT_ID, conversationType: 'groupChat',
    };
    const members: Member[] = Array.from({ length: o.membersPerGroup ?? 4 }, (_, k) => {
      const n = i * 100 + k;
      return { aadObjectId: `00000000-0000-0000-0001-${String(n).padStart(12, '0')}`, name: `Medlem ${n}`, userId: `29:member-${n}` };
    });
    const planned = planLink({ cohortId: o.cohortId, name: `Basisgruppe ${i}`, conversation, members }, rounds, [], o.now);
    if (!planned.ok) throw new Error(`seed group ${i}: ${planned.error.code}`);
    await directory.remember(conversation);
    const r = await o.store.commit(planned.value.ops);
    if (!r.ok) throw new Error(`seed group ${i}: conflict`);
    out.push({ groupId: planned.value.group.id, conversationId: conversation.conversationId });
  }
  return out;
}
