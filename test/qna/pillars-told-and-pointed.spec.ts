import { qnaChat } from '../support/qna-chat';

/** Pillars told of in the asker's own message, and a pillar's gatherings pointed back at with "de … der". */
const { chat: talk } = qnaChat();
const chat = (turns: string[], lang: 'nb' | 'en' = 'nb'): string => talk(turns, lang === 'en' ? 'en-US' : 'nb-NO').text;

describe('pillars told of in the message, and the gatherings pointed back at', () => {
  it('"… rests on four main pillars. What\'s the first one about?" is pillar 1, and "and the fourth?" pillar 4', () => {
    const first = chat(['I am new as head of department at NTNU. Someone said our programme rests on four main pillars. What is the first one about?'], 'en');
    expect(first).toMatch(/^Pillar 1, Head of Department gatherings/);
    const fourth = chat(['I am new as head of department at NTNU. Someone said our programme rests on four main pillars. What is the first one about?', 'and the fourth?'], 'en');
    expect(fourth).toMatch(/^Pillar 4, local basic training/);
  });

  it('"Og hvilke temaer tar de opp der?" after how long the head-of-department gatherings last: that pillar\'s content', () => {
    const a = chat(['Jeg skal på min første instituttledersamling snart. Hvor mange dager varer de?', 'Og hva tar de opp der?']);
    expect(a).toMatch(/^Hovedsøyle 1, Instituttledersamlinger/);
    expect(a).toMatch(/praksisdeling/);
  });
});

describe('a length claimed as "day meetings"', () => {
  it('"Instituttledersamlingene er vel bare korte dagsmøter?": nei, 2-dagers samlinger', () => {
    const a = chat(['Jeg er ny instituttleder på NTNU.', 'Instituttledersamlingene er vel bare korte dagsmøter?']);
    expect(a).toMatch(/^Nei\. Hovedsøyle 1, Instituttledersamlinger/);
    expect(a).toMatch(/2-dagers samlinger/);
  });
});

describe('the gap from one numbered gathering to the next', () => {
  it('"Hvor mange dager er det fra samling 3 er ferdig til samling 4 begynner?" with no program named: 35 days, LEDPRO\'s', () => {
    const a = chat(['Hvor mange dager er det fra samling 3 er slutt til samling 4 starter?']);
    expect(a).toBe('LEDPRO 1 og LEDPRO 2: Mellom samling 3 (15.–16. mai 2024) og samling 4 (20.–21. juni 2024): 35 dager.');
  });
});

describe('the joint training days by their everyday name', () => {
  it('"Når var den første fellesdagen i instituttlederprogrammet?": August 2021', () => {
    expect(chat(['Når var den første fellesdagen i instituttlederprogrammet?'])).toMatch(/August 2021: felles opplæringsdag/);
  });

  it('"… det var fellesdager for alle ledere – når var de?": a date asked after the dash', () => {
    expect(chat(['Instituttlederprogrammet hadde fellesdager for alle lederne på fakultetet – når var de?'])).toMatch(/August 2021: felles opplæringsdag/);
  });
});

describe('an ordinal anywhere in a follow-up to the pillars, and "the last one"', () => {
  it('"Hva går den fjerde ut på i praksis?" after the list is pillar 4; "og den siste da?" after pillar 3 is pillar 4', () => {
    expect(chat(['Hva er de fire hovedsøylene i instituttlederprogrammet?', 'Hva går den fjerde ut på i praksis?'])).toMatch(/^Hovedsøyle 4, lokal grunnopplæring/);
    expect(chat(['hva går hovedsøyle 3 i instituttlederprogrammet ut på?', 'og den siste da?'])).toMatch(/^Hovedsøyle 4/);
  });

  it('"what is the last one about?" asks of the last pillar, not how long something lasts', () => {
    const a = chat(['What are the pillars of the Head of Department programme?', 'what is the last one about?'], 'en');
    expect(a).toMatch(/^Pillar 4, local basic training/);
    expect(a).not.toMatch(/4 years/);
  });

  it('"and the last one?" after a gathering and its place is the last gathering', () => {
    expect(chat(['When is the first LEDPRO gathering?', 'where?', 'and the last one?'], 'en')).toMatch(/7–8 October 2024/);
    expect(chat(["When's the August gathering for LEDPRO?", 'and the last one of the year?'], 'en')).toMatch(/Gathering 6 .*7–8 October 2024/);
  });
});

