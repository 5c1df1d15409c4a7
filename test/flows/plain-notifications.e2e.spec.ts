import { CHANNEL, cardOf, COORD, ILP, LEADER, NOMINATOR, personalId, startHarness, visible, type Harness } from '../nominations/nominations-harness';

/**
 * Teams shows a card message's summary as it is, in the activity feed and the notification: the markdown
 * escapes that keep a card TextBlock safe ("kl\\. 11:00") must not reach it. Runs a nomination through
 * /api/messages to a reject with a reason full of markdown, in bokmål and English.
 */
const ESCAPE = /\\[\\`*_{}[\]()#+\-.!|<>~]/;
const REASON = 'Ikke nå. Prøv igjen i *neste* kull (2022)!';

describe('plain text in notifications', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.say('hjelp', COORD);
    await h.say('help', NOMINATOR, { locale: 'en-US' });
    await h.say('registrer koordinatorkanal ilp-2021-2025', COORD, { channel: true });
    h.teams.reset();
    const sent = await h.invoke('nominations.submit', { kind: 'nomination', cohortId: ILP, nominee: LEADER.aadObjectId, nomineeEmail: '', justification: 'God (nok).' }, NOMINATOR, { locale: 'en-US' });
    expect(sent.statusCode).toBe(200);
    await h.drain();
    const [n] = (await h.bot.app.context.store.list('nomination')).map((e) => e.value as { id: string });
    h.bot.clock.advance(60 * 60_000);
    const posted = h.teams.sentTo(CHANNEL)[0];
    const r = await h.invoke('nominations.reject', { nominationId: n.id, rev: 1, reason: REASON }, COORD, { channel: true, replyToId: posted.assignedId });
    expect(r.statusCode).toBe(200);
    await h.drain();
  });
  afterAll(() => h.stop());

  const leaderChat = (): string => h.teams.created[0].id;
  const summaries = (conversationId: string): string[] => h.teams.received
    .filter((x) => x.conversationId === conversationId && cardOf(x)).map((x) => String(x.activity.summary));

  it('tells the nominee in bokmål with a plain summary: date, time and reason as typed', () => {
    const [told, rejected] = summaries(leaderChat());
    expect(told).toContain(`Dekan Dahl har nominert deg til ${h.cohortName(ILP)}`);
    expect(rejected).toContain('1. mars 2021 kl. 11:00');
    expect(rejected).toContain(REASON);
    expect(rejected).not.toMatch(ESCAPE);
    // The card keeps its markdown-safe text; Teams renders it as the same words.
    const card = cardOf(h.teams.sentTo(leaderChat()).at(-1) ?? {});
    expect(JSON.stringify(card)).toContain('kl\\\\. 11:00');
    expect(visible(card)).toContain(REASON);
  });

  it('tells the nominator in English with a plain summary', () => {
    const last = summaries(personalId(NOMINATOR)).at(-1) ?? '';
    expect(last).toContain('1 March 2021');
    expect(last).toContain(REASON);
    expect(last).not.toMatch(ESCAPE);
  });

  it('sends no activity whose summary or text carries a markdown escape', () => {
    const seen = h.teams.received.filter((x) => x.method === 'POST' || x.method === 'PUT');
    expect(seen.length).toBeGreaterThan(3);
    for (const x of seen) {
      for (const plain of [x.activity.summary, x.activity.text, cardOf(x)?.fallbackText]) {
        if (plain !== undefined) expect(typeof plain === 'string' ? plain : JSON.stringify(plain)).not.toMatch(ESCAPE);
      }
    }
  });
});
