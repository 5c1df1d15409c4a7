import { qnaChat } from '../support/qna-chat';

/** Claims read whole and subjects named in words the documents lack. Sentences are our own. */
const { chat } = qnaChat();

describe('a date claim with a day range ("4.–5. april") is one sentence', () => {
  it('"Hørte at den andre LEDPRO-samlingen er 15.–16. mai. Stemmer det?" is corrected with gathering 2', () => {
    const a = chat(['Hørte at den andre LEDPRO-samlingen er 15.–16. mai. Stemmer det?']);
    expect(a.text).toMatch(/^Nei\. Samling 2 i LEDPRO 1 og LEDPRO 2 er 4\.–5\. april 2024/);
  });

  it('after the start dates, "Noen sa første samling er 4.–5. april. Det stemmer vel?" gets no "Ja"', () => {
    const a = chat(['Når begynner LEDPRO?', 'Noen sa første samling er 4.–5. april. Det stemmer vel?']);
    expect(a.text).toMatch(/^Nei\. Samling 1 .*15\.–16\. februar/);
  });
});

describe('a negative claim with a short tag is checked as a claim', () => {
  it('"Participants don\'t need to do anything between the LEDPRO gatherings, correct?" is a no', () => {
    const a = chat(['Participants don\'t need to do anything between the LEDPRO gatherings, correct?'], 'en-US');
    expect(a.text).toMatch(/^No\. /);
    expect(a.text).toMatch(/written notes/);
  });

  it('"vi trenger ikke gjøre noe mellom samlingene på LEDPRO sant?" is a no too', () => {
    const a = chat(['vi trenger ikke gjøre noe mellom samlingene på LEDPRO sant?']);
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/skriftlige notater/);
  });
});

describe('a subject in words no fact has, found through what it means', () => {
  it('"uenighet og gnisninger i ledergruppa" is the training on conflicts', () => {
    const a = chat(['Går de gjennom noe om uenighet og gnisninger i ledergruppa?']);
    expect(a.text).toMatch(/konflikthåndtering/);
  });

  it('"store omlegginger" is change management, not a "Nei"', () => {
    const a = chat(['Tar noen av programmene for seg hvordan man leder folk gjennom store omlegginger?']);
    expect(a.text).not.toMatch(/^Nei\b/);
    expect(a.text).toMatch(/endring|omstilling/i);
  });

  it('what is set aside ("ikkje døgnet") asks for nothing', () => {
    const a = chat(['Kor mykje er tillegget for tilknytingsdøgn på LEDPRO?', 'Orsak, eg meinte semesteravgifta, ikkje døgnet.']);
    expect(a.text).toMatch(/888/);
  });
});

describe('board and lodging in everyday words', () => {
  it('"Hva må vi betale for å sove og spise på Wood Hotel hver gang vi samles?" is kr 3 175 per gathering', () => {
    const a = chat(['Hva må vi betale for å sove og spise på Wood Hotel hver gang vi samles?']);
    expect(a.text).toMatch(/3 175 per samling/);
  });

  it('"What do we pay to sleep and eat at the hotel every time we get together?" is the same package', () => {
    const a = chat(['What do we pay to sleep and eat at the hotel every time we get together on LEDPRO?'], 'en-US');
    expect(a.text).toMatch(/3 175 per gathering/);
  });
});

describe('the kind of matter set aside is not the one asked about', () => {
  it('"who do I phone about what is taught, not the practical side?" is the academic lead', () => {
    const a = chat(['Who should I phone about what is taught on LEDPRO, not the practical side?'], 'en-US');
    expect(a.text).toMatch(/Randi Bredvold/);
    expect(a.text).not.toMatch(/Kristin Larsen/);
  });

  it('"Hvem tar seg av det praktiske på LEDPRO, ikke det faglige?" is the project manager', () => {
    const a = chat(['Hvem tar seg av det praktiske på LEDPRO, altså ikke det faglige?']);
    expect(a.text).toMatch(/Kristin Larsen/);
    expect(a.text).not.toMatch(/Randi Bredvold/);
  });
});

describe('pillars by ordinal, an assessment that is no exam, credits on paper', () => {
  it('"Hva går første og andre hovedsøyle ut på?" gives pillars 1 and 2', () => {
    const a = chat(['Hva går første og andre hovedsøyle ut på?']);
    expect(a.text).toMatch(/Hovedsøyle 1,[^]*Hovedsøyle 2,/);
  });

  it('"the third and fourth pillars" gives pillars 3 and 4', () => {
    const a = chat(['Could you explain the third and fourth pillars of the head of department programme?'], 'en-US');
    expect(a.text).toMatch(/Pillar 3,[^]*Pillar 4,/);
  });

  it('"webinar om vurdering av instituttene" is the assessment webinar, not an exam', () => {
    const a = chat(['Hadde NTNU noe webinar om vurdering av instituttene?']);
    expect(a.text).toMatch(/institutt-assessment/);
  });

  it('"hva står man igjen med på papiret" / "what do you get formally" is the credits', () => {
    expect(chat(['Hva står man igjen med på papiret etter LEDPRO del 1?']).text).toMatch(/30 (studiepoeng|sp)/);
    expect(chat(['What formal qualification does LEDPRO part 1 give?'], 'en-US').text).toMatch(/30 credits/);
  });
});

describe('a program spread over time, and nynorsk words for a temporary organisation', () => {
  it('"Hvordan er instituttlederprogrammet fordelt over årene?" is the four-year term with most weight early', () => {
    const a = chat(['Hvordan er instituttlederprogrammet fordelt over årene?']);
    expect(a.text).toMatch(/4 år om gangen[^]*størst tyngde på tiltakene de to første årene/);
  });

  it('"Kva er hovudoppgåva til den mellombelse organisasjonen i LEDPRO?" is the learning organisation\'s task', () => {
    const a = chat(['Kva er hovudoppgåva til den mellombelse organisasjonen i LEDPRO?']);
    expect(a.text).toMatch(/læringsorganisasjon/i);
  });
});

describe('everyday support is the leadership support, not money', () => {
  it('"Hvordan ser den daglige støtten til instituttlederne ut?" is pillar 4 and how the training is given', () => {
    const a = chat(['Hvordan ser den daglige støtten til instituttlederne ut?']);
    expect(a.text).toMatch(/lederstøtte/);
    expect(a.text).not.toMatch(/OU-fondet/);
  });

  it('"What day-to-day support do heads of department get?" is the leadership support of pillar 4', () => {
    const a = chat(['What day-to-day support do heads of department get at NTNU?'], 'en-US');
    expect(a.text).toMatch(/leadership support/);
    expect(a.text).not.toMatch(/OU fund/i);
  });
});
