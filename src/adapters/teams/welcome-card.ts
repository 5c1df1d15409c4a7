import { pick, type Lang, type Text } from '../../shared/i18n';
import type { OutboundMessage } from '../../shared/messenger.port';
import { renderCard } from './card-renderer';
import { coreMessages as m } from './core-messages';
import type { TeamsCapability } from './teams-capability';
import template from './cards/welcome.json';

export interface WelcomeCardData {
  title: string;
  intro: string;
  askAnything: string;
  commands: Array<{ command: string; description: string }>;
  quickActions: Array<{ title: string; value: string }>;
  links: Array<{ title: string; url: string }>;
}

/** The welcome (on install) and help card: what the bot can do, from every capability's help lines. */
export function welcomeMessage(lang: Lang, capabilities: readonly TeamsCapability[], kind: 'welcome' | 'help'): OutboundMessage {
  const entries: Array<{ command: Text; description: Text }> = [
    ...capabilities.flatMap((c) => c.help),
    { command: m.helpCommand, description: m.helpDescription },
  ];
  const data: WelcomeCardData = {
    title: pick(kind === 'welcome' ? m.welcomeTitle : m.helpTitle, lang),
    intro: pick(m.welcomeIntro, lang),
    askAnything: pick(m.askAnything, lang),
    commands: entries.map((e) => ({ command: pick(e.command, lang), description: pick(e.description, lang) })),
    quickActions: entries.slice(0, 3).map((e) => ({ title: pick(e.command, lang), value: pick(e.command, lang) })),
    links: capabilities.flatMap((c) => c.links ?? []).map((l) => ({ title: pick(l.title, lang), url: l.url(lang) })),
  };
  const text = [data.title, data.intro, ...data.commands.map((c) => `• ${c.command}: ${c.description}`), data.askAnything,
    ...data.links.map((l) => `${l.title}: ${l.url}`)].join('\n');
  return { text, card: renderCard(template, data) };
}
