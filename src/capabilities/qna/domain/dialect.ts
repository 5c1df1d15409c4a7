import { letterAware } from './letter-aware';
import { Rewrites } from './pattern-screens';
/**
 * Nynorsk and loose English brought to the forms the analysis knows. Nynorsk question words and common verbs
 * map to bokmål one to one; inflections (samlingane, kostar) are left to the spelling step, which finds the
 * bokmål word one edit away. English contractions typed without an apostrophe are expanded.
 */
const NYNORSK: Readonly<Record<string, string>> = {
  føremål: 'formål', føremålet: 'formålet', haldne: 'holdt', halde: 'holde', haldast: 'holdes', held: 'holder', kva: 'hva', kven: 'hvem', vatnet: 'vannet', vatn: 'vann', kvar: 'hvor', kor: 'hvor', korleis: 'hvordan', kvifor: 'hvorfor', kvifør: 'hvorfor',
  ikkje: 'ikke', eg: 'jeg', dykk: 'dere', dokker: 'dere', dei: 'de', deira: 'deres', ho: 'hun',
  noko: 'noe', nokon: 'noen', nokre: 'noen', mykje: 'mye', berre: 'bare', òg: 'også', ein: 'en', eit: 'et',
  fleire: 'flere', frå: 'fra', sjølv: 'selv', saman: 'sammen', tilsaman: 'tilsammen', då: 'da', sidan: 'siden',
  kostar: 'koster', gjev: 'gir', gjer: 'gjør', vere: 'være', vore: 'vært', kjem: 'kommer', kome: 'komme',
  treng: 'trenger', søkje: 'søke', søkjer: 'søker', tek: 'tar', teken: 'tatt', tekne: 'tatt', teki: 'tatt', vert: 'blir', vart: 'ble', blei: 'ble',
  ynskjer: 'ønsker', heilt: 'helt', dekkjer: 'dekker', dekkje: 'dekke', dekt: 'dekket', særleg: 'særlig', sjølve: 'selve', dykkar: 'deres', ønskjer: 'ønsker', fyrste: 'første', heile: 'hele', stad: 'sted', staden: 'stedet',
  veke: 'uke', veker: 'uker', dagar: 'dager', leiar: 'leder', leiarar: 'ledere', leiing: 'ledelse',
  tilsette: 'ansatte', tilsett: 'ansatt', tillitsvalde: 'tillitsvalgte', høgskule: 'høyskole', skule: 'skole',
  kvart: 'hvert', kvarandre: 'hverandre', kvifor_: 'hvorfor', finst: 'finnes', høyrer: 'hører', korte: 'korte',
  tillitsvald: 'tillitsvalgt', målgruppa: 'målgruppen', passar: 'passer', betre: 'bedre', meint: 'ment', avgifta: 'avgiften', samlinga: 'samlingen', opplæringa: 'opplæringen',
  deltakar: 'deltaker', deltakarar: 'deltakere', deltakaravgift: 'deltakeravgift', deltakaravgifta: 'deltakeravgiften',
  jobbar: 'jobber', arbeidar: 'arbeider', eitt: 'ett', eige: 'eget', eigne: 'egne', eiga: 'egen', eigen: 'egen', undervegs: 'underveis', haust: 'høst', hausten: 'høsten', tilpassa: 'tilpasset',
  trur: 'tror', opphald: 'opphold', opphaldet: 'oppholdet', gong: 'gang', gongen: 'gangen', gonger: 'ganger', plassar: 'plasser', plassane: 'plassene', desse: 'disse', dagane: 'dagene', lagde: 'lagt', lagd: 'lagt', gjere: 'gjøre', fagansvarleg: 'fagansvarlig', vanleg: 'vanlig', mogleg: 'mulig', dagars: 'dagers', samlingar: 'samlinger', høyrt: 'hørt', høyrd: 'hørt', vekt: 'vekt', byrje: 'begynne', byrjar: 'begynner', teke: 'tatt', tatt: 'tatt', utan: 'uten', faglege: 'faglige', seie: 'si', seier: 'sier', sei: 'si', skriv: 'skriver', les: 'leser', lærer: 'lærer',
  skuleeksamen: 'skoleeksamen', skuleeksamenen: 'skoleeksamenen', timar: 'timer', timane: 'timene', viss: 'hvis', høgare: 'høyere', høgre: 'høyere', høgste: 'høyeste', utdanninga: 'utdanningen', røynsle: 'erfaring', arbeidsrøynsle: 'arbeidserfaring',
  døme: 'eksempler', døma: 'eksemplene', dømet: 'eksempelet', listar: 'lister',
  valde: 'valgt', velje: 'velge', veljer: 'velger', samanlikna: 'sammenlignet', samanlikne: 'sammenligne', deltakarane: 'deltakerne',
  tidslina: 'tidslinja', tidsline: 'tidslinje', tilskot: 'tilskudd', tilskotet: 'tilskuddet', ringjer: 'ringer', ringje: 'ringe', spurde: 'spurte', gjeld: 'gjelder', betalar: 'betaler', reknar: 'regner', rekne: 'regne',
  tenkjer: 'tenker', tenkje: 'tenke', setje: 'sette', mellombels: 'midlertidig', mellombelse: 'midlertidige', oppgåve: 'oppgave', oppgåva: 'oppgaven', hovudoppgåve: 'hovedoppgave', hovudoppgåva: 'hovedoppgaven', leggje: 'legge', veit: 'vet', høyre: 'høre', startar: 'starter', varar: 'varer', ligg: 'ligger', lurar: 'lurer', meiner: 'mener', trengst: 'trengs',
};

