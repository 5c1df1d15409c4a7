import { escapeCardText, renderCard } from '../../../adapters/teams/card-renderer';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { formatLocalDate, toOsloLocal } from '../../../shared/oslo-time';
import type { CategorySummary } from '../domain/data-summary';
import { categoryNames, texts as t } from './privacy-messages';
import { PRIVACY_VERBS } from './privacy-verbs';
import eraseTemplate from './cards/erase-confirm.json';
import template from './cards/my-data.json';
import noticeTemplate from './cards/notice.json';

/** The Oslo date of an instant, Norwegian style in bokmål ("1. mars 2021"). */
const dateOf = (iso: string, lang: Lang): string => formatLocalDate(toOsloLocal(new Date(iso)), lang);

/** "3 stk., 1. mars 2021 – 4. april 2021": how many records of a category and from when (Oslo dates). */
export function categoryLines(summary: readonly CategorySummary[], lang: Lang): Array<{ name: string; value: string }> {
  return summary.map((s) => {
    const first = s.first ? dateOf(s.first, lang) : undefined;
    const last = s.last ? dateOf(s.last, lang) : undefined;
    const value = !first || !last ? format(t.count, lang, { count: s.count })
      : first === last ? format(t.single, lang, { count: s.count, first }) : format(t.span, lang, { count: s.count, first, last });
    return { name: pick(categoryNames[s.category], lang), value };
  });
}

/** "Mine data": what is kept, by category, and the signed download links. */
export function myDataCard(o: { summary: readonly CategorySummary[]; lang: Lang; jsonUrl: string; readableUrl: string; privacyUrl: string }): OutboundMessage {
  const { lang } = o;
  const categories = categoryLines(o.summary, lang);
  const data = {
    title: pick(t.title, lang),
    intro: pick(categories.length > 0 ? t.intro : t.nothing, lang),
    categories,
    note: pick(t.linkValid, lang),
    links: [
      { title: pick(t.downloadJson, lang), url: o.jsonUrl },
      { title: pick(t.downloadReadable, lang), url: o.readableUrl },
      { title: pick(t.privacyNotice, lang), url: o.privacyUrl },
    ],
  };
  const text = [data.title, data.intro, ...categories.map((c) => `• ${c.name}: ${c.value}`), o.jsonUrl].join('\n');
  return { text, card: renderCard(template, data) };
}

/** "Slett mine data": what will go, and the two buttons. The buttons name no person. */
export function eraseConfirmCard(o: { summary: readonly CategorySummary[]; lang: Lang; privacyUrl: string }): OutboundMessage {
  const { lang } = o;
  const data = {
    title: pick(t.eraseTitle, lang), intro: pick(t.eraseIntro, lang), categories: categoryLines(o.summary, lang),
    confirm: pick(t.eraseConfirm, lang), keep: pick(t.eraseKeep, lang), eraseVerb: PRIVACY_VERBS.erase, keepVerb: PRIVACY_VERBS.keep,
    lang, privacyTitle: pick(t.privacyNotice, lang), privacyUrl: o.privacyUrl,
  };
  return { text: `${data.title}\n${data.intro}`, card: renderCard(eraseTemplate, data) };
}

/** A one-line answer as a card (what an Action.Execute invoke replaces the confirmation card with). */
export function noticeCard(text: string): OutboundMessage {
  return { text, card: renderCard(noticeTemplate, { text: escapeCardText(text) }) };
}
