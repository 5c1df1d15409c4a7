import { escapeCardText, renderCard } from '../../../adapters/teams/card-renderer';
import { format, pick, type Lang } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { formatInstant } from '../../../shared/oslo-time';
import { isMember } from '../domain/base-group';
import type { Answer } from '../domain/checkin-answer';
import type { CheckinPrompt } from '../domain/checkin-schedule';
import { isOpen } from '../domain/checkin-schedule';
import { visibleAnswers } from '../domain/digest';
import { card as t } from './checkins-messages';
import type { RoundView } from './checkins-env';
import { MAX_REFRESH_USERS } from './checkins-env';
import template from './cards/checkin.json';
import noticeTemplate from './cards/notice.json';

export interface Banner {
  readonly text: string;
  readonly style: 'good' | 'attention' | 'warning' | 'accent';
}

export interface CheckinCardOptions {
  readonly lang: Lang;
  readonly now: Date;
  /** Teams user ids (29:...) who get their own view through refresh. */
  readonly refreshUserIds: readonly string[];
  /** Entra id of the person the card is rendered for; absent for the shared view posted in the group. */
  readonly viewer?: string;
  /** The viewer may read other members' answers here (card-access.use-case); off by default: the shared view, 1:1 chats. */
  readonly othersVisible?: boolean;
  readonly banner?: Banner;
}

/** "Startet, Gjennomført" style line of an answer's choices, with the prompt's titles in the card's language. */
function choiceLine(prompt: CheckinPrompt, choices: Readonly<Record<string, string>>, lang: Lang): string {
  return prompt.choices.flatMap((q) => {
    const o = q.options.find((x) => x.value === choices[q.id]);
    return o ? [`${pick(q.question, lang)}: ${pick(o.title, lang)}`] : [];
  }).join('\n');
}

/** Members (not people who left) who have answered, for "N av M har svart". */
export const answeredCount = (v: RoundView): number => v.group.members.filter((m) => v.answers.some((a) => a.aadObjectId === m.aadObjectId)).length;

export const roundTitle = (v: Pick<RoundView, 'round'>, lang: Lang): string => format(t.title, lang, { n: v.round.afterGathering });

/**
 * The check-in card of a round in a group. One template gives the shared view (posted in the group: empty
 * inputs, nobody's answer) and a member's own view (their answer prefilled and editable until the deadline,
 * read-only after). Other members' answers appear only for a reader allowed them (`othersVisible`, from the
 * group's own conversation) and only where `visibleAnswers` allows it, so nobody's answer is shaped by the
 * others' before the digest unless the program wants that. The digest card is where answers are shown to all.
 */
export function checkinCard(v: RoundView, o: CheckinCardOptions): OutboundMessage {
  const { lang, now, round, group } = { ...o, ...v };
  const member = o.viewer !== undefined && isMember(group, o.viewer);
  const own: Answer | undefined = member ? v.answers.find((a) => a.aadObjectId === o.viewer) : undefined;
  const closed = v.state.status === 'closed' || now.getTime() >= round.digestAt.getTime();
  const open = !closed && v.state.status === 'posted' && isOpen(round, now);
  // A non-member sees the shared view: answering from it is refused by the use case with a clear banner.
  const editable = open;
  const shown = o.othersVisible === true && o.viewer !== undefined
    ? visibleAnswers(o.viewer, v.answers, v.share, now, round.digestAt).filter((a) => a.aadObjectId !== o.viewer)
    : [];
  const others = shown.map((a) => {
      const choices = choiceLine(round.prompt, a.choices, lang);
    return { name: escapeCardText(a.name), text: escapeCardText(a.text, 4000), hasText: a.text.length > 0, choices, hasChoices: choices.length > 0 };
  });
  const progress = format(t.progress, lang, { answered: answeredCount(v), members: group.members.length });
  const note = closed ? pick(t.closed, lang)
    : !open ? format(t.notOpen, lang, { at: formatInstant(round.postAt, lang) })
    : own ? pick(t.editableUntil, lang) : '';
  const ownChoices = own ? choiceLine(round.prompt, own.choices, lang) : '';
  const data = {
    lang, groupId: group.id, roundId: round.id,
    refreshTitle: pick(t.refresh, lang), userIds: o.refreshUserIds.slice(0, MAX_REFRESH_USERS),
    showBanner: o.banner !== undefined, banner: o.banner?.text ?? '', bannerStyle: o.banner?.style ?? 'accent',
    title: roundTitle(v, lang), groupName: escapeCardText(group.name), prompt: pick(round.prompt.text, lang),
    deadline: formatInstant(round.digestAt, lang), progress,
    showNote: note.length > 0, note,
    // While editable the own answer sits in the inputs; shown as text only once it can no longer change.
    showOwn: own !== undefined && !editable, ownShown: escapeCardText(own?.text ?? '', 4000), ownHasText: (own?.text ?? '') !== '',
    ownChoices, ownHasChoices: ownChoices.length > 0,
    editable, ownText: own?.text ?? '',
    questions: round.prompt.choices.map((q) => ({
      id: q.id, question: pick(q.question, lang), selected: own?.choices[q.id] ?? '',
      options: q.options.map((x) => ({ title: pick(x.title, lang), value: x.value })),
    })),
    showOthers: others.length > 0, others,
    labels: {
      deadline: pick(t.deadline, lang), answers: pick(t.answeredLabel, lang), yours: pick(t.yours, lang), others: pick(t.others, lang),
      text: pick(t.textLabel, lang), placeholder: pick(t.placeholder, lang), submit: pick(own ? t.update : t.submit, lang),
    },
  };
  const lines = [o.banner?.text, data.title, group.name, data.prompt, `${data.labels.deadline}: ${data.deadline}`, progress, note];
  if (own) lines.push(`${data.labels.yours}: ${own.text}`, ownChoices);
  for (const a of shown) lines.push(`${a.name}: ${a.text}`);
  return { text: lines.filter((l): l is string => typeof l === 'string' && l.length > 0).join('\n'), card: renderCard(template, data) };
}

/** A problem without a round to show (unreadable action, unknown group): only the banner. */
export function noticeCard(text: string): OutboundMessage {
  return { text, card: renderCard(noticeTemplate, { text }) };
}
