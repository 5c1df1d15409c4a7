import { assertValidCard } from '../support/card-validation';
import { message, submit, user } from '../support/activities';
import { botWithConnector } from '../support/bot-with-connector';
import type { ReceivedActivity } from '../support/connector-emulator';
import { judge, readCases } from '../support/qa-cases';

/** Questions through the real /api/messages path: CloudAdapter, teams-ai routes, card rendering, store. */
describe('Q&A through /api/messages', () => {
  const harness = botWithConnector();
  const { teams } = harness;
  let n = 0;

  const cardOf = (r: ReceivedActivity): Record<string, unknown> | undefined =>
    (r.activity.attachments as Array<{ contentType: string; content: Record<string, unknown> }> | undefined)
      ?.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')?.content;

  /** Asks in a fresh 1:1 chat (or the given one) and returns what the user sees: card text and actions. */
  async function ask(text: string, o: { locale?: string; conversationId?: string } = {}): Promise<{ seen: string; card: Record<string, unknown> }> {
    n += 1;
    const from = user(500 + n);
    const conversationId = o.conversationId ?? `a:qna-${n}`;
    const before = teams.sentTo(conversationId).length;
    const r = await harness.bot.post(message(text, { serviceUrl: harness.serviceUrl, from, conversationId, locale: o.locale ?? 'nb-NO' }));
    expect(r.status).toBe(200);
    await teams.waitFor(() => teams.sentTo(conversationId).length > before, 5_000, `answer to "${text}"`);
    const reply = teams.sentTo(conversationId)[before];
    const card = cardOf(reply);
    if (!card) throw new Error(`no card in reply: ${JSON.stringify(reply.activity)}`);
    assertValidCard(card);
    return { seen: `${typeof reply.activity.summary === 'string' ? reply.activity.summary : ''}\n${JSON.stringify(card)}`, card };
  }

  describe.each([['questions.json'], ['paraphrases.json']])('%s', (file) => {
    it.each(readCases(file).map((c) => [c.id, c] as const))('%s', async (_id, c) => {
      harness.bot.clock.set(c.now ?? '2024-01-10T09:00:00Z');
      const conversationId = `a:case-${c.id}-${file}`;
      if (c.context) await ask(`Hva er ${c.context.replace('ledpro-', 'LEDPRO ')}?`, { conversationId });
      const { seen, card } = await ask(c.q, { locale: c.lang === 'nb' ? 'nb-NO' : 'en-US', conversationId });
      const kind = /står ikke i programdokumentene|documents.*do not say/.test(seen) ? 'unknown' : 'answer';
      expect({ q: c.q, problems: judge(c, kind, seen) }).toEqual({ q: c.q, problems: [] });
      if (kind === 'answer') expect(JSON.stringify(card)).toMatch(/Kilde|Source/);
    });
  });

  it('answers in the language of the question, whatever the client locale', async () => {
    harness.bot.clock.set('2024-01-10T09:00:00Z');
    expect((await ask('Where is LEDPRO held?', { locale: 'nb-NO' })).seen).toMatch(/All gatherings are held at Wood Hotel/);
    expect((await ask('Hvor holdes LEDPRO?', { locale: 'en-US' })).seen).toMatch(/Alle samlingene arrangeres på Wood Hotel/);
  });

  it('offers follow-ups that, clicked (Action.Submit), are answered in the same conversation', async () => {
    const first = await ask('Hva koster LEDPRO?', { conversationId: 'a:follow' });
    const actions = first.card.actions as Array<{ type: string; title: string; data: { verb: string; query: string } }>;
    expect(actions.length).toBeGreaterThan(0);
    const place = actions.find((a) => /Hvor/.test(a.title));
    expect(place).toMatchObject({ type: 'Action.Submit', data: { verb: 'qna.ask' } });
    const before = teams.sentTo('a:follow').length;
    await harness.bot.post(submit(place?.data ?? {}, { serviceUrl: harness.serviceUrl, conversationId: 'a:follow' }));
    await teams.waitFor(() => teams.sentTo('a:follow').length > before, 5_000, 'follow-up answer');
    expect(JSON.stringify(teams.sentTo('a:follow')[before].activity)).toMatch(/Alle samlingene arrangeres på Wood Hotel/);
  });

  it('answers a forged or broken follow-up payload with a clear message, in the user\'s language', async () => {
    const before = teams.sentTo('a:forged').length;
    await harness.bot.post(submit({ verb: 'qna.ask', query: 42 }, { serviceUrl: harness.serviceUrl, conversationId: 'a:forged', locale: 'en-US' }));
    await teams.waitFor(() => teams.sentTo('a:forged').length > before, 5_000, 'refusal');
    expect(String(teams.sentTo('a:forged')[before].activity.text)).toMatch(/could not read that suggestion/);
  });

  it('remembers the program of the conversation for a question that names none', async () => {
    harness.bot.clock.set('2024-04-20T10:00:00Z');
    await ask('Hvem er Instituttlederprogrammet for?', { conversationId: 'a:ctx' });
    await ask('Hva koster LEDPRO 2?', { conversationId: 'a:ctx' });
    const next = await ask('Når er neste samling?', { conversationId: 'a:ctx' });
    expect(next.seen).toMatch(/LEDPRO 2/);
    expect(next.seen).toMatch(/15\.–16\. mai 2024/);
  });

  it('says plainly what it does not know and points to the program\'s contact', async () => {
    const a = await ask('Kan jeg ha med hund på samlingene i LEDPRO?');
    expect(a.seen).toMatch(/står ikke i programdokumentene/);
    expect(a.seen).toMatch(/Kristin Larsen/);
    expect(a.seen).not.toMatch(/53\s000/);
  });

  it('asks for a question when the message is empty after the mention', async () => {
    const conversationId = '19:channel@thread.tacv2';
    const before = teams.sentTo(conversationId).length;
    await harness.bot.post({ ...message('<at>Lederbot</at>', { serviceUrl: harness.serviceUrl, conversationId, conversationType: 'channel' }),
      entities: [{ type: 'mention', text: '<at>Lederbot</at>', mentioned: { id: '28:lederbot', name: 'Lederbot' } }] });
    await teams.waitFor(() => teams.sentTo(conversationId).length > before, 5_000, 'prompt');
    expect(String(teams.sentTo(conversationId)[before].activity.text)).toMatch(/Skriv et spørsmål/);
  });
});
