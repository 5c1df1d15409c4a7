import { qnaChat } from '../support/qna-chat';

/**
 * Whom to ask about which matter, a question said twice in other words, a premise given as a reason, and a
 * subject the documents do not cover, as a leader writes them. What the leader sees in the reply is asserted.
 * Sentences are our own, not the evaluation sets'.
 */
const { ask, chat } = qnaChat();

describe('a question said again in other words', () => {
  it('reads "… en god leder? Altså hva forventes av oss?" as one question about good leadership', () => {
    const a = ask('Hva legger NTNU i god ledelse? Altså hva forventes av oss som ledere?');
    expect(a.text).toMatch(/^God ledelse på NTNU kjennetegnes av ledere som/);
    expect(a.text).not.toMatch(/^(Ja|Nei)\b/);
  });

  it('still answers the last question alone when it asks something new', () => {
    const a = ask('Hva legger NTNU i god ledelse? Hva koster LEDPRO?');
    expect(a.text).toMatch(/53 000/);
  });
});

describe('whom to ask about which matter', () => {
  it('gives the academic lead for "fagansvaret", with her own e-mail', () => {
    const a = ask('Kven har fagansvaret på LEDPRO, og kva er e-posten?');
    expect(a.text).toMatch(/Randi Bredvold/);
    expect(a.text).toMatch(/randi\.bredvold@inn\.no/);
    expect(a.text).not.toMatch(/kristin/i);
  });

  it('answers "Kristin for sånt, ikke sant?" after an academic matter with no, and the academic lead', () => {
    const a = chat(['Jeg lurer på noe om eksamen og det faglige på LEDPRO.', 'det er Kristin Larsen jeg skal spørre om sånt, ikke sant?']);
    expect(a.text).toMatch(/^Nei\b/);
    expect(a.text).toMatch(/Randi Bredvold/);
  });

  it('gives both persons when one message asks for the practical one and the one for the content', () => {
    const a = ask('Who should I talk to about the hotel booking, and who takes questions on the curriculum?', 'en-US');
    expect(a.text).toMatch(/Kristin Larsen/);
    expect(a.text).toMatch(/Randi Bredvold/);
  });

  it('reads "hvem er riktig person å spørre om pensum?" as asking a contact, the academic one', () => {
    const a = ask('Hvem er rette person å spørre om pensum på LEDPRO?');
    expect(a.text).toMatch(/Randi Bredvold/);
  });

  it('gives both persons for "hvem tar hva av praktiske og faglige spørsmål?"', () => {
    const a = chat(['Jeg har noen spørsmål om LEDPRO, både om innholdet og det praktiske', 'hvem tar hva av praktiske og faglige spørsmål?']);
    expect(a.text).toMatch(/Faglige spørsmål: Randi Bredvold/);
    expect(a.text).toMatch(/Praktiske spørsmål: Kristin Larsen/);
  });

  it('follows a practical contact with the academic one when the next question names the content', () => {
    const a = chat(['Who do I ask about practical things for LEDPRO?', 'and who answers questions about the course content?'], 'en-US');
    expect(a.text).toMatch(/Randi Bredvold/);
    expect(a.text).not.toMatch(/Kristin/);
  });
});

describe('a premise given as the reason for a question', () => {
  it('says plainly that a wrong premise is not right, with the fact', () => {
    const a = ask('Since the Head of Department programme only runs for two years, when does the next round begin?', 'en-US');
    expect(a.text).toMatch(/^No, that is not right\./);
    expect(a.text).toMatch(/4 years/);
  });
});

describe('a premise checked in a conversation', () => {
  it('checks "since it only runs one year" against the length, not the topic of the turn before', () => {
    const a = chat(['Hvem er instituttlederprogrammet for?', 'Sidan det berre går over eitt år, korleis blir det følgt opp etterpå?']);
    expect(a.text).toMatch(/^Nei, det stemmer ikke\./);
    expect(a.text).toMatch(/4 år om gangen/);
  });

  it('confirms a long statement of an expectation put partly in the asker\'s own words', () => {
    const a = chat(['Hva kjennetegner god ledelse på NTNU?', 'Så et av kravene er at lederen sørger for at alle bidrar til å skape et inkluderende arbeidsmiljø – riktig?']);
    expect(a.text).toMatch(/^Ja\. God ledelse på NTNU/);
  });
});

describe('subjects the documents do not cover', () => {
  it('says the documents do not give the language of teaching, and gives no neighbouring fact', () => {
    const a = ask('Are the LEDPRO lectures in Norwegian only, or also in English?', 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/do not say/);
    expect(a.text).not.toMatch(/values|credits/i);
  });
});

