import type { Lang } from '../../shared/i18n';
import type { Result } from '../../shared/result';
import type { Answer } from './domain/answer';
import type { QnaState } from './domain/conversation-state';
import type { AnswerQuestionInput } from './use-cases/answer-question';

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

/** A reply and the conversation's state after it: plain data (no class instances, Maps or functions). */
export interface AnsweredQuestion {
  readonly answer: Answer;
  readonly state: QnaState | undefined;
}

/**
 * Answers a message from the catalog. In-process (tests, QNA_WORKERS=0) or on worker threads, so that the CPU-heavy
 * reading of a question does not hold up HTTP, botbuilder and the store on the main thread. Same input, same reply.
 */
export interface QuestionAnswerer {
  answer(input: AnswerQuestionInput): Promise<AnsweredQuestion>;
}

export type { Answer };
