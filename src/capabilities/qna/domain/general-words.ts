import { EVERYDAY_GENERAL_WORDS } from './everyday-lexicon';
import { stem } from './text-analysis';
/**
 * Everyday words of both languages that say how something is asked, not what about: verbs, adjectives,
 * adverbs and vague nouns. A question word outside the catalog's vocabulary that is not one of these is what
 * the question is about ("wifi", "parkering", "dress code"), and the documents do not cover it.
 */
export const GENERAL_WORDS: ReadonlySet<string> = new Set([...EVERYDAY_GENERAL_WORDS, ...(
  // bokmål verbs and their common forms
  'delen delene delane parten sider sidene sidetall relevant aktuelt aktuell aktuelle mest mostly most mainly hovedsakelig stort sett funker funke fungerer driver drive holder på '
  + 'nettet nettsiden nettsida nettsidene nettside '
  + 'bli blir ble blitt gjøre gjør gjorde gjort få får fikk fått ta tar tok tatt gi gir ga gitt finne finner fant funnet '
  + 'bruke bruker brukte brukt komme kommer kom kommet gå går gikk gått si sier sa sagt se ser så sett vite vet visste tenke tenker '
  + 'tro tror mene mener trenge trenger ønske ønsker prøve prøver starte starter begynne begynner slutte slutter avslutte '
  + 'avslutter avsluttes ende ender fortsette fortsetter delta deltar møte møter snakke snakker skrive skriver lese leser levere '
  + 'leverer velge velger velges plukke plukker sende sender hente henter holde holder ligge ligger stå står sitte sitter bo bor '
  + 'jobbe jobber arbeide arbeider lære lærer lærte skje skjer skjedde handle handler dreie dreier foregå foregår inneholde '
  + 'inneholder inngå inngår regne regner forvente forventer forventes passe passer gjelde gjelder vise viser melde velger '
  + 'bety betyr betydde forstå forstår legge legger lages lage lager sette setter spørre spør svare svarer hjelpe hjelper '
  + 'kreve krever kreves trengs finnes fins tilby tilbyr tilbys satse satser vektlegge vektlegges bygge bygger utvikle utvikler '
  + 'bedre best beste god godt gode stor store større størst liten lite små mindre minst ny nytt nye gammel gamle lang lange '
  + 'langt kort korte kortere vanlig vanligvis viktig viktigst mulig riktig rett feil fin fint hel helt hele egen eget egne '
  + 'samme annen annet andre neste siste første tidlig sent sen slags type typer måte måten ting tingen meningen tanken '
  + 'poenget greia greie hensikten opplegg opplegget ordning ordningen særlig spesielt generelt totalt mest minst ganske '
  + 'veldig svært bare kun akkurat omtrent cirka rundt nesten allerede fortsatt fremdeles ennå igjen senere tidligere '
  + 'normalt typisk vanligvis egentlig sikkert sikker usikker kjent ukjent nevnt nevnes står står skrevet beskrevet '
  + 'informasjon info oversikt oversikten detaljer nærmere mer flere fleste mange mye noe noen alt alle hver hvert '
  + 'ledere lederne leder folk personer person deltakere deltaker deltakerne kolleger kollega kollegaer sjef sjefen '
  + 'slutten starten begynnelsen året år måned måneder uke uker dag dager tid tiden gang ganger delvis fullt '
  // prepositions of belonging: "a mentor program among its programs", "blant programmene"
  + 'blant blandt lignende liknende '
  // English
  + 'among amongst similar get gets got take takes took give gives gave find finds found use uses used come comes came go goes went say says said '
  + 'see sees saw know knows knew think thinks believe need needs want wants try tries start starts begin begins finish '
  + 'finishes end ends ending join joins attend attends meet meets talk write read deliver submit send hold held stay '
  + 'work works working happen happens happened mean means cover covers covered include includes included involve involves '
  + 'expect expected learn learns taught teach focus focused build builds develop develops offer offers offered pick picks '
  + 'picked choose chooses chosen select selects selected run runs running organise organised organize organized '
  + 'better best good new old long short whole own same other next last first early late kind sort type way thing things '
  + 'point idea usual usually important possible right wrong big small large main mainly most more much many some few '
  + 'about around nearly already still again later earlier typically generally actually really exactly information '
  + 'overview details detail people person participants participant colleagues colleague boss manager managers year years '
  + 'month months week weeks day days time times mentioned described written test end lot lots partly partially fully entirely '
  + 'lagt legges nær nært nærme near close closest nysgjerrig curious interested interessert nevnte hører høre holdes '
  + 'arrangeres sammenlignet samanlikna samanlikne compared versus vs januar februar mars april mai juni juli august september oktober november '
  + 'desember january february march may june july october december høst vår autumn spring summer winter sommer vinter '
  + 'friske opp husker remember annerledes different ganske quite honestly ærlig mye lot hvordan usually organised '
  + 'outside utenfor matter matters apart category categories kategori kategorien fit fits belong belongs tilhører '
  + 'sentral sentralt sentrale central centrally list lists listed listing '
  + 'dokument dokumentet dokumentene dokumenta document documents brosjyre brosjyren brochure planens '
  + 'lengst lengre lenger longest longer kortest kortere shortest shorter mer flere more most fewer færre '
  // "hvor lang tid tar det?", "hvor lenge varer det?": how a length is asked, as English "long" above (not "kort", also a card).
  + 'lang lange langt lenge lengde lengden vare varer varte '
  + 'done doing having taken take eige eget opplegg '
  + 'midt middle underveis straight directly direkte rett '
  + 'ekstra extra wide effort innsats matter matters '
  + 'form forms formed recurring tilsvarer hørt heard lest read høre hear trodde thought tror believe forstått forstod skjønt skjønte understood understand '
  + 'hour hours timer time like samme same skiller skille differ differs forskjellig forskjellige varighet '
  + 'even description descriptions beskrivelse anything nothing say mention mentions nevne nevner omtale omtaler name names punkt punkter punktene punktvis points bullet bullets rettet retta rettes retter rettar aimed intended targeted toward towards another '
  + 'according help helps build building bygge trakk trekker send sends sending sent sende sender sendt across '
  // Everyday Norwegian the speller used to take for typos of catalog words ("pengene" is not "poengene").
  + 'penger pengene pengar pengane sjans sjanse sjansen innlandet staben runde runden meint strengere fylles boten '
  // "Hvordan er dagen organisert?" names no document, though only LEDPRO's text has the word.
  + 'organisert organisere organiseres organised organized vanlig vanlige vanleg vanlege hive hiver '
  + 'area areas område områder felt aspects aspekter '
  + 'skjer skjedde happens happening gjennom through ifølge according plan planen dekanen '
  + 'regne regner regnes regnet reknast rekna considered regarded counted classed classified defined definert defineres '
  + 'themselves itself ourselves myself yourself selv sjølv seg dem self selve sjølve '
  + 'clash clashes crash crashes collide collides overlap overlaps kræsjer krasjer kolliderer kræsje krasje kollidere '
  + 'logistics logistikk logistic easiest easy easier enkleste enklest lettest lett borte away hjemme home vits vitsen løpet høyde driver drive'
).split(/\s+/).filter(Boolean)]);

/** Stems of the general words, so their other forms ("menes", "foregikk") are general too. Short stems are left out:
 * "mat" must not make "maten" a general word. */
const GENERAL_STEMS: ReadonlySet<string> = new Set([...GENERAL_WORDS].map(stem).filter((s) => s.length >= 4));

/** Whether a word only says how something is asked: a general word, or another form of one. */
export const isGeneralWord = (w: string): boolean => GENERAL_WORDS.has(w) || GENERAL_STEMS.has(stem(w));
