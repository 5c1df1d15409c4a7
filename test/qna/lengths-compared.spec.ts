import { qnaChat } from '../support/qna-chat';

/** Lengths compared across the two programs after a message that set them side by side. Sentences are our own. */
const { chat } = qnaChat();

describe('lengths compared across the programs', () => {
  it('"Er samlingene like lange i begge?" after naming both: yes, two days each, said with both figures', () => {
    const a = chat(['Jeg ser på både instituttlederprogrammet og LEDPRO.', 'Er samlingene like lange i begge?']);
    expect(a.text).toMatch(/^Ja\. Begge er like lange: LEDPRO 2 dager hver/);
    expect(a.text).toMatch(/Instituttlederprogrammet 2021-2025 2 dager\./);
  });

  it('"Varer begge berre eitt år?" (nynorsk, "år" at a word edge): nei, 12 dagar against 4 år', () => {
    const a = chat(['Eg ser på instituttleiarprogrammet og LEDPRO.', 'Varer begge berre eitt år?']);
    expect(a.text).toMatch(/^Nei\. LEDPRO \(ca\. 8 måneder\) er kortere enn Instituttlederprogrammet 2021-2025 \(4 år\)/);
  });

  it('"are the gatherings the same length in both?" in English', () => {
    const a = chat(['I am looking at both the head of department programme and LEDPRO.', 'Are the gatherings the same length in both?'], 'en-US');
    expect(a.text).toMatch(/^Yes\. /);
  });
});

describe('how one gets in, set side by side', () => {
  it('"Is getting in the same for both?" after naming both: NTNU\'s faculties nominate, LEDPRO has admission rules, and no "Yes"', () => {
    const a = chat(['I am comparing NTNU\'s head of department programme with LEDPRO.', 'Is getting in the same for both?'], 'en-US');
    expect(a.text).toMatch(/the faculties nominate the participants/);
    expect(a.text).toMatch(/LEDPRO 1 and LEDPRO 2 \(for each part\): The admission requirement/);
    expect(a.text).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('the length of one part of a program', () => {
  it('"and the faculty-wide days for every leader?" after "what length are …": pillar 3, full days', () => {
    const a = chat(['What length are the gatherings for heads of department at NTNU?', 'and the faculty-wide days for every leader?'], 'en-US');
    expect(a.text).toMatch(/^Pillar 3, joint training for all leaders by faculty/);
    expect(a.text).toMatch(/Full-day gatherings/);
  });

  it('"How many days are the faculty-wide joint training days?": a full day, pillar 3 (was "the documents do not say")', () => {
    const a = chat(['How many days are the faculty-wide joint training days?'], 'en-US');
    expect(a.text).toMatch(/^Pillar 3, joint training for all leaders by faculty/);
    expect(a.text).toMatch(/Full-day gatherings/);
  });

  it('"how long does it run for each cohort of heads of department?" still asks the programme\'s period', () => {
    const a = chat(['The head of department programme – how long does it run for each cohort of heads of department?'], 'en-US');
    expect(a.text).toMatch(/4 years/);
  });
});

describe('a request to set two programs side by side before a colon', () => {
  it('"Sett det opp mot instituttlederprogrammet: hvor lenge varer hvert av dem?" after LEDPRO\'s length: both, compared', () => {
    const a = chat(['Hvor lang tid tar LEDPRO?', 'Sett det opp mot instituttlederprogrammet: hvor lenge varer hvert av dem?']);
    expect(a.text).toMatch(/^Instituttlederprogrammet 2021-2025 \(4 år\) er lengre enn LEDPRO \(ca\. 8 måneder\)/);
  });

  it('"Put it next to the head of department programme: how long does each of them run?" in English', () => {
    const a = chat(['How long does LEDPRO take?', 'Put it next to the head of department programme: how long does each of them run?'], 'en-US');
    expect(a.text).toMatch(/is longer than LEDPRO \(about 8 months\)/);
  });
});

describe('a full day claimed of a pillar named by its title', () => {
  it('"Jeg har hørt at instituttledersamlingene bare er heldagssamlinger, stemmer det?": no, they are 2-day gatherings', () => {
    const a = chat(['Jeg har hørt at instituttledersamlingene bare er heldagssamlinger, stemmer det?']);
    expect(a.text).toMatch(/^Nei\. Hovedsøyle 1, Instituttledersamlinger/);
    expect(a.text).toMatch(/2-dagers samlinger/);
  });

  it('"Er den felles opplæringen for alle ledere fakultetsvis heldagssamlinger?": yes, pillar 3', () => {
    const a = chat(['Er den felles opplæringen for alle ledere fakultetsvis heldagssamlinger?']);
    expect(a.text).toMatch(/^Ja\. Hovedsøyle 3/);
  });
});

describe('the two programs, unnamed, side by side', () => {
  it('"Hvem er de to programmene beregnet på?": both programs\' target groups, not one', () => {
    const a = chat(['Hvem er de to programmene beregnet på?']);
    expect(a.text).toMatch(/LEDPRO 1 og LEDPRO 2 \(gjelder hver del; for del 2 står det på siden for del 1\): Målgruppen for studiet er ledere, stabsmedarbeidere og tillitsvalgte/);
    expect(a.text).toMatch(/Programmet er for alle NTNUs instituttledere/);
  });

  it('"Still dem opp mot hverandre." after both target groups keeps the target groups', () => {
    const a = chat(['Hvem er de to programmene beregnet på?', 'Still dem opp mot hverandre.']);
    expect(a.text).toMatch(/Målgruppen for studiet/);
    expect(a.text).toMatch(/NTNUs instituttledere/);
  });

  it('a side the document says nothing of names what it does not say: "… dokumentet sier ikke noe om pris."', () => {
    const a = chat(['Hva koster NTNU sitt lederprogram sammenlignet med LEDPRO?']);
    expect(a.text).toMatch(/Deltakeravgiften er kr 53 000/);
    expect(a.text).toMatch(/NTNUs lederutvikling og lederopplæring 2021-2025: dokumentet sier ikke noe om pris\./);
  });

  it('and in English: "… the document does not mention credits."', () => {
    const a = chat(['Does the NTNU programme give credits like LEDPRO does? Side by side, please.'], 'en-US');
    expect(a.text).toMatch(/the document does not mention credits\./);
  });
});
