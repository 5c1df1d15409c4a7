import { buildApp, type AppOptions, type RunningApp } from './app';
import { ConfigError, type Config } from './config';
import { describeError } from './shared/errors';
import { JsonLogger, type Logger } from './shared/logger';
import { stdoutLogLines } from './shared/log-line-writer';

/**
 * A process entry (the bot, the demo): validate settings, build, listen, and stop cleanly on SIGTERM/SIGINT.
 * `prepare` runs after the settings are valid and before the app is built (the demo writes its files there);
 * `started` once it listens (the demo books its example participant there).
 */
export async function serve(
  load: () => Config,
  prepare?: (config: Config, logger: Logger) => Promise<AppOptions> | AppOptions,
  started?: (app: RunningApp) => Promise<void>,
): Promise<void> {
  let config: Config;
  try {
    config = load();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`lederbot: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  // One write per turn of the event loop, not per line (log-line-writer.ts).
  const logger = new JsonLogger(stdoutLogLines(), config.logLevel);
  const options = prepare ? await prepare(config, logger) : {};
  const app = buildApp(config, logger, options);
  const { port } = await app.listen();
  if (started) await started(app);
  logger.info('listening', { host: config.host, port, anonymous: config.identity === undefined, dataDir: config.dataDir });
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    app.stop().then(() => process.exit(0), (e: unknown) => {
      logger.error('shutdown failed', describeError(e));
      process.exit(1);
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/** Any failure before listening: one line on stderr and exit code 1. */
export function failStart(e: unknown): never {
  const d = describeError(e);
  process.stderr.write(`lederbot: failed to start (${d.code}): ${d.message}\n`);
  process.exit(1);
}
