import { qnaChat } from '../support/qna-chat';

const { ask, chat } = qnaChat();

// Messages as people type them in a chat: short, often without a question mark.
describe('a question without a question mark', () => {
  it('"når er samling 4" is a question of its own, so "og den før" is the gathering before it', () => {
    expect(chat(['når er samling 4', 'og den før']).text).toMatch(/^Samling 3 i LEDPRO 1 og LEDPRO 2 er 15\.–16\. mai 2024/);
    expect(chat(['når er samling 4', 'og den før?']).text).toMatch(/^Samling 3 i LEDPRO/);
  });

  it('"og siste?" after the first gathering is the last one, in both languages', () => {
    expect(chat(['når er første samling', 'og siste?']).text).toMatch(/^Samling 6 i LEDPRO 1 og LEDPRO 2 er 7\.–8\. oktober 2024/);
    expect(chat(['when is the first gathering', 'and the last one?'], 'en-US').text).toMatch(/^Gathering 6 of LEDPRO 1 and LEDPRO 2 is 7–8 October 2024/);
  });

  it('reads a sentence that opens with its verb as a question, not as a scene set', () => {
    const a = ask('brukes bokstavkarakterer eller bestått/ikke bestått');
    expect(a.kind).not.toBe('smalltalk');
    expect(a.text).toMatch(/står ikke i programdokumentene/);
    // A statement still sets the scene.
    expect(ask('vi har en leder som tok LEDPRO for et par år siden').kind).toBe('smalltalk');
  });
});

describe('a gathering named by its place in one word', () => {
  it('"lerkendalsamlingen" is the Lerkendal gathering, which the documents do not date, not LEDPRO\'s gatherings', () => {
    for (const q of ['når er lerkendalsamlingen', 'når er lerkendal-samlingen', 'når er oppdalsamlingen']) {
      const a = ask(q);
      expect(a.text).toMatch(/^Det står ikke i programdokumentene/);
      expect(a.text).not.toMatch(/Wood Hotel|februar 2024/);
    }
  });
});

describe('how long, with no program named', () => {
  it.each(['hvor lang tid tar det', 'hvor lang tid tar kurset', 'kor lang tid tek det'])('"%s" gets a program\'s span, not "the documents do not say"', (q) => {
    const a = ask(q);
    expect(a.text).not.toMatch(/står ikke/);
    expect(a.text).toMatch(/6 samlinger fra 15\.–16\. februar 2024 til 7\.–8\. oktober 2024|4 år/);
  });
});

describe('whether it is worth it', () => {
  it('gives what the program gives, without a yes of the bot\'s own', () => {
    for (const [q, locale] of [['is ledpro worth it', 'en-US'], ['er ledpro verdt pengene', 'nb-NO']] as const) {
      const a = ask(q, locale);
      expect(a.text).toMatch(/30/);
      expect(a.text).not.toMatch(/^(Ja|Yes|Nei|No)\b/);
    }
    // A figure claimed is still judged.
    expect(ask('is ledpro worth 30 credits', 'en-US').text).toMatch(/^Yes\b/);
  });
});

describe('a place asked of no program', () => {
  it('"er alle samlingene på samme sted" is answered by the fact that gives the place, not one that says it is not given', () => {
    const a = ask('er alle samlingene på samme sted');
    expect(a.text).toMatch(/^Ja\. LEDPRO 1 og LEDPRO 2: Alle samlingene arrangeres på Wood Hotel/);
    expect(ask('are all the gatherings in the same place', 'en-US').text).toMatch(/^Yes\. .*Wood Hotel/);
  });
});

describe('the person of the last answer, pointed at', () => {
  it('"er det hun som svarer på faglige spørsmål?" after the project manager: no, the academic lead does', () => {
    expect(chat(['hvem er prosjektleder for ledpro?', 'er det hun som svarer på faglige spørsmål?']).text).toMatch(/^Nei\. .*Randi Bredvold/);
    expect(chat(['hvem er fagansvarlig for ledpro?', 'er det hun som svarer på faglige spørsmål?']).text).toMatch(/^Ja\. .*Randi Bredvold/);
    expect(chat(['who is the project manager for ledpro?', 'is she the one who answers academic questions?'], 'en-US').text).toMatch(/^No\. .*Randi Bredvold/);
  });
});

