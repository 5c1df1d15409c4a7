import { GENERIC_TOPICS } from './question-intent';
import type { Fact, FactTopic, Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import { uniqueSources, type Answer, type AnswerSource } from './answer';
import type { QnaState } from './conversation-state';
import { joinNames, schedulesOf, shortName as shortNameOf } from './date-answers';
import { sourceOf, type FactAnswers } from './fact-answers';
import { openingVerdict, verdictWord } from './verdicts';
import { withVerdict } from './yes-no-answers';
import type { QuestionReader, ReadQuestion } from './question-reader';
import { compareQuantities, comparedDirection, quantityOf, type Quantity } from './quantity-comparison';
import type { CatalogRetriever } from './retrieval';
import { ONE_GATHERING, ORDINALS, SAME_ASKED, TWO_PILLARS } from './reader-vocabulary';
import { eachGatheringLength } from './date-calculations';
import { countsWhatIsAsked, EXPECTED } from './expected-figures';
import { factsAt } from './fact-ids';
import { placesOfSidesVerdict } from './place-sameness';

/**
 * Answers side by side: two programs (or a program family against another) on the asked topic, with their figures
 * compared in words; and two pillars of one program, named by number, by title or as "the two" of the last message.
 */
/** "de to", "the two", "them": the two things the last message named. */
/** "like mange samlinger", "the same number of gatherings": the word a compared count is of. */
const SAME_COUNT_OF = /\b(?:like mange|samme antall|same number of|as many)\s+([\p{L}-]+)/u;
/** "hvordan er det i forhold?", "how does it compare?": how two things stand against each other. */
const IN_RELATION = /\b(i forhold|samanlikna|sammenlignet|in comparison|compared|how does (it|that) compare)\b/;
/** Something asked "in the two", "for both": of each of two things named before. */
const OF_THE_TWO = /\b(i|for|på|of|in|at|about|om) (de to|dei to|disse to|desse to|begge|both|the two|both of them)\b/;
/** "hvilken av dem", "which of the two": one of two things named before, picked out. */
const WHICH_OF_THEM = /\b(hvilken|hvilket|hvilke|kva for ein|kva for eit|which)( one)? (av|of) (dem|dei|de to|dei to|them|the two|these|those)\b/;
/** Two items of a list by number or ordinal ("number 3 and number 4", "den tredje og den fjerde"). */
const ITEM = String.raw`(?:(?:number|nummer|nr\.?|no\.?)\s*)?(\d|første|andre|tredje|fjerde|first|second|third|fourth)`;
const NUMBERED_PAIR = new RegExp(String.raw`(?<![\p{L}\d])${ITEM}\s*(?:,|og|and|&|vs\.?|versus|mot)\s*(?:the |den |det )?${ITEM}(?![\p{L}\d])`, 'u');
const POINTS_TO_TWO = /\b(de to|dei to|disse to|desse to|the two|them|those|these|begge|both|av dem|av dei|av de|dem|hverandre|kvarandre|each other|each)\b/;

/** "than those", "compared with that", "enn dem", "skiller seg fra det": the thing the last answer was about. */
const POINTS_BACK = /\b(than|to|with|against|from|enn|med|mot|fra|frå|som) (those|that|them|it|this|these|de|dei|dem|det|den|disse|desse|dette)\b(?! \p{L}+(ene|ane|a|en)\b)|\bstack(s)? up\b|\bhow does (that|it) compare\b/u;
/**
 * "søker man selv, eller blir man plukket ut?": two ways, each with its own verb. Side by side each program tells which
 * of them is its own; one yes or no for both would answer neither.
 */
const TWO_WAYS = /,\s*(or|eller)\s+(blir|får|må|skal|kommer|kjem|vert|gets?|do|does|are|is|must|will)\s+(man|en|ein|vi|me|jeg|eg|du|you|we|i|one|they|people|folk|de|dei)\b[^?]*\?\s*$/;
/** "…, til sammenligning?": the side talked of is set beside the other as it was just told. */
const FOR_COMPARISON = /\b(til sammenligning|til samanlikning|for comparison|by comparison|in comparison)\b/;

/** A gathering's length as a fact states it: "2-dagers samlinger", "Heldagssamlinger", "endagssamling". */
const GATHERING_LENGTH = /\b(\d|en|to|tre)[- ]?dagers? ?samling|\b(heldags|endags|todags|dags)samling/i;

/** What a side of a comparison does not state, by the topic asked. */
const SIDE_LABELS: Partial<Record<FactTopic, { nb: string; en: string }>> = {
  fee: { nb: 'pris', en: 'the price' }, lodging: { nb: 'opphold', en: 'the stay' }, credits: { nb: 'studiepoeng', en: 'credits' },
  exam: { nb: 'eksamen', en: 'an exam' }, admission: { nb: 'opptakskrav', en: 'admission requirements' },
  deadline: { nb: 'søknadsfrist', en: 'an application deadline' }, place: { nb: 'sted', en: 'the place' },
  support: { nb: 'støtteordninger', en: 'funding' }, travel: { nb: 'reisen', en: 'travel' },
};

/** Topics a side lacks outright when none of its facts has it: no other fact stands in for a price or a deadline. */
const UNSTATED_SIDE: ReadonlySet<FactTopic | undefined> = new Set<FactTopic>(['fee', 'lodging', 'credits', 'exam', 'deadline', 'support']);

/** A side with nothing on the topic: a line of the comparison, still naming its programs for the conversation. */
const unstated = (lang: Lang, g: readonly Program[]): Answer => ({ kind: 'unknown', lang, text: '', sources: [], followUps: [], programIds: g.map((p) => p.id) });

export class SideBySide {
  constructor(private readonly retriever: CatalogRetriever, private readonly facts: FactAnswers, private readonly reader: QuestionReader) {}

  /** Two pillars side by side, or undefined when the question does not set two apart. */
  pillars(read: ReadQuestion, scope: Program[], state: QnaState | undefined, lang: Lang): Answer | undefined {
    const { form, programs, intent } = read;
    // "what's the difference between pillar 3 and pillar 4?": both pillars, of the program that has pillars.
    // "Instituttlederprogrammet har både instituttledersamlinger og ledergruppesamlinger" → "hva er forskjellen på de to?"
    // "Er samlingene i søyle 3 like lange som instituttledersamlingene?": whether two are alike weighs them too.
    const weighs = form.compare || (SAME_ASKED.test(read.focus) && comparedKind(read) === 'duration');
    const named = weighs ? this.reader.pillarsTitled(read.focus, programs) : [];
    // "Hvor lange er samlingene i de to?" after a message naming two pillars asks the same of each.
    // "Hvilken av dem tar lengst tid?" weighs the two against each other too.
    // "Hvilken av dem er mest tilpasset den enkelte?" weighs the two as well.
    const ofEach = form.compare || form.comparative || OF_THE_TWO.test(read.focus) || WHICH_OF_THEM.test(read.focus);
    const last = ofEach && POINTS_TO_TWO.test(read.focus) ? state?.question : undefined;
    const before = named.length < 2 && last ? this.reader.pillarsTitled(last, programs) : [];
    const titled = named.length === 2 ? named : before.length === 2 ? before : [];
    // "How do the institute leader gatherings (pillar 1) differ from the leader group gatherings (pillar 2)?": two
    // pillars named by number anywhere in a comparison.
    const digitsNamed = weighs ? [...new Set([...read.focus.matchAll(/(?:s[øo]yle|pillar)\s*(\d)/g)].map((m) => m[1]))] : [];
    // One pillar by number, the other by its title ("søyle 3 … som instituttledersamlingene").
    const digits = digitsNamed.length === 1 && named.length === 1 && String(named[0]) !== digitsNamed[0] ? [digitsNamed[0], String(named[0])] : digitsNamed;
    // "Hovedsøyle 1 og 2 i instituttlederprogrammet" → "hva skiller de to?": the two pillars the last message named.
    const pointed = digits.length < 2 && titled.length < 2 && last ? TWO_PILLARS.exec(last) : null;
    // "What's the practical difference between number 3 and number 4?" right after the pillars were listed: those two.
    const listed = form.compare && state?.list === 'pillars' ? NUMBERED_PAIR.exec(read.focus) : null;
    const byNumber = listed ? ['', String(ORDINALS[listed[1]] ?? listed[1]), String(ORDINALS[listed[2]] ?? listed[2])] : null;
    const two = TWO_PILLARS.exec(read.focus) ?? byNumber
      ?? (titled.length === 2 ? ['', String(titled[0]), String(titled[1])] : digits.length === 2 ? ['', digits[0], digits[1]] : pointed);
    if (two) {
      const withPillars = (scope.some((p) => p.facts.some((f) => f.topic === 'pillars')) ? scope : this.retriever.catalog.programs).filter((p) => p.facts.some((f) => f.topic === 'pillars'));
      const found = [two[1], two[2]].map((n) => withPillars.flatMap((p) => p.facts.filter((f) => f.id === `pillar-${n}`).map((f) => ({ p, f })))[0]);
      if (withPillars.length === 1 && found.every((x) => x !== undefined)) {
        const hits = found as { p: Program; f: Fact }[];
        return lengthsWeighed(read, this.facts.ofFacts(lang, hits, intent, [hits[0].p]), hits.map(({ f }) => f), lang);
      }
    }
    // "og korleis skil det seg frå instituttleiarsamlingane?" after a pillar: the two pillars side by side.
    const lastPillar = state?.facts?.filter((id) => /\/pillar-\d$/.test(id));
    // "Hvor lange er instituttledersamlingene?" → "Og fellesopplæringen for alle ledere fakultetsvis – er den like lang,
    // eller hvordan er det i forhold?": another pillar named by its title anywhere in the message, set against the one
    // just told, when how they compare is asked.
    const weighed = form.compare || form.comparative || SAME_ASKED.test(read.focus) || IN_RELATION.test(read.focus);
    const lastProgram = weighed && lastPillar?.length === 1 ? this.retriever.program(lastPillar[0].split('/')[0]) : undefined;
    // "Og samlingene i søyle 3, er de like lange?": the other pillar named by number.
    const other = lastProgram ? [...new Set([...this.reader.pillarsTitled(read.text, [lastProgram]), ...(intent.pillar !== undefined ? [intent.pillar] : [])])].filter((n) => !lastPillar?.[0].endsWith(`/pillar-${n}`)) : [];
    if (lastProgram && other.length === 1) {
      const facts = [lastPillar?.[0].split('/')[1], `pillar-${other[0]}`].map((id) => lastProgram.facts.find((f) => f.id === id)).filter((f): f is Fact => f !== undefined);
      if (facts.length === 2) return lengthsWeighed(read, this.facts.answer(lang, facts.map((f) => f.text[lang]).join('\n\n'), facts.map((f) => sourceOf(lastProgram, f, lang)), [lastProgram], intent, facts.map((f) => `${lastProgram.id}/${f.id}`)), facts, lang, 1);
    }
    if (form.compare && intent.pillar !== undefined && lastPillar && lastPillar.length > 0 && !lastPillar.some((id) => id.endsWith(`pillar-${intent.pillar}`))) {
      const before = this.facts.again(lastPillar, lang, read);
      const now = this.facts.best(read, scope, lang);
      if (before && now.kind === 'answer') return { ...now, text: `${before.text}\n\n${now.text}`, sources: [...before.sources, ...now.sources], facts: [...(before.facts ?? []), ...(now.facts ?? [])] };
    }
    return undefined;
  }

  /** Both sides' figures of the asked kind compared, when each side states one in the same unit. */
  private measured(read: ReadQuestion, groups: Program[][], parts: readonly Answer[], lang: Lang, each = false): { text: string; verdict?: 'yes' | 'no' } | undefined {
    const kind = comparedKind(read);
    const direction = comparedDirection(read.focus) ?? (read.form.comparative ? undefined : 'either');
    if (!kind || !direction || groups.length !== 2 || parts.some((a) => a.kind !== 'answer')) return undefined;
    const perGathering = each || /\b(samling|samlinga|gathering|session)/.test(read.focus);
    // A family side is named once ("LEDPRO", not "LEDPRO 1 og LEDPRO 2").
    const nameOf = (g: Program[]): string => {
      const names = [...new Set(g.map((p) => shortNameOf(p, lang).replace(/\s+\d$/, '')))];
      return g.length > 1 && names.length === 1 ? names[0] : joinNames(g.map((p) => shortNameOf(p, lang)), lang);
    };
    const sides = parts.map((a, i) => ({ name: nameOf(groups[i]), q: quantityOf(a.text, kind, perGathering) }));
    if (sides.some((s) => !s.q)) return undefined;
    // The side the question names is its subject ("og LEDPRO, er det lengre?"); else the first one.
    const named = groups.findIndex((g) => g.some((p) => read.programs.includes(p)));
    const subject = named < 0 ? 0 : named;
    const result = compareQuantities(sides.map((s) => ({ name: s.name, q: s.q as Quantity })), subject, direction, kind, lang);
    // "samme antall?": yes when the figures are equal.
    if (result && direction === 'either' && read.form.yesNo && /\b(samme|same|like (mange|lang[et]?|lenge)|as (many|long))\b/.test(read.focus)) {
      return { ...result, verdict: sides[0].q?.value === sides[1].q?.value ? 'yes' : 'no' };
    }
    return result;
  }

  /**
   * "How long is each instituttledersamling?" → "Are the LEDPRO gatherings longer or shorter than those?": the side the
   * conversation just answered is set against the other with that answer, not asked again in the new question's words
   * (which name the other side's things). Only when the question points back at it ("than those", "med det") and
   * names nothing of that side itself, and the last answer was one fact (a family's parts may share it).
   */
  private keptSide(read: ReadQuestion, groups: readonly Program[][], state: QnaState | undefined, lang: Lang): { side: number; answer: Answer } | undefined {
    const last = factsAt(this.retriever, state?.facts ?? []);
    // One fact (a family's parts may share it): an answer made of several facts was composed (the way in: the rules,
    // then the application and its deadline) and is not said again fact by fact.
    if (groups.length !== 2 || last.length === 0 || new Set(last.map(({ f }) => f.text.nb)).size > 1) return undefined;
    const inGroup = (g: readonly Program[]): boolean => last.every(({ p }) => this.retriever.withDescendants([...g]).includes(p) || g.some((x) => x.id === p.parent));
    const side = groups.findIndex(inGroup);
    if (side < 0 || inGroup(groups[1 - side])) return undefined;
    const named = [...this.retriever.detectPrograms(read.focus).programs, ...read.programs];
    if (named.some((p) => groups[side].includes(p) || groups[side].some((x) => x.id === p.parent))) return undefined;
    // A fact the family's parts share is told fresh, with the parts it holds for ("gjelder hver del").
    if (!POINTS_BACK.test(read.focus) && !(FOR_COMPARISON.test(read.focus) && last.length === 1)) return undefined;
    const answer = this.facts.answer(lang, last[0].f.text[lang], last.map(({ p, f }) => sourceOf(p, f, lang)), last.map(({ p }) => p), read.intent, last.map(({ p, f }) => `${p.id}/${f.id}`));
    return { side, answer };
  }

  /**
   * The fact that says how long a program's gatherings are, preferring the pillar the message names by title, then
   * the one the last answer gave ("Hvor lange er instituttledersamlingene?" → "Og LEDPRO-samlingene – like lange?").
   */
  gatheringLength(read: ReadQuestion, programs: readonly Program[], lastFacts: readonly string[] = []): { p: Program; f: Fact } | undefined {
    const sized = programs.flatMap((p) => p.facts.filter((f) => GATHERING_LENGTH.test(f.text.nb)).map((f) => ({ p, f })));
    if (sized.length === 0) return undefined;
    const titled = this.reader.pillarsTitled(read.text, programs);
    return sized.find(({ f }) => titled.some((n) => f.id === `pillar-${n}`)) ?? sized.find(({ p, f }) => lastFacts.includes(`${p.id}/${f.id}`)) ?? (sized.length === 1 ? sized[0] : undefined);
  }

  /** Side by side: each program (or family sharing the same fact) answers the topic, or says it has no fact. */
  /** `each`: one of the gatherings the last answer counted is what is asked about ("hver av dem"). */
  compare(read: ReadQuestion, lang: Lang, each = false, state?: QnaState): Answer {
    const groups = read.comparePrograms.length > 1 ? read.comparePrograms : read.programs.map((p) => [p]);
    const topics = read.intent.topics;
    const kept = this.keptSide(read, groups, state, lang);
    // "Hva er forskjellen på LEDPRO 1 og 2?" asks no topic: what each one is about tells them apart.
    const untopical = topics.every((t) => GENERIC_TOPICS.has(t)) && read.coverageTerms.length === 0 && !read.form.yesNo && !read.form.comparative && !read.form.expects && !read.inherited;
    const parts = groups.map((g, i) => {
      if (kept && kept.side === i) return kept.answer;
      // A program with no fact on how one gets onto it is told by its umbrella's ("fakultetene nominerer").
      const own = this.retriever.withDescendants(g);
      // So is how one gets in, when it has no admission rules of its own ("Is getting in the same for both?").
      const howIn = (topics[0] === 'apply' && !own.some((p) => p.facts.some((f) => f.topic === 'apply'))) || (topics[0] === 'admission' && !own.some((p) => p.facts.some((f) => f.topic === 'admission' || f.topic === 'apply')));
      const umbrellas = howIn ? g.map((p) => (p.parent ? this.retriever.program(p.parent) : undefined)).filter((p): p is Program => p !== undefined) : [];
      const asked = umbrellas.length > 0 && topics[0] === 'admission' ? { ...read, intent: { ...read.intent, topics: ['apply' as const, ...topics] } } : read;
      const scope = [...own, ...umbrellas];
      const content = untopical ? this.facts.ofTopic(['themes', 'pillars', 'content'], scope, read, lang) : undefined;
      if (content) return content;
      // "How long is each institute leader gathering, compared with a LEDPRO gathering?": a side whose gatherings are
      // all dated, and all as long, says that length.
      const oneGathering = read.form.expects === 'duration' && (each || ONE_GATHERING.test(read.focus));
      const length = oneGathering ? schedulesOf(own).map((s) => ({ s, text: eachGatheringLength(s, lang, false) })).find((x) => x.text !== undefined) : undefined;
      if (length?.text) return this.facts.answer(lang, length.text, length.s.programs.map((p) => sourceOf(p, p.facts.find((f) => f.topic === 'dates'), lang)), g, read.intent);
      // A side whose gatherings are not dated: the fact that gives its gatherings' length ("2-dagers samlinger"), of the
      // pillar the message names by its title ("instituttledersamlingene") when it names one.
      const sized = oneGathering ? this.gatheringLength(read, own, state?.facts) : undefined;
      if (sized) return this.facts.answer(lang, sized.f.text[lang], [sourceOf(sized.p, sized.f, lang)], [sized.p], read.intent, [`${sized.p.id}/${sized.f.id}`]);
      const a = this.facts.best({ ...asked, programs: g, form: { ...read.form, yesNo: false } }, scope, lang);
      // "… the price of its institute leader programme, for comparison?": a side with no fact of the topic at all says
      // so, rather than give what it does have (its overview).
      // The side's answer comes from its scope, so with no fact of the topic there it holds none either.
      if (UNSTATED_SIDE.has(topics[0]) && !scope.some((p) => p.facts.some((f) => f.topic === topics[0]))) return unstated(lang, g);
      // The question's words fit one program's wording: the other answers with its own fact of the same topic.
      // "hvor lenge går de to hver for seg?": a side that does not state the length asked for gives the fact that does.
      const expected = read.form.expects === 'duration' && a.kind === 'answer' && !EXPECTED.duration.test(a.text) ? this.facts.ofExpected('duration', scope, read, lang) : undefined;
      if (expected) return expected;
      // "Har del 1 og del 2 like mange samlinger?": a side whose fact counts something else gives the fact that counts
      // what is asked.
      const counted = read.form.expects === 'count' ? SAME_COUNT_OF.exec(read.focus)?.[1] : undefined;
      const ofCount = counted && a.kind === 'answer' && !countsWhatIsAsked(`hvor mange ${counted}`, a.text) ? this.facts.ofExpected('count', scope, read, lang, counted) : undefined;
      if (ofCount) return ofCount;
      const ofLength = read.form.expects === 'duration' ? this.facts.ofExpected('duration', scope, read, lang) : undefined;
      return a.kind === 'answer' ? a : ofLength ?? this.facts.ofTopic(topics, scope, read, lang) ?? (read.form.expects ? this.facts.ofExpected(read.form.expects, scope, read, lang) : undefined) ?? a;
    });
    // Side by side, a program without the fact is one line of the comparison, not a refusal of the question.
    // A side answered from a fact, even one that says the documents only name the program ("Det står ikke i
    // programdokumentene hva Mentorprogrammet inneholder …"), is a line of the comparison in its own words.
    const factual = (a: Answer): boolean => a.kind === 'answer' || (a.facts?.length ?? 0) > 0;
    const line = (a: Answer, g: Program[]): string => {
      // Each side says whose it is: "Instituttlederprogrammet: Programmet er for …" beside "LEDPRO 1: Målgruppen …".
      const named = g.some((p) => [shortNameOf(p, lang), p.name[lang], ...p.aliases].some((n) => n.length > 2 && a.text.slice(0, 80).toLowerCase().includes(n.toLowerCase())));
      if (factual(a)) return named ? a.text : `${joinNames(g.map((p) => shortNameOf(p, lang)), lang)}: ${a.text}`;
      const names = joinNames(g.map((p) => p.name[lang]), lang);
      // "NTNU …: dokumentet sier ikke noe om pris.": what it does not say is named, so the line reads on its own.
      const label = SIDE_LABELS[read.intent.topics[0] ?? 'overview'];
      if (label) return lang === 'nb' ? `${names}: dokumentet sier ikke noe om ${label.nb}.` : `${names}: the document does not mention ${label.en}.`;
      return lang === 'nb' ? `${names}: dokumentet sier ikke noe om dette.` : `${names}: the document does not say.`;
    };
    // Two sides with the same fact word for word are said once, for both: the reader sees they are alike instead of
    // reading the same paragraph twice.
    const alike = parts.length === 2 && parts.every((a) => a.kind === 'answer') && parts[0].text === parts[1].text;
    const family = groups.flat().every((p) => this.retriever.familyOf(p).includes(groups[0][0]));
    const same = lang === 'nb' ? (family ? 'likt for hver del' : 'likt for begge') : family ? 'the same for each part' : 'the same for both';
    let text = alike ? `${joinNames(groups.flat().map((p) => shortNameOf(p, lang)), lang)} (${same}): ${parts[0].text}` : parts.map((a, i) => line(a, groups[i])).join('\n\n');
    // "Which gives more credits?": the same figure on both sides is said first.
    // "bachelorgrad (180 studiepoeng)" is a requirement's figure, not what the program gives.
    const figures = parts.map((a) => (a.kind === 'answer' ? /(?<![(\d])(\d+)\s*(studiepoeng|credits|sp\b|dager|days|samlinger|gatherings)/i.exec(a.text) : null));
    // Only a figure the question asks about: "how is it taught?" is not answered by equal credits.
    const unit = figures[0]?.[2].toLowerCase() ?? '';
    const askedFor = /^(studiepoeng|credits|sp)$/.test(unit) ? /(studiepoeng|credits?|poeng|\bsp\b|ects)/ : /^(dager|days)$/.test(unit) ? /(dag|day|lang|long|lenge|varer|last)/ : /(samling|gathering|mange|many)/;
    if (figures.length > 1 && askedFor.test(read.focus) && figures.every((f) => f && f[1] === figures[0]?.[1] && f[2].toLowerCase() === figures[0]?.[2].toLowerCase())) {
      const f = figures[0];
      text = `${lang === 'nb' ? `Begge gir det samme: ${f?.[1]} ${f?.[2]}.` : `Both are the same: ${f?.[1]} ${f?.[2]}.`}\n\n${text}`;
    }
    const sources: AnswerSource[] = uniqueSources(parts.flatMap((a) => a.sources));
    const programIds = [...new Set(parts.flatMap((a) => a.programIds))];
    const known = parts.some(factual);
    // "og LEDPRO, er det lengre?": the two figures compared in words first, and the yes or no follows from them.
    const measured = this.measured(read, groups, parts, lang, each);
    if (measured) {
      const lead = measured.verdict && read.form.yesNo ? `${verdictWord(measured.verdict, lang)}. ${measured.text}` : measured.text;
      return { kind: 'answer', lang, text: `${lead}\n\n${text}`, sources, followUps: parts[0]?.followUps ?? [], programIds, contact: parts.find((a) => a.contact)?.contact };
    }
    // A yes/no question over two programs: yes for both, partly when only one of them has it. "Er de lengre?" is
    // no such question: both having a duration says nothing about which is longer.
    // Nor is "how different is it?": a comparison asks how, not whether; nor "søker man selv, eller blir man plukket
    // ut?", where each side tells which of the two ways it is.
    // "Er eksamen lik for del 1 og del 2?": sides that differ in wording are no yes to "the same", nor a no the
    // reader could trust: the two facts side by side answer it.
    const askedSame = SAME_ASKED.test(read.focus);
    // "Er NTNUs ledersamling på samme sted som LEDPRO-samlingene?": whether the sides' places are one, not a yes for
    // each side having a place.
    const places = read.form.yesNo && known ? placesOfSidesVerdict(read.focus, text) : undefined;
    if (read.form.yesNo && known && (places !== undefined || (!read.form.comparative && !read.form.choice && !TWO_WAYS.test(read.focus) && !(askedSame && !alike) && !/\b(how different|hvor (forskjellig|ulik|annerledes)|kor (ulik|forskjellig))/.test(read.focus)))) {
      const all = parts.every((a) => a.kind === 'answer');
      // Sides that carry their own yes or no ("LEDPRO meets in Oppdal, like NTNU?"): the whole is what they say
      // together, not a yes for each having a fact.
      // How one gets in, asked of both, is judged side by side as each alone would be ("Søker man selv både til
      // LEDPRO og NTNU?": yes for LEDPRO, no where the faculties nominate, so "Delvis"). Other topics are not: a side
      // that says it in other words ("concrete leadership challenges" for "real cases") would read as a no.
      const said = parts.map((a) => openingVerdict(a.text));
      const howIn = topics[0] === 'apply' || topics[0] === 'admission';
      const own = howIn && said.some((v) => v === undefined) ? parts.map((a, i) => openingVerdict(withVerdict(a, { ...read, programs: groups[i], comparePrograms: [] }, lang, this.retriever).text)) : said;
      const judged = places
        ?? (own.every((v) => v !== undefined) ? (own.every((v) => v === 'yes') ? 'yes' : own.every((v) => v === 'no') ? 'no' : 'partly') : undefined);
      const word = verdictWord(judged ?? (all ? 'yes' : 'partly'), lang);
      // One yes or no said of both sides is said once, first.
      const once = judged === 'yes' || judged === 'no' ? text.split('\n\n').map((x) => x.replace(/^(Ja|Nei|Yes|No)\. /, '')).join('\n\n') : text;
      return { kind: 'answer', lang, text: `${word}. ${once}`, sources, followUps: parts[0]?.followUps ?? [], programIds, contact: parts.find((a) => a.contact)?.contact };
    }
    return { kind: known ? 'answer' : 'unknown', lang, text, sources, followUps: parts[0]?.followUps ?? [], programIds, contact: parts.find((a) => a.contact)?.contact };
  }
}

/** The kind of figure a comparison asks about: said by the question's form, or by its comparative word. */
/**
 * Two pillars' gatherings weighed by length ("er de like lange?", "which is longer?"): the two lengths in words first,
 * "Nei"/"No" when the same length is asked of lengths that differ. The answer as it is when a fact gives no length.
 */
function lengthsWeighed(read: ReadQuestion, answer: Answer, facts: readonly Fact[], lang: Lang, subject = 0): Answer {
  if (comparedKind(read) !== 'duration' && read.form.expects !== 'duration') return answer;
  const sides = facts.map((f) => ({ name: (lang === 'nb' ? /^Hovedsøyle \d/ : /^Pillar \d/).exec(f.text[lang])?.[0].toLowerCase(), q: quantityOf(f.text[lang], 'duration', true) }));
  if (sides.some((x) => !x.name || !x.q)) return answer;
  const direction = comparedDirection(read.focus) ?? 'either';
  const result = compareQuantities(sides.map((x) => ({ name: x.name as string, q: x.q as Quantity })), subject, direction, 'duration', lang);
  if (!result) return answer;
  const same = direction === 'either' && read.form.yesNo && SAME_ASKED.test(read.focus) ? (sides[0].q?.value === sides[1].q?.value ? 'yes' : 'no') : result.verdict;
  const said = `${result.text.charAt(0).toUpperCase()}${result.text.slice(1)}`;
  const lead = same && read.form.yesNo ? `${verdictWord(same, lang)}. ${said}` : said;
  return { ...answer, text: `${lead}\n\n${answer.text}` };
}

function comparedKind(read: ReadQuestion): 'duration' | 'amount' | 'count' | undefined {
  if (read.form.expects === 'duration' || read.form.expects === 'amount' || read.form.expects === 'count') return read.form.expects;
  if (/\b(lengre|lenger|kortere|longer|shorter|lengst|kortest|longest|shortest|like lang[et]?|like lenge|as long|(the )?same length|samme lengde)\b/.test(read.focus)) return 'duration';
  if (/\b(dyrere|billigere|dyrest|billigst|more expensive|most expensive|cheaper|cheapest|costlier)\b/.test(read.focus)) return 'amount';
  if (/\b(flere|fleire|færre|samme antall|like mange|more|fewer|same number|as many)\b/.test(read.focus)) return 'count';
  return undefined;
}
