import { disputedClaim } from './disputed-answers';
import { letterAware } from './letter-aware';
import { personPointedVerdict } from './person-pointed';
import { EDUCATION_TOLD } from './education-words';
import { tidyParagraphs } from './shared-paragraphs';
import { EXPECTED } from './expected-figures';
import { factsAt } from './fact-ids';
import type { Program } from '../../../catalog/catalog.schema';
import type { SourcePassage } from '../../../catalog/source-passages';
import { PassageIndex } from './passage-index';
import { requestedLanguage, type Lang } from '../../../shared/i18n';
import type { Answer } from './answer';
import { groupListingAsked } from './role-groups';
import { roleToldForSecond } from './role-programs';
import { newcomerFacts } from './newcomer-facts';
import { backToEarlier, earlierOf, freshState, type QnaState } from './conversation-state';
import { answerNightsAway, nightsAsked } from './nights-away';
import { answerCostTotal, answerCreditTotal, peopleTold } from './cost-answers';
import { answerDateCalc, eachGatheringLength, readDateCalc } from './date-calculations';
import { ONE_GATHERING } from './reader-vocabulary';
import { echoedPriceNote } from './echoed-figures';
import { weightedYearsFacts } from './weighted-years';
import { periodAnswer } from './program-period';
import { FEE_ALONE } from './cost-words';
import { VERDICT_FIRST } from './yes-no-answers';
import { answerDates, noneInYearAsked, schedulesOf, weekdayVerdict } from './date-answers';
import { namesInSentence } from '../../../shared/name-in-sentence';
import { FactAnswers, sourceOf } from './fact-answers';
import { confirmingLast, DEGREE_HELD, EACH_AT_END, EACH_OF_THEM, NEW_INTAKE, TOO_LATE, WHEN_AS_SINCE } from './composer-patterns';
import { premiseCorrected } from './premise-corrections';
import { providerClaimCorrected } from './provider-claims';
import { nothingAhead, withWhomToAsk } from './no-new-dates';
import { QuestionReader, type ReadQuestion } from './question-reader';
import type { CatalogRetriever } from './retrieval';
import { isContextStatement, smallTalkReply } from './small-talk';
import { gatheringOf, itemNamedIn, itemOf, listed, narrowsLast } from './follow-ups';
import { bothPointedAt, EXTENT_ONLY, extentOfLast, partFirst, pointsToLast } from './last-fact-pointers';
import { splitQuestions } from './compound-questions';
import { nounPairQuestions } from './noun-pairs';
import { bothTogether } from './two-part-answers';
import { SELF } from './question-focus';
import { SideBySide } from './side-by-side';
import { PillarsSideBySide } from './pillars-side-by-side';
import { DatedQuestions } from './dated-questions';
import { finished } from './answer-finishing';
import { contrastWithLast } from './switch-contrast';
import { countOfList, countsLastList } from './list-counts';
import { employersOf, employerTold, type Employer } from './own-programs';
import { answerScope, sceneSet } from './composer-steps';

import type { ComposeInput, Composed } from './composed';

export type { ComposeInput, Composed } from './composed';

/** A cost named in the question's own words (not only inherited from the last answer). */
const COST_NAMED = /(avgift|fee|losji|lodging|board|hotel|hotell|opphold|semester|natt|night|døgn|pris|price|kost|cost)/;
/** The fee named in the last question, which a total asked after it keeps in the sum. */
const FEE_NAMED = /(avgift|\bfee\b|tuition)/;
/** Gatherings named anywhere in a message ("instituttledersamlingene", "the sessions"). */
const GATHERINGS_NAMED = /(samling|samlinga|gathering|session)/;

/** "how long does it run …?": the program itself is the subject of the length asked, whatever else is named. */
const IT_RUNS = letterAware(/\b(does it|do they|will it|is it|varer det|varer den|det varer|den varer|det varar|den varar|it lasts|it runs|går det|går den|varar det|varar den|held det på|holder det på)\b/);

/**
 * Builds the answer to one message of a conversation from the catalog: small talk kindly, computed dates and
 * totals, the asked fact first with its source, or an honest "the documents do not say" with the right
 * program's contact. A follow-up without a topic inherits the conversation's topic; a named program replaces
 * the conversation's program; a yes/no question gets "Ja"/"Nei" first, judged against the fact.
 */
