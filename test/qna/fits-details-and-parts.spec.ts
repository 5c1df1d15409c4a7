import { readSmallTalk } from '../../src/capabilities/qna/domain/small-talk';
import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

describe('whether a program suits the asker, by the role they tell', () => {
  it('says yes when the target group names the role, in English and in nynorsk compounds', () => {
    expect(ask("I'm a union rep at a county municipality, not a manager. Would LEDPRO be relevant for me?", 'en-US').text).toMatch(/^Yes\. .*union representatives/s);
    expect(chat(['Kven er LEDPRO meint for?', 'Eg er hovudtillitsvald i kommunen og ikkje leiar sjølv. Passar studiet for meg òg?']).text).toMatch(/^Ja\. .*tillitsvalgte/s);
    expect(ask('Jeg er enhetsleder i en kommune. Er LEDPRO noe for meg?').text).toMatch(/^Ja\. /);
  });

  it('gives no verdict when the target group does not name the role told', () => {
    const a = ask('Jeg er sykepleier. Passer LEDPRO for meg?');
    expect(a.text).not.toMatch(/^(Ja|Nei)\b/);
    expect(a.text).toMatch(/Målgruppen/);
  });
});

describe('details the documents do not give', () => {
  it('the length of the exam assignment is not given, and the reply says so', () => {
    const a = chat(["What's the exam in LEDPRO?", 'how many pages does it have to be?'], 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/^The document does not say how long the assignment should be\./);
    expect(a.text).toMatch(/take-home assignment/);
  });

  it('whether hotel rooms are single or shared is not given, though the stay\'s price is', () => {
    const a = chat(['What does the hotel package cost per LEDPRO gathering?', 'Is that a single room, or do people share?'], 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/^The document does not say whether rooms are single or shared\. .*3 175/s);
  });
});

describe('counted compounds, project leads and phone numbers', () => {
  it('"how many study points" counts credits', () => {
    expect(ask('how many study points does LEDPRO part 2 give?', 'en-US').text).toMatch(/30 credits/);
  });

  it('a project leader is the project manager, and nynorsk "kva nummer ringjer eg" asks the phone', () => {
    expect(ask('who is the project leader for LEDPRO? need her phone nr', 'en-US').text).toMatch(/Kristin Larsen .*61 28 82 03/);
    expect(chat(['Kven svarar på praktiske spørsmål om LEDPRO?', 'Kva nummer ringjer eg?']).text).toMatch(/61 28 82 03/);
  });
});

describe('small talk and conclusions drawn', () => {
  it('"hva kan du egentlig hjelpe meg med?" is a question about the bot', () => {
    expect(readSmallTalk('Hva kan du egentlig hjelpe meg med?')).toBe('abilities');
    expect(chat(['Hei!', 'Hva kan du egentlig hjelpe meg med?']).kind).toBe('smalltalk');
  });

  it('"Great, so I\'ve got until 15 January" is a claim about the deadline, corrected, not thanks', () => {
    const a = chat(['When do I need to apply for LEDPRO by?', "Great, so I've got until 15 January 2024, plenty of time after Christmas."], 'en-US');
    expect(a.text).toMatch(/^No\. .*15 December 2023/s);
    expect(chat(['Hva er søknadsfristen for LEDPRO?', 'Supert, så jeg har til 15. januar?']).text).toMatch(/^Nei\. .*15\. desember 2023/s);
  });

  it('a fee paid per semester is no one-off, and a four-year programme is not done after two', () => {
    expect(chat(["What's the semester fee for LEDPRO?", 'So that 888 is a one-off for the whole course?'], 'en-US').text).toMatch(/^No\. .*888 per semester/s);
    expect(chat(["How long does NTNU's instituttleder programme run?", "So it's basically a two-year thing and then it's done?"], 'en-US').text).toMatch(/^No\. .*4 years/s);
  });
});

