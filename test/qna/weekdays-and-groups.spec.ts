import { qnaChat } from '../support/qna-chat';

/** Readings met in session 50's dev sets: days of the week, a group told before a sum, slips. Sentences are our own. */
const { ask, chat } = qnaChat();

describe('the days of the week of a gathering', () => {
  it('"Hvilken ukedag begynner samling 2?": the weekdays before the dates (4 April 2024 is a Thursday)', () => {
    const a = ask('Hvilken ukedag begynner LEDPRO-samling 2?');
    expect(a.text).toMatch(/Samling 2 i LEDPRO 1 og LEDPRO 2 er torsdag–fredag 4\.–5\. april 2024/);
  });

  it('English, the last gathering pointed back to after the list: "Monday–Tuesday 7–8 October"', () => {
    const a = chat(['Could you list the LEDPRO gatherings?', 'What days of the week is the final one?'], 'en-US');
    expect(a.text).toMatch(/Monday–Tuesday 7–8 October 2024/);
  });

  it('a date asked without weekdays is written as before (a guard)', () => {
    const a = ask('Når er LEDPRO-samling 2?');
    expect(a.text).toMatch(/er 4\.–5\. april 2024/);
    expect(a.text).not.toMatch(/torsdag/);
  });
});

describe('a weekday claimed of a gathering', () => {
  it('"så den begynner på en onsdag?" after the first gathering was asked: no, it starts on a Thursday', () => {
    const a = chat(['Når er den første samlingen på LEDPRO?', 'Så den begynner på en onsdag, da?']);
    expect(a.text).toMatch(/^Nei, den starter en torsdag\. Samling 1 .* torsdag–fredag 15\.–16\. februar 2024/);
  });

  it('a right claim is confirmed: "Does the third LEDPRO gathering start on a Wednesday?" (15 May 2024)', () => {
    const a = ask('Does the third LEDPRO gathering start on a Wednesday?', 'en-US');
    expect(a.text).toMatch(/^Yes\. Gathering 3 .* Wednesday–Thursday 15–16 May 2024/);
  });

  it('a day the gathering does not span: "Er samling 5 på en fredag?" is no, with the days it does span', () => {
    const a = ask('Er LEDPRO-samling 5 på en fredag?');
    expect(a.text).toMatch(/^Nei, den er onsdag–torsdag\. Samling 5 .* 28\.–29\. august 2024/);
  });

  it('a choice between two weekdays gets the days, no yes or no', () => {
    const a = ask('Starter LEDPRO-samling 4 på en mandag eller en torsdag?');
    expect(a.text).toMatch(/^Den starter en torsdag\. Samling 4 .* torsdag–fredag 20\.–21\. juni 2024/);
  });
});

describe('a group told before the sum', () => {
  it('"Vi er tre fra teknisk etat …" then "hva koster deltakeravgiften for oss til sammen?": 3 × kr 53 000', () => {
    const a = chat(['Vi er tre fra teknisk etat som vurderer LEDPRO del 1.', 'Hva koster deltakeravgiften for oss til sammen?']);
    expect(a.text).toMatch(/Deltakeravgiften alene for 3 personer: 3 × kr 53 000 = kr 159 000/);
  });

  it('without "us", the sum is for one person (a guard)', () => {
    const a = chat(['Vi er tre fra teknisk etat som vurderer LEDPRO del 1.', 'Hva er deltakeravgiften?']);
    expect(a.text).not.toMatch(/3 personer/);
  });

  it('"two department heads" and "not including the semester fee": the fee alone for two', () => {
    const a = ask('We are thinking of sending two department heads to LEDPRO part 1. What is the participation fee in total, not including the semester fee?', 'en-US');
    expect(a.text).toMatch(/The participation fee alone for 2 people: 2 × NOK 53 000 = NOK 106 000/);
  });

  it('"fire avdelingsledere": a compound of who they are counts them', () => {
    const a = ask('Hva blir deltakeravgiften til sammen for fire avdelingsledere på LEDPRO del 1?');
    expect(a.text).toMatch(/For 4 personer/);
  });
});

