import type { Store } from '../../../shared/store.port';
import type { QnaContextRepository } from '../ports';

const KIND = 'qna-context';

/** The program each conversation last asked about, in the store (survives restarts, shared by instances). */
export class StoreQnaContextRepository implements QnaContextRepository {
  constructor(private readonly store: Store) {}

  async get(conversationId: string): Promise<string | undefined> {
    return (await this.store.get<string>(KIND, conversationId))?.value;
  }

  /** Writes without reading first: the caller read the conversation's program this turn and sets only a change. */
  async set(conversationId: string, programId: string): Promise<void> {
    await this.store.commit([{ op: 'upsert', kind: KIND, key: conversationId, value: programId }]);
  }
}

/** The in-memory fake of the same port. */
export class MemoryQnaContextRepository implements QnaContextRepository {
  private readonly map = new Map<string, string>();
  get(conversationId: string): Promise<string | undefined> { return Promise.resolve(this.map.get(conversationId)); }
  set(conversationId: string, programId: string): Promise<void> { this.map.set(conversationId, programId); return Promise.resolve(); }
}
