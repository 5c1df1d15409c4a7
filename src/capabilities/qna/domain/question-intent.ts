import type { FactTopic } from '../../../catalog/catalog.schema';
import { affirmed, concernIn } from './contact-answers';
import { EVERYDAY_TOPIC_CUES } from './everyday-cues';
import { MONTH_NAMES, monthsAsked, WEEKDAY_NAMES, WEEKDAY_WORDS } from './month-asks';
import { letterAware } from './letter-aware';
import { normalise } from './text-analysis';
import { anyOf, edgeFree } from './pattern-screens';


/**
 * What a question asks for, read from cue words in bokmål and English. The topic decides which fact goes
 * first and, when the program has no fact of that topic, that the honest answer is "the documents don't say".
 */
export type DateAsk =
  | { readonly kind: 'gathering'; readonly number: number; readonly also?: number[] }
  | { readonly kind: 'next' }
  | { readonly kind: 'until'; readonly number?: number }
  | { readonly kind: 'all'; readonly year?: string; readonly months?: number[] };

/** The days of the week asked for, or a weekday named ("Starter den en mandag?"). */
const WEEKDAY_ASKED = new RegExp(String.raw`\b(${WEEKDAY_WORDS}|(hvilken|hvilke|kva|what|which) dag(ar|er)? i (uka|uken|veka)|${WEEKDAY_NAMES})s?\b`);

/** Cues that only say "tell me about it": they do not make a question specific. */
export const GENERIC_TOPICS: ReadonlySet<FactTopic> = new Set(['overview', 'purpose']);

export interface Intent {
  /** Topics asked for, strongest first. Empty when no cue word was found. */
  readonly topics: FactTopic[];
  readonly date: DateAsk | undefined;
  /** For contact questions: practical or academic matters. */
  readonly concern: 'practical' | 'academic' | undefined;
  /** "when" somewhere in the question made it a date question only weakly (no gathering, no date word). */
  readonly weakDates?: boolean;
  /** The days of the week were asked ("Hvilke ukedager?", "Starter den en mandag?"): dates are given with them. */
  readonly weekdays?: boolean;
  /** A numbered item of the last list ("hva går nummer 3 ut på?" after the pillars). */
  readonly pillar?: number;
}

