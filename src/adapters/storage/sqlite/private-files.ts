import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The store holds names, nomination texts, check-in answers and the feed-signing secret: only the bot's own
 * user may read it. The folder is created 0700 and the database with its WAL and shared-memory files 0600
 * (SQLite gives -wal and -shm the database file's mode); a store left readable by an earlier version is
 * tightened at start. A folder the bot does not own, or a shared sticky one like /tmp, is not touched.
 */
export function prepareStoreFiles(file: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const d = statSync(dir);
  const ownDir = typeof process.getuid === 'function' && d.uid === process.getuid() && (d.mode & 0o1000) === 0;
  if (ownDir && (d.mode & 0o077) !== 0) chmodSync(dir, 0o700);
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  tightenStoreFiles(file);
}

/** 0600 on the database and, once SQLite made them, its -wal and -shm files. */
export function tightenStoreFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(f) && (statSync(f).mode & 0o077) !== 0) chmodSync(f, 0o600);
  }
}
