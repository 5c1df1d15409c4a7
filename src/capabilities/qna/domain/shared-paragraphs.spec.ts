import { tidyParagraphs } from './shared-paragraphs';

const shared = 'Deltakerne skriver notater mellom samlingene og drøfter dem i små grupper.';

describe('tidyParagraphs', () => {
  it('says a paragraph given twice once, keeping the verdict of the first', () => {
    expect(tidyParagraphs(`Nei. LEDPRO 1: ${shared}\n\nLEDPRO 1: ${shared}`, 'nb')).toBe(`Nei. LEDPRO 1: ${shared}`);
  });

  it('merges two parts whose texts share all of the shorter one, parts in their order', () => {
    const text = `LEDPRO 2: Del 2 bygger videre. ${shared}\n\nLEDPRO 1: ${shared}`;
    expect(tidyParagraphs(text, 'nb')).toBe(`LEDPRO 1 og LEDPRO 2 (likt for hver del): ${shared}\n\nI tillegg for LEDPRO 2: Del 2 bygger videre.`);
  });

  it('leaves paragraphs that merely resemble each other, and short ones, as they are', () => {
    const text = `LEDPRO 1: ${shared}\n\nNTNU: Fakultetene nominerer deltakere.`;
    expect(tidyParagraphs(text, 'nb')).toBe(text);
    expect(tidyParagraphs('LEDPRO 1: 30 sp.\n\nLEDPRO 2: 30 sp. Også påbygging.', 'nb')).toBe('LEDPRO 1: 30 sp.\n\nLEDPRO 2: 30 sp. Også påbygging.');
  });

  it('keeps the fuller of two paragraphs headed by the same programs, and leaves list labels alone', () => {
    const fee = 'Deltakeravgiften er kr 53 000, pluss semesteravgift kr 888 per semester.';
    const text = `LEDPRO 1 og LEDPRO 2: ${fee} Opphold kommer i tillegg.\n\nLEDPRO 1 og LEDPRO 2 (gjelder hver del): ${fee}`;
    expect(tidyParagraphs(text, 'nb')).toBe(`LEDPRO 1 og LEDPRO 2: ${fee} Opphold kommer i tillegg.`);
    const contacts = 'Praktiske spørsmål: Kristin Larsen, prosjektleder, kristin.larsen@inn.no.';
    const labelled = `${contacts}\n\nLEDPRO 2: ${contacts} Faglige spørsmål: Randi Bredvold.`;
    expect(tidyParagraphs(labelled, 'nb')).toBe(labelled);
  });
});
