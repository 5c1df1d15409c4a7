import { answerQuestion } from '../../src/capabilities/qna/use-cases/answer-question';
import type { QnaState } from '../../src/capabilities/qna/domain/conversation-state';
import { ManualClock } from '../../src/shared/clock';
import { shippedComposer } from '../support/qa-runner';

/**
 * Everyday wording met in fresh question sets written from the documents alone: what a leader sees for each class
 * of question (not the sets' own sentences).
 */
const composer = shippedComposer();
const clock = new ManualClock('2024-01-10T09:00:00Z');
const chat = (turns: string[], locale = 'nb-NO'): { kind: string; text: string } => {
  let state: QnaState | undefined;
  let last = { kind: '', text: '' };
  for (const text of turns) {
    const r = answerQuestion({ text, locale, state }, { composer, clock });
    state = r.state;
    last = { kind: r.answer.kind, text: r.answer.text };
  }
  return last;
};
const ask = (text: string, locale = 'nb-NO'): { kind: string; text: string } => chat([text], locale);

describe('what a program is about', () => {
  it('answers "hva går X ut på" and "fortell om X" with the program\'s own overview, not its target group', () => {
    for (const q of ['Hva går LEDPRO egentlig ut på, kort fortalt?', 'Fortell om LEDPRO']) {
      const r = ask(q);
      expect(r.kind).toBe('answer');
      expect(r.text).toMatch(/studietilbud som i organisering og innhold tar utgangspunkt i deltakernes utfordringer/);
      expect(r.text).not.toMatch(/^LEDPRO 1: Målgruppen/);
    }
  });

  it('says the documents do not describe a program they only name, whatever is asked of it', () => {
    const r = ask('Hva går Mentorprogrammet ut på, og hvem kan bli mentor?');
    expect(r.kind).toBe('unknown');
    expect(r.text).toMatch(/^Det står ikke i programdokumentene hva Mentorprogrammet inneholder/);
  });
});

describe('why a program exists', () => {
  it('reads "krav til ledere" and "krevende å lede" as what is demanded of leaders, not as admission', () => {
    for (const q of ['Hvorfor mener NTNU at det stilles spesielle krav til ledere hos dem?', 'Hvorfor er det blitt så krevende å lede på NTNU?']) {
      const r = ask(q);
      expect(r.text).toMatch(/strategiske retning/);
      expect(r.text).not.toMatch(/nominerer/);
    }
  });

  it('answers "tanken bak" with the umbrella program\'s own purpose, not a program under it', () => {
    const r = ask('Hva er egentlig tanken bak at NTNU satser på lederutvikling?');
    expect(r.text).toMatch(/^NTNU er Norges største universitet/);
  });

  it('finds a pillar described by words of its title ("der instituttlederne og dekanatet møtes")', () => {
    for (const q of ['Hva er vitsen med samlingene der instituttlederne og dekanatet møtes?', 'Hva er hensikten med fakultetsledersamlingene?']) {
      expect(ask(q).text).toMatch(/^Hovedsøyle 2, .*samspill/);
    }
    expect(ask('Korleis er instituttleiarsamlingane lagt opp?').text).toMatch(/^Hovedsøyle 1, .*2-dagers/);
  });
});

