/**
 * Everyday wording for the Q&A matcher. Leaders write in Teams the way they talk: "what does it set me back",
 * "hvor holder de til", "kva kostar det", "papir på at", "gjengen". The catalog's own vocabulary and SYNONYMS
 * miss many such words, and a word the bot does not know makes it answer "the documents don't say". This file
 * adds (1) more members for the concept groups (bokmål, nynorsk, English, inflected), plus concepts for the
 * lake, the course certificate and the teaching methods the documents describe; (2) words that only say HOW a
 * question is put, never WHAT about (nouns naming things the documents might not cover - parking, food types,
 * clothes, refunds, seats, absence - are left out on purpose, so the honest "I don't know" still happens);
 * (3) topic cues for multi-word phrasings. Regexes use letter-aware edges (u flag), not \b, since \b treats
 * æ, ø and å as non-letters. The text is matched after normalise() (lower case, ’ -> ').
 */

const list = (s: string): readonly string[] => s.split(/\s+/).filter(Boolean);

/** Extra members per concept; new concepts (#lake, #certificate, #method) are marked. */
export const EVERYDAY_CONCEPTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['#fee', list(`kostnaden kostnadene kostnadane kostnadar kostet kosta koste costing costed prislapp prislappen prislappar
    priser prisene prisane prisar prismessig pricing priced prices betaler betalte betalt betaling betalingen betalar betala
    paying paid payment payments faktura fakturaen fakturert invoice invoiced invoicing regning regningen rekning rekninga
    damage bill billed billing spend spending afford affordable kroner kr beløp beløpet summen utgift utgifter utgiftene
    egenandel egenandelen egenbetaling gebyr gebyret avgifta avgiftene deltakaravgift deltakaravgifta money penger pengar
    dyr dyre billig billigere cheap cheaper kostbart`)],
  ['#place', list(`plassert plassering plasseringen beliggenhet beliggenheten lokale lokalet lokaler lokalene lokalitet
    lokaliteten lokaliteter stad staden stader steder stedene whereabouts premises venues locations situated adressa
    adressen addresse byen town city destinasjon destination hvorhen kurssted kursstedet samlingssted samlingsstedet`)],
  ['#admission', list(`opptaket opptakskrava opptakskravene inntak inntaket admitted admit admits admissions
    eligibility qualified qualifies qualification kvalifisere kvalifiserer kvalifikasjon kvalifikasjoner kvalifikasjonar
    kriterier kriteriene kriterium criteria criterion vilkår vilkåret vilkårene betingelser entry entrance accepted
    acceptance kravene kravet krava utdanningskrav bachelor bachelorgrad bachelorgraden`)],
  ['#contact', list(`kontakta kontaktar kontaktinfo kontaktinformasjon kontaktpersonen kontaktpersonane ringer ringa ring
    ringje mailer maile mailadresse e-postadresse epostadresse tlf mobil mobilnummer nummeret telefonen telefonnr phoned
    emailing emails mailing contacted contacting henvende henvendelse henvendelser koordinator coordinator arrangør
    arrangøren arrangørene organiser organizer organisers organizers inquiry enquiry enquiries inquiries ansvarleg`)],
  ['#gathering', list(`samlinga samlingar samlingane samlingsdagene samlingsdagane treff treffet treffene møtet møtene
    møta workshop workshops seminarer seminaret seminara økt økter øktene meetup meetups get-together
    samlingsuke samlingsuka samlingshelg`)],
  ['#credits', list(`studiepoengene studiepoenga studiepoengs poenga poengene uttelling uttellingen vekttall vekttallene
    masterpoeng creditpoints studiepoenget studiepoengsum poenggivende studiepoenggivende kreditt kreditter uttellinga accredited akkreditert kompetansegivende formalkompetanse`)],
  ['#deadline', list(`frister fristene fristar fristane søknadsfristar søknadsfristene påmeldingsfrist påmeldingsfristen
    påmeldingsfrister registreringsfrist senest seinast cutoff cut-off closes closing deadlines stenger lukkes fristdato
    latest`)],
  ['#apply', list(`søkes søkte søkt søknaden søknader søknadene søknadsskjema søknadsskjemaet skjema skjemaet påmeldingen
    påmeldinga påmeldt meld melder meldte registrere registrering registreringen registrert registered registration
    enrolment enrollment enrolled enrolling signup signing søkjer søknadar applied applications applicant applicants
    innmelding oppmelding`)],
  ['#exam', list(`eksamenen eksamener eksamens eksamensoppgave eksamensoppgaven hjemmeeksamen heimeeksamen innleveringen
    innleveringer innleveringa oppgaven oppgåve oppgåva exams examined eksaminert     
            essay essays vurderingsform
    vurderingen vurderinga`)],
  ['#lodging', list(`innkvartering innkvarteringen innkvarteringa hotellopphold hotelloppholdet oppholdet opphaldet opphald
    losjiet rom rommet rommene room rooms måltid måltidene måltida bespisning servering serveringen lodgings
    accommodations accomodation boarding meal middagen lunsjen lunchen dinners lunches maten spise spiser spist eat
    eating catering stays staying stayed`)],
  ['#night', list(`netter nettene nattene overnatte overnatter overnattinger overnattingar overnattingane tilknytingsdøgn
    tilknytingsdøgnet hotellnatt hotellnetter overnattingsdøgn sove sover sleep sleeping overnights`)],
  ['#travel', list(`reisen reisa reiserute reisevei reiseveien reiseveg reisetid reisetiden transport transporten togreise
    togtur rail railway jernbane jernbanestasjon stasjonen stasjon vy flytoget flytog osl lufthavnen flyplassen flight
    flights commute journey trip ride rides directions veibeskrivelse avstand avstanden travelling traveling travels ankomst
    arrival arrive arriving`)],
  ['#support', list(`støtta støtten stønad stønaden stønader støtteordning støtteordningen støtteordninger støtteordningar tilskuddsordning tilskotsordning tilskot tilskotet tilskuddet tilskudda stipendet sponsor sponsored sponsoring sponsing
    sponset finansiert finansiere financing financial finance scholarship scholarships grants subsidies subsidised
    subsidized ou ou-midler ou-midlar oumidler kompetansemidler kompetansemidlar fondet fonds`)],
  ['#theme', list(`temaa temaet hovudtema hovudtemaa hovedtemaet hovedtemaene stoff stoffet syllabus curriculum pensumet
    innhald innhaldet handlar agenda agendaen focuses focusing fokuserer subjects lærestoff lærestoffet`)],
  ['#target', list(`målgruppa målgruppane passar passande egnet egna tiltenkt tiltenkte beregnet berekna rettet
    retta suitable suited suits targeted targets geared appropriate audiences`)],
  // Joining in the middle of a term ("nye instituttledere blir ansatt underveis i åremålsperioden").
  ['#midterm', list(`underveis midtveis midt halfway midway mid-term midterm partway`)],
  // What the documents say efficiency rests on ("effektivitet i arbeidsorganisasjoner … tillit, medvirkning").
  ['#efficiency', list(`effektivitet effektiviteten effektiv effektive effektivt effektivisering efficiency efficient
    efficiently effective effectiveness productive productivity produktiv produktivitet`)],
  // Parts run together or apart ("LEDPRO 1 og LEDPRO 2 samkjøres: noe i fellesskap og noe separat").
  ['#together', list(`samkjøres samkjørt samkjøring samkjøre samkøyrt samkøyrast fellesskap sammen saman together jointly joint
    combined kombinert kombinerte separat separate separately atskilt atskilte adskilt adskilte åtskilt åtskilde åtskilte
    apart hverandre kvarandre`)],
  // Early-career researchers as the documents name them ("postdocs/ph.d.").
  // "strategy", "strategic", "strategisk": one idea in both languages and every form.
  ['#strategy', list(`strategi strategien strategiar strategier strategisk strategiske strategy strategies strategic
    strategically`)],
  // "institute leader", "dept head": the department (institutt) of the documents.
  ['#department', list(`institutt instituttet institutter instituttene instituttets institute institutes institute's department
    departments department's dept depts`)],
  ['#postdoc', list(`postdoc postdocs postdoktor postdoktorer postdoktorene postdoktorar stipendiat stipendiater stipendiatene
    stipendiatar phd ph.d. doktorgradsstipendiat doktorgradsstipendiater doktorand doktorander`)],
  // One's own job as the documents name it ("egen arbeidsorganisasjon", "arbeidshverdag", "praksisfelt").
  ['#workplace', list(`jobb jobben jobbene jobbar job jobs workplace workplaces arbeidsplass arbeidsplassen arbeidsplassar
    arbeidsplasser arbeidsorganisasjon arbeidsorganisasjonen arbeidshverdag arbeidshverdagen arbeidskvardag lederhverdag
    lederhverdagen leiarkvardag leiarkvardagen arbeidssted arbeidsstaden praksisfelt praksisfeltet`)],
  ['#between', list(`imellom innimellom mellomarbeid mellomperioden mellomperiodane etterarbeid forarbeid forberedelse
    forberedelser forberede førebuing preparation prepare prep in-between meanwhile interim hjemmelekse hjemmelekser
    heimearbeid`)],
  ['#pillar', list(`hovedbit hovedbiter hovedbitene hovudbitar bærebjelke bærebjelker hoveddel hoveddeler hoveddelene hovedelementer pilar pilarer søylane hovudsøyle
    hovudsøylene hovudsøylane cornerstones columns`)],
  ['#training', list(`opplæringa opplæringene kursene kursa kurset kursdag kursdager kursing skolering skoleringen
    innføring innføringskurs grunnkurs basiskurs lederkurs lederopplæringen lederopplæringa onboarding instruction
    opplæringsdagen opplæringsdagane`)],
  ['#program', list(`programma programmene programmer programmets studia studiene studium studiets utdanninga
    utdanningsprogram videreutdanning videreutdanningen etterutdanning evu lederprogram lederprogrammet lederprogrammer
    lederprogramma tilbudet tilbodet studietilbodet studietilbudet scheme offering study studies studying course kurs kurset
    kursene kursa`)],
  ['#prerequisite', list(`forkunnskapskrav forkunnskapane forkunnskapar forutsetninger forutsetningene føresetnad
    føresetnader fullført fullførte fullføre gjennomførte prior previously beforehand prereq prereqs del1 part1`)],
  ['#hotel', list(`hotella hotellene hoteller hotels hotelet konferansehotell konferansehotellet`)],
  ['#duration', list(`varigheten vare tidsbruk tidsbruken omfang omfanget omfattende arbeidsmengde arbeidsmengden
    arbeidsbelastning belastning workload commitment langvarig length spans span timespan tidsrom tidsrommet tidkrevende
    time-consuming tidsmessig`)],
  ['#literature', list(`pensumbøkene pensumbøker pensumbok pensumboka fagbøker fagbøkene lærebøker lærebøkene textbooks textbook litteraturlista litteraturliste litteraturlisten pensumliste pensumlisten bok boka boken bøkene
    book textbook textbooks reading readings leseliste leselister artikler artiklar articles fagbok fagbøker lesestoff
    reading-list`)],
  ['#individual', list(`enkeltvis aleine åleine solo individuelle enkeltperson myself individuals egenhånd sjølv selvstendig sjølvstendig independently`)],
  ['#network', list(`nettverket nettverka nettverkene networking nettverksbygging connections connect bekjentskaper mingle
    mingling peers peer erfaringsutveksling`)],
  ['#kickoff', list(`oppstartsdag oppstartsamling oppstartssamling oppstartsmøte kick kickoffen kickstart launch launching
    åpning åpningen opening startskudd startskuddet`)],
  ['#group', list(`gjengen gjeng gjengene gjengane gruppa gruppane gruppevis smågruppe gruppeinndeling gruppeinndelingen groupings basisgruppa basisgruppene basisgruppane smågrupper
    smågruppene groupwork medstudenter medstudentar`)],
  ['#web', list(`nettsida nettsidene nettsidane heimeside heimesida hjemmesiden hjemmesida webside websiden websider
    webpage webpages homepage site links lenka lenken lenker lenkja portal portalen søknadsportal søknadsportalen
    søknadsweb studentweb nettadresse nettadressen webadresse internett internet`)],
  ['#leader', list(`leiaren leiarar leiarane leiing lederskap leading supervisor supervisors mellomleder mellomledere
    mellomleiar toppleder toppledere executive executives`)],
  ['#neighbour', list(`naboer naboar nabolag nabolaget neighbours neighbors surroundings`)],
  ['#module', list(`modulen modulene modulane modular byggekloss byggeklosser byggesteinene`)],
  ['#nominate', list(`nominerte nominering nomineringen nominations nominee nominees handpicked utvalgt utvalgte plukket
    innstille innstilt utpeke utpekt utvelgelse selection uttak uttaket`)],
  ['#union', list(`tillitsvald tillitsvalde fagforening fagforeninger fagforeningen fagforeining fagforeiningar steward
    stewards reps tillitsverv hovedtillitsvalgt verneombudet`)],
  ['#value', list(`verdiane verdigrunnlag verdigrunnlaget verdisyn kjerneverdier principles prinsipper prinsippene tilliten
    empowerment`)],
  ['#diversity', list(`mangfoldet inclusive likestillingen gender diverse samskaping co-creation`)],
  // New: the hotel lies by Mjøsa ("har Mjøsa som nærmeste nabo").
  ['#lake', list(`innsjø innsjøen vann vannet sjø sjøen lake lakes lakeside waterfront mjøsa mjøs strand stranden`)],
  // New: course participants without the admission requirement get a "kursbevis (uten studiepoeng)".
  ['#certificate', list(`bevis beviset kursbevis kursbeviset papir papiret papirer attest attesten diplom diplomet
    certificate certificates certification proof sertifikat sertifisering vitnemål vitnemålet diploma`)],
  // New: how the teaching happens (lectures, theory and practice, cases, action learning, group work).
  ['#method', list(`forelesning forelesninger forelesningene forelesingar foredrag foredragene lectures lecture lecturing
    teori teorien praksis case cases caser aksjonslæring gruppearbeid undervisning undervisningen undervisningsform
    undervisningsformer arbeidsform arbeidsformer arbeidsformene læringsform læringsformer teaching pedagogikk pedagogy
    method methods metode metoder metodikk discussions diskusjon diskusjoner drøfting refleksjon plenum theory practice`)],
];

