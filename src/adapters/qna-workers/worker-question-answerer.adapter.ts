import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnsweredQuestion, QuestionAnswerer } from '../../capabilities/qna/ports';
import type { AnswerQuestionInput } from '../../capabilities/qna/use-cases/answer-question';
import type { Clock } from '../../shared/clock';
import { describeError, errorCodes } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import { replyFromWire, toWire, type AnswerRequest, type AnswerWorkerData, type AnswerWorkerMessage } from './answer-worker.protocol';

/** The built worker entry beside this file (dist); under ts-jest there is none, and the pool answers in-process. */
export const ANSWER_WORKER_ENTRY = join(__dirname, 'answer-worker.entry.js');

export interface WorkerQuestionAnswererOptions {
  readonly workers: number;
  /** Sent to every worker once at its start (structured clone). Tests add fields their own entry reads. */
  readonly workerData: AnswerWorkerData;
  /** Answers a turn whose worker crashed, timed out or is not there. */
  readonly fallback: QuestionAnswerer;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly entry?: string;
  /** How long a question may take on a worker before its turn is answered here and the worker replaced. */
  readonly timeoutMs?: number;
  /** Added to the first questions' time while a worker builds its index. */
  readonly startupMs?: number;
  /** Wait before replacing a worker that died before it was ready, doubled on each such death in a row (at most a minute), so a broken entry does not spin. */
  readonly restartDelayMs?: number;
}

interface Pending {
  readonly input: AnswerQuestionInput;
  readonly resolve: (r: AnsweredQuestion | Promise<AnsweredQuestion>) => void;
  readonly timer: NodeJS.Timeout;
}

interface Slot {
  readonly index: number;
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  ready: boolean;
  /** Taken out of the pool (timed out, crashed or closing): its exit is expected and replaces nothing twice. */
  retired: boolean;
}

/**
 * Answers questions on a pool of worker threads (node:worker_threads), so the main thread only does HTTP, botbuilder
 * and the store. Each question goes to the worker with the fewest waiting; a worker that crashes, throws or does not
 * answer in time is replaced, and every turn it held is answered in-process instead: a turn always gets its reply.
 */
export class WorkerQuestionAnswerer implements QuestionAnswerer {
  /** Counts for tests and the shutdown log line. */
  readonly stats = { started: 0, answered: 0, fallbacks: 0, replaced: 0 };
  private readonly slots: Array<Slot | undefined>;
  private readonly restarts = new Set<NodeJS.Timeout>();
  /** Workers of each slot that died before they were ready, in a row. */
  private readonly earlyDeaths: number[];
  private readonly entry: string;
  private nextId = 1;
  private turn = 0;
  private closing = false;

  constructor(private readonly o: WorkerQuestionAnswererOptions) {
    this.entry = o.entry ?? ANSWER_WORKER_ENTRY;
    this.slots = Array.from({ length: o.workers }, () => undefined);
    this.earlyDeaths = Array.from({ length: o.workers }, () => 0);
    if (!existsSync(this.entry)) {
      o.logger.warn('answer worker entry missing: answering in-process', { code: errorCodes.qnaWorkerFailed, entry: this.entry });
      return;
    }
    for (let i = 0; i < o.workers; i += 1) this.start(i);
  }

  answer(input: AnswerQuestionInput): Promise<AnsweredQuestion> {
    const slot = this.pick();
    if (!slot) return this.fallBack(input);
    const id = this.nextId;
    this.nextId += 1;
    const request: AnswerRequest = { id, input, now: this.o.clock.now().toISOString() };
    return new Promise<AnsweredQuestion>((resolve) => {
      const wait = (this.o.timeoutMs ?? 2000) + (slot.ready ? 0 : this.o.startupMs ?? 15_000);
      const timer = setTimeout(() => this.timedOut(slot, id), wait);
      slot.pending.set(id, { input, resolve, timer });
      try {
        slot.worker.postMessage(toWire(request));
      } catch (e) {
        // Not serialisable (a bug in the caller's data): this turn in-process, the worker is fine.
        this.o.logger.error('question not sent to an answer worker', { code: errorCodes.qnaWorkerFailed, ...detail(e) });
        this.settleHere(slot, id);
      }
    });
  }

  /** Stops every worker; questions still waiting on one are answered in-process, so their turns complete. */
  async close(): Promise<void> {
    this.closing = true;
    for (const t of this.restarts) clearTimeout(t);
    this.restarts.clear();
    const stopping = this.slots.map((slot) => (slot ? this.retire(slot) : Promise.resolve()));
    await Promise.all(stopping);
    this.o.logger.info('answer workers stopped', { ...this.stats });
  }

