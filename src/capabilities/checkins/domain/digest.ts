import type { Text } from '../../../shared/i18n';
import type { BaseGroup } from './base-group';
import type { Answer } from './checkin-answer';
import type { Round } from './checkin-schedule';

export interface DigestChoice {
  readonly questionId: string;
  readonly question: Text;
  readonly value: string;
  readonly title: Text;
}

export interface DigestEntry {
  readonly aadObjectId: string;
  readonly name: string;
  readonly text: string;
  readonly choices: readonly DigestChoice[];
}

/** What the digest card shows; the card itself is built at the Teams edge. */
export interface Digest {
  readonly roundId: string;
  readonly groupId: string;
  readonly groupName: string;
  readonly afterGathering: number;
  readonly prompt: Text;
  readonly answered: readonly DigestEntry[];
  readonly missing: ReadonlyArray<{ readonly aadObjectId: string; readonly name: string }>;
  readonly counts: { readonly answered: number; readonly missing: number; readonly members: number };
}

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'nb');

/**
 * Answers of people who have since left the group are kept: what they wrote was part of the round.
 * Choices no longer in the prompt (the catalog changed) are dropped rather than shown without a title.
 */
export function buildDigest(round: Round, group: BaseGroup, answers: readonly Answer[]): Digest {
  const mine = answers.filter((a) => a.roundId === round.id && a.groupId === group.id);
  const answered = mine.map((a): DigestEntry => ({
    aadObjectId: a.aadObjectId,
    name: a.name,
    text: a.text,
    choices: Object.entries(a.choices).flatMap(([questionId, value]) => {
      const q = round.prompt.choices.find((c) => c.id === questionId);
      const o = q?.options.find((x) => x.value === value);
      return q && o ? [{ questionId, question: q.question, value, title: o.title }] : [];
    }),
  })).sort(byName);
  const ids = new Set(mine.map((a) => a.aadObjectId));
  const missing = group.members.filter((m) => !ids.has(m.aadObjectId))
    .map((m) => ({ aadObjectId: m.aadObjectId, name: m.name })).sort(byName);
  return {
    roundId: round.id, groupId: group.id, groupName: group.name, afterGathering: round.afterGathering,
    prompt: round.prompt.text, answered, missing,
    counts: { answered: answered.length, missing: missing.length, members: group.members.length },
  };
}

/**
 * What a member may see before the digest: their own answer always; the others' only when the program lets
 * the group share before the digest, or once the digest is out (so nobody's answer is shaped by the others').
 */
export function visibleAnswers(
  viewer: string, answers: readonly Answer[], shareAnswersBeforeDigest: boolean, now: Date, digestAt: Date,
): Answer[] {
  const all = shareAnswersBeforeDigest || now.getTime() >= digestAt.getTime();
  return answers.filter((a) => all || a.aadObjectId === viewer);
}
