import { qnaChat } from '../support/qna-chat';

/** Readings met in session 53's dev sets: a programme said to be online, a deadline claimed on the wrong day while
 * there is still time, and a few everyday words for what the content stresses and for being shut out. Sentences are
 * our own. */
const { chat } = qnaChat();
const early = new Date('2023-11-20T09:00:00Z');

describe('a programme said to be held online, with a conclusion drawn from it', () => {
  it('"LEDPRO er vel et nettstudium, så vi trenger bare en laptop?" is a no: the gatherings are at Wood Hotel', () => {
    const a = chat(['LEDPRO er vel et nettstudium, så vi trenger bare en laptop?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Wood Hotel i Brumunddal/);
  });

  it('in English, "the course runs online, so a headset is all we need, right?"', () => {
    const a = chat(['LEDPRO runs online, so a headset is all we need, right?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/Wood Hotel in Brumunddal/);
  });

  it('"Samlingene i LEDPRO er visst digitale på Zoom, siden …?" keeps the programme and gives the place', () => {
    const a = chat(['Samlingene i LEDPRO er visst digitale på Zoom, siden folk kommer fra hele Norge?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Wood Hotel i Brumunddal/);
    expect(a.text).not.toMatch(/^Ja/);
  });

  it('taking part online oneself is still a question the documents leave open', () => {
    const a = chat(['Kan jeg følge LEDPRO digitalt hjemmefra?']);
    expect(a.kind).toBe('unknown');
  });
});

describe('a deadline claimed on another day while there is still time', () => {
  it('"Fristen er vel 10. januar, så jeg kan søke etter jul?" is a no with the real deadline and the days left', () => {
    const a = chat(['Fristen for å søke LEDPRO er vel 10. januar, så jeg rekker å søke etter jul?'], 'nb', early);
    expect(a.text).toMatch(/^Nei, søknadsfristen for LEDPRO 1 og LEDPRO 2 er 15\. desember 2023 \(om 26 dager\)/);
  });

  it('the right day claimed with time left is still a yes', () => {
    const a = chat(['Fristen for å søke LEDPRO er 15. desember, så jeg rekker å søke etter helgen?'], 'nb', early);
    expect(a.text).toMatch(/^Ja, søknadsfristen/);
  });
});

describe('everyday words', () => {
  it('"Hvilken faglig vinkling har LEDPRO?" is the perspective: social psychology', () => {
    expect(chat(['Hvilken faglig vinkling har LEDPRO, mest økonomi eller noe annet?']).text).toMatch(/sosialpsykologisk/);
  });

  it('"hva legger del 2 mest vekt på faglig?" is what part 2 stresses, not the academic contact', () => {
    const a = chat(['hva legger LEDPRO del 2 mest vekt på faglig?']);
    expect(a.text).toMatch(/Lærende ledelse/);
    expect(a.text).not.toMatch(/Randi Bredvold/);
  });

  it('"Am I shut out of LEDPRO without a degree?" is the admission requirement', () => {
    const a = chat(["I never finished my degree but have led a team for ten years. Am I shut out of LEDPRO?"], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/assessed individually/);
  });
});

describe('a conclusion said back without a question mark, with a count in words', () => {
  it('"Makes sense that the heaviest part comes in the last two years." is a no: the first two years weigh most', () => {
    const a = chat(['How is the Head of Department programme spread over the years?', 'Makes sense that the heaviest part comes in the last two years.'], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/first two years/);
  });

  it('"Ok, så da blir det åtte samlinger i alt." is a no with the six gatherings', () => {
    const a = chat(['Hvor holdes LEDPRO-samlingene?', 'Ok, så da blir det åtte samlinger i alt.']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/6 samlinger/);
  });

  it('a plain remark of one\'s own is still acknowledged, not judged', () => {
    const a = chat(['Hvor holdes LEDPRO-samlingene?', 'Jeg skal snakke med lederen min om dette i morgen.']);
    expect(a.kind).toBe('smalltalk');
  });
});

describe('a price side by side where one side has none', () => {
  it('the price given and the other side\'s "says nothing about price" stand without a refusal in front', () => {
    const a = chat(['Hva koster LEDPRO?', 'Og hva koster NTNUs interne lederutvikling, til sammenligning?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/^LEDPRO 1 og LEDPRO 2 \(gjelder hver del\): Deltakeravgiften er kr 53 000/);
    expect(a.text).toMatch(/dokumentet sier ikke noe om pris/);
    expect(a.text).not.toMatch(/Prisen er ikke oppgitt/);
  });
});

describe('the period a programme covers, from the years of its title', () => {
  it('"Hvilken periode gjelder NTNUs plan for lederutvikling?" is 2021–2025', () => {
    const a = chat(['Hvilken periode gjelder NTNUs plan for lederutvikling og opplæring?']);
    expect(a.text).toMatch(/gjelder perioden 2021–2025/);
  });

  it('"så den varer til 2028?" after it is a no with the period', () => {
    const a = chat(['Hvilke år gjelder NTNUs lederutvikling for?', 'Så den varer til 2028?']);
    expect(a.text).toMatch(/^Nei\. .*perioden 2021–2025/);
  });

  it('in English, of the Head of Department programme', () => {
    const a = chat(['Which years does the Head of Department programme cover?'], 'en');
    expect(a.text).toMatch(/covers the period 2021–2025/);
  });

  it('which years are the busiest is still where the weight lies, not the period', () => {
    const a = chat(['Which years of the Head of Department programme are the busiest?'], 'en');
    expect(a.text).toMatch(/first two years/);
    expect(a.text).not.toMatch(/covers the period/);
  });
});

describe('what the study is made of, and its level', () => {
  it('"Er LEDPRO ett stort fag eller flere mindre emner?" is the one 30-credit course', () => {
    const a = chat(['Er LEDPRO ett stort fag, eller består det av flere mindre emner?']);
    expect(a.text).toMatch(/består av ett emne à 30 studiepoeng/);
    expect(a.text).not.toMatch(/Opptakskravet/);
  });

  it('"bachelor- eller masternivå?" names the level, with no yes or no to a choice', () => {
    const a = chat(['Er studiepoengene i LEDPRO på bachelor- eller masternivå?']);
    expect(a.text).toMatch(/masternivå/);
    expect(a.text).not.toMatch(/^(Ja|Nei)\b/);
    expect(a.text).not.toMatch(/Opptakskravet/);
  });

  it('"only for people already in leadership roles?" is a no with the wider target group', () => {
    const a = chat(['Is LEDPRO only for people already in management positions?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/potential leaders/);
  });
});
