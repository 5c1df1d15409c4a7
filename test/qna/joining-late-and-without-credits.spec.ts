import { qnaChat } from '../support/qna-chat';

/**
 * Leaders who come in late (mid-term) or without the degree ask whether there is still a way for them: the verdict
 * first, and the fact that gives the way. Sentences are our own, not the evaluation sets'.
 */
const { ask, chat } = qnaChat();

describe('a leader who starts in the middle of the term', () => {
  it('"blir hun fulgt opp …?": the past form of "følge" meets "følger opp", and the answer is yes', () => {
    const a = chat(['Vi har fått en ny instituttleder i oktober, midt i åremålsperioden.', 'Blir hun fulgt opp med opplæring når hun begynner underveis?']);
    expect(a.text).toMatch(/^Ja\. Hovedsøyle 4, lokal grunnopplæring/);
  });

  it('the asker\'s role told first, then "Får jeg noe opplæring da?" is read with it: yes, the local training', () => {
    const a = chat(['Jeg ble tilsatt som instituttleder ved NTNU i vår, to år ut i åremålsperioden.', 'Får jeg noe opplæring da, eller er det for seint?']);
    expect(a.text).toMatch(/^Ja\. Hovedsøyle 4/);
    expect(a.text).toMatch(/underveis i åremålsperioden/);
  });

  it('"er toget gått?" is read as "det er for seint", with no word doubled', () => {
    const a = chat(['Jeg ble tilsatt som instituttleder ved NTNU i vår, to år ut i åremålsperioden.', 'Får jeg noe opplæring da, eller er toget gått?']);
    expect(a.text).toMatch(/^Ja\. Hovedsøyle 4/);
  });

  it('a wish told first ("Jeg har lyst til å søke …") does not bend a question about the deadline', () => {
    const a = chat(['Jeg har lyst til å søke på LEDPRO del 2.', 'Fristen er vel i februar, så jeg rekker det fortsatt?']);
    expect(a.text).toMatch(/^Nei, søknadsfristen for LEDPRO 2 var 15\. desember 2023/);
  });
});

describe('a way in without being admitted', () => {
  it('"still join if I don\'t care about getting credits?": yes, as a course participant', () => {
    const a = chat(['I left school at eighteen and have no degree.', 'Could I still take part in LEDPRO if I don\'t care about getting credits?'], 'en-US');
    expect(a.text).toMatch(/^Yes\. /);
    expect(a.text).toMatch(/course participants/);
  });

  it('"if they turn me down, can I still join?" about part 1: yes, as a course participant', () => {
    const a = chat(['Can I get into LEDPRO part 1 with two years of college?', 'And if they turn me down, can I still join some other way?'], 'en-US');
    expect(a.text).toMatch(/^Yes\. /);
    expect(a.text).toMatch(/course certificate \(without credits\)/);
  });

  it('"… selv om jeg ikke kommer inn?" in bokmål: ja, som kursdeltaker', () => {
    const a = ask('Kan jeg være med på LEDPRO selv om jeg ikke blir tatt opp?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/kursdeltaker/);
  });
});

describe('someone who is not a leader', () => {
  it('"Kan man søke selv om man ikke har lederstilling?": whom it is for decides — ja, not how to apply', () => {
    const a = ask('Kan man søke på LEDPRO selv om man ikke har lederstilling?');
    expect(a.text).toMatch(/^Ja\. .*Målgruppen for studiet er ledere, stabsmedarbeidere og tillitsvalgte/);
  });

  it('"even though I am not a manager" in English: yes, the target group', () => {
    const a = ask('Can I apply to LEDPRO even though I am not a manager myself?', 'en-US');
    expect(a.text).toMatch(/^Yes\. .*target group is leaders, staff advisers/);
  });

  it('"Så hun kan søke selv om hun ikke har lederstilling?" after the target group: the concession claims nothing, so no "Nei"', () => {
    const a = chat(['En tillitsvalgt hos oss er ikke leder. Hvem er LEDPRO laget for?', 'Så hun kan søke selv om hun ikke har lederstilling?']);
    expect(a.text).toMatch(/^Ja\. /);
  });
});

describe('part 1 told as taken or not, then part 2 asked', () => {
  it('"I did LEDPRO part 1 in 2019. Can I still take part 2?": yes, with what part 2 requires', () => {
    expect(ask('I did LEDPRO part 1 back in 2018. Can I still take part 2?', 'en-US').text).toMatch(/^Yes\. To start LEDPRO 2 you must have completed part 1/);
  });

  it('"Jeg tok ledpro 1 for lenge siden. Kan jeg likevel ta del 2?" ("ledpro 1" with no "del"): ja', () => {
    expect(ask('Jeg tok ledpro 1 for mange år siden. Kan jeg likevel ta del 2?').text).toMatch(/^Ja\. For å kunne begynne på LEDPRO 2/);
  });

  it('"Jeg har ikke tatt del 1. Kan jeg ta del 2?": nei, never "Jo"', () => {
    expect(ask('Jeg har ikke tatt del 1. Kan jeg ta del 2?').text).toMatch(/^Nei\. /);
    expect(chat(['Jeg har ikke tatt del 1 av LEDPRO.', 'Kan jeg ta del 2?']).text).toMatch(/^Nei\. /);
  });

  it('"Where can I read up on part 1 again?": part 2\'s requirement, which says where to read up', () => {
    const a = ask('I did LEDPRO part 1 long ago and forgot the thinking behind it. Where can I read up on part 1 again?', 'en-US');
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
    expect(a.text).not.toMatch(/frich\.no|admission requirement/);
  });

  it('"noe sted jeg kan friske opp grunntankene?" in bokmål', () => {
    expect(ask('Jeg tok LEDPRO del 1 i 2017. Finnes det noe sted jeg kan friske opp grunntankene?').text).toMatch(/inn\.no\/ledpro1/);
  });
});

describe('one\'s education told before "kan jeg være med?"', () => {
  it('"Eg er nytilsett instituttleiar midt i åremålsperioden. Får eg noko oppfølging?" (nynorsk): what newcomers get', () => {
    const a = chat(['Eg er nytilsett instituttleiar midt i åremålsperioden. Får eg noko oppfølging?']);
    expect(a.text).toMatch(/Hovedsøyle 4/);
    expect(a.text).toMatch(/nye ledere som begynner, får egne tilpassede tiltak/);
  });

  it('"Jeg er styrer i en barnehage, men har bare videregående. Kan jeg være med på LEDPRO?": the admission rules, not the role', () => {
    const a = chat(['Jeg er styrer i en barnehage, men har bare videregående. Kan jeg være med på LEDPRO?']);
    expect(a.text).toMatch(/kursdeltaker og få kursbevis \(uten studiepoeng\)/);
  });

  it('"… fagbrev som helsefagarbeider, men ingen høyere utdanning. Kan jeg være med likevel?" gets no "Nei" before the way in', () => {
    const a = chat(['Jeg er enhetsleder og har fagbrev som helsefagarbeider, men ingen høyere utdanning. Kan jeg være med på LEDPRO likevel?']);
    expect(a.text).not.toMatch(/^Nei\b/);
    expect(a.text).toMatch(/kursdeltaker/);
  });
});
