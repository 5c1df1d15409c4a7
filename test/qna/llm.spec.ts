import { message, user } from '../support/activities';
import { ConnectorEmulator } from '../support/connector-emulator';
import { startBot, type BotProcess } from '../support/bot-process';
import { OpenAiFake } from '../support/openai-fake';

/** The optional Azure OpenAI path, against a loopback OpenAI-compatible server. */
describe('grounded answers through teams-ai with Azure OpenAI settings', () => {
  const openai = new OpenAiFake();
  const teams = new ConnectorEmulator();
  let bot: BotProcess;
  let serviceUrl: string;
  let n = 0;

  beforeAll(async () => {
    await openai.start();
    serviceUrl = await teams.start();
    // The real process, trusting the fake's certificate as it would trust Azure's.
    bot = await startBot({
      AZURE_OPENAI_ENDPOINT: openai.endpoint, AZURE_OPENAI_API_KEY: 'test-key-not-secret-0123', AZURE_OPENAI_DEPLOYMENT: 'gpt-4o',
      NODE_EXTRA_CA_CERTS: openai.certFile,
    });
  });
  afterAll(async () => {
    await bot.stop();
    await teams.stop();
    await openai.stop();
  });

  const ask = async (text: string): Promise<string> => {
    n += 1;
    const conversationId = `a:llm-${n}`;
    await bot.post(message(text, { serviceUrl, from: user(700 + n), conversationId }));
    // A slow model call shows the user a typing indicator first; the answer is the message.
    const answer = () => teams.sentTo(conversationId).find((r) => r.activity.type === 'message');
    await teams.waitFor(() => answer() !== undefined, 10_000, 'answer');
    return JSON.stringify(answer()?.activity);
  };

  it('uses the model\'s wording when it keeps to the facts, with the facts and sources from retrieval', async () => {
    openai.mode = { kind: 'answer', reply: () => 'Deltakeravgiften for LEDPRO er 53 000 kroner, og semesteravgiften er 888 kroner.' };
    const seen = await ask('Hva koster LEDPRO?');
    expect(seen).toContain('Deltakeravgiften for LEDPRO er 53 000 kroner');
    expect(seen).toMatch(/Kilde: .*Kostnader/);
    const prompt = JSON.stringify(openai.requests[openai.requests.length - 1].body.messages);
    expect(prompt).toContain('53 000');
    expect(prompt).toContain('Hva koster LEDPRO?');
    expect(openai.requests[openai.requests.length - 1].path).toMatch(/\/openai\/deployments\/gpt-4o\/chat\/completions/);
    // The log line is written after the reply is sent: under load it may reach the output a moment later.
    await teams.waitFor(() => /"model":"used"/.test(bot.output()), 10_000, 'the model-used log line');
    expect(bot.output()).not.toContain('test-key-not-secret-0123');
    expect(bot.output()).toMatch(/"model":"used"/);
  });

  it.each([
    ['throttled (429)', { kind: 'status', status: 429, retryAfter: 10 } as const],
    ['failing (500)', { kind: 'status', status: 500 } as const],
    ['inventing a number', { kind: 'answer', reply: () => 'LEDPRO koster 45 000 kroner.' } as const],
    ['unsure', { kind: 'answer', reply: () => 'UKJENT' } as const],
  ])('keeps the local answer when the model is %s', async (_name, mode) => {
    openai.mode = mode;
    const seen = await ask('Hva koster LEDPRO?');
    expect(seen).toContain('Deltakeravgiften er kr 53 000');
    expect(seen).not.toContain('45 000');
  });

  it('keeps the local answer when the model does not answer in time', async () => {
    openai.mode = { kind: 'hang' };
    const seen = await ask('Where is LEDPRO held?');
    expect(seen).toContain('All gatherings are held at Wood Hotel');
  });

  it('never asks the model to guess what the documents do not say', async () => {
    const before = openai.requests.length;
    openai.mode = { kind: 'answer', reply: () => 'Mentorprogrammet koster 10 000 kroner.' };
    const seen = await ask('Hva koster Mentorprogrammet?');
    expect(seen).toMatch(/står ikke i programdokumentene/);
    expect(openai.requests.length).toBe(before);
  });
});
