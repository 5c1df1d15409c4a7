import { parentPort, workerData } from 'node:worker_threads';
import { requestFromWire, toWire, type AnswerWorkerData, type AnswerWorkerMessage } from './answer-worker.protocol';
import { answerWorkerHandler } from './answer-worker.service';

/*
 * Entry of an answer worker thread (worker-question-answerer.adapter.ts starts it from dist). Nothing is caught
 * here: a question that throws kills the worker, the pool answers that turn on the main thread and starts a fresh one.
 */
const port = parentPort;
if (!port) throw new Error('answer-worker.entry runs as a worker thread only');
const handle = answerWorkerHandler(workerData as AnswerWorkerData);
port.on('message', (text: string) => {
  const reply: AnswerWorkerMessage = handle(requestFromWire(text));
  port.postMessage(toWire(reply));
});
const ready: AnswerWorkerMessage = { type: 'ready' };
port.postMessage(toWire(ready));
