import type { DataSubject, ErasePlan, PersonalDataHolder, PersonalRecord } from '../../../shared/personal-data.port';
import type { Json, Store, WriteOp } from '../../../shared/store.port';
import { QNA_CONTEXT_KIND } from '../store/qna-context.repository';

/**
 * Q&A keeps no question text, only each conversation's last programs and topic for two hours. In the person's
 * 1:1 chat that state is theirs: exported and erased with them.
 */
export class QnaPersonalData implements PersonalDataHolder {
  readonly capability = 'qna';

  constructor(private readonly store: Store) {}

  identify(): Promise<Record<string, never>> {
    return Promise.resolve({});
  }

  async collect(subject: DataSubject): Promise<PersonalRecord[]> {
    const out: PersonalRecord[] = [];
    for (const id of subject.conversationIds) {
      const e = await this.store.get<Json>(QNA_CONTEXT_KIND, id);
      if (e) out.push({ category: 'conversations', data: { kind: 'question context (kept two hours)', conversationId: id, state: e.value } });
    }
    return out;
  }

  async erase(subject: DataSubject): Promise<ErasePlan> {
    const ops: WriteOp[] = [];
    for (const id of subject.conversationIds) {
      if (await this.store.get<Json>(QNA_CONTEXT_KIND, id)) ops.push({ op: 'delete', kind: QNA_CONTEXT_KIND, key: id });
    }
    return { ops, cohortIds: [], erased: ops.length ? { conversations: ops.length } : {} };
  }
}
