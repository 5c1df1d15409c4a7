import { keptValue } from '../../../shared/kept-value';
import type { Contact, Fact, FactTopic, Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { uniqueSources, type Answer, type AnswerContact, type AnswerSource, type FollowUp } from './answer';
import { joinNames, shortName } from './date-answers';
import type { Intent } from './question-intent';
import type { CatalogRetriever } from './retrieval';
import { suggestedQuestions } from './suggested-questions';
import { ALSO_ANSWERS } from './fact-answer-rules';
import { borrowedLine, type BorrowedFigure } from './borrowed-figures';

export const sourceOf = (p: Program, f: Fact | undefined, lang: Lang): AnswerSource => ({
  programId: p.id, programName: p.name[lang], section: f ? f.section[lang] : (lang === 'nb' ? 'Når?' : 'When?'), document: p.source.title,
});

/** An "unknown" reply split into its refusal ("Det står ikke i …, så det kan jeg ikke svare sikkert på.") and whom to ask. */
export const refusalAndWhom = (text: string): { refusal: string; whom: string } => {
  const first = /^[^.]*\.\s*/.exec(text)?.[0] ?? text;
  return { refusal: first.trim(), whom: text.slice(first.length) };
};

const contactLine = (c: AnswerContact, lang: Lang): string =>
  `${c.name} (${c.role.toLowerCase()})${c.email ? `, ${c.email}` : ''}${c.phones.length ? `, ${lang === 'nb' ? 'tlf.' : 'phone'} ${c.phones.join(' / ')}` : ''}`;

/** Whether a program tells of a topic, per program and topic: every answer's buttons ask it of up to nine topics. */
const topicsHad = new WeakMap<Program, Map<FactTopic, boolean>>();
function programHas(p: Program, topic: FactTopic): boolean {
  return keptValue(keptValue(topicsHad, p, () => new Map<FactTopic, boolean>()), topic, (t) => topicOfProgram(p, t));
}

function topicOfProgram(p: Program, topic: FactTopic): boolean {
  if (topic === 'contacts') return p.contacts.length > 0;
  if ((topic === 'dates' || topic === 'place') && p.cohorts.some((c) => c.gatherings.some((g) => (topic === 'dates' ? (g.start ?? g.firstDay) : g.place)))) return true;
  const accepted = [topic, ...(ALSO_ANSWERS[topic] ?? [])];
  return p.facts.some((f) => accepted.includes(f.topic));
}

/**
 * The shapes every reply takes: an answer with its sources and follow-ups, a contact, or "the documents do not say"
 * with the right program's contact. Kept apart from finding the facts (`FactAnswers`), which builds on them.
 */
export class AnswerShapes {
  constructor(protected readonly retriever: CatalogRetriever) {}

  hasTopic(programs: readonly Program[], topic: FactTopic): boolean {
    return programs.some((p) => programHas(p, topic));
  }

  protected pickContact(programs: readonly Program[], concern: Intent['concern'], lang: Lang): AnswerContact | undefined {
    const all: Contact[] = programs.flatMap((p) => p.contacts);
    const c = all.find((x) => concern && x.concerns.includes(concern)) ?? all.find((x) => x.concerns.includes('practical')) ?? all[0];
    return c ? { name: c.name, role: c.role[lang], email: c.email, phones: c.phones } : undefined;
  }

  protected contactAnswer(lang: Lang, contact: AnswerContact, programs: readonly Program[], intent: Intent): Answer {
    const withContacts = programs.filter((p) => p.contacts.length > 0);
    const names = joinNames([...new Set(withContacts.map((p) => shortName(p, lang)))], lang);
    const about = intent.concern === 'academic' ? { nb: 'Faglige spørsmål om', en: 'Academic questions about' }
      : intent.concern === 'practical' ? { nb: 'Praktiske spørsmål om', en: 'Practical questions about' } : { nb: 'Kontakt for', en: 'Contact for' };
    const text = `${about[lang]} ${names}: ${contactLine(contact, lang)}.`;
    const fact = (p: Program): Fact | undefined => p.facts.find((f) => f.topic === 'contacts');
    return { ...this.answer(lang, text, withContacts.map((p) => sourceOf(p, fact(p), lang)), withContacts, intent), contact };
  }

  /**
   * "Instituttlederprogrammet gir vel 30 studiepoeng?": the program's documents do not say, and the figure claimed is
   * another program's. Said plainly, with the sentence that gives it, so the mix-up is cleared.
   */
  borrowedAnswer(lang: Lang, b: BorrowedFigure, unknown: Answer, programs: readonly Program[], intent: Intent, way?: { p: Program; f: Fact }): Answer {
    const asked = joinNames([...new Set(programs.map((p) => p.name[lang]))].slice(0, 3), lang);
    const none = lang === 'nb' ? `Det står ikke i programdokumentene for ${asked}.` : `The programme documents for ${asked} do not say.`;
    // A program one is nominated to ("fakultetene nominerer deltakere") has no deadline to borrow: the way in is said.
    const wayIn = way ? ` ${way.f.text[lang]}` : '';
    const correction = borrowedLine(lang, b, asked);
    const contact = refusalAndWhom(unknown.text).whom;
    const sources = [...(way ? [sourceOf(way.p, way.f, lang)] : []), sourceOf(b.p, b.f, lang)];
    const facts = [...(way ? [`${way.p.id}/${way.f.id}`] : []), `${b.p.id}/${b.f.id}`];
    return { ...this.answer(lang, `${none}${wayIn} ${correction}${contact ? ` ${contact}` : ''}`, sources, programs, intent, facts), contact: unknown.contact };
  }

  unknown(lang: Lang, scope: readonly Program[], about: readonly Program[], intent: Intent): Answer {
    const focus = about.length > 0 ? about : scope;
    const contact = this.pickContact(focus, intent.concern, lang);
    const names = joinNames([...new Set(focus.map((p) => p.name[lang]))].slice(0, 3), lang);
    const providers = [...new Set(focus.map((p) => p.provider))];
    let text = lang === 'nb'
      ? `Det står ikke i programdokumentene${names ? ` for ${names}` : ''}, så det kan jeg ikke svare sikkert på.`
      : `The programme documents${names ? ` for ${names}` : ''} do not say, so I cannot answer that reliably.`;
    if (contact) text += lang === 'nb' ? ` Spør gjerne ${contactLine(contact, lang)}.` : ` Please ask ${contactLine(contact, lang)}.`;
    else if (providers.length > 0) text += lang === 'nb' ? ` Dokumentet oppgir ingen kontaktperson; ta kontakt med ${joinNames(providers, lang)}.` : ` The document names no contact person; please contact ${joinNames(providers, lang)}.`;
    else text += lang === 'nb' ? ` Jeg kjenner disse programmene: ${this.programList(lang)}.` : ` I know these programmes: ${this.programList(lang)}.`;
    return { kind: 'unknown', lang, text, sources: [], followUps: this.followUps(lang, focus, intent), contact, programIds: focus.map((p) => p.id) };
  }

  private programList(lang: Lang): string {
    return joinNames(this.retriever.catalog.programs.filter((p) => p.cohorts.length > 0).map((p) => shortName(p, lang)), lang);
  }

  /** Facts found by their own words (newcomers, where the weight lies, a pair of pillars): each fact a paragraph. */
  ofFacts(lang: Lang, xs: readonly { p: Program; f: Fact }[], intent: Intent, programs: readonly Program[] = [...new Set(xs.map((x) => x.p))]): Answer {
    return this.answer(lang, xs.map((x) => x.f.text[lang]).join('\n\n'), xs.map((x) => sourceOf(x.p, x.f, lang)), programs, intent, xs.map((x) => `${x.p.id}/${x.f.id}`));
  }

  answer(lang: Lang, text: string, sources: AnswerSource[], programs: readonly Program[], intent: Intent, facts?: string[]): Answer {
    const unique = uniqueSources(sources);
    return { kind: 'answer', lang, text, sources: unique, followUps: this.followUps(lang, programs, intent), programIds: [...new Set(programs.map((p) => p.id))], facts };
  }

  private followUps(lang: Lang, programs: readonly Program[], intent: Intent): FollowUp[] {
    return suggestedQuestions(this.retriever, lang, programs, intent, (ps, t) => this.hasTopic(ps, t));
  }
}
