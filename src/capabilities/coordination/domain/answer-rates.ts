import type { BaseGroup } from '../../checkins/domain/base-group';
import type { Round } from '../../checkins/domain/checkin-schedule';
import type { RoundState } from '../../checkins/store/checkin-round.repository';

/**
 * How one base group answered one check-in round: counts only. The tab never shows answer text, whatever the
 * program's privacy rule lets staff read on the card: an overview of a whole cohort is not the place for it.
 */
export interface RoundRate {
  readonly roundId: string;
  readonly afterGathering: number;
  readonly status: RoundState['status'];
  readonly members: number;
  readonly answered: number;
  /** answered / members, 0 for an empty group; undefined while the round is not posted yet. */
  readonly rate: number | undefined;
  readonly postAt: string;
  readonly remindedAt: string | undefined;
  readonly digestAt: string;
  readonly digestedAt: string | undefined;
}

export interface GroupRates {
  readonly groupId: string;
  readonly name: string;
  readonly reachable: boolean;
  readonly rounds: readonly RoundRate[];
}

export function roundRate(group: BaseGroup, round: Round, state: RoundState, answeredBy: ReadonlySet<string>): RoundRate {
  const members = group.members.length;
  // Only answers of current members count: someone who left the group does not lift its rate.
  const answered = group.members.filter((m) => answeredBy.has(m.aadObjectId)).length;
  const status = round.skipped ? 'skipped' : state.status;
  return {
    roundId: round.id, afterGathering: round.afterGathering, status, members, answered,
    rate: status === 'planned' || status === 'skipped' ? undefined : members === 0 ? 0 : answered / members,
    postAt: round.postAt.toISOString(), remindedAt: state.remindedAt, digestAt: round.digestAt.toISOString(), digestedAt: state.digestedAt,
  };
}
