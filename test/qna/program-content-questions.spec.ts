import { qnaChat } from '../support/qna-chat';

/**
 * Questions about what a program stands on (its view of learning, its values, the learning organisation it sets up)
 * in leaders' own words: the paragraph of the document that says it, not a neighbouring one.
 */
const { ask } = qnaChat();

describe('what LEDPRO stands on', () => {
  it('answers "syn på læring" / "view of learning" with the view of learning, not the work between gatherings', () => {
    for (const q of ['Hva slags syn på læring har de på LEDPRO?', 'Hva er læringssynet i LEDPRO?']) {
      const nb = ask(q);
      expect(nb.kind).toBe('answer');
      expect(nb.text).toMatch(/^LEDPRO 1 og LEDPRO 2 \(gjelder hver del\): Læringsforståelsen: .*individets aktive deltakelse i fysiske og sosiale kontekster/);
    }
    for (const q of ['What view of learning is LEDPRO built on?', 'How do they think people learn on LEDPRO?']) {
      const en = ask(q, 'en-US');
      expect(en.text).toMatch(/The view of learning: .*active participation in physical and social contexts/);
      expect(en.text).not.toMatch(/four main tracks/);
    }
  });

  it('answers a question about its values with the values paragraph', () => {
    const nb = ask('Hvilke verdier står sentralt i LEDPRO?');
    expect(nb.text).toMatch(/tillit, medvirkning og myndiggjøring/);
    expect(nb.text).not.toMatch(/Læringsforståelsen/);
    const en = ask('Which values does LEDPRO rest on?', 'en-US');
    expect(en.text).toMatch(/trust, participation and empowerment/);
  });

  it('answers a quoted phrase with the fact that has it, whatever topic the words around it suggest', () => {
    const en = ask("The LEDPRO brochure mentions a 'learning organisation' – what do they mean?", 'en-US');
    expect(en.text).toMatch(/temporary, time-limited learning organisation/);
    expect(en.text).not.toMatch(/^LEDPRO 2: LEDPRO 2 builds on LEDPRO 1 with four main tracks/);
    const nb = ask('Hva er «læringsorganisasjonen» de snakker om i LEDPRO?');
    expect(nb.text).toMatch(/midlertidig og tidsbegrenset læringsorganisasjon/);
  });
});

describe('a statement to confirm, with a dash', () => {
  it('keeps "så … – ingen andre …?" whole and corrects it', () => {
    const a = ask('Så LEDPRO er bare for ledere i kommunene – ingen andre kan søke?');
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/stabsmedarbeidere og tillitsvalgte i kommuner, fylkeskommuner og offentlig sektor/);
  });
});

describe('the leadership group gatherings of pillar 2, in leaders\' words', () => {
  it('answers "the point of the leadership group sessions with the dean\'s office" with pillar 2, not the target groups', () => {
    const a = ask("What is the point of the leadership group sessions with the dean's office?", 'en-US');
    expect(a.text).toMatch(/Pillar 2, management team gathering with the Heads of Department and the deanery/);
    expect(a.text).toMatch(/good decisions/);
    expect(a.text).not.toMatch(/target groups/);
  });
});

describe('the assessment webinar of the NTNU timeline', () => {
  it('answers with the webinar\'s own points, in both languages, and says the document holds no more', () => {
    const nb = ask('Hva handler webinaret om institutt-assessment om?');
    expect(nb.text).toMatch(/1\. Instituttets utgangspunkt, 2\. Instituttets transformasjon og 3\. Feedback på tvers/);
    expect(nb.text).toMatch(/Mer enn disse punktene sier dokumentet ikke om webinaret/);
    const en = ask('There is something called an assessment webinar in the NTNU plan. What is it about?', 'en-US');
    expect(en.kind).toBe('answer');
    expect(en.text).toMatch(/The department's starting point, 2\. The department's transformation and 3\. Feedback across/);
  });
});

describe('the arenas of the Heads of Department', () => {
  it('names all three arenas, the rector\'s meeting too, and who takes part is asked as who', () => {
    const a = ask('Hvilke faste arenaer har instituttlederne på NTNU?');
    expect(a.text).toMatch(/NTNUs ledersamling \(Oppdal\), Lerkendalsamlingen og rektors møte med instituttlederne/);
    const who = ask('Er det kun instituttlederne som er med på samlingene i instituttlederprogrammet?');
    expect(who.text).toMatch(/^Nei\. /);
    expect(who.text).toMatch(/kontorsjef og andre ledere/);
  });
});

describe('the local training of pillar 4, named by its head word', () => {
  it('answers how "den lokale opplæringen" is run with pillar 4 and the forms the training takes', () => {
    const a = ask('Hvordan gjennomføres den lokale opplæringen for ledere på NTNU?');
    expect(a.text).toMatch(/^Hovedsøyle 4, lokal grunnopplæring for ledere/);
    expect(a.text).toMatch(/en til en, i planlagte seminarer og samlinger, korte økter i grupper eller besøk i ledermøtene/);
  });
});

