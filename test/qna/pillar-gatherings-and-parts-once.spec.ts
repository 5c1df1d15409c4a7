import { qnaChat } from '../support/qna-chat';

/** Readings met in session 47's second round of fresh dev sets. Sentences are our own. */
const { ask, chat } = qnaChat();

describe('one gathering of a pillar, named by a compound', () => {
  it('"Hvor lenge varer hver instituttledersamling?" is the pillar\'s 2-day gatherings, not the timeline', () => {
    const a = ask('Hvor lenge varer hver instituttledersamling?');
    expect(a.text).toMatch(/^Hovedsøyle 1, Instituttledersamlinger/);
    expect(a.text).toMatch(/2-dagers samlinger/);
  });

  it('nynorsk: "kvar instituttleiarsamling" is each one, not where', () => {
    const a = ask('Kor lenge varer kvar instituttleiarsamling?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/2-dagers samlinger/);
  });

  it('then "og hva jobber de med der?" is what that pillar does, not the arenas\' places', () => {
    const a = chat(['Hvor lenge varer hver instituttledersamling?', 'og hva jobber de med der?']);
    expect(a.text).toMatch(/praksisdeling/);
    expect(a.text).not.toMatch(/Oppdal/);
  });
});

describe('LEDPRO 1 and 2 sharing a fact are told once', () => {
  it('"LEDPRO har ti samlinger, så jeg setter av 20 dager. Stemmer det?": no, 6 gatherings and 12 days, in one paragraph for both parts', () => {
    const a = ask('LEDPRO har ti samlinger, så jeg setter av 20 dager. Stemmer det?');
    expect(a.text).toMatch(/^Nei\. LEDPRO 1 og LEDPRO 2 \(gjelder hver del; for del 2 står det på siden for del 1\): Det arrangeres 6 samlinger/);
    expect(a.text).toMatch(/12 dager/);
    expect(a.text.match(/Det arrangeres 6 samlinger/g)).toHaveLength(1);
  });

  it('English: the same fact for both parts is said once', () => {
    const a = ask('LEDPRO has ten gatherings, so I will block 20 days. Is that right?', 'en-US');
    expect(a.text).toMatch(/^No\. LEDPRO 1 and LEDPRO 2 \(for each part; for part 2 it is stated on the part 1 page\)/);
    expect(a.text.match(/There are 6 gatherings/g)).toHaveLength(1);
  });
});

describe('the asker told inside the question, and what comes in addition', () => {
  it('nynorsk: "Kan eg som jobbar i eit statleg tilsyn òg søkje LEDPRO?" is whom it is for, not how to apply', () => {
    const a = ask('Kan eg som jobbar i eit statleg tilsyn òg søkje LEDPRO?');
    expect(a.text).toMatch(/Målgruppen for studiet/);
    expect(a.text).not.toMatch(/inn\.no\/ledpro1/);
  });

  it('"hvor passer han inn?" of a PhD candidate is the target groups, not a place', () => {
    const a = ask('En stipendiat hos oss vil bli leder en dag – hvor passer han inn i NTNUs lederutvikling?');
    expect(a.text).toMatch(/ledertalent/);
    expect(a.text).not.toMatch(/^Dokumentet nevner NTNUs ledersamling \(Oppdal\)/);
  });

  it('"… hva deltakeravgiften ikke dekker. Hva må vi sette av i tillegg?": in addition to the fee the sentence before named', () => {
    const a = ask('Sjefen vil vite hva deltakeravgiften for LEDPRO ikke dekker. Hva må vi sette av i tillegg?');
    expect(a.text).toMatch(/kommer i tillegg/);
    expect(a.text).not.toMatch(/Opptakskravet/);
  });

  it('a month named beside a word the documents lack ("i juli, midt i fellesferien?") is still the calendar (a guard)', () => {
    const a = ask('Er det nokon LEDPRO-samling i juli, midt i fellesferien?');
    expect(a.text).toMatch(/^Nei\. Ingen av samlingene i LEDPRO 1 og LEDPRO 2 er i juli/);
  });
});

describe('who is at the thing just told of', () => {
  it('"Hvem er med der?" after the rector\'s leadership gathering: the deans and the rectorate it names, not the programme\'s audience', () => {
    const a = chat(['Hva handler rektors ledersamling om?', 'Hvem er med der?']);
    expect(a.text).toMatch(/rektors ledersamling med dekaner og rektorat/);
    expect(a.text).not.toMatch(/^Programmet er for alle NTNUs instituttledere/);
  });
});
