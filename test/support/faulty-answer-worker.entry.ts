import { parentPort, workerData } from 'node:worker_threads';
import { requestFromWire, toWire, type AnswerWorkerData, type AnswerWorkerMessage } from '../../src/adapters/qna-workers/answer-worker.protocol';
import { answerWorkerHandler } from '../../src/adapters/qna-workers/answer-worker.service';

/*
 * An answer worker (as src/adapters/qna-workers/answer-worker.entry.ts) that fails on one question, for the pool's
 * tests: `throw` throws out of the message handler (the worker crashes), `exit` ends the thread, `hang` never replies,
 * `garble` replies with text that is no JSON, `start` dies before it is ready (whatever it is asked).
 * Run from dist by test/qna/worker-answerer.e2e.spec.ts. Test-only.
 */
export interface FaultyWorkerData extends AnswerWorkerData {
  readonly fault: { readonly text: string; readonly mode: 'throw' | 'exit' | 'hang' | 'garble' | 'start' };
}

const port = parentPort;
if (!port) throw new Error('faulty-answer-worker.entry runs as a worker thread only');
const data = workerData as FaultyWorkerData;
if (data.fault.mode === 'start') throw new Error('answer worker start fault injected by the test');
const handle = answerWorkerHandler(data);
port.on('message', (text: string) => {
  const request = requestFromWire(text);
  if (request.input.text === data.fault.text) {
    if (data.fault.mode === 'throw') throw new Error('answer worker fault injected by the test');
    if (data.fault.mode === 'exit') process.exit(3);
    if (data.fault.mode === 'garble') port.postMessage('{"type":"answered","id":');
    return;
  }
  const reply: AnswerWorkerMessage = handle(request);
  port.postMessage(toWire(reply));
});
const ready: AnswerWorkerMessage = { type: 'ready' };
port.postMessage(toWire(ready));
