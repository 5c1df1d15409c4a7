import { assertValidCard } from '../../../../test/support/card-validation';
import type { BaseGroup } from '../domain/base-group';
import type { Answer } from '../domain/checkin-answer';
import type { Round } from '../domain/checkin-schedule';
import { buildDigest } from '../domain/digest';
import { checkinCard } from './checkin-card';
import type { RoundView } from './checkins-env';
import { digestCard } from './digest-card';
import { baseGroupsCard } from './base-groups-card';

type Card = { body: Array<Record<string, unknown>>; actions?: unknown[]; refresh: { userIds: string[]; action: { verb: string } } };

const round: Round = {
  id: 'c.after-2', cohortId: 'c', afterGathering: 2,
  postAt: new Date('2024-04-12T07:00:00Z'), remindAt: new Date('2024-04-15T07:00:00Z'), digestAt: new Date('2024-05-13T07:00:00Z'),
  prompt: {
    text: { nb: 'Hva har du prøvd?', en: 'What have you tried?' },
    choices: [{ id: 'progress', question: { nb: 'Hvor langt?', en: 'How far?' }, options: [
      { value: 'started', title: { nb: 'Startet', en: 'Started' } }, { value: 'done', title: { nb: 'Ferdig', en: 'Done' } },
    ] }],
  },
};
const group: BaseGroup = {
  id: 'c.a', cohortId: 'c', name: 'Gruppe *A*', reachable: true,
  conversation: { conversationId: '19:a', serviceUrl: 'https://s', tenantId: 't', channelId: 'msteams', botId: 'b', conversationType: 'groupChat', locale: 'nb-NO' },
  members: [{ aadObjectId: 'u1', name: 'Ola [x](http://evil)' }, { aadObjectId: 'u2', name: 'Kari' }, { aadObjectId: 'u3', name: 'Per' }],
  facilitator: { aadObjectId: 'f', name: 'Fasilitator' },
};
const answer = (aadObjectId: string, name: string, text: string, choices: Record<string, string> = {}): Answer => ({
  roundId: round.id, groupId: group.id, aadObjectId, name, text, choices, updatedAt: '2024-04-13T10:00:00.000Z',
});
const answers = [answer('u1', 'Ola', 'Prøvde *ut* ${groupId}', { progress: 'done' }), answer('u2', 'Kari', 'Startet så vidt')];
const view = (o: Partial<RoundView> = {}): RoundView => ({ group, round, state: { groupId: group.id, roundId: round.id, status: 'posted', activityId: 'a1' }, answers, share: false, ...o });
const during = new Date('2024-04-20T10:00:00Z');
const after = new Date('2024-05-13T07:00:00Z');
const card = (v: RoundView, o: { now?: Date; viewer?: string; lang?: 'nb' | 'en'; ids?: string[]; othersVisible?: boolean } = {}): Card =>
  checkinCard(v, {
    lang: o.lang ?? 'nb', now: o.now ?? during, refreshUserIds: o.ids ?? ['29:1'], ...(o.viewer ? { viewer: o.viewer } : {}), othersVisible: o.othersVisible ?? false,
  }).card as unknown as Card;
const input = (c: Card, id: string): Record<string, unknown> | undefined => c.body.find((e) => e.id === id);

describe('check-in card', () => {
  it.each(['nb', 'en'] as const)('renders valid shared, personal and closed views in %s', (lang) => {
    for (const v of [view(), view({ state: { ...view().state, status: 'closed' } })]) {
      for (const viewer of [undefined, 'u1', 'u3', 'stranger']) {
        for (const now of [during, after]) expect(() => assertValidCard(card(v, { lang, viewer, now }))).not.toThrow();
      }
    }
  });

  it('shows nobody\'s answer in the shared view and prefills the member\'s own, editable, before the deadline', () => {
    const shared = card(view());
    expect(input(shared, 'text')?.value).toBe('');
    expect(JSON.stringify(shared)).not.toContain('Startet så vidt');
    expect(JSON.stringify(shared)).toContain('2 av 3 har svart');
    const mine = card(view(), { viewer: 'u2' });
    expect(input(mine, 'text')).toMatchObject({ type: 'Input.Text', isMultiline: true, maxLength: 4000, value: 'Startet så vidt' });
    expect(input(mine, 'progress')).toMatchObject({ type: 'Input.ChoiceSet', value: '' });
    expect(input(card(view(), { viewer: 'u1' }), 'progress')?.value).toBe('done');
    expect(JSON.stringify(mine)).not.toContain('Prøvde');
    expect(JSON.stringify(mine)).toContain('"verb":"checkins.answer"');
  });

  it('shows the others\' answers when the program shares them, and everyone\'s read-only after the deadline', () => {
    expect(JSON.stringify(card(view({ share: true }), { viewer: 'u2', othersVisible: true }))).toContain('Prøvde \\\\*ut\\\\* $\\\\{groupId\\\\}');
    const closed = card(view({ state: { ...view().state, status: 'closed' } }), { viewer: 'u2', now: after, othersVisible: true });
    expect(input(closed, 'text')).toBeUndefined();
    expect(JSON.stringify(closed)).not.toContain('checkins.answer');
    expect(JSON.stringify(closed)).toContain('Startet så vidt');
    expect(JSON.stringify(closed)).toContain('Prøvde');
    expect(JSON.stringify(closed)).toContain('Runden er avsluttet');
  });

  it('shows nobody else\'s answer to a reader not allowed them, even when shared or after the deadline', () => {
    for (const v of [view({ share: true }), view({ state: { ...view().state, status: 'closed' } })]) {
      for (const viewer of [undefined, 'u2', 'stranger']) {
        const json = JSON.stringify(card(v, { viewer, now: after }));
        expect(json).not.toContain('Prøvde');
      }
    }
  });

  it('asks Teams for per-user views of at most 60 members', () => {
    const c = card(view(), { ids: Array.from({ length: 70 }, (_, i) => `29:${i}`) });
    expect(c.refresh.action.verb).toBe('checkins.refresh');
    expect(c.refresh.userIds).toHaveLength(60);
  });

  it('writes the deadline in Oslo time', () => {
    expect(JSON.stringify(card(view()))).toContain('13. mai 2024 kl. 09:00');
    expect(JSON.stringify(card(view(), { lang: 'en' }))).toContain('13 May 2024 at 09:00');
  });
});

