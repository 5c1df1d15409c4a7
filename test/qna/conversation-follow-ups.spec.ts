import type { QnaState } from '../../src/capabilities/qna/domain/conversation-state';
import { shippedComposer } from '../support/qa-runner';

/** Follow-ups and computed answers over the shipped catalog, as a leader types them. */
describe('answers that lean on the conversation or compute over the gatherings', () => {
  const composer = shippedComposer();
  const now = new Date('2024-01-10T09:00:00Z');
  const chat = (turns: string[], lang: 'nb' | 'en' = 'nb'): string => {
    let state: QnaState | undefined;
    let text = '';
    for (const question of turns) {
      const r = composer.compose({ question, lang, now, state });
      state = r.state;
      text = r.answer.text;
    }
    return text;
  };

  it('lists the months with gatherings, and the months between without one', () => {
    expect(chat(['Which months in 2024 have LEDPRO gatherings?'], 'en')).toMatch(/February, April, May, June, August and October/);
    expect(chat(['Mellom første og siste samling på LEDPRO, hvilke måneder er det ikke samling?'])).toMatch(/ingen samling i mars, juli og september/);
  });

  it('says that a past deadline has passed when asked how to apply, and not while it is open', () => {
    expect(chat(['Hvordan søker jeg på LEDPRO 1?'])).toMatch(/søknadsfristen \(15\. desember 2023\) har gått ut/);
    const open = composer.compose({ question: 'Hvordan søker jeg på LEDPRO 1?', lang: 'nb', now: new Date('2023-11-20T09:00:00Z') }).answer.text;
    expect(open).toMatch(/innen 15\. desember 2023/);
    expect(open).not.toMatch(/gått ut/);
  });

  it('tells whether a day falls on a gathering, in both languages', () => {
    expect(chat(['Jeg har en viktig workshop 20. juni. Kræsjer det med noe på LEDPRO?'])).toMatch(/^Ja[.,] 20\. juni er det samling i .*Samling 4: 20\.–21\. juni 2024/);
    expect(chat(['I have a conference on March 10 – does that clash with LEDPRO?'], 'en')).toMatch(/^No, there is no gathering .* on 10 March/);
  });

  it('compares a program named in a follow-up with the conversation\'s program on what was asked', () => {
    const text = chat(['Hvor lenge varer LEDPRO?', 'og instituttlederprogrammet på NTNU, er det lengre?']);
    expect(text).toMatch(/12 dager/);
    expect(text).toMatch(/Instituttlederprogrammet 2021-2025: Programmet følger åremålsperioden, 4 år om gangen/);
  });

  it('says which of two programs is longer, and whether two counts are the same, from both figures', () => {
    expect(chat(['Hvor lenge varer instituttlederprogrammet?', 'og LEDPRO – er det kortere eller lengre?'])).toMatch(/^LEDPRO \(ca\. 8 måneder\) er kortere enn Instituttlederprogrammet 2021-2025 \(4 år\)\./);
    expect(chat(['How long are the gatherings for heads of department at NTNU?', 'and the LEDPRO gatherings, are they longer?'], 'en')).toMatch(/^No\. Both are the same length: .*2 days each/);
    expect(chat(['hvor mange hovedsøyler har instituttlederprogrammet?', 'og hvor mange hovedtemaer har LEDPRO? samme antall?'])).toMatch(/^Ja\. Begge har like mange: LEDPRO fire hovedtemaer, Instituttlederprogrammet 2021-2025 fire hovedsøyler\./);
    // The conversation's last answer held no length; each side's length is found all the same.
    expect(chat(['Hvem er LEDPRO for?', 'og instituttlederprogrammet, er det lengre?'])).toMatch(/^Ja\. Instituttlederprogrammet 2021-2025 \(4 år\) er lengre enn LEDPRO \(12 dager\)/);
  });

  it('answers both questions of one message, the second leaning on the first', () => {
    const text = chat(['Where are the LEDPRO sessions held, and how many days is it in total?'], 'en');
    expect(text).toMatch(/Wood Hotel/);
    expect(text).toMatch(/12 days/);
    const nb = chat(['Hva fokuserer instituttlederprogrammet på, og hvor mange år går det over?']);
    expect(nb).toMatch(/strategiske/);
    expect(nb).toMatch(/4 år/);
    // One question with "og" in it stays one question.
    expect(chat(['Hva er forskjellen på LEDPRO 1 og hva gir LEDPRO 2?'])).not.toMatch(/\n\n.*\n\n.*\n\n/s);
  });

  it('keeps to whom to ask when the subject is a topic of its own, and takes "den siste da?" as the last gathering', () => {
    expect(chat(['Hvem tar jeg kontakt med om praktiske ting på LEDPRO, typ overnatting?', 'og faglige spm?'])).toMatch(/Randi Bredvold/);
    expect(chat(['når er første samling på ledpro i 2024?', 'og den siste da?'])).toMatch(/^Samling 6 .*7\.–8\. oktober 2024/);
    expect(chat(['Når er samlingene på LEDPRO i 2025?'])).toMatch(/^Programdokumentene gir bare datoer for 2023 og 2024; datoer for 2025 står ikke der\./);
  });

  it('adds up what a question asks to add: every cost, a night on top of board, both parts\' credits', () => {
    expect(chat(["What's the total price for LEDPRO if I add up the participant fee, both semester fees and full board for all gatherings?"], 'en')).toMatch(/Everything together: NOK 73 826/);
    expect(chat(['Hvis jeg trenger en ekstra overnatting ved hver samling, hva blir kost og losji per samling da?'])).toMatch(/kr 3 175 \(kost og losji\) \+ kr 1 375 \(tilknytningsdøgn\) = kr 4 550/);
    expect(chat(['Hvor mange studiepoeng kan man få til sammen om man tar både del 1 og del 2 av LEDPRO?'])).toMatch(/LEDPRO 1 \(30 studiepoeng\) \+ LEDPRO 2 \(30 studiepoeng\) = 60 studiepoeng til sammen/);
    expect(chat(['har begge programmene studiepoeng? ledpro og instituttlederprogrammet altså'])).not.toMatch(/til sammen/);
  });

  it('compares two of a program\'s costs, each as the question scopes it', () => {
    expect(chat(['On LEDPRO, which costs more: board and lodging for one gathering, or the semester fee for both semesters?'], 'en'))
      .toMatch(/board and lodging for one gathering \(NOK 3 175\) costs more than the semester fee for 2 semesters \(NOK 1 776\)/);
    expect(chat(['Er tilknytningsdøgnet dyrere enn semesteravgiften på LEDPRO?'])).toMatch(/^Ja[.,] .*et tilknytningsdøgn \(kr 1 375\) koster mer enn semesteravgiften for ett semester \(kr 888\)/);
    expect(chat(['Er semesteravgiften dyrere enn tilknytningsdøgnet på LEDPRO?'])).toMatch(/^Nei, /);
  });

  it('says that the price of one item is not given when the fact names the item without a price', () => {
    const text = chat(['Hvor mye må jeg regne med at pensumbøkene koster på LEDPRO?']);
    expect(text).toMatch(/^Prisen er ikke oppgitt; dokumentet sier bare: «Opphold under samlingene og litteratur kommer i tillegg\.»/);
    expect(text).not.toMatch(/kr \d/);
    expect(chat(['Hva koster semesteravgiften på LEDPRO?'])).toMatch(/kr 888/);
  });

  it('answers whether the two parts run together or apart with partly (no to "completely"), and leaves everyday words uncorrected', () => {
    expect(chat(['Do LEDPRO part 1 and part 2 run completely separately?'], 'en')).toMatch(/^No\. .*some of the programme/);
    expect(chat(['Går del 1 og del 2 av LEDPRO kvar for seg, eller er dei saman?'])).toMatch(/^Delvis\. .*noe av studiet foregår i fellesskap og noe separat/);
  });

  it('gives one gathering\'s length from the dated gatherings, and confirms it per gathering', () => {
    expect(chat(['hvor mange dager varer en instituttledersamling på NTNU?', 'og en samling på LEDPRO?'])).toMatch(/^Samlingene i LEDPRO 1 og LEDPRO 2 varer 2 dager per samling/);
    expect(chat(['How long is each LEDPRO gathering?'], 'en')).toMatch(/last 2 days per gathering/);
    expect(chat(['Kor mange dagar er LEDPRO-samlingane til saman?', 'så det blir to dagar per samling då?'])).toMatch(/^Ja\b/);
  });

  it('finds the document\'s ideals and values in a leader\'s own words', () => {
    expect(chat(["What's NTNU's idea of a good manager?"], 'en')).toMatch(/sets? (a )?direction|setter retning/);
    expect(chat(['According to LEDPRO, what does efficiency in organisations have to be built on?'], 'en')).toMatch(/trust, participation and empowerment/);
  });

  it('counts the gatherings before a month and finds the longest gap between two', () => {
    expect(chat(['Hvor mange av LEDPRO-samlingene er unnagjort før juli?'])).toMatch(/^4 av 6 samlinger i LEDPRO 1 og LEDPRO 2 er før juli: Samling 1/);
    expect(chat(['Which LEDPRO gatherings are after May?'], 'en')).toMatch(/^3 of the 6 gatherings .* after May: Gathering 4/);
    expect(chat(['hvor lang tid er det mellom samling 2 og 3 på LEDPRO?'])).toMatch(/Mellom samling 2 \(4\.–5\. april 2024\) og samling 3 \(15\.–16\. mai 2024\): 40 dager/);
    const which = chat(['On LEDPRO, is the gap longer between gatherings 3 and 4, or between 4 and 5?'], 'en');
    expect(which).toMatch(/^LEDPRO 1 and LEDPRO 2: between gathering 3 .*: 35 days; between gathering 4 .*: 68 days\. The longest is between gathering 4/);
    expect(chat(['Hvor er det lengst opphold mellom to samlinger på LEDPRO?'])).toMatch(/mellom samling 4 \(20\.–21\. juni 2024\) og samling 5 \(28\.–29\. august 2024\): 68 dager, over sommeren/);
  });

  it('answers the yes/no question that ends a long message with yes or no first', () => {
    expect(chat(['Hei! Vi har hatt noen konflikter i det siste. Jeg har skjønt at det finnes grunnopplæring for ledere på NTNU. Tar den opp noe om konflikter?'])).toMatch(/^Ja[.,] .*konflikthåndtering/);
    expect(chat(['En kollega tipset om LEDPRO. Stemmer det at studiet tar utgangspunkt i deltakernes egne utfordringer på jobben?'])).toMatch(/^Ja[.,] .*egen arbeidsorganisasjon/);
    expect(chat(['Budgets are tight this year. Does the LEDPRO participant fee cover hotel stays and books?'], 'en')).toMatch(/^No\. .*come in addition/);
  });

  it('tells which group of leaders one belongs to from both of the document\'s lists', () => {
    const text = chat(['Jeg er seksjonsleder i Fellesadministrasjonen på NTNU. Hvilken målgruppe tilhører jeg i lederopplegget?']);
    expect(text).toMatch(/^Seksjonsledere står i målgruppen alle ledere i fellesadministrasjonen \(seksjonsledere/);
    expect(chat(['Which leader category are research group leaders in?'], 'en')).toMatch(/level 4 leaders|nivå 4/);
  });

  it('takes a pillar named by its title as that pillar, and sets two pillars side by side', () => {
    expect(chat(['Korleis er instituttleiarsamlingane lagt opp?'])).toMatch(/^Hovedsøyle 1, Instituttledersamlinger .*2-dagers samlinger/);
    expect(chat(['Hva skjer på instituttledersamlingene?', 'de er endagssamlinger, ikke sant?'])).toMatch(/^Nei\. .*2-dagers/);
    const both = chat(['Kva er målet med leiargruppesamlingane i søyle 2?', 'og korleis skil det seg frå instituttleiarsamlingane?']);
    expect(both).toMatch(/^Hovedsøyle 2, .*\n\nHovedsøyle 1, /s);
    // A count over the gatherings is not answered with the pillar.
    expect(chat(['Hvor mange deltakere pleier det å være på instituttledersamlingene på NTNU?'])).toMatch(/står ikke/);
  });

  it('sets two pillars side by side when named by number, by title, or as "the two" of the last message', () => {
    expect(chat(["what's the difference between pillar 3 and pillar 4 of the institute leader programme?"], 'en')).toMatch(/^Pillar 3, .*\n\nPillar 4, /s);
    expect(chat(['Instituttlederprogrammet har både instituttledersamlinger og ledergruppesamlinger', 'hva er egentlig forskjellen på de to?'])).toMatch(/^Hovedsøyle 1, .*\n\nHovedsøyle 2, /s);
  });

  it('takes "hvem av dem …?" after the contacts as whom to ask for the matter named, in both languages', () => {
    const practical = chat(['Hvem kan man kontakte om LEDPRO?', 'Hvem av dem tar jeg hvis det gjelder romreservasjon og sånt?']);
    expect(practical).toMatch(/Kristin Larsen/);
    expect(practical).not.toMatch(/Randi Bredvold/);
    const academic = chat(['Who are the contacts for LEDPRO?', 'Which of them do I ask about the syllabus?'], 'en');
    expect(academic).toMatch(/Randi Bredvold/);
    expect(academic).not.toMatch(/Kristin Larsen/);
  });

  it('answers a nynorsk yes/no question that starts with "Ligg" with its verdict first', () => {
    expect(chat(['Eg må reise kollektivt til LEDPRO-samlingane.', 'Ligg hotellet nær togstasjonen?'])).toMatch(/^Ja\. [\s\S]*togstasjon/);
  });

  it('says the documents do not tell of a discount instead of adding up the fees', () => {
    const r = chat(['I already know the LEDPRO fee and the hotel price.', 'If I sign up for both parts at once, is there a discount on the fee?'], 'en');
    expect(r).toMatch(/do not say|not in the/i);
    expect(r).not.toMatch(/109 552/);
  });

  it('takes "and the other one?" on one part as the other part, and "if I do both, the total?" as the sum for both', () => {
    expect(chat(['How many credits does LEDPRO part 1 give?', 'Ok, and the other one?'], 'en')).toMatch(/^LEDPRO part 2 is also worth 30 credits/);
    expect(chat(['How many credits does LEDPRO part 1 give?', 'If I end up doing both, what do I tell HR in total?'], 'en')).toMatch(/= 60 credits in total/);
    expect(chat(['Hva koster LEDPRO del 1?', 'Hvis jeg tar begge, hva blir det totalt?'])).toMatch(/For begge delene: 2 × kr 54 776 = kr 109 552/);
  });

  it('takes "the course in Brumunddal" as LEDPRO, not as its place, and sets it beside the conversation\'s program', () => {
    const alone = chat(['Who is the course in Brumunddal for?'], 'en');
    expect(alone).toMatch(/The target group is leaders, staff advisers/);
    expect(alone).not.toMatch(/railway station/);
    const both = chat(["Who is NTNU's leader development aimed at?", "And the other one, the course in Brumunddal – who's that for? I need both side by side for a slide."], 'en');
    expect(both).toMatch(/^Target groups of NTNU's leader development/);
    expect(both).toMatch(/LEDPRO 1 and LEDPRO 2 \(for each part; for part 2 it is stated on the part 1 page\): The target group is leaders/);
    const longer = chat(['How long does the NTNU department head programme run?', 'How does that compare with LEDPRO in Brumunddal – which one stretches over longer?'], 'en');
    expect(longer).toMatch(/LEDPRO \(about 8 months\) is shorter than the Head of Department programme 2021-2025 \(4 years\)/);
    expect(longer).toMatch(/LEDPRO 1 and LEDPRO 2 run over 6 gatherings/);
  });

  it('says that no gathering falls in a month asked of in a sentence of its own ("what are the exact dates in March?")', () => {
    expect(chat(['new unit leader, want to go to the ledpro gathering in march. what are the exact dates in march?'], 'en')).toMatch(/^None of the gatherings of LEDPRO 1 and LEDPRO 2 is in March\./);
  });

  it('answers whether the credits go into a master\'s with yes and the recognition, also with "or is it a dead end?"', () => {
    expect(chat(['Jeg hjelper en seksjonsleder som ser på LEDPRO. Hvor mange studiepoeng gir det?', 'Kan hun bruke dem inn i masteren hun allerede holder på med?'])).toMatch(/^Ja\. [\s\S]*kan søkes innpasset/);
    expect(chat(["I'm thinking about LEDPRO part 1 this year.", "Could those credits count toward my master's, or is it a dead end credit-wise?"], 'en')).toMatch(/^Yes\. [\s\S]*recognition/);
  });

  it('reads "Så jeg kan si til henne at …?" after a question as resting on that question', () => {
    const r = chat(["What's the participant fee for LEDPRO?", 'Er hotellet inkludert i den? Så jeg kan si til henne at alt er dekket?']);
    expect(r).toMatch(/^Nei\. /);
    expect(r).toMatch(/kr 3 175 per samling/);
    expect(chat(["Quick one from HR – the Instituttlederprogrammet at NTNU, who's it actually for?", "Got it. And it only runs for two years, right? So I can tell our new head of department it's all wrapped up by 2023?"], 'en')).toMatch(/^No\. [\s\S]*4 years/);
  });

  it('checks a place claimed with the asker\'s plan after it ("…, så jeg bestiller togbillett dit?")', () => {
    const r = chat(['Når er første LEDPRO-samling i 2024?', 'Og den er på Lillehammer, så jeg bestiller togbillett dit til henne?']);
    expect(r).toMatch(/^Nei\. /);
    expect(r).toMatch(/Wood Hotel, Brumunddal/);
  });

  it('answers "hopper rett på den?" after part 2, part 1 told as not taken before it, with what part 2 requires', () => {
    expect(chat(['En av lederne jeg bistår vurderer LEDPRO del 2. Hva handler den om?', 'Hun har ikke tatt del 1, men hun har master, så det går vel fint at hun hopper rett på den?']))
      .toMatch(/^For å kunne begynne på LEDPRO 2 må du ha gjennomført del 1/);
  });

  it('takes an item of the last list named before the question ("Den tredje – er det …, og …?") as asked of', () => {
    const r = chat(['Hva er de fire hovedsøylene i instituttlederprogrammet ved NTNU?', 'Den tredje – er det hele dager, og hvem er med på dem?']);
    expect(r).toMatch(/Hovedsøyle 3, felles opplæring/);
    expect(r).toMatch(/Heldagssamlinger/);
  });

  it('sets the two programs side by side when a sentence of its own asks "hvilken av de to …"', () => {
    const r = chat(['Jeg er dekan og planlegger reiser. NTNUs egen ledersamling – hvor holdes den?', 'Ok. Og LEDPRO-samlingene som en av prodekanene har lyst på – hvor er de? Prøver å se hvilken av de to som krever mest reising fra Trondheim.']);
    expect(r).toMatch(/Oppdal/);
    expect(r).toMatch(/Wood Hotel i Brumunddal/);
  });

  it('answers whether the two parts are ever at the same gatherings from how they are run together', () => {
    expect(chat(['Hva er egentlig forskjellen på del 1 og del 2 av LEDPRO?', 'Vi har én på hver i år. Blir de noen gang samlet på de samme samlingene?']))
      .toMatch(/^Ja\. [\s\S]*samkjøres: noe av studiet foregår i fellesskap og noe separat/);
    expect(chat(['Are LEDPRO part 1 and part 2 participants ever in the same sessions?'], 'en')).toMatch(/^Yes\. [\s\S]*are run together/);
  });

  it('takes "the diversity one" as the one item of the last list with that word', () => {
    expect(chat(["What building blocks does NTNU's leader training consist of? I need a quick overview for my dean.", 'Is the diversity one new? He thought it had been around for years.'], 'en'))
      .toMatch(/^Yes\. 4\) Diversity & co-creation \(diversity and co-creative leadership, new\)/);
  });

  it('checks a claim about "de" after one pillar against that pillar, not the list of pillars', () => {
    expect(chat(['Hva skjer på instituttledersamlingene?', 'Ok. De er vel bare én dag hver?'])).toMatch(/^Nei\. Hovedsøyle 1, Instituttledersamlinger[\s\S]*2-dagers samlinger/);
    // What the asker will do on it ("så holder det at jeg blokkerer én dag?") is no part of the claim.
    expect(chat(['Hva skjer på instituttledersamlingene?', 'Ok. De er vel bare én dag hver, så holder det at jeg blokkerer én dag?'])).toMatch(/^Nei\. Hovedsøyle 1[\s\S]*2-dagers samlinger/);
  });

  it('takes "de samlingene" as the gathering a sentence before named by its compound, question mark or not', () => {
    expect(chat(['startet som instituttleder på MH i august. har fått invitasjon til en instituttledersamling men aner ikke hva det innebærer, og kalenderen er full fra før. hva skjer på de samlingene']))
      .toMatch(/^Hovedsøyle 1, Instituttledersamlinger[\s\S]*2-dagers samlinger/);
    // "egne samlinger" is more of the kind, not a name: the question is read as asked.
    expect(chat(['Jeg er nyoppnevnt instituttleder ved NTNU. Dekanen nevnte at vi instituttledere har egne samlinger. Hva går de samlingene egentlig ut på?']))
      .toMatch(/lederrollen/);
  });

  it('reads a nynorsk "kvar er …?" as where, not as a yes/no question', () => {
    const text = chat(['Kvar er NTNUs store leiarsamling?', 'og kvar blir instituttleiarsamlingane haldne?']);
    expect(text).toMatch(/Sted for de enkelte samlingene i Instituttlederprogrammet er ikke oppgitt/);
    expect(text).not.toMatch(/^Ja\b/);
  });

  it('does not answer a refund question with a date', () => {
    expect(chat(['Får jeg tilbake deltakeravgiften hvis jeg må slutte på LEDPRO etter første samling?'])).toMatch(/^Det står ikke i programdokumentene/);
    expect(chat(['Hvilke LEDPRO-samlinger er etter sommerferien?'])).toMatch(/Samling 5/);
  });

  it('reads "samlingene for instituttledere" as the documents\' compound, and a length question takes a fact that states one', () => {
    expect(chat(['Hvor lange er samlingene for instituttledere?'])).toMatch(/2-dagers samlinger/);
    expect(chat(['Kan du gi meg de fire hovedbitene instituttlederprogrammet er bygget opp av?'])).toMatch(/fire hovedsøyler/);
  });

  it('knows postdocs and research fellows, and who can answer questions on the subject matter', () => {
    expect(chat(['Finnes det noe lederopplegg på NTNU for stipendiater og postdoktorer som har lyst på en lederjobb?'])).toMatch(/ledertalent/);
    expect(chat(['Lurer på hvem som kan svare på ting om selve fagstoffet i LEDPRO?'])).toMatch(/Randi Bredvold/);
  });

  it('reads a "når" inside a clause as a conjunction, not a question about dates', () => {
    const text = chat(['Hvilket faglig perspektiv bygger LEDPRO på når det gjelder prosesser mellom folk?']);
    expect(text).toMatch(/sosialpsykolog/);
    expect(text).not.toMatch(/Samling 1/);
    expect(chat(['Hva tar rektor opp når hen samler dekanene og resten av toppledelsen?'])).not.toMatch(/Samlinger 2024/);
  });

  it('describes a program the document only names by what its umbrella says of all its programs, and nothing more', () => {
    expect(chat(['Kan jeg bare melde meg på forskergruppelederprogrammet på eget initiativ, eller hvordan kommer man med?'])).toMatch(/fakultetene som nominerer/);
    expect(chat(['Hva koster Mentorprogrammet?'])).toMatch(/^Det står ikke i programdokumentene for Mentorprogrammet/);
    expect(chat(['Kven kan vere med på Stjerneprogrammet?'])).toMatch(/^Det står ikke i programdokumentene for Stjerneprogrammet/);
  });

  it('reads "når er det mest intensivt?" as which part of the period, not a date', () => {
    expect(chat(['Hvor lenge varer instituttlederprogrammet?', 'når er det mest intensivt?'])).toMatch(/størst tyngde på tiltakene de to første årene/);
  });

  it('reads a part one has taken as a prerequisite of the part asked about', () => {
    expect(chat(['Hva er opptakskravet til LEDPRO del 2?', 'så jeg må ha tatt del 1 først?'])).toMatch(/^Ja[.,] .*del 1/);
  });

  it('answers how long the other program runs when a follow-up only names it', () => {
    expect(chat(['Hvor lenge varer LEDPRO, sånn cirka?', 'og instituttlederprogrammet på NTNU?'])).toMatch(/4 år om gangen/);
    expect(chat(['Hva er opptakskravet til LEDPRO?', 'hvor mange tas opp?'])).toMatch(/står ikke/);
  });

  it('reads who picks the participants, whom to call, and a deadline year the documents do not give', () => {
    expect(chat(["Who decides which people get to take part in NTNU's leadership development programmes?"], 'en')).toMatch(/facult(y|ies) (that )?nominat/i);
    expect(chat(['Sjefen min lurer på kven ho kan ringje til om ho har faglege spørsmål om innhaldet i LEDPRO?'])).toMatch(/Randi Bredvold/);
    expect(chat(['Når er søknadsfristen for LEDPRO i 2025?'])).toMatch(/datoer for 2025 står ikke der/);
  });

  it('reads the institute-assessment webinar as part of the timeline, not an exam', () => {
    expect(chat(["What are the parts of the institute assessment webinar in NTNU's timeline?"], 'en')).toMatch(/transformation/);
  });

  it('reads the question before a hint, and a short question that points back at "them"', () => {
    expect(chat(["My boss mentioned Oppdal as well. Which themes were listed for the department head gathering on the timeline? Something about 'safe leaders'?"], 'en')).toMatch(/Confident leaders|Safe leaders|Trygge ledere/i);
    expect(chat(['Jeg skal skrive et notat. I NTNU-oversikten er det en liste med eksempler på lederutviklingsprogram. Kan du ramse dem opp?'])).toMatch(/Mentorprogrammet/);
  });

  it('says no to the other end of a period', () => {
    expect(chat(['So the NTNU institute leader program is heaviest in the last two years of the term?'], 'en')).toMatch(/^No\. .*first two years/);
    expect(chat(['Hvor lenge varer instituttlederprogrammet på NTNU?', 'Er det jevn aktivitet alle fire årene da?'])).toMatch(/^Nei\. .*størst tyngde/);
  });

  it('reads whether one may take part from the situation the asker describes, in the same message or the one before', () => {
    expect(chat(['Jeg er hovedtillitsvalgt i fylkeskommunen og har ingen lederstilling. Kan jeg likevel ta LEDPRO?'])).toMatch(/^Ja[.,] .*tillitsvalgte i kommuner, fylkeskommuner/);
    expect(chat(['Jeg har ikke noe høyere utdanning i det hele tatt, men har lyst til å være med på LEDPRO. Går det an?'])).toMatch(/kursdeltaker/);
    const later = chat(["I'm a union rep in a county municipality, not a manager", 'can I still apply to LEDPRO?'], 'en');
    expect(later).toMatch(/^Yes[.,] .*union representatives|^Yes[.,] .*employee representatives|^Yes[.,] .*tillitsvalgte/);
    // Without a situation, "can I still apply?" asks about the deadline.
    expect(chat(['can I still apply to LEDPRO?'], 'en')).toMatch(/deadline .* has passed/);
  });

  it('does not answer a deadline with a fact that gives no date', () => {
    // What the documents say of the fund may come first; no date is given for it.
    const fund = chat(["What's the deadline for applying to the OU fund for support for LEDPRO?"], 'en');
    expect(fund).toMatch(/^(The document only says: «[^»]*OU[^»]*» )?The programme documents .* do not say/);
    expect(fund).not.toMatch(/December/);
    expect(chat(['Hva er fristen for LEDPRO?'])).toMatch(/Søknadsfristen er 15\. desember 2023/);
  });

  it('picks an item of the last numbered list, and restates a question from a repair', () => {
    expect(chat(['hva er hovedtemaene på LEDPRO 1?', 'hva var det fjerde?'])).toMatch(/^4\) Egen rolle og autoritet/);
    expect(chat(['hva er hovedsøyle 2 i instituttlederprogrammet?', 'beklager, jeg mente søyle 4'])).toMatch(/^Hovedsøyle 4/);
    expect(chat(["what's Randi Bredvold's phone number?", 'sorry, I meant the practical contact person'], 'en')).toMatch(/Kristin Larsen/);
  });

  it('does not confirm what the fact does not name, and corrects a wrong place', () => {
    expect(chat(['Må jeg ha mastergrad for å komme inn på LEDPRO?'])).toMatch(/^Nei\. .*bachelorgrad/);
    expect(chat(['hva slags eksamen er det på LEDPRO?', 'er det skoleeksamen på slutten?'])).toMatch(/^Nei\. .*hjemmeoppgave/);
    expect(chat(['er det hjemmeeksamen på LEDPRO?'])).toMatch(/^Ja[.,] /);
    expect(chat(['Finnes det referanser fra kommuner som har brukt LEDPRO?', 'var det ikke Molde kommune som har brukt det?'])).toMatch(/^Jo[.,] .*Molde/);
    expect(chat(['Is LEDPRO held in Oslo?'], 'en')).toMatch(/^No\b.*Brumunddal/s);
  });

  it('reads "it" in a follow-up about content as the one fact just answered', () => {
    const en = chat(["What is the institute assessment webinar in NTNU's plan?", 'which topics does it list?'], 'en');
    expect(en).toMatch(/^In the 2021–2022 timeline, the “Institut-assessment webinar”[^]*The department's starting point/);
    expect(en).not.toMatch(/Confident leaders/);
  });

  it('whom to ask, with the matter told before the question, is the contact for that matter; "her number" is the person named last', () => {
    expect(chat(['Hvem er kontaktpersonene på LEDPRO?', 'det gjelder egentlig noe faglig om pensum – hvem sender jeg e-post til?'])).toMatch(/^E-postadressen til Randi Bredvold \(fagansvarlig\) er randi.bredvold@inn.no/);
    expect(chat(['Who do I contact about LEDPRO?', 'it is about the hotel room and logistics – who deals with that?'], 'en')).toMatch(/^Practical questions about LEDPRO 1 and LEDPRO 2: Kristin Larsen/);
    const number = chat(['Hvem er prosjektleder for LEDPRO?', 'Hva er de fire søylene i instituttlederprogrammet?', 'Takk. Hva er nummeret hennes?']);
    expect(number).toMatch(/Kristin Larsen \(prosjektleder\) har telefon 61 28 82 03/);
  });

  it('"the one after gathering 3" is gathering 4; "what about people who are not leaders yet?" after the target groups asks them too', () => {
    expect(chat(['When is LEDPRO gathering 3?', 'and the one after gathering 3?'], 'en')).toMatch(/^Gathering 4 of LEDPRO 1 and LEDPRO 2 is 20–21 June 2024/);
    expect(chat(['Når er samling 5 på LEDPRO?', 'og den før samling 5?'])).toMatch(/^Samling 4 i LEDPRO 1 og LEDPRO 2 er 20\.–21\. juni 2024/);
    expect(chat(['Who is NTNU\'s leader development for?', 'but what about people who are not leaders yet?'], 'en')).toMatch(/want to become leaders/);
  });

  it('a vague question before a dash and a concrete one after it ("hvordan avsluttes de – er det eksamen?") asks the concrete one', () => {
    const a = chat(['Jeg er instituttleder på NTNU, og en kollega skal på LEDPRO.', 'Hvordan slutter de to programmene våre – er det eksamen i begge?']);
    expect(a).toMatch(/LEDPRO 1: Eksamen er en skriftlig sammenfatning/);
    expect(a).toMatch(/NTNU/);
  });

  it('"how different is it?" compares the two programs side by side, with no yes or no', () => {
    const a = chat(['What is the head of department programme at NTNU about?', 'and LEDPRO – how different is it?'], 'en');
    expect(a).not.toMatch(/^(Yes|No|Partly)\b/);
    expect(a).toMatch(/LEDPRO 1/);
    expect(a).toMatch(/Head of Department programme/);
  });

  it('a question the documents do not answer stays unanswered when it is only narrowed ("a date?", "et anslag?"); a new topic is answered', () => {
    expect(chat(['When is the LEDPRO exam handed in?', 'just a rough date?'], 'en')).toMatch(/do not say/);
    expect(chat(['Hva koster pensumbøkene på LEDPRO?', 'omtrent?'])).toMatch(/Det står ikke i programdokumentene/);
    expect(chat(['When is the LEDPRO exam handed in?', 'and the first gathering, when is that?'], 'en')).toMatch(/15–16 February 2024/);
  });

  it('"how is it run?" right after one training pillar is how its training is run', () => {
    const a = chat(['Hva går den lokale grunnopplæringen for ledere på NTNU ut på?', 'og hvordan foregår den i praksis?']);
    expect(a).toMatch(/^Hvordan opplæringen foregår: .*en til en/s);
  });

  it('"og hvordan er det i del 2?" keeps the topic of the conversation; only "hvordan blir vi vurdert" asks about the exam', () => {
    expect(chat(['Hva gjør deltakerne mellom samlingene i LEDPRO del 1?', 'og hvordan er det i del 2?'])).toMatch(/^For del 2 sier dokumentet at aksjonslæring/);
    expect(chat(['Hva er LEDPRO del 1?', 'hvordan blir vi vurdert?'])).toMatch(/hjemmeoppgave/);
  });

  it('how long each of two programs runs gives each side\'s length, also where the best match does not state it', () => {
    const a = chat(['Jeg sammenligner LEDPRO og NTNU sitt program. Hvor lenge varer de to hver for seg?']);
    expect(a).toMatch(/12 dager/);
    expect(a).toMatch(/4 år om gangen/);
  });

  it('"how does that compare with X?" after a length compares the lengths', () => {
    expect(chat(['How long does LEDPRO last?', 'and how does that compare with the head of department programme at NTNU?'], 'en')).toMatch(/^The Head of Department programme 2021-2025 \(4 years\) is longer than LEDPRO \(about 8 months\)/);
  });

  it('"side om side" after one program sets the two programs side by side', () => {
    const a = chat(['Hvem er LEDPRO for?', 'og NTNU sine programmer – hvem er de for, side om side?']);
    expect(a).toMatch(/LEDPRO 1 og LEDPRO 2 \(gjelder hver del; for del 2 står det på siden for del 1\): Målgruppen/);
    expect(a).toMatch(/instituttledere/i);
  });
});
