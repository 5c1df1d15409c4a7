import type { Fact, FactTopic, Program } from '../../../catalog/catalog.schema';
import { factsAt } from './fact-ids';
import type { Lang } from '../../../shared/i18n';
import type { Answer, AnswerSource } from './answer';
import { joinNames, schedulesOf, shortName } from './date-answers';
import { spanOf } from './date-calculations';
import { countListed } from './list-counts';
import { countsWhatIsAsked, EXPECTED, factStates, sentences, TOPIC_NEEDS } from './expected-figures';
import { isGeneralWord } from './general-words';
import type { ReadQuestion } from './question-reader';
import { GENERIC_TOPICS } from './question-intent';
import { NOT_RIGHT, verdictWord } from './verdicts';
import { asksEligibility } from './question-focus';
import { FAR_FROM, HELD_ONLINE, SITTING_EXAM, TAKE_HOME } from './everyday-cues';
import { contactReply } from './contact-replies';
import { abbreviationAsked } from './off-document-subjects';
import type { PassageIndex } from './passage-index';
import type { CatalogRetriever, Hit } from './retrieval';
import { sameText } from './same-text';
import { focusText, itemOfLongFact } from './fact-sentences';
import { FactCoverage, NOT_GIVEN } from './fact-coverage';
import { rankHits } from './fact-ranking';
import { groupsOfRole, roleFacts, TAKES_PART, TOLD_ROLE } from './role-groups';
import { AnswerShapes, sourceOf } from './answer-shapes';
import { borrowedFigure } from './borrowed-figures';
import { ALSO_ANSWERS, WHEN_NONE, HOW_RUN, WAY_OF_RUNNING, MIN_COVERAGE, MIN_SCORE, SPECIFIC, STRONG_SCORE } from './fact-answer-rules';
import { HOW_IN } from './reader-vocabulary';

export { sourceOf } from './answer-shapes';

/** A person pointed to, not named: "nummeret hennes", "his e-mail". */
const HIS_OR_HER = /\b(hennes|hans|henne|ham|hennar|hennar|hen(s)?|her|his|him)\b/;

/** Topics that say who may take part and what one gets; a workplace told of asks nothing of the rest (its hotel). */
const WHO_MAY_JOIN: ReadonlySet<FactTopic> = new Set(['target-group', 'admission', 'prerequisite', 'apply', 'pillars', 'training', 'examples', 'overview', 'purpose', 'credits']);

/** Answers from the catalog's facts: the asked fact (the asked sentence of it first), contacts, or "not in the documents". */
export class FactAnswers extends AnswerShapes {
  private readonly cover: FactCoverage;

  constructor(retriever: CatalogRetriever, private readonly passages?: PassageIndex) {
    super(retriever);
    this.cover = new FactCoverage(retriever);
  }

  /** The document's own paragraph, quoted with its heading, when it holds nearly all of what was asked. */
  private passageAnswer(read: ReadQuestion, scope: readonly Program[], lang: Lang): Answer | undefined {
    if (!this.passages || read.coverageTerms.length === 0) return undefined;
    const hit = this.passages.search(read.terms, read.coverageTerms, scope);
    if (!hit || hit.score < MIN_SCORE || hit.coverage < 0.6 || hit.programs.length === 0) return undefined;
    if (read.form.expects && !EXPECTED[read.form.expects].test(hit.passage.text)) return undefined;
    const excerpt = hit.passage.text.length > 480 ? `${hit.passage.text.slice(0, 480).replace(/\s+\S*$/, '')} …` : hit.passage.text;
    const section = hit.passage.section || hit.programs[0].source.title;
    const text = lang === 'nb' ? `I dokumentet, under «${section}», står det: «${excerpt}»` : `The document says under "${section}" (in Norwegian): «${excerpt}»`;
    const programs = hit.programs.filter((p) => !p.parent || !hit.programs.some((x) => x.id === p.parent));
    const sources = programs.map((p) => ({ programId: p.id, programName: p.name[lang], section, document: p.source.title }));
    return this.answer(lang, text, sources, programs, read.intent);
  }

