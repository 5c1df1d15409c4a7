import { renderCard } from '../../../adapters/teams/card-renderer';
import type { OutboundMessage } from '../../../shared/messenger.port';
import type { Banner } from './coordinator-card';
import template from './cards/notice-card.json';
import type { NominationVerb } from './nominations-verbs';

export interface NoticeOptions {
  readonly title: string;
  /** Already escaped where they carry user text. */
  readonly lines: readonly string[];
  readonly banner?: Banner;
  readonly action?: { readonly title: string; readonly verb: NominationVerb; readonly nominationId: string; readonly rev: number; readonly lang: 'nb' | 'en' };
  /** Plain text for notifications and clients without cards; defaults to title and lines. */
  readonly text?: string;
}

/** A short card: a title, a few lines, optionally one button (decline, withdraw). */
export function noticeCard(o: NoticeOptions): OutboundMessage {
  const data = {
    showBanner: o.banner !== undefined,
    banner: o.banner?.text ?? '',
    bannerStyle: o.banner?.style ?? 'accent',
    title: o.title,
    lines: o.lines.map((text) => ({ text })),
    showAction: o.action !== undefined,
    actionTitle: o.action?.title ?? '',
    actionVerb: o.action?.verb ?? '',
    nominationId: o.action?.nominationId ?? '',
    rev: o.action?.rev ?? 0,
    lang: o.action?.lang ?? '',
  };
  return { text: o.text ?? [o.banner?.text, o.title, ...o.lines].filter(Boolean).join('\n'), card: renderCard(template, data) };
}