/** Cue patterns per topic (word starts; matched on the normalised question). Order breaks ties. */
const CUES: ReadonlyArray<readonly [FactTopic, RegExp]> = [
  // "Har andre kommuner brukt det?" / "who said that?" after it: what others say of the program.
  ['testimonial', /\b(referanse\w*|references?|vouch\w*|testimonial\w*|sitat\w*|sitert\w*|siterer|siteres|quote[sd]?|quoting|uttal(er|te) seg|anbefal(er|te|ing)\w*|recommend(s|ed|ation)?|endorse\w*|andre kommuner|other (municipalities|councils|organi[sz]ations)|erfaringer? (fra|med) andre|(gode|good|positive) erfaring\w*|(good|positive) experiences?|who said (that|it)|hvem sa (det|dette)|kven sa (det|dette)|(har|have|has) (noen|nokon|any|other|andre) \w+ (brukt|used|tried|prøvd|vært med)|suksessfaktor|success factor|(si|fortelle|fortelje|dele|share|tell( us)?) (noe |noko |litt |something |anything )?(om |about )?(sine |sin |deira |deres |their )?(erfaring\w*|experiences?))/],
  // "Kan tillitsvalgte søke?" asks who may join, not how to apply.
  ['target-group', /\b((open|available) (to|for) (someone|somebody|people|me|us|anyone|everyone|consultants|private|all|leaders|managers|public|staff|employees)|caters? (to|for)|(someone|somebody|people|folk|en|noen) (in|i) (my|min|mi) (position|situation|role|rolle|stilling|situasjon)|(åpent?|åpne) for (meg|oss|folk|alle|noen|konsulenter|private)|hvem kan (søke|delta|bli med|være med)|who can apply|where do (i|we) (fit|belong)|which (group|category|target group) (do|am) (i|we)|hvor (hører|passer) (jeg|vi) (hjemme|inn|til)|hvilken (målgruppe|kategori|gruppe) (hører|tilhører|passer) (jeg|vi)|kan (en |ei |et |også |òg )?(?!(?:jeg|man|du|vi|eg|vel|nok|da|jo|likevel|fortsatt|framleis|ikke|ikkje|også|òg)\b)[a-zæøå]+(?: (?:våre|vår|vårt|mine|mitt|dine|dykkar|deres|dets))?(?: (?:fra|frå|i|på|hos) (?:et |en |ei |vårt |vår |eit )?[a-zæøå-]+(?: [a-zæøå-]+)?)? (også |òg )?(s[øo]ke|delta|v[æa]re med|bli med)|(?:bare|kun|berre|only) (?:for )?(?:[a-zæøå-]+ ){0,2}(?:som|who|that) (?:kan|can|may|får|er|is|are|jobber|work|arbeider) ?(?:ta|take|søke|apply|delta|join|attend|tilsett|ansatt|employed|i|in)?|(?:can|could|may) (also )?(?:an? |the )?(?!i\b|you\b|we\b|also\b|they\b|it\b|he\b|she\b)[a-z]+(?: (?:from|in|at) (?:an? |the |our )?[a-z-]+(?: [a-z-]+)?)? (also )?(apply|join|take part|attend|participate)|am i (even )?in the target|er jeg i m[åa]lgruppen)/],
  ['prerequisite', /\b(uten (å ha )?(tatt|gjennomf\w*|fullf\w*) (ledpro )?(del|part) ?1|without (taking|having (taken|done|completed)|doing) (ledpro )?part ?1|forkunnskap|forutsetning|m[åa] jeg ha (tatt|gjennomf)|need (to have|to take)?\s*part ?1|part 1 (first|before)|del 1 (først|før)|before (ledpro )?part ?2|før (ledpro )?del ?2|prerequisite|(rett|direkte|straight|directly)( inn)? (på|til|i|to|into|in to|onto) (ledpro )?(del|part) ?2|(hoppe|hopp|skip|skippe) (rett )?(over |på |til |to |into )?(ledpro )?(del|part) ?[12]|(start|begynne|starte) (med|with|on|på) (ledpro )?(del|part) ?2)/],
  ['lodging', /\b(lunsj til lunsj|lunch[- ]to[- ]lunch|hotel ?package|hotellpakke\w*|(komme|kome|ankomme|reise|dra) (dit |opp |ned )?(kvelden|kveldinga|dagen|natta) før|(arrive|come|travel|get there) (the )?(evening|night|day) before|hotellopphold\w*|hotellpris\w*|hotellkostnad\w*|hotellregning\w*|hotel (price|cost|bill)s?|hotel stays?|ekstra (natt|døgn|overnatting)|extra (night|day)|opphold|overnatting|losji|hotellrom|kost og|middag|tilknytningsd|lodging|accommodation|board and|extra night|overnight|stay(ing)? at|room)/],
  // "støtteapparat", "support staff": the people who support leaders, not money for the fee.
  ['support', /\b(st[øo]tte(?!apparat|personal|personell|funksjon)|st[øo]nad|tilskudd|stipend(?!iat)|ou-?fond|ou[- ]?fund|finansier|(?<!(?:one-to-one|one to one|one-on-one|leader|leadership|personal|individual|close|local|hands-on|day-to-day|practical) )support(?! staff| functions?|ing\b)|grant|funding|subsid)/],
  // No leading word boundary for Norwegian stems: they sit inside compounds ("deltakeravgiften").
  ['fee', /(\badds? up to\b|\b(hva|kva) blir (hotellet|hotellregning\w*|oppholdet|regning\w*|summen|totalen)\b|\bbeløpe[rt]? seg\b|\bgratis\b|\bfree of charge\b|\bfor free\b|\bkoste[rt]?\b|kostnad|\bpris(en|er)?\b|avgift|\bbetal|\bfees?\b|\bcosts?\b|\bprices?\b|\bpay\b|tuition|expensive|\bdyrt?\b|\ball[- ]inclusive\b|\b[1-9]\d{1,2} ?000\b(?! (?:deltak|delt|particip|people|personer|innbyggere|inhabitants|ansatte|employees)))/],
  ['deadline', /\b(s[øo]knadsfrist\w*|p[åa]meldingsfrist\w*|frist|innen n[åa]r|deadline|last day to apply|apply by|when (do|must|should|can) (i|we|you|they|one) (have )?(apply|applied)|n[åa]r (m[åa]|skal|kan|bør) (jeg|eg|vi|me|man|en|ein|de|dei|dere|han|hun|ho) (ha )?s[øo]k(e|je|t)\b|(i've got|i have|we've got|we have|jeg har|eg har|vi har|me har) (time |tid |got )?(until|till|fram til|frem til|til) \d)/],
  ['apply', /\b((hvem|kven|who) (er det som |som )?(bestemmer|avgjør|avgjer|velger|decides?|chooses?)|s[øo]ke|s[øo]kt\b|s[øo]knad|p[åa]melding|melde meg|meld(?:e|er|ar|a)? (?:meg|seg|deg|oss|dere|dykk) på|apply|application|sign up|sign (myself|me|us|ourselves|her|him|them|herself|himself|themselves|yourself) up|enrol|register|nominer|nominat|picks?\b(?! (?:which|what)\b| (?:our|my|your|their|the|own) (?:own )?(?:topics?|themes?|subjects?|tema))|selects?\b(?! (?:which|what)\b| (?:our|my|your|their|the|own) (?:own )?(?:topics?|themes?|subjects?))|velger ut|plukker|(hvordan|korleis) (velges|veljast|vert (dei |deltakarane )?valde|blir (de |dei |deltakerne |deltakarane )?valgt)|velges (deltakerne|deltakere|deltakarane|ut)|(hvordan|korleis) (blir|kommer|kjem) (jeg|eg|man|ein|en|vi|me) med (på|i)|how (do|can) (i|we|you|one) (join|get onto|get on|get into)|valgt ut|velges ut|tas ut|plukkes ut|(are|is|get|gets|were|be) (selected|chosen|picked)|who picks)/],
  ['credits', /\b(studiepoeng|credits?|study-?points?|ects|\bsp\b|\bstp\b|poeng(?!et\b)|worth)/],
  // "hjemmeeksamen": the document's "hjemmeoppgave" (a "skoleeksamen" stays a kind of exam the claim names); the
  // examiners ("sensorgruppe") are the exam's too.
  ['exam', /\b((?:skole|skule|sluttn?|skriftlig|muntlig)?eksamen|hjemmeeksamen\w*|exams?\b|examination|hjemmeoppgave|vurder(?!er\b|e\b|t\b)|(?<!institut\w*[- ])assess(?!ments?[- ]webinar)|assignment|grading|test\b|sensor(gruppe|panel|er|ene)?\b|examiners?\b)/],
  ['admission', /\b(opptak|krav(?!\w* til (le[id]\w*|oss|dem|meg))|kreve(?!nde)|kvalifi|requirement|admission|admitted|eligib|qualif|bachelor(?!\s?-?(nivå|level))|degree|grad\b|komme inn\b|kommer (jeg|eg|man|du|vi|hun|han|en|de) inn\b|get in(to)?\b|sjans(e|en)? (p[åa]|til [åa] (komme|bli))\b|be considered|bli vurdert|years? of (college|university|higher education)|(år|års) (på |fra )?(høyskole|høgskole|universitet)|chances? (of|to) (get(ting)?|be(ing)?) (in|accepted|admitted))/],
  ['contacts', /\b((riktig|rette|right|best|correct) (person|people|contact)|(person|noen|nokon|someone|somebody) (å|to) (spørre|spørje|kontakte|ringe|ask|contact|call)|who (handles|answers|deals with)|who takes (questions|enquiries|inquiries|what)|(hvem|kven) (tar|tek) (hva|kva|imot)|(hvem|kven|who) (tar|tek|takes|handles) (de |dei |the )?(praktiske|faglige|faglege|practical|academic)|(hvem|kven) (svarer|svarar|tar|tek) (p[åa]|imot) (\w+ )?(spørsmål|spm)|hvem tar seg av|hvem svarer p[åa]|hvem leder|hvem er ansvarlig|hvem har ansvar|who (leads|runs|is responsible|is (academically|practically) responsible|is in charge|'s in charge)|who (is|was) (the )?(person|one|contact) +responsible|(hvem|kven) (er|har) (det |den )?(faglig |praktisk |fagleg |faglige |praktiske |faglege )?(ansvarlig|ansvaret)|kontakt|contact|hvem kan jeg (sp[øo]rre|ringe)|hvem sp[øo]r jeg|who (can|should|do) i (ask|call|contact|talk to)|e-?post|email|telefon|phone|mobil\w*|mobile (number|phone)|cell ?(phone|number)|ringe|ringer|ringje|ringjer|call(?!ed\b)|prosjektleder|project (manager|lead(er)?|coordinator)|fagansvarlig|talk to(?! (?:my|our|her|his|their|the) (?:boss|manager|director|leader|team|staff|colleagues?|employer|council|head|dean|hr|partner|family)))|^\s*(og |and )?(tlf|nummer|number|nummeret)\b(?!\s*\d)/],
  // "Hvordan kommer jeg meg videre?": getting there, the verb inflected.
  ['travel', /\b(reise|komme meg|komme dit|kom(?:m)?er (?:jeg|eg|vi|me|man|en|ein) (?:meg|oss|seg) (?:videre|dit|fram|frem|derfra|dit)|toget?\b|togbillett\w*|travel|trains?\b|get there|get to (?!take|be |have|know|learn|do |go on|join|attend|apply|choose|pick)|airport|flyplass|fra oslo|from oslo|gardermoen|hvor langt|how far|lufthavn)/],
  ['apply', /\b(hvor finner jeg (mer )?(info|informasjon)|where (can|do) i find (more )?info|more information|mer informasjon)/],
  // "lectures where experts tell you", "det som ligger under overflaten": a relative "where", a figurative "ligger",
  // ask no place.
  ['place', /\b((de|dei|they|they're|they are|den|det|it|ledpro(?: [12])?) (holdes|haldast|blir holdt|vert haldne|arrangeres|held|hosted|run) (på|i|in|at) (?!(vår\w*|høst\w*|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december|\d))|(samling\w*|gathering\w*|session\w*)\b[^?]{0,30}\b(er|holdes|ligger|is|are|held|be|være|vere) (på|i|in|at)\b(?! (vår\w*|høst\w*|sommer\w*|vinter\w*|\w*semester\w*|spring|autumn|fall|summer|winter|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december|20\d\d)\b)|^(er|blir|holdes|are|is) (alle |all )?(the |de )?[\w-]{0,20}(samling\w*|gathering\w*|session\w*) (på|i|in|at) (?!(ledpro|ntnu|del|part|program\w*|studiet|kurset|instituttleder\w*|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|march|may|june|july|october|december|\d|høst|vår|sommer|vinter|autumn|spring|summer|winter|the (autumn|spring|summer|winter))\b)|hvor\b(?! (mange?\b|mye|lenge|ofte|langt|lang|finner))|(?<!begge )sted|(?:^where|where(?=\s*$|\s*[?.,!]|\s+(is|are|was|were|do|does|did|will|would|can|could|should|shall|to|the|it|they|we|i|you|exactly|abouts)\b))(?![^?]{0,40}\b(come in|comes in|fit in|fits in|feature|features|show up|shows up|turn up|covered|dealt with|addressed|taught|deal with|deals with|handle|handles|handled|address|addresses|cover|covers|tackle|tackles|tackled|work on|works on|worked on|teach|teaches|discuss|discusses|discussed|treat|treats|treated)\b)|venue|location|held(?![a-zæøå])|(?<!som )ligger(?! (under|bak|til grunn|i (vår\w*|høst\w*|sommer\w*|vinter\w*|\w*semester\w*|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)))|nabo|neighbou?r|(which|what) hotel|hvilke[tn]? hotell|adres|address)/],
  // "… between the gatherings?" → "so is there writing involved in between as well?": "in between" is the same time.
  ['between-gatherings', /\b(mellom\b.*\bsamling|between\b.*\b(gathering|session)|mellomperiode|hjemmearbeid|homework|lekse|in[- ]between|i mellomtiden|imellom)/],
  ['pillars', /\b(hoveds[øo]yle|s[øo]yle|pillar)/],
  // "Hvilke ben står programmet på?": what it stands on are its pillars.
  ['pillars', /\b(hvilke|kva for|hvor mange|kor mange|which|how many)\s+(ben|bein|legs)\s+(står|stend|hviler|kviler|stands?|rests?)(?![\p{L}])/u],
  ['training', /\b(grunnoppl[æa]ring|oppl[æa]ring|basic (leadership )?training|training day|training)/],
  ['modules', /\b(fagmodul|modul|module|byggestein|hovedbyggestein|hovudbyggestein|byggeklosse|building block)/],
  ['ideals', /\b(god ledelse|gode ledere|god leder|kjennetegn|good leadership|good leaders?|ideal|forventning|expectation|expects? (of|from) (its |their |the )?(good )?leaders|forventer (av|til|fra) (sine |gode )?ledere)/],
  ['examples', /\b((ramse|ramsa) opp|(nevne|nemne|list|name) (noen|nokre|some|a few|the) (av )?(\w+ )?(lederutviklings)?program\w*|(hvilke|kva for|hva for) (andre |flere |fleire )?\w*program|eksemp?ler p[åa] \w*program|(which|what) (other )?(\w+ ){0,2}programmes|(which|what) (other )?(\w+ ){0,2}programs|examples of|for eksempel|eksempler|\b(et|eit|ett|one) (av|of) (ntnus |ntnu's |the |de |dei )?(\w+ )?(lederutviklings|leiarutviklings|leadership |leader development )?program\w*)/],
  // "Hva er tanken bak hvordan folk lærer?", "How does LEDPRO see learning?": the view of learning, before what is
  // learnt.
  ['content', /\b(syn på læring|læringssyn\w*|læringsforståelse\w*|view of learning|(sees?|views?|thinks? about|understands?|approach(es)? to) learning|(tanken|tenkningen|ideen|filosofien) bak (hvordan|korleis|måten)|(hvordan|korleis|how)\b[^?.]{0,40}\b(folk|man|ein|en|vi|me|deltakerne|deltakarane|voksne|vaksne|people|participants|adults|we|you|one)\s+((faktisk|egentlig|eigentleg|actually|really|best)\s+)?(lærer|lærar|learn)\b|lærer man (ved|av|gjennom)|learn by (being told|listening|doing))/],
  // "lærende ledelse", "learning organisation": named ideas of the documents, not what one learns.
  ['themes', /\b(focus(es)? on|fokus(erer)? p[åa]|tema|hovedtema|hovudtema|hovedspor|spor\b|track|theme|topic|innhold|innhald|content|(?<!\bwho\b[^?]{0,40})cover|l[æa]re(?!nde (ledelse|organisasjon))|learn(?!ing (leadership|organi[sz]ation|process))|pensum|curriculum)/],
  // "Er LEDPRO noe for meg?" / "anything for people like me?": whether the asker belongs to the target group.
  ['target-group', /\b((only|just|purely|exclusively|bare|kun|berre|utelukkende) (meant )?for ((erfarne|røynde|experienced|seasoned|senior|nye|new|unge|young|toppledere|top) )?(public|private|offentlig|privat|kommun|municipal|ansatte|employees|ledere|leiarar|leaders|managers|instituttledere|dekan|deans|heads)|(er|is) (det|dette|ledpro|it|this|that|programmet|studiet) (noe|noko|aktuelt|relevant|something|anything|meant) for (meg|oss|me|us)|(anything|something|noe|noko) for (people|folk|personer|someone|leaders?|ledere) (like|som) (me|meg)|passer (det|dette|ledpro|studiet) for (meg|oss)|(være|vere|er|bli) (jeg|eg|vi|me|hun|han|ho|hen|de|dei) (\w+ )?aktuel[lt]?e? (for|til|som)|(være|vere|bli) (\w+ )?aktuel[lt]?e? (for|til|som) (ledpro|studiet|kurset|programmet|del|å)|for people like me|hvem er|for hvem|hvem passer|m[åa]lgruppe|who is .* for|who (is|are) it for|who (is|are) (they|these|those|this|that|the \w+|both)( \w+)? (meant |intended |designed )?for|(hvem|kven) er (de|dei|det|disse|desse|dette|begge)( \w+)? (ment |meint |laga |laget )?for|for whom|who can (join|take|attend)|target group|audience|(intended|meant|designed|made) for|(laget|laga|lagd|ment|meint|tenkt|beregna) for|aimed at|rettet mot|beregnet for)/],
  ['format', /\b(hvordan (jobber|fungerer|foreg[åa]r|er .* organisert|er .* lagt opp|blir .* lagt opp|legges .* opp)|how (does|do) .* work|how (is|are) .* (run|set up|structured|laid out)|organi[sz]ed|arbeidsform|how many gatherings|hvor mange samlinger|format|structure)/],
  ['timeline', /\b(tidslinje|timeline|kick-?off)/],
  ['purpose', /\b(form[åa]l|hensikt|hvorfor|purpose|why|aim|goal|m[åa]l med|tanken? (bak|med)|id[ée]en? (bak|med)|vitsen med|poenget med|meining(a|en) med|meningen med|(idea|thinking|reasoning) behind|rationale|the point of)/],
  // "Hva går LEDPRO ut på?", "Kva handlar det om?", "what's it all about?": what the program is, in short.
  ['overview', /\b(hva er|what is|fortell om|tell me about|om programmet|about the|(g[åa]r|gjeng) [^?]{0,40}\but p[åa]\b|handl[ae]r [^?]{0,40}\bom\b|dreier [^?]{0,30}\bseg om|what('s| is) [^?]{0,40}\babout\b|what does [^?]{0,40}\b(involve|entail)|(hva|kva) (innebærer|inneber|innebar))/],
];

/** Which gatherings there are in some months ("hvilke samlinger er i juni", "any gatherings in the summer?"). */
const IN_MONTHS = letterAware(/\b(hvilke\w*|which|what|any|noen|hvor mange|how many|noko|nokre|er det|is there|are there|finnes det|fins det|blir det|fall|falls|fell|faller|ligger|hva|kva)\b/);
/** The days asked of something in a month ("The one in June, which days exactly?"). */
const ONE_IN_MONTH = letterAware(/\b(which|what|hvilke|hvilken|kva)\b[^?]{0,25}?\b(days?|dates?|dager|dagar|datoer|dato|datoene)\b/);
// "six gatherings spread out over two years", "seks samlinger fordelt over to år": the schedule's span, claimed.
const WHEN_ALL = letterAware(/\b(n[åa]r|dato|datoer|datoene|samlingsdato\w*|samlingsdatoar\w*|when|dates?|schedule|timeplan|hvor ofte|kor ofte|how often|(spread|spaced|stretched) (out )?(over|across)(?! how many)|(fordelt|spredt|spreidd) (over|på|utover)(?! (hvor|kor) mange)|over (\w+ )?(years|år|semestre|semesters|months|måneder|månader))\b/);
/** A start claimed in a month ("starter i februar", "does it start in March?"). */
const START_IN_MONTH = letterAware(new RegExp(String.raw`\b(starter|begynner|startar|byrjar|start|starts|begin|begins|kicks? off|oppstart\w*)\b[^?.]{0,30}?\b(i|in)\s+(${MONTH_NAMES})\b`));
// "Hvilken ukedag …?", "what day of the week …?" ask when as much as "når" does.
const WHEN = letterAware(new RegExp(String.raw`\b(n[åa]r|when|dato|datoer|datoene|samlingsdato\w*|dates?|${WEEKDAY_WORDS})\b`));
// Everyday phrasings ("set me back", "hvor holder de til") come after the catalog's own cue words.
const LETTER_CUES: ReadonlyArray<readonly [FactTopic, RegExp]> = [...CUES.map(([t, re]) => [t, letterAware(re)] as const),
  ...EVERYDAY_TOPIC_CUES.filter(([t]) => CUES.some(([c]) => c === t)).map(([t, re]) => [t as FactTopic, re] as const)];

/** A run of consecutive cues of one topic; `any` matches every text one of them may match (undefined: test each). */
interface CueRun { readonly topic: FactTopic; readonly any?: RegExp; readonly cues: Array<readonly [RegExp, RegExp | undefined]> }

/**
 * The cues in runs of one topic (the everyday cues come up to eight to a topic), each cue with its quick test and
 * the run with one pattern whose alternatives are those quick tests: most runs match nothing in a question, and
 * one scan tells so instead of one per cue. Runs keep the cues' order, so topics are found in the same order.
 */
const CUE_RUNS: readonly CueRun[] = LETTER_CUES.reduce<Array<{ topic: FactTopic; cues: Array<readonly [RegExp, RegExp | undefined]> }>>((runs, [topic, re]) => {
  const last = runs[runs.length - 1];
  if (last?.topic === topic) last.cues.push([re, edgeFree(re)]);
  else runs.push({ topic, cues: [[re, edgeFree(re)]] });
  return runs;
}, []).map((run) => ({ ...run, any: anyOf(run.cues.map(([re, quick]) => quick ?? re)) }));

/** What screens a run: its `any`, else its one cue's quick test, else the cue itself. */
const runScreen = (run: CueRun): RegExp => run.any ?? run.cues[0][1] ?? run.cues[0][0];

/**
 * The runs three at a time under one more screen (the alternatives of their screens): a question passes the screens
 * of one or two of the 50-odd runs, and a block none of whose runs can match is passed over in one scan instead of
 * three (a fifth of the reading of an intent).
 */
const CUE_BLOCKS: ReadonlyArray<{ readonly any?: RegExp; readonly runs: readonly CueRun[] }> = Array.from({ length: Math.ceil(CUE_RUNS.length / 3) }, (_, i) => {
  const runs = CUE_RUNS.slice(i * 3, i * 3 + 3);
  return { runs, any: runs.length > 1 && runs.every((r) => r.any || r.cues.length === 1) ? anyOf(runs.map(runScreen)) : undefined };
});

const ORDINALS: Record<string, number> = {
  første: 1, andre: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
  siste: -1, last: -1, final: -1,
};

/** The ordinals of ORDINALS that count from the start ("siste" counts from the end). */
const COUNTED = Object.keys(ORDINALS).filter((o) => ORDINALS[o] > 0).join('|');
// "første og siste samling", "the first and last gatherings": the last may close a list of ordinals.
const ORDINAL_WORD = new RegExp(String.raw`\b(${COUNTED}|siste|last|final)\b`, 'g');
const ORDINAL_LIST = new RegExp(String.raw`\b(?:${COUNTED})(?:\s*(?:,|og|and|&)\s*(?:the |den |det )?(?:${COUNTED}|siste|last|final))+\s+(?:[\p{L}\d-]+\s+)?(?:[\p{L}\d]+-)?(?:samling|gathering|session)`, 'u');

/** "…and when is the first one?", "which weekday is the last one?": a gathering by its place in the list, asked when. */
const ONE_WHEN_ASKED = new RegExp(String.raw`\b(?:når|naar|when|${WEEKDAY_WORDS})\b.*\b(?:den|the) (første|andre|tredje|fjerde|femte|sjette|siste|first|second|third|fourth|fifth|sixth|last|final)(?: one)?\s*\??$`, 'u');

function gatheringNumber(q: string): number | undefined {
  const m = /\b(?:samling|gathering|session)\s*(?:nr\.?|nummer|number|no\.?|#)?\s*(\d{1,2})\b/.exec(q)
    ?? /\b(\d{1,2})\.\s*(?:samling|gathering)/.exec(q);
  if (m) return Number(m[1]);
  // "the first LEDPRO gathering", "første NTNU-samling"; not "the first day of the gathering".
  // "sammen med de andre på samlingene": "de andre" are the others, and a word of place between is no gathering's name.
  const o = /(?<!\b(?:de|dei|dem|alle|disse|desse)\s)\b(første|andre|tredje|fjerde|femte|sjette|siste|first|second|third|fourth|fifth|sixth|last|final)\s+(?:(?!dag|day|del|part|gang|time|på|i\b|av\b|med\b|fra|frå|at\b|in\b|on\b|of\b|from)[\p{L}\d-]+\s+)?(?:[\p{L}\d]+-)?(?:samling|gathering|session)/u.exec(q)
    // "…and when is the first one?", "når er den siste?": a date asked of a gathering named by its place only.
    ?? ONE_WHEN_ASKED.exec(q);
  if (o) return ORDINALS[o[1]];
  // "hvilken dato møtes vi første gang?", "when do we meet for the first time?": the first gathering.
  return FIRST_MEETING.test(q) ? 1 : undefined;
}

const FIRST_MEETING = /\b(?:møtes|møtast|treffes|treffast|samles|samlast|meet|gather)\b[^.?!]{0,20}\b(?:første|fyrste|the first) (?:gang|gong|time)\b|\b(?:første|fyrste|the first) (?:gang|gong|time) (?:vi|we|de|dei|they|me|dere|dykk) (?:møtes|møtast|treffes|meet|gather)\b/;

/**
 * The intent of each single word asked about, kept: the reader asks it of every content word of every question
 * (twice), and running the ~30 letter-aware cue patterns on it was the costliest step of an answer. Words recur
 * across questions; whole questions are not kept (they rarely recur). Bounded: cleared when full.
 */
const wordIntents = new Map<string, Intent>();
const WORD_INTENTS_MAX = 20_000;

/**
 * Whole questions read lately: a message is read as a whole (for small talk) and as its focus, which is often the
 * same text, and a two-part message reads its parts again. A handful suffices (cleared when full): it saves the
 * second reading within a message, it is no cache of answers across users.
 */
const recentIntents = new Map<string, Intent>();
const RECENT_MAX = 8;

export function readIntent(question: string): Intent {
  return /\s/.test(question) ? keptIntent(recentIntents, RECENT_MAX, question) : keptIntent(wordIntents, WORD_INTENTS_MAX, question);
}

/** The intent of a text from a bounded map, read and kept when absent (the map is cleared when full). */
function keptIntent(kept: Map<string, Intent>, max: number, question: string): Intent {
  const hit = kept.get(question);
  if (hit) return hit;
  const read = readIntentOf(question);
  // Frozen: every caller shares it (the reader copies an intent before changing it).
  Object.freeze(read.topics);
  Object.freeze(read);
  if (kept.size >= max) kept.clear();
  kept.set(question, read);
  return read;
}

function readIntentOf(question: string): Intent {
  const q = normalise(question);
  const topics: FactTopic[] = [];
  for (const block of CUE_BLOCKS) {
    if (block.any && !block.any.test(q)) continue;
    for (const { topic, any, cues } of block.runs) {
      if (topics.includes(topic) || (any && !any.test(q))) continue;
      if (cues.some(([re, quick]) => (!quick || quick.test(q)) && re.test(q))) topics.push(topic);
    }
  }

  // "instituttledersamlingene", "ledersamlingen": gatherings in a compound too.
  const mentionsGathering = /(samling|gathering|session)/.test(q);
  // "the one after gathering 2", "den før samling 4": the neighbour of the gathering named.
  const beside = /\b(?:the one|the next one|the gathering|the session|den|den neste|samlingen)\s+(after|etter|before|før)\s+(?:gathering|samling|session)\s*(\d)\b/.exec(q);
  const named = gatheringNumber(q);
  const number = beside ? Math.max(1, Number(beside[2]) + (/after|etter/.test(beside[1]) ? 1 : -1)) : named;
  let date: DateAsk | undefined;
  // "How many days is it from today until …", "kor mange dagar er det frå i dag til …": the days left.
  if (/\b(hvor lenge (er det )?(fra (i dag|nå) )?til(?! ?sam)|(hvor|kor) mange (dager|dagar) (er det |blir det |har (jeg|eg|vi|me) )?((fra|frå) (i dag|nå|no) )?til(?! ?sam)|how long (is it |do (i|we) have )?(from (now|today) )?until|how many days (is it |are there |are left |do (i|we) have )?(from (now|today) )?(until|till|to|before)|days left)/.test(q)) {
    date = { kind: 'until', number };
  } else if (/\b(neste|kommende|upcoming|next)\b/.test(q) && mentionsGathering) {
    date = { kind: 'next' };
  } else if (number !== undefined) {
    // "når er samling 3 og 4?": each gathering named.
    // "samling 2 og samling 3": the noun may be said again before each number.
    const more = /\b(?:samling\w*|gatherings?|sessions?)\s*(?:nr\.?|nummer|number|no\.?|#)?\s*\d{1,2}((?:\s*(?:,|og|and|&|\+)\s*(?:(?:samling\w*|gatherings?|sessions?)\s*(?:nr\.?|nummer|number|no\.?|#)?\s*)?\d{1,2}\b)+)/.exec(q);
    // "the third and the fourth LEDPRO sessions", "tredje og fjerde samling": each named by its order.
    const ordered = ORDINAL_LIST.exec(q);
    const also = more ? [...more[1].matchAll(/\d{1,2}/g)].map((m) => Number(m[0])).filter((n) => n !== number)
      : ordered ? [...ordered[0].matchAll(ORDINAL_WORD)].map((m) => ORDINALS[m[1]]).filter((n) => n !== number && n !== 0) : [];
    // Said in order: "the fourth and the third" are the third and the fourth; the last (-1) comes last.
    const all = ordered ? [number, ...also].sort((a, b) => (a < 0 ? 99 : a) - (b < 0 ? 99 : b)) : [number, ...also];
    date = also.length > 0 ? { kind: 'gathering', number: all[0], also: all.slice(1) } : { kind: 'gathering', number };
  } else if (mentionsGathering && WHEN_ALL.test(q)) {
    // "Hvilke datoer er samlingene i 2023?": the year asked is checked against the schedule.
    const year = /\b(20\d\d)\b/.exec(q)?.[1];
    const months = monthsAsked(q);
    date = { kind: 'all', ...(year ? { year } : {}), ...(months ? { months } : {}) };
  } else if (mentionsGathering && IN_MONTHS.test(q) && !/(tema|innhold|theme|content|topic|skjer|happen|agenda)/.test(q)) {
    // "Which gatherings fall between June and August?": those gatherings, by their dates.
    const months = monthsAsked(q);
    if (months) date = { kind: 'all', months };
  } else if (topics.length === 0 && START_IN_MONTH.test(q)) {
    // "Starter LEDPRO i februar?", "Does it start in March 2025?": the whole schedule, whose first month decides.
    const year = /\b(20\d\d)\b/.exec(q)?.[1];
    date = { kind: 'all', ...(year ? { year } : {}) };
  } else if (topics.every((t) => t === 'dates') && ONE_IN_MONTH.test(q)) {
    // "The one in June, which days exactly?" / "what are the exact dates in March?": the gathering of that month, by
    // its dates.
    const months = monthsAsked(q);
    if (months) date = { kind: 'all', months };
  }
  if (date && !topics.includes('dates')) topics.unshift('dates');
  const weakDates = !date && WHEN.test(q) && !topics.includes('deadline');
  if (weakDates) topics.push('dates');

  // "…, ikke det praktiske": the matter set aside is not the one asked about.
  const kept = affirmed(q);
  const concern = /\b(faglig|fagleg|fagansvar|fagstoff|fag\b|academic|content question|subject)/.test(kept) ? 'academic'
    : /\b(praktisk|practical|logistikk|logistics|prosjektleder|project (manager|lead(er)?|coordinator))/.test(kept) ? 'practical'
    // "Who do I contact with questions about the course content?": whom to ask about the content or the syllabus is
    // the academic lead; the wider words only when a contact is asked for.
    : topics.includes('contacts') ? concernIn(q) : undefined;
  // "a question about the hotel … who do I reach out to?": the specific topic leads, the overview follows.
  // "Når er siste sjanse til å melde seg på?": asked when, the deadline leads the signing up.
  if (WHEN.test(q) && topics.join(',') === 'apply,deadline') topics.reverse();
  const ordered = [...topics.filter((t) => !GENERIC_TOPICS.has(t)), ...topics.filter((t) => GENERIC_TOPICS.has(t))];
  return { topics: ordered, date, concern, weakDates: weakDates && topics.length > 1, ...(WEEKDAY_ASKED.test(q) ? { weekdays: true } : {}) };
}
