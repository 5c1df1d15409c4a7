import { BOOK_PARTICIPANT_JOB } from '../../src/shared/integration-jobs';
import {
  actionsOf, cardOf, cardProblems, CHANNEL, COORD, COORD2, ILP, LEADER, NOMINATOR, personalId, startHarness, text, verbsOf, visible,
  type Card, type Harness,
} from './nominations-harness';

/**
 * The whole way of a nomination through /api/messages: form, coordinator card in the channel, approval,
 * the card updated for everyone, the nominee and nominator told, the booking hand-off in the store.
 */
describe('nomination flow (connector emulator)', () => {
  let h: Harness;
  let nominationId = '';
  let postedId = '';
  let leaderChat = '';

  beforeAll(async () => {
    h = await startHarness();
    await h.say('hjelp', COORD);
    await h.say('hjelp', NOMINATOR);
  });
  afterAll(() => h.stop());

  const channelPosts = () => h.teams.sentTo(CHANNEL);

  it('lists its commands in the help card, in both languages', async () => {
    h.teams.reset();
    await h.say('hjelp', NOMINATOR);
    await h.say('help', NOMINATOR, { locale: 'en-US' });
    const [nb, en] = h.teams.received.map((r) => visible(cardOf(r)));
    for (const line of ['nominer', 'søk', 'mine nominasjoner', 'til behandling', 'registrer koordinatorkanal «kull-id»']) expect(nb).toContain(line);
    for (const line of ['nominate', 'apply', 'my nominations', 'pending', 'register coordinator channel «cohort-id»']) expect(en).toContain(line);
  });

  it('registers the coordinators\' channel from a command typed there by a coordinator', async () => {
    h.teams.reset();
    await h.say('registrer koordinatorkanal ilp-2021-2025', COORD, { channel: true });
    expect(h.teams.received).toHaveLength(1);
    expect(String(h.teams.received[0].activity.text)).toContain(`koordinatorkanal for ${h.cohortName(ILP)}`);
    const stored = await h.bot.app.context.store.get('coordinator-channel', ILP);
    // Cards go to the channel itself, not into the thread the command was typed in.
    expect(stored?.value).toMatchObject({ ref: { conversationId: CHANNEL, conversationType: 'channel', teamId: expect.any(String) } });
  });

  it('offers the nominator a form with the open cohorts, the Teams people picker and an e-mail fallback', async () => {
    h.teams.reset();
    await h.say('nominer', NOMINATOR);
    const form = cardOf(h.teams.received[0]);
    expect(cardProblems(form)).toEqual([]);
    const body = form?.body as Card[];
    const cohort = body.find((b) => b.id === 'cohortId');
    expect(cohort?.choices).toEqual([{ title: h.cohortName(ILP), value: ILP }]);
    const picker = body.find((b) => b.id === 'nominee');
    expect(picker).toMatchObject({ type: 'Input.ChoiceSet', choices: [], 'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' } });
    expect(body.some((b) => b.id === 'nomineeEmail')).toBe(true);
    // ILP has no degree rule or prerequisite: those questions are not asked.
    expect(body.some((b) => b.id === 'degree' || b.id === 'completed')).toBe(false);
    expect(actionsOf(form)[0]).toMatchObject({
      type: 'Action.Execute', verb: 'nominations.submit', data: { kind: 'nomination', lang: 'nb' },
      fallback: { type: 'Action.Submit', data: { verb: 'nominations.submit', kind: 'nomination', lang: 'nb' } },
    });
  });

  it('takes the nomination and posts the coordinator card to the channel, user text escaped', async () => {
    h.teams.reset();
    const answer = await h.invoke('nominations.submit', {
      kind: 'nomination', cohortId: ILP, nominee: LEADER.aadObjectId, nomineeEmail: '',
      justification: 'Hun er **svært** god. Se [CV](https://evil.example/cv) <img src=x>',
    }, NOMINATOR);
    expect(answer).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(text(answer.value)).toContain('Nominasjonen er sendt');
    expect(visible(answer.value)).toContain(`Lise Leder er nominert til ${h.cohortName(ILP)}`);
    const [n] = (await h.bot.app.context.store.list('nomination')).map((e) => e.value as { id: string });
    nominationId = n.id;

    await h.drain();
    const posts = channelPosts();
    expect(posts).toHaveLength(1);
    postedId = posts[0].assignedId;
    const card = cardOf(posts[0]);
    expect(cardProblems(card)).toEqual([]);
    expect(card).toMatchObject({ version: '1.5', refresh: { action: { type: 'Action.Execute', verb: 'nominations.refresh', data: { nominationId } } } });
    // Coordinators known to the bot get a per-user view; one who never spoke to it is not listed.
    expect((card?.refresh as { userIds: string[] }).userIds).toEqual([COORD.id]);
    const bodyTexts = (card?.body as Card[]).map((b) => (typeof b.text === 'string' ? b.text : ''));
    expect(bodyTexts).toContain('Nominasjon: Lise Leder');
    expect(bodyTexts).toContain('Hun er \\*\\*svært\\*\\* god\\. Se \\[CV\\]\\(https://evil\\.example/cv\\) \\<img src=x\\>');
    expect(text(card)).toContain('Dekan Dahl');
    expect(verbsOf(card)).toEqual(['nominations.approve', 'nominations.waitlist', 'nominations.reject']);
    for (const a of actionsOf(card).filter((x) => x.type === 'Action.Execute')) {
      expect(a.fallback).toMatchObject({ type: 'Action.Submit', data: { verb: a.verb, nominationId, rev: 1 } });
    }
    const reject = actionsOf(card).find((a) => a.type === 'Action.ShowCard');
    expect(text(reject)).toContain('"isRequired":true');
  });

  it('tells the nominee 1:1, opening the chat through the coordinators\' channel, with a decline button', () => {
    expect(h.teams.created).toHaveLength(1);
    expect(h.teams.created[0].body).toMatchObject({ members: [{ id: LEADER.aadObjectId }], isGroup: false });
    leaderChat = h.teams.created[0].id;
    const notice = h.teams.sentTo(leaderChat);
    expect(notice).toHaveLength(1);
    expect(visible(cardOf(notice[0]))).toContain(`Dekan Dahl har nominert deg til ${h.cohortName(ILP)}`);
    expect(verbsOf(cardOf(notice[0]))).toEqual(['nominations.decline']);
  });

  it('approves from the card: the coordinator sees the decision at once', async () => {
    h.teams.reset();
    h.bot.clock.advance(60 * 60_000);
    const answer = await h.invoke('nominations.approve', { nominationId, rev: 1 }, COORD, { channel: true, replyToId: postedId });
    expect(cardProblems(answer.value)).toEqual([]);
    expect(visible(answer.value)).toContain('Godkjent av Kari Koordinator, 1. mars 2021 kl. 11:00');
    expect(verbsOf(answer.value)).toEqual([]);
    // Nothing was sent or updated within the turn: that is the jobs' work.
    expect(h.teams.received).toHaveLength(0);
  });

  it('updates the posted card for everyone and tells nominee and nominator in their chats', async () => {
    await h.drain();
    const updates = h.teams.updatesOf(postedId);
    expect(updates).toHaveLength(1);
    expect(updates[0].conversationId).toBe(CHANNEL);
    const updated = cardOf(updates[0]);
    expect(cardProblems(updated)).toEqual([]);
    expect(visible(updated)).toContain('Godkjent av Kari Koordinator, 1. mars 2021 kl. 11:00');
    expect(verbsOf(updated)).toEqual([]);
    expect(visible(cardOf(h.teams.sentTo(leaderChat)[0]))).toContain(`Du har fått plass på ${h.cohortName(ILP)}`);
    expect(visible(cardOf(h.teams.sentTo(personalId(NOMINATOR))[0]))).toContain(`Nominasjonen av Lise Leder til ${h.cohortName(ILP)} er godkjent`);
  });

  it('hands the participant to bookings in the approval\'s commit, once', async () => {
    const jobs = await h.bot.app.context.store.jobs.list({ type: BOOK_PARTICIPANT_JOB });
    expect(jobs).toHaveLength(1);
    expect(jobs[0].payload).toEqual({
      cohortId: ILP, participant: { aadObjectId: LEADER.aadObjectId, name: 'Lise Leder', email: 'lise.leder@example.no' }, source: 'nomination', sourceId: nominationId,
    });
    const audit = (await h.bot.app.context.store.list('nomination-audit', { prefix: `${nominationId}:` })).map((e) => e.value);
    expect(audit).toMatchObject([
      { action: 'submit', actor: { aadObjectId: NOMINATOR.aadObjectId }, to: 'pending' },
      { action: 'approve', actor: { aadObjectId: COORD.aadObjectId, name: 'Kari Koordinator' }, from: 'pending', to: 'approved', at: '2021-03-01T10:00:00.000Z' },
    ]);
  });

  it('refreshes each coordinator\'s view in their own language', async () => {
    // Kari chose English; her client's Norwegian locale does not override the choice.
    await h.say('language english', COORD);
    const en = await h.invoke('nominations.refresh', { nominationId }, COORD, { channel: true, locale: 'nb-NO', trigger: 'automatic' });
    expect(visible(en.value)).toContain('Approved by Kari Koordinator, 1 March 2021 at 11:00');
    await h.say('språk norsk', COORD);
    const nb = await h.invoke('nominations.refresh', { nominationId }, COORD2, { channel: true, trigger: 'automatic' });
    expect(text(nb.value)).toContain('Godkjent av Kari Koordinator');
  });

  it('answers a replayed approval with the current state and changes nothing', async () => {
    h.teams.reset();
    const before = await h.bot.app.context.store.get('nomination', nominationId);
    const jobs = (await h.bot.app.context.store.jobs.list()).length;
    const again = await h.invoke('nominations.approve', { nominationId, rev: 1 }, COORD, { channel: true, replyToId: postedId });
    expect(text(again.value)).toContain('Nominasjonen var allerede endret');
    expect((await h.bot.app.context.store.get('nomination', nominationId))?.version).toBe(before?.version);
    expect((await h.bot.app.context.store.jobs.list()).length).toBe(jobs);
    await h.drain();
    expect(h.teams.received).toHaveLength(0);
  });
});
