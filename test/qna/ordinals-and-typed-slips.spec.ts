import { qnaChat } from '../support/qna-chat';
import { runCase, shippedComposer } from '../support/qa-runner';

/** Readings met in session 43's sets, first part: a bare ordinal after a question about the first of a sequence, and
 * a letter of a double left out. Sentences are our own. */
const { chat } = qnaChat();
const composer = shippedComposer();

describe('a bare ordinal after "the first …"', () => {
  it('"og nummer to?" after the first joint training day gives the second one (January 2022), not item 2 of a list', () => {
    const a = chat(['Når var den første felles opplæringsdagen på NTNU?', 'og nummer to?']);
    expect(a.text).toMatch(/Januar 2022/);
    expect(a.text).not.toMatch(/^2\) Handlingsrom/);
  });

  it('"og den andre?" after a gathering of LEDPRO 1 is its second gathering, not the other part', () => {
    const a = chat(['Når er første samling i LEDPRO 1?', 'og den andre?']);
    expect(a.text).toMatch(/4\.–5\. april 2024/);
    expect(a.text).toMatch(/LEDPRO 1/);
    expect(a.text).not.toMatch(/LEDPRO 2/);
  });

  it('"and the last?" in English after the first gathering is the last one', () => {
    const a = chat(['When is the first gathering of LEDPRO part 1?', 'and the last?'], 'en');
    expect(a.text).toMatch(/7–8 October 2024/);
  });

  it('after "the first main theme", "and the last one?" still picks from the list of themes', () => {
    const a = chat(['What is the first main theme of LEDPRO part 1?', 'and the last one?'], 'en');
    expect(a.text).toMatch(/role and authority/);
    expect(a.text).not.toMatch(/Basic understanding/);
  });
});

describe('a letter of a double left out', () => {
  it('"aply" is read as "apply": the application pages are given', () => {
    const a = chat(['where do i aply for ledpro part 1?'], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
  });
});

describe('a role the target group names, told by one who asks to join', () => {
  it('"Jeg jobber som konsulent i et selskap med oppdrag for kommuner. Kan jeg søke?" is a yes from the target group', () => {
    const a = chat(['Jeg jobber som konsulent i et selskap som har oppdrag for kommunene rundt oss. Kan jeg søke på LEDPRO?']);
    expect(a.text).toMatch(/^Ja\./);
    expect(a.text).toMatch(/konsulenter i organisasjoner med oppdrag for offentlig sektor/);
  });

  it('a role it does not name gets no yes from the role', () => {
    const a = chat(['Jeg jobber som kokk i en restaurant. Kan jeg søke på LEDPRO?']);
    expect(a.text).not.toMatch(/^Ja\./);
  });

  it('"could a consultant from a private firm join?" is asked of the target group, not refused', () => {
    const a = chat(['Is LEDPRO only for the public sector?', 'so could a consultant from a private company join?'], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/consultants in organisations with assignments for the public sector/);
  });
});

describe('part 1 taken long ago', () => {
  it('"Må jeg ta del 1 en gang til?" after part 1 told as taken is a no', () => {
    const a = chat(['Jeg gjennomførte LEDPRO del 1 i 2018 og vil gå videre til del 2. Må jeg ta del 1 en gang til nå som det er lenge siden?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/inn\.no\/ledpro1/);
  });

  it('"… eller må jeg ta del 1 på nytt?" after asking to apply for part 2 gets no "no" to applying', () => {
    const a = chat(['Jeg tok del 1 av LEDPRO for lenge siden. Kan jeg søke del 2 nå, eller må jeg ta del 1 på nytt?']);
    expect(a.text).not.toMatch(/^Nei\./);
  });
});

describe('what something is said to cover', () => {
  it('"Dekker OU-fondet hotellet også?" gets no yes: the fund is said to have paid the fee, not the hotel', () => {
    const a = chat(['Kan vi få støtte til LEDPRO fra OU-fondet?', 'Dekker OU-fondet hotellet også?']);
    expect(a.text).toMatch(/deltakeravgift/);
    expect(a.text).not.toMatch(/^Ja\./);
  });

  it('"Has the fund covered the fee before?" is still a yes, the fee being stated', () => {
    const a = chat(['Can public employees get a grant for LEDPRO?', 'Has that fund covered the participation fee before?'], 'en');
    expect(a.text).toMatch(/^Yes\./);
  });
});

describe('filler words and being in time', () => {
  it('"så hun kan vel søke direkte?" on part 2 is of its requirement, not the target group, and a no', () => {
    const a = chat(['En kollega vil begynne rett på LEDPRO 2.', 'Det holder vel med en bachelorgrad for del 2, så hun kan vel søke direkte?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/del 1/);
  });

  it('"Rekker vi vel fortsatt å få med to ledere?" after the deadline is a no with the deadline', () => {
    const a = chat(['Vi tenker på LEDPRO for to av lederne våre.', 'Rekker vi vel fortsatt å få med begge?']);
    expect(a.text).toMatch(/^Nei/);
    expect(a.text).toMatch(/15\. desember 2023/);
  });

  it('before the deadline it is a yes', () => {
    const a = runCase(composer, { id: 'in-time', lang: 'nb', before: ['Vi tenker på LEDPRO for to av lederne våre.'], q: 'Rekker vi vel fortsatt å få med begge?', now: '2023-11-20T09:00:00Z' });
    expect(a.text).toMatch(/^Ja/);
    expect(a.text).toMatch(/15\. desember 2023/);
  });
});