describe('a place typed in lower case', () => {
  it.each([
    ['er ledpro i hamar?', 'nb-NO', /^Nei\. .*Brumunddal/],
    ['er samlingene i lillehammer', 'nb-NO', /^Nei\. .*Brumunddal/],
    ['is it in oslo?', 'en-US', /^No\. .*Brumunddal/],
    ['er samlingene i brumunddal', 'nb-NO', /^Ja\. .*Brumunddal/],
  ])('"%s" is judged against the place', (q, locale, said) => {
    expect(ask(q, locale).text).toMatch(said);
  });

  it('"er det i hamar" after "hvor er ledpro?" too', () => {
    expect(chat(['hvor er ledpro?', 'er det i hamar']).text).toMatch(/^Nei\. .*Wood Hotel/);
  });
});

describe('nynorsk sums and Christmas', () => {
  it('"me er to …, kva blir det samla?" after the price sums for two', () => {
    expect(chat(['kva kostar ledpro?', 'me er to frå same kommune, kva blir det samla?']).text).toMatch(/For 2 personer: 2 × kr 54 776 = kr 109 552/);
  });

  it('"jul" alone is Christmas, not July', () => {
    expect(ask('er det samlinger før jul?').text).toMatch(/^Ja\. 6 av de 6 samlingene/);
    expect(chat(['når er siste samling i ledpro?', 'så det er ferdig før jul?']).text).not.toMatch(/^Nei\b/);
    expect(ask('er det samling i juli?').text).toMatch(/^Nei\. Ingen av samlingene .* i juli/);
  });
});

describe('counts asked of the last answer', () => {
  it('"hvor mange er det?" after a list of programs counts them', () => {
    expect(chat(['hvilke eksempler på lederutviklingsprogram har NTNU?', 'hvor mange er det?']).text).toMatch(/^Det er seks: Forskergruppelederprogrammet/);
  });

  it('"hvor mange er det?" after a numbered list counts that list, not the first list of its fact', () => {
    expect(chat(['Hva inngår i grunnopplæringen for ledere på NTNU?', 'hvilke HR- og HMS-temaer er med?', 'hvor mange er det?']).text).toMatch(/^Det er seks: 1\) rekruttering/);
  });

  it('"hvor mange er igjen etter sommeren?" after the gatherings counts those months\' gatherings', () => {
    expect(chat(['når er ledpro-samlingene?', 'hvor mange er igjen etter sommeren?']).text).toMatch(/^2 av de 6 samlingene i LEDPRO 1 og LEDPRO 2 er i august–desember/);
    expect(chat(['when are the ledpro gatherings?', 'how many are after the summer?'], 'en-US').text).toMatch(/^2 of the 6 gatherings/);
  });
});

describe('the cost just given, set against another', () => {
  it('"er det dyrere enn semesteravgiften?" after the hotel\'s price compares the stay with the semester fee', () => {
    expect(chat(['ledpro: hva koster hotellet per samling?', 'er det dyrere enn semesteravgiften?']).text).toMatch(/^Ja, .*kost og losji for én samling \(kr 3 175\) koster mer enn semesteravgiften for ett semester \(kr 888\)/);
    expect(chat(['what does the hotel cost per gathering on ledpro?', 'is it more expensive than the semester fee?'], 'en-US').text).toMatch(/^Yes, .*board and lodging for one gathering \(NOK 3 175\) costs more/);
  });
});

describe('applying now', () => {
  it('"kan eg søkje ledpro no?" after telling one\'s degree says the deadline has passed too', () => {
    const a = chat(['eg er einingsleiar i ein kommune og har bachelor', 'kan eg søkje ledpro no?']);
    expect(a.text).toMatch(/Opptakskravet er bachelorgrad/);
    expect(a.text).toMatch(/søknadsfristen \(15\. desember 2023\) har gått ut/);
  });
});

describe('sums asked in a word or two', () => {
  it('"vi er fire, hva blir det?" after the price sums for the four', () => {
    expect(chat(['hva koster ledpro?', 'vi er fire, hva blir det?']).text).toMatch(/For 4 personer: 4 × kr 54 776 = kr 219 104\./);
    expect(chat(['what does ledpro cost?', 'there are three of us, what does that make?'], 'en-US').text).toMatch(/For 3 people: 3 × NOK 54 776 = NOK 164 328\./);
  });

  it('"med alt" / "with everything" adds the stay to the whole sum', () => {
    expect(ask('hva koster ledpro totalt med alt?').text).toMatch(/Alt til sammen: kr 73 826 \(uten tilknytningsdøgn\)\./);
    expect(ask('what does ledpro cost with everything?', 'en-US').text).toMatch(/Everything together: NOK 73 826/);
    expect(chat(['hva koster ledpro?', 'og totalt med alt?']).text).toMatch(/Alt til sammen: kr 73 826/);
  });
});
