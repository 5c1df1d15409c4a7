import { message, user } from '../support/activities';
import { ConnectorEmulator } from '../support/connector-emulator';
import { startInProcessBot, type InProcessBot } from '../support/in-process-bot';
import { seenText } from '../support/qa-through-teams';

/**
 * A conversation's Q&A state as a person meets it: a follow-up leans on the last answer even after the bot
 * restarted (the state is in the store), "ny samtale" / "start over" forgets it, and so does a long pause.
 */
describe('Q&A conversation state through /api/messages', () => {
  const teams = new ConnectorEmulator();
  let serviceUrl: string;
  let bot: InProcessBot;
  let dataDir: string;

  beforeAll(async () => {
    serviceUrl = await teams.start();
    bot = await startInProcessBot();
    dataDir = bot.dataDir;
  });
  afterAll(async () => {
    await bot.stop();
    await teams.stop();
  });

  async function say(conversationId: string, text: string, locale = 'nb-NO'): Promise<string> {
    const before = teams.sentTo(conversationId).length;
    const r = await bot.post(message(text, { serviceUrl, from: user(900), conversationId, locale }));
    expect(r.status).toBe(200);
    await teams.waitFor(() => teams.sentTo(conversationId).length > before, 5_000, `reply to "${text}"`);
    return seenText(teams.sentTo(conversationId)[before]);
  }

  it('answers a follow-up from the stored state after a restart', async () => {
    bot.clock.set('2024-01-10T09:00:00Z');
    expect(await say('a:conv-restart', 'Hvor mange studiepoeng gir LEDPRO 1?')).toMatch(/30/);
    await bot.stop();
    bot = await startInProcessBot({ dataDir, now: '2024-01-10T09:01:00Z' });
    const reply = await say('a:conv-restart', 'enn del 2?');
    expect(reply).toMatch(/LEDPRO 2/);
    expect(reply).toMatch(/30/);
  });

  it('keeps each conversation apart: the same person in another chat starts fresh', async () => {
    bot.clock.set('2024-01-10T10:00:00Z');
    expect(await say('a:conv-one', 'Hva koster LEDPRO 1?')).toMatch(/53 000/);
    expect(await say('a:conv-one', 'enn del 2?')).toMatch(/53 000/);
    expect(await say('a:conv-two', 'enn del 2?')).not.toMatch(/53 000/);
  });

  it('forgets the topic on "ny samtale" and after a long pause, and says so kindly', async () => {
    bot.clock.set('2024-01-10T11:00:00Z');
    await say('a:conv-reset', 'Hva er søknadsfristen for LEDPRO del 1?');
    expect(await say('a:conv-reset', 'ny samtale')).toMatch(/begynner på nytt/);
    expect(await say('a:conv-reset', 'og del 2?')).not.toMatch(/15\. desember/);

    expect(await say('a:conv-pause', 'What does LEDPRO part 1 cost?', 'en-US')).toMatch(/53 000/);
    bot.clock.advance(3 * 3600 * 1000);
    expect(await say('a:conv-pause', 'and part 2?', 'en-US')).not.toMatch(/53 000/);
  });

  it('answers small talk in the language it was written in, without the conversation\'s program', async () => {
    bot.clock.set('2024-01-10T12:00:00Z');
    await say('a:conv-small', 'Hva koster LEDPRO?');
    const thanks = await say('a:conv-small', 'takk for hjelpen!');
    expect(thanks).toMatch(/Bare hyggelig/);
    expect(thanks).not.toMatch(/LEDPRO|står ikke/);
    expect(await say('a:conv-small', 'hello', 'nb-NO')).toMatch(/^Hello!/);
  });
});
