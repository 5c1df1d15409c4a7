import { escapeCardText, renderCard } from '../../../adapters/teams/card-renderer';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { formatWhenWithTimes } from '../../../catalog/gathering-time';
import { formatInstant } from '../../../shared/oslo-time';
import type { GatheringView } from '../use-cases/my-gatherings.use-case';
import { card as t, confirm as c, status as s } from './bookings-messages';
import template from './cards/my-gatherings.json';
import confirmTemplate from './cards/cancel-confirm.json';

export interface Banner {
  readonly text: string;
  readonly style: 'good' | 'attention' | 'warning' | 'accent';
}

const labels = (lang: Lang): Record<string, string> => ({
  when: lang === 'nb' ? 'Når' : 'When', place: lang === 'nb' ? 'Sted' : 'Place', status: 'Status',
  cancel: pick(t.cancel, lang), book: pick(t.book, lang), rebook: pick(t.rebook, lang), join: pick(t.join, lang), subscribe: pick(t.subscribe, lang),
  agenda: pick(t.agenda, lang), deadline: pick(t.deadline, lang),
});

function placeText(v: GatheringView, lang: Lang): string {
  const place = v.gathering.place ? [v.gathering.place.name, v.gathering.place.city].filter(Boolean).join(', ') : '';
  if (v.gathering.mode === 'online') return pick(t.online, lang);
  if (v.gathering.mode === 'hybrid') return format(t.hybrid, lang, { place: place || '–' });
  return place || '–';
}

/**
 * "15. februar 2024 kl. 11:00 – 16. februar 2024 kl. 14:00", "15.–16. februar 2024 (klokkeslett er ikke
 * kunngjort)", "august 2021": never a raw "2021-08". Escaped: "1. desember" would start a markdown list.
 */
const whenText = (v: GatheringView, lang: Lang): string => escapeCardText(formatWhenWithTimes(v.gathering, lang));

/**
 * "Mine samlinger": each upcoming gathering with when, where and the person's status, and the buttons that
 * are allowed now. Button data names only the gathering; whose booking it is comes from the caller.
 */
export function myGatheringsCard(o: { views: readonly GatheringView[]; lang: Lang; cutoffHours: number; feedUrl?: string; banner?: Banner }): OutboundMessage {
  const { lang } = o;
  const items = o.views.map((v) => {
    const statusText = format(s[v.status], lang, { position: v.waitlistPosition ?? '?' });
    const optional = v.gathering.optional ? ` (${pick(t.optional, lang)})` : '';
    return {
      heading: `${escapeCardText(v.gathering.title[lang])}${optional}`,
      cohort: escapeCardText(v.cohortName[lang]),
      when: whenText(v, lang), place: escapeCardText(placeText(v, lang)), statusText,
      showAgenda: v.gathering.agenda !== undefined, agenda: escapeCardText(v.gathering.agenda?.[lang] ?? ''),
      // The deadline matters only while something can still be done before it.
      showDeadline: v.cutoffAt !== undefined && (v.canCancel || v.canBook || v.canRebook),
      deadline: v.cutoffAt ? escapeCardText(format(t.deadlineValue, lang, { at: formatInstant(v.cutoffAt, lang) })) : '',
      // Why a gathering shared with another cohort (LEDPRO 1 and 2) is an event of its own for each.
      showShared: v.gathering.sharedNote !== undefined, shared: escapeCardText(v.gathering.sharedNote?.[lang] ?? ''),
      showNote: v.window === 'closed', note: format(t.cutoff, lang, { hours: o.cutoffHours }),
      showCancel: v.canCancel, showBook: v.canBook, showRebook: v.canRebook, showJoin: v.joinUrl !== undefined, joinUrl: v.joinUrl ?? '',
      cohortId: v.cohortId, gatheringId: v.gathering.id,
    };
  });
  const data = {
    lang, labels: labels(lang), title: pick(t.title, lang), none: pick(t.none, lang), empty: items.length === 0, items,
    showBanner: o.banner !== undefined, banner: o.banner?.text ?? '', bannerStyle: o.banner?.style ?? 'accent',
    showFeed: o.feedUrl !== undefined, feedUrl: o.feedUrl ?? '',
  };
  // The message text is plain (notifications show it as it is): unescaped titles and times.
  const lines = o.views.map((v, i) => `${v.gathering.title[lang]}${v.gathering.optional ? ` (${pick(t.optional, lang)})` : ''} – ${formatWhenWithTimes(v.gathering, lang)} – ${items[i].statusText}`);
  const text = [o.banner?.text, pick(t.title, lang), ...(lines.length > 0 ? lines : [pick(t.none, lang)])].filter(Boolean).join('\n');
  return { text, card: renderCard(template, data) };
}

/**
 * What "Meld meg av" turns the card into (Action.Execute answers with a card that replaces it for the person):
 * which gathering, when, where and what it is about, what leaving means, and the way back; nothing changes
 * until "Ja, meld meg av", and "Nei" shows the list again.
 */
export function cancelConfirmCard(v: GatheringView, lang: Lang): OutboundMessage {
  const name = escapeCardText(v.gathering.title[lang]);
  const back = v.cutoffAt ? format(c.back, lang, { at: formatInstant(v.cutoffAt, lang) }) : pick(c.backNoDate, lang);
  const data = {
    lang, cohortId: v.cohortId, gatheringId: v.gathering.id,
    labels: { ...labels(lang), cohort: pick(c.cohort, lang), yes: pick(c.yes, lang), no: pick(c.no, lang) },
    title: format(c.title, lang, { gathering: name }),
    cohort: escapeCardText(v.cohortName[lang]), when: whenText(v, lang), place: escapeCardText(placeText(v, lang)),
    showAgenda: v.gathering.agenda !== undefined, agenda: escapeCardText(v.gathering.agenda?.[lang] ?? ''),
    consequence: pick(v.status === 'waitlisted' ? c.waitlisted : v.gathering.optional ? c.optional : c.required, lang),
    back: escapeCardText(back),
  };
  const text = [format(c.title, lang, { gathering: v.gathering.title[lang] }), formatWhenWithTimes(v.gathering, lang), back].join('\n');
  return { text, card: renderCard(confirmTemplate, data) };
}