describe('a claim about the pillar just told', () => {
  it('"and that\'s run centrally from the rector\'s office, right?" after pillar 4 is checked on pillar 4, never a bare yes', () => {
    const a = chat(["what's the fourth pillar of the head of department programme?", "and that's run centrally from the rector's office, right?"], 'en');
    expect(a).toMatch(/^No\. Pillar 4, local basic training/);
    expect(chat(["What's pillar 4 of NTNU's Instituttlederprogrammet?", "and that's run by the faculty and the department themselves, right?"], 'en')).toMatch(/^Yes\. Pillar 4/);
  });
});

describe('months told before the question and pointed back at', () => {
  it('"… berre vere borte i juni og august i 2024. Kva LEDPRO-samlingar fell i dei månadene?": the June and August gatherings', () => {
    const a = chat(['Eg er einingsleiar i ein kommune og kan eigentleg berre vere borte frå jobb i juni og august i 2024. Kva LEDPRO-samlingar fell i dei månadene?']);
    expect(a).toMatch(/Samling 4: 20\.–21\. juni 2024/);
    expect(a).toMatch(/Samling 5: 28\.–29\. august 2024/);
    expect(a).not.toMatch(/februar|oktober/);
  });
});

describe('the head-of-department gatherings named the other way round', () => {
  it('"the gatherings for heads of department" and "samlingene for instituttledere" are pillar 1, with its length', () => {
    expect(chat(['How many days does each of the NTNU gatherings for heads of department last?'], 'en')).toMatch(/^Pillar 1, Head of Department gatherings.*2-day gatherings/);
    expect(chat(['Spm om samlingene for instituttledere i IL-programmet', 'de er bare én dag hver, ikke sant?'])).toMatch(/^Nei\. Hovedsøyle 1.*2-dagers samlinger/);
  });

  it('"… for the heads of department together with the dean\'s office" stays the management-team pillar', () => {
    const a = chat(["What's the focus of the gatherings for the heads of department together with the dean's office?"], 'en');
    expect(a).toMatch(/Pillar 2/);
    expect(a).not.toMatch(/^Pillar 1/);
  });
});

describe('"how they are run" after two pillars set side by side', () => {
  it('"altså korleis dei er lagde opp" after pillars 3 and 4 gives those two, not the timeline', () => {
    const a = chat(['kva er skilnaden på den felles opplæringa og den lokale grunnopplæringa på NTNU?', 'altså korleis dei er lagde opp']);
    expect(a).toMatch(/^Hovedsøyle 3, felles opplæring.*Heldagssamlinger.*Hovedsøyle 4, lokal grunnopplæring/s);
    expect(a).not.toMatch(/tre kolonner/);
  });
});

describe('a pillar named by its title after a question of dates', () => {
  it('"Over til NTNU: hva handler instituttledersamlingene om?" after the autumn gatherings: pillar 1, not dates', () => {
    const a = talk(['Hvilke LEDPRO-samlinger er det om høsten?', 'Over til NTNU: hva handler instituttledersamlingene om?']);
    expect(a.text).toMatch(/^Hovedsøyle 1, Instituttledersamlinger/);
  });

  it('"Switching to NTNU: what are the head of department gatherings about?" in English', () => {
    const a = talk(['Which LEDPRO gatherings are in the autumn?', 'Switching to NTNU: what are the head of department gatherings about?'], 'en-US');
    expect(a.text).toMatch(/^Pillar 1, Head of Department gatherings/);
    expect(a.text).not.toMatch(/September–November/);
  });
});
