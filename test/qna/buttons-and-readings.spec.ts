import { qnaChat } from '../support/qna-chat';

/** The buttons under an answer, and readings of questions met in this session's sets. Sentences are our own. */
const { chat } = qnaChat();

describe('the buttons under the program of one\'s role', () => {
  it('a study programme leader is offered how to get into that program, not the Head of Department programme\'s gatherings', () => {
    const a = chat(['Jeg leder et studieprogram. Finnes det et lederprogram for min rolle?']);
    expect(a.text).toMatch(/For denne rollen har NTNU Studieprogramlederprogrammet/);
    expect(a.buttons).toContain('Hvordan kommer jeg med i Studieprogramlederprogrammet?');
    expect(a.buttons.join(' ')).not.toMatch(/Instituttleder/);
  });

  it('the button a research group leader gets is answered: the faculties nominate', () => {
    const first = chat(['I lead a research group in physics. Which programme is meant for me?'], 'en');
    expect(first.buttons.join(' ')).not.toMatch(/Head of Department/);
    const next = chat([first.buttons[0] ?? ''], 'en');
    expect(next.text).toMatch(/faculties nominate/);
  });
});
