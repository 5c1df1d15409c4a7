import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WorkerQuestionAnswerer } from '../../src/adapters/qna-workers/worker-question-answerer.adapter';
import type { AnsweredQuestion, QuestionAnswerer } from '../../src/capabilities/qna/ports';
import type { QnaState } from '../../src/capabilities/qna/domain/conversation-state';
import { InProcessQuestionAnswerer } from '../../src/capabilities/qna/use-cases/in-process-answerer';
import { qnaComposer } from '../../src/capabilities/qna/use-cases/qna-composer';
import { defaultCatalogDir, loadCatalog } from '../../src/catalog/catalog-loader';
import { loadSourcePassages } from '../../src/catalog/source-passages';
import { errorCodes } from '../../src/shared/errors';
import { ManualClock } from '../../src/shared/clock';
import { MemoryLogger } from '../../src/shared/logger';
import { ROOT } from '../support/bot-process';
import type { FaultyWorkerData } from '../support/faulty-answer-worker.entry';
import { readCases, readPart, type QaCase } from '../support/qa-cases';
import { DEFAULT_NOW } from '../support/qa-runner';

/*
 * The Q&A answerer on worker threads (QNA_WORKERS), run from the build in dist/ as the bot runs it (`npm test`
 * builds first), against the in-process answerer on this thread: the same replies, and a reply for every turn
 * when a worker crashes, exits or hangs. Compared with toEqual: a reply crosses from a worker as JSON text, which
 * leaves out fields whose value is undefined (absent to every reader, and so in the store).
 */
const ENTRY = join(ROOT, 'dist', 'src', 'adapters', 'qna-workers', 'answer-worker.entry.js');
const FAULTY_ENTRY = join(ROOT, 'dist', 'test', 'support', 'faulty-answer-worker.entry.js');
const catalog = loadCatalog(defaultCatalogDir);
const sourcePassages = loadSourcePassages();

/** Questions, paraphrases and one case of every dev and held-out set (conversations run turn by turn). */
function sample(): QaCase[] {
  const sets = [...readPart('dev'), ...readPart('heldout')];
  const picked = sets.map(({ cases }, i) => cases[(i * 7) % cases.length]);
  const paraphrases = readCases('paraphrases.json');
  return [...readCases('questions.json'), ...paraphrases.filter((_, i) => i % 10 === 0), ...picked];
}

