import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Lang } from '../../shared/i18n';
import { keepTurnLang } from './turn';

export type CommandRun = (context: TurnContext, lang: Lang, match: RegExpExecArray) => Promise<void>;

/**
 * Registers whole-message text commands on the app. Each pattern's first group is the command word(s): people
 * type a command in the language they read, so the reply is in bokmål when that group matches `bokmal`, else
 * in English. Other groups are the command's arguments.
 */
export function textCommands(app: Application<TurnState>, bokmal: RegExp): (pattern: string, run: CommandRun) => void {
  return (pattern, run) => {
    const re = new RegExp(`^\\s*${pattern}\\s*$`, 'i');
    app.message(re, async (context) => {
      const match = re.exec(String(context.activity.text ?? ''));
      if (!match) return;
      const lang = bokmal.test(match[1]) ? 'nb' : 'en';
      await keepTurnLang(context, lang);
      await run(context, lang, match);
    });
  };
}