describe('words spelled out, and words that are no subject', () => {
  it('reads "helse, miljø og sikkerhet" as HMS in the basic training, and "hva tar de opp" as no price', () => {
    const a = ask('Hva tar de opp om helse, miljø og sikkerhet i lederopplæringen på NTNU?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/HMS/);
    expect(a.text).not.toMatch(/kr \d/);
  });

  it('still reads "hva tar de for det" as the price', () => {
    expect(ask('Hva tar de for LEDPRO 1?').text).toMatch(/53 000/);
  });

  it('does not mend "trakk fram" into "track": the Molde quote is found', () => {
    const a = ask('Hva var det folk i Molde trakk fram som det viktigste?');
    expect(a.text).toMatch(/Molde/);
  });

  it('reads "hovedbyggesteinene" as the parts of the program, its pillars', () => {
    const a = ask('Hva er hovedbyggesteinene i instituttlederprogrammet?');
    expect(a.text).toMatch(/fire hovedsøyler/);
  });
});

describe('gatherings asked by month', () => {
  it('lists only the gatherings between two months', () => {
    const a = ask('Which LEDPRO gatherings are between June and August?', 'en-US');
    expect(a.text).toMatch(/Gathering 4: 20–21 June 2024/);
    expect(a.text).toMatch(/Gathering 5: 28–29 August 2024/);
    expect(a.text).not.toMatch(/February|October/);
  });

  it('answers a month without gatherings with no, and the gatherings there are', () => {
    const a = ask('Er det noen LEDPRO-samlinger i juli?');
    expect(a.text).toMatch(/^Nei\. Ingen av samlingene i LEDPRO 1 og LEDPRO 2 er i juli\./);
    expect(a.text).toMatch(/20\.–21\. juni 2024/);
  });

  it('reads a season as its months, and names only the programs that gather then', () => {
    const a = ask('Hvilke samlinger er det i høst?');
    expect(a.text).toMatch(/Samling 6: 7\.–8\. oktober 2024/);
    expect(a.text).not.toMatch(/februar/);
  });
});

describe('a follow-up with its own subject, and a second question about the first', () => {
  it('does not mend "sending" into "spending", and answers "how are they examined?" with the exam, not the fee', () => {
    const a = chat(["We're sending three of our unit heads on LEDPRO this spring", 'how are they examined? is it a written test'], 'en-US');
    expect(a.text).toMatch(/take-home assignment/);
    expect(a.text).not.toMatch(/NOK 53/);
  });

  it('says the documents do not give the price of something they do not cover ("parking … and what does it cost?")', () => {
    const a = ask('Kan man parkere ved hotellet på LEDPRO, og hva koster det?');
    expect(a.kind).toBe('unknown');
    expect(a.text).not.toMatch(/53 000/);
  });

  it('reads "kan vi søkje OU-fondet" as the fund asked about, not whether the asker may apply to the program', () => {
    const a = chat(['Vi er ei lita kommune som vurderer LEDPRO for to leiarar', 'kan vi søkje OU-fondet om midlar til det?']);
    expect(a.text).toMatch(/^Ja\. .*OU-fondet/s);
  });
});

describe('a statement, then a wh-question about what it named', () => {
  it('answers "Jeg hørte det var … i august 2021. Hva handlet den om?" with the fact, and no yes or no', () => {
    const a = ask('Jeg hørte det var en felles opplæringsdag for ledere i august 2021. Hva handlet den om?');
    expect(a.kind).toBe('answer');
    expect(a.text).not.toMatch(/^(Ja|Nei)\b/);
    expect(a.text).toMatch(/August 2021: felles opplæringsdag/);
  });
});

describe('a scene set without a question', () => {
  it('offers only what the program\'s documents answer: no price for NTNU, a price for LEDPRO', () => {
    const ntnu = ask('Vi har fått to nye faggruppeledere på NTNU i høst.');
    expect(ntnu.kind).toBe('smalltalk');
    expect(ntnu.text).toMatch(/^Greit! Spør gjerne om NTNU – for eksempel /);
    expect(ntnu.text).not.toMatch(/pris/);
    expect(ask('Leser brosjyren til LEDPRO nå').text).toMatch(/for eksempel pris, datoer/);
  });
});

describe('two pillars compared by number', () => {
  it('gives both pillars when a comparison names them apart ("X (pillar 1) … from Y (pillar 2)"), never an empty reply', () => {
    const a = ask('How are the head of department gatherings (pillar 1) different from the management team gatherings (pillar 2)?', 'en-US');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Pillar 1, Head of Department gatherings/);
    expect(a.text).toMatch(/Pillar 2, management team gathering/);
  });
});