/**
 * A message cut off mid-sentence: it ends in a comma or dash, or is a condition ("Hvis …", "If …") with no end mark.
 * Not "når er samling 4" / "when is the first gathering": "når"/"when" right before a verb asks, with or without "?".
 */
const UNFINISHED = letterAware(/(?:,|–|—|\s-)$|^(?:hvis|viss|dersom|om|since|siden|(?:når|when)(?!\s+(?:er|e|blir|vert|var|starter|startar|begynner|byrjar|går|kommer|kjem|skal|må|slutter|sluttar|holdes|haldast|arrangeres|kan|bør|får|is|are|was|were|does|do|did|will|would|can|should|must|starts?|begins?|ends?)\b))\b[^.?!]*$/i);

export class AnswerComposer {
  private readonly reader: QuestionReader;
  private readonly facts: FactAnswers;
  private readonly sides: SideBySide;
  private readonly pillarPairs: PillarsSideBySide;
  private readonly dated: DatedQuestions;
  private readonly employers: readonly Employer[];
  /** English program names written inside sentences ("for the Head of Department programme"). */
  private readonly inSentences: (text: string, lang: Lang) => string;

  /** `passages`: the source documents' paragraphs, quoted when no curated fact answers. */
  constructor(readonly retriever: CatalogRetriever, passages: readonly SourcePassage[] = []) {
    retriever.learn(passages.map((p) => p.text));
    this.reader = new QuestionReader(retriever);
    this.facts = new FactAnswers(retriever, passages.length > 0 ? new PassageIndex(passages, retriever.catalog.programs, retriever.isKnown) : undefined);
    this.sides = new SideBySide(retriever, this.facts, this.reader);
    this.pillarPairs = new PillarsSideBySide(retriever, this.facts, this.reader);
    this.dated = new DatedQuestions(retriever, this.facts);
    this.employers = employersOf(retriever);
    this.inSentences = namesInSentence(retriever.catalog.programs.map((p) => p.name.en));
  }

  compose(given: ComposeInput): Composed {
    const { answer, state } = this.composed(given);
    // The names' pattern needs "The " inside a sentence: a text without it (every Norwegian one) is not searched.
    const fit = (t: string): string => (t.includes('The ') ? this.inSentences(t, answer.lang) : t);
    return { answer: { ...answer, text: fit(tidyParagraphs(answer.text, answer.lang)), followUps: answer.followUps.map((f) => ({ ...f, title: fit(f.title), query: fit(f.query) })) }, state };
  }

  private composed(given: ComposeInput): Composed {
    // "Is that the case, or …?" after a message that reported a claim: that claim, asked to be confirmed.
    const fresh = freshState(given.state, given.now);
    const confirming = confirmingLast(given.question, fresh?.question, given.lang);
    // "Du tar feil, de er på Hamar.": the asker's own claim is checked; a bare "that's wrong" asks the last question again.
    const disputed = fresh?.question && !confirming ? disputedClaim(given.question) : undefined;
    // "Hvis Kari tar del 1 og jeg tar del 2 samme år," → "er vi da på de samme samlingene?": one sentence sent in two.
    const continued = !confirming && fresh?.question && UNFINISHED.test(fresh.question.trim()) ? `${fresh.question.trim()} ${given.question.trim()}` : undefined;
    const question = confirming ?? continued ?? (disputed === undefined ? undefined : disputed || fresh?.question);
    const input = question ? { ...given, question } : given;
    // "Når det bare går over ett år, er det vel …?": a wrong premise is corrected first, even where the message reads
    // as two questions.
    const premisedFirst = WHEN_AS_SINCE.test(input.question.trim());
    const premised = premisedFirst ? premiseCorrected(input, (x) => this.composeOne(x)) : undefined;
    if (premised) return premised;
    // "Since LEDPRO is NTNU's own programme, …": a programme claimed for another document's provider.
    const owned = providerClaimCorrected(input, this.retriever, (x) => this.composeOne(x));
    if (owned) return owned;
    const split = splitQuestions(input.question);
    const questions = split.length === 2 ? split : nounPairQuestions(input.question, (w) => this.retriever.detectPrograms(w).programs.length > 0);
    if (questions.length === 2) return this.composeBoth(input, questions[0], questions[1]);
    // A premise already checked above (and found right) is not checked again.
    return (premisedFirst ? undefined : premiseCorrected(input, (x) => this.composeOne(x))) ?? this.composeOne(input);
  }

