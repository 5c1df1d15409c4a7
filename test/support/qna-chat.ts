import { answerQuestion } from '../../src/capabilities/qna/use-cases/answer-question';
import type { QnaState } from '../../src/capabilities/qna/domain/conversation-state';
import { ManualClock } from '../../src/shared/clock';
import { shippedComposer } from './qa-runner';

/** What a leader sees in reply: the answer's kind, its text, and the titles of the buttons under it with what each asks. */
export interface Reply { readonly kind: string; readonly text: string; readonly buttons: readonly string[]; readonly asks: readonly string[] }

/**
 * Asks the shipped catalog's answerer as the Teams layer does (language from the message or the locale), one
 * message or a conversation of several, at 2024-01-10 09:00 UTC unless a chat is given another moment.
 */
export function qnaChat(): { ask: (text: string, locale?: string) => Reply; chat: (turns: string[], locale?: string, now?: Date) => Reply } {
  const composer = shippedComposer();
  const chat = (turns: string[], locale = 'nb-NO', now?: Date): Reply => {
    const clock = new ManualClock(now?.toISOString() ?? '2024-01-10T09:00:00Z');
    let state: QnaState | undefined;
    let last: Reply = { kind: '', text: '', buttons: [], asks: [] };
    for (const text of turns) {
      const r = answerQuestion({ text, locale, state }, { composer, clock });
      state = r.state;
      last = { kind: r.answer.kind, text: r.answer.text, buttons: r.answer.followUps.map((f) => f.title), asks: r.answer.followUps.map((f) => f.query) };
    }
    return last;
  };
  return { ask: (text, locale) => chat([text], locale), chat };
}
