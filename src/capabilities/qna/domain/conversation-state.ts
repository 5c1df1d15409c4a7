import type { FactTopic } from '../../../catalog/catalog.schema';
import type { DateAsk } from './question-intent';

/**
 * What a conversation has been about, so a follow-up without a topic word leans on the last answer: the
 * programs, the topic and its date question, the concern of a contact question, the gathering last named and
 * the list last given ("the third one"). Kept per conversation (not per user), stored like everything else,
 * and forgotten after a pause or on "ny samtale" / "start over".
 */
export type QnaState = {
  readonly programIds: string[];
  readonly topic?: FactTopic;
  readonly date?: DateAsk;
  readonly concern?: 'practical' | 'academic';
  /** The last gathering an answer was about ("and the one after?"). */
  readonly gathering?: number;
  /** What the last answer listed in order, for "the third one" / "nummer 3". */
  readonly list?: 'gatherings' | 'pillars';
  /** The contact person the last answer named ("og e-posten?"). */
  readonly contact?: string;
  /** What the last question expected (a count, a duration, a date), for "og LEDPRO?" after "hvor lenge varer X?". */
  readonly expects?: 'count' | 'duration' | 'date' | 'amount';
  /** The numbered items of the last answer ("1) … 2) …"), for "hva var det fjerde?". */
  readonly items?: string[];
  /** The last question as understood (at most 300 characters), for a repair that amends it ("nei, fra flyplassen"). */
  readonly question?: string;
  /** `programId/factId` of the facts the last answer gave. */
  readonly facts?: string[];
  /** When the conversation last asked (ISO instant). */
  readonly at: string;
};

/** After this pause a question starts a new conversation: a follow-up a day later is a new question. */
export const STATE_TTL_MS = 2 * 3600 * 1000;

export const freshState = (state: QnaState | undefined, now: Date): QnaState | undefined =>
  state && now.getTime() - Date.parse(state.at) <= STATE_TTL_MS && now.getTime() >= Date.parse(state.at) - 60_000 ? state : undefined;
