/* The Lederbot process of `npm run bench:messages` when it has a bot identity: the built app (dist) with replies
 * that do not sign in, as there is no token service on this machine (inbound JWTs are validated as in
 * production). LEDERBOT_APP_ROOT points at another build (a baseline) to compare with. Test-only. */
import { join } from 'node:path';
import type * as AppModule from '../../src/app';
import type * as ConfigModule from '../../src/config';
import type * as LoggerModule from '../../src/shared/logger';
import { NoSignInCredentials } from './no-sign-in-credentials';
import { stdoutLogLines } from '../../src/shared/log-line-writer';

const root = process.env.LEDERBOT_APP_ROOT ?? join(__dirname, '..', '..');
/* eslint-disable @typescript-eslint/no-require-imports -- the build to load is chosen at run time */
const { buildApp } = require(join(root, 'src', 'app')) as typeof AppModule;
const { loadConfig } = require(join(root, 'src', 'config')) as typeof ConfigModule;
const { JsonLogger } = require(join(root, 'src', 'shared', 'logger')) as typeof LoggerModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const config = loadConfig();
// As src/serve.ts writes the lines (from this build, whichever build is loaded).
const logger = new JsonLogger(stdoutLogLines(), config.logLevel);
const app = buildApp(config, logger, { credentialsFactory: new NoSignInCredentials(config.identity?.appId) });
app.listen().then(({ port }) => logger.info('listening', { port }), (e: unknown) => {
  process.stderr.write(`failed to start: ${String(e)}\n`);
  process.exit(1);
});
process.on('SIGTERM', () => { void app.stop().then(() => process.exit(0)); });
