import { qnaChat } from '../support/qna-chat';

/** Readings met in session 43's sets, third part: who or what a follow-up's "they" or "one" points at. Sentences are
 * our own. */
const { chat } = qnaChat();

describe('"they" after applicants who do not meet the requirement', () => {
  it('"Får de studiepoeng?" is asked of course participants: no, a certificate without credits', () => {
    const a = chat(['Hva om en søker til LEDPRO ikke oppfyller opptakskravet?', 'Får de studiepoeng likevel?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/kursbevis \(uten studiepoeng\)/);
  });

  it('in English too', () => {
    const a = chat(["What happens if an applicant to LEDPRO doesn't meet the admission requirement?", 'Do they still get credits?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/without credits/);
  });

  it('after a question about the credits themselves, "they" are the parts', () => {
    const a = chat(['Hvor mange studiepoeng gir LEDPRO 1 og 2?', 'Gir de studiepoeng på masternivå?']);
    expect(a.text).not.toMatch(/kursbevis/);
  });
});

describe('"one" of what was named before a dash', () => {
  it('"Just the extra night – what does one cost?" is the extra night\'s price', () => {
    const a = chat(['What are all the costs of LEDPRO?', 'Only the extra night – what does one cost?'], 'en');
    expect(a.text).toMatch(/1 375/);
    expect(a.text).not.toMatch(/53 000/);
  });
});

describe('a claim of all against a fact of some', () => {
  it('"Er kontorsjefene med på alle samlingene?" is a no: on some arenas only the heads of department', () => {
    const a = chat(['Hvem er med i Instituttlederprogrammet?', 'Er kontorsjefen med på alle samlingene der?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/På noen arenaer/);
  });
});

describe('by how much, after a comparison', () => {
  it('"roughly how much longer?" after which runs longer gives both lengths again', () => {
    const a = chat(["Which lasts longer, LEDPRO or NTNU's programme for heads of department?", 'and roughly how much longer?'], 'en');
    expect(a.text).toMatch(/4 years/);
    expect(a.text).toMatch(/12 days/);
  });

  it('"hvor mye lengre?" with no comparison before is no restatement', () => {
    const a = chat(['Hvor mange samlinger har LEDPRO?', 'hvor mye lengre?']);
    expect(a.text).not.toMatch(/lengre enn/);
  });
});

describe('where the weight lies, in other words', () => {
  it('"Når er innsatsen størst?" after the four-year programme is its first two years', () => {
    const a = chat(['Programmet for instituttledere går over hele fire år, stemmer det?', 'Når er innsatsen størst?']);
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/de to første årene/);
  });

  it('"when is it busiest?" in English too', () => {
    const a = chat(["When is NTNU's programme for heads of department busiest?"], 'en');
    expect(a.text).toMatch(/first two years/);
  });
});

describe('someone told of without higher education', () => {
  it('"Kan hun være med da?" after a team leader without higher education is answered by the admission rules', () => {
    const a = chat(['Vi vurderer å sende en avdelingsleder uten høyere utdanning på LEDPRO.', 'Kan hun være med da?']);
    expect(a.text).toMatch(/kursdeltaker/);
  });

  it('"… at hun ikke kan være med i det hele tatt?" too', () => {
    const a = chat(['Vi vurderer å sende en avdelingsleder uten høyere utdanning på LEDPRO.', 'Stemmer det at hun da ikke kan være med i det hele tatt?']);
    expect(a.text).toMatch(/kursdeltaker/);
  });
});

describe('how many times one travels', () => {
  it('"Hvor mange ganger må jeg reise dit?" counts the gatherings, not the travel time', () => {
    const a = chat(['Hvor mange ganger må jeg reise til samling på LEDPRO i løpet av året?']);
    expect(a.text).toMatch(/6 samlinger/);
  });

  it('"How many trips to Brumunddal?" in English too', () => {
    const a = chat(['How many trips to Brumunddal will LEDPRO take?'], 'en');
    expect(a.text).toMatch(/6 gatherings/);
  });
});

describe('who runs a measure', () => {
  it('"Who runs the local basic training?" is told by that training, not refused for want of a contact', () => {
    const a = chat(["Who runs NTNU's local basic training for leaders?"], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/local basic training/);
  });

  it('after a contact question about LEDPRO, the switch to NTNU keeps asking who runs it', () => {
    const a = chat(['Who do I contact about practical matters on LEDPRO?', 'and at NTNU – who organises the local basic training for leaders?'], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/faculty and department/);
  });
});

describe('time-consuming', () => {
  it('"Hva er mest tidkrevende, LEDPRO eller Instituttlederprogrammet?" compares their lengths', () => {
    const a = chat(['Hva er mest tidkrevende av LEDPRO og Instituttlederprogrammet?']);
    expect(a.text).toMatch(/12 dager/);
    expect(a.text).toMatch(/4 år/);
  });
});

describe('a narrow claim of whom it is for', () => {
  it('"so LEDPRO is out for me since it\'s only for managers?" from a union rep is a no with the target group', () => {
    const a = chat(["I'm a union rep at the municipality, not a manager.", "so LEDPRO is ruled out for me since it's only for managers, right?"], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/union representatives/);
  });
});

describe('a length said in one word', () => {
  it('"Instituttlederprogrammet er vel et toårsprogram?" is a no with its four years', () => {
    const a = chat(['Instituttlederprogrammet er vel et toårsprogram?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/4 år/);
  });

  it('"a two-year programme, right?" in English too', () => {
    const a = chat(["NTNU's programme for heads of department is a two-year programme, right?"], 'en');
    expect(a.text).toMatch(/^No\./);
  });

  it('a two-year college education told is no length of a program', () => {
    const a = chat(['Jeg har toårig høgskoleutdanning og lang ledererfaring. Kommer jeg inn på LEDPRO?']);
    expect(a.text).toMatch(/vurdert individuelt/);
  });
});

describe('a part of the programme that suits one in my position', () => {
  it('"Is there any part … that caters to someone in my position?" from a postdoc names the group for new leaders and talents', () => {
    const a = chat(["I'm a postdoctoral researcher at NTNU and my dean thinks I could lead a group in a few years. Is any part of NTNU's leader development something that caters to someone in my position?"], 'en');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/postdocs/);
  });
});

describe('"anything extra"', () => {
  it('"budget anything extra for accommodation?" is the board and lodging price, not only the extra night', () => {
    const a = chat(['Do we need to budget anything extra for accommodation on LEDPRO?'], 'en');
    expect(a.text).toMatch(/3 175 per gathering/);
  });
});

describe('a lack told of oneself, then a question asked of it', () => {
  it('"Jeg oppfyller ikke opptakskravet, men får være med som kursdeltaker." → "Får jeg studiepoeng da likevel?" is a no', () => {
    const a = chat(['Jeg har ikke bachelorgrad, men får delta som kursdeltaker på LEDPRO.', 'Får jeg studiepoeng da likevel?']);
    expect(a.text).toMatch(/^Nei\./);
    expect(a.text).toMatch(/kursbevis \(uten studiepoeng\)/);
  });

  it('in English, "I lack the degree" → "do I still get credits then?"', () => {
    const a = chat(["I don't meet the admission requirement for LEDPRO, but I can join as a course participant.", 'Do I still get credits then?'], 'en');
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/without credits/);
  });
});

describe('a message that leans back, then asks its own yes or no', () => {
  it('"og den siste? er den på samme hotell som den første?" after a claim on the first gathering: yes, the last one dated', () => {
    const a = chat(['Den første LEDPRO-samlingen er i februar, stemmer det?', 'og den siste? holdes den på samme hotell som den første?']);
    expect(a.text).toMatch(/^Ja\./);
    expect(a.text).toMatch(/7\.–8\. oktober 2024/);
    expect(a.text).toMatch(/Wood Hotel/);
  });
});
