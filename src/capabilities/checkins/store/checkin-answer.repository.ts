import type { Json, Store, WriteOp } from '../../../shared/store.port';
import type { Answer } from '../domain/checkin-answer';
import { toJson } from './json';

export const CHECKIN_ANSWER_KIND = 'checkin-answer';

export const answerKey = (groupId: string, roundId: string, aadObjectId: string): string => `${groupId}/${roundId}/${aadObjectId}`;

export class CheckinAnswerRepository {
  constructor(private readonly store: Store) {}

  async get(groupId: string, roundId: string, aadObjectId: string): Promise<Answer | undefined> {
    const e = await this.store.get<Json>(CHECKIN_ANSWER_KIND, answerKey(groupId, roundId, aadObjectId));
    return e ? (e.value as unknown as Answer) : undefined;
  }

  async forRound(groupId: string, roundId: string): Promise<Answer[]> {
    const rows = await this.store.list<Json>(CHECKIN_ANSWER_KIND, { prefix: `${groupId}/${roundId}/` });
    return rows.map((e) => e.value as unknown as Answer);
  }

  /** Last answer wins: a member may rewrite theirs until the digest. */
  upsertOp(answer: Answer): WriteOp {
    return { op: 'upsert', kind: CHECKIN_ANSWER_KIND, key: answerKey(answer.groupId, answer.roundId, answer.aadObjectId), value: toJson(answer) };
  }
}
