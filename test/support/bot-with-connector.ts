import { ConnectorEmulator } from './connector-emulator';
import { startInProcessBot, type InProcessBot } from './in-process-bot';

/** The Bot Connector emulator and the bot in this process, for a suite that talks to the bot over /api/messages. */
export interface BotWithConnector {
  readonly teams: ConnectorEmulator;
  /** The running bot; read inside a test, after the suite has started it. */
  readonly bot: InProcessBot;
  /** The emulator's address, which activities name as their serviceUrl. */
  readonly serviceUrl: string;
}

/** Starts both before the suite's tests and stops them after; call it inside a `describe`. */
export function botWithConnector(): BotWithConnector {
  const teams = new ConnectorEmulator();
  let bot: InProcessBot | undefined;
  let serviceUrl: string | undefined;
  beforeAll(async () => {
    serviceUrl = await teams.start();
    bot = await startInProcessBot();
  });
  afterAll(async () => {
    await bot?.stop();
    await teams.stop();
  });
  return {
    teams,
    get bot(): InProcessBot {
      if (!bot) throw new Error('the bot is read before the suite started it');
      return bot;
    },
    get serviceUrl(): string {
      if (serviceUrl === undefined) throw new Error('the connector is read before the suite started it');
      return serviceUrl;
    },
  };
}
