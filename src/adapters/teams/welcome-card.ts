import { format, pick, type Lang } from '../../shared/i18n';
import type { OutboundMessage } from '../../shared/messenger.port';
import { renderCard } from './card-renderer';
import { coreMessages as m } from './core-messages';
import { EVERYWHERE, type ConversationScope, type HelpEntry, type TeamsCapability } from './teams-capability';
import template from './cards/welcome.json';

export interface WelcomeCardData {
  title: string;
  intro: string;
  askAnything: string;
  commands: Array<{ command: string; description: string }>;
  quickActions: Array<{ title: string; value: string }>;
  links: Array<{ title: string; url: string }>;
}

/**
 * The welcome (on install) and help card: what the bot can do where it is, from every capability's help lines.
 * In a group chat or channel it lists only what works there, written with the @mention Teams needs there (the
 * bot hears nothing else), says that the rest happens 1:1, and has no quick buttons: an imBack there carries
 * no mention, so the bot would never hear it.
 */
export function welcomeMessage(lang: Lang, capabilities: readonly TeamsCapability[], kind: 'welcome' | 'help', where: ConversationScope = 'personal', botName = 'Lederbot'): OutboundMessage {
  const entries: HelpEntry[] = [
    ...capabilities.flatMap((c) => c.help),
    { command: m.languageCommand, description: m.languageDescription },
    { command: m.helpCommand, description: m.helpDescription, where: EVERYWHERE },
  ].filter((e) => (e.where ?? ['personal']).includes(where));
  const group = where !== 'personal';
  const mention = group ? `@${botName} ` : '';
  const data: WelcomeCardData = {
    title: pick(kind === 'welcome' ? m.welcomeTitle : m.helpTitle, lang),
    intro: group ? format(m.groupIntro, lang, { bot: botName }) : pick(m.welcomeIntro, lang),
    askAnything: group ? format(m.groupAsk, lang, { bot: botName }) : pick(m.askAnything, lang),
    commands: entries.map((e) => ({ command: `${mention}${pick(group && e.groupCommand ? e.groupCommand : e.command, lang)}`, description: pick(e.description, lang) })),
    quickActions: group ? [] : entries.slice(0, 3).map((e) => ({ title: pick(e.command, lang), value: pick(e.command, lang) })),
    links: capabilities.flatMap((c) => c.links ?? []).map((l) => ({ title: pick(l.title, lang), url: l.url(lang) })),
  };
  const text = [data.title, data.intro, ...data.commands.map((c) => `• ${c.command}: ${c.description}`), data.askAnything,
    ...data.links.map((l) => `${l.title}: ${l.url}`)].join('\n');
  return { text, card: renderCard(template, data) };
}
