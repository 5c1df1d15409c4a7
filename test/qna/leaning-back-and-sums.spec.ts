import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

describe('follow-ups that lean on what came before', () => {
  it('"the one in June, which days exactly?" after another topic gives that gathering\'s dates', () => {
    const a = chat(['When are the LEDPRO gatherings this year?', 'Btw, is the hotel close to the train?', 'Ok thanks. The one in June, which days exactly? I have a board meeting that month.'], 'en-US');
    expect(a.text).toMatch(/Gathering 4: 20–21 June 2024/);
    expect(a.text).not.toMatch(/railway/);
  });

  it('"What about the books, are those covered?" after the hotel and the fee: no, they come in addition', () => {
    expect(chat(['Is the hotel stay included in the LEDPRO fee?', 'What about the books, are those covered?'], 'en-US').text).toMatch(/^No\. .*literature come in addition/s);
    expect(chat(['Er hotellet inkludert i avgiften for LEDPRO?', 'Hva med bøkene, dekkes de?']).text).toMatch(/^Nei\. .*litteratur kommer i tillegg/s);
    // How much a fund covers is the fund's matter, not what the fee includes.
    expect(chat(['What does LEDPRO cost in total for one person?', 'ok and how much of that will the OU fund typically cover?'], 'en-US').kind).toBe('unknown');
  });

  it('who the asker is does not steer "den" away from the conversation\'s topic', () => {
    const a = chat(['Hvordan foregår eksamen i LEDPRO?', 'Vi er tre fra samme kommune som tenker å søke sammen. Kan vi levere den som gruppe?']);
    expect(a.text).toMatch(/^Ja\. .*gruppevis eller individuelt/s);
    // What the asker has or wonders about still says what "det" and "dem" are.
    expect(chat(['Hvem kan jeg kontakte om LEDPRO?', 'Jeg er enhetsleder og lurer mest på hva pensum og innholdet faktisk går ut på, ikke det praktiske. Hvem av dem bør jeg ringe?']).text).toMatch(/Randi Bredvold/);
  });

  it('a refund asked after a withdrawal is as unknown as the withdrawal, and an unanswered question drops the old topic', () => {
    const a = chat(['Hva koster LEDPRO?', 'Hva skjer med avgiften hvis jeg må trekke meg etter første samling? Får jeg noe tilbake?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/15\.–16\. februar/);
    expect(chat(['Hvilke programmer nevner NTNU som eksempler på lederutviklingsprogram?', 'Hvor lenge varer mentorprogrammet, og hvem får mentor?']).kind).toBe('unknown');
    expect(chat(['Kan offentleg tilsette søkje OU-fondet om støtte til LEDPRO?', 'Kor mykje kan ein få i tilskot då?']).kind).toBe('unknown');
  });
});

describe('sums compared, gaps in weeks, and gatherings the documents do not date', () => {
  it('"which ends up bigger over the year: the fee or the hotel stays?" compares the fee with all six stays', () => {
    expect(chat(["For LEDPRO, what's the tuition and what does the hotel cost?", 'Over the whole year, which ends up bigger: the fee or the hotel stays?'], 'en-US').text).toMatch(/the participation fee \(NOK 53 000\) costs more than board and lodging for all 6 gatherings \(NOK 19 050\)/);
  });

  it('weeks between the first and the second gathering, in both languages', () => {
    expect(ask('How many weeks are there between the first and the second LEDPRO gathering?', 'en-US').text).toMatch(/48 days \(about 7 weeks\)/);
    expect(ask('Hvor mange uker er det mellom den første og den andre samlingen på LEDPRO?').text).toMatch(/48 dager \(om lag 7 uker\)/);
  });

  it('"after the summer break" and the undated Oppdal gathering', () => {
    const after = ask('How many of the LEDPRO gatherings are after the summer break?', 'en-US');
    expect(after.text).toMatch(/28–29 August 2024.*7–8 October 2024/s);
    expect(after.text).not.toMatch(/June/);
    expect(ask('Hvilke datoer er ledersamlingen på Oppdal?').kind).toBe('unknown');
  });

  it('"those gatherings" and "which municipality was it" find what an earlier sentence told', () => {
    expect(ask("Hi there. I've been a department head at NTNU for about six months. My dean mentioned some gatherings for institute heads where you bring your own cases to discuss. I'd like to know a bit more before I block out my calendar. How long do those gatherings last?", 'en-US').text).toMatch(/2-day gatherings/);
    expect(ask("Our municipality has been through a lot of restructuring lately. A colleague told me another municipality used LEDPRO and was really happy with the results. I'd like to mention that in a proposal to my boss. Which municipality was it?", 'en-US').text).toMatch(/Molde/);
  });
});

describe('a measure asked of what the last answer was about', () => {
  it('"hvor lange er de?" after the Head of Department gatherings gives their length, not the programme\'s', () => {
    expect(chat(['Hva skjer på instituttledersamlingene i instituttlederprogrammet?', 'hvor lange er de?']).text).toMatch(/2-dagers samlinger/);
    // "how long does it run?" still asks the programme.
    expect(ask('Which two leadership roles does the department head programme try to develop, and how long does it run?', 'en-US').text).toMatch(/4 years/);
  });
});

describe('what a follow-up asks of the last answer\'s subject', () => {
  it('a fund\'s deadline is the fund\'s, which the documents do not give; not the application deadline', () => {
    const a = chat(['A colleague wants OU fund support for the LEDPRO fee.', "What's the deadline for applying to the fund?"], 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/15 December/);
  });

  it('the number of pages of the exam is not given (and "sider" is not corrected into another word)', () => {
    const a = chat(['Hva er eksamensformen på ledpro?', 'hvor mange sider skal den være?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/hjemmeoppgave/);
    expect(a.text).not.toMatch(/^Det er \d/);
  });

  it('"hun er fagansvarlig, ikke sant?" about the contact just named says what she is and who is', () => {
    expect(chat(['Hvem er kontaktperson for praktiske spørsmål på ledpro?', 'hun er fagansvarlig, ikke sant?']).text).toMatch(/^Nei\. Kristin Larsen er prosjektleder og tar praktiske spørsmål; faglige spørsmål tar Randi Bredvold\./);
  });

  it('"how is it different for part 2?" after a question on part 1\'s admission compares admission', () => {
    const a = chat(['What are the admission requirements for LEDPRO part 1?', 'how is it different for part 2?'], 'en-US');
    expect(a.text).toMatch(/you must have completed LEDPRO part 1/);
    expect(a.text).not.toMatch(/four main themes/);
    // After telling of part 1 taken, "what's different in part 2" still asks the content.
    expect(chat(['I finished LEDPRO part 1 a few years back', "what's actually different in part 2 compared to part 1?"], 'en-US').text).toMatch(/action learning|Learning leadership/i);
  });
});

describe('who takes what, the stay\'s price, and both parts\' credits', () => {
  it('"Which of the two handles what?" names both contacts with their matters', () => {
    const a = chat(["I'm collecting contact info on LEDPRO for our HR wiki.", 'There seem to be two contact people.', 'Which of the two handles what?'], 'en-US');
    expect(a.text).toMatch(/Academic questions: Randi Bredvold.*Practical questions: Kristin Larsen/s);
  });

  it('"what does that price include?" after the stay\'s price is what the stay includes', () => {
    expect(chat(['how much is accommodation at the LEDPRO venue?', 'what does that price include?'], 'en-US').text).toMatch(/lunch to lunch including dinner/);
  });

  it('nynorsk "attende til det kommunale" goes back to LEDPRO', () => {
    expect(chat(['Kva kostar LEDPRO?', 'Kven er målgruppa for instituttleiarprogrammet på NTNU?', 'Attende til det kommunale – kan ein søkje tilskot nokon stad?']).text).toMatch(/OU-fondet/);
  });

  it('credits "after both", with part 1 claimed at 15, are both parts\' 30 + 30', () => {
    expect(chat(['My colleague is doing LEDPRO part 1 and then part 2.', 'Part 1 is only 15 credits, so how many will she have after both?'], 'en-US').text).toMatch(/^No\. LEDPRO 1 \(30 credits\) \+ LEDPRO 2 \(30 credits\) = 60 credits/);
  });
});

describe('comparisons in time', () => {
  it('"hvordan er det sammenlignet med LEDPRO, tidsmessig?" compares the lengths', () => {
    expect(chat(['Rask en: hvor lenge varer instituttlederprogrammet på NTNU?', 'Og hvordan er det sammenlignet med LEDPRO, tidsmessig?']).text).toMatch(/^LEDPRO \(ca\. 8 måneder\) er kortere enn Instituttlederprogrammet 2021-2025 \(4 år\)/);
  });
});

describe('both sides of the summer in one question', () => {
  it('"hvor mange er før sommerferien, og hvor mange kommer etter?" counts both', () => {
    expect(ask('Hvor mange av LEDPRO-samlingene i 2024 er før sommerferien, og hvor mange kommer etter?').text).toMatch(/4 samlinger før sommeren .* og 2 etter sommeren/s);
  });
});

describe('how much a fund gives', () => {
  it('"hvor mye pleier man å få da?" after asking for support is not answered by the fee', () => {
    const a = chat(['Hei, jeg er enhetsleder i en kommune', 'kan vi søke støtte til ledpro noe sted?', 'hvor mye pleier man å få da?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/OU-fondet/);
    const b = chat(['Kan offentlig ansatte søke OU-fondet om tilskudd til LEDPRO?', 'hvor mye får man i så fall, dekker de hele deltakeravgiften?']);
    expect(b.kind).toBe('unknown');
    expect(b.text).not.toMatch(/^LEDPRO 1 og LEDPRO 2 \(gjelder hver del\): Deltakeravgiften/);
  });
});

describe('a timeline entry followed by another', () => {
  it('"og på instituttledersamlingen?" after the webinar\'s timeline entry gives that gathering\'s entry, not pillar 1', () => {
    expect(chat(['Hva står på programmet i Institut-assessment-webinaret?', 'og på instituttledersamlingen?']).text).toMatch(/^I tidslinjen er instituttledersamlingen oppført med punktene 1\. Trygge ledere/);
  });
});

describe('what the price just given covers', () => {
  it('"Does that cover dinner too?" after board and lodging: yes, from the stay\'s own price, not the fee\'s "in addition"', () => {
    const a = chat(['How much is board and lodging per gathering on LEDPRO?', 'Does that cover dinner as well?'], 'en-US');
    expect(a.text).toMatch(/^Yes\. .*Board and lodging from lunch to lunch including dinner/);
    expect(a.text).not.toMatch(/participation fee/);
  });

  it('"Dekker det middag også?" in bokmål: ja', () => {
    const a = chat(['Hvor mye er kost og losji per samling på LEDPRO?', 'Dekker det middag også?']);
    expect(a.text).toMatch(/^Ja\. .*inkludert middag/);
  });

  it('"What about the books, are those covered?" after the fee still asks what the fee holds', () => {
    const a = chat(['Is the hotel included in the LEDPRO fee?', 'What about the books, are those covered?'], 'en-US');
    expect(a.text).toMatch(/^No\. /);
    expect(a.text).toMatch(/literature/);
  });
});

describe('a price per gathering claimed for the whole year', () => {
  it('"Så 3175 dekkjer alle samlingane heile året?" after the stay\'s price: nei, with the sum for all six', () => {
    const a = chat(['Kva kostar opphaldet på hotellet på LEDPRO?', 'Så 3175 dekkjer alle samlingane heile året?']);
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/6 × kr 3 175 = kr 19 050/);
  });

  it('"So 3175 covers the whole year?" after "How much is the hotel per gathering?": no', () => {
    const a = chat(['How much is the hotel per gathering on LEDPRO?', 'So 3175 covers the whole year?'], 'en-US');
    expect(a.text).toMatch(/^No\. /);
    expect(a.text).toMatch(/19,?\s?050/);
  });

  it('the sum for all six claimed is yes, though the answer works out the fee\'s sum first', () => {
    const a = chat(['Hva koster hotellet per samling på LEDPRO?', 'Så 19050 for alle seks samlingene til sammen?']);
    expect(a.text).toMatch(/^Ja\. /);
  });

  it('the price per gathering claimed as such is yes', () => {
    expect(chat(['Hva koster hotellet på LEDPRO?', 'Så det er 3175 per samling?']).text).toMatch(/^Ja\. /);
  });
});

describe('a wrong fee claimed beside the hotel', () => {
  it('"Deltakeravgiften er vel 40 000, og så kommer hotellet i tillegg?": nei, 53 000, and what comes in addition', () => {
    const a = ask('Deltakeravgiften på LEDPRO er vel 40 000, og så kommer hotellet i tillegg?');
    expect(a.text).toMatch(/^Nei\. LEDPRO 1 og LEDPRO 2 \(gjelder hver del\): Deltakeravgiften er kr 53 000/);
    expect(a.text).toMatch(/Opphold under samlingene og litteratur kommer i tillegg/);
  });
});

describe('"they" are the things the last question named', () => {
  it('"Are the books included?" → "Any idea what they\'ll cost?": no price is given for the books, not the fee', () => {
    const a = chat(['The textbooks for LEDPRO are not part of the fee, are they?', 'Any idea roughly what they will cost?'], 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/^No price is given; the document only says: «Accommodation during the gatherings and literature come in addition\.»/);
  });

  it('"Hva koster de da?" after the course books, in bokmål', () => {
    const a = chat(['Er pensumbøkene med i avgiften på LEDPRO?', 'Hva koster de da?']);
    expect(a.text).toMatch(/^Prisen er ikke oppgitt/);
  });
});
