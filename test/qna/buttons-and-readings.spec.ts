import { qnaChat } from '../support/qna-chat';

/** The buttons under an answer, and readings of questions met in this session's sets. Sentences are our own. */
const { chat } = qnaChat();

describe('the buttons under the program of one\'s role', () => {
  it('a study programme leader is offered how to get into that program, not the Head of Department programme\'s gatherings', () => {
    const a = chat(['Jeg leder et studieprogram. Finnes det et lederprogram for min rolle?']);
    expect(a.text).toMatch(/For denne rollen har NTNU Studieprogramlederprogrammet/);
    expect(a.buttons).toContain('Hvordan kommer jeg med?');
    expect(a.asks).toContain('Hvordan kommer jeg med i Studieprogramlederprogrammet?');
    expect([...a.buttons, ...a.asks].join(' ')).not.toMatch(/Instituttleder/);
  });

  it('the button a research group leader gets is answered: the faculties nominate', () => {
    const first = chat(['I lead a research group in physics. Which programme is meant for me?'], 'en');
    expect([...first.buttons, ...first.asks].join(' ')).not.toMatch(/Head of Department/);
    const next = chat([first.asks[0] ?? ''], 'en');
    expect(next.text).toMatch(/faculties nominate/);
  });
});

describe('readings met in this session\'s sets', () => {
  it('how one gets in, LEDPRO set beside NTNU, with "melder en seg på selv begge steder?": applying and nominating, not the venues', () => {
    const a = chat(['Hvordan kommer en med på LEDPRO, sammenlignet med NTNU sine program? Melder en seg på selv begge steder?']);
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
    expect(a.text).toMatch(/fakultetene som nominerer/);
    expect(a.text).not.toMatch(/Wood Hotel/);
  });

  it('"where does each one deal with conflict?" asks of the content, not the venue', () => {
    const a = chat(['Looking at both programmes, where does each one deal with conflict?'], 'en');
    expect(a.text).toMatch(/conflict/i);
    expect(a.text).not.toMatch(/Wood Hotel|Brumunddal/);
  });

  it('the practical contact asked for after the academic one, "not the academic one", is the one given', () => {
    const a = chat(['Hva er e-posten til Randi Bredvold?', 'Unnskyld, jeg trenger den praktiske kontakten, ikke den faglige. Hva er e-posten hennes?']);
    expect(a.text).toMatch(/kristin\.larsen@inn\.no/);
    expect(a.text).not.toMatch(/randi/i);
  });

  it('a research group led, told as what one leads, places one among level 4 leaders', () => {
    const a = chat(['Jeg leder ei forskergruppe. Lederutviklingen deler ledere i mange grupper – hvilken havner jeg i?']);
    expect(a.text).toMatch(/^Forskningsgruppeledere står i målgruppen nivå 4-ledere/);
  });

  it('"Is LEDPRO only for those with a manager title?" is answered by the target group, which names union representatives', () => {
    const a = chat(['Is LEDPRO only for those with a manager title?'], 'en');
    expect(a.text).toMatch(/union representatives/);
  });

  it('a length asked of nothing after the train from Oslo S is told is the journey\'s length', () => {
    const a = chat(['Jeg kjører ikke bil og tar toget fra Oslo S til samlingene. Hvor lang tid må jeg beregne?']);
    expect(a.text).toMatch(/1,5 time fra Oslo S/);
  });

  it('"når er siste mulighet til å melde seg på …?" is answered with the deadline', () => {
    const a = chat(['Jeg er helsesøster i en bydel. Når er siste mulighet til å melde seg på lederstudiet som holder til i Brumunddal?']);
    expect(a.text).toMatch(/15\. desember 2023/);
  });
});

