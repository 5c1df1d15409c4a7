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
