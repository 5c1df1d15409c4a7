import { escapeCardText, renderCard } from '../../../adapters/teams/card-renderer';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { formatInstant } from '../../../shared/oslo-time';
import { isOpen, type Nomination } from '../domain/nomination';
import type { CohortCatalog } from '../ports';
import type { Banner } from './coordinator-card';
import { cohortName, personName } from './coordinator-card';
import template from './cards/nomination-list.json';
import { kindName, lists as m, notice, statusName } from './nominations-messages';
import { VERBS } from './nominations-verbs';

/**
 * "My nominations": each with its state and, while open, the button the viewer may use (withdraw for the
 * nominator or applicant, decline for a nominee).
 */
export function myNominationsCard(catalog: CohortCatalog, o: {
  lang: Lang; viewer: string; items: readonly Nomination[]; total: number; banner?: Banner;
}): OutboundMessage {
  const { lang } = o;
  const esc = (s: string): string => escapeCardText(s);
  const items = o.items.map((n) => {
    const mineToWithdraw = n.nominator.aadObjectId === o.viewer;
    const verb = mineToWithdraw ? VERBS.withdraw : VERBS.decline;
    return {
      heading: n.kind === 'nomination'
        ? esc(format(m.itemPeople, lang, { nominee: personName(n.nominee.name, lang), nominator: personName(n.nominator.name, lang) }))
        : esc(personName(n.nominee.name, lang)),
      detail: esc(`${format(m.item, lang, {
        kind: pick(kindName[n.kind], lang), cohort: cohortName(catalog, n.cohortId, lang), status: pick(statusName[n.status], lang),
      })} · ${formatInstant(new Date(n.submittedAt), lang)}`),
      showAction: isOpen(n.status),
      actionTitle: pick(mineToWithdraw ? notice.withdraw : notice.decline, lang),
      actionVerb: verb,
      nominationId: n.id,
      rev: n.rev,
    };
  });
  const data = {
    showBanner: o.banner !== undefined,
    banner: o.banner?.text ?? '',
    bannerStyle: o.banner?.style ?? 'accent',
    title: pick(m.mineTitle, lang),
    lang,
    showEmpty: items.length === 0,
    empty: pick(m.mineEmpty, lang),
    items,
    showMore: o.total > items.length,
    more: format(m.more, lang, { shown: items.length, total: o.total }),
  };
  const text = [data.title, ...items.map((i) => `${i.heading}: ${i.detail}`)].join('\n');
  return { text, card: renderCard(template, data) };
}
