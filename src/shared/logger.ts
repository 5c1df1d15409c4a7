/**
 * The logger port. Structured JSON lines; `child` adds fixed fields (a component name, a turn's correlation id).
 * Callers never log tokens or personal data (names, e-mail, message text): log ids and counts instead.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Keys whose values are never written, whatever a caller passes. */
const secretKey = /(secret|password|token|authorization|apikey|api_key|connectionstring|cookie)/i;

function redact(fields: LogFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = secretKey.test(k) ? '[redacted]' : v;
  return out;
}

export class JsonLogger implements Logger {
  /** The fixed fields as written, redacted once rather than on every line. */
  private readonly redactedBase: Record<string, unknown>;

  constructor(
    private readonly write: (line: string) => void,
    private readonly level: LogLevel = 'info',
    private readonly base: LogFields = {},
    private readonly now: () => Date = () => new Date(),
  ) {
    this.redactedBase = redact(base);
  }

  private log(level: LogLevel, msg: string, fields?: LogFields): void {
    if (order[level] < order[this.level]) return;
    const line = { time: this.now().toISOString(), level, msg, ...this.redactedBase, ...(fields ? redact(fields) : {}) };
    this.write(JSON.stringify(line));
  }

  debug(msg: string, fields?: LogFields): void { this.log('debug', msg, fields); }
  info(msg: string, fields?: LogFields): void { this.log('info', msg, fields); }
  warn(msg: string, fields?: LogFields): void { this.log('warn', msg, fields); }
  error(msg: string, fields?: LogFields): void { this.log('error', msg, fields); }
  child(fields: LogFields): Logger {
    return new JsonLogger(this.write, this.level, { ...this.base, ...fields }, this.now);
  }
}

/** Keeps lines in memory: the test double, also handy to assert that nothing secret was logged. */
export class MemoryLogger implements Logger {
  readonly lines: Array<{ level: LogLevel; msg: string } & Record<string, unknown>> = [];
  constructor(private readonly base: LogFields = {}, lines?: MemoryLogger['lines']) {
    if (lines) this.lines = lines;
  }
  private log(level: LogLevel, msg: string, fields?: LogFields): void {
    this.lines.push({ level, msg, ...redact(this.base), ...redact(fields ?? {}) });
  }
  debug(msg: string, fields?: LogFields): void { this.log('debug', msg, fields); }
  info(msg: string, fields?: LogFields): void { this.log('info', msg, fields); }
  warn(msg: string, fields?: LogFields): void { this.log('warn', msg, fields); }
  error(msg: string, fields?: LogFields): void { this.log('error', msg, fields); }
  child(fields: LogFields): Logger { return new MemoryLogger({ ...this.base, ...fields }, this.lines); }
}
