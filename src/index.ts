import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { describeError } from './shared/errors';
import { JsonLogger } from './shared/logger';

/** Process entry: validate settings, build, listen, and stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`lederbot: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const logger = new JsonLogger((line) => process.stdout.write(`${line}\n`), config.logLevel);
  const app = buildApp(config, logger);
  const { port } = await app.listen();
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

main().catch((e: unknown) => {
  const d = describeError(e);
  process.stderr.write(`lederbot: failed to start (${d.code}): ${d.message}\n`);
  process.exit(1);
});