describe('Q&A on worker threads', () => {
  const clock = new ManualClock(DEFAULT_NOW);
  const local = new InProcessQuestionAnswerer(() => qnaComposer(catalog, sourcePassages), clock);
  const pools: WorkerQuestionAnswerer[] = [];
  const pool = (o: { entry?: string; workers?: number; fault?: FaultyWorkerData['fault']; timeoutMs?: number; logger?: MemoryLogger }): WorkerQuestionAnswerer => {
    const p = new WorkerQuestionAnswerer({
      workers: o.workers ?? 1, entry: o.entry ?? ENTRY, clock, logger: o.logger ?? new MemoryLogger(), fallback: local,
      workerData: { catalog, sourcePassages, ...(o.fault ? { fault: o.fault } : {}) }, timeoutMs: o.timeoutMs, restartDelayMs: 50,
    });
    pools.push(p);
    return p;
  };

  beforeAll(() => {
    if (!existsSync(ENTRY) || !existsSync(FAULTY_ENTRY)) throw new Error('no build in dist/: run `npm run build` (npm test does)');
  });
  afterEach(async () => {
    for (const p of pools.splice(0)) await p.close();
  });

  it('gives exactly the in-process reply and state, turn by turn, over a varied sample of questions and conversations', async () => {
    const workers = pool({ workers: 2 });
    const cases = sample();
    let turns = 0;
    for (const c of cases) {
      clock.set(c.now ?? DEFAULT_NOW);
      const start: QnaState | undefined = c.context ? { programIds: [c.context], at: clock.now().toISOString() } : undefined;
      let here = start;
      let there = start;
      for (const text of [...c.before, c.q]) {
        const input = { text, locale: c.lang === 'nb' ? 'nb-NO' : 'en-US' };
        const [a, b]: AnsweredQuestion[] = await Promise.all([local.answer({ ...input, state: here }), workers.answer({ ...input, state: there })]);
        expect({ id: c.id, text, ...b }).toEqual({ id: c.id, text, ...a });
        here = a.state;
        there = b.state;
        turns += 1;
        clock.advance(60_000);
      }
    }
    expect(cases.length).toBeGreaterThan(80);
    expect(turns).toBeGreaterThan(cases.length);
    // Every turn answered on a worker, none in-process: the equality above compared the two answerers.
    expect(workers.stats).toMatchObject({ answered: turns, fallbacks: 0, started: 2, replaced: 0 });
  });

  const CRASHING = 'Hvor er første samling i LEDPRO 1?';
  const after = 'Hva koster LEDPRO 2?';
  const expected = (text: string): Promise<AnsweredQuestion> => local.answer({ text, locale: 'nb-NO' });

  it.each(['throw', 'exit'] as const)('answers the turn whose worker crashed (%s) in-process, and the next on a fresh worker', async (mode) => {
    const logger = new MemoryLogger();
    const workers = pool({ entry: FAULTY_ENTRY, fault: { text: CRASHING, mode }, logger });
    // A first question answered on the worker: it is up and ready when the next one kills it.
    expect(await workers.answer({ text: after, locale: 'nb-NO' })).toEqual(await expected(after));
    expect(await workers.answer({ text: CRASHING, locale: 'nb-NO' })).toEqual(await expected(CRASHING));
    expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'error', code: errorCodes.qnaWorkerFailed }));
    expect(await workers.answer({ text: after, locale: 'nb-NO' })).toEqual(await expected(after));
    expect(workers.stats).toMatchObject({ started: 2, replaced: 1, fallbacks: 1, answered: 2 });
  });

  it('answers a turn in-process when its worker replies with unreadable text, and replaces the worker', async () => {
    const logger = new MemoryLogger();
    const workers = pool({ entry: FAULTY_ENTRY, fault: { text: CRASHING, mode: 'garble' }, logger });
    await workers.answer({ text: after, locale: 'nb-NO' });
    expect(await workers.answer({ text: CRASHING, locale: 'nb-NO' })).toEqual(await expected(CRASHING));
    expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'answer worker sent an unreadable reply', code: errorCodes.qnaWorkerFailed }));
    expect(await workers.answer({ text: after, locale: 'nb-NO' })).toEqual(await expected(after));
    expect(workers.stats).toMatchObject({ started: 2, replaced: 1, fallbacks: 1, answered: 2 });
  });

  it('answers a turn in-process when its worker does not reply in time, and replaces the worker', async () => {
    const logger = new MemoryLogger();
    const workers = pool({ entry: FAULTY_ENTRY, fault: { text: CRASHING, mode: 'hang' }, logger, timeoutMs: 300 });
    await workers.answer({ text: after, locale: 'nb-NO' });
    expect(await workers.answer({ text: CRASHING, locale: 'nb-NO' })).toEqual(await expected(CRASHING));
    expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'answer worker timed out', code: errorCodes.qnaWorkerFailed }));
    expect(await workers.answer({ text: after, locale: 'nb-NO' })).toEqual(await expected(after));
    expect(workers.stats).toMatchObject({ started: 2, replaced: 1, fallbacks: 1, answered: 2 });
  });

  it('answers questions still waiting when it closes, and answers in-process after', async () => {
    const workers = pool({ entry: FAULTY_ENTRY, fault: { text: CRASHING, mode: 'hang' } });
    await workers.answer({ text: after, locale: 'nb-NO' });
    const waiting = workers.answer({ text: CRASHING, locale: 'nb-NO' });
    await workers.close();
    expect(await waiting).toEqual(await expected(CRASHING));
    expect(await workers.answer({ text: after, locale: 'nb-NO' })).toEqual(await expected(after));
    expect(workers.stats).toMatchObject({ started: 1, fallbacks: 2, answered: 1 });
  });

  it('answers in-process while its workers die at start, and starts them ever more slowly', async () => {
    const logger = new MemoryLogger();
    const workers = pool({ entry: FAULTY_ENTRY, fault: { text: '', mode: 'start' }, logger });
    expect(await workers.answer({ text: after, locale: 'nb-NO' })).toEqual(await expected(after));
    // Restarts 50, 100, 200, 400 ms after each death: in 600 ms at most 4 starts, not one per death at once.
    await new Promise((r) => setTimeout(r, 600));
    expect(workers.stats.started).toBeGreaterThanOrEqual(2);
    expect(workers.stats.started).toBeLessThanOrEqual(4);
    expect(await workers.answer({ text: CRASHING, locale: 'nb-NO' })).toEqual(await expected(CRASHING));
    expect(workers.stats).toMatchObject({ answered: 0, fallbacks: 2 });
    expect(logger.lines.filter((l) => l.code === errorCodes.qnaWorkerFailed).length).toBeGreaterThanOrEqual(2);
  });

  it('answers in-process, saying so once, when the built worker entry is missing', async () => {
    const logger = new MemoryLogger();
    const workers: QuestionAnswerer = pool({ entry: join(ROOT, 'dist', 'no-such-entry.js'), logger });
    expect(await workers.answer({ text: after, locale: 'nb-NO' })).toEqual(await expected(after));
    expect(logger.lines.filter((l) => l.code === errorCodes.qnaWorkerFailed)).toHaveLength(1);
  });
});