describe('digest card', () => {
  it('lists who answered what and who did not, escaped, in both languages', () => {
    const d = buildDigest(round, group, answers);
    for (const lang of ['nb', 'en'] as const) {
      for (const forFacilitator of [false, true]) expect(() => assertValidCard(digestCard(d, { lang, forFacilitator }).card)).not.toThrow();
    }
    const nb = digestCard(d, { lang: 'nb', forFacilitator: true });
    expect(nb.text).toContain('Har ikke svart: Per');
    expect(JSON.stringify(nb.card)).toContain('Prøvde \\\\*ut\\\\* $\\\\{groupId\\\\}');
    expect(JSON.stringify(nb.card)).toContain('Hvor langt?: Ferdig');
    expect(JSON.stringify(nb.card)).toContain('Til deg som fasilitator for Gruppe \\\\*A\\\\*');
    expect(JSON.stringify(digestCard(buildDigest(round, group, []), { lang: 'en' }).card)).toContain('Nobody answered this round.');
  });
});

describe('base groups card', () => {
  const chat = (id: string, type: 'groupChat' | 'channel' = 'groupChat') => ({ ...group.conversation, conversationId: id, conversationType: type });
  const people = [{ userId: '29:1', aadObjectId: 'p1', name: 'Ola *fet*' }, { userId: '29:2', name: 'Gjest uten id' }];
  const v = {
    cohortId: 'c', cohortName: 'Kull C', more: 3, mayFacilitate: new Set(['p1']),
    groups: [group, { ...group, id: 'c.b', name: 'Gruppe B', reachable: false, facilitator: undefined }],
    candidates: [{ ref: chat('19:x'), members: people }, { ref: chat('19:y', 'channel'), members: undefined }],
  };

  it('renders valid in both languages, with and without rows to link', () => {
    for (const lang of ['nb', 'en'] as const) {
      expect(() => assertValidCard(baseGroupsCard(v, lang).card)).not.toThrow();
      expect(() => assertValidCard(baseGroupsCard({ ...v, groups: [], candidates: [], more: 0, banner: { text: 'OK', style: 'good' } }, lang).card)).not.toThrow();
    }
    const empty = JSON.stringify(baseGroupsCard({ ...v, candidates: [], more: 0 }, 'nb').card);
    expect(empty).not.toContain('checkins.import');
    expect(empty).toContain('Ingen gruppechat eller kanal venter');
  });

  it('escapes names, warns about unreachable groups, and offers only people with an Entra id as facilitator', () => {
    const c = baseGroupsCard(v, 'nb');
    const json = JSON.stringify(c.card);
    expect(json).toContain('Gruppe \\\\*A\\\\*: 3 medlemmer, fasilitator Fasilitator');
    expect(json).toContain('Gruppe B: 3 medlemmer, fasilitator ikke valgt (⚠ Lederbot er fjernet fra samtalen');
    expect(json).toContain('Gruppechat med Ola \\\\*fet\\\\*, Gjest uten id');
    expect(json).toContain('Samtale der jeg ikke fikk hentet medlemmene nå');
    expect(json).toContain('… og 3 til.');
    const card = c.card as unknown as { body: Array<{ items?: Array<{ id?: string; choices?: Array<{ value: string }> }> }>; actions: Array<{ data: { conversations: string[] } }> };
    const choices = card.body.flatMap((e) => e.items ?? []).find((e) => e.id === 'facilitator-0')?.choices ?? [];
    expect(choices.map((x) => x.value)).toEqual(['none', 'p1']);
    // Nobody the role data does not name is offered as facilitator.
    const unnamed = baseGroupsCard({ ...v, mayFacilitate: new Set<string>() }, 'nb').card as unknown as typeof card;
    expect((unnamed.body.flatMap((e) => e.items ?? []).find((e) => e.id === 'facilitator-0')?.choices ?? []).map((x) => x.value)).toEqual(['none']);
    expect(card.actions[0].data.conversations).toEqual(['19:x', '19:y']);
  });
});
