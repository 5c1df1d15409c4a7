import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './bot-process';

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temp dir, a random port on loopback,
 * trust authentication, no fsync. PostgreSQL refuses to run as root, so as root (CI) the cluster belongs to
 * `nobody` and every server command runs through `runuser`.
 */
export interface PgServer {
  /** Superuser URL of the `postgres` database. */
  readonly adminUrl: string;
  readonly port: number;
  readonly dir: string;
  readonly bin: string;
  readonly user: string | undefined;
}

/** Where the jest globalSetup leaves the running server for every test file. */
export const PG_ENV = 'LEDERBOT_TEST_PG_URL';

const candidates = (): string[] => {
  const fromPath = (process.env.PATH ?? '').split(':').filter((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin`)
    : [];
  return [...fromPath, ...debian].filter((d) => existsSync(join(d, 'initdb')));
};

export function findPgBin(): string {
  const [bin] = candidates();
  if (!bin) {
    throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin: '
      + 'install them (Debian: apt-get install -y postgresql; .ci/run does this) — the PostgreSQL store tests need a real server');
  }
  return bin;
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

function run(bin: string, user: string | undefined, cmd: string, args: string[]): void {
  const file = join(bin, cmd);
  const [exe, argv] = user ? ['runuser', ['-u', user, '--', file, ...args]] : [file, args];
  const r = spawnSync(exe, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status ?? r.signal ?? 'no status'}): ${r.stderr || r.stdout}`);
}

export async function startPgServer(): Promise<PgServer> {
  const bin = findPgBin();
  const user = isRoot() ? 'nobody' : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'lederbot-pg-'));
  if (user) {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  run(bin, user, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run(bin, user, 'pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', opts, 'start']);
  return { adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dir, bin, user };
}

export function stopPgServer(s: Pick<PgServer, 'dir' | 'bin' | 'user'>): void {
  try {
    run(s.bin, s.user, 'pg_ctl', ['-D', join(s.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  } finally {
    rmSync(s.dir, { recursive: true, force: true });
  }
}

let counter = 0;

/** A fresh, empty database on the shared test server; returns its URL. */
export async function createTestDatabase(label: string, adminUrl = process.env[PG_ENV]): Promise<string> {
  if (!adminUrl) throw new Error(`${PG_ENV} is not set: the jest globalSetup (test/support/pg-global-setup.ts) starts the server`);
  counter += 1;
  const name = `${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}_${Date.now().toString(36)}_${counter}`.slice(0, 63);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
