import type { CheckinPrompt } from './checkin-schedule';
import { ANSWER_MAX, validateAnswer } from './checkin-answer';

const prompt: CheckinPrompt = {
  text: { nb: 'Hva har du prøvd?', en: 'What have you tried?' },
  choices: [{
    id: 'progress',
    question: { nb: 'Hvor langt?', en: 'How far?' },
    options: [{ value: 'started', title: { nb: 'Startet', en: 'Started' } }, { value: 'done', title: { nb: 'Ferdig', en: 'Done' } }],
  }],
};
const postAt = new Date('2024-02-23T08:00:00Z');
const digestAt = new Date('2024-04-02T07:00:00Z');
const now = new Date('2024-03-01T12:00:00Z');

describe('validateAnswer', () => {
  it('accepts text, choices or both, trimmed, ignoring unselected choices', () => {
    expect(validateAnswer({ text: '  Prøvde ut  ', choices: { progress: '' } }, prompt, now, digestAt, postAt))
      .toEqual({ ok: true, value: { text: 'Prøvde ut', choices: {} } });
    expect(validateAnswer({ choices: { progress: 'done' } }, prompt, now, digestAt, postAt))
      .toEqual({ ok: true, value: { text: '', choices: { progress: 'done' } } });
  });

  it('refuses an empty answer', () => {
    expect(validateAnswer({ text: '  ', choices: { progress: ' ' } }, prompt, now, digestAt)).toEqual({ ok: false, error: { code: 'answer-empty' } });
  });

  it('refuses text over the limit', () => {
    const r = validateAnswer({ text: 'x'.repeat(ANSWER_MAX + 1) }, prompt, now, digestAt);
    expect(r).toEqual({ ok: false, error: { code: 'answer-too-long', length: ANSWER_MAX + 1, max: ANSWER_MAX } });
    expect(validateAnswer({ text: 'x'.repeat(ANSWER_MAX) }, prompt, now, digestAt).ok).toBe(true);
  });

  it('refuses a question or option the prompt does not have', () => {
    expect(validateAnswer({ text: 'ok', choices: { mood: 'done' } }, prompt, now, digestAt)).toEqual({ ok: false, error: { code: 'choice-unknown', questionId: 'mood' } });
    expect(validateAnswer({ text: 'ok', choices: { progress: 'finished' } }, prompt, now, digestAt)).toEqual({ ok: false, error: { code: 'choice-unknown', questionId: 'progress' } });
  });

  it('takes answers only between post and digest', () => {
    expect(validateAnswer({ text: 'ok' }, prompt, digestAt, digestAt, postAt)).toEqual({ ok: false, error: { code: 'round-closed' } });
    expect(validateAnswer({ text: 'ok' }, prompt, new Date(postAt.getTime() - 1), digestAt, postAt)).toEqual({ ok: false, error: { code: 'round-not-open' } });
    expect(validateAnswer({ text: 'ok' }, prompt, postAt, digestAt, postAt).ok).toBe(true);
  });
});
