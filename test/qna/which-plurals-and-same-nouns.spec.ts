import { qnaChat } from '../support/qna-chat';

/** Readings met in session 54's look at the dev sets: "hva"/"kva for" before a plural noun, and a definite noun
 * that points back at the same noun described in the sentence before. Sentences are our own. */
const { chat } = qnaChat();

describe('"hva" or "kva for" before a plural noun asks "which"', () => {
  it('"Hva arenaer har NTNU for instituttlederne?" names the arenas, not who the programme is for', () => {
    const a = chat(['Hva arenaer har NTNU for instituttlederne?']);
    expect(a.text).toMatch(/Oppdal/);
    expect(a.text).toMatch(/Lerkendal/);
  });

  it('in nynorsk, after another programme: "kva for arenaer har instituttleiarane der?"', () => {
    const a = chat(['Kor mykje kostar LEDPRO?', 'Ok. Til NTNU no: kva for arenaer har instituttleiarane der?']);
    expect(a.text).toMatch(/Oppdal/);
    expect(a.text).not.toMatch(/53 000/);
  });
});

describe('"den samlingen" after a sentence that described it', () => {
  it('the rector\'s gathering told of before is the one whose purpose is asked', () => {
    const a = chat(['Prodekanen var nettopp på den årlige samlingen rektor holder med dekanene. Hva er vitsen med den samlingen?']);
    expect(a.text).toMatch(/rektors ledersamling/);
    expect(a.text).toMatch(/beslutningsdyktig/);
  });
});

describe('a meal asked of the stay the last answer priced', () => {
  it('"So dinner is included in it?" is not denied because the question named no stay', () => {
    const a = chat(['What does the 3,175 kr per gathering at Wood Hotel cover?', 'So dinner is included in it?'], 'en');
    expect(a.text).toMatch(/^Yes\./);
    expect(a.text).toMatch(/including dinner/);
  });
});

describe('years of the asker\'s own life claim nothing of the programme', () => {
  it('"after 20 years of …" does not make a yes/no question a wrong premise', () => {
    const a = chat(['Is Wood Hotel near the station, or will I need a taxi after 20 years of getting lost?'], 'en');
    expect(a.text).toMatch(/^Yes\./);
    expect(a.text).toMatch(/close to Brumunddal railway station/);
  });
});

