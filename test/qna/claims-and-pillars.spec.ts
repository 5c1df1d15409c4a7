import { qnaChat } from '../support/qna-chat';

/** Readings met in session 42's sets, second part: claims judged against the right fact, the pillars, ways of running
 * the training, and replies that are never empty nor say yes or no twice. Sentences are our own. */
const { chat } = qnaChat();

describe('who is claimed to choose the participants', () => {
  it('"Så det er rektoratet som velger ut deltakerne?" is a no: the faculties nominate', () => {
    const a = chat(['Hvordan blir man med i NTNUs lederutviklingsprogrammer?', 'Så det er rektoratet som velger ut hvem som får være med?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/fakultetene som nominerer/);
  });

  it('the faculties claimed is a yes', () => {
    const a = chat(["So it's the faculties that pick the participants for NTNU's leadership programmes?"], 'en');
    expect(a.text).toMatch(/^Yes\./);
  });
});

describe('"that gathering" after one pillar', () => {
  it('a claim about "den samlingen" is judged against the pillar just told', () => {
    const a = chat(['Hvem er med på ledergruppesamlingene i søyle 2?', 'Så kontorsjefene er ikke med på den samlingen?']);
    expect(a.text).toMatch(/^Jo\./);
    expect(a.text).toMatch(/utvidet med kontorsjefer/);
  });
});

describe('what the last pillar starts from, and the pillars counted', () => {
  it('"What do they base it on?" after the fourth pillar is that pillar\'s starting point', () => {
    const a = chat(['Tell me about pillar 4 of the head of department programme.', 'And what do they base it on?'], 'en');
    expect(a.text).toMatch(/annual cycle/);
    expect(a.text).not.toMatch(/^Pillar 1/);
  });

  it('"de tre søylene er …" claimed is a no with all four pillars, not the last one named', () => {
    const a = chat(['Instituttlederprogrammet har vel tre søyler, altså instituttledersamlinger, ledergruppesamlinger og lokal opplæring – er det riktig?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/fire hovedsøyler/);
    expect(a.text).toMatch(/fakultetsvis/);
  });

  it('"three pillars: …" after a colon gets all four listed', () => {
    const a = chat(['So the department head programme has three pillars: the gatherings, the team gatherings and the local training?'], 'en');
    expect(a.text).toMatch(/four main pillars/);
  });
});

describe('numbers, funds and topics to choose', () => {
  it('"samling 1 og samling 4" gives the dates of both', () => {
    const a = chat(['Når er samling 1 og samling 4 i LEDPRO?']);
    expect(a.text).toMatch(/15\.–16\. februar 2024/);
    expect(a.text).toMatch(/20\.–21\. juni 2024/);
  });

  it('"OU-fund money" in English is the OU fund', () => {
    const a = chat(['Can we get OU-fund money for LEDPRO?'], 'en');
    expect(a.text).toMatch(/Public employees can apply to the OU fund/);
  });

  it('"pick the topics ourselves" is the content of part 2, not applying', () => {
    const a = chat(['Do participants in part 2 of LEDPRO get to pick topics?'], 'en');
    expect(a.text).toMatch(/choose topics to deepen/);
    expect(a.text).not.toMatch(/inn\.no\/ledpro/);
  });
});

describe('a school exam in nynorsk, and whom to talk to', () => {
  it('"ein vanleg skuleeksamen på fire timar?" is a no with the take-home assignment', () => {
    const a = chat(['Korleis blir ein vurdert på LEDPRO?', 'Så det blir ein skuleeksamen på fire timar?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/hjemmeoppgave/);
  });

  it('"hvem snakker jeg med om hotellet?" gives the contact for practical matters', () => {
    const a = chat(['Hvem snakker vi med om hotellrom og slikt praktisk på LEDPRO?']);
    expect(a.text).toMatch(/Kristin Larsen/);
  });
});

describe('why the asker asks, and questions asked as statements', () => {
  it('"legge til en ekstra overnatting" is the extra night, not board and lodging', () => {
    const a = chat(['Hva må jeg betale for å legge til en ekstra overnatting på hotellet på LEDPRO?']);
    expect(a.text).toMatch(/1 375/);
  });

  it('"…, slik at jeg kan planlegge rundt det?" is why the asker asks, not what about', () => {
    const a = chat(['Når i åremålet er instituttlederprogrammet mest intensivt, slik at jeg kan planlegge resten rundt det?']);
    expect(a.text).toMatch(/de to første årene/);
  });

  it('"I\'m curious how long it runs … What\'s their setup?" asks what the sentence before asked', () => {
    const a = chat(["I read that NTNU has a head of department programme. I'm curious how long it runs and whether it's spread out evenly. What's their setup?"], 'en');
    expect(a.text).toMatch(/4 years at a time/);
  });
});

describe('ways of running the training, and the head of administration', () => {
  it('"Kan den lokale opplæringen skje en-til-en?" shows how the training is run, one to one among the ways', () => {
    const a = chat(['Kan den lokale lederopplæringen gis en-til-en?']);
    expect(a.text).toMatch(/en til en/);
  });

  it('"the head of administration" is the head of office the documents name', () => {
    const a = chat(["Is the head of administration at a department part of NTNU's head of department programme at all?"], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/head of office/);
  });
});

describe('claims checked against the right thing', () => {
  it('"Er Mentorprogrammet et av NTNUs lederutviklingsprogrammer?" is a yes, from the examples', () => {
    const a = chat(['Er Stjerneprogrammet nevnt som et av NTNUs lederutviklingsprogrammer?']);
    expect(a.text).toMatch(/^Ja\./);
    expect(a.text).toMatch(/Stjerneprogrammet/);
  });

  it('"That takes about an hour, right?" after the train from Oslo S told before is a no: 1.5 hours', () => {
    const a = chat(['For the travel plan: our staff go by train from Oslo S to Brumunddal.', "That's about an hour, right?"], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/1\.5 hours/);
  });

  it('"Må ein levere åleine?" is a no: in a group or individually', () => {
    const a = chat(['Korleis er eksamen på LEDPRO?', 'Må ein levere han åleine?']);
    expect(a.text).toMatch(/^Nei\./);
  });

  it('"888 for the whole programme?" is a no: it is per semester, twice', () => {
    const a = chat(['Semesteravgiften på LEDPRO er vel 888 kroner for hele studiet?']);
    expect(a.text).toMatch(/^Nei\./);
  });
});

describe('never an empty reply, never two verdicts', () => {
  it('"Is NTNU\'s leadership development open for us to apply to?" gets an answer with text', () => {
    const a = chat(["Is NTNU's leader development open for us to apply to?"], 'en');
    expect(a.text.trim()).not.toBe('');
  });

  it('a verdict already given is not given twice', () => {
    const a = chat(['Jeg er leder i et statlig direktorat. Så vidt jeg har forstått er LEDPRO kun for kommuneansatte, så det er vel ikke noe for oss?']);
    expect(a.text).not.toMatch(/^(Ja|Nei|Jo)\. (Ja|Nei|Jo)\./);
  });

  it('a claim and "can you check?" in one message get one verdict', () => {
    const a = chat(['Deltakeravgiften på LEDPRO var 45 000, ikke sant? Kan du sjekke det?']);
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).not.toMatch(/^Nei\. (Ja|Nei)\./);
  });
});

describe('a deadline of the support, and meeting places', () => {
  it('"Er det en frist for å søke OU-fondet?" is not in the documents, with what they say of the fund', () => {
    const a = chat(['Finnes det en søknadsfrist for OU-fondet når man skal på LEDPRO?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/OU-fondet/);
    expect(a.text).not.toMatch(/^Ja/);
  });

  it('"hvilke store møteplasser" names the arenas', () => {
    const a = chat(['Hvilke store felles møteplasser har NTNU for lederne?']);
    expect(a.text).toMatch(/Oppdal/);
    expect(a.text).toMatch(/Lerkendal/);
  });
});

describe('support that is no funding, and what is nearby', () => {
  it('"one-to-one support" in the local training is how it is run, not the OU fund', () => {
    const a = chat(["Does the local basic training at NTNU come with one-to-one support, or only big seminars?"], 'en');
    expect(a.text).toMatch(/one to one/);
    expect(a.text).not.toMatch(/OU fund/);
  });

  it('"…, and what\'s nearby?" answers both: the train and the lake', () => {
    const a = chat(["How far is LEDPRO's hotel from the station, and what's nearby?"], 'en');
    expect(a.text).toMatch(/railway station/);
    expect(a.text).toMatch(/Mjøsa/);
  });
});

describe('not a leader, and the room for action', () => {
  it('"Er LEDPRO aktuelt når jeg ikke er leder?" gives the target group with staff advisers', () => {
    const a = chat(['Jeg er rådgiver i staben hos kommunedirektøren. Er LEDPRO aktuelt når jeg ikke er leder?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/stabsmedarbeidere/);
  });

  it('"room for action and planning" is the module the English documents call scope for action', () => {
    const a = chat(["What does NTNU's basic training cover under 'room for action and planning'?"], 'en');
    expect(a.text).toMatch(/internal control/);
  });
});

describe('a part named by its designator alone', () => {
  it('"én på LEDPRO del 1, den andre på del 2" makes "for hver av dem" both parts, with part 2\'s prerequisite', () => {
    const a = chat(['Vi sender to ledere: den ene på LEDPRO del 1 og den andre på del 2.', 'Hva kreves for opptak for hver av dem?']);
    expect(a.text).toMatch(/bachelorgrad/);
    expect(a.text).toMatch(/gjennomført LEDPRO del 1/);
  });

  it('"del 2" with no family named before it is no LEDPRO part', () => {
    const a = chat(['Hva handler del 2 av grunnopplæringen ved NTNU om?']);
    expect(a.text).not.toMatch(/LEDPRO 2/);
  });
});
