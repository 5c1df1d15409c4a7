import { qnaChat } from '../support/qna-chat';

/** Readings met in session 47's fresh dev sets (deadlines of nominated programs, "when were they?"). Sentences are our own. */
const { ask, chat } = qnaChat();

describe('the deadline of a program one is nominated to', () => {
  it('"Når er søknadsfristen for innovasjonslederprogrammet?": none is given, the faculties nominate, still an honest unknown', () => {
    const a = ask('Når er søknadsfristen for innovasjonslederprogrammet?');
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/^Dokumentet oppgir ingen søknadsfrist for Innovasjonslederprogrammet; til NTNUs lederutviklingsprogrammer er det fakultetene som nominerer deltakere\./);
    expect(a.text).not.toMatch(/15\. desember/);
  });

  it('English, for the Head of Department programme', () => {
    const a = ask('What is the application deadline for the Head of Department programme at NTNU?', 'en-US');
    expect(a.kind).toBe('unknown');
    expect(a.text).toMatch(/no application deadline for the Head of Department programme 2021-2025; for NTNU's leader development programmes, the faculties nominate/);
  });

  it('LEDPRO\'s own deadline is still given (a guard)', () => {
    expect(ask('Når er søknadsfristen for LEDPRO?').text).toMatch(/15\. desember 2023/);
  });
});

describe('the gatherings of a program named in English', () => {
  it('"the gatherings of the head of department programme" are that program\'s, not LEDPRO\'s', () => {
    const a = ask('When are the gatherings of the head of department programme?', 'en-US');
    expect(a.text).toMatch(/^The gatherings of the Head of Department programme 2021-2025: Gathering 1: in August 2021\. Gathering 2: in January 2022\./);
    expect(a.text).not.toMatch(/Brumunddal/);
  });
});

describe('"when were they?" of the gatherings just told of', () => {
  it('"Og når var de?" after the joint training days: August 2021 and January 2022', () => {
    const a = chat(['Hva skjer på de felles opplæringsdagene for alle ledere på NTNU?', 'Og når var de?']);
    expect(a.text).toMatch(/Samling 1: i august 2021\. Samling 2: i januar 2022\./);
  });

  it('"Den første av dem, når var den?": the first of them', () => {
    const a = chat(['Hvilke felles opplæringsdager har NTNU hatt for alle ledere?', 'Den første av dem, når var den?']);
    expect(a.text).toMatch(/^Samling 1 i Instituttlederprogrammet 2021-2025 .* var i august 2021\./);
  });

  it('after the gatherings after the summer are listed, "den første av dem" is not gathering 1 alone (a guard)', () => {
    const a = chat(['Når er samlingene på LEDPRO etter sommeren?', 'Og den første av dem – hvilke datoer er det?']);
    expect(a.text).toMatch(/28\.–29\. august/);
  });
});

describe('counts spread over gatherings, choosing what to deepen, and whom to ask about the rest', () => {
  it('"… fordelt på hvor mange samlinger?" asks a count, not the dates: 6 gatherings, 12 days', () => {
    const a = ask('Hvor mange dager er lederne borte totalt på LEDPRO, fordelt på hvor mange samlinger?');
    expect(a.text).toMatch(/6 samlinger/);
    expect(a.text).toMatch(/12 dager/);
    expect(a.text).not.toMatch(/Samling 1: 15\.–16\. februar/);
  });

  it('"være med på å bestemme hva som skal fordypes" is choosing the topics to deepen in part 2', () => {
    const a = ask('Kan vi være med på å bestemme hva som skal fordypes i LEDPRO 2?');
    expect(a.text).toMatch(/^Ja\./);
    expect(a.text).toMatch(/velge temaer som skal utdypes/);
  });

  it('English: "… and who about the academic content?" is whom to contact, with both contacts', () => {
    const a = ask('Whom do I ask about practical matters on LEDPRO, and who about the academic content?', 'en-US');
    expect(a.text).toMatch(/Randi Bredvold/);
    expect(a.text).toMatch(/Kristin Larsen/);
  });
});

describe('getting there, and how long it takes', () => {
  it('"Jeg lander på Gardermoen … Hvordan kommer jeg meg videre, og hvor lang tid tar det?" is the train and its hour, as one question', () => {
    const a = ask('Jeg lander på Gardermoen kvelden før. Hvordan kommer jeg meg videre til LEDPRO, og hvor lang tid tar det?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/1 time med tog fra Oslo Lufthavn/);
    expect(a.text).not.toMatch(/går over 6 samlinger/);
  });

  it('English: "how do I get to the gatherings and how long does it take" is not also the program\'s length', () => {
    const a = ask('How do I get to the LEDPRO gatherings from Oslo, and how long does it take?', 'en-US');
    expect(a.text).toMatch(/1\.5 hours from Oslo Central Station/);
    expect(a.text).not.toMatch(/12 days in all/);
  });
});
