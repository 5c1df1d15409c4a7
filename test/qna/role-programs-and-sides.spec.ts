import { qnaChat } from '../support/qna-chat';

/** The program of one's role, and a side named by its gathering. Sentences are our own. */
const { chat } = qnaChat();

describe('a program asked for by the role the asker told', () => {
  it('"jeg er studieprogramleder – hvilket program er for meg?" names the study programme leader programme, with no "Ja"', () => {
    const a = chat(['Jeg er studieprogramleder ved NTNU – hvilket program er for meg?']);
    expect(a.text).toMatch(/^For denne rollen har NTNU Studieprogramlederprogrammet\./);
    expect(a.text).not.toMatch(/står ikke/);
  });

  it('"I run a research group … is there a programme for someone like me?" names the research group leader programme', () => {
    const a = chat(['I run a research group in chemistry. Is there a programme for someone like me?'], 'en');
    expect(a.text).toMatch(/^Yes\. For this role NTNU has the research group leader programme \(Forskergruppelederprogrammet\)/);
  });

  it('a role one only hopes to have one day is not told ("want to lead a research group one day")', () => {
    const a = chat(['I hope to lead a research group one day. Which programme fits me?'], 'en');
    expect(a.text).not.toMatch(/research group leader programme \(/);
  });
});

describe('a side named by its gathering', () => {
  it('"en instituttledersamling sammenlignet med en LEDPRO-samling" sets pillar 1 beside LEDPRO', () => {
    const a = chat(['Hvor lang er en instituttledersamling, sammenlignet med en samling på LEDPRO?']);
    expect(a.text).toMatch(/LEDPRO 1[^]*2 dager per samling/);
    expect(a.text).toMatch(/Hovedsøyle 1[^]*2-dagers samlinger/);
  });
});

describe('"vel" after a verb and its subject is the tag, not "choose"', () => {
  it('"Lunsjen betaler vi vel selv?" asks of lunch, not of who chooses', () => {
    const a = chat(['Lunsjen betaler vi vel selv på LEDPRO?']);
    expect(a.text).toMatch(/fra lunsj til lunsj/);
  });
});

describe('the stay: meals said to come in addition, and the train as one side of a choice', () => {
  it('"Lunsjen betaler vi vel i tillegg til hotellprisen?" is "Nei": the stay runs lunch to lunch', () => {
    const a = chat(['Lunsjen betaler vi vel i tillegg til hotellprisen på LEDPRO?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/fra lunsj til lunsj/);
  });

  it('"Is dinner in the price, or do we pay for it separately?" is answered by its first alternative', () => {
    const a = chat(['Is dinner in the LEDPRO hotel price, or do we pay for it separately?'], 'en');
    expect(a.text).toMatch(/^Yes\./);
  });

  it('"Går det tog dit, eller må vi kjøre bil?" gives the train, not "the documents do not say"', () => {
    const a = chat(['Vi skal på LEDPRO i Brumunddal.', 'Går det tog dit, eller må vi kjøre bil?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/togstasjon/);
  });
});

describe('part 1 cannot be replaced by a degree', () => {
  it('"Holder en bachelorgrad for å komme inn på del 2?" is "Nei" with what part 2 requires', () => {
    const a = chat(['Holder en bachelorgrad for å komme inn på LEDPRO del 2?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/må (du )?ha gjennomført (LEDPRO )?del 1/);
  });
});

describe('another program asked of a month and year is its own question', () => {
  it('"Hva skjedde i instituttlederprogrammet i januar 2022?" after LEDPRO\'s fee is the January 2022 entry', () => {
    const a = chat(['Hvor mye koster LEDPRO?', 'Og hva skjedde i instituttlederprogrammet i januar 2022?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Januar 2022: felles opplæringsdag/);
    expect(a.text).not.toMatch(/53 000/);
  });
});

describe('costs named one by one', () => {
  it('"deltakeravgift, kost og losji og tilknytningsdøgn – hva er prisene?" gives each figure, in the order asked', () => {
    const a = chat(['LEDPRO: deltakeravgift, kost og losji og tilknytningsdøgn – hva er prisene?']);
    expect(a.text).toMatch(/Deltakeravgift kr 53 000; kost og losji kr 3 175 per samling; tilknytningsdøgn kr 1 375 per døgn\./);
  });

  it('a cost set aside ("the lodging, not the tuition") is not listed', () => {
    const a = chat(['What is the LEDPRO board and lodging per gathering, not the tuition?'], 'en');
    expect(a.text).not.toMatch(/53[ ,]000/);
    expect(a.text).toMatch(/3[ ,]175/);
  });
});

describe('a pillar just described, asked of its length', () => {
  it('"How many days is each one?" after the Head of Department gatherings is their 2-day length', () => {
    const a = chat(['Tell me about the head of department gatherings at NTNU', 'How many days is each one? I need to plan my calendar.'], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/2-day gatherings/);
  });
});

describe('a place on a program is a seat', () => {
  it('"Hvordan får man plass på LEDPRO?" is the admission, not the journey', () => {
    const a = chat(['Hvordan får man plass på LEDPRO?']);
    expect(a.text).toMatch(/Opptakskravet/);
    expect(a.text).not.toMatch(/togstasjon/);
  });
});

describe('phone-style questions', () => {
  it('"jobber i et IT-firma som leverer til fylket. kan jeg ta ledpro?" is answered by the target group (no "I" needed)', () => {
    const a = chat(['jobber i et IT-firma som leverer til fylket. kan jeg ta ledpro?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/konsulenter i organisasjoner med oppdrag for offentlig sektor/);
  });

  it('"jobber i kommunen – kan jeg søke OU-fondet?" asks of the support, answered "Ja"', () => {
    const a = chat(['jobber i en kommune – kan jeg søke OU-fondet om penger til LEDPRO?']);
    expect(a.text).toMatch(/^Ja\./);
    expect(a.text).toMatch(/OU-fondet/);
  });

  it('"hvor mang samlinger" counts the gatherings, not where they are', () => {
    const a = chat(['hvor mang samlinger har ledpro?']);
    expect(a.text).toMatch(/6 samlinger/);
  });
});

describe('who is included, and what the documents do not say about paying', () => {
  it('"Who in the central admin is covered?" is the target groups, not a topic list', () => {
    const a = chat(['I work in the central administration at NTNU. Who in the central admin is covered?'], 'en');
    expect(a.text).toMatch(/section heads/);
  });

  it('"Can we pay the fee in instalments?" is an honest "not in the documents"', () => {
    const a = chat(['What does LEDPRO cost?', 'Can we pay it in instalments, and when is the invoice sent?'], 'en');
    expect(a.kind).toBe('unknown');
  });
});

describe('a contact named after the matter was told', () => {
  it('"Vi lurer på noe om pensum." → "Da spør jeg Kristin Larsen?" is "Nei", the academic lead takes it', () => {
    const a = chat(['Vi lurer på noe om pensum og litteraturlista på LEDPRO.', 'Da spør jeg Kristin Larsen om det?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Randi Bredvold/);
  });
});

describe('words of the schedule and the list', () => {
  it('"Hva er samlingsdatoene i år?" lists the gatherings (a compound with "dato")', () => {
    const a = chat(['Hva er samlingsdatoene for LEDPRO i 2024?']);
    expect(a.text).toMatch(/Samling 1: 15\.–16\. februar 2024/);
  });

  it('"Og den i mai?" after the first gathering is the gathering of May', () => {
    const a = chat(['Når er første samling på LEDPRO?', 'Og den i mai?']);
    expect(a.text).toMatch(/15\.–16\. mai/);
    expect(a.text).not.toMatch(/februar/);
  });

  it('nynorsk "døme" are examples; a program of the list asked of next is that program', () => {
    expect(chat(['Kva døme på leiarprogram nemner NTNU?']).text).toMatch(/Mentorprogrammet/);
    const a = chat(['Kva døme på leiarprogram nemner NTNU?', 'Kva går Stjerneprogrammet ut på?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/Stjerneprogrammet/);
  });

  it('"Where does X come in?" asks where in the content, not the venue', () => {
    const a = chat(['Where does conflict handling come in, in the LEDPRO themes?'], 'en');
    expect(a.text).not.toMatch(/Wood Hotel/);
    expect(a.text).toMatch(/tension|resistance|conflict/i);
  });
});

describe('claims heard from others', () => {
  it('"Vår samarbeidspartner sa at LEDPRO er på Oppdal, som NTNU sin samling" is "Nei", said once', () => {
    const a = chat(['En av samarbeidspartnerne våre sa at LEDPRO holdes på Oppdal, samme sted som NTNUs ledersamling. Stemmer det?']);
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).not.toMatch(/^Nei\. Nei\./);
    expect(a.text).toMatch(/Wood Hotel/);
  });

  it('"… and heard X" then "Is that how it works?" checks what was heard', () => {
    const a = chat(['I lead a section and heard the Head of Department programme is heaviest in its last two years.', 'Is that how it works?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/first two years/);
  });
});

describe('side by side and the parts together', () => {
  it('"Whom is each aimed at: LEDPRO versus NTNU\'s programmes?" keeps the question before the colon', () => {
    const a = chat(['Whom is each aimed at: LEDPRO versus NTNU\'s leader development?'], 'en');
    expect(a.text).toMatch(/target group/i);
    expect(a.text).toMatch(/Target groups of NTNU/);
  });

  it('"the part 1 and part 2 groups" are the parts, run partly together', () => {
    const a = chat(['Are the LEDPRO part 1 and part 2 groups kept apart the whole year?'], 'en');
    expect(a.text).toMatch(/some of the programme is joint and some is separate/);
  });

  it('"har ikke bachelorgrad" told before "kan hun være med?" is answered by the admission rules', () => {
    const a = chat(['Avdelingslederen min har ikke bachelorgrad.', 'Kan hun være med på LEDPRO likevel?']);
    expect(a.text).toMatch(/kursdeltaker/);
  });

  it('"the cost items" of a program are every cost beside the fee', () => {
    const a = chat(['Which cost items does LEDPRO list?'], 'en');
    expect(a.text).toMatch(/semester fee[^]*board and lodging[^]*extra night/);
  });
});

describe('numbers and comparing words', () => {
  it('"Det er vel åtte samlingar?" reads the number word ("åtte") and corrects it with 6', () => {
    const a = chat(['Det er vel åtte samlingar på LEDPRO?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/6 samlinger/);
  });

  it('"difference in content between part 1 and part 2" sets the themes beside the tracks ("between" is no subject)', () => {
    const a = chat(['How does the content differ between LEDPRO part 1 and part 2?'], 'en');
    expect(a.text).toMatch(/four main themes[^]*four main tracks/);
  });
});

describe('LEDPRO by other names, and what a price leaves out', () => {
  it('"prosessledelse-studiet" is LEDPRO (not NTNU\'s "Prosessledelse (ARK)")', () => {
    const a = chat(['Hvor søker man på prosessledelse-studiet?']);
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
  });

  it('"how do they grade you at the end?" is the exam', () => {
    const a = chat(['How do they grade you at the end of LEDPRO part 1?'], 'en');
    expect(a.text).toMatch(/take-home assignment/);
  });

  it('"Hva koster selve studieplassen, før hotell og bøker er regnet med?" is the fee', () => {
    const a = chat(['Hva koster selve studieplassen på LEDPRO, før hotell og bøker er regnet med?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Deltakeravgiften er kr 53 000/);
  });

  it('"Får vi hjelp til å betale avgiften?" is the OU fund', () => {
    const a = chat(['Får vi noe hjelp til å betale avgiften for LEDPRO?']);
    expect(a.text).toMatch(/OU-fondet/);
  });
});

describe('short follow-ups after thanks, and what a sum covers', () => {
  it('"Takk! Og den siste?" after gathering 3 is the last gathering', () => {
    const a = chat(['Når er samling 2 på LEDPRO?', 'Takk! Og den siste?']);
    expect(a.text).toMatch(/Samling 6/);
  });

  it('"Hva dekker den summen?" after the stay\'s price says what the stay includes, not the fee', () => {
    const a = chat(['Hvor mye er kost og losji per samling på LEDPRO?', 'Hva dekker den summen?']);
    expect(a.text).toMatch(/fra lunsj til lunsj inkludert middag/);
    expect(a.text).not.toMatch(/53 000/);
  });

  it('"hvor lang tid tar X sammenlignet med Y?" compares the lengths', () => {
    const a = chat(['Hvor lang tid tar LEDPRO sammenlignet med instituttlederprogrammet?']);
    expect(a.text).toMatch(/12 dager/);
    expect(a.text).toMatch(/4 år/);
  });
});

describe('how one gets in', () => {
  it('"How do people get into LEDPRO?" gives the requirements and how to apply, with the deadline passed', () => {
    const a = chat(['How do people get into LEDPRO?'], 'en');
    expect(a.text).toMatch(/admission requirement is a bachelor/);
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
    expect(a.text).toMatch(/has passed/);
  });
});

describe('a program signed up for, and a gathering asked where', () => {
  it('"Kan jeg melde meg på Stjerneprogrammet selv?" is "Nei": the faculties nominate', () => {
    const a = chat(['Kan jeg melde meg på Stjerneprogrammet selv?']);
    expect(a.text).toMatch(/^Nei\. Til NTNUs lederutviklingsprogrammer er det fakultetene som nominerer/);
  });

  it('"the head of department gathering – where is that, compared?" after LEDPRO\'s venue sets the places side by side', () => {
    const a = chat(['Where is LEDPRO held?', 'And the head of department gathering at NTNU – where is that, compared?'], 'en');
    expect(a.text).toMatch(/Wood Hotel/);
    expect(a.text).toMatch(/Oppdal/);
  });
});

describe('who one is, then a claim, then "is that right?"', () => {
  it('"I\'m a head of office, and as I understand it, we are not part of the management team gatherings. Is that right?" is "No"', () => {
    const a = chat(['I\'m a head of office, and as I understand it, the management team gatherings with the heads of department and the deanery don\'t include us heads of office. Is that right?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/extended with heads of office/);
  });
});

describe('the group one belongs to', () => {
  it('"I run a section in the central admin. Which of the groups in the overview do I count under?" is the joint administration', () => {
    const a = chat(['I run a section in NTNU\'s central admin. Which of the groups in the training overview do I count under?'], 'en');
    expect(a.text).toMatch(/^Section heads are in the target group/);
  });
});
