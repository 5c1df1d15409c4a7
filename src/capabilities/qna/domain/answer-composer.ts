import type { Contact, Fact, FactTopic, Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import type { Answer, AnswerContact, AnswerSource, FollowUp } from './answer';
import { answerDates, joinNames, schedulesOf, shortName } from './date-answers';
import { GENERIC_TOPICS, readIntent, type Intent } from './question-intent';
import { sameText, type CatalogRetriever, type Hit } from './retrieval';
import { analyse, conceptOf } from './text-analysis';

/** Below this BM25 score nothing in the catalog really matches the question. */
const MIN_SCORE = 2.5;

/** Topics that ask for one definite fact: if the program has none, the honest answer is "not in the documents". */
const SPECIFIC: ReadonlySet<FactTopic> = new Set(['fee', 'dates', 'place', 'credits', 'exam', 'admission', 'prerequisite', 'deadline', 'contacts', 'travel', 'lodging', 'support']);

/** Facts of these topics also answer the asked one. */
const ALSO_ANSWERS: Partial<Record<FactTopic, FactTopic[]>> = {
  apply: ['deadline', 'admission'], themes: ['content', 'training', 'pillars', 'modules'], content: ['themes'],
  prerequisite: ['admission'], overview: ['purpose', 'target-group'], purpose: ['overview'], format: ['between-gatherings'],
};

const FOLLOW_UPS: Partial<Record<FactTopic, { nb: string; en: string }>> = {
  fee: { nb: 'Hva koster {p}?', en: 'What does {p} cost?' },
  dates: { nb: 'Når er neste samling i {p}?', en: 'When is the next gathering of {p}?' },
  place: { nb: 'Hvor holdes {p}?', en: 'Where is {p} held?' },
  admission: { nb: 'Hva er opptakskravet til {p}?', en: 'What are the admission requirements for {p}?' },
  contacts: { nb: 'Hvem kan jeg kontakte om {p}?', en: 'Who can I contact about {p}?' },
  'target-group': { nb: 'Hvem er {p} for?', en: 'Who is {p} for?' },
  themes: { nb: 'Hva er innholdet i {p}?', en: 'What is the content of {p}?' },
  lodging: { nb: 'Hva koster oppholdet på {p}?', en: 'What does accommodation cost on {p}?' },
  pillars: { nb: 'Hva er hovedsøylene i {p}?', en: 'What are the pillars of {p}?' },
};

export interface ComposeInput {
  readonly question: string;
  readonly lang: Lang;
  readonly now: Date;
  /** The program the conversation was last about, for questions that name none. */
  readonly contextProgramId?: string;
}

const source = (p: Program, f: Fact | undefined, lang: Lang): AnswerSource => ({
  programId: p.id, programName: p.name[lang], section: f ? f.section[lang] : (lang === 'nb' ? 'Når?' : 'When?'), document: p.source.title,
});

const hasTopic = (programs: readonly Program[], topic: FactTopic): boolean => {
  if (topic === 'contacts' && programs.some((p) => p.contacts.length > 0)) return true;
  if ((topic === 'dates' || topic === 'place') && programs.some((p) => p.cohorts.some((c) => c.gatherings.some((g) => (topic === 'dates' ? (g.start ?? g.firstDay) : g.place))))) return true;
  const accepted = [topic, ...(ALSO_ANSWERS[topic] ?? [])];
  return programs.some((p) => p.facts.some((f) => accepted.includes(f.topic)));
};

function pickContact(programs: readonly Program[], concern: Intent['concern'], lang: Lang): AnswerContact | undefined {
  const all: Contact[] = programs.flatMap((p) => p.contacts);
  const c = all.find((x) => concern && x.concerns.includes(concern)) ?? all.find((x) => x.concerns.includes('practical')) ?? all[0];
  return c ? { name: c.name, role: c.role[lang], email: c.email, phones: c.phones } : undefined;
}

const contactLine = (c: AnswerContact, lang: Lang): string =>
  `${c.name} (${c.role.toLowerCase()})${c.email ? `, ${c.email}` : ''}${c.phones.length ? `, ${lang === 'nb' ? 'tlf.' : 'phone'} ${c.phones.join(' / ')}` : ''}`;

/** Builds the answer to one question from the catalog: the asked fact first, its source, follow-ups. */
export class AnswerComposer {
  constructor(private readonly retriever: CatalogRetriever) {}

  compose(input: ComposeInput): Answer {
    const { question, lang, now } = input;
    const intent = readIntent(question);
    const named = this.retriever.detectPrograms(question);
    const context = input.contextProgramId ? this.retriever.catalog.programs.find((p) => p.id === input.contextProgramId) : undefined;
    const programs = named.programs.length > 0 ? named.programs : context ? [context] : [];
    const scope = this.retriever.withDescendants(programs);

    if (intent.date) {
      const dated = (scope.length > 0 ? scope : this.retriever.catalog.programs).filter((p) => p.cohorts.length > 0);
      const schedules = schedulesOf(dated);
      if (schedules.length > 0) {
        const text = answerDates(intent.date, schedules, now, lang).join(' ');
        const ps = schedules.flatMap((s) => s.programs);
        return this.answer(lang, text, ps.map((p) => source(p, p.facts.find((f) => f.topic === 'dates'), lang)), ps, intent);
      }
    }

    const analysed = analyse(question, this.retriever.isKnown);
    const terms = [...analysed.terms.filter((t) => !named.nameTerms.has(t)), ...analysed.concepts];
    const topic = intent.topics[0];
    if (programs.length > 0 && topic && SPECIFIC.has(topic) && !hasTopic(scope, topic)) {
      return this.unknown(lang, scope, programs, intent);
    }
    const hits = this.retriever.search(terms, { programs: scope.length > 0 ? scope : undefined, topics: intent.topics });
    const unknownWords = analysed.unknown.filter((w) => !named.nameTerms.has(w) && !conceptOf(w));
    const best = hits[0];
    // A word the catalog never uses, in a question with no specific topic, is what the question is about
    // ("hund", "parking"): the documents do not cover it, however well the rest matches.
    const specific = intent.topics.filter((t) => !GENERIC_TOPICS.has(t));
    if (!best || best.score < MIN_SCORE || (unknownWords.length > 0 && specific.length === 0)) {
      return this.unknown(lang, scope, best ? [best.doc.program] : programs, intent);
    }
    // A contact question gets the one right person (practical vs academic), not the whole contact list.
    if (topic === 'contacts' && (best.doc.fact.topic !== 'contacts' || intent.concern)) {
      const contact = pickContact(scope.length ? scope : [best.doc.program], intent.concern, lang);
      if (contact) return this.contactAnswer(lang, contact, scope.length ? scope : [best.doc.program], intent);
    }
    return this.factAnswer(lang, hits, intent, scope.length > 1);
  }

  private factAnswer(lang: Lang, hits: readonly Hit[], intent: Intent, family: boolean): Answer {
    const best = hits[0];
    const sharing = hits.filter((h) => sameText(h.doc.fact, best.doc.fact)).map((h) => h.doc.program);
    const programs = [...new Set([best.doc.program, ...sharing])];
    const parts: string[] = [];
    const sources: AnswerSource[] = programs.map((p) => source(p, best.doc.fact, lang));
    const lead = best.doc.fact.text[lang];
    parts.push(programs.length > 0 && family ? `${joinNames(programs.map((p) => shortName(p, lang)), lang)}: ${lead}` : lead);
    // A family asked about at once (LEDPRO 1 and 2) whose facts of the topic differ: give the other one too.
    const second = family ? hits.find((h) => h.doc.fact.topic === best.doc.fact.topic && !programs.includes(h.doc.program) && !sameText(h.doc.fact, best.doc.fact)) : undefined;
    if (second) {
      parts.push(`${shortName(second.doc.program, lang)}: ${second.doc.fact.text[lang]}`);
      sources.push(source(second.doc.program, second.doc.fact, lang));
      programs.push(second.doc.program);
    }
    return this.answer(lang, parts.join('\n\n'), sources, programs, intent);
  }

  private contactAnswer(lang: Lang, contact: AnswerContact, programs: readonly Program[], intent: Intent): Answer {
    const names = joinNames([...new Set(programs.filter((p) => p.contacts.length).map((p) => shortName(p, lang)))], lang);
    const about = intent.concern === 'academic' ? { nb: 'Faglige spørsmål om', en: 'Academic questions about' }
      : intent.concern === 'practical' ? { nb: 'Praktiske spørsmål om', en: 'Practical questions about' } : { nb: 'Kontakt for', en: 'Contact for' };
    const text = `${about[lang]} ${names}: ${contactLine(contact, lang)}.`;
    const withContacts = programs.filter((p) => p.contacts.length > 0);
    const fact = (p: Program): Fact | undefined => p.facts.find((f) => f.topic === 'contacts');
    return { ...this.answer(lang, text, withContacts.map((p) => source(p, fact(p), lang)), withContacts, intent), contact };
  }

  private unknown(lang: Lang, scope: readonly Program[], about: readonly Program[], intent: Intent): Answer {
    const focus = about.length > 0 ? about : scope;
    const contact = pickContact(focus, intent.concern, lang);
    const names = joinNames([...new Set(focus.map((p) => p.name[lang]))].slice(0, 3), lang);
    const providers = [...new Set(focus.map((p) => p.provider))];
    let text = lang === 'nb'
      ? `Det står ikke i programdokumentene${names ? ` for ${names}` : ''}, så det kan jeg ikke svare sikkert på.`
      : `The program documents${names ? ` for ${names}` : ''} do not say, so I cannot answer that reliably.`;
    if (contact) text += lang === 'nb' ? ` Spør gjerne ${contactLine(contact, lang)}.` : ` Please ask ${contactLine(contact, lang)}.`;
    else if (providers.length > 0) text += lang === 'nb' ? ` Dokumentet oppgir ingen kontaktperson; ta kontakt med ${joinNames(providers, lang)}.` : ` The document names no contact person; please contact ${joinNames(providers, lang)}.`;
    else text += lang === 'nb' ? ` Jeg kjenner disse programmene: ${this.programList(lang)}.` : ` I know these programs: ${this.programList(lang)}.`;
    return { kind: 'unknown', lang, text, sources: [], followUps: this.followUps(lang, focus, intent), contact, programIds: focus.map((p) => p.id) };
  }

  private programList(lang: Lang): string {
    return joinNames(this.retriever.catalog.programs.filter((p) => p.cohorts.length > 0).map((p) => shortName(p, lang)), lang);
  }

  private answer(lang: Lang, text: string, sources: AnswerSource[], programs: readonly Program[], intent: Intent): Answer {
    const unique = [...new Map(sources.map((s) => [`${s.programId}|${s.section}`, s])).values()];
    return { kind: 'answer', lang, text, sources: unique, followUps: this.followUps(lang, programs, intent), programIds: [...new Set(programs.map((p) => p.id))] };
  }

  private followUps(lang: Lang, programs: readonly Program[], intent: Intent): FollowUp[] {
    const p = programs.find((x) => x.cohorts.length > 0) ?? programs[0];
    if (!p) return [];
    const name = shortName(p, lang);
    const asked = new Set(intent.topics);
    return (Object.keys(FOLLOW_UPS) as FactTopic[])
      .filter((t) => !asked.has(t) && hasTopic(this.retriever.withDescendants([p]), t))
      .slice(0, 3)
      .map((t) => {
        const q = (FOLLOW_UPS[t] ?? { nb: '', en: '' })[lang].replace('{p}', name);
        return { title: q, query: q };
      });
  }
}
