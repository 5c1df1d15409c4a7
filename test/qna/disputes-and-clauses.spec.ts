import { qnaChat } from '../support/qna-chat';

/** Readings met in session 43's sets, second part: the asker disputes the last answer with a claim of their own, and
 * a clause that says why they ask. Sentences are our own. */
const { chat } = qnaChat();

describe('a dispute of the last answer', () => {
  it('"Det stemmer vel ikke? Jeg har hørt at den gir 7,5 studiepoeng." checks the asker\'s figure: no, 30', () => {
    const a = chat(['Hvor mange studiepoeng gir LEDPRO 1?', 'Det stemmer vel ikke? Jeg har hørt at den gir 7,5 studiepoeng.']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/30 studiepoeng/);
  });

  it('"Du tar feil, de er i Lillehammer." is a claim about the place: no, Brumunddal', () => {
    const a = chat(['Hvor er LEDPRO-samlingene?', 'Du tar feil, de er på et hotell i Lillehammer.']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Wood Hotel i Brumunddal/);
  });

  it('"I think you got that wrong – it is in March, isn\'t it?" in English: no, with the deadline', () => {
    const a = chat(['When must we apply for LEDPRO?', "I think you got that wrong – it's 1 March 2024, isn't it?"], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/15 December 2023/);
  });

  it('"Er du sikker?" alone asks the last question again', () => {
    const a = chat(['Hva koster LEDPRO?', 'Er du sikker?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/53 000/);
  });

  it('with nothing said before, "det stemmer ikke" is no dispute', () => {
    const a = chat(['Det stemmer ikke at LEDPRO er i Brumunddal?']);
    expect(a.text).not.toMatch(/^Nei\./);
  });
});

describe('why the asker asks', () => {
  it('"… så jeg får det riktig i notatet?" is no question about the notes of LEDPRO', () => {
    const a = chat(['Hvor er LEDPRO-samlingene?', 'Kan du bekrefte stedet så jeg får det riktig i notatet?']);
    expect(a.text).toMatch(/Brumunddal/);
    expect(a.text).not.toMatch(/skriftlige notater/);
  });
});

describe('chat shorthand and questions in the past tense', () => {
  it('"hva kan du egt hjelpe med?" is small talk about what the bot does, "egt" being "egentlig"', () => {
    const a = chat(['hei, ny leder her', 'hva kan du egt hjelpe med?']);
    expect(a.kind).toBe('smalltalk');
  });

  it('"Fikk de noe ut av det?" after a municipality that used LEDPRO is a yes/no on that testimony', () => {
    const a = chat(['Har noen kommuner brukt LEDPRO?', 'Fikk de noe ut av det?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Molde/);
  });

  it('nynorsk "Fekk dei noko ut av det?" too', () => {
    const a = chat(['Har nokon kommunar prøvd LEDPRO?', 'Fekk dei noko ut av det?']);
    expect(a.text).toMatch(/Molde/);
  });
});

describe('a plan told, then whether it is a way to go', () => {
  it('"Jeg vil gå rett på del 2 uten del 1. Er det en farbar vei?" is answered with what part 2 requires', () => {
    const a = chat(['Jeg leder en stor enhet i kommunen og har master i ledelse. Derfor vurderer jeg å hoppe rett på LEDPRO del 2 uten del 1 først. Er det en farbar vei for meg?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/må du ha gjennomført del 1/);
  });

  it('"Er det lov å levere eksamen sammen?" stays a question about the exam', () => {
    const a = chat(['Vi er to ledere som skal ta LEDPRO sammen. Er det lov å levere eksamen sammen?']);
    expect(a.text).toMatch(/gruppevis/);
  });
});

describe('what is set aside in a price', () => {
  it('"Hva koster studieplassen, når vi ser bort fra hotell og reise?" gives the fee, not the hotel', () => {
    const a = chat(['Hva koster selve plassen på LEDPRO når vi ser bort fra hotell og reise?']);
    expect(a.text).toMatch(/53 000/);
    expect(a.text).not.toMatch(/^LEDPRO 1 og LEDPRO 2 \(gjelder hver del\): Kost og losji/);
  });
});

describe('a conclusion drawn from something heard', () => {
  it('"Noen sa at programmet bare varer ett år – så da er jeg ferdig til jul?" checks what was heard: no, 4 years', () => {
    const a = chat(['Jeg har nettopp blitt instituttleder.', 'Noen sa at instituttlederprogrammet bare varer ett år – så da er jeg ferdig til jul?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/4 år/);
  });
});

describe('a question resting on a claim heard', () => {
  it('"Jeg har hørt at man må ha mastergrad. Hvilken master teller?" corrects the claim first: a bachelor\'s degree', () => {
    const a = chat(['Jeg har hørt at man må ha mastergrad for å bli tatt opp på LEDPRO. Hvilke mastergrader teller?']);
    expect(a.text).toMatch(/^Nei, det stemmer ikke\./);
    expect(a.text).toMatch(/bachelorgrad/);
  });

  it('"… Stemmer det?" after the claim gets one verdict, not two', () => {
    const a = chat(['En kollega sa at LEDPRO bare er for dem med lederstilling. Stemmer det?']);
    expect(a.text).not.toMatch(/\b(Ja|Nei)\.[\s\S]*\b(Ja|Nei)\. /);
  });
});

describe('a premise corrected, then the question answered', () => {
  it('"As LEDPRO costs 30 000, is the hotel included?" corrects the fee and says what comes in addition', () => {
    const a = chat(['As LEDPRO costs 30 000 kr, is the hotel included in the price?'], 'en');
    expect(a.text).toMatch(/^No, that is not right\./);
    expect(a.text).toMatch(/53 000/);
    expect(a.text).toMatch(/come in addition|3 175/);
  });
});

describe('part of the price', () => {
  it('"is the hotel part of that price?" after a wrong fee gets no yes for the hotel', () => {
    const a = chat(['Since LEDPRO costs 30 000 kroner, is the hotel part of that price?'], 'en');
    expect(a.text).not.toMatch(/\bYes\./);
    expect(a.text).toMatch(/come in addition/);
  });
});
