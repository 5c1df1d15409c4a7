import { isGeneralWord } from '../../src/capabilities/qna/domain/general-words';
import { answerQuestion } from '../../src/capabilities/qna/use-cases/answer-question';
import { ManualClock } from '../../src/shared/clock';
import { shippedComposer } from '../support/qa-runner';
import { qnaChat } from '../support/qna-chat';

const composer = shippedComposer();
const { chat } = qnaChat();
const ask = (text: string, locale = 'nb-NO'): { kind: string; text: string } => {
  const r = answerQuestion({ text, locale }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
  return { kind: r.answer.kind, text: r.answer.text };
};

describe('wording that is not what the question is about', () => {
  it('counts other forms of a general word as general, but not words that only share a short stem', () => {
    expect(isGeneralWord('mener')).toBe(true);
    expect(isGeneralWord('menes')).toBe(true);
    expect(isGeneralWord('parkering')).toBe(false);
    expect(isGeneralWord('wifi')).toBe(false);
  });

  it('answers "what is meant by" a term of the document instead of refusing over the verb', () => {
    const r = ask('Hva menes med læringsorganisasjonen i LEDPRO?');
    expect(r.kind).toBe('answer');
    expect(r.text).toMatch(/midlertidig og tidsbegrenset læringsorganisasjon/);
  });

  it('reads a pillar named by the words of its title, and answers with that pillar', () => {
    const r = ask('Hva innebærer den lokale grunnopplæringen for ledere?');
    expect(r.text).toMatch(/^Hovedsøyle 4/);
    expect(r.text).toMatch(/årshjul/);
  });

  it('reads "tatt opp på samlingene" as a subject of the gatherings, and "bli tatt opp på" as admission', () => {
    const subject = ask('Blir medarbeidersamtaler tatt opp på samlingene i LEDPRO?');
    expect(subject.text).not.toMatch(/Opptakskravet|bachelorgrad/);
    expect(subject.text).toMatch(/hovedspor|hovedtemaer/);
    expect(ask('Jeg har ingen bachelorgrad, men lang erfaring. Kan jeg bli tatt opp på LEDPRO 1?').text).toMatch(/vurdert individuelt/);
  });

  it('counts the extra nights for every gathering, and leaves them out when the question does', () => {
    expect(ask('If I arrive the night before every LEDPRO gathering, what is the extra cost for all six together?', 'en-US').text)
      .toMatch(/6 × NOK 1 375 = NOK 8 250/);
    expect(ask('What is the total for LEDPRO: participant fee, both semester fees and board for all gatherings (no extra nights)?', 'en-US').text)
      .not.toMatch(/8 250/);
  });

  it('says no when what is asked to be included comes in addition, even when the fee is named by its sum', () => {
    expect(ask('Er mat og overnatting inkludert i deltakeravgifta på 53 000?').text).toMatch(/^Nei\b/);
  });

  it('takes "who are you, really" as small talk, also beside a second question', () => {
    const r = ask('Hei! Hvem er du egentlig, og hva kan du hjelpe meg med?');
    expect(r.kind).toBe('smalltalk');
    expect(r.text).toMatch(/spørsmål om lederprogrammene/);
  });

  it('reads "kjem eg inn" as a question about admission', () => {
    expect(ask('Eg har berre to år frå høgskulen. Kjem eg inn på LEDPRO?').text).toMatch(/vurdert individuelt/);
  });

  it('knows the program a person of its document belongs to, whatever the conversation was about', () => {
    const first = answerQuestion({ text: 'Hva er hovedsøylene i instituttlederprogrammet?', locale: 'en-US' }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
    const r = answerQuestion({ text: 'unrelated, but who is Arne Sverre Dahl?', locale: 'en-US', state: first.state }, { composer, clock: new ManualClock('2024-01-10T09:01:00Z') });
    expect(r.answer.text).toMatch(/Molde/);
  });

  it('gives no yes or no to a choice between two clauses', () => {
    const r = ask('Vi har en som tar del 1 og en som tar del 2 av LEDPRO i år. Er de på samme samlinger eller er det helt adskilt?');
    expect(r.text).not.toMatch(/^(Ja|Nei)\b/);
  });

  it('does not answer a second question about what the first found missing ("… og når er fristen for det?")', () => {
    const r = ask('Blir det et nytt LEDPRO-kull i 2025, og når er søknadsfristen for det?');
    expect(r.kind).toBe('unknown');
    expect(r.text).not.toMatch(/desember 2023/);
  });

  it('prefers the fact that holds the rare word asked about over a fact of a loosely read topic', () => {
    // "hvem er med" reads as a question about the target group; the learning organisation is what is asked.
    expect(ask('Hva er greia med den «læringsorganisasjonen» på LEDPRO, hvem er med i den?').text).toMatch(/består av studentene og lederne av studiet/);
    // A definite topic still decides: where the gatherings are held is not answered by what they are.
    const first = answerQuestion({ text: 'Hvor er LEDPRO-samlingene?', locale: 'nb-NO' }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
    const r = answerQuestion({ text: 'Og instituttledersamlingene på NTNU, hvor holdes de?', locale: 'nb-NO', state: first.state }, { composer, clock: new ManualClock('2024-01-10T09:01:00Z') });
    expect(r.answer.text).toMatch(/ikke oppgitt/);
  });

  it('counts the numbered list the question names by its label, and names what the documents give no theme for', () => {
    expect(ask('hvor mange temaer er det under HR og HMS i grunopplæringa?').text).toMatch(/^Det er seks: 1\) rekruttering;.*6\) bemanningsplanlegging\.$/);
    const r = ask('Hvilket tema har samling 3 i mai på LEDPRO?');
    expect(r.kind).toBe('unknown');
    expect(r.text).not.toMatch(/15\.–16\. mai/);
  });

  it('reads "poenget" as the point of something, not as credits, and a verb first as a yes/no question', () => {
    const r = ask('Hva er poenget med instituttledersamlingene ut over teorien?');
    expect(r.text).not.toMatch(/studiepoeng/);
    expect(ask('Lærer man noe om lønnsforhandlinger i grunnopplæringa for ledere?').text).toMatch(/^Ja[.,] .*lønnsforhandlinger/);
  });

  it('sets the two parts apart by what each is about, and reads pillar titles in English too', () => {
    const r = ask('hva er forskjellen på ledpro 1 og 2?');
    // Each side names its part once: by a label, or by the fact's own first words ("LEDPRO 1 er organisert …").
    expect(r.text).toMatch(/^LEDPRO 1(: | er ).*fire hovedtemaer/);
    expect(r.text).toMatch(/\n\nLEDPRO 2(: | bygger ).*Lærende ledelse/s);
    expect(ask('what does the local basic training involve?', 'en-US').text).toMatch(/^Pillar 4, local basic training/);
  });

  it('corrects "can I just sign up myself" with who nominates, and "X rather than Y" when the answer names both', () => {
    expect(ask('Jeg leder en forskergruppe og har lyst på forskergruppelederprogrammet. Kan jeg bare melde meg på sjøl?').text).toMatch(/^Nei\. .*fakultetene som nominerer/);
    expect(ask('so is the focus at NTNU strategy rather than people management?', 'en-US').text).toMatch(/^No\b/);
  });

  it('reads "overnattinga" as board and lodging, and a yes/no question after a topic and a comma', () => {
    const first = answerQuestion({ text: 'hva koster ledpro?', locale: 'nb-NO' }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
    const r = answerQuestion({ text: 'og overnattinga da?', locale: 'nb-NO', state: first.state }, { composer, clock: new ManualClock('2024-01-10T09:01:00Z') });
    expect(r.answer.text).toMatch(/3 175/);
    expect(ask('og ledpro, kan tillitsvalgte være med der?').text).toMatch(/^Ja[.,] .*tillitsvalgte/);
  });

  it('acknowledges a message that only sets the scene, and keeps its program for the next question', () => {
    const first = answerQuestion({ text: 'reading the ledpro brochure now', locale: 'en-US' }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
    expect(first.answer.kind).toBe('smalltalk');
    expect(first.answer.text).toMatch(/^All right! Feel free to ask about LEDPRO 1 and LEDPRO 2/);
    const r = answerQuestion({ text: 'where is it held?', locale: 'en-US', state: first.state }, { composer, clock: new ManualClock('2024-01-10T09:01:00Z') });
    expect(r.answer.text).toMatch(/Wood Hotel/);
    // A request without a question mark still asks.
    expect(ask('fortell meg om opptakskravene til LEDPRO').kind).toBe('answer');
  });

  it('searches a rare situation told before the question ("halfway through the period") with it', () => {
    const r = ask('I was just appointed head of department in year 3 of the period, halfway through. Is there any onboarding for me or did I miss the boat?', 'en-US');
    expect(r.text).toMatch(/^(Yes\. )?(The Head of Department programme 2021-2025: )?Pillar 4/);
    expect(r.text).toMatch(/during the (term|period)|underveis|mid/i);
  });

  it('lists every cost beside the fee, sums "everything", and says the prices hold for each part', () => {
    expect(ask('Apart from the participant fee itself, what else do we need to budget for on LEDPRO?', 'en-US').text)
      .toBe('Besides the participation fee (NOK 53 000) of LEDPRO 1 and LEDPRO 2 (each part), budget for: a semester fee of NOK 888 per semester (2 × NOK 888 = NOK 1 776); board and lodging of NOK 3 175 per gathering (6 × NOK 3 175 = NOK 19 050); any extra night at NOK 1 375 each; literature (no price given).');
    expect(ask('Hvis vi betaler kost og losji på alle samlingene på LEDPRO, hva blir totalsummen med semesteravgift og alt?').text).toMatch(/Alt til sammen: kr 73 826/);
    expect(ask('if i arrive the night before each ledpro gathering, what is the extra charge for all of them together?', 'en-US').text).toMatch(/6 × NOK 1 375 = NOK 8 250/);
  });

  it('says what the documents hold of the support asked about, and that the amount is not there', () => {
    const r = ask('how much does the OU fund normally cover of the ledpro fee?', 'en-US');
    expect(r.kind).toBe('unknown');
    expect(r.text).toMatch(/^The document only says: «Public employees can apply to the OU fund/);
    expect(r.text).not.toMatch(/NOK/);
    expect(ask('Dekker OU-fondet deltakeravgiften på LEDPRO?').text).toMatch(/OU-fondet om tilskudd/);
  });

  it('answers training asked about with the pillar that trains, for a leader who joined mid-term', () => {
    const r = ask('Jeg ble ansatt som instituttleder nå i vår, altså midt i perioden. Får jeg noe opplæring, eller har jeg gått glipp av alt?');
    expect(r.text).toMatch(/Hovedsøyle 4/);
    expect(r.text).toMatch(/underveis i åremålsperioden/);
  });

  it('reads "I don\'t have any higher education … I can still join?" as a question about admission', () => {
    expect(ask('I don\'t have any higher education but I run a nursing home. Is there any way I can still join LEDPRO?', 'en-US').text).toMatch(/course participants? and receive a course certificate/);
  });

  it('corrects "only for …" claims from who the fact names, and reads "pillar 2" as a name, not a claimed figure', () => {
    expect(ask('Pillar 2 at NTNU, the leadership group gathering, is just for the deans, correct?', 'en-US').text).toMatch(/^No\. Pillar 2/);
    expect(ask('LEDPRO is only for public employees though, right?', 'en-US').text).toMatch(/^No\. .*consultants/);
  });

  it('does not date a gathering the documents name but give no date for with another program\'s gatherings', () => {
    const r = ask('when is the oppdal leadership gathering this year and how many nights will we be away?', 'en-US');
    expect(r.kind).toBe('unknown');
    expect(r.text).not.toMatch(/February|2024/);
    // A place one travels from says nothing about which gathering is meant.
    expect(ask('Når er første samling på LEDPRO? Jeg kommer fra Oslo.').text).toMatch(/15\.–16\. februar 2024/);
  });

  it('answers whether others have used the program, and "who said that?", with what the document quotes', () => {
    expect(ask('har andre kommuner brukt LEDPRO? noen referanser jeg kan vise til?').text).toMatch(/Molde kommune/);
    const first = answerQuestion({ text: 'Has any municipality actually vouched for LEDPRO?', locale: 'en-US' }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
    const r = answerQuestion({ text: 'who said that?', locale: 'en-US', state: first.state }, { composer, clock: new ManualClock('2024-01-10T09:01:00Z') });
    expect(r.answer.text).toMatch(/Arne Sverre Dahl/);
  });

  it('lists the pillars for "the four main pillars of the institute leader programme", not the pillars that say "leaders" most', () => {
    expect(ask('What are the four main pillars of NTNU\'s institute leader programme?', 'en-US').text).toMatch(/^The programme has four main pillars: 1\) Head of Department gatherings/);
  });

  it('answers about one item of the long timeline with that item, and reads a hyphenated name as a name', () => {
    const r = ask('Hva går institutt-assessment-webinaret ut på?');
    expect(r.kind).toBe('answer');
    expect(r.text).toMatch(/^I tidslinjen for 2021–2022 er «Institut-assessment webinar», et webinar om institutt-assessment, oppført med punktene 1\. Instituttets utgangspunkt/);
  });

  it('answers "who is that aimed at" with whom it is for, also when the program is named by its training', () => {
    const first = answerQuestion({ text: 'who is ledpro meant for?', locale: 'en-US' }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
    const r = answerQuestion({ text: 'and the NTNU leader training, who\'s that aimed at?', locale: 'en-US', state: first.state }, { composer, clock: new ManualClock('2024-01-10T09:01:00Z') });
    expect(r.answer.text).toMatch(/Heads of Department/);
    expect(r.answer.text).not.toMatch(/three columns/);
  });

  it('compares both parts when the conversation is about LEDPRO and the question names "del 1 og del 2"', () => {
    const first = answerQuestion({ text: 'vi har en leder som tok ledpro for et par år siden', locale: 'nb-NO' }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
    const r = answerQuestion({ text: 'hva er egentlig forskjellen på del 1 og del 2?', locale: 'nb-NO', state: first.state }, { composer, clock: new ManualClock('2024-01-10T09:01:00Z') });
    expect(r.answer.text).toMatch(/^LEDPRO 1(: | er ).*\n\nLEDPRO 2(: | bygger )/s);
  });

  it('reads nynorsk "går det føre seg" as "foregår"', () => {
    const first = answerQuestion({ text: 'kva er lokal grunnopplæring i instituttleiarprogrammet?', locale: 'nb-NO' }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
    const r = answerQuestion({ text: 'korleis går det føre seg i praksis?', locale: 'nb-NO', state: first.state }, { composer, clock: new ManualClock('2024-01-10T09:01:00Z') });
    expect(r.answer.text).toMatch(/^Hvordan opplæringen foregår: .*en til en/s);
  });

  it('answers "og hvem er NTNU sin lederopplæring for da?" with the target groups, not the page named after training', () => {
    const first = answerQuestion({ text: 'hvem er ledpro ment for?', locale: 'nb-NO' }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
    const r = answerQuestion({ text: 'og hvem er NTNU sin lederopplæring for da?', locale: 'nb-NO', state: first.state }, { composer, clock: new ManualClock('2024-01-10T09:01:00Z') });
    expect(r.answer.text).toMatch(/instituttledere/);
    expect(r.answer.text).not.toMatch(/tre kolonner/);
  });

  it('splits the last sentence of a message that asks two things, keeping the context with the first, and says a fact once', () => {
    const r = ask('Jeg er faggruppeleder på et institutt. Blir jeg med på noen felles opplæringsdager, og hvordan er de lagt opp?');
    expect(r.text).toMatch(/plenum/);
    expect(r.text.split('tre kolonner').length).toBeLessThanOrEqual(2);
  });

  it('reads a word with æ, ø or å between "kan jeg" and the verb ("Kan jeg også søke?") as the asker\'s eligibility', () => {
    expect(ask('Jeg er hovedtillitsvalgt i kommunen. Kan jeg også søke på LEDPRO, eller er det kun for ledere?').text).toMatch(/tillitsvalgte/);
  });

  it('takes greetings with thanks for yesterday, and "who am I chatting with", as small talk', () => {
    expect(ask('Hei og god morgen! Takk for god hjelp i går 😊').kind).toBe('smalltalk');
    expect(ask('hi there – who am I actually chatting with here?', 'en-US').text).toMatch(/^I am Lederbot/);
  });

  it('keeps the conversation\'s program for "who is the contact person" (a word any program could use names none)', () => {
    const first = answerQuestion({ text: 'jeg er nyansatt instituttleder på NTNU i Gjøvik, hva slags lederopplæring får jeg?', locale: 'nb-NO' }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
    const r = answerQuestion({ text: 'hvem er kontaktperson for programmet, så jeg kan ta kontakt direkte?', locale: 'nb-NO', state: first.state }, { composer, clock: new ManualClock('2024-01-10T09:01:00Z') });
    expect(r.answer.text).not.toMatch(/Kristin Larsen|Randi Bredvold/);
    expect(r.answer.text).toMatch(/ingen kontaktperson/);
    expect(ask('har noen kommuner gode erfaringer med ledpro?').text).toMatch(/Molde/);
  });

  it('answers the part of a two-part message the documents hold, and says in one line that they hold nothing on the other', () => {
    const r = ask('Hvor mange plasser er det på LEDPRO, og når er samling 2?');
    expect(r.kind).toBe('answer');
    expect(r.text).toMatch(/^Samling 2 i LEDPRO 1 og LEDPRO 2 er 4\.–5\. april 2024/);
    expect(r.text).toMatch(/«Hvor mange plasser er det på LEDPRO\?» – det sier programdokumentene ingenting om\./);
    expect(r.text).not.toMatch(/står ikke i programdokumentene/);
  });

  it('answers "can I go straight into part 2" with no and what part 2 requires', () => {
    expect(ask('I haven\'t done LEDPRO part 1. Can I go straight into part 2?', 'en-US').text).toMatch(/^No\. .*completed part 1/);
    expect(ask('en av avdelingslederne mine har master fra før, så hun kan vel hoppe rett på del 2 av LEDPRO?').text).toMatch(/^Nei\. .*gjennomført del 1/);
  });

  it('reads "am I out, then?" with a college education as a question about admission, and judges the first of a list by its month', () => {
    expect(ask('jeg har bare to år høgskole men 10 år som leder i kommunen, er jeg helt ute da når det gjelder LEDPRO?').text).toMatch(/vurdert individuelt/);
    const first = answerQuestion({ text: 'tell me about NTNU\'s leader training timeline for 2021-22', locale: 'en-US' }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
    const r = answerQuestion({ text: 'so the first joint training day for all leaders was in January 2022?', locale: 'en-US', state: first.state }, { composer, clock: new ManualClock('2024-01-10T09:01:00Z') });
    expect(r.answer.text).toMatch(/^No\b/);
  });

  it('a short guess after the question ("bare toppledere?", "only managers?") is a hint, not the question', () => {
    const composer = shippedComposer();
    const r = answerQuestion({ text: 'Hvem er LEDPRO ment for? Bare toppledere?', locale: 'nb-NO' }, { composer, clock: new ManualClock('2024-01-10T09:00:00Z') });
    expect(r.answer.text).toMatch(/Målgruppen for studiet er ledere, stabsmedarbeidere og tillitsvalgte/);
  });

  it('names mended by the speller are read as names ("instiute assesment webinar"), and "wich" is "which", no yes/no', () => {
    const composer = shippedComposer();
    const at = { composer, clock: new ManualClock('2024-01-10T09:00:00Z') };
    expect(answerQuestion({ text: 'tell me what the instiute assesment webinar at NTNU is about', locale: 'en-US' }, at).answer.text).toMatch(/Institut-assessment webinar/);
    expect(answerQuestion({ text: 'wich topics are in the grunopplæring on HR?', locale: 'en-US' }, at).answer.text).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('a program named the way people write it', () => {
  it.each([
    ['What does the instituttleder program cost per participant?', 'en-US'],
    ['Hva koster instituttleder-programmet per deltaker?', 'nb-NO'],
    ['How much is the heads of department program per participant?', 'en-US'],
  ])('"%s" is about the Head of Department programme, not the priced LEDPRO', (q, locale) => {
    const a = ask(q, locale);
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/53 000|LEDPRO/);
  });

  it('"am I part of X at all?" after telling one\'s role is answered from the target group, with a verdict', () => {
    expect(chat(['I\'m kontorsjef at a department at NTNU.', 'am I part of the instituttleder program at all?'], 'en-US').text).toMatch(/^Yes\. .*head of office/);
    expect(chat(['Eg er rådgjevar i staben til kommunedirektøren.', 'Høyrer eg til målgruppa for LEDPRO?']).text).toMatch(/^Ja\. /);
  });
});