describe('credits written as one word', () => {
  it('"studypoints": the credits, not "not in the documents"', () => {
    const a = ask('how many studypoints does ledpro part1 give', 'en-US');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/30 credits/);
  });
});

describe('dialect, asides and who to call', () => {
  it('"kem e med på den?" after a pillar: the dialect "e" is "er", so who takes part, not the list of pillars', () => {
    const a = chat(['Hva er hovedsøyle 2 i instituttlederprogrammet?', 'og kem e med på den?']);
    expect(a.text).toMatch(/^Hovedsøyle 2, ledergruppesamling med instituttlederne og dekanat, utvidet med kontorsjefer/);
  });

  it('"ka e den?" after a price: a question about it, not a yes or no (a guard for "ka")', () => {
    const a = chat(['Ka koste LEDPRO?', 'Æ meinte berre semesteravgifta, ka e den?']);
    expect(a.text).not.toMatch(/^Ja\b/);
    expect(a.text).toMatch(/888/);
  });

  it('"hva kan du egentlig hjelpe oss med?" is small talk about what the bot does, not a refusal', () => {
    const a = ask('Hei! Hva kan du egentlig hjelpe oss med?');
    expect(a.kind).toBe('smalltalk');
  });

  it('"hvis vi ser bort fra hotell og bøker": the study itself, priced', () => {
    const a = ask('Hvor mye koster LEDPRO del 2 hvis vi ser bort fra hotellet og pensumbøkene?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/kr 53 000/);
  });

  it('a matter told first, then ", hvem ringer vi?": the contact for practical matters', () => {
    const a = ask('Det gjelder maten og rommet på hotellet under LEDPRO, hvem ringer vi om det?');
    expect(a.text).toMatch(/Kristin Larsen/);
  });

  it('"Er det noen kommuner som kan fortelle om erfaringene sine?": yes, with who said what', () => {
    const a = ask('Er det noen kommuner som kan fortelle om erfaringene sine med LEDPRO?');
    expect(a.text).toMatch(/^Ja\. .*Molde/);
  });
});

describe('claims and asides that named no subject of their own', () => {
  it('"LEDPRO går vel heldigitalt?": no, the gatherings are at Wood Hotel (not "not in the documents")', () => {
    const a = ask('LEDPRO kjøres vel heldigitalt, så vi slipper å reise?');
    expect(a.text).toMatch(/^Nei\. .*(Wood Hotel|Brumunddal)/);
  });

  it('"Is LEDPRO run fully online?": no, with the place', () => {
    const a = ask('Is LEDPRO part 2 run fully online?', 'en-US');
    expect(a.text).toMatch(/^No\. .*Wood Hotel/);
  });

  it('"er ikke det kun for erfarne ledere?": the target group, which names potential leaders too', () => {
    const a = ask('Jeg er helt ny som leder. Er ikke LEDPRO bare for erfarne ledere?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/potensielle ledere/);
  });

  it('"praktiske ting, som rom og faktura": the examples show the matter; the practical contact answers', () => {
    const a = ask('Hvem tar jeg kontakt med om praktiske ting, som rommet og fakturaen, på LEDPRO?');
    expect(a.text).toMatch(/Praktiske spørsmål .*Kristin Larsen/);
  });

  it('"… financial support for it?" after LEDPRO: still LEDPRO, not the document whose words "financial" matches', () => {
    const a = chat(['LEDPRO costs a lot for a small council.', 'Could our staff get any financial support for it?'], 'en-US');
    expect(a.text).toMatch(/OU fund/);
  });
});

describe('nights away', () => {
  it('"Hvor mange netter blir vi borte på LEDPRO?": 6 nights, one per gathering, the extra night apart', () => {
    const a = ask('Hvor mange overnattinger blir det i alt på LEDPRO del 1?');
    expect(a.text).toMatch(/^LEDPRO 1: 6 netter borte i alt, 6 samlinger med 1 overnatting hver \(2 dager, fra lunsj til lunsj\)\. .*kr 1 375 per natt/);
  });

  it('a program whose gatherings are given by month only has no nights to count (a guard)', () => {
    const a = ask('How many nights away is the Oppdal gathering of the head of department programme?', 'en-US');
    expect(a.text).not.toMatch(/nights away in total/);
  });
});

describe('claims of always and of itself, and what is set aside', () => {
  it('"Dekker OU-fondet dette automatisk?": no, one applies to it', () => {
    const a = ask('Dekker OU-fondet deltakeravgiften på LEDPRO automatisk for kommuneansatte?');
    expect(a.text).toMatch(/^Nei\. .*kan søke OU-fondet/);
  });

  it('"Do we always hand in the exam on our own?": no, in a group or individually', () => {
    const a = ask('On LEDPRO part 1, do we always hand in the exam on our own?', 'en-US');
    expect(a.text).toMatch(/^No\. .*in a group or individually/);
  });

  it('", not the hotel?" at the end: the fee, not the stay', () => {
    const a = ask('What does LEDPRO part 2 cost for the course itself, not the hotel?', 'en-US');
    expect(a.text).toMatch(/NOK 53[ ,]000/);
    expect(a.text).not.toMatch(/^Board and lodging/);
  });

  it('"på nettet" is the web, not "netter" (nights): the question after it is read as written', () => {
    const a = ask('Jeg orker ikke lete på nettet. Hvor søker man opptak til LEDPRO?');
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
  });
});

describe('a place and a program claimed of the wrong thing', () => {
  it('"NTNU\'s leadership gathering is in Gjøvik?": no, the answer pairs it with Oppdal', () => {
    const a = ask('Er det riktig at NTNUs ledersamling holdes på Gjøvik?');
    expect(a.text).toMatch(/^Nei\b.*ledersamling \(Oppdal\)/);
  });

  it('"open for leaders from municipalities?": no, and why, before the list of target groups', () => {
    const a = ask("Is NTNU's leader development open to managers from other municipalities too?", 'en-US');
    expect(a.text).toMatch(/^No\. The programme is for NTNU's own leaders\./);
  });
});

describe('a sum checked by the asker', () => {
  it('"53 000 avgift + 888 semesteravgift + 6 × 3 175 = 72 938, stemmer det?": no, the whole comes to kr 73 826', () => {
    const a = ask('Jeg regner slik for LEDPRO del 2: 53 000 avgift + 888 semesteravgift + 6 × 3 175 hotell = 72 938. Stemmer det?');
    expect(a.text).toMatch(/^Nei\. Alt til sammen blir kr 73 826, ikke kr 72 938\./);
  });

  it('a wrong fee before "what is the total?" is still corrected as the fee (a guard)', () => {
    const a = chat(['What is the participant fee on LEDPRO part 1?', 'OK, so 45,000 plus the semester fees, what does that make in total?'], 'en-US');
    expect(a.text).toMatch(/The participation fee is NOK 53 000, not NOK 45 000\./);
  });
});

describe('a length claimed', () => {
  it('"ok, så det er et treårig program da" (no question mark) after the programme: checked, not taken as a scene', () => {
    const a = chat(['Hva er instituttlederprogrammet på NTNU?', 'ok, så det er et treårig program da']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/4 år/);
  });

  it('"Does LEDPRO last three years?": no, not the admission fact whose "2 years" the figure matches', () => {
    const a = ask('Does LEDPRO part 2 last three years?', 'en-US');
    expect(a.text).toMatch(/^No\. LEDPRO 2 runs over 6 gatherings/);
  });
});

describe('slips in the words of a comparison', () => {
  it('"forskjelen" and "ledergrupesamlingen": both pillars, side by side', () => {
    const a = ask('Hva er egentlig forskjelen mellom ledergrupesamlingen og instituttledersamlingene?');
    expect(a.text).toMatch(/Hovedsøyle 1/);
    expect(a.text).toMatch(/Hovedsøyle 2, ledergruppesamling/);
  });
});
