import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Every row of every table of the bot's store, as text, read with a second connection: what "no trace of the
 * person" is checked against (entities, jobs, and whatever tables a later migration adds).
 */
export async function storeDump(o: { dataDir: string; databaseUrl?: string }): Promise<string> {
  if (o.databaseUrl) {
    const c = new Client({ connectionString: o.databaseUrl });
    await c.connect();
    try {
      const tables = await c.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
      const out: Record<string, unknown[]> = {};
      for (const { table_name: t } of tables.rows) out[t] = (await c.query(`SELECT * FROM "${t}"`)).rows;
      return JSON.stringify(out);
    } finally {
      await c.end();
    }
  }
  const db = new Database(join(o.dataDir, 'lederbot.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables) out[name] = db.prepare(`SELECT * FROM "${name}"`).all();
    return JSON.stringify(out);
  } finally {
    db.close();
  }
}
