import type { Catalog } from '../../catalog/catalog.schema';
import type { SourcePassage } from '../../catalog/source-passages';
import type { AnsweredQuestion } from '../../capabilities/qna/ports';
import type { AnswerQuestionInput } from '../../capabilities/qna/use-cases/answer-question';

/*
 * What crosses the thread boundary, all of it plain data (structured clone): the catalog once per worker start,
 * then one request and one reply per question.
 */

/** `workerData` of an answer worker: the catalog and source passages the app loaded (not a path: the demo builds its catalog in code). */
export interface AnswerWorkerData {
  readonly catalog: Catalog;
  readonly sourcePassages: readonly SourcePassage[];
}

export interface AnswerRequest {
  readonly id: number;
  readonly input: AnswerQuestionInput;
  /** The main thread's clock at the question (ISO instant), so a worker answers as of the app's time, not its own. */
  readonly now: string;
}

export type AnswerWorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'answered'; readonly id: number; readonly result: AnsweredQuestion };