describe('"too" after another programme\'s fact', () => {
  it('NTNU\'s exam "too": its documents say nothing, and LEDPRO\'s exam is given beside it', () => {
    const a = chat(['Hvordan er eksamen i LEDPRO?', 'Har instituttlederprogrammet på NTNU også en eksamen?']);
    expect(a.text).toMatch(/Det står ikke i programdokumentene for Instituttlederprogrammet/);
    expect(a.text).toMatch(/Til sammenligning: .*hjemmeoppgave/s);
  });

  it('not when the asker gave the other side\'s figure themselves', () => {
    const a = chat(['Jeg har lest at LEDPRO gir 30 studiepoeng.', 'Gir NTNU sitt instituttlederprogram studiepoeng også?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/Til sammenligning/);
  });
});

describe('what is done between gatherings, asked of NTNU', () => {
  it('NTNU\'s programmes have no fact of their own on it: the one on how they run says homework', () => {
    const a = chat(['Hva må deltakerne på LEDPRO gjøre mellom samlingene?', 'Er det samme type opplegg i NTNUs lederprogrammer?']);
    expect(a.text).toMatch(/hjemmearbeid mellom samlingene/);
  });

  it('a LEDPRO question still gets LEDPRO\'s own fact, not its format', () => {
    const a = chat(['Hva skal vi gjøre på jobben mellom samlingene?']);
    expect(a.text).toMatch(/mellom samlingene planlagt oppfølging/);
  });
});

describe('how one gets onto NTNU\'s programmes, whatever else the message says', () => {
  it('"How do people end up in …?" asks how one gets on: the faculties nominate', () => {
    const a = chat(["How do staff end up in NTNU's leadership programmes?"], 'en');
    expect(a.text).toMatch(/faculties nominate/);
  });

  it('a claimed date after "before" is no subject a fact must hold', () => {
    const a = chat(["Who picks the participants for NTNU's leader programmes?", 'ok, so we just register on a web page before 1 December?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/faculties nominate/);
  });

  it('"we section heads" says who asks, not what the answer is about', () => {
    const a = chat(["How does one get into NTNU's leader development?", 'So we department heads just sign ourselves up on a web page?'], 'en');
    expect(a.text).toMatch(/faculties nominate/);
    expect(a.text).not.toMatch(/target groups/);
  });

  it('"open registration" is a way of applying, not something open', () => {
    const a = chat(["I heard there's open registration for NTNU's leader programmes, so anyone can enrol?"], 'en');
    expect(a.text).toMatch(/faculties nominate/);
  });
});

describe('"what it was about" after a clause that named it', () => {
  it('"… en kick-off med dekanen i januar, men jeg fikk ikke med meg hva den skulle handle om. Hva var meningen med den?" asks of the kick-off', () => {
    const a = chat(['Vi har nettopp startet ny lederperiode. Jeg så at det står noe om en kick-off med dekanen i januar, men jeg fikk ikke med meg hva den skulle handle om. Hva var meningen med den?']);
    expect(a.text).toMatch(/kick-off/);
  });
});

describe('how people learn, asked with words between', () => {
  it('"Hvordan tror de som lager LEDPRO at voksne egentlig lærer?" gets the view of learning', () => {
    const a = chat(['Hvordan tror de som lager LEDPRO at voksne egentlig lærer?']);
    expect(a.text).toMatch(/aktive deltakelse i fysiske og sosiale kontekster/);
  });
});

describe('gatherings named by whom they are for', () => {
  it('"the sessions that are only for heads of department" are pillar 1\'s two-day gatherings', () => {
    const a = chat(['My husband is a new head of department. What goes on at the sessions that are only for heads of department, and how long are they?'], 'en');
    expect(a.text).toMatch(/2-day gatherings/);
  });

  it('"… for the heads of department together with the dean\'s office" stays pillar 2', () => {
    const a = chat(["What is the aim of the gatherings for the heads of department together with the dean's office?"], 'en');
    expect(a.text).toMatch(/Pillar 2|management team/);
  });
});

describe('"faglig sett" after a question of content', () => {
  it('"Hva handler del 1 om, faglig sett?" gets its four main themes, not a fact that says "faglige"', () => {
    const a = chat(['Hva handler LEDPRO del 1 om, faglig sett?']);
    expect(a.text).toMatch(/fire hovedtemaer/);
  });
});

describe('a claim about the length of the Head of Department programme', () => {
  it('"HR skriver at …": who wrote it is no subject the answer must hold', () => {
    const a = chat(['HR skriver at instituttlederprogrammet bare varer ett år, ikke sant?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/4 år om gangen/);
  });

  it('"Matching the appointment period?" after the claim says the claim again', () => {
    const a = chat(["Tell me about NTNU's head of department programme.", 'It only lasts two years, right? In line with the appointment period?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/4 years at a time/);
  });
});

describe('a programme claimed to be online, with joining asked besides', () => {
  it('"since it\'s all online I can join from home, right?" is corrected with the hotel', () => {
    const a = chat(['Looking at LEDPRO for myself.', "since it's all online I can just join from home, right?"], 'en');
    expect(a.text).toMatch(/^No/);
    expect(a.text).toMatch(/Wood Hotel in Brumunddal/);
  });

  it('"Is there an online option …?" is no claim: the documents do not say', () => {
    const a = chat(["Is there an online option for LEDPRO if I can't get to Brumunddal?"], 'en');
    expect(a.text).not.toMatch(/^Yes/);
  });
});

describe('the theme of one gathering named by its ordinal', () => {
  it('"Hva er hovedtemaet på den fjerde samlingen?" is not answered with its date: the documents do not say', () => {
    const a = chat(['Hva er hovedtemaet på den fjerde samlingen i LEDPRO?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/juni/);
  });
});

describe('where and how one signs up, claimed of NTNU\'s programmes', () => {
  it('"people register individually there, right?" is answered by the faculties\' nomination', () => {
    const a = chat(["I'm reading about NTNU's leader programmes.", 'So people register individually there, right?'], 'en');
    expect(a.text).toMatch(/faculties nominate/);
  });

  it('"Hvor melder de seg på?" asks where to apply, not where the gatherings are', () => {
    const a = chat(['Kollegaen min tror instituttlederne melder seg på NTNUs lederprogrammer selv. Hvor melder de seg på?']);
    expect(a.text).toMatch(/fakultetene som nominerer/);
  });
});
