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
    answer: a.text,
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