describe('more readings met in this session\'s sets', () => {
  it('a course certificate the asker does not want tells no way of taking part: the credits are answered', () => {
    const a = chat(['Hvor mange studiepoeng gir LEDPRO del 1, og på hvilket nivå? Jeg vil ikke bruke et år på noe som bare gir et kursbevis.']);
    expect(a.text).toMatch(/30 s(tudiepoeng|p) på masternivå/);
    expect(a.text).not.toMatch(/^Opptakskravet/);
  });

  it('"the second and the third gathering" gives both dates, in order', () => {
    const a = chat(['When are the second and the third LEDPRO gatherings?'], 'en');
    expect(a.text).toMatch(/Gathering 2[^]*4–5 April 2024[^]*Gathering 3[^]*15–16 May 2024/);
  });

  it('"andre og tredje samling" in bokmål gives both dates too', () => {
    const a = chat(['Når er andre og tredje samling på LEDPRO?']);
    expect(a.text).toMatch(/Samling 2[^]*4\.–5\. april 2024[^]*Samling 3[^]*15\.–16\. mai 2024/);
  });

  it('what it costs "to park" is not in the documents, and no stay\'s price is given for it', () => {
    const a = chat(['Will it cost anything to park at the hotel during the LEDPRO gatherings?'], 'en');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/3[ ,]?175/);
  });

  it('"a continuation after part 1" is part 2, which builds on it', () => {
    const a = chat(['Jeg har tatt LEDPRO del 1. Finnes det noen videreføring etter del 1?']);
    expect(a.text).toMatch(/påbyggingsmulighet gjennom en del 2|del 2 bygger videre på del 1/);
  });

  it('"inkludert i den summen" right after the fee is the fee: the semester fee comes on top, "Nei"', () => {
    const a = chat(['Hva koster LEDPRO i deltakeravgift?', 'Er semesteravgiften med i den summen?']);
    expect(a.text).toMatch(/^Nei\. [^]*pluss semesteravgift kr 888/);
  });

  it('"which leaders count as level 4 leaders?" gives that group\'s members, not every group', () => {
    const a = chat(['Which leaders are counted as level 4 leaders in NTNU\'s overview?'], 'en');
    expect(a.text).toMatch(/^Level 4 leaders are research group leaders, study programme leaders/);
    expect(a.text).not.toMatch(/deanery/);
  });

  it('"so people like me fall into that category?" after it, told as a research group leader, places the asker', () => {
    const a = chat(['Jeg er forskningsgruppeleder. Hvem regnes som nivå 4-ledere hos NTNU?', 'Så jeg faller altså inn i den kategorien?']);
    expect(a.text).toMatch(/Forskningsgruppeledere står i målgruppen nivå 4-ledere/);
  });
});

describe('a provider given as the reason, and an exam handed in together', () => {
  it('"er vel i Trondheim, siden det er NTNU som står bak?" in a LEDPRO chat is corrected with LEDPRO\'s venue', () => {
    const a = chat(['Vi vurderer LEDPRO for en av avdelingslederne.', 'Da er vel samlingene i Trondheim, ettersom det er NTNU som står bak?']);
    expect(a.text).toMatch(/^Nei\.[^]*Wood Hotel i Brumunddal/);
    expect(a.text).not.toMatch(/Oppdal|Instituttleder/);
  });

  it('"kan eg levere han saman med ein kollega?" after the exam asks of the exam', () => {
    const a = chat(['Kva slags eksamen har LEDPRO?', 'Kan eg levere han saman med ein kollega frå kommunen?']);
    expect(a.text).toMatch(/leveres gruppevis eller individuelt/);
    expect(a.text).not.toMatch(/Molde/);
  });
});

describe('lengths compared with "like lang"', () => {
  it('"Varer LEDPRO like lenge som instituttlederprogrammet?" is "Nei", with both lengths, not the journey', () => {
    const a = chat(['Varer LEDPRO like lenge som instituttlederprogrammet?']);
    expect(a.text).toMatch(/^Nei\. LEDPRO \(ca\. 8 måneder\) er kortere enn Instituttlederprogrammet 2021-2025 \(4 år\)/);
  });

  it('"er det like langt?" of "the program NTNU has for heads of department", after LEDPRO\'s length, sets the two side by side', () => {
    const a = chat(['Hvor lenge holder LEDPRO på?', 'Og programmet som NTNU har for instituttledere – er det like langt?']);
    expect(a.text).toMatch(/^Nei\. Instituttlederprogrammet 2021-2025 \(4 år\) er lengre enn LEDPRO \(ca\. 8 måneder\)/);
  });

  it('"Er det langt å reise fra Oslo?" is still the journey', () => {
    const a = chat(['Er det langt å reise fra Oslo til LEDPRO-samlingene?']);
    expect(a.text).toMatch(/1,5 time fra Oslo S/);
  });
});

