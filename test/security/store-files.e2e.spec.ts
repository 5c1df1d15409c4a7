import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/adapters/storage/sqlite/sqlite-store';
import { message, user } from '../support/activities';
import { ConnectorEmulator } from '../support/connector-emulator';
import { startInProcessBot } from '../support/in-process-bot';

/**
 * Other local users must not read the store (issue 13, item 6): names, nomination texts, answers and the
 * feed-signing secret live in it. After the bot has started and taken a turn, the folder is 0700 and every
 * SQLite file 0600, including a store an earlier version left world-readable.
 */
const modeOf = (p: string): number => statSync(p).mode & 0o777;
const files = (dir: string): string[] => ['lederbot.sqlite', 'lederbot.sqlite-wal', 'lederbot.sqlite-shm'].map((f) => join(dir, f));

describe('the store on disk', () => {
  it('is private to the bot\'s user from the first start', async () => {
    const teams = new ConnectorEmulator();
    const serviceUrl = await teams.start();
    const dataDir = join(mkdtempSync(join(tmpdir(), 'lederbot-perm-')), 'nested', 'data');
    const bot = await startInProcessBot({ dataDir });
    try {
      expect((await bot.post(message('hjelp', { serviceUrl, from: user(501) }))).status).toBe(200);
      await teams.waitFor(() => teams.received.length === 1, 5_000, 'reply');
      expect(modeOf(dataDir)).toBe(0o700);
      for (const f of files(dataDir)) expect([f, modeOf(f)]).toEqual([f, 0o600]);
    } finally {
      await bot.stop();
      await teams.stop();
    }
  });

  it('tightens a store an earlier version left readable by others', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lederbot-perm-old-'));
    mkdirSync(dataDir, { recursive: true });
    const old = new SqliteStore(join(dataDir, 'lederbot.sqlite'));
    await old.close();
    chmodSync(dataDir, 0o755);
    for (const f of files(dataDir)) {
      try { chmodSync(f, 0o644); } catch { writeFileSync(f, '', { mode: 0o644 }); }
    }
    const store = new SqliteStore(join(dataDir, 'lederbot.sqlite'));
    try {
      expect(modeOf(dataDir)).toBe(0o700);
      for (const f of files(dataDir)) expect([f, modeOf(f)]).toEqual([f, 0o600]);
    } finally {
      await store.close();
    }
  });
});
