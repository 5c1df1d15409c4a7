import { escapeCardText, renderCard } from '../../../adapters/teams/card-renderer';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { ConversationMember, ConversationRef, OutboundMessage } from '../../../shared/messenger.port';
import type { BaseGroup } from '../domain/base-group';
import { setup as t } from './checkins-messages';
import template from './cards/base-groups.json';

/** An unlinked conversation as the card shows it; `members` is undefined when Teams could not list them. */
export interface Candidate {
  readonly ref: ConversationRef;
  readonly members: readonly ConversationMember[] | undefined;
}

export interface BaseGroupsView {
  readonly cohortId: string;
  readonly cohortName: string;
  readonly groups: readonly BaseGroup[];
  readonly candidates: readonly Candidate[];
  readonly more: number;
  /** People the role data lets facilitate a group of the cohort: only they are offered as facilitators. */
  readonly mayFacilitate: ReadonlySet<string>;
  readonly banner?: { readonly text: string; readonly style: 'good' | 'attention' | 'warning' };
}

/** Input ids carry the row's position; the action data lists the conversations in the same order. */
export const nameInputId = (i: number): string => `name-${i}`;
export const facilitatorInputId = (i: number): string => `facilitator-${i}`;
/** The "(none)" choice: Adaptive Cards need a non-empty value for every choice. */
export const NO_FACILITATOR = 'none';

const NAMES_SHOWN = 4;

function describe(c: Candidate, lang: Lang, esc: (x: string) => string): string {
  if (!c.members) return pick(t.membersUnknown, lang);
  const names = c.members.map((m) => esc(m.name)).filter((n) => n.length > 0);
  const shown = names.slice(0, NAMES_SHOWN).join(', ') + (names.length > NAMES_SHOWN ? format(t.andMore, lang, { n: names.length - NAMES_SHOWN }) : '');
  return format(c.ref.conversationType === 'channel' ? t.channel : t.groupChat, lang, { names: shown });
}

/**
 * The coordinator's overview of a cohort's base groups, with a row per chat or channel waiting to be linked:
 * a name field and a facilitator picked from the people in it whom the role data names as facilitators or
 * coordinators of the cohort. Names are user text and are escaped.
 */
export function baseGroupsCard(v: BaseGroupsView, lang: Lang): OutboundMessage {
  // Only the names are user text: escaping our own words too would show their punctuation as escapes.
  const line = (g: BaseGroup, esc: (x: string) => string): string => format(t.groupLine, lang, {
    name: esc(g.name), members: g.members.length, facilitator: g.facilitator ? esc(g.facilitator.name) : pick(t.noFacilitator, lang),
  }) + (g.reachable ? '' : pick(t.unreachable, lang));
  const linked = v.groups.map((g) => ({ line: line(g, (x) => escapeCardText(x, 200)), color: g.reachable ? 'Default' : 'Attention' }));
  const unlinked = v.candidates.map((c, i) => ({
    title: describe(c, lang, (x) => escapeCardText(x, 200)),
    nameId: nameInputId(i),
    facilitatorId: facilitatorInputId(i),
    people: (c.members ?? []).filter((m) => m.aadObjectId && v.mayFacilitate.has(m.aadObjectId)).map((m) => ({ name: m.name || m.userId, aadObjectId: m.aadObjectId ?? '' })),
  }));
  const data = {
    lang, cohortId: v.cohortId, noFacilitator: NO_FACILITATOR,
    hasBanner: v.banner !== undefined, banner: escapeCardText(v.banner?.text ?? ''), bannerStyle: v.banner?.style ?? 'default',
    title: format(t.title, lang, { cohort: v.cohortName }),
    linkedHeading: format(t.linkedHeading, lang, { count: v.groups.length }),
    hasLinked: linked.length > 0, noneLinked: pick(t.noneLinked, lang), linked,
    unlinkedHeading: pick(t.unlinkedHeading, lang),
    unlinkedHint: pick(unlinked.length > 0 ? t.unlinkedHint : t.noUnlinked, lang),
    unlinked, hasUnlinked: unlinked.length > 0,
    conversations: v.candidates.map((c) => c.ref.conversationId),
    hasMore: v.more > 0, more: format(t.more, lang, { n: v.more }),
    labels: {
      name: pick(t.nameLabel, lang), placeholder: pick(t.namePlaceholder, lang), facilitator: pick(t.facilitatorLabel, lang),
      none: pick(t.none, lang), link: pick(t.link, lang),
    },
  };
  const lines = [
    v.banner?.text ?? '', data.title, data.linkedHeading,
    ...(linked.length > 0 ? v.groups.map((g) => `• ${line(g, (x) => x)}`) : [data.noneLinked]),
    data.unlinkedHeading, ...v.candidates.map((c) => `• ${describe(c, lang, (x) => x)}`),
  ];
  return { text: lines.filter((l) => l.length > 0).join('\n'), card: renderCard(template, data) };
}
