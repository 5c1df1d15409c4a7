import type { Answer } from './answer';
import type { QnaState } from './conversation-state';
import type { Lang } from '../../../shared/i18n';

export interface ComposeInput {
  readonly question: string;
  readonly lang: Lang;
  readonly now: Date;
  /** What the conversation was about so far (expired state is ignored). */
  readonly state?: QnaState;
  /** The program the conversation was last about, for callers that keep no other state. */
  readonly contextProgramId?: string;
  /** The program of the base group the conversation is linked to: meant when a question names none. */
  readonly homeProgramId?: string;
}

export interface Composed {
  readonly answer: Answer;
  /** The conversation's state after this answer; undefined when it was reset. */
  readonly state: QnaState | undefined;
}