describe('yes/no questions judged against the right fact', () => {
  it('says no to a venue claim answered by the venue, not by the travel line that names Oslo', () => {
    const r = ask('Er alle LEDPRO-samlingene i Oslo?');
    expect(r.text).toMatch(/^Nei\. .*Wood Hotel i Brumunddal/);
  });

  it('says yes when either of two months asked has a gathering', () => {
    expect(ask('Er det LEDPRO-samlinger i juni eller juli?').text).toMatch(/^Ja\. .*20\.–21\. juni/);
    expect(ask('Er det LEDPRO-samlinger i juli?').text).toMatch(/^Nei\./);
  });

  it('confirms "nominated, not something you apply for yourself"', () => {
    const r = chat(['Hvordan blir man med i forskergruppelederprogrammet på NTNU?', 'Så det er fakultetene som nominerer deltakerne, ikke sånn at man søker selv – stemmer det?']);
    expect(r.text).toMatch(/^Ja\. .*fakultetene som nominerer/);
  });

  it('says "not necessarily" to a requirement the documents give a way past, and yes to taking part without it', () => {
    expect(ask('Må jeg ha bachelor for å begynne på LEDPRO?').text).toMatch(/^Ikke nødvendigvis\. .*vurdert individuelt/);
    expect(chat(['what are the admission requirements for LEDPRO?', "so a bachelor's degree is absolutely required to take part?"], 'en-US').text).toMatch(/^Not necessarily\. /);
    expect(ask('Kan jeg ta LEDPRO uten bachelor?').text).toMatch(/^Ja\. .*kursdeltaker/);
    expect(ask('Kan jeg ta LEDPRO 2 uten å ha tatt del 1?').text).toMatch(/^Nei\. .*må du ha gjennomført del 1/);
  });

  it('answers "partly together?" about the two LEDPRO parts with the co-run fact, not the total of days', () => {
    expect(ask('Er det riktig at LEDPRO del 1 og del 2 går delvis sammen på samlingene?').text).toMatch(/^Delvis\. .*noe av studiet foregår i fellesskap og noe separat/);
  });

  it('says no to a whole claim against a partial fact, and yes to whether something may be done one of two ways', () => {
    expect(ask('Går del 1 og del 2 av LEDPRO helt adskilt fra hverandre?').text).toMatch(/^Nei\. .*noe av studiet foregår i fellesskap/);
    expect(ask('Melder man seg på forskergruppelederprogrammet selv?').text).toMatch(/^Nei\. .*fakultetene som nominerer/);
    expect(chat(['Our faculty is responsible for the local leader training at NTNU', 'can it be done one-to-one instead of seminars?'], 'en-US').text).toMatch(/^Yes\. .*one to one/);
  });

  it('corrects "most activity at the end of the term" with the weight on the first two years', () => {
    expect(chat(['Hvordan er instituttlederprogrammet lagt opp over tid?', 'Så det meste av aktiviteten kommer mot slutten av perioden, skjønner jeg?']).text)
      .toMatch(/^Nei\. .*størst tyngde på tiltakene de to første årene/);
  });

  it('checks a claimed length ("varer bare én dag") against the two-day gatherings', () => {
    expect(ask('Stemmer det at instituttledersamlingene bare varer én dag?').text).toMatch(/^Nei\. .*2-dagers samlinger/);
  });
});

describe('words that look like a subject but are not', () => {
  it('reads "the course" as the program and "in the first place" as no place', () => {
    expect(ask('What are the main topics covered in the LEDPRO course?', 'en-US').text).toMatch(/main (themes|tracks)/);
    expect(ask('Why does the LEDPRO material say public sector managers need to get good at leading processes in the first place?', 'en-US').text)
      .toMatch(/leadership development for the public sector/);
  });

  it('does not say no because "another" shares letters with "other"', () => {
    expect(ask("Can the LEDPRO credits count towards another master's degree?", 'en-US').text).not.toMatch(/^No\b/);
  });

  it('says no when the fact gives the case "without" what the question claims for it', () => {
    expect(ask('Stemmer det at man får studiepoeng på LEDPRO selv uten bachelor, hvis man går som kursdeltaker?').text).toMatch(/^Nei\. .*kursbevis \(uten studiepoeng\)/);
    expect(ask('Is NTNU\'s institute leader programme strictly for heads of department, with nobody else ever joining the sessions?', 'en-US').text).toMatch(/^No\. /);
  });
});

