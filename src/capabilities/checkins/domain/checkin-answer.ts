import { err, ok, type Result } from '../../../shared/result';
import type { CheckinPrompt } from './checkin-schedule';

/** One member's answer to one round, replaced when they answer again before the digest. */
export interface Answer {
  readonly roundId: string;
  readonly groupId: string;
  readonly aadObjectId: string;
  readonly name: string;
  readonly text: string;
  /** Question id → option value, only questions of the round's prompt. */
  readonly choices: Readonly<Record<string, string>>;
  /** ISO instant. */
  readonly updatedAt: string;
}

export const ANSWER_MAX = 4000;

export interface AnswerInput {
  readonly text?: string;
  readonly choices?: Readonly<Record<string, string>>;
}

export type AnswerError =
  | { readonly code: 'answer-empty' }
  | { readonly code: 'answer-too-long'; readonly length: number; readonly max: number }
  | { readonly code: 'choice-unknown'; readonly questionId: string }
  | { readonly code: 'round-closed' }
  | { readonly code: 'round-not-open' };

/**
 * Checks an answer against the round's prompt and time window. Cards send unselected choices as empty
 * strings; those mean "no choice", not an error. Returns the cleaned text and choices.
 */
export function validateAnswer(
  input: AnswerInput, prompt: CheckinPrompt, now: Date, digestAt: Date, postAt?: Date,
): Result<{ text: string; choices: Record<string, string> }, AnswerError> {
  if (now.getTime() >= digestAt.getTime()) return err({ code: 'round-closed' });
  if (postAt && now.getTime() < postAt.getTime()) return err({ code: 'round-not-open' });
  const text = (input.text ?? '').trim();
  const choices: Record<string, string> = {};
  for (const [questionId, raw] of Object.entries(input.choices ?? {})) {
    const value = raw.trim();
    if (!value) continue;
    const question = prompt.choices.find((c) => c.id === questionId);
    if (!question?.options.some((o) => o.value === value)) return err({ code: 'choice-unknown', questionId });
    choices[questionId] = value;
  }
  if (!text && Object.keys(choices).length === 0) return err({ code: 'answer-empty' });
  if (text.length > ANSWER_MAX) return err({ code: 'answer-too-long', length: text.length, max: ANSWER_MAX });
  return ok({ text, choices });
}
