import { answerMessage, keepNumbersWhole } from './answer-card';

/** What the reader sees on the answer card: numbers that do not break across lines. */
describe('the answer card', () => {
  const answer = {
    kind: 'answer' as const, lang: 'nb' as const, programIds: ['ledpro-1'], followUps: [],
    text: 'Deltakeravgiften er kr 53 000, pluss semesteravgift kr 888. Ring 61 28 82 03.',
    sources: [{ programId: 'ledpro-1', programName: 'LEDPRO 1', section: 'Kostnader', document: 'd' }],
  };

  it('keeps each number on one line: a non-breaking space between its digit groups, other spaces as they were', () => {
    expect(keepNumbersWhole('kr 53 000 og tlf. 61 28 82 03, del 2 av 6')).toBe('kr\u00a053\u00a0000 og tlf.\u00a061\u00a028\u00a082\u00a003, del 2 av 6');
  });

  it('shows the amount whole on the card, and the notification text unchanged', () => {
    const message = answerMessage(answer);
    const shown = (message.card as { body: Array<{ text: string }> }).body[0].text;
    expect(shown).toBe('Deltakeravgiften er kr\u00a053\u00a0000, pluss semesteravgift kr\u00a0888. Ring 61\u00a028\u00a082\u00a003.');
    expect(message.text).toContain('kr 53 000, pluss semesteravgift');
  });
});
