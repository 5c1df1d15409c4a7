import type { Catalog } from '../../catalog/catalog.schema';
import type { SourcePassage } from '../../catalog/source-passages';
import type { AnsweredQuestion } from '../../capabilities/qna/ports';
import type { AnswerQuestionInput } from '../../capabilities/qna/use-cases/answer-question';

/*
 * What crosses the thread boundary: the catalog once per worker start (structured clone), then one request and one
 * reply per question, each as JSON text (toWire / …FromWire below).
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

/*
 * A request and its reply cross as JSON text rather than as objects: structured clone (V8's serializer) of these small
 * graphs of plain data costs about twice JSON's stringify and parse together (56 against 29 µs a question and its
 * reply, measured over the bench questions), and a string crosses as one copy. Both sides are this code, so the text
 * is trusted; `undefined` fields are left out, which every reader treats as absent.
 */
export const toWire = (message: AnswerRequest | AnswerWorkerMessage): string => JSON.stringify(message);
export const requestFromWire = (text: string): AnswerRequest => JSON.parse(text) as AnswerRequest;
export const replyFromWire = (text: string): AnswerWorkerMessage => JSON.parse(text) as AnswerWorkerMessage;
