/**
 * Everyday wording for the Q&A matcher. Leaders write in Teams the way they talk: "what does it set me back",
 * "hvor holder de til", "kva kostar det", "papir på at", "gjengen". The catalog's own vocabulary and SYNONYMS
 * miss many such words, and a word the bot does not know makes it answer "the documents don't say". This file
 * adds (1) more members for the concept groups (bokmål, nynorsk, English, inflected), plus concepts for the
 * lake, the course certificate and the teaching methods the documents describe; (2) words that only say HOW a
 * question is put, never WHAT about (nouns naming things the documents might not cover - parking, food types,
 * clothes, refunds, seats, absence - are left out on purpose, so the honest "I don't know" still happens);
 * (3) topic cues for multi-word phrasings live in everyday-cues.ts (letter-aware edges, u flag, not \b, since \b treats
 * æ, ø and å as non-letters). The text is matched after normalise() (lower case, ’ -> ').
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
    eating catering stays staying stayed romreservasjon romreservasjonen rombestilling rombestillingen hotellbestilling
    hotellbestillingen hotellbooking romreservasjoner`)],
  ['#night', list(`netter nettene nattene overnatte overnatter overnattinger overnattingar overnattingane tilknytingsdøgn
    tilknytingsdøgnet hotellnatt hotellnetter overnattingsdøgn sove sover sleep sleeping overnights`)],
  ['#travel', list(`reisen reisa reiserute reisevei reiseveien reiseveg reisetid reisetiden transport transporten togreise
    togtur rail railway jernbane jernbanestasjon stasjonen stasjon vy flytoget flytog osl lufthavnen flyplassen flight
    flights commute journey trip ride rides directions veibeskrivelse avstand avstanden travelling traveling travels ankomst
    arrival arrive arriving`)],
  ['#support', list(`støtta støtten stønad stønaden stønader støtteordning støtteordningen støtteordninger støtteordningar tilskuddsordning tilskotsordning tilskot tilskotet tilskuddet tilskudda stipendet sponsor sponsored sponsoring sponsing
    sponset finansiert finansiere financing financial finance scholarship scholarships grants subsidies subsidised
    subsidized ou ou-midler ou-midlar oumidler kompetansemidler kompetansemidlar fondet fonds økonomisk økonomiske`)],
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
    apart hverandre kvarandre treffes treffast møtes møtast parallelt parallell parallel simultaneously concurrently`)],
  // Early-career researchers as the documents name them ("postdocs/ph.d.").
  // "strategy", "strategic", "strategisk": one idea in both languages and every form.
  // "personnel management" is what the documents call people management (personalledelse).
  ['#people', list(`personalledelse personalledelsen personalleiing personalleiinga personalledelses personalansvar
    personalansvaret personnel`)],
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
  // "Is most of it concentrated in the first couple of years?" against "størst tyngde på tiltakene de to første årene".
  // Not "weight": "why does NTNU put so much weight on leadership?" asks why, of no weight in the documents.
  ['#emphasis', list(`tyngde tyngden tyngdepunkt tyngdepunktet hovedvekt hovedvekta concentrated concentration konsentrert`)],
  // "forventer at lederne skal mestre både …" against "NTNUs ledere må både være dyktige på …": mastering is being skilled.
  ['#mastery', list(`mestre mestrer mestring beherske behersker dyktig dyktige dyktighet skilled proficient competent`)],
  // "hand it in together" against "hjemmeoppgave som leveres gruppevis": handing in is submitting. Not "leverer":
  // a firm that delivers services submits nothing.
  ['#submit', list(`leveres innlevering innleveringen innleveres submit submits submitted
    submitting submission hand handed handing`)],
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
  // "leading across professions": the documents' "professionals with different expertise".
  ['#professional', list(`profession professions professional professionals profesjon profesjoner profesjonane profesjonene
    yrkesgruppe yrkesgrupper yrkesgruppene fagfolk fagpersoner`)],
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
  ['#diversity', list(`mangfoldet likestillingen gender diverse samskaping co-creation`)],
  // New: the hotel lies by Mjøsa ("har Mjøsa som nærmeste nabo").
  ['#lake', list(`innsjø innsjøen vann vannet sjø sjøen lake lakes lakeside waterfront mjøsa mjøs strand stranden`)],
  // New: course participants without the admission requirement get a "kursbevis (uten studiepoeng)".
  ['#certificate', list(`bevis beviset kursbevis kursbeviset papir papiret papirer attest attesten diplom diplomet
    certificate certificates certification proof sertifikat sertifisering vitnemål vitnemålet diploma`)],
  // New: credits taken into another degree ("kan søkes innpasset i andre relevante mastergradsløp").
  ['#recognition', list(`innpasset innpassing innpasses innpasse godkjent godkjennes godkjenne telle teller tellende
    godskrevet godskrives godskrive godskriving godskrivne godskrivast godskriven innpassa
    recognition recognised recognized count counts counted counting credited transfer transferred`)],
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
  brought bringing mentioned mentioning nevnte nemnde built generic face faces faced facing curious whether because
  struggle struggles struggling keep keeping momentum setup set-up bistår bistå bisto bistod assist assists assisting
  hop hopping hopped pop popping grab grabbing sitting sit sits listening listen listens
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
  kjekt greit grei ålreit topp perfekt lett enkel enkelt vanskelig tungt tung kult kul gøy morsomt spennende dårlig dårlige dårleg dårlege vente venter ventar venta ventet forvente forventer forventar
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
