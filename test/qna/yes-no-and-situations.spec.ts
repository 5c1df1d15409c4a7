import { requestedLanguage } from '../../src/shared/i18n';
import { qnaChat } from '../support/qna-chat';

/**
 * Yes/no questions in the word orders leaders type, and the asker's own situation told before the question: what a
 * leader sees first in the reply (the verdict) and the fact behind it. Sentences are our own, not the sets'.
 */
const { ask, chat } = qnaChat();

describe('yes/no questions that start with a verb', () => {
  it('answers a passive verb first ("Tas … opp?", "Arrangeres …?") with a verdict, then the fact', () => {
    const a = ask('Tas arbeidsmiljø opp i grunnopplæringen for ledere på NTNU?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/Arbeidsmiljøutvikling/);
    const b = ask('Arrangeres samlingene til LEDPRO på hotell?');
    expect(b.text).toMatch(/^Ja\. /);
    expect(b.text).toMatch(/Wood Hotel i Brumunddal/);
  });

  it('answers "Er LEDPRO for meg?" with the target group, and yes when it names the role told', () => {
    const a = ask('Jeg er kommuneansatt uten lederansvar. Er LEDPRO for meg?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/Målgruppen for studiet er ledere, stabsmedarbeidere og tillitsvalgte/);
    const b = ask("I'm a union rep in the county. Is LEDPRO for me?", 'en-US');
    expect(b.text).toMatch(/^Yes\. /);
    expect(b.text).toMatch(/union representatives/);
  });

  it('answers a yes/no question put indirectly ("I\'m wondering if …", "Kan du si meg om …") with a verdict first', () => {
    const a = ask("I'm a kontorsjef at a department. I'm wondering if people in my role join the ledergruppe gatherings with the instituttledere and the dekanat, or is that just for them?", 'en-US');
    expect(a.text).toMatch(/^Yes\. /);
    expect(a.text).toMatch(/heads? of office|kontorsjef/i);
    expect(ask('Kan du si meg om man får noe papir på at man har vært med hvis man ikke blir tatt opp som ordinær student på LEDPRO?').text).toMatch(/^Ja\. [\s\S]*kursbevis/);
  });

  it('reads "når" after a yes/no question\'s verb as joining a clause, not as asking a date', () => {
    const a = ask('Er kontorsjefene med når instituttlederne og dekanatet har ledergruppesamling?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/utvidet med kontorsjefer/);
    expect(a.text).not.toMatch(/august 2021/);
  });

  it('says no to a negative claim put to be confirmed, and "Jo" to a negative question, when the thing holds', () => {
    expect(ask('Stemmer det at kontorsjefene ikke er med på ledergruppesamlingene i instituttlederprogrammet?').text).toMatch(/^Nei\. [\s\S]*utvidet med kontorsjefer/);
    expect(ask('Er ikke kontorsjefene med på ledergruppesamlingene i instituttlederprogrammet?').text).toMatch(/^Jo\. [\s\S]*utvidet med kontorsjefer/);
    expect(ask("Is it true that LEDPRO part 2 doesn't have an exam?", 'en-US').text).toMatch(/^No\. [\s\S]*exam/);
    expect(ask('Stemmer det at det ikke er fysiske samlinger på LEDPRO?').text).toMatch(/^Nei\. /);
  });

  it('reads a situation typed without "I" ("new avdelingsleder …, no college degree … i can still join?") as the asker\'s', () => {
    const a = ask('new avdelingsleder in our kommune, no college degree at all, just vocational training + many yrs experience. any way i can still join ledpro?', 'en-US');
    expect(a.text).toMatch(/admission requirement is a bachelor's degree/);
    expect(a.text).toMatch(/course participant/);
    // "støtte vi kan søke om" is what the asker may apply for, not whether they may take part.
    expect(ask('Jeg jobber i en kommune og arbeidsgiveren vil ikke dekke hele LEDPRO. Finnes det noen støtteordning jeg kan søke på?').text).toMatch(/OU/);
  });

  it('names the parts of a program a role typed without "I" takes part in ("just started as kontorsjef …")', () => {
    const a = ask('just started as kontorsjef (head of office) at a dept at ntnu. which parts of the instituttleder program am i supposed to join?', 'en-US');
    expect(a.text).toMatch(/Pillar 2, management team gathering/);
    expect(a.text).toMatch(/Pillar 3, joint training for all leaders by faculty/);
  });

  it('answers a verb with the program as its subject ("Jobber LEDPRO med …?")', () => {
    const a = ask('Jobber LEDPRO med deltakernes egne lederutfordringer?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/lederutfordringer i egen arbeidshverdag/);
  });

  it('answers "Hører X til …?" / "Omfatter … X?" (belonging asked with the verb first) with a verdict', () => {
    const a = ask('Hører studieprogramledere til blant nivå 4-lederne på NTNU?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/studieprogramledere/);
  });

  it('does not read a noun fragment with a question mark as a yes/no question', () => {
    for (const q of ['Datoer for LEDPRO-samlingene?', 'Priser for LEDPRO?']) {
      const a = ask(q);
      expect(a.kind).toBe('answer');
      expect(a.text).not.toMatch(/^(Ja|Nei|Delvis)\b/);
    }
  });

  it('answers "X, or did I miss it?" as the question X: a vehicle in the idiom is no travel question', () => {
    const a = chat(['Jeg ble instituttleder i fjor, et år ut i perioden.', 'Finnes det opplæring for meg, eller har jeg gått glipp av båten?']);
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/grunnopplæring/);
    expect(a.text).not.toMatch(/Brumunddal|jernbane|tog/);
    const b = chat(['I took over as head of department this spring.', 'Is there any training for someone like me, or have I missed the train?'], 'en-US');
    expect(b.text).toMatch(/^Yes\. /);
    expect(b.text).not.toMatch(/railway|\btrain\b/i);
  });

  it('says yes when a loosely matched fact states most of what is claimed', () => {
    const a = ask('Bygger deltakerne nettverk med instituttledere fra andre fakulteter i instituttlederprogrammet?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/bygger nettverk på tvers av hele universitetet/);
  });
});

describe('a leader who joined partway through the term', () => {
  it('answers "have I missed out?" with no and the follow-up that also applies to them', () => {
    const a = ask('Faller jeg utenfor lederopplæringen hvis jeg begynte som instituttleder midt i åremålsperioden?');
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/Dette gjelder også når nye instituttledere blir ansatt underveis i åremålsperioden/);
  });

  it('reads "et halvt år ut i åremålsperioden" told before the question as joining partway', () => {
    const a = ask('Jeg ble ansatt som instituttleder et halvt år ut i åremålsperioden. Har jeg gått glipp av opplæringen?');
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/underveis i åremålsperioden/);
  });

  it('answers the same in English', () => {
    const a = ask('I became head of department a few months into the term. Have I missed out on the training?', 'en-US');
    expect(a.text).toMatch(/^No\. /);
    expect(a.text).toMatch(/also applies when new Heads? of Department are appointed/i);
  });
});

describe('claims checked against every place a figure stands', () => {
  it('reads "to år" against "2 års høyere utdanning", not against the "2" of "LEDPRO 2"', () => {
    const a = ask('Jeg har bare to år fra høyskolen, men lang erfaring som leder. Har jeg sjanse til å komme inn på LEDPRO?');
    expect(a.text).not.toMatch(/^Nei\b/);
    expect(a.text).toMatch(/2 års høyere utdanning og relevant arbeidserfaring kan bli vurdert individuelt/);
  });
});

describe('"institute leader gatherings", word for word from Norwegian', () => {
  it('are the Head of Department gatherings of pillar 1', () => {
    const a = ask('Are the institute leader gatherings at NTNU one-day events?', 'en-US');
    expect(a.text).toMatch(/^No\. /);
    expect(a.text).toMatch(/Pillar 1, Head of Department gatherings[^]*2-day gatherings/);
  });
});

describe('yes/no over two programs', () => {
  it('answers "Jobber både LEDPRO og … med egne caser?" with a verdict over both, LEDPRO by its own challenges', () => {
    const a = ask('Jobber både LEDPRO og instituttlederprogrammet med deltakernes egne caser fra lederhverdagen?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/konkrete lederutfordringer i egen arbeidshverdag/);
    expect(a.text).toMatch(/Instituttlederprogrammet/);
    const en = ask("Do both LEDPRO and the Head of Department programme use real cases from the participants' work?", 'en-US');
    expect(en.text).toMatch(/^Yes\. /);
    expect(en.text).toMatch(/concrete leadership challenges/);
  });
});

describe('the asker\'s own figures and claims', () => {
  it('does not read the asker\'s years of experience as a claim about the program', () => {
    const a = ask('Jeg har to år med høyere utdanning og har vært leder i 12 år. Har jeg sjanse til å komme inn på LEDPRO?');
    expect(a.text).not.toMatch(/^Nei\b/);
    expect(a.text).toMatch(/kan bli vurdert individuelt/);
  });

  it('answers "can I follow it from home?" with no and where the gatherings are', () => {
    const a = ask('Er LEDPRO et nettstudium, så jeg kan følge det hjemmefra?');
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/Alle samlingene arrangeres på Wood Hotel i Brumunddal/);
  });

  it('reads a short "between whom?" after a statement as asking about that statement', () => {
    const a = ask('NTNU vil at lederne skal legge til rette for god samhandling. Mellom hvem da?');
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/tillitsvalgte/);
  });

  it('answers a claim backed by the asker\'s own case after a dash, closed by a tag, with the requirement', () => {
    const a = ask('Jeg vurderer del 2 av LEDPRO. Jeg kan vel hoppe rett på del 2 – jeg har jo ledet i tjue år. Stemmer det?');
    expect(a.text).toMatch(/^Nei\. For å kunne begynne på LEDPRO 2 må du ha gjennomført del 1/);
  });

  it('does not take the words of a program\'s name for the title of one of its pillars', () => {
    const a = ask('What happens in the head of department programme in years three and four?', 'en-US');
    expect(a.text).toMatch(/extends over the whole four-year term/);
    expect(a.text).not.toMatch(/^Pillar 1/);
  });
});

describe('the reply language of a message that names Norwegian places', () => {
  it('answers an English question about Gjøvik or Mjøsa in English, and a Norwegian one in bokmål', () => {
    const en = ask('Hello, I work at NTNU in Gjøvik. Why does NTNU put so much weight on leadership?', 'nb-NO');
    expect(en.text).toMatch(/NTNU is Norway's largest university/);
    const lake = ask('Is the LEDPRO hotel close to Mjøsa?', 'nb-NO');
    expect(lake.text).toMatch(/^Yes\. /);
    const nb = ask('Hvor ligger hotellet, er det nær Mjøsa?', 'en-US');
    expect(nb.text).toMatch(/Mjøsa som nærmeste nabo/);
  });
});

describe('a language asked for', () => {
  it('answers the last question again in the language asked for', () => {
    expect(chat(['What are the main themes in LEDPRO part 1?', 'and in Norwegian please? I need to paste it in an e-mail'], 'en-US').text)
      .toMatch(/^LEDPRO 1 er organisert rundt fire hovedtemaer: 1\) Grunnleggende organisasjonsforståelse/);
    expect(chat(['Hva koster LEDPRO?', 'Can you answer in English?'], 'nb-NO').text).toMatch(/The participation fee is NOK 53 000/);
  });

  it('reads a request, not a question about the language of a course', () => {
    expect(requestedLanguage('in English please')).toBe('en');
    expect(requestedLanguage('kan du svare på norsk?')).toBe('nb');
    expect(requestedLanguage('Is the LEDPRO course taught in Norwegian or in English?')).toBeUndefined();
    expect(ask('på engelsk, takk').text).toMatch(/^Sure, I will answer in English/);
  });
});

describe('a premise told beside another question', () => {
  it('corrects "straight into part 2" first, then answers how to apply', () => {
    const a = ask('Jeg melder henne rett på del 2 av LEDPRO, del 1 blir bortkastet for henne. Hvordan søker jeg?');
    expect(a.text).toMatch(/^For å kunne begynne på LEDPRO 2 må du ha gjennomført del 1 tidligere/);
    expect(a.text).toMatch(/inn\.no\/ledpro2/);
  });
});

describe('a program named only to compare with', () => {
  it('keeps the conversation\'s program when the question ends "sånn som på LEDPRO?"', () => {
    const { text } = chat(['Hvilke lederutviklingsprogrammer har NTNU?', 'Og der søker man vel selv på nettsiden, sånn som på LEDPRO?']);
    expect(text).toMatch(/^Nei\. /);
    expect(text).toMatch(/fakultetene som nominerer deltakere/);
  });
});

describe('a place named by another of its names', () => {
  it('confirms a train from Gardermoen against "Oslo Airport (Oslo Lufthavn)"', () => {
    const a = ask('Kan jeg ta toget direkte fra Gardermoen til LEDPRO-samlingene?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/Oslo lufthavn/i);
  });
});

describe('how long the trip takes', () => {
  it('answers "hvor lang tid tar det" after taking the train with the travel time, not the length of a gathering', () => {
    const a = ask('Vi skal ta toget til LEDPRO-samlingene fra Oslo S. Hvor lang tid tar det?');
    expect(a.text).toMatch(/1,5 time fra Oslo S/);
    expect(a.text).not.toMatch(/varer 2 dager per samling/);
  });
});

describe('a yes/no question with a restriction set aside after "eller bare"', () => {
  it('judges the first clause, not the figure or the words of the restriction', () => {
    const a = ask('Jeg tok over som instituttleder i vår. Får jeg oppfølging i den lokale grunnopplæringen, eller var det bare for dem som begynte i 2021?');
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/lokal grunnopplæring/);
  });

  it('still says no when the first clause itself claims a wrong figure', () => {
    const a = ask('Varer instituttlederprogrammet i to år, eller bare ett?');
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/4 år om gangen/);
  });
});

describe('whether a kind of training is meant for the asker', () => {
  it('answers "is any of the leadership training for someone like me?" with whom it is for, not the training', () => {
    const a = chat(["I'm a PhD candidate at NTNU and may want to lead one day", 'Is any of the NTNU leadership training intended for people like me?'], 'en-US');
    expect(a.text).toMatch(/target groups/);
    expect(a.text).toMatch(/postdoc|PhD/i);
  });
});

describe('claims the fact turns down in its own words', () => {
  it('says no to "other departments" where the fact says "the same"', () => {
    const a = chat(['Hvordan foregår de felles opplæringsdagene for ledere fakultetsvis?', 'Sitter vi i grupper med ledere fra andre institutter?']);
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/samme instituttledelse/);
  });

  it('says no to "kan vi melde oss på selv?" where the faculties nominate', () => {
    const a = chat(['Hvilke lederutviklingsprogrammer har NTNU?', 'kan vi bare melde oss på selv?']);
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/nominerer/);
  });
});

