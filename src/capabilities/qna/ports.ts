import type { Lang } from '../../shared/i18n';
import type { Result } from '../../shared/result';
import type { Answer } from './domain/answer';
import type { QnaState } from './domain/conversation-state';

/**
 * What each conversation was last about (programs, topic, last list), so "enn del 2?" after a LEDPRO 1 question
 * means the same topic for LEDPRO 2. `undefined` clears it ("ny samtale").
 */
export interface QnaContextRepository {
  get(conversationId: string): Promise<QnaState | undefined>;
  set(conversationId: string, state: QnaState | undefined, previous: QnaState | undefined): Promise<void>;
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
