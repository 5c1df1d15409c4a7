/* The real bot process for crash tests, on a clock that starts at LEDERBOT_TEST_NOW and then ticks in real
 * time, so jobs planned for a past program date are due. Test-only: production starts from src/index.ts. */
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { JsonLogger } from '../../src/shared/logger';

const start = Date.parse(process.env.LEDERBOT_TEST_NOW ?? '');
if (Number.isNaN(start)) {
  process.stderr.write('LEDERBOT_TEST_NOW must be an ISO time\n');
  process.exit(1);
}
// Several instances started one after another share one clock when told the real time their clock starts at.
const startedAt = process.env.LEDERBOT_TEST_NOW_AT ? Number(process.env.LEDERBOT_TEST_NOW_AT) : Date.now();
const offset = startedAt - start;
const config = loadConfig();
const logger = new JsonLogger((line) => process.stdout.write(`${line}\n`), config.logLevel);
const app = buildApp(config, logger, { clock: { now: () => new Date(Date.now() - offset) } });
app.listen().then(({ port }) => logger.info('listening', { port }), (e: unknown) => {
  process.stderr.write(`failed to start: ${String(e)}\n`);
  process.exit(1);
});
process.on('SIGTERM', () => { void app.stop().then(() => process.exit(0)); });
