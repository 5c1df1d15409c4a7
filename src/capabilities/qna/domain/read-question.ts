import type { Program } from '../../../catalog/catalog.schema';
import type { Intent } from './question-intent';
import type { Claim, QuestionForm } from './question-form';
import type { SmallTalk } from './small-talk';

/** What the question reader makes of one message: its focus, form, topics, programs and the words that matter. */
export interface ReadQuestion {
  /** The whole message after dialect and spelling repair. */
  readonly text: string;
  /** The clause that asks (the whole text when short). */
  readonly focus: string;
  readonly smallTalk?: SmallTalk;
  readonly intent: Intent;
  readonly form: QuestionForm;
  /** Programs named in the message, else the conversation's. */
  readonly programs: Program[];
  /** Groups to answer side by side (two programs named, or a part named against the conversation's other part). */
  readonly comparePrograms: Program[][];
  /** Content terms of the focus (stems and concepts), without program names. */
  readonly terms: string[];
  /** Content words of the focus the catalog never uses. */
  readonly unknown: string[];
  /**
   * What a fact must contain to answer the question: the focus's known content words (stems), without the
   * words that only name the topic ("holdes", "koster"), everyday words and program names.
   */
  readonly coverageTerms: string[];
  /**
   * "Is it mostly lectures, or real problems from our own jobs?": the coverage terms of each alternative (the rest
   * are shared); a fact that holds one side answers the choice. Undefined for a question without "eller"/"or".
   */
  readonly coverageSides?: readonly [readonly string[], readonly string[]];
  /** The focus asks about something besides dates (so a date calculation is not forced on it). */
  readonly hasOtherTopic: boolean;
  /** The topic came from the conversation, not from this message. */
  readonly inherited: boolean;
  /** Words of the focus that name a subject the documents do not cover ("parkering", "wifi", "refusjon"). */
  readonly offDocument: string[];
  /** Content words of the focus that say what is asked about (not how), for checking a yes/no answer. */
  readonly claimWords: string[];
  /** The things the focus names, topic words included but not the words of price or form ("pensumbøkene"). */
  readonly subjectWords: string[];
  /** "Hvor mange år varer det? Jeg tror noen sa tre.": figures guessed beside a wh-question, to confirm or correct. */
  readonly guessed: readonly Claim[];
  /** "hva var det fjerde?": the item of the last answer's numbered list asked for (-1 for the last). */
  readonly item?: number;
  /** "hvilket program passer for meg?" from a study programme leader: the program named after the role. */
  readonly roleProgram?: Program;
}
