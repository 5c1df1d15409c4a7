import type { Program } from '../../../catalog/catalog.schema';
import type { QnaState } from './conversation-state';
import { isGeneralWord } from './general-words';
import { costNamed, feeNamed } from './cost-referents';
import { placeNamed } from './typed-places';
import { questionFocus, withReferent, withSituation, withTold } from './question-focus';
import { PillarTitles } from './pillar-titles';
import type { ReadQuestion } from './read-question';

export type { ReadQuestion } from './read-question';
import { leading, MUST_BE_LEADER, notAskingDates, TAKEN_PART, whatLeads } from './intent-adjustments';
import { claimedThings, pricedFollowUp } from './priced-follow-ups';
import { comparedAgain, ordinalRestated, repairOf } from './follow-ups';
import { withoutPutOff } from './asker-clauses';
import { withoutOtherwise } from './everyday-cues';
import { withCourseParticipants } from './unqualified-referents';
import { monthsPointedBack } from './month-asks';
import { gatheringsWhenAsked, leanOnConversation } from './conversation-leaning';
import { figureAsked, topicHolding } from './figure-explained';
import { FOIL, FREE_TIME, readForm } from './question-form';
import { GENERIC_TOPICS, readIntent } from './question-intent';
import type { CatalogRetriever } from './retrieval';
import { guessedFigures } from './guessed-figures';
import { programsAsked } from './asked-programs';
import { joinedCompounds, longNameStems, namingPhrases, OTHER_ONE, programsOfConversation, situationConcepts } from './reader-lookups';
import { isContextStatement, readPleasantry, readSmallTalk, type SmallTalk } from './small-talk';
import { BOTH_OF_THEM, offDocumentSubjects, sidesOf } from './question-clauses';

/** "… jeg ringer", "should I email her": a person named as the one to turn to. */
const CALLS_NAMED = /\b(ringer|ringe|ring|kontakter|kontakte|sender|sende|mailer|maile|spør|spørre|call|phone|ring|contact|email|e-mail|write to|ask)\b/;
const APPLYING = /\b(søke|søkje|søker|søknad|apply|applying|application)\b/;
import { QuestionPreparer } from './question-preparer';
import { GENERAL_WORDS } from './general-words';
import { ownPrograms } from './own-programs';
import { exampleAskedOf, roleProgramAsked, WHICH_ASKED, withRoleProgram } from './role-programs';
import { coverageTermsOf } from './coverage-terms';
import { partsNamedTogether } from './numbered-parts';
import { EVERYDAY_WORDS } from './everyday-words';
import { FollowUpReadings } from './follow-up-readings';
import { HELD_ONLINE, NOT_A_LEADER } from './everyday-cues';
import { contactAskedLast, contactForMatterTold } from './contact-answers';
import { analyse, conceptOfWord, isStopWord, stem, words } from './text-analysis';
import { DIFFERENCE_ASKED, THEM, AS_WITH, FILLERS, MODAL, FOCUS_ASK, COMPARING_TERMS, HAND_IN, WITHOUT_TAIL, COMPARE_ASKED, SAME_ASKED } from './reader-vocabulary';
import { comparedPrograms, conceptTopics, withPillar } from './reader-steps';


/** "LEDPRO", "del", "NTNU-programmene", "programmet": the program or part the question is about, not what it claims of it. */
const PROGRAM_WORD = /^(ledpro|ntnu|del|part|((ntnu|ledpro)-)?(program|programmet|programmene|programma|programmes?|programs?))$/;
/** Who does it ("kan jeg og kollegaen min levere den sammen?"): a word that says who, not what is claimed. */
const PEOPLE_WORD = /^(kollega\w*|kolleg\w*|colleague\w*|sjef\w*|boss\w*|venn\w*|friend\w*|kompis\w*|teammate\w*|coworker\w*|co-worker\w*)$/;