describe('parts and programs named by place in the conversation', () => {
  it('"den andre delen" after part 1 is part 2, which requires part 1', () => {
    const a = chat(['Hva handler del 2 av LEDPRO om?', 'Er samlingene felles med de som går del 1?', 'Ok. Jeg har aldri gått noe av det før, men jeg har lang ledererfaring. Kan jeg hoppe rett på den andre delen?']);
    expect(a.text).toMatch(/^Nei\. For å kunne begynne på LEDPRO 2 må du ha gjennomført del 1/);
  });

  it('"påbygget" compared with part 1 gives what part 2 adds', () => {
    const a = chat(['Hva er hovedtemaene i første del av LEDPRO?', 'Og hva er nytt i påbygget sammenlignet med det?']);
    expect(a.text).toMatch(/LEDPRO 1 er organisert rundt fire hovedtemaer/);
    expect(a.text).toMatch(/LEDPRO 2 bygger videre på LEDPRO 1/);
  });

  it('"i det første" and "den fristen eg spurde om først" go back to the program asked about before', () => {
    expect(chat(['Hvor mange samlinger har LEDPRO?', 'Hva er de fire søylene i NTNU-programmet for instituttledere?', 'ok, og hvem er prosjektleder i det første?']).text).toMatch(/Kristin Larsen/);
    expect(chat(['Kva er søknadsfristen for LEDPRO?', 'Kven er instituttleiarprogrammet på NTNU meint for?', 'Greitt. Gjeld den fristen eg spurde om først for del 2 òg?']).text).toMatch(/15\. desember 2023/);
  });
});

describe('the asker\'s group and the way to the hotel', () => {
  it('"which other leader types belong to the same group?" lists the group of the role told, named by the role', () => {
    const a = ask('Jeg er ny som studieprogramleder ved NTNU. En kollega sa at jeg er en såkalt nivå 4-leder. Hvilke andre ledertyper hører til den samme gruppen?');
    expect(a.text).toMatch(/^Studieprogramledere står i målgruppen nivå 4-ledere \(forskningsgruppeledere, .*senterledere/);
  });

  it('"hvordan kommer man seg til hotellet" asks the way there, not where it is', () => {
    expect(ask('Hvordan kommer man seg til hotellet der LEDPRO holdes?').text).toMatch(/1 time med tog fra Oslo Lufthavn/);
  });
});

describe('the program named, over one under it', () => {
  it('"Which kinds of leaders is NTNU\'s leader development meant for?" gives the umbrella\'s target groups', () => {
    expect(ask("Which kinds of leaders is NTNU's leader development meant for?", 'en-US').text).toMatch(/^Target groups of NTNU's leader development: Heads of Department, deans\/rectorate/);
    // A Head of Department who names no program still gets the part of the programme for them.
    expect(ask('Jeg ble tilsatt som instituttleder nå midt i åremålsperioden. Får jeg noe opplæring, eller har jeg gått glipp av alt?').text).toMatch(/underveis i åremålsperioden/);
  });
});

describe('what a program focuses on, and whether it is relevant to me', () => {
  it('"what does the institute leader programme focus on?" leads with the fact that says what its focus is', () => {
    expect(ask("what does NTNU's institute leader programme focus on?", 'en-US').text).toMatch(/^The Head of Department programme \(Instituttlederprogrammet\) is leader development .*people-management role and the strategic leadership role/s);
  });

  it('"er studiet relevant for meg?" from a union rep is answered by the target group, yes', () => {
    expect(ask('Jeg er tillitsvalgt i en kommune. Er det studiet om ledelse av prosesser relevant for meg i det hele tatt?').text).toMatch(/^Ja\. LEDPRO 1 og LEDPRO 2 \(gjelder hver del; for del 2 står det på siden for del 1\): Målgruppen for studiet er ledere, stabsmedarbeidere og tillitsvalgte/);
  });
});

describe('a list asked for', () => {
  it('"kan du ramse opp noen av lederutviklingsprogrammene?" lists the examples, not what is said of them all', () => {
    expect(ask('Kan du ramse opp noen av lederutviklingsprogrammene NTNU har?').text).toMatch(/^Eksempler på lederutviklingsprogram ved NTNU: Forskergruppelederprogrammet/);
  });
});

describe('how often', () => {
  it('how often a named meeting is held is not given; how often the gatherings are is told by their dates', () => {
    const a = chat(['Hva er Rektors møte med instituttlederne?', 'hvor ofte er det?']);
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/^Hvor ofte, er ikke oppgitt i dokumentet\./);
    const b = ask('Hvor ofte er det samlinger på LEDPRO?');
    expect(b.kind).toBe('answer');
    expect(b.text).toMatch(/Samling 1: 15\.–16\. februar 2024.*Samling 6/s);
  });

  it('"fortsettelsen" after part 1 is part 2, and "in between" after the work between gatherings is that time: written notes, yes', () => {
    expect(chat(['Jeg har gått LEDPRO 1.', 'Hvor mange studiepoeng gir fortsettelsen?']).text).toMatch(/LEDPRO del 2 gir også 30 studiepoeng/);
    const writing = chat(['What do LEDPRO participants do between the gatherings?', 'so they write something in between too?'], 'en-US');
    expect(writing.text).toMatch(/^Yes\. /);
    expect(writing.text).toMatch(/written notes/);
  });
});