describe('a count asked in other words than the document\'s', () => {
  it('answers "hvor mange hoveddeler" with the fact that counts the pillars, not a pillar with a number in it', () => {
    const a = ask('Hvor mange hoveddeler består instituttlederprogrammet av, og hva er de?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Det er fire hovedsøyler i programmet: 1\) Instituttledersamlinger/);
  });
});

describe('NTNU\'s expectations of its leaders', () => {
  it('answers "lederforventningene" and "leadership expectations" with what good leadership at NTNU is', () => {
    const nb = ask('Jeg er tillitsvalgt på et fakultet ved NTNU. Står det noe i lederforventningene om hvordan lederne skal forholde seg til oss?');
    expect(nb.text).toMatch(/^God ledelse på NTNU kjennetegnes av ledere som/);
    expect(nb.text).toMatch(/tillitsvalgte/);
    const en = ask('What do the leadership expectations at NTNU say about union representatives?', 'en-US');
    expect(en.text).toMatch(/^Good leadership at NTNU is marked by leaders who/);
  });
});

describe('why leadership matters at NTNU', () => {
  it('gives the document\'s whole reason: a proactive university in a changing world, and the competence it asks of leaders', () => {
    const nb = ask('Hvorfor legger NTNU så stor vekt på ledelse, ifølge dokumentet?');
    expect(nb.text).toMatch(/I en global og skiftende verden forventes universitetet å være en strategisk institusjon som er proaktiv/);
    expect(nb.text).toMatch(/personalledelse[^.]*ledelse på det strategiske nivået/);
    const en = ask('Why does leadership matter so much at NTNU?', 'en-US');
    expect(en.text).toMatch(/proactive towards its surroundings and sets the agenda/);
  });
});

describe('the catalog says what the documents say, no more', () => {
  it('answers about the hidden, irrational forces in groups from the view of learning paragraph', () => {
    const a = ask('Tar LEDPRO for seg skjulte og irrasjonelle krefter i grupper?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/irrasjonelle og skjulte dynamiske krefter som påvirker rammene for læring og ledelse/);
  });

  it('gives the Molde testimonial as an opportunity for formal competence, not a promise', () => {
    const a = ask('What does Molde say about LEDPRO?', 'en-US');
    expect(a.text).toMatch(/combine the opportunity to give each participant more formal competence/);
  });
});

describe('a count asked in English plural against a compound figure', () => {
  it('"How many days do the head of department gatherings last?" is answered by pillar 1\'s "2-day gatherings"', () => {
    const a = ask('How many days do the head of department gatherings last?', 'en-US');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/2-day gatherings/);
  });
});

describe('how one is assessed at the end', () => {
  it('"Korleis blir ein vurdert til slutt?" asks the exam; "vurdert for opptak" still the admission', () => {
    expect(ask('Korleis blir ein vurdert til slutt på LEDPRO del 1?').text).toMatch(/hjemmeoppgave/);
    expect(ask('Jeg mangler bachelor. Hvordan blir jeg vurdert for opptak til LEDPRO?').text).toMatch(/vurdert individuelt/);
  });
});

describe('getting there without a car', () => {
  it('"without a car" asks for the train the documents give; parking is still not in them', () => {
    expect(ask('Can I get to the LEDPRO hotel easily without a car?', 'en-US').text).toMatch(/railway station/);
    expect(ask('Kan jeg parkere bilen ved LEDPRO-hotellet?').kind).toBe('unknown');
  });
});

describe('money applied for in other words', () => {
  it('"OU-midler" are the OU fund\'s money: a yes, with the fund', () => {
    expect(ask('Kan kommunalt ansatte søke OU-midler til LEDPRO?').text).toMatch(/^Ja\. .*OU-fondet/);
  });
});

describe('a program named by its number of gatherings', () => {
  it('"Er alle de seks samlingene på samme sted?" is about the program with six gatherings, and says yes', () => {
    const a = ask('Er alle de seks samlingene på samme sted?');
    expect(a.text).toMatch(/^Ja\. .*Wood Hotel/);
  });
});

describe('a round trip by train', () => {
  it('"tur-retur Oslo S" doubles the one-way time from that place, with the figures', () => {
    expect(ask('Hvor mange timer på tog blir det tur-retur fra Oslo S til LEDPRO-samlingene?').text).toMatch(/^Tur-retur Oslo S: 2 × 1,5 time = 3 timer med tog\./);
    expect(ask('How long is the round trip by train from the airport to the LEDPRO hotel?', 'en-US').text).toMatch(/^Both ways from Oslo Airport: 2 × 1 hour = 2 hours by train\./);
  });
});

describe('where to read more', () => {
  it('"Hvor kan jeg lese mer om del 1?" gives the program\'s web page, not a place', () => {
    const a = ask('Hvor kan jeg lese mer om LEDPRO del 1?');
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
    expect(a.text).not.toMatch(/^Alle samlingene/);
  });
});
