import { parentPort, workerData } from 'node:worker_threads';
import type { AnswerRequest, AnswerWorkerData, AnswerWorkerMessage } from './answer-worker.protocol';
import { answerWorkerHandler } from './answer-worker.service';

/*
 * Entry of an answer worker thread (worker-question-answerer.adapter.ts starts it from dist). Nothing is caught
 * here: a question that throws kills the worker, the pool answers that turn on the main thread and starts a fresh one.
 */
const port = parentPort;
if (!port) throw new Error('answer-worker.entry runs as a worker thread only');
const handle = answerWorkerHandler(workerData as AnswerWorkerData);
port.on('message', (request: AnswerRequest) => {
  const reply: AnswerWorkerMessage = handle(request);
  port.postMessage(reply);
});
const ready: AnswerWorkerMessage = { type: 'ready' };
port.postMessage(ready);