describe('several facts in one question', () => {
  it('gives the whole cost of one participant when the hotel is what to include', () => {
    const r = ask('We are budgeting for next year. Can you break down what one LEDPRO participant will cost us, including the hotel stays?', 'en-US');
    expect(r.text).toMatch(/NOK 53 000 \+ semester fee for 2 semesters \(2 × NOK 888\) = NOK 54 776/);
    expect(r.text).toMatch(/6 × NOK 3 175 = NOK 19 050/);
    expect(r.text).toMatch(/Everything together: NOK 73 826/);
  });

  it('answers the first and the last gathering of a year, for the program that gathers in it', () => {
    const r = ask('Når er første og siste samling i 2024?');
    expect(r.text).toMatch(/Samling 1 i LEDPRO 1 og LEDPRO 2 er 15\.–16\. februar 2024/);
    expect(r.text).toMatch(/Samling 6 i LEDPRO 1 og LEDPRO 2 er 7\.–8\. oktober 2024/);
    expect(r.text).not.toMatch(/Instituttlederprogrammet/);
  });

  it('gives the days of all gatherings together when asked "til sammen"', () => {
    expect(ask('Hvor mange dager er det til sammen på LEDPRO-samlingene?').text).toMatch(/det er 6 samlinger, til sammen 12 dager/);
  });

  it('splits ", og er det …?" into a second question and answers the part the documents hold', () => {
    const r = ask('Når er fristen for å søke LEDPRO, og er det parkering ved hotellet?');
    expect(r.text).toMatch(/15\. desember 2023/);
    expect(r.text).toMatch(/«Er det parkering ved hotellet\?» – det sier programdokumentene ingenting om/);
  });
});

describe('subjects the documents leave out', () => {
  it('says the documents do not say for abbreviations, reading lists, whether training is mandatory, and the number of seats', () => {
    for (const [q, locale] of [['Hva står forkortelsen ARK for i grunnopplæringen?', 'nb-NO'], ['Hvilke bøker står på pensumlista til LEDPRO?', 'nb-NO'],
      ['Is the NTNU leader training mandatory for new research group leaders?', 'en-US'], ['Is there a cap on the number of participants on LEDPRO?', 'en-US'],
      ['Hvor mange plasser er det på LEDPRO?', 'nb-NO']]) {
      expect(ask(q, locale).kind).toBe('unknown');
    }
  });
});

describe('a list under a heading', () => {
  it('takes "nr 2 på den lista" from the list the last question named, not the first list of the fact', () => {
    expect(chat(['Hvilke HR- og HMS-temaer er med i grunnopplæringa for ledere på NTNU?', 'hva var nr 2 på den lista?']).text).toMatch(/lønnsdannelse og lønnsforhandlinger/);
  });

  it('tells how a training pillar is run with the program\'s account of how its training works', () => {
    const r = ask('what does the local leader training (pillar 4) look like in practice?', 'en-US');
    expect(r.text).toMatch(/^Pillar 4, local basic training/);
    expect(r.text).toMatch(/How the training works: .*one to one/);
  });

  it('answers "hvilke hoveddeler" with the fact that lists them all', () => {
    expect(ask('Hvilke hoveddeler består instituttlederprogrammet av?').text).toMatch(/^Det er fire hovedsøyler i programmet: 1\)/);
  });

  it('answers "temaer under virksomhetsstyring" with the list under that heading', () => {
    expect(ask('Hvilke temaer under virksomhetsstyring tas opp i NTNUs grunnopplæring?').text).toMatch(/virksomhetsstyring: 1\) årshjul og milepæler/);
  });
});

describe('an abbreviation the documents only name', () => {
  it('quotes where the documents name it and says they do not spell it out', () => {
    const r = chat(['ser på lista over grunnopplæring for ledere på NTNU', 'hva står ARK for der?']);
    expect(r.kind).toBe('unknown');
    expect(r.text).toMatch(/^Dokumentet nevner bare «prosessledelse \(ARK\)»\. Det står ikke i programdokumentene/);
  });
});

