import { JsonLogger } from './logger';
import { logLineWriter } from './log-line-writer';

const turnOfTheLoop = (): Promise<void> => new Promise((resolve) => { setImmediate(resolve); });

describe('logLineWriter', () => {
  it('writes the lines of one turn of the event loop in one write, in order, each ending in a newline', async () => {
    const writes: string[] = [];
    const lines = logLineWriter((chunk) => writes.push(chunk));
    lines('{"a":1}');
    lines('{"b":2}');
    lines('{"c":3}');
    expect(writes).toEqual([]);
    await turnOfTheLoop();
    expect(writes).toEqual(['{"a":1}\n{"b":2}\n{"c":3}\n']);
    lines('{"d":4}');
    await turnOfTheLoop();
    expect(writes).toEqual(['{"a":1}\n{"b":2}\n{"c":3}\n', '{"d":4}\n']);
  });

  it('writes what is buffered when the process exits (the exit hook), and nothing twice', async () => {
    const writes: string[] = [];
    let atExit: (() => void) | undefined;
    const lines = logLineWriter((chunk) => writes.push(chunk), { onExit: (flush) => { atExit = flush; } });
    lines('last words');
    atExit?.();
    expect(writes).toEqual(['last words\n']);
    await turnOfTheLoop();
    atExit?.();
    expect(writes).toEqual(['last words\n']);
  });

  it('writes at once when a burst passes the buffer limit', () => {
    const writes: string[] = [];
    const lines = logLineWriter((chunk) => writes.push(chunk), { maxBufferedChars: 10 });
    lines('12345');
    expect(writes).toEqual([]);
    lines('67890');
    expect(writes).toEqual(['12345\n67890\n']);
  });

  it('carries the JSON logger\'s lines unchanged, secrets redacted as before', async () => {
    const writes: string[] = [];
    const lines = logLineWriter((chunk) => writes.push(chunk));
    const logger = new JsonLogger(lines, 'info', {}, () => new Date('2024-01-10T09:00:00Z')).child({ correlationId: 'c-1', token: 'x' });
    logger.info('turn', { status: 200, password: 'p' });
    logger.debug('not at info');
    await turnOfTheLoop();
    expect(writes).toEqual(['{"time":"2024-01-10T09:00:00.000Z","level":"info","msg":"turn","correlationId":"c-1","token":"[redacted]","status":200,"password":"[redacted]"}\n']);
  });
});
