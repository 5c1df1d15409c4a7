import type { BaseGroup } from './base-group';
import { cardAccess, sameConversation } from './answer-access';

const group: BaseGroup = {
  id: 'c.a', cohortId: 'c', name: 'A', reachable: true,
  conversation: { conversationId: '19:chan@thread.tacv2', serviceUrl: 'https://s', tenantId: 't', channelId: 'msteams', botId: 'b', conversationType: 'channel' },
  members: [{ aadObjectId: 'u1', name: 'Ola' }, { aadObjectId: 'u2', name: 'Kari' }],
  facilitator: { aadObjectId: 'f', name: 'F' },
};
const inGroup = '19:chan@thread.tacv2;messageid=1700000000000';

describe('cardAccess', () => {
  it('lets members read others in the group conversation only', () => {
    expect(cardAccess(group, { aadObjectId: 'u1', conversationId: inGroup, staff: false }, false)).toEqual({ card: true, othersVisible: true });
    expect(cardAccess(group, { aadObjectId: 'u1', conversationId: 'a:personal-u1', staff: false }, true)).toEqual({ card: true, othersVisible: false });
  });

  it('shows outsiders the shared view in the group, nothing elsewhere', () => {
    expect(cardAccess(group, { aadObjectId: 'x', conversationId: inGroup, staff: false }, true)).toEqual({ card: true, othersVisible: false });
    expect(cardAccess(group, { aadObjectId: 'x', conversationId: 'a:personal-x', staff: false }, true)).toEqual({ card: false, othersVisible: false });
    expect(cardAccess(group, { aadObjectId: undefined, conversationId: '19:other@thread.v2', staff: false }, true)).toEqual({ card: false, othersVisible: false });
  });

  it('lets staff read answers only when the program says so, and only in the group', () => {
    expect(cardAccess(group, { aadObjectId: 'f', conversationId: inGroup, staff: true }, false).othersVisible).toBe(false);
    expect(cardAccess(group, { aadObjectId: 'f', conversationId: inGroup, staff: true }, true).othersVisible).toBe(true);
    expect(cardAccess(group, { aadObjectId: 'f', conversationId: 'a:personal-f', staff: true }, true)).toEqual({ card: false, othersVisible: false });
  });

  it('treats a channel thread as its channel, and nothing else as the same conversation', () => {
    expect(sameConversation(inGroup, '19:chan@thread.tacv2')).toBe(true);
    expect(sameConversation('19:chan@thread.tacv2x', '19:chan@thread.tacv2')).toBe(false);
  });
});
