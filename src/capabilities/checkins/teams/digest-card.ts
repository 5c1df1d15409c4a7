import { escapeCardText, renderCard } from '../../../adapters/teams/card-renderer';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import type { Digest } from '../domain/digest';
import { digestText as t } from './checkins-messages';
import template from './cards/digest.json';

/**
 * The digest of a round: who answered what and who did not. The same card goes to the group and, with a line
 * saying why they get it, to the facilitator's 1:1 chat. Names and answers are user text and are escaped.
 */
export function digestCard(d: Digest, o: { lang: Lang; forFacilitator?: boolean }): OutboundMessage {
  const { lang } = o;
  const answered = d.answered.map((a) => {
    const choices = a.choices.map((c) => `${pick(c.question, lang)}: ${pick(c.title, lang)}`).join('\n');
    return { name: escapeCardText(a.name), text: escapeCardText(a.text, 4000), hasText: a.text.length > 0, choices, hasChoices: choices.length > 0 };
  });
  const missingNames = d.missing.map((m) => m.name).join(', ');
  const intro = o.forFacilitator ? format(t.facilitator, lang, { group: d.groupName }) : '';
  const data = {
    showIntro: intro.length > 0, intro: escapeCardText(intro),
    title: format(t.title, lang, { n: d.afterGathering }), groupName: escapeCardText(d.groupName), prompt: pick(d.prompt, lang),
    counts: format(t.counts, lang, { answered: d.counts.answered, members: d.counts.members }),
    empty: answered.length === 0, none: pick(t.none, lang), answered,
    hasMissing: d.missing.length > 0, missing: escapeCardText(format(t.missing, lang, { names: missingNames })),
  };
  const lines = [intro, data.title, d.groupName, data.prompt, data.counts, ...d.answered.map((a) => `${a.name}: ${a.text}`)];
  if (d.missing.length > 0) lines.push(format(t.missing, lang, { names: missingNames }));
  return { text: lines.filter((l) => l.length > 0).join('\n'), card: renderCard(template, data) };
}
