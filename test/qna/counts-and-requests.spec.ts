import { qnaChat } from '../support/qna-chat';

/** Readings met in session 42's sets, first part: counts of "them", requests without a question mark, reasons asked of what was
 * named, and amounts claimed for one item of a sum. Sentences are our own. */
const { chat } = qnaChat();

describe('a count of what the first question named', () => {
  it('"Hvor er samlingene, og hvor mange blir det?" counts the gatherings', () => {
    const a = chat(['Vi ser på LEDPRO. Hvor er samlingene, og hvor mange blir det?']);
    expect(a.text).toMatch(/Brumunddal/);
    expect(a.text).toMatch(/6 samlinger/);
    expect(a.text).not.toMatch(/sier programdokumentene ingenting om/);
  });

  it('"… and how many are there?" in English counts them too', () => {
    const a = chat(['Where do the LEDPRO gatherings take place, and how many are there?'], 'en');
    expect(a.text).toMatch(/Wood Hotel/);
    expect(a.text).toMatch(/6 gatherings/);
  });
});

describe('a request without a question mark', () => {
  it('"Nevn to ting …" after a sentence naming the list is answered from that list, not met with small talk', () => {
    const a = chat(['NTNUs grunnopplæring har en del om HR og HMS. Nevn to ting som hører til der.']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/rekruttering/);
    expect(a.text).toMatch(/medarbeidersamtalen/);
  });

  it('"Name two things in it." in English too', () => {
    const a = chat(["NTNU's basic training has an HR and HSE section. Name two things in it."], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/recruitment/);
  });

  it('"My name is …" is still no request', () => {
    const a = chat(['My name is Kari and I run a unit in the municipality.'], 'en');
    expect(a.kind).toBe('smalltalk');
  });
});

describe('why something named before a dash weighs so much', () => {
  it('"Du nevnte analyse – hvorfor legges det så mye vekt på det?" gives the reason from part 2', () => {
    const a = chat(['Hva lærer man i LEDPRO del 2?', 'Du nevnte analyse – hvorfor legges det så mye vekt på den?']);
    expect(a.text).toMatch(/forbindelsen mellom refleksjon, fagforståelse og handling/);
    expect(a.text).not.toMatch(/OU-fond/);
  });

  it('"You brought up analysis – why does it get so much weight?" in English too', () => {
    const a = chat(['What is the content of LEDPRO part 2?', 'You brought up analysis – why does it get so much weight?'], 'en');
    expect(a.text).toMatch(/link between reflection/);
  });
});

describe('an amount claimed for one item of a sum', () => {
  it('"the extra night costs the same as the gathering, 3175?" is a no: it is 1 375', () => {
    const a = chat(['Koster tilknytningsdøgnet like mye som samlingen, altså 3175 kroner?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/1 375/);
  });

  it('the right amount for the extra night is still a yes', () => {
    const a = chat(['The extra night on top of a LEDPRO gathering is 1375, right?'], 'en');
    expect(a.text).toMatch(/^Yes\./);
  });
});

describe('joining as the condition of a question', () => {
  it('"If I sign up for LEDPRO, how am I assessed at the end?" is the exam, not how to apply', () => {
    const a = chat(['If I sign up for LEDPRO, how am I assessed at the end of it?'], 'en');
    expect(a.text).toMatch(/take-home assignment/);
    expect(a.text).not.toMatch(/inn\.no\/ledpro1/);
  });

  it('"Hvis jeg kommer inn, hvor skal jeg reise?" is the place', () => {
    const a = chat(['Hvis jeg kommer inn på LEDPRO, hvor må jeg reise?']);
    expect(a.text).toMatch(/Brumunddal/);
    expect(a.text).not.toMatch(/Opptakskravet/);
  });
});

describe('a role that may "also" apply', () => {
  it('"Er LEDPRO bare for ledere, eller kan også tillitsvalgte søke?" gives the target group with them', () => {
    const a = chat(['Er LEDPRO forbeholdt ledere, eller kan også tillitsvalgte søke?']);
    expect(a.text).toMatch(/Målgruppen/);
    expect(a.text).toMatch(/tillitsvalgte/);
  });
});

describe('a half day claimed', () => {
  it('"Er instituttledersamlingene korte halvdagsmøter?" is a no: they last two days', () => {
    const a = chat(['Er instituttledersamlingene bare korte halvdagsmøter?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/2-dagers/);
  });

  it('"half-day sessions?" in English too', () => {
    const a = chat(["Are NTNU's head of department gatherings half-day sessions?"], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/2-day/);
  });
});

describe('LEDPRO called the process course', () => {
  it('"Hva koster prosesskurset?" is LEDPRO\'s fee', () => {
    const a = chat(['Hva koster prosesskurset?']);
    expect(a.text).toMatch(/53 000/);
  });

  it('"the process course" gets LEDPRO\'s themes, not NTNU\'s process leadership module', () => {
    const a = chat(['What are the big topics of the process course?'], 'en');
    expect(a.text).toMatch(/Underlying processes/);
    expect(a.text).not.toMatch(/ARK/);
  });

  it('"generic textbook cases, or the problems we face at work?" is answered from the participants\' own challenges', () => {
    const a = chat(['Is LEDPRO built on generic textbook examples, or on the problems we face at our own workplace?'], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/participants' challenges in their own organisation/);
  });
});

describe('words of the asker, not subjects of the question', () => {
  it('nynorsk "viss ein berre har to år høgare utdanning" after the requirement gets the individual assessment', () => {
    const a = chat(['Kva krev dei for opptak til LEDPRO?', 'Viss eg har to år høgare utdanning og lang røynsle, kva då?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/vurdert individuelt/);
  });

  it('"someone at our partner municipality" is an organisation, not a partner brought along', () => {
    const a = chat(['Could a colleague at our partner municipality without any degree still take part in LEDPRO somehow?'], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/course participants/);
  });
});

describe('the same figure on both sides', () => {
  it('a bachelor requirement\'s "(180 credits)" is not said to be what both parts give', () => {
    const a = chat(['How many credits is LEDPRO worth?', 'Put part 1 and part 2 side by side: credits and entry requirements.'], 'en');
    expect(a.text).not.toMatch(/Both are the same: (1)?80 credits/);
  });
});
