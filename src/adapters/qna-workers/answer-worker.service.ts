import { answerQuestion } from '../../capabilities/qna/use-cases/answer-question';
import { qnaComposer } from '../../capabilities/qna/use-cases/qna-composer';
import type { AnswerRequest, AnswerWorkerData, AnswerWorkerMessage } from './answer-worker.protocol';

/**
 * A worker's answering, apart from the thread plumbing (answer-worker.entry.ts) so it can be run and tested on any
 * thread. Builds the composer once from the data it was started with.
 */
export function answerWorkerHandler(data: AnswerWorkerData): (request: AnswerRequest) => AnswerWorkerMessage {
  const composer = qnaComposer(data.catalog, data.sourcePassages);
  return (request) => {
    const clock = { now: () => new Date(request.now) };
    return { type: 'answered', id: request.id, result: answerQuestion(request.input, { composer, clock }) };
  };
}