describe('the asker\'s education against the admission requirement', () => {
  it('says yes when the asker has a bachelor and asks whether it is enough for the credits', () => {
    const a = ask('Jeg er avdelingsleder og har en bachelor i sosialt arbeid. Holder det for å få studiepoeng på LEDPRO?');
    expect(a.text).toMatch(/^Ja\. .*Opptakskravet er bachelorgrad/s);
  });

  it('answers "har hun sjanse til å komme inn med studiepoeng?" with the requirement, and the way past it', () => {
    const a = ask('Min nestleder har to år på høyskole og lang erfaring, men ingen bachelor. Har hun sjanse til å komme inn på LEDPRO med studiepoeng?');
    expect(a.text).toMatch(/Opptakskravet er bachelorgrad/);
    expect(a.text).toMatch(/vurdert individuelt/);
  });

  it('still says no to skipping part 1 because of a degree', () => {
    const a = ask('I have a master\'s degree, so I can start directly on LEDPRO part 2 without part 1, right?', 'en-US');
    expect(a.text).not.toMatch(/^Yes\b/);
  });
});

describe('one focus claimed over another', () => {
  it('says no to "strategy more than people management" and gives the programme\'s focus on both', () => {
    const a = chat(['Our dean keeps telling us heads of department to think strategically', 'so is the focus on strategy more than on people management?'], 'en-US');
    expect(a.text).toMatch(/^No\. /);
    expect(a.text).toMatch(/both the people-management role and the strategic leadership role/);
  });
});

