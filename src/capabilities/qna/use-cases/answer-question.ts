import type { Clock } from '../../../shared/clock';
import { langFromLocale, messageLanguage, type Lang } from '../../../shared/i18n';
import type { Answer } from '../domain/answer';
import type { AnswerComposer } from '../domain/answer-composer';
import type { QnaState } from '../domain/conversation-state';

export interface AnswerQuestionInput {
  readonly text: string;
  readonly locale?: string;
  /** The language kept for the person (what they last wrote in or chose), used when the message does not tell. */
  readonly keptLang?: Lang;
  /** The conversation's state so far (see conversation-state.ts). */
  readonly state?: QnaState;
  /** Only the program the conversation was about, for callers that keep no other state. */
  readonly contextProgramId?: string;
  /** The program of the base group a group conversation is linked to. */
  readonly homeProgramId?: string;
}

/**
 * Answers a leader's message from the catalog, in the language it asks for or is written in (else the client's
 * locale), and returns the conversation's new state for the next follow-up.
 */
export function answerQuestion(input: AnswerQuestionInput, deps: { composer: AnswerComposer; clock: Clock }): { answer: Answer; state: QnaState | undefined } {
  const lang = messageLanguage(input.text) ?? input.keptLang ?? langFromLocale(input.locale);
  return deps.composer.compose({ question: input.text, lang, now: deps.clock.now(), state: input.state, contextProgramId: input.contextProgramId, homeProgramId: input.homeProgramId });
}