/** Words that only a nynorsk writer uses, so the map is applied (bokmål texts are left as they are). */
const NYNORSK_MARKERS = letterAware(/\b(kva|kven|korleis|kvifor|ikkje|eg|kor|plassar|dagar|kostar|noko|mykje|berre|frå|sjølv|dykk|fyrste|treng|søkje|kjem|samlingane|samlingar|dei|ein|eit|vere|heile|haldne|halde|haldast|leiar\w*|leiing\w*|særleg|sjølve|dykkar|kvarandre|passar|betre|meint)\b|(når|om) det gjeld\b|^(og )?kvar (er|blir|vert|ligg|held|skal|kan|finn)\b|^(vert|ligg|gjev|finst)\b/);

const EN_CONTRACTIONS: Readonly<Record<string, string>> = {
  whats: 'what is', wheres: 'where is', whos: 'who is', hows: 'how is', whens: 'when is', thats: 'that is',
  dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not', cant: 'can not',
  wont: 'will not', im: 'i am', ive: 'i have', theres: 'there is', youre: 'you are', shouldnt: 'should not',
  wasnt: 'was not', havent: 'have not', hasnt: 'has not', whats_: 'what is',
  // Question words typed in a hurry ("wich topics …?"), which the speller cannot tell from "wish" or "witch".
  wich: 'which', whcih: 'which', wihch: 'which', whihc: 'which', waht: 'what', wht: 'what', whta: 'what', hwo: 'who', hwat: 'what', wher: 'where', whre: 'where', whn: 'when', hwy: 'why', hvilen: 'hvilken', hvike: 'hvilke', hvlike: 'hvilke', hvordna: 'hvordan', hovrdan: 'hvordan',
  // Chat shorthand.
  ppl: 'people', abt: 'about', thru: 'through', pls: 'please', plz: 'please', u: 'you', ur: 'your', bc: 'because', cuz: 'because',
  incl: 'include', inkl: 'inkludert',
  // Norwegian chat shorthand ("hva kan du egt hjelpe med?").
  egt: 'egentlig', egtl: 'egentlig', pga: 'på grunn av',
  // Office shorthand ("fellesadm ntnu hvem regnes som ledere der").
  fellesadm: 'fellesadministrasjonen', fellesadmin: 'fellesadministrasjonen',
};

