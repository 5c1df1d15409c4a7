import type { Lang } from '../../../shared/i18n';

/** Where an answer comes from: the program and the section of its document. */
export interface AnswerSource {
  readonly programId: string;
  readonly programName: string;
  readonly section: string;
  readonly document: string;
}

/** A suggested next question, sent back as the user's own words when clicked. */
export interface FollowUp {
  readonly title: string;
  readonly query: string;
}

export interface AnswerContact {
  readonly name: string;
  readonly role: string;
  readonly email?: string;
  readonly phones: readonly string[];
}

/**
 * What the bot answers: `answer` states a fact from the catalog (asked fact first); `unknown` says plainly
 * that the documents do not hold it and points to a contact; `clarify` asks which program is meant;
 * `smalltalk` answers a greeting, thanks or "who are you" kindly.
 */
export interface Answer {
  readonly kind: 'answer' | 'unknown' | 'clarify' | 'smalltalk';
  readonly lang: Lang;
  readonly text: string;
  readonly sources: readonly AnswerSource[];
  readonly followUps: readonly FollowUp[];
  readonly contact?: AnswerContact;
  /** The programs the answer is about, remembered as the conversation's context. */
  readonly programIds: readonly string[];
  /** Show the contact with an `answer` too (a closed door: nothing is open, so say whom to ask). */
  readonly showContact?: boolean;
  /** The fact was found by loose word overlap only: a yes/no question is not confirmed with it. */
  readonly weak?: boolean;
  /** `programId/factId` of the curated facts the answer states, for follow-ups that question them. */
  readonly facts?: readonly string[];
}

/** Each source once (one program's section may back several parts of an answer). */
export const uniqueSources = (sources: readonly AnswerSource[]): AnswerSource[] =>
  [...new Map(sources.map((s) => [`${s.programId}|${s.section}`, s])).values()];
