import { splitQuestions } from '../../src/capabilities/qna/domain/compound-questions';
import { readPleasantry } from '../../src/capabilities/qna/domain/small-talk';
import { countListed } from '../../src/capabilities/qna/domain/list-counts';
import { qnaChat } from '../support/qna-chat';

const { ask } = qnaChat();

describe('a message that asks two things', () => {
  it('splits a second question that starts with a word ending in æ, ø or å ("Må man …?", "Når …?")', () => {
    expect(splitQuestions('Hvordan er eksamen på LEDPRO? Må man sitte skoleeksamen?')).toEqual(['Hvordan er eksamen på LEDPRO?', 'Må man sitte skoleeksamen?']);
    expect(splitQuestions('Hva koster LEDPRO 1, og når er søknadsfristen?')).toEqual(['Hva koster LEDPRO 1?', 'når er søknadsfristen?']);
  });

  it('splits two joined questions and two question sentences', () => {
    expect(splitQuestions('Hvor holdes LEDPRO, og hvor mange dager er det til sammen?')).toEqual(['Hvor holdes LEDPRO?', 'hvor mange dager er det til sammen?']);
    expect(splitQuestions('What does LEDPRO cost? And when is the deadline?')).toEqual(['What does LEDPRO cost?', 'when is the deadline?']);
    expect(splitQuestions('Kva får ein ut av programmet? Blir ein kjend med folk?')).toEqual(['Kva får ein ut av programmet?', 'Blir ein kjend med folk?']);
    expect(splitQuestions('Hvorfor trenger en kommuneleder dette – hva er tanken bak LEDPRO?')).toEqual(['Hvorfor trenger en kommuneleder dette?', 'hva er tanken bak LEDPRO?']);
  });

  it('keeps a sum of the thing just asked about with its subject ("og hva blir det for alle seks?")', () => {
    expect(splitQuestions('Hva koster tilknytningsdøgnet, og hva blir det til sammen for alle samlingene?')).toHaveLength(1);
    expect(splitQuestions('How much is the extra night, and what would that be for all six gatherings?')).toHaveLength(1);
    expect(splitQuestions('Hvor holdes LEDPRO, og hvor mange dager er det til sammen?')).toHaveLength(2);
  });

  it('splits a comparison followed by ", og hvor …" and a wh-question followed by a yes/no question on it', () => {
    expect(splitQuestions('Hva er forskjellen på del 1 og del 2, og hvor mange studiepoeng gir del 2?'))
      .toEqual(['Hva er forskjellen på del 1 og del 2?', 'hvor mange studiepoeng gir del 2?']);
    expect(splitQuestions('Hvem er målgruppen for LEDPRO, gjelder det tillitsvalgte også?'))
      .toEqual(['Hvem er målgruppen for LEDPRO?', 'gjelder det tillitsvalgte også?']);
    expect(splitQuestions('Who is LEDPRO for, does it include union reps?')).toEqual(['Who is LEDPRO for?', 'does it include union reps?']);
    // A yes/no question whose comma sets a topic first stays one.
    expect(splitQuestions('Og LEDPRO, er det noe for meg?')).toHaveLength(1);
  });

  it('answers both parts: the content of part 2 against part 1, and its credits', () => {
    const a = ask('Hva er forskjellen på LEDPRO 1 og 2 når det gjelder innholdet, og hvor mange studiepoeng gir del 2?');
    expect(a.text).toMatch(/aksjonslæring/);
    expect(a.text).toMatch(/30 studiepoeng/);
  });

  it('keeps one question whole: a comparison, a choice, context before the question, a short clause', () => {
    expect(splitQuestions('Hva er forskjellen på del 1 og hva er nytt?')).toHaveLength(1);
    expect(splitQuestions('Jeg er instituttleder og hvordan søker jeg?')).toHaveLength(1);
    expect(splitQuestions('Hvor holdes LEDPRO og når?')).toHaveLength(1);
    expect(splitQuestions('Hva koster LEDPRO?')).toEqual(['Hva koster LEDPRO?']);
  });
});

describe('thanks or a goodbye with a pleasantry', () => {
  it('is small talk when it starts so and asks nothing', () => {
    expect(readPleasantry('Takk for hjelpen, det var akkurat det jeg trengte 👍')).toBe('thanks');
    expect(readPleasantry('Thanks, have a nice weekend!')).toBe('thanks');
    expect(readPleasantry('Takk! Men hva koster det?')).toBeUndefined();
    expect(readPleasantry('Jeg lurer på en ting om samlingene, takk')).toBeUndefined();
  });
});

describe('a count over a listed fact', () => {
  it('counts the items after the heading the question names, and names them', () => {
    const fact = 'Eksempler på lederutviklingsprogram ved NTNU: Forskergruppelederprogrammet, Studieprogramlederprogrammet, Instituttlederprogrammet, Innovasjonslederprogrammet, Mentorprogrammet og Stjerneprogrammet.';
    expect(countListed('Hvor mange lederutviklingsprogrammer nevnes som eksempler?', fact, 'nb')).toBe('Det er seks: Forskergruppelederprogrammet, Studieprogramlederprogrammet, Instituttlederprogrammet, Innovasjonslederprogrammet, Mentorprogrammet, Stjerneprogrammet.');
    expect(countListed('Hvor mange samlinger er det?', fact, 'nb')).toBeUndefined();
    expect(countListed('Hvor mange temaer?', 'Temaer: 1) A, 2) B, 3) C.', 'nb')).toBe('Det er tre: 1) A; 2) B; 3) C.');
    expect(countListed('Hvor mange temaer?', 'Mål: 1) A, 2) B, 3) C.', 'nb')).toBeUndefined();
  });
});

describe('a second question that repeats only the question word', () => {
  it('"Who do I ask about logistics, and who about the course content?" asks both contacts', () => {
    expect(splitQuestions('Who do I ask about logistics, and who about the content?')).toEqual(['Who do I ask about logistics?', 'Who do I ask about the content?']);
    expect(splitQuestions('Hvem spør jeg om hotellet, og hvem om pensum?')).toEqual(['Hvem spør jeg om hotellet?', 'Hvem spør jeg om pensum?']);
  });
});