  /** `lastFacts`: the facts of the conversation's last answer, for a yes/no follow-up that questions them. */
  best(read: ReadQuestion, scope: Program[], lang: Lang, lastFacts?: readonly string[], lastContact?: string): Answer {
    const { intent, programs, form } = read;
    // "the main building blocks of the Head of Department programme": its pillars, where the program has no modules.
    const topic = intent.topics[0] === 'modules' && !this.hasTopic(scope, 'modules') && this.hasTopic(scope, 'pillars') ? 'pillars' : intent.topics[0];
    const inScope = scope.length > 0 ? scope : this.retriever.catalog.programs;
    if (intent.pillar !== undefined) {
      // "and pillar 5 is the mentor programme, right?": a pillar past the last of the program that has pillars,
      // whatever else the message names.
      const pillarsOf = (ps: readonly Program[]): { p: Program; f: Fact }[] => ps.flatMap((p) => p.facts.filter((f) => f.topic === 'pillars').map((f) => ({ p, f })));
      const own = pillarsOf(inScope);
      const pillars = own.length > 0 ? own : pillarsOf(this.retriever.catalog.programs);
      // "og den siste da?" after the pillars: the last of them.
      const numberOf = (f: Fact): number | undefined => { const m = /(?:^|\D)(\d+)$/.exec(f.id); return m ? Number(m[1]) : undefined; };
      const numbered = pillars.filter(({ f }) => numberOf(f) !== undefined);
      const number = intent.pillar === -1 ? Math.max(0, ...numbered.map(({ f }) => numberOf(f) ?? 0)) : intent.pillar;
      // A side without pillars (LEDPRO set beside NTNU's pillar 1) is answered as a question of its own.
      const hit = own.find(({ f }) => new RegExp(`(^|\\D)${number}$`).test(f.id));
      if (hit) return this.pillarAnswer(hit.p, hit.f, read, lang);
      // A pillar past the last ("søyle 5" of four): there is none; the pillars there are.
      const list = pillars.find(({ f }) => !/\d$/.test(f.id));
      const count = new Set(numbered.map(({ f }) => f.id)).size;
      if (list && count > 0 && number > count) {
        const none = lang === 'nb' ? `Det er ${count} hovedsøyler, ingen søyle ${number}.` : `There are ${count} main pillars, no pillar ${number}.`;
        return this.answer(lang, `${form.yesNo ? (lang === 'nb' ? 'Nei. ' : 'No. ') : ''}${none} ${list.f.text[lang]}`, [sourceOf(list.p, list.f, lang)], [list.p], intent, [`${list.p.id}/${list.f.id}`]);
      }
    }
    // "Jeg er kontorsjef. Skal jeg være med på noe i instituttlederprogrammet?": the parts that name the role.
    // Not when the asker's education is what decides ("… hjelpepleier fra videregående. Kan jeg likevel være med?").
    const taking = programs.length > 0 && TAKES_PART.test(read.focus) && TOLD_ROLE.test(read.text) && topic !== 'admission' ? roleFacts(read.text, read.focus, this.retriever.withDescendants(programs)) : undefined;
    if (taking) return this.ofFacts(lang, taking, intent);
    // A contact's phone or e-mail, by name, role or the person of the last answer: only that detail of that person.
    // "Hva var telefonnummeret hennes igjen?" after a turn about another program: "her" is the person named last.
    const theirs = lastContact && HIS_OR_HER.test(read.focus) && !inScope.some((p) => p.contacts.length > 0) ? this.retriever.catalog.programs.filter((p) => p.contacts.some((c) => c.name === lastContact)) : [];
    const contact = contactReply(read, theirs.length > 0 ? theirs : inScope, lang, lastContact, (text, ps) => this.answer(lang, text, ps.map((p) => sourceOf(p, p.facts.find((f) => f.topic === 'contacts'), lang)), ps, intent));
    if (contact) return contact;
    if (programs.length > 0 && topic && SPECIFIC.has(topic) && !this.hasTopic(scope, topic) && !(topic === 'dates' && intent.weakDates)) {
      const unknown = this.unknown(lang, scope, programs, intent);
      const borrowed = borrowedFigure(read.focus, topic, programs, this.retriever.catalog.programs, lang);
      if (!borrowed) return unknown;
      const way = topic === 'deadline' || topic === 'apply' ? this.wayIn(programs) : undefined;
      return this.borrowedAnswer(lang, borrowed, unknown, programs, intent, way);
    }
    const claimed = new Set(form.names.map((n) => n.toLowerCase()));
    const about = read.unknown.filter((w) => !isGeneralWord(w) && !claimed.has(w));
    // In an assertion ("jeg tror samlingene er på Scandic"), a word the documents lack is the claim to correct.
    // Not what the asker tells of themselves before asking whether they may take part ("har fagbrev … Kan jeg være med?").
    const correcting = form.asserts && programs.length > 0 && topic !== undefined && !GENERIC_TOPICS.has(topic) && !asksEligibility(read.focus);
    // A subject the documents do not cover ("parkering", "wifi", "karakter") is not answered by its neighbours.
    // Unless the question rests on a distance the documents contradict ("… et godt stykke fra stasjonen, så vi må vel
    // leie bil?"): the premise is corrected, whatever the conclusion drawn from it asks.
    // So is a programme said to be held online ("ledpro er jo et nettstudium, så vi trenger vel bare en pc?"), which
    // its gatherings at one hotel contradict.
    const heldOnline = (): boolean => topic === 'place' && (form.yesNo || form.asserts || read.focus.trim().endsWith('?')) && HELD_ONLINE.test(read.focus);
    // Nor an exam said to be sat before examiners ("presentere for en sensorgruppe?"), which a take-home contradicts.
    const satBefore = (): boolean => topic === 'exam' && form.yesNo && SITTING_EXAM.test(read.focus);
    if (read.offDocument.length > 0 && !(form.yesNo && FAR_FROM.test(read.focus)) && !heldOnline() && !satBefore()) {
      const unknown = this.unknown(lang, scope, programs, intent);
      // "Hva står ARK for?": the documents only name it ("Prosessledelse (ARK)"); that much is said, with the refusal.
      const abbr = abbreviationAsked(read.focus);
      const naming = abbr ? new RegExp(`[^;:.,()]*\\(${abbr}\\)`) : undefined;
      const named = naming ? inScope.flatMap((p) => p.facts).map((f) => naming.exec(f.text[lang])?.[0].trim().replace(/^\d\)\s*/, '')).find((x) => x) : undefined;
      return named ? { ...unknown, text: `${lang === 'nb' ? 'Dokumentet nevner bare' : 'The document only names'} «${named}». ${unknown.text}` } : unknown;
    }
    // Other words outside the documents are the leader's own wording when the question names a topic the documents
    // cover; without such a topic, two of them name a subject they do not cover.
    const specificTopic = topic !== undefined && !GENERIC_TOPICS.has(topic);
    // A fact that holds at least half of what the question asks in the documents' words answers it, however the
    // rest is worded ("will we be working on real problems from our own jobs?").
    // Searched only when a gate below would refuse: most questions have no word outside the documents.
    // Asked by both gates below at most once: the first one's answer is kept for the second.
    let strongFound: boolean | undefined;
    const strong = (): boolean => {
      if (strongFound !== undefined) return strongFound;
      const plain = this.retriever.search(read.terms, { programs: scope.length > 0 ? scope : undefined, limit: 1 })[0];
      strongFound = plain !== undefined && plain.score >= STRONG_SCORE && this.cover.of(read, plain) >= 0.5;
      return strongFound;
    };
    if (about.length >= 2 && !correcting && !specificTopic && !strong()) return this.unknown(lang, scope, programs, intent);
    if (!correcting && about.length > 0 && (!topic || GENERIC_TOPICS.has(topic) || (form.yesNo && !specificTopic)) && !strong()) return this.unknown(lang, scope, programs, intent);

