import { qnaChat } from '../support/qna-chat';

/** Readings met in session 55's look at the dev sets: an address that is a web or e-mail address is no street
 * address the documents lack, and an exam claimed to be oral or sat at a gathering is corrected by the take-home
 * assignment. Sentences are our own. */
const { ask, chat } = qnaChat();

describe('a web or e-mail address is not a street address', () => {
  it('"the web adress for signing up to LEDPRO" gives the pages, with no word of a street address', () => {
    const a = ask('need the web adress where i sign up for ledpro 2', 'en-US');
    expect(a.text).toMatch(/inn\.no\/ledpro2/);
    expect(a.text).not.toMatch(/street address/);
  });

  it('"web adresse" in bokmål the same', () => {
    const a = ask('Hvilken web adresse søker man LEDPRO del 1 på?');
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
    expect(a.text).not.toMatch(/Gateadressen/);
  });

  it('"her emial adress" (a slip) asks for the project manager\'s e-mail', () => {
    const a = ask('whos running ledpro in practice, i need her emial adress', 'en-US');
    expect(a.text).toMatch(/kristin\.larsen@inn\.no/);
    expect(a.text).not.toMatch(/street address/);
  });

  it('the hotel\'s address is still one the document lacks, said first, with the hotel it names', () => {
    const a = ask('Hvilken adresse har hotellet der LEDPRO-samlingene er?');
    expect(a.text).toMatch(/^Gateadressen er ikke oppgitt/);
    expect(a.text).toMatch(/Wood Hotel i Brumunddal/);
  });
});

describe('an exam claimed to be given by mouth or sat at a gathering', () => {
  it('"Blir eksamen på LEDPRO muntlig?" is a no, with the take-home assignment', () => {
    const a = ask('Blir eksamen på LEDPRO muntlig?');
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/hjemmeoppgave/);
  });

  it('presenting to examiners, after the exam was talked of, is a no, not a refusal over the unknown examiners', () => {
    const a = chat(['Hvordan er eksamen på LEDPRO?', 'Så vi skal legge fram for et panel av sensorer på slutten?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/hjemmeoppgave/);
  });

  it('a detail asked of a sat exam ("hvor lang er skoleeksamenen?") corrects the premise with the take-home, no refusal', () => {
    const a = ask('Hvor mange timer er skoleeksamenen på LEDPRO del 1?');
    expect(a.text).toMatch(/^Nei, det stemmer ikke\./);
    expect(a.text).toMatch(/hjemmeoppgave/);
    expect(a.text).not.toMatch(/står ikke i programdokumentene/);
  });

  it('"a sit-down exam" is one sat in a room too', () => {
    const a = ask('Is the LEDPRO part 1 exam a sit-down exam?', 'en-US');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/take-home/);
  });

  it('who the examiners are is still not in the documents', () => {
    expect(ask('Hvem er sensorene på LEDPRO?').kind).toBe('unknown');
  });

  it('"a written exam at the final gathering in October" is answered by the take-home, with no word of when that gathering is', () => {
    const a = chat(['what kind of exam does ledpro have?', "so we sit it on paper at the final gathering in october - should people keep that day free?"], 'en-US');
    expect(a.text).toMatch(/^No/);
    expect(a.text).toMatch(/take-home/);
    expect(a.text).not.toMatch(/does not say when/);
  });
});

describe('a head of department who comes in during the term of office', () => {
  it('"have I missed the training?" is a no: local training takes in those appointed during the term', () => {
    const a = ask('I took over as head of department two years into the term. Have I missed out on NTNU\'s leader training?', 'en-US');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/appointed during the term of office/);
  });

  // The time of coming in must be in the question itself: told in a sentence before it ("Jeg tok over halvveis i
  // åremålsperioden. Går jeg glipp av lederopplæringen?"), it does not yet reach the facts (session 55's notes).
  it('in bokmål, with the question put as "går jeg glipp av"', () => {
    const a = ask('Går jeg glipp av opplæringen når jeg tok over som instituttleder halvveis i åremålsperioden?');
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/ansatt underveis i åremålsperioden/);
  });

  it('"do I get training, or have I missed it all?" answers the first: yes', () => {
    const a = ask('Jeg ble instituttleder midt i perioden. Får jeg opplæring, eller har jeg gått glipp av alt?');
    expect(a.text).toMatch(/^Ja\./);
  });

  it('asked what happens to one appointed mid-term, the local training is the answer', () => {
    const a = ask('What does NTNU do for a head of department who is appointed midway through the term?', 'en-US');
    expect(a.text).toMatch(/Pillar 4/);
  });
});

