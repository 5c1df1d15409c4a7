import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

describe('a conversation that goes back to the program it began with', () => {
  it('answers "tilbake til det første" about the program before the switch, with the question\'s own topic', () => {
    const a = chat(['Hva koster LEDPRO?', 'Og hvem er NTNU sitt instituttlederprogram for?', 'Ok, tilbake til det første – hvor er samlingene?']);
    expect(a.text).toMatch(/Wood Hotel/);
    expect(a.text).toMatch(/Brumunddal/);
  });

  it('keeps the earlier topic when the message going back asks nothing new', () => {
    const a = chat(['When is the LEDPRO application deadline?', 'Who are NTNU\'s programmes for?', 'Back to the previous one, please.'], 'en-US');
    expect(a.text).toMatch(/15 December 2023/);
  });

  it('does not count moving between the parts of one program as a switch', () => {
    const a = chat(['Hvem er Instituttlederprogrammet for?', 'Hva koster LEDPRO 1?', 'Og LEDPRO 2?', 'Tilbake til det første programmet: hvem nominerer?']);
    expect(a.text).toMatch(/fakultet/i);
    expect(a.text).not.toMatch(/kr 53 000/);
  });
});

describe('wordings read for what they ask', () => {
  it('"når må vi ha søkt?" asks the deadline', () => {
    expect(ask('Når må vi ha søkt for å være med på LEDPRO?').text).toMatch(/15\. desember 2023/);
    expect(ask('When do we have to apply for LEDPRO?', 'en-US').text).toMatch(/15 December 2023/);
  });

  it('a place on a program is a seat won by admission, not a location', () => {
    const a = ask('Who decides which leaders get a place on the NTNU programmes?', 'en-US');
    expect(a.text).toMatch(/nominat/);
    expect(a.text).not.toMatch(/Oppdal|Gjøvik/);
  });

  it('a contact question restated as a concern ("I mean the academic side") names the academic contact first', () => {
    expect(chat(['Hvem kan jeg snakke med om LEDPRO?', 'Altså ikke det praktiske, mer om det faglige']).text).toMatch(/^Faglige spørsmål: Randi Bredvold/);
    expect(chat(['Who can I contact about LEDPRO?', 'I mean about the course content, not the hotel'], 'en-US').text).toMatch(/^Academic questions: Randi Bredvold/);
  });
});