describe('claims with a conclusion after a dash, and a span claimed', () => {
  it('"Ok, så fristen er 15. januar – da rekker vi det, ikke sant?" checks the date claimed: "Nei", 15 December 2023', () => {
    const a = chat(['Hva er søknadsfristen til LEDPRO?', 'Greit, så fristen er 20. januar 2024 – da rekker vi et møte i ledergruppa først, ikke sant?']);
    expect(a.text).toMatch(/^Nei, søknadsfristen[^]*15\. desember 2023/);
  });

  it('"seks samlinger fordelt over to år?" is "Nei", with the six dates in 2024', () => {
    const a = chat(['Jeg har hørt at LEDPRO er seks samlinger fordelt over to år. Stemmer det?']);
    expect(a.text).toMatch(/^Nei\.[^]*15\.–16\. februar 2024[^]*7\.–8\. oktober 2024/);
  });

  it('"before I talk to my boss" asks for no contact person', () => {
    const a = chat(['How much is the LEDPRO participation fee? I want the figure before I talk to my boss.'], 'en');
    expect(a.text).toMatch(/NOK 53[ ,]?000/);
    expect(a.text).not.toMatch(/^Kristin|phone 61/);
  });
});

describe('an indirect question, and a program asked for "among" others', () => {
  it('"… wants to know if she is part of it" is a question, not small talk', () => {
    const a = chat(['I lead a department at NTNU, and my head of office wants to know if she takes part in the programme as well.'], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/head of office/);
  });

  it('"anything like a mentor programme among its programmes?" is "Yes", the examples name it', () => {
    const a = chat(['Is there anything like a mentor programme among the leadership programmes NTNU has?'], 'en');
    expect(a.text).toMatch(/^Yes\. Examples of leader development programmes at NTNU:[^]*the mentor programme/);
  });
});

describe('applying with little education, and part 1 redone', () => {
  it('"er det noe poeng i å søke?" told with no higher education gets the admission rules (course participant)', () => {
    const a = chat(['Jeg har fagbrev, men ingen høyere utdanning. Er det noe vits i å søke LEDPRO?']);
    expect(a.text).toMatch(/kursdeltaker og få kursbevis/);
  });

  it('"må jeg ta del 1 om igjen?" after part 1 long ago is what part 2 requires', () => {
    const a = chat(['Jeg gjennomførte LEDPRO del 1 i 2016. Kan jeg begynne på del 2 nå, eller må jeg ta del 1 om igjen?']);
    expect(a.text).toMatch(/Er det lenge siden du gjennomførte del 1/);
  });
});

describe('a role told in the first of two questions', () => {
  it('"… which leader group am I in, and which programme is relevant for me?" names the program of the role in the second answer', () => {
    const a = chat(['Nyansatt studieprogramleder her. Hvilken ledergruppe hører jeg til på NTNU, og hvilket program passer for meg?']);
    expect(a.text).toMatch(/nivå 4-ledere/);
    expect(a.text).toMatch(/For denne rollen har NTNU Studieprogramlederprogrammet/);
  });
});

describe('how a training is delivered', () => {
  it('"what does it look like in practice? how is it delivered?" is how the training works (one to one, visits)', () => {
    const a = chat(['Our faculty talks about local basic training for leaders in the department-head programme. What does it look like in practice? How is it delivered?'], 'en');
    expect(a.text).toMatch(/one to one/);
  });
});

describe('a yes or no asked of two programs at once', () => {
  it('"Søker man selv både til LEDPRO og til NTNU sine program?" is "Delvis": one applies to LEDPRO, NTNU\'s faculties nominate', () => {
    const a = chat(['Søker man selv både til LEDPRO og til NTNU sine program?']);
    expect(a.text).toMatch(/^Delvis\. /);
    expect(a.text).toMatch(/fakultetene som nominerer/);
  });

  it('"Kan du sette søylene i instituttlederprogrammet opp mot LEDPRO sine hovedtemaer?" asks for the comparison, no yes or no', () => {
    const a = chat(['Kan du sette de fire hovedsøylene i NTNUs instituttlederprogram opp mot hovedtemaene i LEDPRO del 1?']);
    expect(a.text).not.toMatch(/^(Ja|Nei|Delvis)\b/);
    expect(a.text).toMatch(/Hovedsøyle/);
    expect(a.text).toMatch(/hovedtemaer/);
  });
});
