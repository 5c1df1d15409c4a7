import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../adapters/storage/sqlite/sqlite-store';
import { ConversationDirectory, type KnownUser } from './conversation-directory';
import type { ConversationRef } from './messenger.port';

const ref: ConversationRef = {
  conversationId: 'a:personal-1', serviceUrl: 'https://smba.test/', tenantId: 't', channelId: 'msteams', botId: '28:bot',
  conversationType: 'personal', userId: '29:1', userAadId: 'aad-1', locale: 'nb-NO',
};
const user: KnownUser = { aadObjectId: 'aad-1', userId: '29:1', name: 'Ola', locale: 'nb-NO', tenantId: 't' };

describe('conversation directory: remembering from every turn', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'directory-')), 'db.sqlite');
  // Two instances of the bot on one store (web and jobs processes).
  const storeA = new SqliteStore(file);
  const storeB = new SqliteStore(file);
  const a = new ConversationDirectory(storeA);
  const b = new ConversationDirectory(storeB);
  afterAll(async () => { await storeA.close(); await storeB.close(); });

  const counting = async (f: () => Promise<void>): Promise<{ reads: string[]; commits: number }> => {
    const get = jest.spyOn(storeA, 'get');
    const commit = jest.spyOn(storeA, 'commit');
    try {
      await f();
      return { reads: get.mock.calls.map((c) => c[0]), commits: commit.mock.calls.length };
    } finally {
      get.mockRestore();
      commit.mockRestore();
    }
  };

  it('writes a new conversation and user, then reads only the conversation on turns that change nothing', async () => {
    expect(await counting(() => a.remember(ref, user))).toEqual({ reads: ['conversation', 'user'], commits: 1 });
    expect(await a.user('aad-1')).toEqual(user);
    expect(await counting(() => a.remember(ref, user))).toEqual({ reads: ['conversation'], commits: 0 });
    expect(await counting(() => a.remember(ref, user))).toEqual({ reads: ['conversation'], commits: 0 });
  });

  it('writes a changed user at once (no need to read what it was) and reads it back', async () => {
    const renamed = { ...user, name: 'Ola Nordmann', locale: 'en-US' };
    expect(await counting(() => a.remember(ref, renamed))).toEqual({ reads: ['conversation'], commits: 1 });
    expect(await b.user('aad-1')).toEqual(renamed);
    expect(await counting(() => a.remember(ref, renamed))).toEqual({ reads: ['conversation'], commits: 0 });
  });

  it('a conversation another instance marked unreachable is reachable again after the next turn here', async () => {
    const renamed = { ...user, name: 'Ola Nordmann', locale: 'en-US' };
    await b.markUnreachable(ref.conversationId, 'ConversationBlockedByUser');
    expect((await a.get(ref.conversationId))?.reachable).toBe(false);
    expect((await counting(() => a.remember(ref, renamed))).commits).toBe(1);
    expect(await b.get(ref.conversationId)).toEqual({ ref, reachable: true });
  });

  it('reads a user the process has not seen (written by another instance) before deciding', async () => {
    const other: KnownUser = { aadObjectId: 'aad-2', userId: '29:2', name: 'Kari', locale: undefined, tenantId: 't' };
    const ref2: ConversationRef = { ...ref, conversationId: 'a:personal-2', userId: '29:2', userAadId: 'aad-2' };
    await b.remember(ref2, other);
    expect(await counting(() => a.remember(ref2, other))).toEqual({ reads: ['conversation', 'user'], commits: 0 });
    expect(await counting(() => a.remember(ref2, other))).toEqual({ reads: ['conversation'], commits: 0 });
  });
});
