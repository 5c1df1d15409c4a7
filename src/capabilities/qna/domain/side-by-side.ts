import { letterAware } from './letter-aware';
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
import { ONE_GATHERING, SAME_ASKED } from './reader-vocabulary';
import { eachGatheringLength } from './date-calculations';
import { countsWhatIsAsked, EXPECTED } from './expected-figures';
import { factsAt } from './fact-ids';
import { placesOfSidesVerdict } from './place-sameness';

/**
 * Answers side by side: two programs (or a program family against another) on the asked topic, with their figures
 * compared in words. Two pillars of one program are set side by side in `pillars-side-by-side.ts`.
 */
/** A length of a whole program: years, months, semesters, a term of office, or a span of dated gatherings. */
const PROGRAM_LENGTH = letterAware(/\b\d+\s*(år|years?|måneder|månader|months?|semestre|semesters?)\b|\b(to|tre|fire|two|three|four)[- ]?(årig|years?)\b|åremål|term of office|\b(fra|from)\b.{0,40}\b(til|to)\b.{0,30}\b20\d\d\b/);

/** "like mange samlinger", "the same number of gatherings": the word a compared count is of. */
const SAME_COUNT_OF = /\b(?:like mange|samme antall|same number of|as many)\s+([\p{L}-]+)/u;

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
      // "Which is over faster, LEDPRO or the institute leader programme?": the length of the whole program, which a
      // full-day gathering does not give.
      const lengthOf = oneGathering || /(samling|gathering|session)/.test(read.focus) || read.intent.topics.includes('travel') ? EXPECTED.duration : PROGRAM_LENGTH;
      const expected = read.form.expects === 'duration' && a.kind === 'answer' && !lengthOf.test(a.text) ? this.facts.ofExpected('duration', scope, read, lang) : undefined;
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
    // The part two sides share when one side's fact is the other's with more (part 2's admission adds "du må ha
    // gjennomført del 1") is said once by the composer's tidyParagraphs, for every reply.
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
/** The kind of figure a comparison weighs: a length, an amount or a count. */
export function comparedKind(read: ReadQuestion): 'duration' | 'amount' | 'count' | undefined {
  if (read.form.expects === 'duration' || read.form.expects === 'amount' || read.form.expects === 'count') return read.form.expects;
  if (/\b(lengre|lenger|kortere|longer|shorter|lengst|kortest|longest|shortest|like lang[et]?|like lenge|as long|(the )?same length|samme lengde)\b/.test(read.focus)) return 'duration';
  if (/\b(dyrere|billigere|dyrest|billigst|more expensive|most expensive|cheaper|cheapest|costlier)\b/.test(read.focus)) return 'amount';
  if (/\b(flere|fleire|færre|samme antall|like mange|more|fewer|same number|as many)\b/.test(read.focus)) return 'count';
  return undefined;
}
