/* jest globalTeardown: stops the run's PostgreSQL server and removes its files. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { stateFile } from './pg-global-setup';
import { stopPgServer, type PgServer } from './pg-server';

export default function globalTeardown(): void {
  const file = stateFile();
  if (!existsSync(file)) return;
  const s = JSON.parse(readFileSync(file, 'utf8')) as Pick<PgServer, 'dir' | 'bin' | 'user'>;
  rmSync(file, { force: true });
  stopPgServer(s);
}
