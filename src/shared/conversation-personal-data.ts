import { CONVERSATION, PERSONAL, USER, type KnownUser, type StoredConversation } from './conversation-directory';
import { DIRECTORY_KIND, LANG_KIND, type CachedDirectoryEntry, type LangChoice } from './person-directory';
import type { DataSubject, ErasePlan, Identifiers, PersonalDataHolder, PersonalRecord } from './personal-data.port';
import type { Json, Store, WriteOp } from './store.port';

/**
 * The conversation directory's part of a person's data: their name, Teams id, locale and tenant (from their
 * own turns) and the reference of their 1:1 chat; and the person directory's: the name, mail and preferred
 * language looked up in Graph once, and the language they chose or last wrote in. Erasing deletes all of it; the next message they send
 * stores a new reference, as for anyone who writes to the bot.
 */
export class ConversationPersonalData implements PersonalDataHolder {
  readonly capability = 'conversations';

  constructor(private readonly store: Store) {}

  private async personal(aadObjectId: string): Promise<Array<{ key: string; value: StoredConversation }>> {
    // The directory keys 1:1 chats by conversation id; the person's are those whose reference names them.
    const all = await this.store.list<Json>(CONVERSATION);
    return all.map((e) => ({ key: e.key, value: e.value as unknown as StoredConversation }))
      .filter((c) => c.value.ref.conversationType === 'personal' && c.value.ref.userAadId === aadObjectId);
  }

  async identify(aadObjectId: string): Promise<Partial<Identifiers>> {
    const user = (await this.store.get<Json>(USER, aadObjectId))?.value as unknown as KnownUser | undefined;
    const chats = await this.personal(aadObjectId);
    const pointer = (await this.store.get<string>(PERSONAL, aadObjectId))?.value;
    const cached = (await this.store.get<Json>(DIRECTORY_KIND, aadObjectId))?.value as unknown as CachedDirectoryEntry | undefined;
    return {
      names: [user?.name, cached?.user?.displayName].filter((x): x is string => !!x),
      userIds: [user?.userId, ...chats.map((c) => c.value.ref.userId)].filter((x): x is string => !!x),
      conversationIds: [...chats.map((c) => c.key), ...(pointer ? [pointer] : [])],
    };
  }

  async collect(subject: DataSubject): Promise<PersonalRecord[]> {
    const user = (await this.store.get<Json>(USER, subject.aadObjectId))?.value as unknown as KnownUser | undefined;
    const out: PersonalRecord[] = [];
    if (user) {
      out.push({ category: 'profile', data: { source: 'teams', name: user.name, teamsUserId: user.userId, locale: user.locale ?? null, tenantId: user.tenantId ?? null } });
    }
    const cached = (await this.store.get<Json>(DIRECTORY_KIND, subject.aadObjectId))?.value as unknown as CachedDirectoryEntry | undefined;
    if (cached?.user) out.push({ category: 'profile', data: { source: 'directory', ...(cached.user as unknown as Record<string, Json>) } });
    const lang = (await this.store.get<Json>(LANG_KIND, subject.aadObjectId))?.value as unknown as LangChoice | undefined;
    if (lang) out.push({ category: 'profile', data: { source: 'language', lang: lang.lang, how: lang.source } });
    for (const c of await this.personal(subject.aadObjectId)) {
      out.push({ category: 'conversations', data: { kind: '1:1 chat reference', conversationId: c.key, serviceUrl: c.value.ref.serviceUrl, reachable: c.value.reachable } });
    }
    return out;
  }

  async erase(subject: DataSubject): Promise<ErasePlan> {
    const ops: WriteOp[] = [];
    const user = await this.store.get<Json>(USER, subject.aadObjectId);
    if (user) ops.push({ op: 'delete', kind: USER, key: subject.aadObjectId });
    if (await this.store.get<string>(PERSONAL, subject.aadObjectId)) ops.push({ op: 'delete', kind: PERSONAL, key: subject.aadObjectId });
    const directory = await this.store.get<Json>(DIRECTORY_KIND, subject.aadObjectId);
    if (directory) ops.push({ op: 'delete', kind: DIRECTORY_KIND, key: subject.aadObjectId });
    if (await this.store.get<Json>(LANG_KIND, subject.aadObjectId)) ops.push({ op: 'delete', kind: LANG_KIND, key: subject.aadObjectId });
    const chats = new Set([...(await this.personal(subject.aadObjectId)).map((c) => c.key), ...subject.conversationIds]);
    let removed = 0;
    for (const id of chats) {
      if (!(await this.store.get<Json>(CONVERSATION, id))) continue;
      ops.push({ op: 'delete', kind: CONVERSATION, key: id });
      removed += 1;
    }
    return { ops, cohortIds: [], erased: { ...(user || directory ? { profile: 1 } : {}), ...(removed ? { conversations: removed } : {}) } };
  }
}
