import Database from 'better-sqlite3';
import { join } from 'node:path';

/**
 * Everything the bot's SQLite store holds (entities and jobs), read back from the file with a second, read-only
 * connection: what "nothing changed" means in the security tests.
 */
export function storeSnapshot(dataDir: string): string {
  const db = new Database(join(dataDir, 'lederbot.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const entities = db.prepare('SELECT kind, key, version, value FROM entities ORDER BY kind, key').all();
    const jobs = db.prepare('SELECT key, type, status, attempts, run_at FROM jobs ORDER BY key').all();
    return JSON.stringify({ entities, jobs });
  } finally {
    db.close();
  }
}
