import { escapeCardText } from '../../../adapters/teams/card-renderer';
import { format, pick, type Lang, type Text } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { formatInstant } from '../../../shared/oslo-time';
import { isOpen, type Nomination, type Transition } from '../domain/nomination';
import type { CohortCatalog } from '../ports';
import { cohortName, personName } from './coordinator-card';
import { card as c, kindName, notice as m, statusName } from './nominations-messages';
import { noticeCard } from './notice-card';
import { VERBS } from './nominations-verbs';

const outcome: Partial<Record<Transition['action'], { self: Text; other: Text }>> = {
  approve: { self: m.approvedSelf, other: m.approvedOther },
  reject: { self: m.rejectedSelf, other: m.rejectedOther },
  waitlist: { self: m.waitlistedSelf, other: m.waitlistedOther },
};

/**
 * The 1:1 message a nominee or nominator gets about one transition, in the recipient's language. A nominee
 * told of a new nomination gets a button to decline it while it is open.
 */
export function personNotice(catalog: CohortCatalog, n: Nomination, t: Transition, role: 'nominee' | 'nominator', lang: Lang): OutboundMessage {
  const esc = (s: string): string => escapeCardText(s);
  const params = {
    cohort: esc(cohortName(catalog, n.cohortId, lang)),
    nominee: esc(personName(n.nominee.name, lang)),
    nominator: esc(personName(n.nominator.name, lang)),
  };
  if (t.action === 'submit') {
    return noticeCard({
      title: format(m.nominatedTitle, lang, params),
      lines: [format(m.nominated, lang, params)],
      ...(isOpen(n.status) ? { action: { title: pick(m.decline, lang), verb: VERBS.decline, nominationId: n.id, rev: n.rev, lang } } : {}),
    });
  }
  const when = esc(formatInstant(new Date(t.at), lang));
  const lines: string[] = [];
  const texts = outcome[t.action];
  if (texts) lines.push(format(role === 'nominee' ? texts.self : texts.other, lang, params));
  else if (t.action === 'decline') lines.push(format(m.declined, lang, params));
  else lines.push(format(m.withdrawn, lang, params));
  lines.push(when);
  if (t.reason) lines.push(format(c.reason, lang, { reason: esc(t.reason) }));
  return noticeCard({
    title: format(m.title, lang, { kind: pick(kindName[n.kind], lang), cohort: params.cohort, status: pick(statusName[t.to], lang) }),
    lines,
  });
}