  private start(index: number): void {
    if (this.closing) return;
    let worker: Worker;
    try {
      worker = new Worker(this.entry, { workerData: this.o.workerData });
    } catch (e) {
      this.o.logger.error('answer worker did not start', { code: errorCodes.qnaWorkerFailed, worker: index, ...detail(e) });
      this.restartLater(index);
      return;
    }
    // A pool that was never closed must not keep the process alive on its own.
    worker.unref();
    this.stats.started += 1;
    const slot: Slot = { index, worker, pending: new Map(), ready: false, retired: false };
    this.slots[index] = slot;
    worker.on('message', (text: string) => {
      let m: AnswerWorkerMessage;
      try {
        m = replyFromWire(text);
      } catch (e) {
        // Only this app's workers write here, so unreadable text is a broken worker: replaced, its turns answered here.
        this.o.logger.error('answer worker sent an unreadable reply', { code: errorCodes.qnaWorkerFailed, worker: index, ...detail(e) });
        this.replace(slot);
        return;
      }
      this.received(slot, m);
    });
    worker.on('error', (e) => {
      this.o.logger.error('answer worker crashed', { code: errorCodes.qnaWorkerFailed, worker: index, ...detail(e) });
      this.replace(slot);
    });
    worker.on('exit', (exitCode) => {
      if (!slot.retired) this.o.logger.error('answer worker exited', { code: errorCodes.qnaWorkerFailed, worker: index, exitCode });
      this.replace(slot);
    });
  }

  private received(slot: Slot, m: AnswerWorkerMessage): void {
    if (m.type === 'ready') {
      slot.ready = true;
      this.earlyDeaths[slot.index] = 0;
      return;
    }
    const p = slot.pending.get(m.id);
    if (!p) return;
    slot.pending.delete(m.id);
    clearTimeout(p.timer);
    this.stats.answered += 1;
    p.resolve(m.result);
  }

  private timedOut(slot: Slot, id: number): void {
    if (!slot.pending.has(id)) return;
    this.o.logger.warn('answer worker timed out', { code: errorCodes.qnaWorkerFailed, worker: slot.index, waiting: slot.pending.size });
    // Stuck or starved: its other turns are answered here too rather than wait for their own timeouts.
    this.replace(slot);
  }

  /** Takes the slot out of the pool, answers its turns in-process and starts a fresh worker in its place. */
  private replace(slot: Slot): void {
    if (slot.retired) return;
    const wasReady = slot.ready;
    void this.retire(slot);
    if (this.closing) return;
    this.stats.replaced += 1;
    if (wasReady) this.start(slot.index);
    else this.restartLater(slot.index);
  }

  private retire(slot: Slot): Promise<void> {
    slot.retired = true;
    if (this.slots[slot.index] === slot) this.slots[slot.index] = undefined;
    for (const id of [...slot.pending.keys()]) this.settleHere(slot, id);
    return slot.worker.terminate().then(() => undefined, () => undefined);
  }

  private restartLater(index: number): void {
    if (this.closing) return;
    const delay = Math.min(60_000, (this.o.restartDelayMs ?? 1000) * 2 ** Math.min(this.earlyDeaths[index], 16));
    this.earlyDeaths[index] += 1;
    const t = setTimeout(() => {
      this.restarts.delete(t);
      this.start(index);
    }, delay);
    t.unref();
    this.restarts.add(t);
  }

  private settleHere(slot: Slot, id: number): void {
    const p = slot.pending.get(id);
    if (!p) return;
    slot.pending.delete(id);
    clearTimeout(p.timer);
    p.resolve(this.fallBack(p.input));
  }

  private fallBack(input: AnswerQuestionInput): Promise<AnsweredQuestion> {
    this.stats.fallbacks += 1;
    return this.o.fallback.answer(input);
  }

  /** The live worker with the fewest questions waiting; ties taken in turn. */
  private pick(): Slot | undefined {
    let best: Slot | undefined;
    const n = this.slots.length;
    for (let k = 0; k < n; k += 1) {
      const slot = this.slots[(this.turn + k) % n];
      if (slot && !slot.retired && (!best || slot.pending.size < best.pending.size)) best = slot;
    }
    this.turn = (this.turn + 1) % Math.max(1, n);
    return best;
  }
}

const detail = (e: unknown): { error: string } => ({ error: describeError(e).message });
