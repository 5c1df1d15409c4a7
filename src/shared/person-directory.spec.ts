import { MemoryStore } from '../adapters/storage/memory/memory-store';
import { ConversationDirectory } from './conversation-directory';
import { MemoryLogger } from './logger';
import { PersonDirectory, ROLES_PEOPLE_KIND, type DirectoryUser, type UserLookup } from './person-directory';

/** A directory that answers from a map, fails while `down`, and counts its calls. */
class MapLookup implements UserLookup {
  calls = 0;
  down = false;
  constructor(private readonly users: Map<string, DirectoryUser>) {}
  user(id: string): Promise<DirectoryUser | undefined> {
    this.calls += 1;
    if (this.down) return Promise.reject(new Error('Graph 503'));
    return Promise.resolve(this.users.get(id));
  }
}

function setup(lookup?: UserLookup) {
  const store = new MemoryStore();
  const conversations = new ConversationDirectory(store);
  return { store, conversations, people: new PersonDirectory(store, conversations, lookup, new MemoryLogger()) };
}

describe('PersonDirectory', () => {
  it('asks the directory once per person, a 404 included, and asks again after a failure', async () => {
    const lookup = new MapLookup(new Map([['a', { displayName: 'Anne', mail: 'anne@x.no', preferredLanguage: 'en-US' }]]));
    const { people } = setup(lookup);
    lookup.down = true;
    expect(await people.find('a')).toEqual({ kind: 'unavailable' });
    lookup.down = false;
    expect(await people.find('a')).toEqual({ kind: 'found', person: { aadObjectId: 'a', name: 'Anne', email: 'anne@x.no', lang: 'en' } });
    expect(await people.profile('a')).toMatchObject({ name: 'Anne' });
    expect(await people.find('nobody')).toEqual({ kind: 'unknown' });
    expect(await people.find('nobody')).toEqual({ kind: 'unknown' });
    expect(lookup.calls).toBe(3);
  });

  it('names people from roles.json and Teams turns without a directory, and knows nobody else', async () => {
    const { store, conversations, people } = setup();
    await store.commit([{ op: 'upsert', kind: ROLES_PEOPLE_KIND, key: 'r', value: { aadObjectId: 'r', name: 'Rolf', email: 'rolf@x.no' } }]);
    await conversations.remember({ conversationId: 'a:t', serviceUrl: 'http://x', tenantId: 't', channelId: 'msteams', botId: 'b', conversationType: 'personal', userAadId: 't' },
      { aadObjectId: 't', userId: '29:t', name: 'Tove', locale: 'en-GB', tenantId: 't' });
    expect(await people.profile('r')).toEqual({ aadObjectId: 'r', name: 'Rolf', email: 'rolf@x.no', lang: 'nb' });
    expect(await people.profile('t')).toEqual({ aadObjectId: 't', name: 'Tove', email: undefined, lang: 'en' });
    expect(await people.find('x')).toEqual({ kind: 'unknown' });
  });

  it('keeps the language written in, never over an explicit choice, and lets a new choice win', async () => {
    const { people } = setup();
    expect(await people.langOf('p', 'en-US')).toBe('en');
    await people.noteLang('p', 'nb', 'text');
    expect(await people.langOf('p', 'en-US')).toBe('nb');
    expect(await people.noteLang('p', 'en', 'command')).toEqual({ lang: 'en', source: 'command' });
    // What noteLang returns is what is kept: here the explicit choice, not the text's language.
    expect(await people.noteLang('p', 'nb', 'text')).toEqual({ lang: 'en', source: 'command' });
    expect(await people.langChoice('p')).toEqual({ lang: 'en', source: 'command' });
    await people.noteLang('p', 'nb', 'command');
    expect(await people.langOf('p', 'en-US')).toBe('nb');
  });

  it('keeps a language on what the turn read, without reading it again; a choice written meanwhile is read and wins', async () => {
    const { store, people } = setup();
    const get = jest.spyOn(store, 'get');
    // Nothing kept yet: the turn read "none", so the language is inserted without a second read.
    expect(await people.noteLang('p', 'nb', 'text', null)).toEqual({ lang: 'nb', source: 'text' });
    expect(get).not.toHaveBeenCalled();
    const first = await people.langEntry('p');
    expect(first).toEqual({ choice: { lang: 'nb', source: 'text' }, version: 1 });
    get.mockClear();
    expect(await people.noteLang('p', 'en', 'text', first)).toEqual({ lang: 'en', source: 'text' });
    expect(get).not.toHaveBeenCalled();
    // The store holds what the reading path would have written (value and version).
    expect(await store.get('person-lang', 'p')).toMatchObject({ version: 2, value: { lang: 'en', source: 'text' } });
    // Another turn chose English explicitly after this turn read: the stale read is not written over it.
    const stale = await people.langEntry('p');
    await people.noteLang('p', 'en', 'command');
    expect(await people.noteLang('p', 'nb', 'text', stale)).toEqual({ lang: 'en', source: 'command' });
    expect(await people.langChoice('p')).toEqual({ lang: 'en', source: 'command' });
    // Someone else's first language was kept after this turn read "none": the insert conflicts, the choice is read.
    await people.noteLang('q', 'en', 'command');
    expect(await people.noteLang('q', 'nb', 'text', null)).toEqual({ lang: 'en', source: 'command' });
    expect(await store.get('person-lang', 'q')).toMatchObject({ version: 1, value: { lang: 'en', source: 'command' } });
  });
});