describe('an amount claimed for the wrong thing', () => {
  it('says no to "3 175 per natt" and shows the price per gathering beside the extra night', () => {
    const a = ask('Kost og losji på LEDPRO er vel 3175 kroner per natt?');
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/kr 3 175 per samling/);
    expect(a.text).toMatch(/tilknytningsdøgn er kr 1 375/);
  });

  it('says no to board and lodging at the extra night\'s price, with both prices', () => {
    const a = ask('Er kost og losji på LEDPRO 1375 kr per samling?');
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/kr 3 175 per samling/);
  });
});

describe('a restriction set aside with "eller må de bare …"', () => {
  it('answers "får de noe eget opplegg, eller må de bare følge det vanlige?" yes, with the tailored measures', () => {
    const a = chat(['Vi har to nye faggruppeledere på et institutt ved NTNU.', 'Får de noe eget opplegg, eller må de bare hive seg på det vanlige?']);
    expect(a.text).toMatch(/^Ja\. /);
    expect(a.text).toMatch(/egne tilpassede tiltak/);
  });

  it('credits as a course participant are a no, with the course certificate, asked outright or after telling of one', () => {
    const a = ask('Gir LEDPRO studiepoeng for kursdeltakere?');
    expect(a.text).toMatch(/^Nei\. /);
    expect(a.text).toMatch(/kursbevis \(uten studiepoeng\)/);
    expect(chat(['Han blir nok med som kursdeltaker på LEDPRO, siden han mangler bachelor.', 'Får han studiepoeng likevel?']).text).toMatch(/^Nei\. [^]*kursbevis/);
    expect(ask('If my colleague cannot be admitted as a student on LEDPRO, what does she get at the end?', 'en-US').text).toMatch(/course certificate/);
  });
});

describe('"åpent for meg?" after telling one\'s role', () => {
  it('says yes for a role the target group names, and gives no verdict for one it does not', () => {
    expect(ask('Jeg er plasstillitsvalgt i kommunen, uten lederansvar. Er LEDPRO åpent for meg?').text).toMatch(/^Ja\. /);
    expect(ask('Jeg er vaktmester. Er LEDPRO åpent for meg?').text).not.toMatch(/^(Ja|Nei)\b/);
  });
});