/**
 * Words that say how a question is put, never what about: verbs in their common forms, adjectives, adverbs,
 * pronoun-like and vague nouns, chat fillers and parts of idioms ("set me back", "foot the bill", "reach out").
 */
export const EVERYDAY_GENERAL_WORDS: readonly string[] = list(`
  skjønne skjønner skjønte fatte sjekke sjekker sjekket sjekka undersøke undersøker greier greide greid klare klarer klarte
  klart rekke rekker rakk ordne ordner ordnet ordna fikse fikser fikset må måtte måttet burde bør slippe slipper slapp orke
  gidde gidder pleie pleier pleide tørre tør nødt fortelle forteller fortalt forklare forklarer forklart undres titte kikke
  høres virker virke funke funker fungere fungerer angår angå omhandler omhandle inkludert inkluderer inkludere dekke
  dekker dekket dekkes tilbake innom bort borte sak saken saker sakene tingene tinga bit biten stykke stk mengde antall
  tall tallet svar svaret spørsmålet spørsmålene problem problemet alternativ alternativer alternativet valg valget sjanse
  sjansen beskjed meldingen oppdatering nyheter status plass plassen tips råd hjelp grunnen årsak årsaken
  kanskje muligens antakelig antageligvis trolig visst heller enda altfor temmelig nokså litt skikkelig fryktelig utrolig
  hverandre sammen dessuten likevel uansett iallfall ihvertfall iallefall hvertfall iaf ift ifht mtp feks eks osv etc evt
  ca dvs mvh hei heisann hallo takk tusen takker ok okei oki jada joda neida nei jaha aha hmm hm flott supert super bra
  kjekt greit grei ålreit topp perfekt lett enkel enkelt vanskelig tungt tung kult kul gøy morsomt spennende
  interessant smart rart merkelig konkret eksakt nøyaktig presist omtrentlig anslagsvis grovt sirka snart straks etterpå
  deretter siden alltid aldri ofte sjelden iblant dagen dagene uka uken ukene idag imorgen igår jo vel nok dersom
  enten verken hvorvidt derfor åssen koss kossen kordan ka kem kor kva kvifor korleis kven kvar kvart kvarandre eg dykk
  dykkar ho dei deira ikkje noko nokon nokre noka inga mykje meir berre òg au eigentleg difor heile heilt eigen eigne eit
  ein vere vart blei vorte kome kjem gjer gjere fekk tek treng veit seier sei tenkjer tenkje trur tru meiner meine
  ynskjer ønskjer ynskje byrje byrjar startar sluttar avsluttar fortset deltek snakkar skriv les velje henta halde
  liggje sitje sit bu bur jobbar arbeidar dreiar føregår inneheld gjeld tyder skjønar leggje laga setje spørje svarar
  krevje trengst finst brukar gjekk sjå såg gje gjev gav fann finn vanleg vanlegvis mogleg moglegvis lita gamal
  tidleg seint sein slag særleg allereie framleis enno att seinare tidlegare kjend nemnt nemnd skildra fleire personar
  deltakarar deltakar deltakarane kollegar byrjinga månad månader veke veker dagar tida gong gonger æ mæ dæ sæ itj ittj
  dokker tur turen turer turar turane turene greiene messig messige gutta folka folkene
  wonder wondering wondered figure figured figuring guess guessing suppose reckon assume check checking checked look
  looking looked looks seem seems sound sounds told telling explain explains explained show shows showed shown let lets
  make makes made making put puts putting set sets setting keep keeps kept deal deals dealt plans
  planned planning arrange arranged arranging going gonna wanna gotta hope hoping wish love prefer mind care bother
  worry worried sure unsure confused clear unclear clarify confirm confirmed recall forget forgot forgotten understand
  understood able speak speaking talking chat chatting listen needed considering consider thinking trying
  back reach reaching out foot bits stuff touch turn fork shell cough up chip pony ballpark rough estimate
  approx ish wise terms respect regarding re concerning wrt related relating involved basis specifics particulars update
  updates news answer answers reply questions query quick quickly brief briefly summary summarize summarise
  describe elaborate expand recap remind reminder thingy piece situation option options alternative alternatives choice
  possibility chance opportunity aspect step steps folks guys everyone everybody anyone anybody someone somebody
  something everything nobody none whatever whoever wherever whenever somewhere anywhere everywhere nowhere somehow
  anyway anyways though although however also too either neither both just only very pretty rather fairly kinda sorta
  completely entirely fully totally wholly partly partially mostly mainly
  basically literally probably maybe perhaps possibly definitely certainly surely obviously apparently precisely
  specifically especially particularly currently now today tomorrow yesterday soon ago yet ever never always often
  sometimes once twice every per overall altogether under after during while until till since within without via
  upon onto off down away along together else otherwise instead anyhow such hi hello hey thanks thank thx cheers okay
  yeah yep nope um oh well btw fyi pls plz nice great fine cool easy hard difficult simple tough real actual proper exact
  specific entire total current upcoming coming following previous former recent certain various several enough
  additional similar likely unlikely ready busy interesting useful worthwhile necessary heavy light fast slow
  i'm i've i'd i'll we're we'll we've you're they're don't doesn't didn't won't wouldn't can't couldn't isn't aren't
  wasn't shouldn't haven't hasn't whats hows whos dont doesnt cant im ive wont isnt
  tre fire fem seks sju syv åtte ni ti tolv hundre one two three four five six seven eight nine ten dozen half halv
  halvannen double
  forskjell forskjellen forskjellene skilnad skilnaden skil skilte ment mente meant hoppe begge tredje third fjerde fourth
  second common hennes hennar lyst sånne sånt slikt aktivitet aktiviteten aktivitetene normal normalt normally ordinær
  ordinært brochure brosjyren brosjyre docs aktuelt aktuell couple satt quoted special boat sorry beklager saying wait
  absolutely suit suits helpful tenkte trengte lurt frem fram masse greitt laget holdt føre bygd byggjer heiter døme dømes
  sitat innholdsmessig approach angle background reasoning nutshell loaded variant single stick claim added invited
  uttalte ramse havner henger fanger bunn bordet gjenstår unnagjort etterkant decides decide responsible whether curious
  generell generelle generelt sliter slite struggle struggling struggles eitt viss vårt eiga spes måter måte
  består bestå bestod besto consist consists consisting comprise comprises another others anyone's gjennomføre gjennomfører gjennomført gjennomførte gjennomføring gjennomføringen complete completing innebærer innebære
  inneber innebar involverer involvere
`);

