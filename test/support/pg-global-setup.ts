/* jest globalSetup: one throwaway PostgreSQL server per jest run; each suite makes its own database on it. */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PG_ENV, startPgServer } from './pg-server';

export const stateFile = (): string => join(tmpdir(), `lederbot-jest-pg-${process.pid}.json`);

export default async function globalSetup(): Promise<void> {
  const server = await startPgServer();
  process.env[PG_ENV] = server.adminUrl;
  writeFileSync(stateFile(), JSON.stringify({ dir: server.dir, bin: server.bin, user: server.user }));
}