  /** Two questions in one message: each answered in turn (the second leans on the first), then said together. */
  private composeBoth(input: ComposeInput, first: string, second: string): Composed {
    const a = this.composeOne({ ...input, question: first });
    const role = roleToldForSecond(first, second);
    const told = a.state && role ? { ...a.state, told: `${a.state.told ?? ''} ${role}`.trim() } : a.state;
    const b = this.composeOne({ ...input, question: second, state: told });
    return bothTogether(a, b, first, second, input.lang);
  }

  private composeOne(input: ComposeInput): Composed {
    const { lang, now } = input;
    const given = input.state ?? (input.contextProgramId ? { programIds: [input.contextProgramId], at: now.toISOString() } : undefined);
    // "tilbake til det første": the conversation reads on from the program before the last switch.
    const state = backToEarlier(input.question, freshState(given, now));
    const read = this.reader.read(input.question, state, input.homeProgramId);
    if (read.smallTalk === 'context') return sceneSet({ retriever: this.retriever, facts: this.facts, employers: this.employers }, read, state, lang, now);
    // "and in Norwegian please?" right after an answer: the last question again, in the language asked for.
    const asksLanguage = read.smallTalk === 'language' || (requestedLanguage(input.question) !== undefined && read.coverageTerms.length === 0);
    if (asksLanguage && state?.question && input.question !== state.question) return this.composeOne({ ...input, question: state.question, state: given });
    if (read.smallTalk) {
      const answer: Answer = { kind: 'smalltalk', lang, text: smallTalkReply(read.smallTalk, lang), sources: [], followUps: [], programIds: [] };
      return { answer, state: read.smallTalk === 'reset' ? undefined : state && { ...state, at: now.toISOString() } };
    }
    const { intent, programs } = read;
    const scope = answerScope(this.retriever, programs, intent);
    // "which topics does it list?" right after an answer of one fact: "it" is that fact, whatever else the words match.
    // "hele tiden?" after "noe av studiet foregår i fellesskap og noe separat": that fact again, not all the time.
    const extent = EXTENT_ONLY.test(read.focus.trim());
    const points = extent ? (state?.facts?.length ?? 0) > 0 : pointsToLast(read, state, this.retriever);
    const last = points ? this.facts.again(extent && state?.facts ? partFirst(state.facts, this.retriever) : state?.facts, lang, read) : undefined;
    // "altså korleis dei er lagde opp" after two pillars side by side: both of them again.
    const both = last ? [] : factsAt(this.retriever, bothPointedAt(read, state) ?? []);
    const again = last && extent ? extentOfLast(last, lang) : last ?? (both.length === 2 ? this.facts.ofFacts(lang, both, intent, [both[0].p]) : undefined);
    // "When is the exam due?" unanswered → "a date?", "et anslag?": the same question narrowed is still not answered.
    const narrowed = state?.unanswered && narrowsLast(read, state) ? this.facts.unknown(lang, scope, programs, intent) : undefined;
    // "… én av dem er merket som ny – hvilken er det?": the one item of the last list that holds the word asked with.
    const named = read.item === undefined && !again && !narrowed && read.programs.every((p) => state?.programIds.includes(p.id)) ? itemNamedIn(input.question, state?.items) : undefined;
    const picked = named !== undefined ? { ...read, item: named } : read;
    // "Kva for leiarutviklingsprogram har NTNU?" → "Kor mange er nemnde?": the last answer's list counted.
    const lastList = !again && !narrowed && countsLastList(read.focus.trim(), (state?.items?.length ?? 0) > 0) && state?.facts?.length === 1 ? factsAt(this.retriever, state.facts)[0] : undefined;
    const counted = lastList ? countOfList(lastList.f.text[lang], lang) : undefined;
    const countAnswer = counted && lastList ? this.facts.answer(lang, counted, [sourceOf(lastList.p, lastList.f, lang)], [lastList.p], intent, [`${lastList.p.id}/${lastList.f.id}`]) : undefined;
    let answer = narrowed ?? again ?? countAnswer ?? (picked.item !== undefined && state?.items ? itemOf(state, picked, lang, this.facts.again(state.facts, lang, picked)) : this.answerFor(read, scope, now, lang, state));
    // "Og NTNU-programmet, gir det like mye?" after LEDPRO's credits: the side the documents give is set beside it.
    answer = contrastWithLast(this.facts, this.retriever, read, state, answer, lang) ?? answer;
    answer = finished(answer, read, programs, now, lang, this.retriever);
    answer = personPointedVerdict(answer, read.focus, state?.contact, lang) ?? answer;
    // "Ok, så 35 000 kroner pluss hotell da. Hvor mye blir hotellet?": a price repeated back wrong is set right first.
    // An answer that opens with its yes or no has met the asker's claim already.
    // Nor one that sets the same figure right itself ("The participation fee is NOK 53,000, not NOK 35,000. …").
    const note = answer.kind === 'answer' && !VERDICT_FIRST.test(answer.text) ? echoedPriceNote(read.text, state?.topic, programs, lang) : undefined;
    const echoed = note !== undefined && !answer.text.startsWith(note) ? note : undefined;
    if (echoed) answer = { ...answer, text: `${echoed}\n\n${answer.text}` };
    // Read once for what the state keeps of it and whether it was left unanswered.
    const context = isContextStatement(input.question);
    const next: QnaState = {
      programIds: answer.programIds.length > 0 && answer.kind === 'answer' ? [...answer.programIds] : programs.map((p) => p.id),
      // "Hvor lenge varer mentorprogrammet?" unanswered asked something of its own: the topic before it is not carried on.
      topic: intent.topics[0] ?? (answer.kind === 'unknown' && read.form.expects ? undefined : state?.topic),
      date: intent.date,
      concern: intent.concern ?? state?.concern,
      gathering: gatheringOf(intent.date, answer) ?? state?.gathering,
      list: intent.date?.kind === 'all' || intent.date?.kind === 'gathering' || intent.date?.kind === 'next' ? 'gatherings'
        : intent.topics[0] === 'pillars' ? 'pillars' : undefined,
      facts: answer.facts ? [...answer.facts] : undefined,
      // The person named last is "her" of a later question, whatever was asked in between.
      contact: answer.contact?.name ?? state?.contact,
      expects: read.form.expects,
      items: answer.kind === 'answer' ? listed(answer.text, read.text, read.item !== undefined ? state?.items : undefined) : undefined,
      question: read.text.slice(0, 300),
      told: context ? read.text.slice(0, 300) : undefined,
      unanswered: answer.kind === 'unknown' && !context ? true : undefined,
      employer: employerTold(read.text, this.employers) ?? state?.employer,
      people: peopleTold(read.text) ?? state?.people,
      at: now.toISOString(),
    };
    const earlier = earlierOf(state, next.programIds, (a, b) => a === b || this.familyIds(a).includes(b));
    return { answer, state: earlier ? { ...next, earlier } : next };
  }

