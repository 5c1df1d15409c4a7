import type { Program } from '../../../catalog/catalog.schema';
import type { Lang } from '../../../shared/i18n';
import type { Answer } from './answer';
import type { Composed } from './composed';
import type { QnaState } from './conversation-state';
import { peopleTold } from './cost-answers';
import { joinNames, shortName } from './date-answers';
import type { FactAnswers } from './fact-answers';
import { employerTold, type Employer } from './own-programs';
import type { Intent } from './question-intent';
import type { ReadQuestion } from './question-reader';
import { TWO_PROGRAMS } from './reader-vocabulary';
import type { CatalogRetriever } from './retrieval';
import { ASKABLE, contextReply, smallTalkReply } from './small-talk';

/*
 * Steps of AnswerComposer.composeOne as functions of their own: composeOne was large enough that V8's optimising
 * compiler took ~0.1 s of CPU for it and compiled it again whenever a step that rarely runs met an object shape it
 * had not seen; out here, such a step compiles apart.
 */

/** What setting the scene reads of the composer. */
export interface SceneDeps {
  readonly retriever: CatalogRetriever;
  readonly facts: FactAnswers;
  readonly employers: readonly Employer[];
}

/**
 * The scene is set (a message that tells of the asker and asks nothing): the programs it names (or the one document its words belong to)
 * become the conversation's, and the reply says what one may ask.
 */
export function sceneSet({ retriever, facts, employers }: SceneDeps, read: ReadQuestion, state: QnaState | undefined, lang: Lang, now: Date): Composed {
  // A scene of two sentences may name a program in each ("… har høyrt om LEDPRO. Kollegaen min går på NTNU sitt.").
  const both = [...new Set([...read.programs, ...retriever.detectPrograms(read.text).programs])];
  // A program named beside its umbrella ("Stjerneprogrammet among NTNU's programmes") is the one told of.
  const inScene = both.filter((p) => !both.some((c) => c.parent === p.id));
  // "Vi vurderer begge programmene for …": the two documents' programs, none named.
  const signed = inScene.length > 0 ? inScene : retriever.documentsSignedBy(read.text);
  const named = signed.length === 0 && TWO_PROGRAMS.test(read.text) ? retriever.catalog.programs.filter((p) => !p.parent) : signed;
  const names = joinNames([...new Set(named.map((p) => shortName(p, lang)))], lang);
  const askable = ASKABLE.map(([t]) => t).filter((t) => facts.hasTopic(retriever.withDescendants(named), t));
  const text = names ? contextReply(names, lang, askable) : smallTalkReply('context', lang);
  const answer: Answer = { kind: 'smalltalk', lang, text, sources: [], followUps: [], programIds: named.map((p) => p.id) };
  const programIds = named.length > 0 ? named.map((p) => p.id) : state?.programIds ?? [];
  return { answer, state: { ...(state ?? {}), programIds, question: read.text.slice(0, 300), told: read.text.slice(0, 300), employer: employerTold(read.text, employers) ?? state?.employer, people: peopleTold(read.text) ?? state?.people, at: now.toISOString() } };
}

/** The programs whose facts may answer: those asked about, their described descendants and, where fitting, umbrellas. */
export function answerScope(retriever: CatalogRetriever, programs: readonly Program[], intent: Intent): Program[] {
  // A program the document only names (Forskergruppelederprogrammet: one line) is described by its umbrella's
  // facts about all its programs ("it is the faculties that nominate participants").
  const general = intent.topics.length === 0 || intent.topics.some((t) => t === 'apply' || t === 'format' || t === 'examples');
  // So is how one gets onto a program with facts of its own but none on applying ("hvem nominerer til
  // instituttlederprogrammet?"): the umbrella's "Fakultetene nominerer deltagere" is said of all its programs.
  const unsaid = (p: Program): boolean => intent.topics[0] === 'apply' && !intent.topics.includes('deadline') && !intent.date && !p.facts.some((f) => f.topic === 'apply');
  const umbrellas = programs.filter((p) => general && p.parent && (p.facts.length <= 1 || unsaid(p))).map((p) => retriever.program(p.parent ?? '')).filter((p): p is Program => p !== undefined);
  // The other way round, a question about the umbrella ("why does NTNU think its leaders need this?") is not
  // answered by a program it only names, whose one fact says the documents do not describe it.
  return [...new Set([...retriever.withDescendants(programs).filter((p) => programs.includes(p) || p.facts.length > 1), ...umbrellas])];
}