describe('choices and partial facts', () => {
  it('answers a choice with the fact that holds either side ("teori, eller det vi sliter med på jobben?")', () => {
    const r = ask('Tar LEDPRO utgangspunkt i generell teori, eller i det vi faktisk sliter med på jobben?');
    expect(r.kind).toBe('answer');
    expect(r.text).toMatch(/konkrete lederutfordringer i egen arbeidshverdag|utfordringer i egen arbeidsorganisasjon/);
    const en = ask("I'm curious whether LEDPRO is mostly lectures, or will we be working on real problems from our own jobs?", 'en-US');
    expect(en.text).toMatch(/challenges in their own organisation|concrete leadership challenges in their own working day/);
  });

  it('still says the documents do not say when both sides of a choice are outside them', () => {
    expect(ask('Får man bokstavkarakter på LEDPRO-eksamen, eller er det bestått/ikke bestått?').kind).toBe('unknown');
    expect(ask('What grading scale is used for the LEDPRO exam, letter grades or pass/fail?', 'en-US').kind).toBe('unknown');
  });

  it('answers with what a fact does give when the question names it, without a refusal after it', () => {
    const r = ask('Kvar blir NTNU si leiarsamling for instituttleiarane halden?');
    expect(r.kind).toBe('answer');
    expect(r.text).toMatch(/NTNUs ledersamling \(Oppdal\)/);
    expect(r.text).not.toMatch(/står ikke i programdokumentene/);
  });
});

