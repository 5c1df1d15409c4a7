import { escapeCardText, renderCard } from '../../../adapters/teams/card-renderer';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { formatInstant } from '../../../shared/oslo-time';
import { isOpen, REASON_MAX, type Nomination, type NominationStatus } from '../domain/nomination';
import type { CohortCatalog } from '../ports';
import template from './cards/coordinator-card.json';
import { card as m, degreeName, statusName, trackName } from './nominations-messages';

/** Teams shows per-user views (refresh) to at most 60 listed users. */
export const MAX_REFRESH_USERS = 60;

export type BannerStyle = 'attention' | 'warning' | 'good' | 'accent';
export interface Banner { readonly text: string; readonly style: BannerStyle }

export interface CoordinatorCardData {
  nominationId: string;
  rev: number;
  lang: Lang;
  refreshTitle: string;
  userIds: string[];
  showBanner: boolean;
  banner: string;
  bannerStyle: BannerStyle;
  title: string;
  statusText: string;
  statusColor: 'Accent' | 'Good' | 'Warning' | 'Attention' | 'Default';
  showConflict: boolean;
  conflict: string;
  facts: Array<{ title: string; value: string }>;
  justificationLabel: string;
  justification: string;
  showDecision: boolean;
  decision: string;
  showReason: boolean;
  reason: string;
  showActions: boolean;
  showWaitlist: boolean;
  approveTitle: string;
  waitlistTitle: string;
  rejectTitle: string;
  rejectConfirmTitle: string;
  reasonLabel: string;
  reasonError: string;
  reasonMax: number;
}

const colors: Record<NominationStatus, CoordinatorCardData['statusColor']> = {
  pending: 'Accent', waitlisted: 'Warning', approved: 'Good', rejected: 'Attention', declined: 'Default', withdrawn: 'Default',
};

export const cohortName = (catalog: CohortCatalog, cohortId: string, lang: Lang): string => {
  const c = catalog.find(cohortId)?.cohort;
  return c ? pick(c.name, lang) : cohortId;
};

export const personName = (name: string, lang: Lang): string => (name.trim() ? name : pick(m.unknownName, lang));

export interface CoordinatorCardOptions {
  readonly lang: Lang;
  /** Approve / waitlist / reject buttons while the nomination is open (coordinators, and the shared post). */
  readonly withActions: boolean;
  readonly banner?: Banner;
  /**
   * The nominee coordinates the cohort: they may not decide it, another coordinator must (the card says so,
   * the use case enforces it).
   */
  readonly nomineeCoordinates?: boolean;
  /** Teams user ids (29:...) of the cohort's coordinators, for their per-user refresh. */
  readonly refreshUserIds: readonly string[];
}

/**
 * The coordinators' card of one nomination: who, to what, why, the admission answers, the current state and,
 * once decided, who decided, when (Oslo time) and why. Everything a user typed is escaped.
 */
export function coordinatorCard(catalog: CohortCatalog, n: Nomination, o: CoordinatorCardOptions): OutboundMessage {
  const { lang } = o;
  const esc = (s: string): string => escapeCardText(s);
  const nominee = personName(n.nominee.name, lang);
  const facts: Array<{ title: string; value: string }> = [{ title: pick(m.cohort, lang), value: esc(cohortName(catalog, n.cohortId, lang)) }];
  if (n.kind === 'nomination') facts.push({ title: pick(m.nominatedBy, lang), value: esc(personName(n.nominator.name, lang)) });
  facts.push({ title: pick(m.submitted, lang), value: esc(formatInstant(new Date(n.submittedAt), lang)) });
  if (n.answers.degree) facts.push({ title: pick(m.education, lang), value: esc(pick(degreeName[n.answers.degree], lang)) });
  facts.push({ title: pick(m.admission, lang), value: esc(pick(trackName[n.track], lang)) });
  if (n.answers.completedPrerequisites.length > 0) {
    const names = n.answers.completedPrerequisites.map((id) => { const p = catalog.program(id); return p ? pick(p.name, lang) : id; });
    facts.push({ title: pick(m.prerequisites, lang), value: esc(names.join(', ')) });
  }
  const changed = n.last.action !== 'submit';
  const status = pick(statusName[n.status], lang);
  const open = isOpen(n.status);
  const data: CoordinatorCardData = {
    nominationId: n.id,
    rev: n.rev,
    lang,
    refreshTitle: pick(m.refresh, lang),
    userIds: o.refreshUserIds.slice(0, MAX_REFRESH_USERS),
    showBanner: o.banner !== undefined,
    banner: o.banner?.text ?? '',
    bannerStyle: o.banner?.style ?? 'accent',
    title: esc(format(n.kind === 'nomination' ? m.titleNomination : m.titleApplication, lang, { nominee })),
    statusText: status,
    statusColor: colors[n.status],
    showConflict: o.nomineeCoordinates === true && open,
    conflict: o.nomineeCoordinates === true && open
      ? esc(format(n.kind === 'application' ? m.conflictApplication : m.conflictNomination, lang, { nominee })) : '',
    facts,
    justificationLabel: pick(m.justification, lang),
    justification: esc(n.justification),
    showDecision: changed,
    decision: changed ? esc(format(m.decided, lang, {
      status: pick(statusName[n.last.to], lang), by: personName(n.last.by.name, lang), at: formatInstant(new Date(n.last.at), lang),
    })) : '',
    showReason: changed && n.last.reason !== undefined,
    reason: n.last.reason ? format(m.reason, lang, { reason: esc(n.last.reason) }) : '',
    showActions: o.withActions && open,
    showWaitlist: o.withActions && n.status === 'pending',
    approveTitle: pick(m.approve, lang),
    waitlistTitle: pick(m.waitlist, lang),
    rejectTitle: pick(m.reject, lang),
    rejectConfirmTitle: pick(m.rejectConfirm, lang),
    reasonLabel: pick(m.rejectReason, lang),
    reasonError: pick(m.rejectReasonError, lang),
    reasonMax: REASON_MAX,
  };
  const text = `${format(n.kind === 'nomination' ? m.titleNomination : m.titleApplication, lang, { nominee })}: ${status}`;
  return { text, card: renderCard(template, data) };
}
