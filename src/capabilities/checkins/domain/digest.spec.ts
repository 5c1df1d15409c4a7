import type { BaseGroup } from './base-group';
import type { Answer } from './checkin-answer';
import type { Round } from './checkin-schedule';
import { buildDigest, visibleAnswers } from './digest';

const round: Round = {
  id: 'c.after-1', cohortId: 'c', afterGathering: 1,
  postAt: new Date('2024-02-23T08:00:00Z'), digestAt: new Date('2024-04-02T07:00:00Z'),
  prompt: {
    text: { nb: 'Hva?', en: 'What?' },
    choices: [{ id: 'progress', question: { nb: 'Hvor langt?', en: 'How far?' }, options: [
      { value: 'started', title: { nb: 'Startet', en: 'Started' } }, { value: 'done', title: { nb: 'Ferdig', en: 'Done' } },
    ] }],
  },
};
const group: BaseGroup = {
  id: 'c.a', cohortId: 'c', name: 'A', reachable: true,
  conversation: { conversationId: '19:a', serviceUrl: 'https://s', tenantId: 't', channelId: 'msteams', botId: 'b', conversationType: 'groupChat' },
  members: [{ aadObjectId: 'u1', name: 'Ola' }, { aadObjectId: 'u2', name: 'Kari' }, { aadObjectId: 'u3', name: 'Per' }],
};
const answer = (aadObjectId: string, name: string, extra: Partial<Answer> = {}): Answer => ({
  roundId: round.id, groupId: group.id, aadObjectId, name, text: `${name} skriver`, choices: {}, updatedAt: '2024-03-01T10:00:00.000Z', ...extra,
});

describe('buildDigest', () => {
  it('lists who answered with choice titles in both languages, and who did not', () => {
    const d = buildDigest(round, group, [answer('u1', 'Ola', { choices: { progress: 'done', gone: 'x' } }), answer('u2', 'Kari')]);
    expect(d.answered.map((a) => a.name)).toEqual(['Kari', 'Ola']);
    expect(d.answered[1].choices).toEqual([{ questionId: 'progress', question: { nb: 'Hvor langt?', en: 'How far?' }, value: 'done', title: { nb: 'Ferdig', en: 'Done' } }]);
    expect(d.missing).toEqual([{ aadObjectId: 'u3', name: 'Per' }]);
    expect(d.counts).toEqual({ answered: 2, missing: 1, members: 3 });
    expect(d.prompt).toEqual(round.prompt.text);
  });

  it('keeps the answer of someone who left, and ignores other rounds', () => {
    const d = buildDigest(round, group, [answer('u9', 'Gone'), answer('u1', 'Ola', { roundId: 'c.after-2' })]);
    expect(d.answered.map((a) => a.aadObjectId)).toEqual(['u9']);
    expect(d.counts).toEqual({ answered: 1, missing: 3, members: 3 });
  });
});

describe('visibleAnswers', () => {
  const answers = [answer('u1', 'Ola'), answer('u2', 'Kari')];
  const before = new Date('2024-03-01T12:00:00Z');

  it('shows only the viewer\'s own answer before the digest unless sharing is on', () => {
    expect(visibleAnswers('u1', answers, false, before, round.digestAt).map((a) => a.aadObjectId)).toEqual(['u1']);
    expect(visibleAnswers('u3', answers, false, before, round.digestAt)).toEqual([]);
    expect(visibleAnswers('u1', answers, true, before, round.digestAt)).toHaveLength(2);
  });

  it('shows everyone\'s answers once the digest is due', () => {
    expect(visibleAnswers('u3', answers, false, round.digestAt, round.digestAt)).toHaveLength(2);
  });
});
