import type { FactTopic } from '../../../catalog/catalog.schema';
import { letterAware } from './letter-aware';
import { Rewrites } from './pattern-screens';

/* The word lists and patterns the question reader uses: fillers, ordinals, topic cues of concepts, modal verbs. */

/** Concepts that say how long, or name what all facts are about (leaders, the program): no sign of the fact asked for. */
export const UNTELLING: ReadonlySet<string> = new Set(['#duration', '#leader', '#program']);

/** Topics that ask what a named pillar is or holds ("hva innebærer den lokale grunnopplæringen?"). */
export const ABOUT_A_PILLAR: ReadonlySet<string> = new Set(['training', 'themes', 'content', 'format', 'pillars']);


/** Words that carry no content in a question, beyond the stop words (fillers, hedges, politeness). */
export const FILLER_WORDS = ('egentlig sånn cirka ca omtrent liksom altså forresten lurer lurte hei hallo takk vet du '
  + 'dere meg jo vel nok mon tro gjerne kanskje litt mer mye da nå akkurat ellers iallfall uansett ok okei '
  + 'actually roughly about approximately exactly really just maybe perhaps wondering wonder know hi hello thanks '
  + 'please kind some bit any anything something thing things stuff again else også ogsa right correct true sant stemmer '
  + 'tell say said mean means going go one ones gang ting del part nummer number nr tilsvarende lignende liknende '
  + 'similar equivalent same samme like fall isåfall uansett iallfall activities likevel allikevel still '
  // The words of "tanken bak", "vitsen med", "the idea behind": they ask for a purpose, which the topic carries.
  + 'tank tanke tanken bak vits vitsen ideen idéen behind '
  + 'faktisk virkelig').split(' ');
export const FILLERS = new Set(FILLER_WORDS);

export const ORDINAL_ONLY = /^(?:og |and |hva med |what about |så |men |fortell (?:meg )?(?:mer )?om |tell me (?:more )?about |mer om |more about )?(?:den |the |nummer |number |nr\.? )?(første|andre|tredje|fjerde|femte|sjette|siste|first|second|third|fourth|fifth|sixth|last|final|\d)(?: one| en| den)?(?: of the year| i år| i året| that year| det året)?(?: da| then| så| igjen| again)?\s*\??$/;
/** Set phrases whose words ask nothing: "in the first place" names no place, "i det hele tatt" no whole. */
// "noen form for oppfølging", "some kind of follow-up": the kind is no subject of its own.
export const IDIOMS = /\b(in the first place|first of all|(sånn |så |heilt |helt )+overordn(et|a)(?= *[?.!,]| *$)|broadly speaking|in broad terms|at the end of the day|all in all|in some (form|way|capacity)(?= *[?.!,]| *$)|på (et eller annet|noen|noe) (vis|måte)(?= *[?.!,]| *$)|i det hele tatt|for så vidt|i grunnen|først og fremst|(noen|noe|noko|nokon|some|any) (form|former|type|typer|kind|sort|slags) (for|of)(?= \p{L}))\b/gu;
/**
 * Set phrases said in plainer words: "Har jeg gått glipp av toget?", "missed the boat" (being too late, said with a
 * vehicle that is no travel); "ages ago" (long ago, no age).
 */
/** The question words a polite wrapper may hold, bokmål and nynorsk, and English. */
const WH_NB = String.raw`(?:hva|hvem|hvor|hvordan|hvilke\w*|når|kva|kven|kvar|kor|korleis|kvifor|hvorfor)`;
const WH_EN = '(?:what|who|where|how|which|when|why)';