    // "Er kost og losji inkludert i avgiften?" is answered by the fee fact: what it covers and what comes in addition.
    // The fallback topics only where there are some: the scope's facts are looked through for few topics.
    const fallback = topic ? WHEN_NONE[topic] : undefined;
    const also = topic ? [...(ALSO_ANSWERS[topic] ?? []), ...(fallback && scope.length > 0 && !this.hasTopic(scope, topic) ? fallback : [])] : [];
    const topics: FactTopic[] = form.included && topic === 'fee' ? ['fee']
      : topic ? [topic, ...also, ...intent.topics.slice(1)] : intent.topics;
    // A follow-up that inherited the topic and names nothing of its own ("… how many hours for that?") stays on it.
    const stays = read.inherited && read.coverageTerms.length === 0 && topic !== undefined && this.hasTopic(scope, topic);
    // "Jeg er kokk på et hotell. Kan jeg søke LEDPRO?": whom the program is for answers it; the asker's own workplace
    // is no subject of the answer (the program's hotel or its travel).
    const eligibility = (topic === 'target-group' || topic === 'admission') && asksEligibility(read.focus);
    const found = this.retriever.search(read.terms, { programs: scope.length > 0 ? scope : undefined, topics, onlyTopics: (form.included && topics[0] === 'fee') || stays })
      .filter((h) => !eligibility || WHO_MAY_JOIN.has(h.doc.fact.topic) || topics.includes(h.doc.fact.topic));
    const accepted = topic ? [topic, ...also] : [];
    const named = programs.length > 0 && this.retriever.detectPrograms(read.focus).programs.some((p) => programs.includes(p));
    const hits = rankHits(found, read, lang, { topic, accepted, specific: topic !== undefined && SPECIFIC.has(topic), cover: this.cover, named });
    // "How many days do the head of department gatherings last?" over the list of pillars and pillar 1's "2-day
    // gatherings": among close hits, the one that states what the question expects answers it.
    const expects = form.expects;
    const states = (h: Hit): boolean => expects !== undefined && factStates(expects, h.doc.fact.text[lang]) && countsWhatIsAsked(read.focus, h.doc.fact.text[lang]);
    const stating = expects && hits[0] && !states(hits[0])
      ? hits.slice(1, 4).find((h) => h.score >= hits[0].score * 0.6 && states(h) && this.cover.of(read, h) >= this.cover.of(read, hits[0]))
      : undefined;
    const best = stating ?? hits[0];
    // A fact of the asked topic answers it; any other fact must contain what the question is about.
    // "Fortell om LEDPRO" asks nothing but what the program is: its own overview fact answers it.
    const onTopic = best !== undefined && topic !== undefined && (GENERIC_TOPICS.has(topic)
      ? read.coverageTerms.length === 0 && best.doc.fact.topic === topic
      : accepted.includes(best.doc.fact.topic));
    // `unnamed`: a length asked of no program and matched by no fact ("hvor lang tid tar det?") is the span of every
    // program in scope whose gatherings are dated.
    const span = (unnamed = false): Answer | undefined => {
      // "Hvor lang skal eksamensoppgaven være?" asks the length of something else than the program.
      if (form.expects !== 'duration' || (programs.length === 0 && !unnamed) || (!form.compare && topic !== undefined && !GENERIC_TOPICS.has(topic) && topic !== 'dates' && topic !== 'format')) return undefined;
      const dated = (scope.length > 0 ? scope : inScope).filter((p) => p.cohorts.length > 0);
      const lines = schedulesOf(dated).map((s) => spanOf(s, lang)).filter((x): x is string => x !== undefined);
      return lines.length > 0 ? this.answer(lang, lines.join(' '), dated.map((p) => sourceOf(p, p.facts.find((f) => f.topic === 'dates'), lang)), dated, intent) : undefined;
    };
    // "Does LEDPRO last two years?": a length asked of the program with no topic named is its span, however well the
    // figure matches another fact ("2 years of higher education").
    if (best && topic === undefined && !['dates', 'overview', 'format', 'timeline', 'purpose'].includes(best.doc.fact.topic)) {
      const spanned = span();
      if (spanned) return spanned;
    }
    if (!best || (!onTopic && (best.score < MIN_SCORE || this.cover.of(read, best) < MIN_COVERAGE))) {
      const spanned = span(topic === undefined);
      if (spanned) return spanned;
      const questioned = form.yesNo ? this.again(lastFacts, lang, read) : undefined;
      if (questioned) return questioned;
      // "og instituttlederprogrammet?" after "hvor lenge varer LEDPRO?": the fact that states a length for it.
      const expected = (form.expects === 'duration' || form.expects === 'date') && read.inherited && read.coverageTerms.length === 0 && programs.length > 0 ? this.ofExpected(form.expects, scope, read, lang) : undefined;
      if (expected) return expected;
      const quoted = this.passageAnswer(read, scope.length > 0 ? scope : inScope, lang);
      if (quoted) return quoted;
      return this.unknown(lang, scope, best && programs.length === 0 ? [best.doc.program] : programs, intent);
    }
    // "What's the deadline for the OU fund?" answered by the OU fund fact without a date: the asked thing is not there.
    const needs = topic ? TOPIC_NEEDS[topic] : undefined;
    const lacking = !onTopic && needs !== undefined && !factStates(needs, best.doc.fact.text[lang]);
    if (lacking || (form.expects && !factStates(form.expects, best.doc.fact.text[lang])) || !countsWhatIsAsked(read.focus, best.doc.fact.text[lang])) {
      // "Hvor mange programmer nevnes?" over a fact that lists them: counted.
      const listing = form.expects === 'count' ? hits.slice(0, 6).map((h) => ({ h, text: countListed(read.focus, h.doc.fact.text[lang], lang) })).find((x) => x.text) : undefined;
      if (listing?.text) return this.answer(lang, listing.text, [sourceOf(listing.h.doc.program, listing.h.doc.fact, lang)], [listing.h.doc.program], intent, [`${listing.h.doc.program.id}/${listing.h.doc.fact.id}`]);
      const spanned = span(topic === undefined && read.coverageTerms.length === 0);
      if (spanned) return spanned;
      // "Hvor mange timer varer skoleeksamenen?": a detail of an exam sat in a room, asked of a take-home assignment;
      // the premise is what is wrong.
      if (topic === 'exam' && SITTING_EXAM.test(read.focus) && TAKE_HOME.test(best.doc.fact.text[lang])) {
        return this.answer(lang, `${NOT_RIGHT[lang]}. ${best.doc.fact.text[lang]}`, [sourceOf(best.doc.program, best.doc.fact, lang)], [best.doc.program], intent, [`${best.doc.program.id}/${best.doc.fact.id}`]);
      }
      const unknown = this.unknown(lang, scope, programs.length > 0 ? programs : [best.doc.program], intent);
      // "How much does the OU fund cover?": what the documents say of the asked thing, without the detail asked for
      // (a fact with figures or dates is left out: an honest "not in the documents" carries none).
      if (onTopic && !/\d/.test(best.doc.fact.text[lang])) {
        return { ...unknown, text: `${lang === 'nb' ? 'Dokumentet sier bare' : 'The document only says'}: «${best.doc.fact.text[lang]}» ${unknown.text}` };
      }
      return unknown;
    }
    const namedContact = inScope.flatMap((p) => p.contacts).find((c) => read.text.includes(c.name.toLowerCase()));
    if (topic === 'contacts' && (best.doc.fact.topic !== 'contacts' || intent.concern || namedContact)) {
      const target = scope.length > 0 ? scope : [best.doc.program];
      const contact = namedContact && !read.form.yesNo ? { name: namedContact.name, role: namedContact.role[lang], email: namedContact.email, phones: namedContact.phones } : this.pickContact(target, intent.concern, lang);
      if (contact) return this.contactAnswer(lang, contact, target, intent);
    }
    // "Hvordan funker den lokale lederstøtten?": a training pillar found by its words is told with how it is run too.
    // "Kan den lokale opplæringen foregå en-til-en?": a way of running it named is checked against that account too.
    if (best.doc.fact.topic === 'pillars' && (!form.yesNo || WAY_OF_RUNNING.test(read.focus)) && this.howRun(best.doc.program, best.doc.fact, read, lang)) return this.pillarAnswer(best.doc.program, best.doc.fact, read, lang);
    let answer: Answer = { ...this.factAnswer(lang, hits, read, scope.length > 1), weak: !onTopic && this.cover.of(read, best) < 0.6 };
    // A program the documents only name ("Mentorprogrammet") has no fact beyond that: whatever is asked of it alone,
    // the honest reply is that the documents do not say (its one fact says so), with the contact an unknown carries.
    if (best.doc.program.facts.length === 1 && answer.kind === 'answer' && read.programs.length === 1 && read.programs[0] === best.doc.program) answer = { ...answer, kind: 'unknown' };
    // "Er hotellet inkludert i avgiften?": no, and what the stay costs.
    if (form.included && topics[0] === 'fee' && read.terms.some((t) => t === '#lodging' || t === '#hotel')) {
      const lodging = (scope.length > 0 ? scope : inScope).flatMap((p) => p.facts.filter((f) => f.topic === 'lodging').map((f) => ({ p, f })))[0];
      if (lodging) answer = { ...answer, text: `${answer.text} ${lodging.f.text[lang]}`, sources: [...answer.sources, sourceOf(lodging.p, lodging.f, lang)] };
    }
    // "How does someone get a place on LEDPRO?": what admits one, and how one applies.
    if (topics[0] === 'admission' && !form.yesNo && HOW_IN.test(read.focus) && best.doc.fact.topic === 'admission' && answer.kind === 'answer') {
      const apply = best.doc.program.facts.find((f) => f.topic === 'apply');
      if (apply && !answer.text.includes(apply.text[lang])) answer = { ...answer, text: `${answer.text}\n\n${apply.text[lang]}`, sources: [...answer.sources, sourceOf(best.doc.program, apply, lang)] };
    }
    // The fact does not contain the asserted thing ("Scandic", "Hamar"): the premise is wrong.
    return correcting && about.length > 0 && answer.kind === 'answer' ? { ...answer, text: `${verdictWord('no', lang)}. ${answer.text}` } : answer;
  }

  /** How one gets onto a program without a deadline: its own or its umbrella's "apply" fact (nomination). */
  private wayIn(programs: readonly Program[]): { p: Program; f: Fact } | undefined {
    const family = [...programs, ...programs.map((p) => (p.parent ? this.retriever.program(p.parent) : undefined)).filter((p): p is Program => p !== undefined)];
    return family.flatMap((p) => p.facts.filter((f) => f.topic === 'apply').map((f) => ({ p, f })))[0];
  }

  /**
   * "Korleis blir den lokale opplæringa gjennomført i praksis?": how a training pillar is run is told by the
   * program's own account of how its training works, beside the pillar.
   */
  private howRun(p: Program, pillar: Fact, read: ReadQuestion, lang: Lang): Fact | undefined {
    return (HOW_RUN.test(read.focus) || WAY_OF_RUNNING.test(read.focus)) && /opplæring|training/i.test(pillar.text[lang].split(':')[0])
      ? p.facts.find((f) => f.topic === 'format' && /^(hvordan opplæringen|how the training)/i.test(f.text[lang])) : undefined;
  }

  /** A pillar's fact, with how its training is run when that is asked. */
  private pillarAnswer(p: Program, pillar: Fact, read: ReadQuestion, lang: Lang): Answer {
    const how = this.howRun(p, pillar, read, lang);
    const facts = how ? [pillar, how] : [pillar];
    return this.answer(lang, facts.map((f) => f.text[lang]).join('\n\n'), facts.map((f) => sourceOf(p, f, lang)), [p], read.intent, facts.map((f) => `${p.id}/${f.id}`));
  }

  /**
   * The first fact of the programs that states what the question expects (a duration, a count), labelled.
   * `counted`: the word a count must be of ("samlinger" in "like mange samlinger?").
   */
  ofExpected(expects: 'count' | 'duration' | 'date' | 'amount', scope: readonly Program[], read: ReadQuestion, lang: Lang, counted?: string): Answer | undefined {
    const order: readonly FactTopic[] = ['overview', 'format', 'dates', 'fee', 'credits'];
    const states = (text: string): boolean => EXPECTED[expects].test(text) && (counted === undefined || countsWhatIsAsked(`hvor mange ${counted}`, text));
    for (const t of order) {
      for (const p of scope) {
        const f = p.facts.find((x) => x.topic === t && states(x.text[lang]));
        // The sentence that states it ("Programmet følger åremålsperioden, 4 år om gangen …"), not the whole fact.
        const said = f ? sentences(f.text[lang]).find(states) : undefined;
        if (f) return this.answer(lang, `${shortName(p, lang)}: ${said ?? focusText(this.retriever, f.text[lang], read)}`, [sourceOf(p, f, lang)], [p], read.intent, [`${p.id}/${f.id}`]);
      }
    }
    return undefined;
  }

  /** The first fact of the programs on the asked topics, labelled with the program (for side-by-side answers). */
  ofTopic(topics: readonly FactTopic[], scope: readonly Program[], read: ReadQuestion, lang: Lang): Answer | undefined {
    for (const t of topics) {
      const p = scope.find((x) => x.facts.some((f) => f.topic === t));
      const f = p?.facts.find((x) => x.topic === t);
      if (p && f) return this.answer(lang, `${shortName(p, lang)}: ${f.text[lang]}`, [sourceOf(p, f, lang)], [p], read.intent, [`${p.id}/${f.id}`]);
    }
    return undefined;
  }

  /** The conversation's last fact again, for "de er endagssamlinger, ikke sant?" after an answer about them. */
  again(ids: readonly string[] | undefined, lang: Lang, read: ReadQuestion): Answer | undefined {
    const found = factsAt(this.retriever, ids ?? []);
    if (found.length === 0) return undefined;
    // "Is there anything similar in the NTNU programme?" after LEDPRO's exam: another program named is not answered
    // with the last program's fact.
    const named = this.retriever.detectPrograms(read.focus).programs;
    const related = (a: Program, b: Program): boolean => a.parent === b.id || b.parent === a.id || this.retriever.familyOf(a).includes(b);
    if (named.length > 0 && !found.some(({ p }) => named.some((a) => related(a, p)))) return undefined;
    // "og hvordan gjennomføres den?" right after a training pillar: how its training is run (the pillar was just said).
    const how = found.length === 1 && found[0].f.topic === 'pillars' ? this.howRun(found[0].p, found[0].f, read, lang) : undefined;
    if (how) return this.answer(lang, how.text[lang], [sourceOf(found[0].p, how, lang)], [found[0].p], read.intent, [`${found[0].p.id}/${how.id}`]);
    return this.answer(lang, found[0].f.text[lang], found.map(({ p, f }) => sourceOf(p, f, lang)), found.map(({ p }) => p), read.intent, found.map(({ p, f }) => `${p.id}/${f.id}`));
  }

  private factAnswer(lang: Lang, hits: readonly Hit[], read: ReadQuestion, family: boolean): Answer {
    const best = hits[0];
    // "Jeg er forskningsgruppeleder – hvor hører jeg hjemme?": the listed group that holds the asker's role.
    const role = read.intent.topics[0] === 'target-group' && TOLD_ROLE.test(read.text) ? hits.slice(0, 4).map((h) => ({ h, text: groupsOfRole(h.doc.fact.text[lang], read.text, lang) })).find((x) => x.text) : undefined;
    if (role?.text) return this.answer(lang, role.text, [sourceOf(role.h.doc.program, role.h.doc.fact, lang)], [role.h.doc.program], read.intent, [`${role.h.doc.program.id}/${role.h.doc.fact.id}`]);
    const sharing = hits.filter((h) => sameText(h.doc.fact, best.doc.fact)).map((h) => h.doc.program);
    const programs = [...new Set([best.doc.program, ...sharing])];
    const sources: AnswerSource[] = programs.map((p) => sourceOf(p, best.doc.fact, lang));
    const lead = itemOfLongFact(this.retriever, best.doc.fact.text[lang], read) ?? focusText(this.retriever, best.doc.fact.text[lang], read);
    // "Hvor mye koster pensumbøkene?": the sentence about the books gives no price, though the fact gives others.
    const asksPrice = ['fee', 'lodging'].includes(read.intent.topics[0] ?? '') && !read.form.included && !read.form.yesNo;
    if (asksPrice && lead !== best.doc.fact.text[lang] && !EXPECTED.amount.test(lead) && EXPECTED.amount.test(best.doc.fact.text[lang])) {
      const u = this.unknown(lang, programs, programs, read.intent);
      return { ...u, text: `${lang === 'nb' ? 'Prisen er ikke oppgitt; dokumentet sier bare' : 'No price is given; the document only says'}: «${lead}» ${u.text}` };
    }
    const parts: string[] = [];
    const each = lang === 'nb' ? 'gjelder hver del' : 'for each part';
    // A question that names no program hears whose fact it is ("LEDPRO 1 og LEDPRO 2: Samlinger 2024 …").
    const unnamed = read.programs.length === 0 && !this.retriever.isUmbrella(best.doc.program) && !lead.toLowerCase().includes(shortName(best.doc.program, lang).toLowerCase());
    parts.push(programs.length > 1 && family ? `${joinNames(programs.map((p) => shortName(p, lang)), lang)} (${each}): ${lead}`
      : unnamed ? `${joinNames(programs.map((p) => shortName(p, lang)), lang)}: ${lead}` : lead);
    // A family asked about at once (LEDPRO 1 and 2) whose facts of the topic differ: give the other one too.
    const second = family ? hits.find((h) => h.doc.fact.topic === best.doc.fact.topic && !programs.includes(h.doc.program) && !sameText(h.doc.fact, best.doc.fact) && this.retriever.familyOf(h.doc.program).includes(best.doc.program)) : undefined;
    if (second) {
      const secondText = focusText(this.retriever, second.doc.fact.text[lang], read);
      // Part 2's fact that only adds to part 1's ("… Tillegg for LEDPRO del 2: …") is said once, for both parts.
      const both = [best.doc.program, second.doc.program].sort((a, b) => shortName(a, lang).localeCompare(shortName(b, lang)));
      if (secondText.startsWith(lead) || lead.startsWith(secondText)) {
        parts[0] = `${joinNames(both.map((p) => shortName(p, lang)), lang)} (${each}): ${secondText.length > lead.length ? secondText : lead}`;
      } else if (secondText.length > lead.length && secondText.endsWith(lead) && lead.length >= 40) {
        // Part 2's fact that is part 1's under a note that the document says it on part 1's page: said once, with
        // the note kept short, not the same text twice.
        parts[0] = `${joinNames(both.map((p) => shortName(p, lang)), lang)} (${each}; ${lang === 'nb' ? 'for del 2 står det på siden for del 1' : 'for part 2 it is stated on the part 1 page'}): ${lead}`;
      } else {
        parts[0] = `${shortName(best.doc.program, lang)}: ${lead}`;
        parts.push(`${shortName(second.doc.program, lang)}: ${secondText}`);
      }
      sources.push(sourceOf(second.doc.program, second.doc.fact, lang));
      programs.push(second.doc.program);
    }
    // A close runner-up from the same program that holds as much of the question adds what the first leaves out
    // ("virksomhetsstyring" in the topic list and in its own detailed list) — never for counts, dates or yes/no.
    const runnerUp = !second && !read.form.yesNo && !read.form.expects && !SPECIFIC.has(read.intent.topics[0] ?? 'overview')
      ? hits.slice(1, 3).find((h) => h.doc.program === best.doc.program && h.score >= best.score * 0.9 && this.cover.of(read, h) >= this.cover.of(read, best) && this.cover.of(read, h) > 0)
        // The asked topic told from two sides in the same program ("Målgrupper …" and the leader groups by level).
        ?? hits.slice(1, 5).find((h) => h.doc.program === best.doc.program && h.doc.fact.topic === best.doc.fact.topic && best.doc.fact.topic === read.intent.topics[0] && h.score >= best.score * 0.5)
      : undefined;
    if (runnerUp) {
      parts.push(focusText(this.retriever, runnerUp.doc.fact.text[lang], read));
      sources.push(sourceOf(runnerUp.doc.program, runnerUp.doc.fact, lang));
    }
    const ids = [best, ...(second ? [second] : []), ...(runnerUp ? [runnerUp] : [])].flatMap((h) => programs.filter((p) => p === h.doc.program || sameText(h.doc.fact, best.doc.fact)).map((p) => `${p.id}/${h.doc.fact.id}`));
    // A curated fact that itself says the document gives no such thing is an honest "not in the documents".
    // "Kvar blir NTNU si leiarsamling halden?" is answered by what the fact does give ("NTNUs ledersamling (Oppdal)").
    if (NOT_GIVEN.test(best.doc.fact.text.nb) && read.intent.topics.length > 0 && SPECIFIC.has(read.intent.topics[0]) && this.cover.of(read, best) < 0.99 && !this.cover.namesWhatIsGiven(read, best.doc.fact)) {
      const unknown = this.unknown(lang, programs, programs, read.intent);
      return { ...unknown, text: `${parts.join('\n\n')} ${unknown.text}` };
    }
    return this.answer(lang, parts.join('\n\n'), sources, programs, read.intent, [...new Set(ids)]);
  }
}