/** Phrasings brought to the words the documents use, rule by rule in this order (standardise's last step). */
const PHRASES = new Rewrites([
  // "et år ut i åremålsperioden" / "a year into the term": joining partway, as the documents say it ("underveis").
  // "hvordan foregikk de?" asks how they are run, as "foregår" does.
  [/\b(?:et|ett|eitt|ein|en|to|tre|noen|nokre|fleire|flere|\d+|et halvt|eit halvt)( og et halvt)? (?:år|måneder?|månader?|månad|uker?|veker?) ut i (åremålsperioden|perioden|lederperioden|leiarperioden)\b/g, 'underveis i $2'],
  [/\b(?:a|one|two|three|several|a few|\d+|half a) (?:years?|months?|weeks?) into (the|my|his|her|their) (term|period)\b/g, 'midway through $1 $2'],
  // "et år etter at de andre startet åremålsperioden": joining partway too.
  [/\b(?:et|ett|eitt|ein|en|to|tre|\d+|noen|nokre|et halvt|eit halvt) (?:år|måneder?|månader?|uker?|veker?) etter (?:at )?(?:de andre|dei andre|resten|alle andre|kollegaene|kollegane) (?:startet|begynte|byrja|starta)(?: på)?(?: (?:åremålsperioden|perioden|programmet|lederperioden))?/g, 'underveis i åremålsperioden'],
  [/\b(foregikk|foregjekk)\b/g, 'foregår'],
  // "kan eg som jobbar i spesialisthelsetenesta òg søkje?": the asker's work told inside the question, told first.
  [/\b(kan|får) (jeg|eg|vi|me) som ((?:jobber|jobbar|arbeider|arbeidar|er|sitter|sit)\b[^,?.]{1,60}?) (også |òg |og |likevel )?(søke|søkje|delta|være med|vere med|bli med)\b/g, '$2 $3, $1 $2 $4$5'],
  // "hvor passer hun inn?", "where does he fit in?": which of the groups the documents name, not a place.
  [/\b(hvor|kvar) (passer|passar) (hun|han|hen|ho|jeg|eg|vi|me|de|dei|vedkommende|den personen) (inn)\b/g, 'hvilken målgruppe hører $3 til'],
  [/\bwhere (does|do|would|could|might) (she|he|they|i|we|that person) (fit|belong)( in)?\b/g, 'which target group $2 belong to'],
  // "være med og bestemme hva som skal fordypes", "have a say in what we go deeper into": the document's "velge temaer
  // som skal utdypes".
  [letterAware(/\b(?:være med (?:og|på å) |vere med (?:og|på å) )?(?:bestemme|påvirke|velge|avgjøre)\s+(?:selv\s+|sjølv\s+)?(?:hva|kva|hvilke\w*|kva for)\s+(?:tema\w*\s+)?(?:som\s+)?(?:skal|vi skal|me skal)\s+(?:fordypes|utdypes|fordjupast|utdjupast|gå i dybden på|gå i djupna på)\b/g), 'velge temaer som skal utdypes'],
  [/\b(?:have a say in|get to decide|decide|choose|pick) (?:what|which (?:topics|themes)) (?:we|they|participants) (?:go deeper into|deepen|dig into|explore further)\b/g, 'choose topics to deepen'],
  // "… and who about the academic content?": whom to contact, the verb left out as "hvem om det faglige" leaves it.
  [/\bwho (about|regarding|concerning) (?=the |any |academic |practical |content|questions)/g, 'who do i contact $1 '],
  // "Vi prøver å finne ut hvem som passer hvor", "who fits where": whom each of the two programs is for, not a place.
  [/\b(hvem|kven) (som )?(passer|passar|hører hjemme|høyrer heime) (hvor|kvar|best hvor|i hvilket|i kva for eit)\b/g, 'hvem de to programmene passer for'],
  [/\bwho (fits|suits|belongs) where\b|\bwhich (one|programme|program) (fits|suits) (whom|who)\b/g, 'who the two programmes are for'],
  // "incl. the standard kost og losji": an abbreviation, not the end of a sentence.
  [/\bincl\.\s/g, 'include '],
  [/\binkl\.\s/g, 'inkludert '],
  // "hva blir det totalt pr. pers.?", "ca. 8k", "evt. ekstra natt", "iflg. NTNU": abbreviations written out, so their
  // dots end no sentence and the words are the ones the cues know.
  [/\bpr\.\s?(?=[a-zæøå0-9])/g, 'per '],
  [/\bpers\.(?=\s|\?|$)/g, 'person'],
  [/\bca\.\s/g, 'cirka '],
  [/\bevt\.\s/g, 'eventuelt '],
  [/\bant\.\s/g, 'antall '],
  [/\biflg\.\s/g, 'ifølge '],
  [/\bbl\.\s?a\.\s/g, 'blant annet '],
  [/\bf\.\s?eks\.\s/g, 'for eksempel '],
  [/\bmht\.\s/g, 'med hensyn til '],
  // "legger så stor vekt på ledelse": emphasises it; the weight is no subject of its own.
  // "Hva legger den andre delen mer vekt på?": the subject may stand between the verb and the weight.
  [/\b(legger|legg|legge|la|lagt) ((?:[a-zæøå0-9]+ ){0,3})(så |veldig |svært )?(stor|mye|mykje|størst|mest|mer|meir|større|særlig|spesielt) vekt på(?![a-zæøå])/g, 'satser $2på'],
  // "institute assessment webinar": the name of one timeline item (written "Institut-assessment"), not an exam.
  [/\binstitut(?:t|e)?[- ]assessment\b/g, 'institut-assessment'],
  [/\bassessment[- ](webinar\w*)/g, 'assessment-$1'],
  // "blir det tatt tak i mine problemstillinger": worked on, not a part one has taken.
  [/\b(tatt|ta|tar|tok|teke|tek) (tak i|fatt i)\b/g, 'jobbet med'],
  // "Blir lønnsforhandlinger tatt opp i opplæringen?": a subject of it, not a part one has taken. A person who
  // "blir tatt opp på LEDPRO" is admitted.
  [letterAware(/(?<!(?:bli|blir|ble|blei|blitt|vert|vart|verte|vorte) )\b(tatt|tas|teke|takast) opp (i|på|under)\b/g), 'tema $2'],
  // "Blir de samlet på de samme samlingene?" / "at the same gatherings": the parts run together, not a count of them.
  [/\b(?:samlet|samla|sammen|saman) (?:på|i) (?:de |dei )?samme (?:samlingene|samlingane|samlinger|samlingar)\b/g, 'sammen på samlingene'],
  [/\b(?:together )?(?:at|in) the same (?:gatherings|sessions)\b/g, 'together at the gatherings'],
  // "the gatherings where the dean's team and the heads meet": "where" that starts a relative clause asks no place.
  [/\b(gatherings?|sessions?|meetings?|seminars?|ones|days|samlingene|samlinger|samlingen|møtene|møter|møtet|dagene|arenaene|arenaer) (?:where|hvor|der) (?=\S+ \S+)/g, '$1 '],
  // "institute leader gatherings" is "instituttledersamlinger" word for word; the English documents say "Head of
  // Department gatherings" (the program's own name, "institute leader programme", is one of its aliases).
  [/\binstitute[- ](?:leader|head)s?'? (gatherings?|sessions?|seminars?)\b/g, 'head of department $1'],
  [/\bheads?-of-departments?\b/g, 'head of department'],
  // "the part 1 and part 2 groups": the parts' cohorts, not the small groups participants work in.
  [/\b((?:part|del) [12] (?:and|og) (?:part |del )?[12]) (?:groups|gruppene|gruppa|grupper|cohorts?|kulla|kullene|classes|klassene)\b/g, '$1'],
  // "eller er det heilt skilde kull?": the parts run apart, which the documents speak of; a cohort of its own is that.
  [/\b(?:helt |heilt |heilt og haldent |completely |totally )?(?:separate|egne|eigne|skilde|skilte|atskilte|adskilte|forskjellige|ulike|different|own) (?:kull|kulla|kullene|grupper|klasser|cohorts?|classes|groups)\b/g, 'hver for seg'],
  // "kven er det som vel ut deltakarane?": nynorsk "vel ut" is picks out, not the tag "vel" (surely).
  // "… som dei vel ut", "vi vel kurs" choose; "betaler vi vel …" (a verb before the subject) is the tag "vel".
  [letterAware(/(?<!\b\p{L}+(?:er|ar|te|de|r)\s)\b(som|dei|de|vi|me|dekanen|fakultetet|fakulteta|fakultetene) vel( ut)?\b/gu), '$1 velger$2'],
  [/\bvel ut\b/g, 'velger ut'],
  // "legge til en ekstra overnatting", "an extra overnight stay": one more night, as "ekstra natt" is.
  [/\b(ekstra|extra|additional|en til|ein til|one more) (?:overnatting|overnattingsdøgn|hotellnatt|overnight stay|overnight|hotel night)\b/g, '$1 natt'],
  // "ekstranatten", "ekstradøgnet": the same written as one word.
  [/\bekstra(natt|natta|natten|netter|nettene|døgn|døgnet|døgna|overnatting|overnattingen)\b/g, 'ekstra $1'],
  // "the head of administration at the department", "admin head": the department's kontorsjef, "head of office".
  [/\b(?:heads? of (?:administration|admin)|admin heads?|administrative heads?|office managers?)\b/g, 'head of office'],
  // "room for action and planning": the English documents' "scope for action" (handlingsrom).
  [/\b(?:room|latitude|leeway|space) (?:for|to) (?:action|act|manoeuvre|maneuver)\b/g, 'scope for action'],
  // "hvor mang samlinger": a count with its last letter lost ("mang" alone is no longer said).
  [/\b(hvor|kor) mang\b/g, '$1 mange'],
  // "When the rector got all the deans together, what was that meeting meant to work on?": the "when" clause tells
  // the occasion; the question after the comma asks, and asks no date.
  [/^(?:when|da|når|back when) (?!(?:is|are|was|were|will|would|does|do|did|can|er|blir|var|skal|vil|går|starter|begynner|kan|må)(?![a-zæøå]))([^,?]{6,80}), (what|which|who|how|why|hva|kva|hvem|kven|hvordan|korleis|hvorfor|hvilke\w*)\b/g, '$1. $2'],
  // "pay talks and hiring new people": the HR topics' own words (lønnsforhandlinger, rekruttering), not a price.
  [/\b(?:pay|salary|wage) (?:talks|negotiations?|bargaining|setting|rounds?)\b/g, 'salary negotiations lønnsforhandlinger'],
  [/\b(?:hiring|recruiting|taking on) (?:new )?(?:people|staff|employees|hires)\b/g, 'recruitment rekruttering'],
  // "…, har jeg forstått det riktig?" / "did I get that right?": a tag asking to confirm, as "stemmer det?" is.
  [/[,.]?\s*(?:har|have|did|hev) (?:jeg|eg|i) (?:forstått|forstatt|skjønt|skjøna|oppfatta|oppfattet|understood|understand|got|get) (?:det|dette|that|it|this) (?:riktig|rett|korrekt|right|correctly)\s*\?/g, ', stemmer det?'],
  // "forklart for en travel sjef", "det er travelt": busy, in Norwegian; no journey, and nothing asked.
  [/ ?\btravelt\b/g, ''],
  [/\b(en|ei|et|så|veldig|litt|ganske|svært|kjempe|er|var|være|vere|blir|ble|vert|vart) (?:travel|travle)\b/g, '$1'],
  [/\b(?:travel|travle) ((?:sjef|sjefer|leder|ledere|leiar|leiarar|dag|dager|dagar|hverdag|kvardag|uke|uker|veke|veker|periode|tid|høst|vår|haust|småbarns\w*))\b/g, '$1'],
]);

/** "ka" and "kem" are the dialects' "hva" and "hvem" (no other word of either language is spelt so). */
const DIALECT_WHO_WHAT = /(?<![\p{L}\d])(ka|kem|kæm)(?=\s)/gu;
const DIALECT_E = /\b(hvem|kven|hva|kva|hvor|kor|når|det|den|dette|de|dei|du|dere|dokker|dykk|vi|me|han|ho|hun)\s+e\b(?![-'’])/g;
const OPENING_E = letterAware(/^e\s+(?!(?:har|hadde|ska|skal|vil|ville|kan|kunne|må|lurer|lure|tenkte|tenker|trur|tror|veit|vet|jobba|jobbar|jobber|e|er|ønsker|ønskjer|heiter|heter)\b)(?=[a-zæøå])/);

/** Nynorsk rewritten to bokmål word by word, and English contractions without apostrophes expanded. */
export function standardise(text: string): string {
  // "hvem e med der?", "e postdocs med?": the dialects' "e" is "er" after a question word or a pronoun, and opening a
  // question before anything but a verb ("e ska" is "eg skal").
  const lower = text.toLowerCase().replace(DIALECT_WHO_WHAT, (w) => (w === 'ka' ? 'hva' : 'hvem')).replace(DIALECT_E, '$1 er').replace(OPENING_E, 'er ');
  const nynorsk = NYNORSK_MARKERS.test(lower);
  // Every contraction has an apostrophe: most messages have none, and then no rule needs trying.
  const expanded = !/['’]/.test(lower) ? lower : lower.replace(/([a-z])n['’]t\b/g, '$1 not').replace(/\b(what|when|where|who|how|that|it|there|here)['’]s\b/g, '$1 is').replace(/['’]re\b/g, ' are').replace(/['’]ll\b/g, ' will').replace(/['’]ve\b/g, ' have').replace(/\bi['’]m\b/g, 'i am').replace(/['’](m|d)\b/g, ' $1');
  // "kvar gong" is "hver gang" (each time), not "hvor"; so is "kvar vår del", "kvar for oss", "kvar av dei".
  // So is "kvar" after what it counts: "éin dag kvar".
  // "går det føre seg" is "foregår det" (takes place).
  // "éin dag kvar", "ein samling kvar": "each", after what is counted, not "where".
  // "kvar instituttleiarsamling": a gathering named by a compound is counted too.
  const phrased = nynorsk ? expanded.replace(/\bkvar(t)? ([a-zæøå]*samling(?:a|en|ane|ar|er|ene)?|gong|dag|samling|veke|år|for (?:seg|oss|dykk|meg)|vår|vårt|våre|sin|si|sitt|sine|av (?:oss|dei|dykk|dei to|delane|programma))\b/g, 'hver$1 $2').replace(/\b((?:dag|dagar|dager|time|timar|samling|samlingar|veke|veker|gong|gongar|kr|kroner|studiepoeng|stk)\.?) kvar\b/g, '$1 hver').replace(/\bgår (det|dei|de|ho|den|opplæringa|samlinga) føre seg\b/g, 'foregår $1').replace(/\bføregår\b/g, 'foregår')
    // "Kvar blir samlinga halden?": the participle "held", not the town of Halden.
    .replace(/\b(blir|blei|vert|vart|er|bli|verte|vere)\b([^.?!]*?)\bhalden\b/g, '$1$2holdt') : expanded;
  const timed = PHRASES.apply(phrased);
  // Own keys only: "constructor" or "toString" in a message are words, not the tables' inherited members.
  const out = timed.replace(/[a-zæøåéüò]+/g, (w) => (nynorsk && Object.hasOwn(NYNORSK, w) ? NYNORSK[w] : undefined) ?? (Object.hasOwn(EN_CONTRACTIONS, w) ? EN_CONTRACTIONS[w] : undefined) ?? w)
    .replace(/\bhovud/g, 'hoved');
  // Inside compounds: "instituttleiarsamlingane" -> "instituttledersamlingene". "leiar" and "leiing" are nynorsk in
  // any message ("venen min er på instituttleiarprogrammet" has no other mark of it).
  const leaders = out.includes('lei') ? out.replace(/leiar/g, 'leder').replace(/leiing/g, 'ledelse') : out;
  return nynorsk ? leaders.replace(/verksemd/g, 'virksomhet').replace(/tilsetjing/g, 'ansettelse').replace(/([a-zæøå]{4,})ane\b/g, '$1ene').replace(/([a-zæøå]{4,}g)ar\b/g, '$1er') : leaders;
}

/** Inflection variants to try before edit distance: nynorsk plural and definite endings to bokmål. */
export function inflectionVariants(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('ane')) out.push(`${word.slice(0, -3)}ene`);
  if (word.endsWith('ar')) out.push(`${word.slice(0, -2)}er`);
  if (word.endsWith('ast')) out.push(`${word.slice(0, -3)}est`);
  if (word.endsWith('a') && word.length > 4) out.push(`${word.slice(0, -1)}en`, `${word.slice(0, -1)}et`, `${word.slice(0, -1)}ene`);
  return out;
}
