import type { Clock } from '../../../shared/clock';
import { replyLanguage } from '../../../shared/i18n';
import type { Answer } from '../domain/answer';
import type { AnswerComposer } from '../domain/answer-composer';

export interface AnswerQuestionInput {
  readonly text: string;
  readonly locale?: string;
  readonly contextProgramId?: string;
}

/** Answers a leader's question from the catalog, in the language of the question (else the client's locale). */
export function answerQuestion(input: AnswerQuestionInput, deps: { composer: AnswerComposer; clock: Clock }): Answer {
  const lang = replyLanguage(input.text, input.locale);
  return deps.composer.compose({ question: input.text, lang, now: deps.clock.now(), contextProgramId: input.contextProgramId });
}