export const SET_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  // "people already in leadership roles", "folk i lederstillinger": leaders.
  [/\b(?:people|those|persons|staff)\s+(?:who are\s+)?(?:already\s+)?in\s+(?:a\s+)?(?:leadership|management|managerial)\s+(?:roles?|positions?|jobs?)\b/g, 'leaders'],
  [letterAware(/\b(?:folk|de|dem|dei|personer|ansatte)\s+(?:som er\s+|som allerede er\s+|som alt er\s+)?(?:allerede\s+)?i\s+(?:en\s+)?(?:lederstilling\w*|leiarstilling\w*|lederrolle\w*|leiarrolle\w*|lederjobb\w*)\b/g), 'ledere'],
  // "Hva handler del 1 om, faglig sett?", "what is part 1 about academically?": the content asked, said again; no
  // word a fact must hold ("faglige … prosessene").
  [letterAware(/,?\s*\b(?:faglig|fagleg|innholdsmessig|innhaldsmessig)(?: sett)?(?=\s*[?.,!]|\s*$)/g), ''],
  [/,?\s*\b(?:academically(?: speaking)?|content[- ]wise)(?=\s*[?.,!]|\s*$)/g, ''],
  // "the gatherings that are only for department heads", "samlingene som bare er for instituttlederne": pillar 1's
  // head of department gatherings, named by whom they are for (not those "with the dean's office", pillar 2).
  [/\b(?:the )?(?:gatherings|sessions|meetings) (?:that are |which are )?(?:only |just |solely |exclusively )?for (?:the )?(?:department heads|heads of departments?|institute heads|institute leaders)\b(?! (?:together |along )?with| and (?:the )?dean)/g, 'the head of department gatherings'],
  [letterAware(/\b(?:samlingene|samlingane|samlinger|samlingar) (?:som er )?(?:bare|kun|berre|bare er|berre er) for (?:instituttlederne|instituttledere|instituttleiarane|instituttleiarar)\b(?! (?:sammen )?med| og dekan)/g), 'instituttledersamlingene'],
  // "you just sign yourself up through open registration": a way of applying, not something open.
  [letterAware(/\b(?:open|free|self[- ]?)\s?(registration|enrol+ment|sign-?up)\b|\b(?:åpen|open|fri)\s+(påmelding)\b/g), '$1$2'],
  // "Kva arenaer har NTNU?", "kva for arenaer …", "hva temaer tas opp?": "hva" before a plural noun asks "which", as
  // "hvilke" does.
  [letterAware(/\bhva (?:for (?:noen |nokre )?)?(\p{L}{4,}(?:er|ar))(?= (?:har|finnes|fins|finst|tilbyr|tilbys|tas opp|inngår|dekkes|kreves|står|gjelder for|er det)\b)/gu), 'hvilke $1'],
  // "bachelor- eller masternivå": a compound whose head is said once, written out for both.
  [letterAware(/\b(\p{L}+)- (eller|og|or|and) (\p{L}+?)(nivå|nivået|level|samlingene|samlinger|samlinga|programmet|programmer|avgiften|avgifta|dager|dagar|ledere|leiarar)\b/gu), '$1$4 $2 $3$4'],
  // "Jeg jobber i Trondheim kommune": a workplace named by its town asks no place.
  [letterAware(/\b(jobber|jobbar|arbeider|arbeidar|ansatt|tilsett|leder|leiar|sjef|work|works|working|employed|manager|head) (i|ved|hos|in|at|for) (?!en\b|ein\b|ei\b|et\b|a\b|an\b|the\b|vår\b|our\b)[\p{L}-]+ (kommune|fylkeskommune|municipality|county council|county municipality)\b/gu), '$1 $2 en $3'],
  // Polite questions put indirectly are the questions they wrap: "Kan dere fortelle meg når …?", "kunne jeg få vite
  // hvilken dato …?", "Jeg vil gjerne vite hvem jeg bør henvende meg til.", "I'd like to know when …".
  [letterAware(new RegExp(String.raw`\b(?:kan|kunne|vil|ville) (?:du|dere|dykk|de) (?:si|fortelje|fortelle|opplyse(?: om)?)(?: meg| oss)? (?=${WH_NB}\b)`, 'g')), ''],
  [new RegExp(String.raw`\b(?:could|can|would) you (?:please |kindly )?(?:tell me|let me know|tell us|let us know|say) (?:roughly |approximately |about |exactly |briefly )?(?=${WH_EN}\b)`, 'g'), ''],
  [letterAware(new RegExp(String.raw`\b(?:kan|kunne) (?:jeg|eg|vi|me) (?:få vite|få høre|få høyre|få svar på|spørre om|spørje om) (?=${WH_NB}\b)`, 'g')), ''],
  // Mid-sentence ("Før jeg søker vil jeg gjerne vite …", "Before I spend a year on it I'd like to know …"), what went
  // before is a sentence of its own.
  [new RegExp(String.raw`(^|[.!?]\s+)(?:jeg|eg|vi|me) (?:vil|ville|skulle|ønsker|ønskjer) (?:gjerne |veldig gjerne |bare |berre )?(?:å )?(?:vite|vete|få vite|høre|høyre|ha svar på) (${WH_NB}(?![a-zæøå])[^.!?]*)[.!]?(?=\s|$)`, 'g'), '$1$2?'],
  [new RegExp(String.raw`,?\s+(?:(?:vil|ville|skulle|ønsker|ønskjer) (?:jeg|eg|vi|me)|(?:jeg|eg|vi|me) (?:vil|ville|skulle|ønsker|ønskjer)) (?:gjerne |veldig gjerne |bare |berre )?(?:å )?(?:vite|vete|få vite|høre|høyre|ha svar på) (${WH_NB}(?![a-zæøå])[^.!?]*)[.!]?(?=\s|$)`, 'g'), '. $1?'],
  [new RegExp(String.raw`(^|[.!?]\s+)(?:i|we) (?:would|should|d) (?:like|love|want) to (?:know|ask|find out|hear) (${WH_EN}\b[^.!?]*)[.!]?(?=\s|$)`, 'g'), '$1$2?'],
  [new RegExp(String.raw`,?\s+(?:i|we) (?:would|should|d) (?:like|love|want) to (?:know|ask|find out|hear) (${WH_EN}\b[^.!?]*)[.!]?(?=\s|$)`, 'g'), '. $1?'],
  // "Jeg vil gjerne notere meg kontaktpersonene for LEDPRO.", "I'd like to get the dates for part 2.": a request for
  // something named is the question what it is.
  [/(^|[.!?]\s+)(?:jeg|eg|vi|me) (?:vil|ville|skulle|ønsker|ønskjer) (?:gjerne |veldig gjerne )?(?:(?:å )?(?:notere|skrive opp|få|ha|vite|sjå|se)(?: meg| oss)?) ((?:navnet på |namnet på |navna på |namna på )?(?:den |det |de |dei )?[a-zæøå-]{6,}(?:ne|na|en|et|a)(?![a-zæøå])[^.!?]*)[.!]?(?=\s|$)/g, '$1hva er $2?'],
  [/(^|[.!?]\s+)(?:i|we) (?:would|d) (?:like|love|want) (?:to (?:note down|note|get|have|see|know) )?(the [a-z-]{4,}[^.!?]*)[.!]?(?=\s|$)/g, '$1what is $2?'],
  // What is left of an indirect question keeps its word order ("hvem jeg bør henvende meg til"): read as asked.
  [/(^|[.!?]\s+)(hvem|hva|hvor|når|hvordan|hvilke[nt]?|kven|kva|kor|korleis) (jeg|eg|vi|me|man|du|dere|dykk|en|ein) (kan|skal|bør|må|burde|får|vil|trenger|treng|skulle|kunne)(?![a-zæøå])/g, '$1$2 $4 $3'],
  // "Is there anything similar in the NTNU programme?", "Har NTNU noe tilsvarende?": the same thing asked of another
  // program (not the "tilsvarende" of "bachelorgrad eller tilsvarende").
  [/\b(?:is|are) there (?:anything|something) (?:similar|comparable|like (?:that|it|this))\b/g, 'is it the same'],
  [/\b(?:anything|something) (?:similar|comparable|like (?:that|it|this))\b/g, 'the same'],
  [letterAware(/\b(?:noe|noko) (?:tilsvarende|tilsvarande|lignende|liknende|liknande|sammenlignbart|samanliknbart)(?![a-zæøå])/g), 'det samme'],
  // "når den siste samlingen finner sted", "when it takes place": when it is, not where.
  [letterAware(/\b(finner|fann|finn) (sted|stad)\b/g), 'er'],
  [/\b(takes|take) place\b/g, 'is'],
  [/\btook place\b/g, 'happened'],
  // "Hva er prisforskjellen?", "tidsforskjellen", "kostnadsforskjell": the difference in what the first half names.
  [letterAware(/\b(pris|kostnad|kostnads|tids|lengde|lengdes|innholds|innhalds|studiepoeng|studiepoengs|nivå)(forskjell\w*|skilnad\w*)/g), '$1 $2'],
  // "I run a section in the central admin": a section head in the central administration, as the documents say.
  [/\b(?:i|we) (?:run|lead|head|manage) (?:a|an|the|my|our) section (?=(?:in|at|of) (?:the |ntnu's )?(?:central|joint|common) admin)/g, 'i am a section head '],
  [/\bcentral admin\b(?!istration)/g, 'central administration'],
  // "Siden alle samlingene er digitale …", "the sessions are all online, right?": the gatherings said to be held online,
  // which the place of the gatherings answers (taking part online oneself is another question, which it does not).
  [letterAware(/\b(samlingene|samlingane|samlinger|samlingar|gatherings|sessions)(\s+(?:[a-zæøå]+\s+){0,2}?)(?:er|is|are|blir|vert)\s+(?:(?:alle|all|helt|heilt|fully|entirely|bare|berre|only|just|uansett|anyway|vel|jo|nok|visst|egentlig|eigentleg)\s+){0,2}(?:hel|heil)?(?:digitale|digital|online|nettbaserte|nettbasert|virtuelle|virtual)\b/g), '$1 går på nett$2'],
  // "LEDPRO går vel heldigitalt?", "the course is run online": the program said to be held online is its gatherings.
  [letterAware(/\b(ledpro(?: ?[12]| del [12])?|studiet|kurset|programmet|the course|the programme|the program)\s+(?:går|foregår|gjennomføres|kjøres|køyrast|er|is|runs|is run|is held|is taught)\s+(?:(?:vel|jo|nok|visst|da|helt|heilt|bare|berre|fully|entirely|only|just|all)\s+){0,2}(?:hel|heil)?(?:digitalt|digital|på nett|online|nettbasert)\b/g), 'går $1 samlingene på nett'],
  [/\b(?:is|are)\s+(ledpro(?: ?[12]| part [12])?|the course|the programme|the program)\s+(?:(?:run|held|taught|given|delivered)\s+)?(?:(?:fully|entirely|all|only|just|completely)\s+)?(?:online|digital|virtual)\b/g, 'are the $1 gatherings online'],
  [letterAware(/\b(?:er|is|are)\s+(?:(?:alle|all)\s+)?(?:(?:de|dei|the)\s+)?((?:[a-zæøå0-9-]+\s+){0,3}?)(samlingene|samlingane|gatherings|sessions)\s+(?:(?:alle|all|helt|heilt|fully|entirely|bare|berre|only|just)\s+)?(?:digitale|digital|online|nettbaserte|nettbasert|virtuelle|virtual)\b/g), 'går $1$2 på nett'],
  // "Kjører dei del 1 og del 2 samtidig?": run side by side, not the "samtidig" (meanwhile) of the documents' prose.
  [letterAware(/\b(kjører|kjøres|køyrer|køyrast|går|gjennomføres|arrangeres|run|runs|held|taught)\b([^?.]{0,40}?)\s(samtidig|samstundes|at the same time)\b/g), '$1$2 samkjørt'],
  // "lærarane", "the teachers": the document's "lederne av studiet" (the programme's leaders), who form the learning
  // organisation with the students.
  // Only beside the students: who teaches is not in the documents ("Who are the teachers on LEDPRO?" stays unknown).
  [letterAware(/\b(studentene|studentane|studentar|studenter|deltakerne|deltakarane)\b([^.?!]{0,60}?)\b(lærerne|lærarane|lærerane|lærarene|lærerene|faglærerne|faglærarane)\b/g), '$1$2lederne av studiet'],
  [/\b(students|participants)\b([^.?!]{0,60}?)(?<!\bguest )\b(?:the )?(?:teachers|instructors|tutors)\b/g, '$1$2the leaders of the programme'],
  // "de todagerssamlingene for instituttledere", "the gatherings for department heads": pillar 1 by its title.
  [letterAware(/\b(?:to-?dagers|todagers|2-dagers|todags)?(samlingene|samlingane|samlinger|samlingar) (for|til) (instituttledere|instituttleiarar|instituttlederne|instituttleiarane)\b(?! (og|med|sammen|saman))/gu), 'instituttledersamlingene'],
  [/\b(?:two-day |2-day )?(gatherings|sessions) (for|of) (the )?(department heads|heads of department)\b(?! (and|with|together))/g, 'head of department gatherings'],
  // "the time span of LEDPRO", "tidsspennet": how long it runs, not a time of travel.
  [letterAware(/\b(time ?span|timespan|tidsspenn\w*)\b/g), 'length'],
  // "noen som ennå ikke er ledere, men som vil bli det", "aspiring managers": the documents' "personer som ønsker å
  // bli ledere" (ledertalent). "en som bare ønsker å bli leder": "just wants to" claims no "only".
  [letterAware(/\b(?:ikke|ikkje) (?:er |ennå er |enda er )?(?:ennå |enda |enno )?(?:ledere|leiarar|leder|leiar)\b[^.?!]{0,30}?\b(?:vil|ønsker å|ønskjer å|gjerne vil|har lyst til å|kan tenke seg å|kan tenkje seg å) bli (?:det|ledere|leder|leiarar|leiar)\b|\b(?:som (?:bare |berre |kun )?)?(?:vil|ønsker å|ønskjer å|gjerne vil|har lyst til å) bli (?:ledere|leiarar|leder|leiar)\b/g), 'som ønsker å bli ledere'],
  [/\b(?:aspiring|would-be|budding|future) (?:leaders|managers)\b|\b(?:people|staff|employees|those|colleagues|someone|somebody) who (?:want|wants|wish|wishes|hope|hopes|aim|aims) to become (?:a )?(?:leaders?|managers?)\b/g, 'people who want to become leaders'],
  // "Hva koster selve studieplassen?": the place on the program is its fee.
  [letterAware(/\b(koster|kostar|cost|costs|pris(?:en)? (?:på|for)|price (?:of|for)|ut med for|betale for|betala for|pay for) (selve |the |a )?(studieplassen|studieplass|plassen|the place|a place|the seat|a seat)\b/g), '$1 deltakeravgiften'],
  // "Since LEDPRO is held at NTNU in Trondheim, …": NTNU as the place LEDPRO is said to be held, a place claimed (and
  // wrong: Brumunddal), not NTNU's own programme asked about.
  [letterAware(/\b(ledpro(?: ?[12])?|ledelse av prosesser)\b([^.?!]{0,25}?)\b(held|hosted|located|taught|run|takes place|take place|runs|is|are)(?: really| actually| probably| all)? (?:at|on) ntnu(?: in trondheim| trondheim)?\b/g), '$1$2held in trondheim'],
  [letterAware(/\b(ledpro(?: ?[12])?|ledelse av prosesser)\b([^.?!]{0,25}?)\b(holdt|holdes|arrangeres|arrangert|undervist|foregår|går|er|ligger)(?: vel| jo| nok| egentlig)? (?:på|ved|hos) ntnu(?: i trondheim| trondheim)?\b/g), '$1$2holdes i trondheim'],
  [letterAware(/\b(is|are|held|hosted)( (?:the )?ledpro[\p{L}\d-]*(?: [12])?(?: \p{L}+)?) (?:at|on) ntnu\b/gu), '$1$2 held in trondheim'],
  [letterAware(/\b(holdes|arrangeres|foregår|går|er|ligger)( ledpro[\p{L}\d-]*(?: [12])?(?: \p{L}+)?)(?: vel| jo| nok| egentlig)? (?:på|ved|hos) ntnu\b/gu), '$1$2 i trondheim'],
  // "folk som er helt ferske som ledere", "nyutnevnte ledere": the documents' "nye ledere".
  [letterAware(/\b(?:helt |heilt )?(?:ferske|fersk|nyutnevnte|nytilsatte|nyslåtte) (?:som )?(?:ledere|leiarar|leder|leiar)\b(?! og)/g), 'nye ledere'],
  // "instituttleder samlingene", "ledergruppe samlingen": a pillar's compound title written in two words.
  [letterAware(/\b(instituttleder|instituttleiar|ledergruppe|leiargruppe|fakultetsleder|fakultetsleiar) (saml\w*|opplæring\w*)\b/g), '$1$2'],
  // "how do they grade you at the end?": how one is assessed (the exam), not a grading scale the documents lack.
  [/\b(grade|grades|grading|mark|marks) (you|u|us|me|them|participants|students)\b/g, 'assess $2'],
  // "prosessledelse-studiet", "the process leadership course": LEDPRO (Ledelse av prosesser) by a name of its own,
  // not NTNU's training topic "Prosessledelse (ARK)".
  [letterAware(/\bprosessledelse(?:-|s)?(studiet|kurset|utdanningen|utdanninga|programmet|studium)\b|\b(?:studiet|kurset|utdanningen) i prosessledelse\b|\bprocess[- ]leadership (?:course|programme|program|study|studies)\b/g), 'ledpro'],
  // "Hvilke møteplasser har instituttlederne?": the arenas the document names.
  [letterAware(/\b(hvilke|kva for|which|what|andre|other) (\p{L}+ )?(møteplasser|møteplassar|meeting places|forums|fora)\b/gu), '$1 $2arenaer'],
  // "the main academic lens everything is viewed through": the perspective the documents name.
  [/\b(lens|lenses|lense)\b/g, 'perspective'],
  [letterAware(/\b(brillene|brillane|briller|linsen|linsa)\b/g), 'perspektivet'],
  // "Hvilken faglig vinkling har LEDPRO?": the angle taken is the perspective.
  [letterAware(/\b(vinkling|vinklingen|vinklinga|innfallsvinkel|innfallsvinkelen)\b/g), 'perspektiv'],
  // "Kor mange turar til hotellet blir det?", "how many trips to the hotel?": as many as there are gatherings.
  [letterAware(/\b(turer|turar|reiser|reiser|tripper) (til|ned til|opp til) (hotellet|brumunddal|wood hotel)\b/g), 'samlinger'],
  [/\b(trips|journeys) (to|down to|up to) (the hotel|brumunddal|wood hotel)\b/g, 'gatherings'],
  // "the gatherings for heads of department", "samlingene for instituttlederne": the pillar titled the other way round
  // ("… together with the dean's office" is another pillar).
  [/\b(gatherings?|sessions?|seminars?) (for|of) (the )?(heads? of (the )?departments?|department heads?|institute leaders?)\b(?!,? (together with|with|and|along with|plus)\b| program)/g, 'head of department $1'],
  // "institute leader gatherings", "each head of department gathering": pillar 1 by its title ("Head of Department
  // gatherings"), which the singular does not match ("the institute leader gathering in the timeline" is that entry).
  [/\b((institute|department) (leader|head)s?'?|heads? of (the )?departments?'?) (gatherings|sessions|seminars)\b/g, 'head of department gatherings'],
  [/\b(each|every|a|one|per) ((institute|department) (leader|head)s?'?|heads? of (the )?departments?'?) (gathering|session|seminar)\b/g, '$1 head of department gatherings'],
  [letterAware(/\b(samlingene|samlinger|samlingane|samlingar|samlinga|samlingen) (for|til|med) (instituttlederne|instituttledere|instituttleiarane|instituttleiarar)\b(?!,? (og|med|saman med|sammen med)\b)/g), 'instituttledersamlingene'],
  // "på hvilket nivå ligger det?": the level it is at, no place.
  [letterAware(/\b(nivå|nivåe|level)\s+ligger\s+(det|den|studiet|programmet|kurset)\b/g), '$1 er $2'],
  [letterAware(/\bligger\s+(det|den|studiet|programmet|kurset)\s+på\s+(hvilket|kva|hva slags|hvilket slags)\s+nivå/g), 'er $1 på $2 nivå'],
  // "… different from LEDPRO, where I am now?": where the asker is, told in passing, asks no place.
  [letterAware(/,\s*(?:where|hvor|der|kor|som) (?:i|we|jeg|eg|vi|me) (?:am|are|was|were|work|study|sit|jobber|jobbar|er|går|sitter|sit|studerer)\b(?: now| currently| at the moment| nå| no| for tida| for tiden)?(?=\s*[?.!]|\s*$)/g), ''],
  [/\b(ages|yonks) ago\b/g, 'long ago'],
  // "How is the programme spread out over time?", "fordelt over årene": how it extends over the term, and where the
  // weight lies.
  [letterAware(/\b(fordelt|fordelte|spredt|spreidd|spredd|fordeler seg|fordeler det seg) (ut)?over (tid|tida|tiden|årene|åra|perioden|åremålsperioden|fire år)\b/g), 'strekker seg utover åremålsperioden med tyngde'],
  [/\b(spread|spread out|distributed|spaced|spaced out) (across|over) (time|the years|the period|the term|four years|the four years)\b/g, 'extends over the term with weight'],
  // "budget anything extra for accommodation", "noe ekstra": in addition, not the extra night.
  [/\b(anything|something|nothing) extra\b/g, '$1 in addition'],
  [letterAware(/\b(noe|noko|ingenting|ingen ting) ekstra\b/g), '$1 i tillegg'],
  // "et toårsprogram", "eit toårig løp": a program that lasts two years, a length claimed.
  [letterAware(/\b(ett|eitt|en|ein|to|tre|fire|fem|\d)[- ]?(?:års(?:program\w*|løp\w*|kurs\w*|opplegg\w*)|(?:årig|årige) (?:program\w*|løp\w*|kurs\w*|opplegg\w*))\b/g), 'som varer $1 år'],
  [/\b(one|two|three|four|five|\d)[- ]year(?:[- ]long)? (?:program(?:me)?|course|scheme|thing)\b/g, 'programme that lasts $1 years'],
  // "Hva er mest tidkrevende: X eller Y?": which lasts longer, a length compared.
  [letterAware(/\b(mest|mer|meir) tidkrevende\b/g), 'lengst'],
  [/\b(most|more) time[- ]consuming\b/g, 'longest'],
  // "Når er innsatsen størst?", "when is it most intensive?": where the weight of the measures lies.
  [letterAware(/\b(innsatsen|aktiviteten|trykket|belastningen|intensiteten|arbeidsmengden|mengden tiltak) (er |blir |vil være )?(størst|høyest|mest)\b|\b(mest|størst) (intensivt|intens|aktivitet|innsats)\b/g), 'tyngden er størst'],
  [/\b(most intensive|most intense|busiest|heaviest|the most activity|most effort)\b/g, 'with most weight'],
  // "What does the everyday support for heads of department look like?": the leadership support of pillar 4, no money.
  [/\b(everyday|day-to-day|day to day|daily|ongoing|hands-on) (support|help|backing)\b|\bleadership support\b/g, 'lederstøtte'],
  [letterAware(/\b(daglig|daglige|dagleg|daglege|løpende|løpande) (støtte|støtten|støtta|hjelp|hjelpen|oppfølging|oppfølgingen|oppfølginga)\b|\b(støtte|hjelp) i (hverdagen|kvardagen)\b/g), 'lederstøtte'],
  // "Hva sitter man igjen med på papiret?", "what do I get on paper?": the credits the course gives.
  [letterAware(/\b(sitter|sit|står|får|får|har) (man|jeg|eg|en|ein|vi|me|de|dei|deltakerne|deltakarane) (igjen )?(med )?(på papiret|formelt)/g), '$1 $2 studiepoeng'],
  [letterAware(/\b(hva|kva) (slags )?(papir|papirer|papira|formelt bevis|formell kompetanse) (får|får|gir|gjev|sitter|sit)\b/g), 'hvor mange studiepoeng $4'],
  [letterAware(/\bformelt ut av\b/g), 'studiepoeng ut av'],
  [/\b(get|end up with|come away with|walk away with|have) (on paper|formally)\b/g, '$1 credits'],
  [/\bformal (qualifications?|credentials?|recognition)\b/g, 'credits'],
  // "webinar om instituttvurdering": the department assessment the timeline names, not an exam.
  [letterAware(/\b(institutt-?vurdering\w*|instituttevaluering\w*|vurdering av (instituttet|instituttene|institutta|institutt))/g), 'institutt-assessment'],
  [/\b((institute|department) (assessment|evaluation|review)s?|(assessment|evaluation|review) of (the )?(institutes?|departments?))\b/g, 'institutt-assessment'],
  // "Hva koster det å sove og spise på hotellet hver gang vi møtes?": board and lodging, per gathering.
  [letterAware(/\b(hver|kvar) gang (vi|me|dere|de|dei|man|ein|en) (møtes|møtast|samles|samlast|treffes|treffast|er samlet|er samla|er samlede)\b/g), 'per samling'],
  [/\b(each|every) time (we|you|they|people) (meet|gather|get together|come together)\b/g, 'per gathering'],
  [letterAware(/\b(sove og spise|spise og sove|sova og eta|eta og sova|overnatte og spise|seng og mat|mat og seng)\b/g), 'kost og losji'],
  [/\b(sleep(ing)? and eat(ing)?|eat(ing)? and sleep(ing)?|a bed and (food|meals)|food and a bed)\b/g, 'board and lodging'],
  // "pay-setting and wage negotiations": what the HR training covers ("pay setting and pay negotiations"), no fee.
  [/\b(pay|wage|salary)[- ]?(setting|formation|determination)\b/g, 'lønnsdannelse'],
  [/\b(gått|gikk|går|gå|gåt) glipp av (toget|båten|bussen)\b/g, '$1 glipp av det'],
  [/\b(er |har )?(toget|båten) (har |er )?(gått|gikk)\b/g, 'det er for seint'],
  [/\b(missed|miss|missing) the (boat|train|bus)\b/g, '$1 out'],
  [/\b(the )?(boat|train) (has )?(sailed|left)\b/g, 'it is too late'],
  // "har det gått ut på dato?" of a part taken long ago: whether it is still valid, not a date.
  [letterAware(/\b(har |er )?(det |den |del 1 |delen )?(gått|går|gå|gikk) ut på dato\b/g), 'er det for lenge siden'],
  [/\b(has it|is it|did it) (expired?|run out|gone stale)\b/g, 'is it too long ago'],
  // "Kjem vi til å treffast på samlingane?", "will we meet at the gatherings?": together there, as the document says
  // the parts run ("samkjøres … i fellesskap"), not where the gatherings are.
  [letterAware(/\b(treffes|treffast|møtes|møtast|treffe hverandre|treffe kvarandre|møte hverandre|møte kvarandre) på (samlingene|samlingane)\b/g), 'være sammen på $2'],
  [/\b(meet|meet up|see each other|run into each other) (at|during) (the gatherings|the sessions)\b/g, 'be together $2 $3'],
  // "Kjøres del 1 og del 2 helt hver for seg?": run apart, as the document words it ("noe separat"); "hvor lenge går
  // de to hver for seg?" (each on its own) has no such verb before it, which may stand before the subject.
  [/(?<=\b(kjøres|køyrast|køyres|gjennomføres|arrangeres|holdes|kjørt|køyrt|gjennomført|arrangert|holdt)\b[^?.!]{0,40})\b(hver|kvar) for seg\b/g, 'separat'],
  // "… eller går det helt hver for seg?": "går" with its subject right before (not "går de to hver for seg", each).
  [/(?<=\b(går|gjeng)\s+(det|de|dei|vi|me|dere|dykk|delene|gruppene)\s+(helt\s+|heilt\s+)?)(hver|kvar) for seg\b/g, 'separat'],
];
/**
 * "Er prisen lik for del 1 og del 2?", "the same for both?": whether two things are alike is asked. English "like"
 * compares to something ("an exam like LEDPRO's") and asks no such thing; "at the same time", "på de samme
 * samlingene" ask whether they run together, not whether they are alike.
 */
export const SAME_ASKED = letterAware(/\b(lik|likt|identical|identisk|alike)\b|\bsamme\b(?! (tid|tida|sted|stad|samling\w*|gang))|\bsame\b(?! (time|place|gatherings?|sessions?))|\blike (for|i|på|mange|lange?)\b/);
/**
 * A request to compare, in a sentence of its own: "Side by side please.", "Sammenlign gjerne.", "Compare them.",
 * "Give me both side by side so I can forward it", "Set dei to opp mot kvarandre."
 */
export const COMPARE_ASKED = /(^|[.?!–-]\s*)[^.?!]{0,60}\b(hvilke[nt]? av (de|dei) to|kva for (ein|eit) av dei to|which (one )?of the two)\b[^.?!]*[.!?]?\s*$|(^|[.?!–-]\s*)(please\s+)?((?:i|we|jeg|eg|vi|me)\s+(?:need|want|would like|'d like|trenger|treng|vil ha|ønsker)\s+(?:them|both|the two|dem|begge|dei|de to|begge to)?\s*(?:side by side|side om side|sammenlignet|samanlikna|compared)|sammenlign\w*|samanlikn\w*|compare\w*|side by side|side om side|put (them|the two|both|it) (side by side|next to each other)|sett (dem|dei|de to|begge) opp (mot|ved siden av) (hverandre|kvarandre))\b[^.?!]{0,60}[.!]?\s*$|(^|[.?!–-]\s*)[^.?!]{0,40}\b(side by side|side om side|next to each other|ved siden av hverandre|ved sida av kvarandre|opp mot (hverandre|kvarandre)|against each other)\b[^.?!]{0,60}[.!]?\s*$/;
/** A sentence that only asks for a comparison: "Kan du sammenligne varigheten?", "How do the two differ?". */
export const COMPARE_ONLY = /^(?:(?:kan|kunne|vil) du (?:gjerne )?|(?:can|could|would) you (?:please )?|please )?(?:sammenlign\w*|samanlikn\w*|compare|contrast|sett\w* (?:dem|dei|de to|begge)|set (?:them|the two)|put (?:them|the two))\b[^?.!–—-]{0,40}[?.!]?$|^(?:how|hvordan|korleis) (?:do|does|are) (?:the two|they|them|these|those)\b[^?]*(?:differ|compare|different)\b[^?–—-]{0,20}\??$|^(?:hva|kva) (?:er|blir) (?:forskjellen|skilnaden)\b[^?.!–—-]{0,30}[?.!]?$/i;

/** "Og samanlikna med det – …", "Sammenlign gjerne med LEDPRO – …": a comparison asked in a lead-in the focus leaves out. */
export const COMPARED_WITH = letterAware(/\b((sammenlignet|sammenliknet|samanlikna|samanlikna|compared) (med|with|to) (det|dette|that|this|it|them|dem|den|dei|de)|(sammenlign|sammenlikn|samanlikn|samanlikne|compare)( (det|it|them|dem|dei))? (gjerne |gjerna |please |også |too )?(med|with|to)|for comparison|by comparison|in comparison|til (sammenligning|samanlikning))\b/);
/** Names the documents give as abbreviations, spelled out by the asker ("helse, miljø og sikkerhet" is HMS). */
export const SPELLED_OUT: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bhelse,? milj[øo] og sikkerhet\b/g, 'hms'],
  [/\bhealth,? safety(,? and| &) (the )?environment\b|\bhealth and safety\b/g, 'hse'],
  [/\bhuman resources?\b/g, 'hr'],
  // "den første fellesdagen": the joint training day, as the documents call it ("felles opplæringsdag").
  [/\bfellesdag(en|ene|ane|er|ar)?\b/g, 'felles opplæringsdag$1'],
  // "the person in charge of the academic side": who is responsible, not a charge to pay.
  [/\b(?:is |are |'s )?in charge of\b/g, ' responsible for'],
  // LEDPRO's parts by their place or role: "første del av LEDPRO", "the second part of LEDPRO", "påbygget" (part 2
  // builds on part 1; only LEDPRO has such a part in the documents).
  [/\b(?:den |the )?(?:første|fyrste) del(?:en)? (?:av|i|of) ledpro\b/g, 'ledpro del 1'],
  [/\b(?:den |the )?(?:andre|second) del(?:en)? (?:av|i|of) ledpro\b/g, 'ledpro del 2'],
  [/\b(?:the )?first part of ledpro\b/g, 'ledpro part 1'],
  [/\b(?:the )?second part of ledpro\b/g, 'ledpro part 2'],
  [/\b(påbygget|påbygginga|påbyggingen|påbyggingsdelen|påbyggingskurset|påbyggingsemnet|påbyggingsstudiet)\b/g, 'del 2'],
  // "vurderer fortsettelsen", "søkje på vidareføringa": the part that continues part 1.
  [/\b(fortsettelsen|fortsetjinga|fortsetjingen|videreføringen|videreføringa|vidareføringa|vidareføringen|oppfølgerkurset)\b/g, 'del 2'],
];
/** A place on a program is a seat won by admission, not a location ("who gets a place on those programs?"). */
export const PLACE_AS_SEAT: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(get|gets|getting|got|win|wins|secure|offered|given|have) (a |an |their |my |her |his )?(place|spot|seat)s? (on|in|at)\b/g, '$1 admitted to'],
  // "how does someone get a place there?": the program talked of.
  [/\b(get|gets|getting|got|win|wins|secure|offered|given) (a |an |their |my |her |his )(place|spot|seat)s? (there|on it|in it)\b/g, '$1 admitted there'],
  // "who decides who gets a place?", "hvem får plass?": a place to be had at the end of the question is a seat.
  [/\b(get|gets|getting|got|win|wins|secure|offered|given) (a |an )(place|spot|seat)\s*(?=\?|$|[.,!])/g, '$1 admitted'],
  [letterAware(/\b(får|få|fått|fikk) (plass|studieplass)\s*(?=\?|$|[.,!])/g), 'kommer inn'],
  [letterAware(/\b(får|få|fått|fikk|tilbud om|tilbudt) ((?:man|en|ein|jeg|eg|vi|me|de|dei|du|hun|han|ho) )?(en |ein |et |sin |min |hennes |hans )?(plass|studieplass)(en)? (på|i|ved)\b/g), 'kommer $2inn på'],
  [letterAware(/\b(får|få|fått|fikk) ((?:man|en|ein|jeg|eg|vi|me|de|dei|du|hun|han|ho) )?(plass|studieplass)(en)? (der|dit|på den|på det)\b/g), 'kommer $2inn der'],
];

/**
 * Employees of a municipality, a county or the state are public employees, as the documents name them ("Offentlig
 * ansatte kan søke OU-fondet"): "kommuneansatte" is no other group than that.
 */
export const PUBLIC_EMPLOYEES: ReadonlyArray<readonly [RegExp, string]> = [
  [letterAware(/\b(kommuneansatte|kommunalt ansatte|fylkeskommunalt ansatte|statsansatte|statlig ansatte|ansatte i (en |ei |et )?(kommune|kommunen|fylkeskommune|fylkeskommunen|staten))\b/g), 'offentlig ansatte'],
  // "Kan jeg som kommuneansatt søke?": one of them.
  [letterAware(/\b(kommuneansatt|kommunalt ansatt|fylkeskommunalt ansatt|statsansatt|statlig ansatt|ansatt i (en |ei |et )?(kommune|kommunen|fylkeskommune|fylkeskommunen|staten))\b/g), 'offentlig ansatt'],
  [/\b(a|one) (municipal|council|county|state|government) (employee|worker)\b/g, '$1 public employee'],
  [/\b(municipal|council|county|state|government) (employees|staff|workers)|(people|those|staff|employees) (working|employed) (in|for|at) (a |the )?(kommune|municipality|council|county|public sector)\b/g, 'public employees'],
];

/** The phrasings above written as the documents word them: spelled-out abbreviations, a place as a seat, set phrases. */
export const PHRASINGS = new Rewrites([...SPELLED_OUT, ...PLACE_AS_SEAT, ...SET_PHRASES, ...PUBLIC_EMPLOYEES]);
export const NUMBER_NAMED = /\b(?:number|nummer|nr\.?|punkt|point|item)\s*(\d|one|two|three|four|five|six|en|ett|to|tre|fire|fem|seks)\b/;
export const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, en: 1, ein: 1, én: 1, ett: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6 };
export const ORDINALS: Record<string, number> = { første: 1, fyrste: 1, andre: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, siste: -1, last: -1, final: -1 };
/** "the third and fourth pillars", "tredje og fjerde hovedsøyle": two pillars by number ("pillars 3 and 4"). */
export const ORDINAL_PILLARS = letterAware(/\b(?:the |den |dei |de )?(first|second|third|fourth|første|andre|tredje|fjerde) (?:and|og|&) (?:the |den )?(first|second|third|fourth|første|andre|tredje|fjerde) (hovedsøyle\w*|søyle\w*|pillars?)\b/g);
export const pillarsByNumber = (_: string, a: string, b: string, p: string): string => `${p} ${ORDINALS[a]} ${/^(hoved|s)/.test(p) ? 'og' : 'and'} ${ORDINALS[b]}`;
export const AFTER = letterAware(/\b(den etter|neste etter|etter den|the one after|after that|the next one|den neste|deretter)\b/);
export const BEFORE = letterAware(/\b(den før|før den|the one before|before that|forrige)\b/);

/** Places to be had on a program: seats, not a location. */
export const SEATS = /\b(how many|hvor mange|kor mange|antall|number of|limited|begrenset|cap on|max(imum)?|ledige)\b.{0,25}\b(places|plasser|plassar|spots|seats)\b/;

/** The topic a concept word names, for a question whose wording no cue phrase knows. */
export const CONCEPT_TOPIC: Readonly<Record<string, FactTopic>> = {
  '#theme': 'themes', '#fee': 'fee', '#place': 'place', '#deadline': 'deadline', '#admission': 'admission',
  '#credits': 'credits', '#exam': 'exam', '#travel': 'travel', '#support': 'support',
  '#target': 'target-group', '#pillar': 'pillars', '#apply': 'apply', '#prerequisite': 'prerequisite',
};

/** Modal and auxiliary verbs: how a yes/no question is put, not what it claims. */
export const MODAL = new Set(['må', 'måtte', 'kan', 'kunne', 'skal', 'skulle', 'bør', 'burde', 'vil', 'ville', 'får', 'fikk', 'need', 'needs', 'does', 'will']);

export const ACADEMIC_TOPICS: ReadonlySet<FactTopic> = new Set(['exam', 'themes', 'content', 'credits', 'admission', 'prerequisite', 'purpose', 'between-gatherings']);

/** Question and cue words the spelling step must know, so typos in them are repaired too. */
export const CUE_WORDS = ('hvor hvem hvordan hvilke hvilken hvilket hvorfor koster kostnad kostnader avgift deltakeravgift '
  + 'semesteravgift søknadsfrist søknadsfristen opptakskrav opptakskravet studiepoeng eksamen hjemmeoppgave '
  + 'kontaktperson kontaktpersoner telefon telefonnummer nummer epost adresse samling samlinger samlingene '
  + 'målgruppe målgruppen hovedtema hovedtemaer hovedspor hovedsøyler fagmoduler grunnopplæring lederutvikling '
  + 'instituttleder instituttlederprogrammet ledersamling arrangeres holdes ligger varer lenge nominerer nominasjon '
  + 'address adress where when which who what does cost price credits exam requirements deadline gathering gatherings '
  + 'accommodation lodging hotel contact phone email number apply application admission target audience theme themes '
  + 'forskjell forskjellen forskjellene difference differences ledergruppesamlingen ledergruppesamlingene').split(' ');

/** A comparison closing a question ("sånn som på LEDPRO?", "like LEDPRO does?", "as with part 1?"). */
// "…, siden det er NTNU som står bak?", "…, since NTNU runs it?": a provider given as the reason is the asker's guess,
// not the program asked about.
export const AS_WITH = /[\s,]+(sånn som|slik som|akkurat som|som på|som med|som for|like (on|in|for|with|at)?|just like|as (with|for|on|in|at)|the same as|samme som)\s+(på |i |for |med |with |on |in |at )?[\p{L}\d -]{2,30}\??\s*$|[\s,]+(siden|ettersom|fordi|sidan|since|because|as) (det er |det var |det jo er |it's |it is )?[\p{L}\d-]{2,20} (som )?(står bak|står for|arrangerer|arrangerar|driver|tilbyr|runs it|is behind it|organi[sz]es it|offers it|hosts it|runs the (course|programme|program))\??\s*$/u;

/** A follow-up that turns the last question to another matter: "og hvis jeg lurer på …", "what if it's about …". */
// "Altså ikke praktiske ting, mer om det faglige" / "I mean the academic side": the concern restated, no new question.
export const IF_I_WONDER = letterAware(/^(?:ok\.?,?\s*)?(?:og|and|men|but|så|so)?\s*(?:hvis|om|viss|dersom|if|what if|hva (?:med|om)|kva med|what about|and for|altså|alts[åa] ikke|nei,?|no,?|i mean|i meant|jeg mener|jeg mente|eg meiner|not the|ikke (?:det )?praktisk\w*|ikkje (?:det )?praktisk\w*|mer om|meir om|more about|about|rather)\b(?![^?]*\b(?:hva|kva|hvem|kven|hvor|kvar|når|hvordan|korleis|what|who|where|when|how)\b)/);

/** "andre … enn X", "other … than X", "besides X": X set aside. */
export const OTHER_THAN = /\b(?:andre|other|flere|fleire|else)\b[^?]*?\b(?:enn|than|besides|apart from|utenom|bortsett fra)\s+([^?,]*)|^(?:apart from|besides|other than|utenom|bortsett fra|foruten)\s+([^,?]+),|\b(?:hvilke|kva for|which|what)\b[^?]*?\b(?:besides|apart from|utenom|bortsett fra|foruten|i tillegg til|in addition to|on top of|utover|ut over|beyond|other than|except)\s+([^?,]*)/;
/** The words set aside by "andre … enn X" / "apart from X, …". */
export const setAsideIn = (focus: string): string => { const m = OTHER_THAN.exec(focus); return m?.[1] ?? m?.[2] ?? m?.[3] ?? ''; };

/** "how many hours should I set aside for that?": a question that points back at the last topic. */
// "… er det Kristin jeg skal spørre om sånt, ikke sant?": the matter pointed back to, before a closing tag.
export const FOR_THAT = /\b(for|to|on|with|til|på|med|av|om|about) (that|it|this|those|such things|det|dette|den|disse|dei|desse|sånt|slikt|sånne ting|slike ting)(\s*,?\s*(ikke sant|ikkje sant|right|stemmer det|sant))?\s*\??\s*$/;

/** Things that could have a date the documents do not give: "when is it due?" after one asks that date. */
export const UNDATED_TOPICS: ReadonlySet<string> = new Set(['exam', 'fee', 'support']);
/** "What does it focus on?", "hva fokuserer det på?". */
export const FOCUS_ASK = letterAware(/\b(focus(es|ed|ing|sing|ses|sed)? on|fokuserer|fokusere|fokus(et)? (er|på)|the focus|fokuset|hovedfokus\w*|main focus|(legger|legg|la|legge) (\p{L}+ ){0,3}(mest |størst |stor |særlig |spesielt )?vekt på|emphasi[sz]\w*|(put|puts|place|places|lay|lays) (the most |most |particular |special )?(weight|emphasis) on|vektlegg\w*)\b/u);
/** "de to", "the two", "begge": both of what the conversation named. */
export const THE_TWO = /\b((de|dei|the) (to|two)( delene| delane| parts)?|begge( delene| delane)?|both( parts)?)\b/;
/** The words of comparing, which no fact's content holds. */
export const COMPARING_TERMS = /^(#between|betwe\w*|mellom|differen\w*|forskjel\w*|compar\w*|sammenlign\w*|samanlikn\w*|skilnad\w*|versus|vs)$/;
/** Handing something in ("the hand-in deadline", "innleveringsfristen"): a date of the exam, not of applying. */
export const HAND_IN = /\b(hand[- ]?in|hand(ing|ed)? (it|that|this|them) in|handing in|submission|submit\w*|innlevering\w*|levere\w*|leveres|leveranse\w*|levering\w*|leveringsfrist\w*|due)\b/;
/** What follows "uten"/"without" in a question: left out of what is asked. */
// "…, før hotell og bøker er regnet med?", "before the hotel is added?": what is left out of the price.
// "… the participant fee itself, not the lodging.": a repair's last words set the last topic aside.
export const WITHOUT_TAIL = /,\s*(?:not|ikke|ikkje)\s+(?:the |a |an |selve |den |det )?[^,?]{2,30}[.!?]?\s*$|[\s,(]+(uten|utan|without|excluding|unntatt|ikke medregnet|not counting|(?:når|om|hvis|if|when) (?:vi|man|en|jeg|eg|me|we|you|i) (?:ser|ser vi|ser man) bort ?fra|(?:når|om|hvis|if|when) (?:vi|we|you|i|one) (?:leave|set|put) aside|bortsett fra|bortsett frå|se bort fra|sett bort fra|leaving aside|setting aside|apart from|aside from|not including|før(?= [^?]*\b(regnet med|rekna med|lagt til|kommer i tillegg|kjem i tillegg|medregnet)\b)|before(?= [^?]*\b(added|counted|included)\b))\s[^?]*/;
/** Two pillars named by number ("søyle 1 og 2", "pillar 3 vs pillar 4"), each number captured. */
/** "de tre søylene er …", "the three pillars are …": a count of the pillars claimed, which the whole list answers. */
export const PILLARS_COUNTED = /\b(to|tre|fire|fem|two|three|four|five|\d)\s+(hoved)?(s[øo]yle|s[øo]yler|s[øo]ylene|s[øo]ylane|pillars?)\b/;
export const TWO_PILLARS = /(?:s[øo]yle|pillar)s?\s*(\d)\s*(?:,|og|and|&|vs\.?|versus|eller|or|mot)\s*(?:(?:hoved)?s[øo]yle\s*|pillar\s*)?(\d)/;

/** "hvor mye", "kor mykje", "how much": a sum asked. */
export const HOW_MUCH = /\b(hvor mye|kor mykje|kor mye|how much)\b/;

/** "them", "de to": what was talked of, pointed back at. */
export const THEM = /\b(dem|dei|them|those|these|de to|dei to|the two|begge|both)\b/;
/** A difference asked for, which what each holds and requires tells (not the last topic). */
export const DIFFERENCE_ASKED = /(forskjell|skilnad|skil|differ|difference|innhold|innhald|content)/;
/** The two programs, unnamed: "de to programmene", "both programmes", "dere har to program". */
export const TWO_PROGRAMS = /\b(?:begge|both)\s+(?:de\s+|dei\s+|the\s+)?program\w*|\b(?:to|two)\s+program\w*/;

/** "Hvor lenge varer en samling?", "how long is each gathering?": one gathering's length, not the program's. */
// "hver instituttledersamling", "kvar instituttleiarsamling": one gathering named by a compound too; "how long are
// the LEDPRO gatherings?", "instituttledersamlingene": all of them, named with a word between or in a compound.
export const ONE_GATHERING = /\b(en|ei|ett|one|a|each|hver|kvar|per|every) ([a-zæøå0-9-]+ )?([a-zæøå0-9]+-)?[a-zæøå]*(samling|gathering|session)|[a-zæøå-]*(samlingene|samlingane)\b|\b(the|its|their|those|these) ([a-z0-9'’-]+ ){0,2}(gatherings|sessions)\b/;

/** "How does one get in?", "hvordan kommer man inn?": the way in, which the requirements and the application make. */
export const HOW_IN = /\b(how|hvordan|korleis)\b[^?]{0,40}\b(get(?:ting)? (in|into|admitted|a place)|admitted|get(?:ting)? onto|kommer (man |en |ein |jeg |eg |folk |de |dei )?inn|komme inn|kjem (ein |eg |dei )?inn|blir (man |en |jeg )?tatt opp|bli tatt opp|vert (ein )?teken opp)/;

/** "the same person", "samme kontaktperson": whether one person answers two matters, a question of the contacts. */
export const SAME_PERSON = letterAware(/\b(same (person|people|contact|contact person)|(samme|same) (person|personen|kontakt|kontaktperson|kontaktpersonen|folk)|one and the same (person|contact)?|én og samme|ein og same)\b/);