  private answerFor(read: ReadQuestion, scope: Program[], now: Date, lang: Lang, state: QnaState | undefined): Answer {
    const { intent, programs, form } = read;
    // A subject the documents do not cover (a refund, parking) is not answered by a date or a sum either.
    // "I'm on call during some of the dates. Can I join a gathering on Teams instead?": whether one may do something
    // the documents do not cover is not answered by the calendar the context named.
    // A month the question names ("i juli, midt i fellesferien?") is the calendar asked, whatever else it says.
    const offCalendar = form.yesNo && intent.date?.kind === 'all' && form.months.length === 0 && read.offDocument.length > 0 && readDateCalc(read.focus) === undefined;
    if (offCalendar || read.offDocument.some((w) => w.includes(' ') || OFF_DOCUMENT_MONEY.test(w))) return this.facts.best(read, scope, lang, state?.facts, state?.contact);
    const dated = (scope.length > 0 ? scope : this.retriever.catalog.programs).filter((p) => p.cohorts.length > 0);
    const nominated = this.dated.nominatedInstead(read, lang);
    if (nominated) return nominated;
    // "I'm a union rep … can I still apply?": whether they may, not whether the deadline is open.
    // "the deadline for handing the exam in": a date of the exam, read as such (weak), which no calendar sum answers.
    const examDate = intent.weakDates && intent.topics[0] === 'exam';
    // "… can someone with only a bachelor's still apply?": whether that education lets them, not the deadline.
    // "Jeg er tillitsvalgt og har et medlem som vil søke i januar. Er det for sent?": lateness asked outright is the deadline's.
    const calc = examDate ? undefined : ((c) => (c?.kind === 'deadline-status' && !TOO_LATE.test(read.focus) && (SELF.test(read.focus) || EDUCATION_TOLD.test(read.focus) || DEGREE_HELD.test(read.focus)) ? undefined : c))(readDateCalc(read.focus));
    // "Hvilken periode gjelder planen?", "så den varer til 2027?": the years of the programme's title.
    const period = periodAnswer(read.focus, programs, lang, form.yesNo || form.asserts);
    if (period) return this.facts.answer(lang, period.text, [sourceOf(period.program, period.program.facts[0], lang)], [period.program], intent);
    // "Hvor mange netter borte blir det?": the nights the gatherings take, counted from their days.
    const nights = nightsAsked(read.focus) && dated.length > 0 ? answerNightsAway(schedulesOf(dated), lang) : undefined;
    if (nights) return this.facts.answer(lang, nights, dated.map((p) => sourceOf(p, p.facts.find((f) => f.topic === 'dates'), lang)), dated, intent);
    const aboutDeadline = calc?.kind === 'deadline-gap' || calc?.kind === 'deadline-status';
    // A gap between numbered gatherings is a calendar sum whatever else its words touch ("… er ferdig til … begynner").
    if (calc && dated.length > 0 && (programs.length > 0 || !read.hasOtherTopic || aboutDeadline || calc.kind === 'gaps')) {
      const schedules = schedulesOf(aboutDeadline ? dated.filter((p) => p.cohorts.some((c) => c.applicationDeadline)) : dated);
      const ps = schedules.flatMap((s) => s.programs);
      // "Is NTNU's leadership development open for us to apply to?": a program with no deadline has no sum to tell;
      // the question is answered from its facts instead of with an empty reply.
      const said = answerDateCalc(calc, schedules, now, lang, read.focus).filter((l) => l !== '').join(' ');
      if (said !== '') return this.facts.answer(lang, said, ps.map((p) => sourceOf(p, p.facts.find((f) => f.topic === 'dates'), lang)), ps, intent);
    }
    const asksWhen = intent.date !== undefined || ['dates', 'deadline', 'apply'].includes(intent.topics[0] ?? '');
    const otherYear = asksWhen && !form.compare ? this.dated.otherYear(read, dated, lang) : undefined;
    if (otherYear) return otherYear;
    // "Hvilket tema har samling 3?": what happens at that gathering, not when it is.
    const atGathering = intent.date?.kind === 'gathering' ? this.dated.aboutOneGathering(read, dated, state, lang) : undefined;
    if (atGathering) return atGathering;
    // "Når er Oppdal-samlingen?": an event the documents name but give no date for is not dated by another's gatherings.
    if ((intent.date || calc) && this.dated.namesUndated(read.focus, dated)) return this.facts.unknown(lang, scope, programs, intent);
    // "is there another intake in autumn 2024?": the documents describe one cohort; of a next one they say nothing.
    if (NEW_INTAKE.test(read.focus) && programs.length > 0) return this.facts.unknown(lang, scope, programs, intent);
    if (intent.date && !form.compare) {
      const schedules = schedulesOf(dated);
      if (schedules.length > 0 && (programs.length === 0 || dated.length > 0)) {
        const ps = schedules.flatMap((s) => s.programs);
        const verdict = intent.weekdays ? weekdayVerdict(read.focus, intent.date, schedules, lang) : undefined;
        const dates = this.facts.answer(lang, [...(verdict ? [verdict] : []), ...answerDates(intent.date, schedules, now, lang, intent.weekdays)].join(' '), ps.map((p) => sourceOf(p, p.facts.find((f) => f.topic === 'dates'), lang)), ps, intent);
        const askedAhead = intent.date.kind === 'next' || (intent.date.kind === 'until' && intent.date.number === undefined);
        // A year the documents give no gatherings for is an honest "not in the documents", with the dates they give.
        if (noneInYearAsked(intent.date, schedules)) return { ...withWhomToAsk(dates, ps, lang), kind: 'unknown' };
        return askedAhead && nothingAhead(schedules, now) ? withWhomToAsk(dates, ps, lang) : dates;
      }
    }
    // "… so our employer does not pay everything?" asks about support for the cost, not the sum of it.
    // "Er det Randi jeg ringer når jeg må bestille en ekstra natt?": whom to call is asked, not what the night costs.
    if (intent.topics.some((t) => t === 'fee' || t === 'lodging') && intent.topics[0] !== 'support' && intent.topics[0] !== 'contacts') {
      // "Og for hele året, alle samlingene til sammen?" after the stay's price: the sum is of the stay, which the
      // follow-up does not name again.
      // "alle seks" there counts the gatherings the stay was priced per. A last question that set the stay against the
      // fee ("hva blir dyrest, avgiften eller hotellet?") keeps both in the sum.
      const stayOnly = read.inherited && intent.topics[0] === 'lodging' && !COST_NAMED.test(read.focus) && !FEE_NAMED.test(state?.question ?? '');
      // "Hva er deltakeravgiften?" → "og for hele gruppa? vi er fem": the fee asked before is what the group's sum is of.
      const feeOnly = read.inherited && intent.topics[0] === 'fee' && !COST_NAMED.test(read.focus) && FEE_ALONE.test(state?.question ?? '');
      const stay = stayOnly ? ' (kost og losji per samling)' : feeOnly ? ' (deltakeravgift)' : '';
      const total = answerCostTotal(`${read.focus}${stay}`, scope.length > 0 ? scope : this.retriever.catalog.programs, lang, `${read.text}${stay}`, state?.people);
      if (total) return this.facts.answer(lang, total.text, total.programs.map((p) => sourceOf(p, p.facts.find((f) => f.topic === 'fee'), lang)), total.programs, intent);
    }
    // "… so how many will she have after both?" about part 1: both parts of its family are summed.
    const family = (ps: readonly Program[]): readonly Program[] => (ps.length > 0 ? ps : this.retriever.catalog.programs);
    // The family gathered only when credits are asked.
    const credits = intent.topics.includes('credits') ? answerCreditTotal(read.focus, family([...new Set(scope.flatMap((p) => this.retriever.familyOf(p)))]), lang, read.inherited) : undefined;
    if (credits) return this.facts.answer(lang, credits.text, credits.programs.map((p) => sourceOf(p, p.facts.find((f) => f.topic === 'credits'), lang)), credits.programs, intent);
    const pillars = this.pillarPairs.pillars(read, scope, state, lang);
    if (pillars) return pillars;
    // A comparison with no program to set side by side ("how do X and Y differ?" about one program's parts) is answered
    // as a question of its own, never as an empty reply.
    // "Hvor mange samlinger har LEDPRO?" → "Og hvor lange er hver av dem, sammenlignet med …?": "each of them" after a
    // count of gatherings is one gathering, on each side.
    // "Hvor lange er hver av LEDPRO-samlingene?" → "Og instituttledersamlingene – er de like lange som de?": one gathering's
    // length on each side, when the message names gatherings again.
    const eachOfCounted = (state?.expects === 'count' && state.topic === 'format' && EACH_OF_THEM.test(read.focus))
      || (form.expects === 'duration' && state?.expects === 'duration' && ONE_GATHERING.test(state.question ?? '') && GATHERINGS_NAMED.test(read.text));
    if ((form.compare && (read.programs.length > 0 || read.comparePrograms.length > 0)) || read.comparePrograms.length > 1) return this.sides.compare(read, lang, eachOfCounted, state);
    // "Hvor lenge varer en samling på LEDPRO?": one gathering's length from the dated gatherings.
    // "Hvor mange samlinger har LEDPRO?" → "Og hvor lang er hver?": "each" after a count of gatherings is one of them.
    const eachCounted = state?.expects === 'count' && EACH_AT_END.test(read.focus);
    if (form.expects === 'duration' && !intent.topics.includes('travel') && (ONE_GATHERING.test(read.focus) || eachCounted) && programs.length > 0) {
      const lines = schedulesOf(dated).map((s) => ({ s, text: eachGatheringLength(s, lang) })).filter((x) => x.text);
      if (lines.length > 0) {
        const ps = lines.flatMap((x) => x.s.programs);
        return this.facts.answer(lang, lines.map((x) => x.text).join(' '), ps.map((p) => sourceOf(p, p.facts.find((f) => f.topic === 'dates'), lang)), ps, intent);
      }
      // "Hvor lenge varer hver instituttledersamling?": gatherings with no dates have their length in a fact ("2-dagers").
      const sized = this.sides.gatheringLength(read, scope);
      if (sized) return this.facts.answer(lang, sized.f.text[lang], [sourceOf(sized.p, sized.f, lang)], [sized.p], intent, [`${sized.p.id}/${sized.f.id}`]);
    }
    // The group of a listing that holds the role told, or the members of a group named (umbrellas listed too).
    const groups = groupListingAsked(read, intent.topics, () => [...new Set([...scope, ...scope.map((p) => (p.parent ? this.retriever.program(p.parent) : undefined)).filter((p): p is Program => p !== undefined), ...this.retriever.catalog.programs])], lang, state);
    if (groups) return this.facts.answer(lang, groups.text, [sourceOf(groups.program, groups.fact, lang)], [groups.program], intent, [`${groups.program.id}/${groups.fact.id}`]);
    // "Hvor lenge går instituttlederprogrammet?" / "how long does it run?": the program's own period, which its
    // overview states ("følger åremålsperioden, 4 år om gangen"), not a gathering's length.
    // "hvor lange er de?" right after one fact that states a length ("2-dagers samlinger"): that fact answers it.
    // "How long does it run?" asks the program, whose period the rule below gives.
    if (form.expects && read.inherited && intent.topics.length === 0 && state?.facts?.length === 1 && /\b(de|dei|they|them|those|these|disse|desse)\b/.test(read.focus)) {
      const last = this.facts.again(state.facts, lang, read);
      if (last && EXPECTED[form.expects].test(last.text)) return last;
    }
    // A length asked of a thing the question names ("the faculty-wide training for all leaders") is that thing's;
    // "how long does it run for each group of heads of department?" still asks the program's.
    if (form.expects === 'duration' && programs.length > 0 && !/(samling|gathering|session|\bdag|\bday|møte|meeting)/.test(read.focus) && (read.coverageTerms.length === 0 || IT_RUNS.test(read.focus))) {
      const period = programs.flatMap((p) => p.facts.filter((f) => f.topic === 'overview' && PERIOD.test(f.text.nb)).map((f) => ({ p, f })))[0];
      if (period) return this.facts.answer(lang, period.f.text[lang], [sourceOf(period.p, period.f, lang)], [period.p], intent, [`${period.p.id}/${period.f.id}`]);
    }
    // "Vi får ny instituttleder midt i åremålsperioden. Får hen noe oppfølging?": what the documents say of newcomers.
    const newcomers = newcomerFacts(read.text, () => this.retriever.withDescendants(scope.length > 0 ? scope : this.retriever.catalog.programs));
    if (newcomers.length > 0) return this.facts.ofFacts(lang, newcomers, intent);
    // "Når er det mest å gjøre i instituttlederprogrammet?": where the program puts its weight.
    // Not "jevnt fordelt eller tyngst i starten?": two ways offered are answered by the fact without a yes or no.
    const weighted = form.yesNo && /\b(eller|or)\b/.test(read.focus) ? [] : weightedYearsFacts(read.focus, () => this.retriever.withDescendants(scope.length > 0 ? scope : this.retriever.catalog.programs));
    if (weighted.length > 0) return this.facts.ofFacts(lang, weighted, intent);
    const single = this.dated.aboutOneGathering(read, dated, state, lang);
    if (single) return single;
    return this.facts.best(read, scope, lang, state?.facts, state?.contact);
  }

  private familyIds(programId: string): string[] {
    const p = this.retriever.program(programId);
    return p ? this.retriever.familyOf(p).map((x) => x.id) : [];
  }
}

/** A discount, instalments, VAT or a refund: what a sum of the fees does not tell. */
const OFF_DOCUMENT_MONEY = /^(rabatt\w*|studentrabatt|discounts?|early-?bird|delbetaling|avdrag|installments?|instalments?|refund\w*|refusjon\w*|mva|moms|vat|merverdiavgift|skattefradrag|fradrag|deductible)$/;

/** A period in years ("4 år om gangen", "åremålsperioden"). */
const PERIOD = /\b(\d+|fire|to|tre) år\b|åremål/;
