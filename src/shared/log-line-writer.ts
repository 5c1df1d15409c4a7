/**
 * Where the JSON logger's lines go in a process: each line is appended to a buffer that is written out once per
 * turn of the event loop (setImmediate), so a busy bot makes one write of many lines instead of one write per line
 * (writes to stdout are synchronous on Linux pipes and files, and the stream's machinery around each one cost
 * more than making the line). Lines keep their order. What is still buffered when the process exits (a clean stop,
 * process.exit, an uncaught exception) is written in the 'exit' handler; only a SIGKILL can lose the lines of the
 * last turn of the loop. Large bursts are written at once when the buffer passes `maxBufferedChars`.
 */
export interface LogLineWriter {
  (line: string): void;
  /** Writes what is buffered now (tests; the 'exit' handler). */
  flush(): void;
}

export function logLineWriter(
  write: (chunk: string) => void,
  options: { onExit?: (flush: () => void) => void; maxBufferedChars?: number } = {},
): LogLineWriter {
  const max = options.maxBufferedChars ?? 64 * 1024;
  let buffered = '';
  let scheduled = false;
  const flush = (): void => {
    if (buffered === '') return;
    const chunk = buffered;
    buffered = '';
    write(chunk);
  };
  const onTurnEnd = (): void => {
    scheduled = false;
    flush();
  };
  const writer = ((line: string): void => {
    buffered += `${line}\n`;
    if (buffered.length >= max) {
      flush();
      return;
    }
    if (!scheduled) {
      scheduled = true;
      setImmediate(onTurnEnd).unref();
    }
  }) as LogLineWriter;
  writer.flush = flush;
  options.onExit?.(flush);
  return writer;
}

/** The process's standard output as a log line writer, flushed when the process exits. */
export function stdoutLogLines(): LogLineWriter {
  return logLineWriter((chunk) => { process.stdout.write(chunk); }, { onExit: (flush) => { process.on('exit', flush); } });
}
