import type { Clock } from '../../../shared/clock';
import type { AnswerComposer } from '../domain/answer-composer';
import type { AnsweredQuestion, QuestionAnswerer } from '../ports';
import { answerQuestion, type AnswerQuestionInput } from './answer-question';

/**
 * The answerer on the calling thread: the default (QNA_WORKERS=0, tests) and the worker pool's stand-in for a turn
 * whose worker failed. The composer is built on first use, so a pool that never falls back never builds it here.
 */
export class InProcessQuestionAnswerer implements QuestionAnswerer {
  private composer: AnswerComposer | undefined;

  constructor(private readonly build: () => AnswerComposer, private readonly clock: Clock) {}

  answer(input: AnswerQuestionInput): Promise<AnsweredQuestion> {
    try {
      this.composer ??= this.build();
      return Promise.resolve(answerQuestion(input, { composer: this.composer, clock: this.clock }));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }
}
