import { pick } from '../../../shared/i18n';
import type { OutboundMessage } from '../../../shared/messenger.port';
import { renderCard } from '../../../adapters/teams/card-renderer';
import type { Answer } from '../domain/answer';
import { qnaMessages as m } from './qna-messages';
import { QNA_VERBS } from './qna-verbs';
import template from './cards/answer.json';

export interface AnswerCardData {
  answer: string;
  fallbackText: string;
  hasSources: boolean;
  sourceLabel: string;
  sourceText: string;
  hasContact: boolean;
  contactFacts: Array<{ title: string; value: string }>;
  followUps: Array<{ title: string; query: string; verb: string }>;
}

/**
 * "kr 53 000", "61 28 82 03": a card that wraps inside a number shows "kr 53" on one line and "000" on the next; a
 * non-breaking space between its digit groups (and after "kr", "NOK", "tlf.") keeps each number on one line (the
 * notification text is left as is).
 */
export const keepNumbersWhole = (text: string): string => text.replace(/(\d) (?=\d)/g, '$1\u00a0').replace(/\b(kr|NOK|tlf\.|phone) (?=\d)/g, '$1\u00a0');

/** The answer as a card (answer first, then contact and source, follow-ups as buttons) and as plain text. */
export function answerMessage(a: Answer): OutboundMessage {
  const sourceText = [...new Set(a.sources.map((s) => `${s.programName} – ${s.section}`))].join('; ');
  const contactFacts = a.contact ? [
    { title: pick(m.contact, a.lang), value: `${a.contact.name}, ${a.contact.role}` },
    ...(a.contact.email ? [{ title: pick(m.email, a.lang), value: a.contact.email }] : []),
    ...(a.contact.phones.length ? [{ title: pick(m.phone, a.lang), value: a.contact.phones.join(' / ') }] : []),
  ] : [];
  const text = sourceText ? `${a.text}\n\n${pick(m.source, a.lang)}: ${sourceText}` : a.text;
  const data: AnswerCardData = {
    answer: keepNumbersWhole(a.text),
    fallbackText: text,
    hasSources: sourceText.length > 0,
    sourceLabel: pick(m.source, a.lang),
    sourceText,
    // An answer that already names the contact's address in its text does not repeat it below.
    hasContact: contactFacts.length > 0 && (a.kind !== 'answer' || a.showContact === true) && !(a.contact?.email && a.text.includes(a.contact.email)),
    contactFacts,
    followUps: a.followUps.map((f) => ({ title: f.title, query: f.query, verb: QNA_VERBS.ask })),
  };
  return { text, card: renderCard(template, data) };
}