/**
 * Extra cues per topic of question-intent.ts for everyday multi-word phrasings, matched on the normalised
 * question. 'dates' is not in CUES (readIntent adds it), but its cues fit the same shape.
 */
const L = String.raw`(?<![\p{L}\d])`;
const R = String.raw`(?![\p{L}\d])`;
const cue = (src: string): RegExp => new RegExp(`${L}(?:${src})${R}`, 'u');

export const EVERYDAY_TOPIC_CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['fee', cue(String.raw`(set|sets|setting) (me|us|you|them|my \w+|our \w+) back|what'?s the (damage|bill|price tag|tab)|how much (will|would|does|do|is) (it|this|that|the \w+) (run|set|cost)( me| us)?|what (will|would|does) it cost`)],
  ['fee', cue(String.raw`foot(s|ing|ed)? the bill|pick(ing)? up the (bill|tab)|fork(ing)? out|shell(ing)? out|cough up|how much (money|cash|are we talking)|who pays( for)?|extra cost\w*|additional cost\w*|hidden cost\w*`)],
  ['fee', cue(String.raw`hva (må|skal) (jeg|vi|man|en) (ut med|betale|punge ut)|hva blir (regningen|prisen|kostnaden|det å betale)|hvor mye (koster|kostar|blir|må|skal|er det)|hvor dyrt|hva (koster|tar de|tar dere)|punge ut|ut med (penger|kroner)|må (jeg|vi) betale`)],
  ['fee', cue(String.raw`kva (kostar|kostnad|må eg betale|blir det)|kor (mykje|dyrt|mye) (kostar|blir det|må eg)|må eg betale|kven (betaler|betalar)|hvem (betaler|tar regningen|dekker kostnad\w*)|hva (kommer|koster) i tillegg|kommer (noe|noko|det noe) i tillegg`)],
  ['fee', cue(String.raw`(is|will) (it|this|there) (free|anything to pay|a charge|a fee)|do (i|we) (have to|need to|must) pay|er (det|dette) gratis|koster (det|dette) (noe|noko|penger)|(må|skal) (man|en|jeg|vi) betale (noe|for)|price[- ]wise|fee[- ]wise|cost[- ]wise|prismessig`)],
  ['lodging', cue(String.raw`where (do|will|would|can|should) (we|i|you|they) (stay|sleep|live)|hvor (skal|bor|sover|overnatter) (vi|jeg|man|dere|deltakerne)|kvar (skal|bur|søv|overnattar) (vi|me|eg|ein)|(bo|sove|overnatte) på (hotellet|hotell)|stay(ing)? (at|in) the hotel`)],
  ['lodging', cue(String.raw`(er|is) (mat|maten|middag|lunsj|food|dinner|lunch|rom|hotell\w*|overnatting\w*) (inkludert|included|med|dekket)|(inkluderer|includes?|dekker|covers?) (mat|middag|lunsj|food|meals|hotel\w*|rom|room|overnatting)`)],
  ['lodging', cue(String.raw`room and board|bed and board|kost og losji|mat og (husrom|overnatting|losji)|full board|hotel (stay|room|costs?|bill)|(hva|kva) (får vi|får man|blir det) (å spise|til middag|av mat)|what (do|will) we eat|do (we|i) get (food|meals|lunch|dinner)`)],
  ['lodging', cue(String.raw`(natta|natten|kvelden|dagen) før|night before|(the )?evening before|komme (dagen|kvelden) før|arrive the (day|evening|night) before|ekstra (natt|netter|hotellnatt)|additional night|one more night`)],
  ['place', cue(String.raw`(holder|halde|held) (de|dere|vi|dei|dykk|me|det|studiet|kurset|programmet|samlingene) til|hvor (møtes|treffes|samles|er) (vi|de|dere|gjengen|samling\w*)`)],
  ['place', cue(String.raw`(kvar|kor) (møtest|treffest|held|er|ligg|blir) (me|vi|dei|de|det|samling\w*|studiet|kurset|hotellet)|kvar (skal|må) (me|vi|eg) (vere|reise)`)],
  ['place', cue(String.raw`where (do|will|are|does) (we|they|you|it|the \w+) (meet|gather|take place|happen|get together|be held)|where (is|are) (it|this|they|the \w+)( held| located| taking place| happening)?|takes? place (where|at|in)|whereabouts|what'?s the (venue|location|address)`)],
  ['place', cue(String.raw`(hvilket|hvilken|kva for( eit| ein)?|what|which) (sted|stad|by|town|city|venue|location|hotell|hotel)|hvor i (landet|norge)|hvor (foregår|skjer|arrangeres|holdes) (det|samling\w*|studiet|kurset|opplegget)|foregår (det|samlingene|studiet) (hvor|på|i)`)],
  // "Går samlingene på nett?" / "can I join from home?": where one takes part.
  ['place', cue(String.raw`(på nett|på nettet|nettbasert\w*|nettstudium|digitalt|digital|online|hjemmefra|heimanfrå|heimefrå|remotely|på teams|on teams|på zoom|on zoom)`)],
  ['admission', cue(String.raw`få (en )?plass|komme (inn|med) (på|i)|bli tatt opp|tatt opp (på|til)|(kan|vil) (jeg|eg|vi|man) (komme inn|bli tatt opp|få plass|bli med)|kome inn`)],
  ['admission', cue(String.raw`get (in(?! touch| contact)|into|a place|a seat|a spot|accepted|admitted)|be (admitted|accepted)|what do (i|you|we) need (to get in|to be admitted|to qualify|to join)|(is|are) there (any )?(entry|admission) requirements?|who (gets|can get) in`)],
  ['admission', cue(String.raw`(hva|kva) (kreves|krevst|trenger (jeg|eg)|må (jeg|eg) ha) for å (komme inn|bli tatt opp|få plass|delta|søke|søkje)|hvem (kan|får) (komme inn|bli tatt opp)`)],
  ['admission', cue(String.raw`(har|holder) (jeg|eg|vi) (nok|riktig|rett|god nok) (utdanning|bakgrunn|kompetanse)|uten (bachelor|grad|utdanning)|without (a )?(degree|bachelor)|(am|are) (i|we) (qualified|eligible)|(er|blir) (jeg|eg) kvalifisert|do (i|we) (qualify|meet the requirements)|oppfyller (ikke |ikkje )?krav\w*`)],
  ['contacts', cue(String.raw`reach out( to)?|get (in touch|hold of)|(get|be) in contact|touch base|go-to person|who (is|'?s) the (contact|person to ask|go-to)|who do (i|we) (go|turn) to`)],
  ['contacts', cue(String.raw`who (can|do|should|could) (i|we) (ask|talk to|turn to|speak to|contact|reach|email|call|write to)|who (knows|can answer|answers)|(email|phone|number) (for|of|to) (the|them|someone)`)],
  ['contacts', cue(String.raw`hvem (kan|skal|bør|må) (jeg|vi|man|en) (spørre|snakke med|henvende (meg|oss) til|kontakte|ringe|skrive til|maile|ta kontakt med)|hvem (spør|ringer|kontakter|mailer|henvender) (jeg|vi|man)|ta kontakt|komme i kontakt|få tak i|få kontakt med`)],
  ['contacts', cue(String.raw`kven (kan|skal|bør) (eg|me|vi|ein) (spørje|snakke med|kontakte|ringje|vende meg til)|vende (meg|oss) til|(hvem|kven) er (kontakt\w*|ansvarleg|ansvarlig|arrangør\w*)|(hvem|kven) (vet|veit|kan svare|svarer)`)],
  ['deadline', cue(String.raw`(innen|before|by) (når|what date|when)|(senest|seinast) (når|innen)|siste (frist|dag|dato|sjanse) (for å|til å|å) (søke|melde|søkje)|last (chance|date) to (apply|register|sign up|enrol)`)],
  ['deadline', cue(String.raw`(is it|am i) too late( to apply)?|(er det|for) (for )?sent (å|til å) (søke|melde|søkje)|rekker (jeg|vi|eg) (å )?(søke|melde)|how long (do|can) (i|we) (have|wait) to apply`)],
  ['deadline', cue(String.raw`when (does|do) (the )?(application|applications|registration|admission|enrol\w*) (close|end|shut)|når (stenger|lukkes|går ut|utløper) (søknad\w*|påmelding\w*|fristen|opptaket)|går fristen ut|fristen går ut`)],
  ['deadline', cue(String.raw`når (må|bør|skal) (søknaden|påmeldingen) (være|vere) (inne|sendt|levert)|when (is|are) (applications?|registration) due|(søknad\w*|påmelding\w*) (innen|før) når`)],
  ['apply', cue(String.raw`(hvordan|åssen|korleis|kordan) (søker|søkjer|melder|registrerer) (jeg|eg|vi|man|ein|en)|(hvordan|korleis) (kan|skal) (jeg|eg|vi|man) (søke|søkje|melde meg|melde oss|bli med|registrere meg)`)],
  ['apply', cue(String.raw`melde (meg|oss|seg) på|skrive (meg|oss) (opp|på)|hvor (søker|melder) (jeg|vi|man)|(søknad|påmelding)(sskjema|en|a)? (ligger|finnes|finner)`)],
  ['apply', cue(String.raw`how (do|can|should) (i|we|one|you) (apply|sign up|register|enrol|enroll|join|get on)|sign (me|us) up|put (my|our) name (down|forward)|where (do|can) (i|we) (apply|sign up|register)`)],
  ['apply', cue(String.raw`(i|we) (want|would like|'?d like) to (apply|join|sign up|take part)|(jeg|eg|vi|me) (vil|ønsker|ønskjer|har lyst til å) (søke|søkje|melde meg|delta|være med|vere med)`)],
  ['prerequisite', cue(String.raw`(må|trenger) (jeg|eg|vi|man) (ha )?(tatt|gått|fullført|gjennomført|hatt) (ledpro )?(del|part) ?(1|en|ein|ett|eitt)|(have|need) (to )?(done|taken|finished|completed) (ledpro )?part ?(1|one)|(kan|can) (jeg|eg|i) (hoppe rett på|begynne på|start with|go straight to|skip to) (ledpro )?(del|part) ?(2|to)`)],
  // "jump straight into part 2 without part 1" / "hoppe over del 1": skipping what part 2 requires.
  ['prerequisite', cue(String.raw`without (doing |taking |having (done|taken|completed) )?(ledpro )?part ?(1|one)|uten (å ha (tatt|gått|gjennomført|fullført) )?(ledpro )?del ?(1|en|ein|én)|(jump|go|skip|get) straight (in|into|to)|hoppe (rett|direkte) (inn|på|til)|hoppe over (ledpro )?(del|part) ?(1|en|ein|én)|skip (ledpro )?part ?(1|one)`)],
  ['prerequisite', cue(String.raw`(hva|kva) (må|bør) (jeg|eg) (ha gjort|kunne) (først|før)|what do (i|we) need (to have done|beforehand)|any prerequisites|(part|del) ?(1|one|en) (required|påkrevd|nødvendig|et krav|eit krav)`)],
  ['credits', cue(String.raw`how many (credits|points|ects|study points)|hvor mange (studiepoeng|poeng|sp)|kor mange (studiepoeng|poeng)|ects points`)],
  ['credits', cue(String.raw`(gir|gjev|gives?) (det|studiet|programmet|it|this) (studiepoeng|poeng|credits|uttelling)|does (it|this) (count|give credits|give points)|(counts?|count) towards (a|my|the) (degree|master)`)],
  ['credits', cue(String.raw`(teller|tel) (det|dette) (på|mot|som)|formal (credits|qualification)|formell kompetanse|master'?s? level|masternivå`)],
  ['credits', cue(String.raw`(få|gi|gir) (uttelling|formalkompetanse)|(kan|blir) (det|dette) (godkjent|innpasset) (i|som)|count (it )?(towards|in) (a|my) (master|degree)`)],
  ['exam', cue(String.raw`how (is|are) (it|we|this|participants) (assessed|graded|evaluated|examined)|is there (an |a final )?(exam|test|assignment)|do (i|we) (have to|need to) (take an exam|hand in|submit|write)`)],
  ['exam', cue(String.raw`hvordan (blir|er|vurderes|foregår) (vi|man|det|eksamen|vurdering\w*)|korleis (blir|er) (me|vi|eksamen)|er det (eksamen|prøve|innlevering|ein eksamen|en eksamen)`)],
  ['exam', cue(String.raw`må (jeg|eg|vi) (ta eksamen|levere|skrive oppgave|skrive ei oppgåve)|hand(ing)? in|home exam|take-home`)],
  ['exam', cue(String.raw`(skriftlig|skriftleg|written) (oppgave|oppgåve|arbeid|assignment|paper)|(alene|aleine|alone|individually) (eller|or) (i grupper?|gruppevis|in (a )?groups?)`)],
  ['format', cue(String.raw`(hvor|kor) mange dag(er|ar) (er det|totalt|til sammen|i alt)|how many days (of gatherings|in total)`)],
  ['format', cue(String.raw`what (does|will) (a|the) (typical |normal )?(day|gathering|session) look like|hvordan (ser|er) (en|ein) (typisk |vanlig )?(dag|samling|samlingsdag) ut`)],
  ['format', cue(String.raw`hvordan (foregår|er) undervisning\w*|(what|which) (teaching|learning) (methods?|formats?)|(forelesning\w*|lectures?) (or|eller) (gruppe\w*|group\w*|case\w*)`)],
  // "Går del 1 og del 2 hver for seg?" / "do part 1 and part 2 run separately?": how the parts are run.
  ['format', cue(String.raw`(hver|kvar) for seg|(run|held|taught|go) (completely |entirely )?(separately|together|jointly|apart)|(sammen|saman|separat|atskilt|adskilt|åtskilde?) på samlingene|samkjør\w*`)],
  ['format', cue(String.raw`hvordan (jobber|arbeider) (vi|man|dere|de)|how (do|will) we work|korleis (jobbar|arbeider) (me|vi)|hvordan er (det|studiet|opplegget) (lagt opp|bygd opp)|how is (it|the \w+) (set up|structured|laid out)`)],
  ['format', cue(String.raw`hvordan (fungerer|funker) (det|studiet|opplegget|programmet)|how does (it|this|the \w+) work`)],
  ['themes', cue(String.raw`what (will|do|does|would) (i|we|you|it|this|the \w+) (learn|cover|teach|go through|deal with)|what'?s (it|this|the \w+) (about|all about)|what (is|are) (it|this|they) about|what topics`)],
  ['themes', cue(String.raw`hva (lærer|skal) (vi|jeg|man) (lære|om|gjennom)|hva (går|handler) (det|studiet|kurset|programmet|samling\w*) (ut på|om)|hvilke temaer`)],
  ['themes', cue(String.raw`kva (lærer|handlar|går) (me|vi|det)|kva (skal|får) (me|vi|eg) lære|hva (tar|dekker|gjennomgår) (de|dere|vi|studiet|programmet)( opp)?`)],
  ['themes', cue(String.raw`hva (får|lærer) (jeg|vi) (om|av)|what (do|will) (i|we) (get to )?(learn|study) (about)?|what'?s on the (agenda|curriculum)`)],
  ['target-group', cue(String.raw`(is|would) (it|this) (for me|right for me|a good fit|relevant for me|suitable for)|is (it|this) (only )?for (leaders|managers|\w+)`)],
  ['target-group', cue(String.raw`(passer|passar) (det|dette|studiet|programmet|kurset) (for|til) (meg|oss|deg)|er (dette|det) (noe|noko) for (meg|oss)`)],
  // "Er det bare instituttlederne som er med?" / "who takes part in it?": who the participants are.
  ['target-group', cue(String.raw`(bare|kun|only|just) [\p{L}\d' -]{2,40} (som )?(er med|deltar|take part|takes part|attend|attends|join|joins)|(hvem|kven|who) (er med|deltar|tar del|takes part|attends|joins)`)],
  ['target-group', cue(String.raw`who (should|is supposed to|ought to) (join|attend|apply|take)|hvem (bør|skal|kan) (delta|ta|søke|være med)|kven (bør|skal|kan) (delta|ta|søkje)`)],
  ['target-group', cue(String.raw`(hvem|kven|who) (er|is|are) (det|dette|it|this) (laget|lagd|meint|ment|made|designed) for`)],
  ['contacts', cue(String.raw`(hvem|kven|who)( \w+){0,4} (ringe|ringje|ring|call|phone|mail|e-?poste|kontakte|contact|spørre|spørje)\b`)],
  // "Who decides which people get to take part?": how participants are picked (nominated, applied).
  ['apply', cue(String.raw`(hvem|kven|who) (bestemmer|avgjør|velger|vel|plukker|picks?|decides?|chooses?|selects?)|(blir|vert|are|get) (valgt|vald|plukket|nominert|picked|chosen|selected|nominated)`)],
  ['contacts', cue(String.raw`(hvem|kven) (som )?(kan|skal) (svare|hjelpe)|who (can|could|should|will) (answer|help)|(hvem|kven) (spør|spør jeg|går jeg til|vender jeg meg til)`)],
  // "What's NTNU's idea of a good manager?" / "hva slags ledere vil NTNU ha?": the document's ideals.
  ['ideals', cue(String.raw`good (manager|boss|head|supervisor)s?|(god|gode|flink|flinke) (sjef|sjefer|leiar|leiarar)|(what|which) (kind|sort|type) of (behaviou?r|leaders?|managers?|leadership)|(hva|kva) (slags|for) (lederatferd|atferd|lederskap)|(look(ing)? for|want|expect) (in|from|of) (a |their |its )?(leaders?|managers?)`)],
  ['ideals', cue(String.raw`lederforventning\w*|leiarforventning\w*|forventning\w* (til|av) (leder\w*|leiar\w*|oss som ledere)|(leadership|leader|manager) expectations|expectations (of|for|on) (leaders|managers|heads)|lederideal\w*|ledelsesprinsipp\w*|lederplattform\w*`)],
  // "Which category are research group leaders in?" / "hvilken ledergruppe hører jeg inn under?": the groups of leaders.
  ['target-group', cue(String.raw`(which|what) (leader |leadership )?(category|categories|group|level|tier|track)|(category|group|level|track) (do|does|are|is) \w+( \w+)? (belong|fall|fit|in)|fall under|(hvilken|hvilke|kva for|hva slags) (leder|leiar)?(kategori|gruppe|nivå|målgruppe)|(hører|høyrer|tilhører|tilhøyrer) (jeg|eg|vi|de|dei) (inn )?(under|til)`)],
  ['purpose', cue(String.raw`what'?s the (point|idea|aim|goal|purpose)|what (do|will) (i|we) get out of|why (should|would) (i|we)|what'?s in it for`)],
  ['purpose', cue(String.raw`hva (er|blir) (poenget|vitsen|målet|hensikten|meningen)|hva (får|sitter) (jeg|vi) (igjen|ut av)|kva (er|blir) (poenget|vitsen|målet)`)],
  ['purpose', cue(String.raw`hvorfor (bør|skal) (jeg|vi)|kvifor (bør|skal) (eg|me|vi)|hva (gir|får) (det|studiet|programmet) (meg|oss)`)],
  ['purpose', cue(String.raw`(what|hva) (is|er) (the|det) (benefit|nytte\w*|utbytte\w*)|what do (i|we) gain`)],
  ['support', cue(String.raw`(can|could) (i|we) get (funding|money|support|a grant|help paying)|help (with|paying) (the )?(fee|cost|costs)|financial (help|aid|support)`)],
  ['support', cue(String.raw`(kan|får) (jeg|eg|vi|man) (få |søke )?(støtte|tilskudd|tilskot|penger|pengar|dekket)|ou[- ]?midl\w*|kompetansemidl\w*`)],
  ['support', cue(String.raw`(dekker|betaler) (arbeidsgiver\w*|fondet|ou)|(søke|søkje) (om )?(støtte|tilskudd|tilskot|midler|midlar)|apply for (funding|a grant|support)`)],
  ['support', cue(String.raw`(noen|noko|nokon) (støtte|tilskudd|ordning\w*) (å få|å søke)|is there (any )?(funding|support|grant|subsidy)`)],
  ['travel', cue(String.raw`how (do|can|will|should) (i|we|you) get (there|to brumunddal|to the hotel)|getting there|how far (is it|from)|how long (is the )?(journey|trip|ride)`)],
  ['travel', cue(String.raw`hvordan (kommer|reiser) (jeg|vi|man|en) (meg |oss )?(dit|til brumunddal|til hotellet|fram)|korleis (kjem|reiser) (eg|me|vi) (dit|til)`)],
  ['travel', cue(String.raw`(komme|kome|reise) (seg )?(dit|fram)|by train|med tog|hvor (langt|lang tid) (er det )?(fra|til)`)],
  ['travel', cue(String.raw`(fra|from) (gardermoen|oslo|the airport|flyplassen)|(nærmeste|nearest) (stasjon|station|flyplass|airport)`)],
  ['between-gatherings', cue(String.raw`(what|anything) (do|to do|happens) between (the )?(gatherings|sessions)|in (the )?meantime|(work|homework|tasks) (at home|between)`)],
  ['between-gatherings', cue(String.raw`i mellom(tiden|perioden|perioda)|hva (skjer|gjør vi|må vi gjøre) (mellom|imellom)|arbeid (hjemme|heime|mellom samlingene)`)],
  ['between-gatherings', cue(String.raw`forberede (meg|oss|seg)|prepare (beforehand|before)|(må|skal) (vi|jeg|eg) (gjøre|jobbe|gjere) (noe|noko) (mellom|hjemme|heime)`)],
  ['between-gatherings', cue(String.raw`(hjemmearbeid|lekser|homework) (between|mellom)|do (we|i) (get|have) homework`)],
  ['dates', cue(String.raw`what (days|dates)|which (days|dates|weeks|months)|(hvilke|kva for) (dager|dagar|datoer|datoar|uker|veker|måneder)|save the date`)],
  ['dates', cue(String.raw`when (do|does|will) (it|we|they|the \w+) (start|begin|happen|take place|meet|run)|når (starter|begynner|er|går|blir) (det|studiet|samling\w*|første|oppstart\w*|kurset)`)],
  ['dates', cue(String.raw`når (møtes|treffes|samles) (vi|de)|kva tid (startar|byrjar|er)|når (er|blir) (vi|me) samla`)],
];