describe('a degree asked of a programme whose document sets no requirement of education', () => {
  it('"does one need a bachelor to be nominated at NTNU?" gets no yes: the document sets no such requirement', () => {
    const a = ask('Trenger man bachelorgrad for å bli nominert til lederutvikling på NTNU?');
    expect(a.text).not.toMatch(/^(Ja|Nei)\b/);
    expect(a.text).toMatch(/^Dokumentet oppgir ikke noe krav om utdanning/);
    expect(a.text).toMatch(/fakultetene som nominerer/);
  });

  it('LEDPRO, which sets a bachelor requirement, still answers with it', () => {
    const a = ask('Do you need a bachelor to get into LEDPRO?', 'en-US');
    expect(a.text).toMatch(/bachelor's degree/);
    expect(a.text).not.toMatch(/states no requirement of education/);
  });
});

describe('a programme claimed for the provider of the other document', () => {
  it('"Er LEDPRO et NTNU-program?" is corrected, and says whom LEDPRO is for instead of a refusal', () => {
    const a = ask('Er LEDPRO et av NTNU sine program?');
    expect(a.text).toMatch(/^Nei, det stemmer ikke: LEDPRO hører ikke til NTNU/);
    expect(a.text).toMatch(/Målgruppen for studiet/);
    expect(a.text).not.toMatch(/står ikke i programdokumentene/);
  });

  it('a premise of NTNU owning LEDPRO is corrected before the question is answered of LEDPRO, without NTNU\'s nomination', () => {
    // ("how do we get people onto it?" is not yet read as applying, with or without the claim: session 55's notes.)
    const a = ask("As LEDPRO is NTNU's own course for section heads, how do people apply for it?", 'en-US');
    expect(a.text).toMatch(/^No, that is not right: LEDPRO is not NTNU's/);
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
    expect(a.text).not.toMatch(/faculties nominate/);
  });

  it('"something like LEDPRO at NTNU" is no such claim', () => {
    expect(ask('Is there something like LEDPRO at NTNU?', 'en-US').text).not.toMatch(/is not NTNU's/);
  });

  it('LEDPRO set beside NTNU\'s programme is no such claim', () => {
    const a = ask("How long is LEDPRO compared with NTNU's head of department programme?", 'en-US');
    expect(a.text).not.toMatch(/is not NTNU's/);
  });
});

describe('"i så fall" is no autumn', () => {
  // ("Er vi på de samme samlingene?" after the same message still gets the gatherings' fact: session 55's notes.)
  it('"Kommer vi i så fall til å være sammen …?" after parts 1 and 2 were told asks whether they are together, not of the autumn', () => {
    const a = chat(['Kollegaen min tar LEDPRO del 1 og jeg tar del 2 samme år.', 'Kommer vi i så fall til å være sammen på samlingene?']);
    expect(a.text).toMatch(/samkjøres/);
    expect(a.text).not.toMatch(/september–november/);
  });

  it('"in the fall" is still the autumn', () => {
    expect(ask('Which LEDPRO gatherings are in the fall?', 'en-US').text).toMatch(/September–November/);
  });
});

describe('a place claimed that the answer names only inside another name', () => {
  it('"it\'s at Lerkendal, isn\'t it?" of NTNU\'s leadership gathering is a no: Lerkendal is in "the Lerkendal gathering", another one', () => {
    const a = chat(["Where is NTNU's leadership gathering held?", "It's at Lerkendal, isn't it?"], 'en-US');
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Oppdal/);
  });

  it('"den er jo i Oppdal?" of the same gathering is a yes', () => {
    const a = chat(['Hvor holdes NTNUs ledersamling?', 'Den er jo i Oppdal?']);
    expect(a.text).toMatch(/^Ja\b/);
  });
});