describe('the asker\'s own role', () => {
  it('names the target group that holds the role the asker tells', () => {
    expect(ask('Jeg er nettopp blitt forskningsgruppeleder på fakultetet. Hvilken ledergruppe hører jeg til i NTNUs lederutviklingsopplegg?').text)
      .toBe('Forskningsgruppeledere står i målgruppen nivå 4-ledere (forskningsgruppeledere, studieprogramledere, faggruppeledere, senterledere, nestledere, innovasjonsledere).');
    expect(ask("im a section head in ntnu's central administration (fellesadministrasjonen). am i even in a target group for this?", 'en-US').text)
      .toMatch(/^Yes\. Section heads are in the target group all leaders in the joint administration \(section heads/);
  });

  it('answers "skal jeg være med på noe?" with the parts of the program that name the role told', () => {
    const r = ask('Jeg er kontorsjef på et institutt på NTNU. Skal jeg også være med på noe i instituttlederprogrammet?');
    expect(r.kind).toBe('answer');
    expect(r.text).toMatch(/Hovedsøyle 2, ledergruppesamling med instituttlederne og dekanat, utvidet med kontorsjefer/);
    expect(r.text).toMatch(/Hovedsøyle 3, felles opplæring for alle ledere fakultetsvis/);
  });

  it('lists the target groups when nobody tells a role', () => {
    expect(ask('Hvem er målgruppen for NTNUs lederutvikling?').text).toMatch(/^Målgrupper for NTNUs lederutvikling: instituttledere, dekaner/);
    expect(ask('Er NTNUs lederprogrammer bare for instituttledere, eller hvem andre er de ment for?').text).not.toMatch(/står i målgruppen/);
  });
});

describe('two programs at once', () => {
  it('answers "who are they for?" for both programs, each side named', () => {
    const r = ask('LEDPRO vs the NTNU institute leader programme - who are they for?', 'en-US');
    expect(r.text).toMatch(/^The Head of Department programme 2021-2025: The programme is for all of NTNU's Heads of Department/);
    expect(r.text).toMatch(/LEDPRO 1 and LEDPRO 2 \(for each part; for part 2 it is stated on the part 1 page\): The target group is leaders, staff advisers/);
  });

  it('takes "dei to programma" as both programs of the conversation', () => {
    const r = chat(['Hei! Eg har lese om to leiarprogram, NTNU sitt og LEDPRO.', 'Kven er målgruppa for dei to programma, kort sagt?']);
    expect(r.text).toMatch(/Målgrupper for NTNUs lederutvikling/);
    expect(r.text).toMatch(/tillitsvalgte i kommuner, fylkeskommuner/);
  });
});

describe('conversation', () => {
  it('takes "and when is the first one?" after the venue as gathering 1', () => {
    const r = chat(['Where are the LEDPRO gatherings held?', 'and when is the first one?'], 'en-US');
    expect(r.text).toMatch(/^Gathering 1 of LEDPRO 1 and LEDPRO 2 is 15–16 February 2024/);
  });

  it('stays with the program of the conversation for a topic only another program has ("får jeg studiepoeng?")', () => {
    const r = chat(['Jeg er helt ny som instituttleder. Hva innebærer instituttlederprogrammet?', 'Fint. Får jeg studiepoeng for å gjennomføre det?']);
    expect(r.kind).toBe('unknown');
    expect(r.text).toMatch(/Instituttlederprogrammet/);
    expect(r.text).not.toMatch(/LEDPRO|30 studiepoeng/);
  });

  it('takes "number two" anywhere in a follow-up as the second pillar listed', () => {
    const r = chat(['What are the main pillars of the department head programme at NTNU?', 'Tell me a bit more about number two – who takes part in that one?'], 'en-US');
    expect(r.text).toMatch(/^Pillar 2, .*heads of office/);
  });

  it('reads "who decides who gets in" as how participants are picked, and a support scheme as support', () => {
    expect(chat(['Har NTNU egne lederutviklingsprogrammer, typ for forskergruppeledere osv?', 'Hvem er det som bestemmer hvem som får være med på de programmene?']).text).toMatch(/fakultetene som nominerer/);
    expect(chat(['Jeg er enhetsleder i en bydel i Oslo og vil gjerne ta LEDPRO.', 'Finnes det noen støtteordning jeg kan søke for å få dekket deler av avgiften?']).text).toMatch(/OU-fondet/);
  });

  it('acknowledges a leader who says they consider the program, without repeating the last answer or reading an exam', () => {
    const r = chat(['Når er søknadsfristen for LEDPRO?', 'Jeg er enhetsleder i en kommune og vurderer LEDPRO.']);
    expect(r.kind).toBe('smalltalk');
    expect(r.text).not.toMatch(/eksamen|15\. desember/i);
  });

  it('reads a program name and a filler with a letter missing ("instituttlederprogramet", "egentli")', () => {
    expect(ask('hva går instituttlederprogramet ut på egentli?').text).toMatch(/^Instituttlederprogrammet er lederutvikling og opplæring/);
  });

  it('reads nynorsk "verksemdsstyring" and "det første året" (no prerequisite)', () => {
    expect(ask('Kva for tema er med i grunnopplæringa om verksemdsstyring?').text).toMatch(/virksomhetsstyring: 1\) årshjul/);
    expect(ask('hva er spesielt viktig forste året i ny lederperiode når det gjelder lokal oppfølging av ledere på ntnu').text).toMatch(/^Hovedsøyle 4/);
  });

  it('reads nynorsk "stønad" as support', () => {
    expect(ask('Kan me få stønad frå nokon til å dekkje deltakaravgifta? Eg jobbar i kommunen.').text).toMatch(/OU-fondet/);
  });

  it('nynorsk "kva kan du noko om?" asks what the bot can do, and "kven svarar på faglege spørsmål" asks the academic contact', () => {
    const abilities = ask('kva kan du noko om?');
    expect(abilities.kind).toBe('smalltalk');
    expect(ask('Kven svarar på faglege spørsmål om LEDPRO?').text).toMatch(/Randi Bredvold/);
  });

  it('who is quoted in the LEDPRO brochure, or who recommends it, is the testimonial', () => {
    expect(ask('Hvem siteres i LEDPRO-brosjyren?').text).toMatch(/Arne Sverre Dahl/);
    expect(ask('Does anyone recommend LEDPRO in the brochure?', 'en-US').text).toMatch(/Arne Sverre Dahl/);
  });
});
