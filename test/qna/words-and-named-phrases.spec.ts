import { qnaChat } from '../support/qna-chat';

/** Words that mislead the reader, and phrases a fact is named by. Sentences are our own. */
const { chat } = qnaChat();

describe('Norwegian "travel" is busy, not a journey', () => {
  it('"Kva er nytt i del 2 av LEDPRO, forklart for ein travel leiar?" gets no travel directions', () => {
    const a = chat(['Kva er nytt i del 2 av LEDPRO, forklart for ein travel leiar?']);
    expect(a.text).not.toMatch(/togstasjon|Oslo S/);
  });

  it('"Jeg har en travel hverdag. Hvor mange samlinger har LEDPRO?" counts the gatherings', () => {
    const a = chat(['Jeg har en travel hverdag. Hvor mange samlinger har LEDPRO?']);
    expect(a.text).toMatch(/6 samlinger/);
    expect(a.text).not.toMatch(/togstasjon/);
  });
});

describe('nynorsk that only "vert" and "særleg" mark', () => {
  it('"Vert analysen lagd særleg vekt på i LEDPRO 2?": yes, the fourth track', () => {
    const a = chat(['Vert analysen lagd særleg vekt på i LEDPRO 2?']);
    expect(a.text).toMatch(/^Ja\./);
    expect(a.text).toMatch(/Analyse blir særlig vektlagt/);
  });
});

describe('counts and named phrases', () => {
  it('"how many hovedsøyler (main pilars) has the programme for heads of department got?": four main pillars', () => {
    const a = chat(['how many hovedsøyler (main pilars) has the programme for heads of department got?'], 'en-US');
    expect(a.text).toMatch(/four main pillars/);
  });

  it('"Hva er lærende ledelse i del 2?": the fact about learning leadership, not the page\'s overview', () => {
    const a = chat(['Hva er lærende ledelse i del 2?']);
    expect(a.text).toMatch(/^I del 2 blir lærende ledelse et faglig hovedperspektiv/);
  });

  it('"krangling og dårlig stemning i arbeidsmiljøet" is the conflict handling NTNU\'s training takes up', () => {
    const a = chat(['Har NTNU-opplegget noe om hvordan man takler krangling og dårlig stemning i arbeidsmiljøet?']);
    expect(a.text).toMatch(/konfliktforebygging/);
  });
});

describe('tags and phrasings that ask the same as plainer words', () => {
  it('"LEDPRO har ti samlinger, har jeg forstått det riktig?" is checked as "stemmer det?": no, 6 gatherings', () => {
    const a = chat(['LEDPRO har ti samlinger, har jeg forstått det riktig?']);
    expect(a.text).toMatch(/^Nei\. LEDPRO 1 og LEDPRO 2 \(gjelder hver del; for del 2 står det på siden for del 1\): Det arrangeres 6 samlinger/);
  });

  it('"Instituttleiarprogrammet varer berre eitt år, har eg forstått det rett?" (nynorsk): no, 4 years', () => {
    const a = chat(['Instituttleiarprogrammet varer berre eitt år, har eg forstått det rett?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/4 år om gangen/);
  });

  it('"Tar de som går del 1 og del 2 det sammen, eller er det egne kull?": partly, run together and apart', () => {
    const a = chat(['Tar de som går del 1 og del 2 det sammen, eller er det egne kull?']);
    expect(a.text).toMatch(/^Delvis\./);
    expect(a.text).toMatch(/noe av studiet foregår i fellesskap og noe separat/);
  });

  it('"Is the hotel in a town or out in the middle of nowhere? What\'s nearby?" is about the hotel\'s surroundings', () => {
    const a = chat(['Is the hotel in a town or out in the middle of nowhere? What\'s nearby?'], 'en-US');
    expect(a.text).toMatch(/lake Mjøsa/);
  });
});

describe('claims and words in nynorsk and English', () => {
  it('"Er tiltaka jamt spreidde over dei fire åra?" after the programme\'s length: no, most weight on the first two years', () => {
    const a = chat(['Kor lenge varer instituttleiarprogrammet?', 'Er tiltaka jamt spreidde over dei fire åra?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/størst tyngde på tiltakene de to første årene/);
  });

  it('"Tell me about pillar three of the head of department programme.": pillar 3 by its number in words', () => {
    const a = chat(['Tell me about pillar three of the head of department programme.'], 'en-US');
    expect(a.text).toMatch(/^Pillar 3, joint training for all leaders by faculty/);
  });

  it('"Kven vel ut dei som får vere med …?": the faculties nominate, and "vel" is no tag asking for a yes', () => {
    const a = chat(['Kven vel ut dei som får vere med på leiarutviklinga ved NTNU?']);
    expect(a.text).toMatch(/^Til NTNUs lederutviklingsprogrammer er det fakultetene som nominerer deltakere/);
  });

  it('"Dekkjer dei 53 000 òg opphaldet?" after the price: no, the stay comes in addition', () => {
    const a = chat(['Kva kostar LEDPRO?', 'Dekkjer dei 53 000 òg opphaldet?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Opphold under samlingene og litteratur kommer i tillegg/);
  });

  it('"Hotellopphold i Brumunddal – det koster 1375 per samling, stemmer det?": the claim is of the stay, 3 175', () => {
    const a = chat(['Hotellopphold i Brumunddal – det koster 1375 per samling, stemmer det?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/Kost og losji .* kr 3 175 per samling/);
  });
});

describe('worth and money asked in everyday words', () => {
  it('"How much is the course worth if I want to build towards a master later?": its credits, not its price', () => {
    const a = chat(['How much is the course worth if I want to build towards a master later?'], 'en-US');
    expect(a.text).toMatch(/30 credits/);
    expect(a.text).not.toMatch(/does not give the price/);
  });

  it('"Finnes det noe sted jeg kan søke penger til avgiften?": the OU fund', () => {
    const a = chat(['LEDPRO er dyrt for kommunen vår. Finnes det noe sted vi kan søke penger?']);
    expect(a.text).toMatch(/OU-fondet/);
  });
});

describe('everyday words for the HR topics', () => {
  it('"Will I learn anything about pay negotiations and hiring new staff as a leader?": the HR topics', () => {
    const a = chat(['Will I learn anything about pay negotiations and hiring new staff as a leader?'], 'en-US');
    expect(a.text).toMatch(/1\) recruitment, 2\) pay setting and pay negotiations/);
  });

  it('"Kan jeg vente meg noe opplæring i lønnsforhandlinger?": "vente" is no misspelt "venue"', () => {
    const a = chat(['Kan jeg vente meg noe opplæring i lønnsforhandlinger?']);
    expect(a.text).toMatch(/lønnsdannelse og lønnsforhandlinger/);
    expect(a.text).not.toMatch(/ledersamling \(Oppdal\)/);
  });
});

describe('a "when" clause that tells the occasion', () => {
  it('"When the rector met the deans and the rectorate, what was that gathering about?": that gathering, no dates', () => {
    const a = chat(['When the rector met the deans and the rectorate, what was that gathering about?'], 'en-US');
    expect(a.text).toMatch(/the rector's leadership gathering with the deans and the rectorate/);
    expect(a.text).not.toMatch(/Wood Hotel/);
  });

  it('"Da rektor samlet dekanene, hva var temaet …?" gets no "Ja" first', () => {
    const a = chat(['Da rektor samlet dekanene, hva var temaet for den samlingen?']);
    expect(a.text).toMatch(/rektors ledersamling med dekaner og rektorat/);
    expect(a.text).not.toMatch(/^Ja\b/);
  });
});
