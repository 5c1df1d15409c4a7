import type { QnaState } from '../../src/capabilities/qna/domain/conversation-state';
import { shippedComposer } from '../support/qa-runner';

/** Follow-ups and computed answers over the shipped catalog, as a leader types them. */
describe('answers that lean on the conversation or compute over the gatherings', () => {
  const composer = shippedComposer();
  const now = new Date('2024-01-10T09:00:00Z');
  const chat = (turns: string[], lang: 'nb' | 'en' = 'nb'): string => {
    let state: QnaState | undefined;
    let text = '';
    for (const question of turns) {
      const r = composer.compose({ question, lang, now, state });
      state = r.state;
      text = r.answer.text;
    }
    return text;
  };

  it('lists the months with gatherings, and the months between without one', () => {
    expect(chat(['Which months in 2024 have LEDPRO gatherings?'], 'en')).toMatch(/February, April, May, June, August and October/);
    expect(chat(['Mellom første og siste samling på LEDPRO, hvilke måneder er det ikke samling?'])).toMatch(/ingen samling i mars, juli og september/);
  });

  it('picks an item of the last numbered list, and restates a question from a repair', () => {
    expect(chat(['hva er hovedtemaene på LEDPRO 1?', 'hva var det fjerde?'])).toMatch(/^4\) Egen rolle og autoritet/);
    expect(chat(['hva er hovedsøyle 2 i instituttlederprogrammet?', 'beklager, jeg mente søyle 4'])).toMatch(/^Hovedsøyle 4/);
    expect(chat(["what's Randi Bredvold's phone number?", 'sorry, I meant the practical contact person'], 'en')).toMatch(/Kristin Larsen/);
  });

  it('does not confirm what the fact does not name, and corrects a wrong place', () => {
    expect(chat(['Må jeg ha mastergrad for å komme inn på LEDPRO?'])).not.toMatch(/^Ja\b/);
    expect(chat(['Is LEDPRO held in Oslo?'], 'en')).toMatch(/^No\b.*Brumunddal/s);
  });
});
