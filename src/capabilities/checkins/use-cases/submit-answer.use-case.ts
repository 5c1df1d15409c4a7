import { err, ok, type Result } from '../../../shared/result';
import { isMember } from '../domain/base-group';
import { validateAnswer, type Answer, type AnswerError } from '../domain/checkin-answer';
import type { CheckinsDeps } from '../ports';
import { BaseGroupRepository } from '../store/base-group.repository';
import { CheckinAnswerRepository } from '../store/checkin-answer.repository';
import { CheckinRoundRepository } from '../store/checkin-round.repository';
import { cohortRounds } from './cohort-rounds';

export interface SubmitAnswerInput {
  /** From the activity's sender, never from the card: the card could be forwarded or forged. */
  readonly caller: { readonly aadObjectId: string | undefined; readonly name: string };
  readonly groupId: string;
  readonly roundId: string;
  readonly text?: string;
  readonly choices?: Readonly<Record<string, string>>;
}

export type SubmitAnswerError =
  | { readonly code: 'unknown-group' }
  | { readonly code: 'not-a-member' }
  | { readonly code: 'unknown-round' }
  | { readonly code: 'round-not-posted' }
  | { readonly code: 'conflict' }
  | AnswerError;

export interface SubmitAnswerResult {
  /** Current members who have answered, this answer included: "3 of 5 have checked in". */
  readonly answered: number;
  readonly members: number;
  readonly answer: Answer;
}

/** A member answers (or re-answers) the open round of their group. */
export async function submitAnswer(deps: CheckinsDeps, input: SubmitAnswerInput): Promise<Result<SubmitAnswerResult, SubmitAnswerError>> {
  const stored = await new BaseGroupRepository(deps.store).get(input.groupId);
  if (!stored) return err({ code: 'unknown-group' });
  const group = stored.group;
  const aad = input.caller.aadObjectId;
  if (!aad || !isMember(group, aad)) return err({ code: 'not-a-member' });

  const round = (await cohortRounds(deps, group.cohortId))?.rounds.find((r) => r.id === input.roundId);
  if (!round || round.skipped) return err({ code: 'unknown-round' });
  const state = (await new CheckinRoundRepository(deps.store).get(group.id, round.id))?.state;
  if (state?.status === 'closed') return err({ code: 'round-closed' });
  if (state?.status !== 'posted') return err({ code: 'round-not-posted' });

  const now = deps.clock.now();
  const valid = validateAnswer(input, round.prompt, now, round.digestAt, round.postAt);
  if (!valid.ok) return valid;
  // Teams' display name is fresher than the one typed when the group was linked.
  const name = input.caller.name.trim() || (group.members.find((m) => m.aadObjectId === aad)?.name ?? '');
  const answer: Answer = {
    roundId: round.id, groupId: group.id, aadObjectId: aad, name,
    text: valid.value.text, choices: valid.value.choices, updatedAt: now.toISOString(),
  };
  const answers = new CheckinAnswerRepository(deps.store);
  const committed = await deps.store.commit([answers.upsertOp(answer)]);
  if (!committed.ok) return err({ code: 'conflict' });

  const ids = new Set((await answers.forRound(group.id, round.id)).map((a) => a.aadObjectId));
  ids.add(aad);
  const answered = group.members.filter((m) => ids.has(m.aadObjectId)).length;
  deps.logger.info('check-in answered', { groupId: group.id, roundId: round.id, answered, members: group.members.length });
  return ok({ answered, members: group.members.length, answer });
}