/** A gathering, seminar or day of training named ("instituttledersamlingen", "the kick-off"). */
const GATHERING_NAMED = /(samling|gathering|seminar|webinar|kick-?off|opplæringsdag|training day)/;
/** A contact named by role ("prosjektlederen", "the academic lead"). */
const CONTACT_NAMED = /\b(prosjektleder\w*|fagansvarlig\w*|fagansvarleg\w*|project (manager|lead(er)?|coordinator)|academic (lead|contact)|course (leader|coordinator))/;

/** Where one applies or signs up ("hvor melder de seg på", "where do they register"). */
const WHERE_TO_APPLY = /\b(?:hvor|kvar|where)\b[^?]{0,20}\b(?:søker|søkjer|søke|melder|melde|apply|sign up|register|enrol+)\b/;

/** Costs named as left out of a price ("uten hotell og bøker", "before the stay is added"). */
const COSTS_LEFT_OUT = /^[\s,(]+\S+\s+(?:(?:the|de|det|alle|all|selve|a|an)\s+)?(hotel\w*|hotell\w*|opphold\w*|opphald\w*|losji|kost og losji|bøker|bøkene|books?|litteratur\w*|literature|semester\w*|overnatting\w*|tilknytningsd\w*|ekstra ?natt\w*|ekstra ?døgn\w*|extra nights?|stays?|board|accommodation)\b/;

/** "Er det (fortsatt) en del av …?", "is it part of …?": whether the thing talked of belongs to what is named. */
const IT_PART_OF = /^(?:(?:og|and|men|but|så|so)\s+)?(?:er|is)\s+(?:det|den|it|that)\b.*\b(?:del av|part of)\b/;

/** Reads a message as the answerer understands it, with what it inherits from the conversation. */
export class QuestionReader {
  private readonly preparer: QuestionPreparer;
  private readonly titles: PillarTitles;
  /** The programs' contact persons by name, to tell a person named in a question. */
  private readonly contactNames: readonly string[];
  private readonly followUps: FollowUpReadings;

  /** `everyday`: words that are right as written ("sending" is no typo of "spending"); see everyday-words.ts. */
  constructor(private readonly retriever: CatalogRetriever, everyday: ReadonlySet<string> = EVERYDAY_WORDS) {
    this.preparer = new QuestionPreparer(retriever, everyday);
    this.titles = new PillarTitles(retriever);
    this.contactNames = [...new Set(retriever.catalog.programs.flatMap((p) => p.contacts.map((c) => c.name)))];
    this.followUps = new FollowUpReadings(retriever);
  }

  /** Dialect, run-together designators and typos repaired, word by word, keeping the punctuation. */
  prepare(question: string): string {
    return this.preparer.prepare(question);
  }

  /** Two phrases that name things of one kind: two contacts (by name or role), or two things of one specific topic. */
  private sameKind(a: string, b: string): boolean {
    const contact = (t: string): boolean => CONTACT_NAMED.test(t) || this.retriever.catalog.programs.some((p) => p.contacts.some((c) => t.includes(c.name.toLowerCase())));
    if (contact(a) && contact(b)) return true;
    // "rektors ledersamling med dekanene" → "instituttledersamlingen": one gathering for another.
    if (GATHERING_NAMED.test(a) && GATHERING_NAMED.test(b)) return true;
    const [ta, tb] = [readIntent(a).topics.find((t) => !GENERIC_TOPICS.has(t)), readIntent(b).topics.find((t) => !GENERIC_TOPICS.has(t))];
    return ta !== undefined && ta === tb;
  }

  /** `home`: the program of the base group the conversation is linked to (Q&A in a group chat or channel). */
  read(question: string, state: QnaState | undefined, home?: string): ReadQuestion {
    const prepared = this.prepare(question);
    // "nei, jeg mente del 2" / "sorry, I meant the practical contact": the last question, restated.
    const repair = repairOf(prepared, state, (q) => readIntent(q).topics.some((t) => !GENERIC_TOPICS.has(t)), (a, b) => this.sameKind(a, b));
    // "Når var den første felles opplæringsdagen?" → "Og nummer to?": the same asked of the second.
    const situated = repair?.question ?? ordinalRestated(prepared, state?.question) ?? comparedAgain(prepared, state) ?? withTold(withSituation(withReferent(withCourseParticipants(feeNamed(costNamed(prepared, state?.topic), state?.topic), state?.question), state?.question), state?.question), prepared, state?.told);
    const text = withRoleProgram(situated, state?.told);
    // The cheap test first: most messages are no thanks or goodbye, and then no intent or program needs reading.
    const pleasantry = (): SmallTalk | undefined => {
      const kind = readPleasantry(text);
      return kind && readIntent(text).topics.length === 0 && this.retriever.detectPrograms(text).programs.length === 0 ? kind : undefined;
    };
    const smallTalk = repair ? undefined : readSmallTalk(text) ?? pleasantry();
    // "… kan berre vere borte i juni og august. Kva samlingar fell i dei månadene?": the months told before.
    const textFocus = questionFocus(text);
    const focus = monthsPointedBack(textFocus, text);
    // Most messages are read as typed (text is the question): its focus is then the one just taken.
    let form = readForm(focus, placeNamed(text === question ? textFocus : questionFocus(question), this.retriever));
    // "… never went to college, but wants to join LEDPRO. What are her options?": the options are those of what the
    // message told, which then names the topic.
    const ownIntent = readIntent(focus);
    let intent = ownIntent.topics.length === 0 && text !== focus && OPTIONS_ASKED.test(focus) ? readIntent(text) : ownIntent;
    // "Berre deltakaravgifta, utan semesteravgift og hotell?": what is left out names no topic of the question.
    const without = WITHOUT_TAIL.exec(focus);
    const kept = without && without.index > 0 ? readIntent(focus.slice(0, without.index)) : undefined;
    if (kept && kept.topics.length > 0) intent = { ...intent, topics: kept.topics };
    // "What's the hand-in deadline for the home exam?": the exam's own date, which no application deadline answers.
    const handIn = intent.topics.includes('deadline') && (intent.topics.includes('exam') || state?.topic === 'exam') && HAND_IN.test(focus);
    ({ intent, form } = notAskingDates(focus, intent, form));
    // "Hvor melder de seg på?", "where do they sign up?": where one applies, not where the programme is held.
    if (intent.topics[0] === 'place' && intent.topics.includes('apply') && WHERE_TO_APPLY.test(focus)) intent = { ...intent, topics: ['apply', ...intent.topics.filter((t) => t !== 'apply')] };
    // "since it's all online I can just join from my desk, right?": a programme said to be held online is a claim about
    // its place, whatever joining asks besides.
    if (form.asserts && intent.topics.includes('place') && intent.topics[0] !== 'place' && HELD_ONLINE.test(focus)) intent = { ...intent, topics: ['place', ...intent.topics.filter((t) => t !== 'place')] };
    intent = { ...intent, date: intent.date ?? gatheringsWhenAsked(focus, intent, state) };
    // "So 3175 covers the whole year?": a sum said to cover something asks what it includes, not a course's content.
    if (form.included && form.yesNo && form.numbers.length > 0 && intent.topics.includes('themes')) intent = { ...intent, topics: intent.topics.filter((t) => t !== 'themes') };
    const fromState = programsOfConversation(this.retriever, state, BOTH_OF_THEM.test(question.toLowerCase()));
    // "… for de programmene, sånn som på LEDPRO?": a program named to compare with is not the one asked about, when
    // the conversation is about another.
    const compared = fromState.length > 0 ? AS_WITH.exec(focus) : null;
    const inFocus = this.retriever.detectPrograms(compared ? focus.slice(0, compared.index) : focus);
    // "Gir vårt eget lederprogram studiepoeng?" from a leader who told they work at NTNU: NTNU's program is named.
    // A message that names another program beside "ours" ("LEDPRO … sammenlignet med vårt eget") sets the two side by
    // side from the conversation, as before.
    const own = inFocus.programs.length === 0 && this.retriever.detectPrograms(text).programs.length === 0 ? ownPrograms(this.retriever, focus, state) : undefined;
    const namedFocus = own ? { programs: own, nameTerms: new Set<string>() } : inFocus;
    const named = namedFocus.programs.length > 0 || compared ? namedFocus : this.retriever.detectPrograms(withoutPutOff(text));
    // "LEDPRO 1 og 2", "part 1 compare to part 2", "den andre delen … første del": two parts named together.
    const both = partsNamedTogether(focus, form.compare);
    // "Er prisen lik for del 1 og del 2?": the same asked of two parts named sets them side by side.
    // "Har del 1 og del 2 like mange samlinger?": a number compared, which each side's count answers.
    if (both && !form.compare && SAME_ASKED.test(focus)) form = { ...form, compare: true, expects: form.expects ?? (/\b(like mange|samme antall|same number|as many)\b/.test(focus) ? 'count' : undefined) };
    if (both && named.programs.length > 0) {
      for (const p of this.retriever.familyOf(named.programs[0])) if (p.aliases.some((a) => new RegExp(`(del|part) ${both[2]}$`, 'i').test(a)) && !named.programs.includes(p)) named.programs.push(p);
    }
    // A program named beside its umbrella ("Innovasjonslederprogrammet på NTNU") is the one asked about.
    // "jeg tar ledpro del 1, kollegaen min del 2" → "hva er forskjellen i innhold?": the two parts told of.
    const toldBoth = !both && form.compare && state?.told && inFocus.programs.length === 0 ? partsNamedTogether(state.told.toLowerCase(), true) : null;
    const { programs: asked, designated, aside } = programsAsked(this.retriever, { named, namedFocus, compared: compared !== null, fromState, focus, text, form, home, both: both ?? toldBoth });
    // "Må jeg være leder for å søke?" with no programme anywhere: the programmes one applies to (NTNU's are nominated).
    const programs = asked.length === 0 && fromState.length === 0 && MUST_BE_LEADER.test(focus) && APPLYING.test(focus) ? this.retriever.catalog.programs.filter((p) => p.cohorts.some((c) => c.applicationDeadline)) : asked;
    // "the other one" and "the course in Brumunddal" point at a program; "other" and "course" are no words a fact must
    // have ("… and others", "the programme is for …").
    const naming = namingPhrases(this.retriever, focus);
    // "…, uten hotell og sånt?": the costs left out of a price are no words a fact must have.
    const costsLeftOut = kept !== undefined && without !== null && COSTS_LEFT_OUT.test(without[0]);
    const pointed = focus.replace(OTHER_ONE, ' ');
    // "… and the autumn is free after that?": free time is no price.
    const unpriced = FREE_TIME.test(pointed) ? pointed.replace(/\bfree\b/g, ' ') : pointed;
    const analysed = analyse(naming.reduce((t, m) => t.replace(m[0], ' '), costsLeftOut ? unpriced.replace(WITHOUT_TAIL, ' ') : unpriced), this.retriever.isKnown);
    // "the difference between part 1 and part 2": the words of comparing are the question's form, not what a fact holds
    // ("the relation between the rational and the emotional").
    const compareWord = (t: string): boolean => form.compare && COMPARING_TERMS.test(t);
    // The exam's hand-in deadline is no application deadline: that word finds the wrong fact.
    const deadlineWord = (t: string): boolean => /^(#deadline|deadlin\w*|frist\w*)$/.test(t);
    const terms = [...analysed.terms.filter((t) => !named.nameTerms.has(t) && !FILLERS.has(t) && !compareWord(t) && !(handIn && deadlineWord(t))), ...[...analysed.concepts].filter((t) => !compareWord(t) && !(handIn && deadlineWord(t))), ...joinedCompounds(this.retriever, focus), ...situationConcepts(this.retriever, text, focus, analysed.concepts)];
    // "… selv om hun ikke har lederstilling?": the concession says whom the program is for; it claims nothing and
    // is no word a fact must have.
    const conceded = new Set(words(NOT_A_LEADER.exec(focus)?.[0] ?? ''));
    const unknown = analysed.unknown.filter((w) => !conceded.has(w) && !named.nameTerms.has(w) && !conceptOfWord(w) && !FILLERS.has(w) && !/^(del|part)$/.test(w));
    const specific = intent.topics.filter((t) => !GENERIC_TOPICS.has(t));
    const content = words(focus).filter((w) => !isStopWord(w) && !FILLERS.has(w) && !named.nameTerms.has(stem(w)) && !/^\d+$/.test(w));
    const ownName = new Set(programs.flatMap(longNameStems));
    const coverageTerms = coverageTermsOf(this.retriever, { focus, content, ownName, aside, naming: naming.map((m) => m[0]), leftOut: without?.[0] ?? '' }).filter((t) => !compareWord(t));
    const coverageSides = sidesOf(focus, coverageTerms, this.retriever.isKnown);

    const ownWords = new Set(text === prepared ? [] : words(questionFocus(prepared)));
    // "…, eller var det bare for dem som startet i 2021?": the words of the restriction set aside are no claim.
    const foil = FOIL.exec(focus)?.[0];
    const beforeFoil = foil ? new Set(words(focus.slice(0, focus.length - foil.length))) : undefined;
    // "Om jeg ikke fyller kravene, kan jeg likevel delta …?": the condition's words are no claim either.
    const condition = /(?:^|[.!?]\s+)(?:hvis|om|dersom|viss|if|in case|unless)\b[^,?]*,/.exec(focus)?.[0];
    const foilWords = new Set([...(foil && beforeFoil ? words(foil).filter((w) => !beforeFoil.has(w)) : []), ...(condition ? words(condition) : []), ...conceded]);
    // "How long does LEDPRO run?" → "and how does that compare with X?": the comparison is of what was asked before.
    intent = whatLeads(focus, intent, form.compare && !form.expects && state?.expects ? { ...form, expects: state.expects } : form, analysed.concepts, kept !== undefined, text, [state?.told, state?.question].filter((x) => x !== undefined).join(' '));
    // "Kan du stille dem opp mot hverandre?" after what the two programs are for: that, side by side.
    if (form.compare && state?.topic && named.programs.length === 0 && THEM.test(focus) && !DIFFERENCE_ASKED.test(focus) && intent.topics.every((t) => t === 'themes' || t === 'prerequisite' || GENERIC_TOPICS.has(t))) intent = { ...intent, topics: [state.topic] };
    ({ intent, form } = claimedThings(focus, intent, form, analysed.concepts));
    if (handIn) {
      intent = { ...intent, topics: ['exam', 'dates'], date: undefined, weakDates: true };
      form = { ...form, expects: 'date' };
    }
    intent = withPillar(this.retriever, this.titles, intent, { text, focus, form, programs, nameTerms: named.nameTerms, coverageTerms, state });
    // "when's number 2?" / "når er nummer 4?": a gathering by its number.
    const numbered = /\b(?:number|nummer|nr\.?|no\.)\s*(\d)\b/.exec(focus);
    if (numbered && !intent.date && (/\b(when|dates?|dato)\b|\bn[åa]r\b/.test(focus) || state?.list === 'gatherings')) {
      intent = { ...intent, topics: ['dates', ...intent.topics.filter((t) => t !== 'dates')], date: { kind: 'gathering', number: Number(numbered[1]) } };
    }
    // A follow-up without a topic of its own leans on the conversation: "enn del 2?", "og ved NTNU?", "the third one?".
    const leaning = leanOnConversation({ state, question, text, focus, intent, form, namesProgram: named.programs.length > 0, designated, bothParts: Boolean(both), specific, content });
    ({ intent, form } = leaning);
    let { inherited } = leaning;
    const { item } = leaning;
    // "What's the 1,375 for?": the fact that holds the figure, whatever the conversation was on.
    // Most messages ask no figure: the programs' facts are searched only when one does.
    const figure = figureAsked(focus);
    const figureTopic = figure === undefined ? undefined : topicHolding(figure, this.retriever.withDescendants(programs));
    if (figureTopic) {
      intent = { ...intent, topics: [figureTopic], date: undefined };
      inherited = true;
    }
    intent = contactForMatterTold(focus, contactAskedLast(focus, intent, (clause) => readIntent(clause).topics), form.yesNo, state?.told ?? state?.question, this.contactNames);
    // "… så det er Randi Bredvold jeg ringer når jeg må bestille en ekstra natt?": a person named as the one to call is
    // what is asked; the matter (the night) only says which person is right.
    if (form.yesNo && intent.topics.includes('contacts') && intent.topics[0] !== 'contacts' && CALLS_NAMED.test(focus) && this.contactNames.some((n) => focus.includes(n.toLowerCase()))) intent = leading(intent, 'contacts');
    ({ intent, inherited } = pricedFollowUp({ focus, intent, form, concepts: analysed.concepts, inherited, lastTopic: state?.topic, namesProgram: named.programs.length > 0 }));
    // No cue phrase named a topic and none came from the conversation: a concept word does ("hovedtemaene" → themes).
    if (!inherited && item === undefined && !intent.topics.some((t) => !GENERIC_TOPICS.has(t)) && !intent.date) {
      const fromConcepts = conceptTopics(this.retriever, focus, analysed.concepts, form);
      if (fromConcepts.length > 0) intent = { ...intent, topics: [...new Set([...fromConcepts, ...intent.topics])] };
    }
    // "What does the Head of Department programme focus on?": its overview says what its focus is ("Fokus er både …"),
    // which a part's own focus (pillar 1's) does not answer for the whole program.
    if (FOCUS_ASK.test(focus) && intent.pillar === undefined && programs.some((p) => p.facts.some((f) => f.topic === 'overview' && /\bfokus\b/i.test(f.text.nb)))) intent = leading({ ...intent, topics: [...new Set([...intent.topics, 'overview' as const])] }, 'overview');
    const comparePrograms = comparedPrograms(this.retriever, { focus, text, form, named, inFocus, fromState, programs, designated, both: both !== null, state });
    // "And the second part, how is it different? Put them next to each other.": one part, with nothing else to set it
    // against, is set beside the other part of its family when side by side is asked for. ("How is part 2 different?"
    // alone is answered by what part 2 adds to part 1.)
    // "Where can I read up on part 1 again?": part 1 has no requirement of its own; part 2's says where to read up.
    const sideBySide = form.compare && COMPARE_ASKED.test(text);
    const prerequisiteElsewhere = intent.topics[0] === 'prerequisite' && !programs.some((p) => p.facts.some((f) => f.topic === 'prerequisite'));
    const family = (sideBySide || prerequisiteElsewhere) && comparePrograms.length === 0 && programs.length === 1 ? this.retriever.familyOf(programs[0]) : [];
    // "Finnes det et eget program for forskningsgruppeledere?": the umbrella's examples name it; no more is said of it.
    // "En kollega var med på Stjerneprogrammet." → "Er det fortsatt en del av NTNUs lederutvikling?": "it" is the program
    // just talked of, asked of the umbrella named.
    const itOfUmbrella = form.yesNo && IT_PART_OF.test(focus) ? fromState.filter((p) => p.parent !== undefined && programs.some((u) => u.id === p.parent)) : [];
    const example = exampleAskedOf(focus, form.yesNo, itOfUmbrella.length === 1 ? itOfUmbrella : programs, (id) => this.retriever.program(id), specific.length > 0, [...unknown, ...coverageTerms]);
    if (example) { intent = { ...intent, topics: ['examples'] }; programs.splice(0, programs.length, example); }
    // "Er studieprogramleder, hvilket program passer for meg?": the program named after the role, among NTNU's examples.
    // "Jeg leder et studieprogram. Finnes det et lederprogram for min rolle?" asks for the examples and has a role too.
    const roleTail = comparePrograms.length > 0 ? undefined : roleProgramAsked(situated, state?.told);
    const roleProgram = roleTail ? this.retriever.catalog.programs.find((p) => p.id.endsWith(roleTail)) : undefined;
    const roleUmbrella = roleProgram?.parent && (!example || example.id === roleProgram.parent) ? this.retriever.program(roleProgram.parent) : undefined;
    if (roleProgram && roleUmbrella) {
      intent = { ...intent, topics: ['examples'] };
      programs.splice(0, programs.length, roleUmbrella);
      if (WHICH_ASKED.test(focus)) form = { ...form, yesNo: false };
    }
    ({ intent, form, inherited } = this.followUps.read({ focus, intent, form, inherited, state }));
    const read: ReadQuestion = {
      text, focus, intent, form, programs: family.length === 2 ? family : programs, comparePrograms, terms, unknown, coverageTerms, coverageSides,
      // "A new manager I'm supporting completed LEDPRO part 1 in 2019.": a part told as taken asks nothing either.
      smallTalk: smallTalk ?? (!repair && !form.yesNo && intent.topics.every((t) => GENERIC_TOPICS.has(t) || (t === 'prerequisite' && TAKEN_PART.test(focus) && new Set([...focus.matchAll(/\b(?:del|part)\s*([12])\b/g)].map((m) => m[1])).size === 1)) && intent.date === undefined && isContextStatement(question) ? 'context' : undefined),
      hasOtherTopic: specific.some((t) => t !== 'dates'), inherited, item, roleProgram: roleUmbrella ? roleProgram : undefined,
      offDocument: offDocumentSubjects(focus, text, content, form.yesNo && intent.topics[0] === 'lodging', this.retriever.isKnown),
      subjectWords: content.filter((w) => w.length > 3 && !/\d/.test(w) && !GENERAL_WORDS.has(w) && !MODAL.has(w) && conceptOfWord(w) !== '#fee' && !/^(ledpro|ntnu|del|part|hvor|mye|much)$/.test(w)),
      // The asker's situation put before the question ("Eg er einingsleiar i ein kommune … kan eg søkje OU-fondet?")
      // tells who asks; only the question's own words are claims to find in the answer.
      guessed: form.yesNo ? [] : guessedFigures(text, focus),
      claimWords: content.filter((w) => (text === prepared || ownWords.has(w)) && !foilWords.has(w) && w.length > 2 && !/\d/.test(w) && !GENERAL_WORDS.has(w) && !MODAL.has(w) && readIntent(w).topics.length === 0 && !PROGRAM_WORD.test(w) && !PEOPLE_WORD.test(w)),
    };
    // "Ligg hotellet nær stasjonen, eller må eg ta taxi?": the other way names only what the documents lack.
    const firstWay = form.yesNo ? withoutOtherwise(question, [...new Set([...read.offDocument, ...read.unknown.filter((w) => !isGeneralWord(w))])]) : undefined;
    return firstWay ? this.read(firstWay, state, home) : read;
  }

  /** Every pillar named by its title in a text ("både instituttledersamlinger og ledergruppesamlinger": 1 and 2). */
  pillarsTitled(focus: string, programs: readonly Program[]): number[] {
    return this.titles.named(focus, programs);
  }
}

/** "what are her options?", "hva er mulighetene?": the ways open in a situation told before. */
const OPTIONS_ASKED = /\b(options?|alternatives?|alternativ(er|ene)?|muligheter|mulighetene|moglegheiter|moglegheitene|what can (she|he|they|i|we) do|hva kan (hun|han|de|jeg|vi) gjøre|kva kan (ho|han|dei|eg|me) gjere)\b/;

