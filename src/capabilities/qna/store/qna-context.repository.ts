import type { Store } from '../../../shared/store.port';
import type { QnaState } from '../domain/conversation-state';
import type { QnaContextRepository } from '../ports';

/** Exported for the privacy port (qna-personal-data.ts): a person's 1:1 state is erased with them. */
export const QNA_CONTEXT_KIND = 'qna-context';
const KIND = QNA_CONTEXT_KIND;

/** Each conversation's Q&A state, in the store (survives restarts, shared by instances). */
export class StoreQnaContextRepository implements QnaContextRepository {
  constructor(private readonly store: Store) {}

  async get(conversationId: string): Promise<QnaState | undefined> {
    const value = (await this.store.get<QnaState | string>(KIND, conversationId))?.value;
    // Rows written before conversation state existed hold only a program id.
    if (typeof value === 'string') return { programIds: [value], at: new Date(0).toISOString() };
    return value;
  }

  /** Writes the new state; the caller passes what it read, so an unchanged state costs no second read. */
  async set(conversationId: string, state: QnaState | undefined, previous: QnaState | undefined): Promise<void> {
    if (JSON.stringify(state) === JSON.stringify(previous)) return;
    await this.store.commit([state
      ? { op: 'upsert', kind: KIND, key: conversationId, value: state }
      : { op: 'delete', kind: KIND, key: conversationId }]);
  }
}

/** The in-memory fake of the same port. */
export class MemoryQnaContextRepository implements QnaContextRepository {
  private readonly map = new Map<string, QnaState>();
  get(conversationId: string): Promise<QnaState | undefined> { return Promise.resolve(this.map.get(conversationId)); }
  set(conversationId: string, state: QnaState | undefined): Promise<void> {
    if (state) this.map.set(conversationId, state); else this.map.delete(conversationId);
    return Promise.resolve();
  }
}
