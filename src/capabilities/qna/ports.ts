import type { Lang } from '../../shared/i18n';
import type { Result } from '../../shared/result';
import type { Answer } from './domain/answer';

/** The program a conversation was last about, so "når er neste samling?" after a LEDPRO question means LEDPRO. */
export interface QnaContextRepository {
  get(conversationId: string): Promise<string | undefined>;
  /** Records the program (callers set only a change from what `get` gave them this turn). */
  set(conversationId: string, programId: string): Promise<void>;
}

/** Facts the local retrieval found, handed to a language model as the only ground it may use. */
export interface GroundingFact {
  readonly programName: string;
  readonly section: string;
  readonly text: string;
}

export type LlmFailure = { readonly type: 'unavailable' | 'throttled' | 'timeout' | 'refused'; readonly detail: string };

/**
 * An optional language model that rephrases an answer from the retrieved facts only. Any failure is a value:
 * the local answer then serves as it is.
 */
export interface LlmAnswerer {
  answer(question: string, facts: readonly GroundingFact[], lang: Lang): Promise<Result<string, LlmFailure>>;
}

export type { Answer };
