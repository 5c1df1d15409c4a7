import { escapeCardText, renderCard } from '../../../adapters/teams/card-renderer';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { formatWhen } from '../../../catalog/gathering-time';
import type { GatheringView } from '../use-cases/my-gatherings.use-case';
import { card as t, status as s } from './bookings-messages';
import template from './cards/my-gatherings.json';

export interface Banner {
  readonly text: string;
  readonly style: 'good' | 'attention' | 'warning' | 'accent';
}

const labels = (lang: Lang): Record<string, string> => ({
  when: lang === 'nb' ? 'Når' : 'When', place: lang === 'nb' ? 'Sted' : 'Place', status: 'Status',
  cancel: pick(t.cancel, lang), book: pick(t.book, lang), join: pick(t.join, lang), subscribe: pick(t.subscribe, lang),
});

function placeText(v: GatheringView, lang: Lang): string {
  const place = v.gathering.place ? [v.gathering.place.name, v.gathering.place.city].filter(Boolean).join(', ') : '';
  if (v.gathering.mode === 'online') return pick(t.online, lang);
  if (v.gathering.mode === 'hybrid') return format(t.hybrid, lang, { place: place || '–' });
  return place || '–';
}

/** "15.–16. februar 2024 (klokkeslett er ikke kunngjort)", "august 2021": never a raw "2021-08". */
const whenText = (v: GatheringView, lang: Lang): string => formatWhen(v.gathering, lang);

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
      // Why a gathering shared with another cohort (LEDPRO 1 and 2) is an event of its own for each.
      showShared: v.gathering.sharedNote !== undefined, shared: escapeCardText(v.gathering.sharedNote?.[lang] ?? ''),
      showNote: v.window === 'closed', note: format(t.cutoff, lang, { hours: o.cutoffHours }),
      showCancel: v.canCancel, showBook: v.canBook, showJoin: v.joinUrl !== undefined, joinUrl: v.joinUrl ?? '',
      cohortId: v.cohortId, gatheringId: v.gathering.id,
    };
  });
  const data = {
    lang, labels: labels(lang), title: pick(t.title, lang), none: pick(t.none, lang), empty: items.length === 0, items,
    showBanner: o.banner !== undefined, banner: o.banner?.text ?? '', bannerStyle: o.banner?.style ?? 'accent',
    showFeed: o.feedUrl !== undefined, feedUrl: o.feedUrl ?? '',
  };
  const lines = items.map((i) => `${i.heading} – ${i.when} – ${i.statusText}`);
  const text = [o.banner?.text, pick(t.title, lang), ...(lines.length > 0 ? lines : [pick(t.none, lang)])].filter(Boolean).join('\n');
  return { text, card: renderCard(template, data) };
}
