import { addMembers, checkSize, isGroupConversation, MAX_MEMBERS, normalizeMembers, removeMembers, slug, type BaseGroup, type Member } from './base-group';

const people = (n: number, from = 1): Member[] => Array.from({ length: n }, (_, i) => ({ aadObjectId: `u${i + from}`, name: `P${i + from}` }));
const facilitator: Member = { aadObjectId: 'f', name: 'Fasilitator' };
const group: BaseGroup = {
  id: 'c.a', cohortId: 'c', name: 'A', reachable: true, members: people(3), facilitator,
  conversation: { conversationId: '19:a', serviceUrl: 'https://s', tenantId: 't', channelId: 'msteams', botId: 'b', conversationType: 'channel' },
};

describe('base group', () => {
  it('makes ids from names people type', () => {
    expect(slug('  Gruppe Ålesund & Bø 1 ')).toBe('gruppe-alesund-bo-1');
    expect(slug('Æsj Café')).toBe('aesj-cafe');
    expect(slug('!!')).toBe('');
  });

  it('limits a group to 2..12 members', () => {
    expect(checkSize(people(1))).toEqual({ ok: false, error: { code: 'too-few-members', count: 1, min: 2 } });
    expect(checkSize(people(MAX_MEMBERS + 1))).toEqual({ ok: false, error: { code: 'too-many-members', count: 13, max: 12 } });
    expect(checkSize(people(2)).ok).toBe(true);
  });

  it('keeps the facilitator out of the members and one entry per person', () => {
    const m = normalizeMembers([...people(2), facilitator, { aadObjectId: 'u1', name: 'Ola', userId: '29:1' }, { aadObjectId: 'u1', name: 'Ola N' }], facilitator);
    expect(m).toEqual([{ aadObjectId: 'u1', name: 'Ola N', userId: '29:1' }, { aadObjectId: 'u2', name: 'P2' }]);
  });

  it('adds members up to the limit', () => {
    const added = addMembers(group, [...people(2, 4), facilitator]);
    expect(added.ok && added.value.members.map((m) => m.aadObjectId)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
    expect(addMembers(group, people(10, 4))).toEqual({ ok: false, error: { code: 'too-many-members', count: 13, max: 12 } });
  });

  it('removes members, and a facilitator who leaves stops being one', () => {
    expect(removeMembers(group, ['u1']).members.map((m) => m.aadObjectId)).toEqual(['u2', 'u3']);
    expect(removeMembers(group, ['u1']).facilitator).toEqual(facilitator);
    expect(removeMembers(group, ['f']).facilitator).toBeUndefined();
  });

  it('accepts channels and group chats only', () => {
    expect(isGroupConversation(group.conversation)).toBe(true);
    expect(isGroupConversation({ ...group.conversation, conversationType: 'personal' })).toBe(false);
  });
});
