/**
 * Extra cues per topic of question-intent.ts for everyday multi-word phrasings, matched on the normalised
 * question. 'dates' is not in CUES (readIntent adds it), but its cues fit the same shape.
 */
const L = String.raw`(?<![\p{L}\d])`;
const R = String.raw`(?![\p{L}\d])`;
const cue = (src: string): RegExp => new RegExp(`${L}(?:${src})${R}`, 'u');

/** "… eller må jeg ta del 1 på nytt?", "do I have to redo part 1?": what part 2 requires of part 1. */
export const REDO_PART_ONE = cue(String.raw`(ta|tek|ta med|take|do|gå) (del|part|ledpro) ?1 (på nytt|om igjen|omatt|again|over again|en gang til|ein gong til|once more)|(redo|retake|repeat) (del|part|ledpro) ?1|(del|part) ?1 (på nytt|om igjen|again|en gang til|ein gong til)`);

/** After "how much is" / "hvor mye er": an amount of work, time or reading, not of money. */
const NOT_PRICED_EN = String.raw`(?:the |a |an |it |this |that )?(?:workload|work\p{L}*|reading|homework|time|effort|study\p{L}*|preparation|left|there|involved|expected|required|needed|asked|demanded)(?![\p{L}\d])`;
const NOT_PRICED_NB = String.raw`(?:det |den )?(?:å |med å )|(?:det |den )?(?:arbeids\p{L}*|hjemme\p{L}*|heime\p{L}*|lese\p{L}*|lesing\p{L}*|pensum\p{L}*|tid\p{L}*|innsats\p{L}*|forventa?\p{L}*|igjen|krevd|kravd)(?![\p{L}\d])`;

const IN_TIME_SRC = String.raw`rekker (jeg|vi|eg|me|hun|han|ho|dere|de|dei|man) ((vel|nok|da|fortsatt|framleis|fremdeles|ennå|enda|enno|likevel) )*(å )?(søke|søkje|melde|få (med|inn|meldt)|komme med|kome med|bli med|være med|vere med|sende)`;
/**
 * "Rekker vi vel fortsatt å få med to ledere?", "rekker jeg å søke?": in time to apply or to bring people on, which
 * the deadline decides (a deadline cue, and a deadline-status sum).
 */
export const IN_TIME_TO_JOIN = cue(IN_TIME_SRC);

/** "How is the local leader training actually delivered?", "hvordan gis opplæringen?": how it is run, its format. */
export const HOW_DELIVERED = cue(String.raw`(how|hvordan|korleis|in what ways?|på hvilke måter|på kva måtar)\b[^?]{0,60}\b(delivered|given|provided|carried out|gis|gjevast|blir gitt|vert gitt|leveres|gjennomføres|gjennomførast)`);

/** "Which of the leader groups do I belong to?": the group one is in, whatever overview lists them. */
export const GROUP_OF_MINE = cue(String.raw`(which|what) of the (\p{L}+ )?(groups|categories|levels|target groups)[\p{L}' ]{0,40} (belong|fall|fit|count)|(hvilken|hvilke|kva for ei?n?) av (\p{L}+ )?(gruppene|kategoriene|nivåa|nivåene|målgruppene)|(hvilken|hvilket|kva for ei?n?)( gruppe| kategori| nivå)? (er|hører|høyrer|havner|hamnar|faller|fell) (jeg|eg) (plassert |med |inn |innunder )?(i|til|under)\b|which (one|group|category|level) (am i|do i) (in|placed in|put in|belong|fall|fit)|(which|what) (leader |leadership |leader's )?(group|category|level|tier|target group)\b[\p{L}' ]{0,40} (do|am|would|should) (i|we|they|he|she) (belong|fall|fit|count|come)|(hvilken|hvilket|kva for ei?n?) (leder|leiar)?(gruppe|kategori|nivå|målgruppe)\b[\p{L} ]{0,40} (hører|høyrer|tilhører|tilhøyrer|havner|hamnar|faller|fell) (jeg|eg|vi|me|hun|han|ho)`);

/** "Hvilke arenaer …?", "which meeting places …?": the forums asked for, whatever pillar's title follows. */
export const FORUMS_ASKED = cue(String.raw`(hvilke|kva for|hva slags|which|what) (\p{L}+ ){0,2}(arenaer|arenaene|arenas|møteplasser|møteplassar|møteplassene|meeting places|forums?)`);

// "if they turn me down, can I still join?", "… if I don't care about getting credits?": a way in without being
// admitted to the credits (the documents' "kursdeltaker", "kursbevis uten studiepoeng").
export const WAY_IN_WITHOUT = cue(String.raw`turns? (me|her|him|them|us) down|turned (me|her|him|them|us) down|(i|she|he|we|they) (am|is|are|get|gets|was|were) (not |n't )?(rejected|turned down)|(do|does|did) not (get|got) in|(ikke|ikkje) (kommer|kjem|får plass|blir tatt opp|vert teken opp)|får avslag|(do|does) not (care|need|want) (about |for )?(the |getting |any )?credits|without (getting |any )?credits|(uten|utan) (å få )?studiepoeng|(bryr|bry) (meg|seg|oss) (ikke|ikkje) om studiepoeng|(trenger|treng) (ikke|ikkje) studiepoeng|kursdeltak\w*|course participant`);

/**
 * "Ligg hotellet nær stasjonen, eller må eg ta taxi?": what the asker must do otherwise is the second way of a yes/no
 * question. When the words the documents lack (`off`, "taxi", "Uber") are all in it, the first way, which they may answer, is
 * the question: returned without the second, else undefined.
 */
const OTHERWISE = /,?\s+\b(?:eller|or)\s+(?:må|trenger|treng|skal|bør|have to|need to|must|should|do (?:i|we) (?:need|have to))\s+[^?.!]*\?\s*$/;
export function withoutOtherwise(question: string, off: readonly string[]): string | undefined {
  const lower = question.toLowerCase();
  const m = OTHERWISE.exec(lower);
  if (!m || off.length === 0 || m.index < 12) return undefined;
  const [head, tail] = [lower.slice(0, m.index), lower.slice(m.index)];
  return off.every((w) => tail.includes(w) && !head.includes(w)) ? `${question.slice(0, m.index)}?` : undefined;
}
/** "Wood Hotel ligger et godt stykke fra stasjonen", "far from the station", "not within walking distance": far claimed. */
export const FAR_FROM = cue(String.raw`(langt|et godt stykke|eit godt stykke|et stykke|eit stykke|en bit|ein bit|godt unna|langt unna|et godt stykke unna) (fra|frå|unna)|(ikke|ikkje) (i nærheten|nær|nært|i gangavstand)|far (away )?from|a long way (from|away)|(quite |pretty |rather )?a (long )?(distance|trek|drive|ride) from|(not|n't) (close|near|within walking distance)|out in the middle of nowhere|no (train|rail) (station )?(nearby|near)`);

/** "ledpro er jo et nettstudium", "samlingene går på nett": the programme said to be held online, which its gatherings at
 * one hotel contradict (taking part online oneself, "kan jeg delta digitalt?", is another question the documents
 * leave open). */
export const HELD_ONLINE = cue(String.raw`(er|is|are|går|gjeng|foregår|holdes|runs?|run|held|taught)( \p{L}+){0,2}( vel| jo| nok| bare| berre| helt| heilt| fully| entirely| all| just)? (et |eit |an |a )?(nettstudium|nettbasert\w*|online|på nett|på teams|on teams|digitalt?e?|virtual|virtuelle?)`);

/** "Is part 2 the same content over again?", "just more of the same?", "bare det samme om igjen?": a repeat claimed. */
export const REPEATS_CONTENT = cue(String.raw`(the )?same (content|thing|stuff|material|course)( (all )?over again| again)|more of the same|(a )?repeat( of)?|repetition|(the same|det samme|det same) (om igjen|på nytt|en gang til|ein gong til|igjen|again|over again)|(en |ei |ein )?(gjentakelse|gjentaking|gjentaking|repetisjon)|samme (innhold|innhald|pensum|stoff)( (på nytt|om igjen|igjen))?`);

/** An exam sat in a room at a set time: "sitte eksamen", "skoleeksamen", "exam at the last gathering", "invigilated",
 * "on site", "how many hours", or given by mouth ("muntlig eksamen", "presentere for en sensorgruppe", "oral exam").
 * The document's exam is a written take-home assignment, so each of these is a wrong guess. */
export const SITTING_EXAM = cue(String.raw`skoleeksamen\p{L}*|skuleeksamen\p{L}*|(sitte|sitter|sit|sat|sitting) (på |an? |the )?(skriftlig |written )?(eksamen|exam)|(eksamen|exam)\p{L}* (er |is |held |holdes |blir |will be |takes place )?(på|under|at|during|on) (den |the )?(siste |last |final |avsluttende )?(samling\p{L}*|gathering\p{L}*|session\p{L}*|hotell\p{L}*|hotel|site|stedet|staden|campus)|invigilat\p{L}*|exam hall|sit[- ](down|in) (exam|test)\p{L}*|eksamenslokal\p{L}*|eksamenssal\p{L}*|on[- ]site exam|in[- ]person exam|(\d+|fire|fem|seks|four|five|six)[- ](timers?|hours?|hour)[- ]?(eksamen|exam)|muntlig\p{L}* (eksamen|eksamensform|prøve|fremføring|framføring|presentasjon)|(eksamen|exam)\p{L}*( (i|på|in|on|for) [\p{L}\d-]+( \d)?)? (er |is |blir |will be |be )?(muntlig|oral)|(sit|sat|sitting|sitte|sitter) (it|den|det) (\p{L}+ ){0,3}(at|during|on|på|under) (the |den )?(siste |last |final |avsluttende )?(samling|gathering|session)\p{L}*|oral (exam|examination|presentation|defen[cs]e)|(presentere|presentera|legge fram|framføre|fremføre) (\p{L}+ )?(for|foran) (en |ei |eit |et |ein )?(sensor\p{L}*|komit\p{L}*|panel\p{L}*|jury)|present\p{L}* (\p{L}+ )?(to|for|in front of) (an? |the )?(panel|examiners?|committee|board|jury)`);

/** The document's exam: a take-home assignment, against which each SITTING_EXAM guess is wrong. */
export const TAKE_HOME = /(hjemmeoppgave|heimeoppgåve|take-home|home assignment)/;

/** "Can I still apply for LEDPRO starting in February?", "kan eg framleis søkje?": whether the deadline has passed. */
export const STILL_APPLY = cue(String.raw`(can|could|may) (i|we|she|he|they|you|one) still (apply|sign up|register|enrol|enroll|get a place|get in)|(kan|får|rekker) (jeg|eg|vi|me|hun|han|ho|man|en|ein|du) (fortsatt|framleis|fremdeles|ennå|enda|enno|stadig) (søke|søkje|melde|bli med|komme med|kome med)`);

/**
 * "Kan hun søke selv om hun ikke har lederstilling?", "can I apply even though I'm not a manager?": whom the program
 * is for decides, not how one applies.
 */
export const NOT_A_LEADER = cue(String.raw`(selv om|sjølv om|even though|although|though|even if|når|når eg|når jeg|as|since|fordi|because|siden|sidan) (\p{L}+ ){0,2}(ikke|ikkje|not|n't|never|aldri) (\p{L}+ )?(a |an |en |ei |ein |noen |nokon |any )?(lederstilling|leiarstilling|lederjobb|leiarjobb|lederrolle|leiarrolle|leder|leiar|sjef|manager|leader|boss|management (role|position|job)|leadership (role|position|job)|managerial (role|position|job))|(uten|utan|without) (a |an |en |ei |ein |noen |nokon |any )?(lederstilling|leiarstilling|lederjobb|leiarjobb|lederrolle|leiarrolle|lederansvar|leiaransvar|personalansvar|management (role|position|job|responsibility)|leadership (role|position|job)|managerial (role|position|job))`);

/**
 * "Kjem vi til å treffast på samlingane?", "will we meet at the gatherings?": whether the parts are run together. The
 * reader has said meeting there as being together there (reader-vocabulary's SET_PHRASES).
 */
export const MEET_THERE = cue(String.raw`(be|være|vere) (together|sammen|saman) (på|at|during) (samlingene|samlingane|the gatherings|the sessions)`
  // "Do part 1 and part 2 participants meet at all, or are they kept apart?", "møter vi de som tar del 2?": the parts
  // meeting, named beside the meeting.
  + String.raw`|(meet|meets|møter|møtes|møtast|treffer|treffes|treffast|mix|mingle)\b.{0,40}\b(del|part) ?[12]|\b(del|part) ?[12]\b.{0,40}\b(meet|møtes|møtast|treffes|treffast|mix|mingle)`
  + String.raw`|(kept|held|run) (completely |entirely |totally |fully )?(apart|separate|separately)`);

export const EVERYDAY_TOPIC_CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['target-group', NOT_A_LEADER],
  // "so LEDPRO is out for me since it's only for managers?": whom it is for, claimed narrowly.
  ['target-group', cue(String.raw`(only|just|bare|kun|berre|utelukkende|exclusively) (for|meant for|aimed at|intended for|ment for|beregnet på|berekna på|retta mot|rettet mot) (managers|leaders|bosses|heads|people in charge|folk med|dem med|de med|ledere|leiarar|sjefer|sjefar|topp?ledere)|(out|off the table|not an option|ruled out|uaktuelt|utelukket|ute) for (me|us|meg|oss|her|him|henne|han)`)],
  ['themes', REPEATS_CONTENT],
  // "kva legg del 2 mest vekt på fagleg?", "what does part 2 emphasise?": what the content weighs most.
  ['themes', cue(String.raw`vektlegg\w*|(legg|legger|lagt) (mest |mykje |mye |særleg |særlig |spesielt |stor |størst )?vekt på|emphasi[sz]\w*|(hva|kva) ([^?]{0,30}? )?sats(er|ar) ([^?]{0,30}? )?på( faglig| fagleg| mest| i innholdet| i innhaldet)?\s*\?`)],
  // "Hvordan kommer lederne på NTNU med i programmene?", "hvordan blir man med der?", "how do leaders get in?": the
  // way in (an application, or the faculties' nomination), which the follow-up "og hos LEDPRO?" carries on.
  ['apply', cue(String.raw`(hvordan|korleis|how) (kommer|kjem|blir|blei|vert|komme|får|do|does|did|can|would|are|is|were) [^?]{0,40}?(med (i|på|der|dit|her)|med\s*\?|inn (i|på|der)|into (the|a|an|these|those|it|them)|in on|get in\b|((get|be|are|is) )?(selected|chosen|picked|nominated|utvalgt|valgt ut|plukket ut|plukka ut))`)],
  // "kan vi sende lederne våre på instituttlederprogrammet?": whether the programme takes them.
  ['target-group', cue(String.raw`(kan|får|could|can|may) (vi|we|me|jeg|eg|i) (\p{L}+ )?(sende|send) [^?]{0,40}?(på|til|to|on)`)],
  // "Er LEDPRO ett stort fag eller flere mindre emner?": what the study is made of, which its one 30-credit course says.
  ['credits', cue(String.raw`(ett|eitt|et|ein|en|one|a single|single)( stort| stor| big| large)? (emne|fag|course|subject)|(flere|fleire|several|multiple|mange|many)( mindre| små| smaller| separate)? (emner|fag|courses|subjects)|(består|bestå|consists?|made up) (det|den|it|ledpro\S*|studiet|kurset)? ?(av|of) (ett|eitt|flere|fleire|one|several|multiple)`)],
  // "Am I shut out of LEDPRO?", "er jeg utestengt?": whether one can be admitted.
  ['admission', cue(String.raw`(shut|locked|ruled|kept) out|excluded from|disqualified|utestengt|stengt ute|utelukket|utelukka`)],
  ['fee', cue(String.raw`(set|sets|setting) (me|us|you|them|my \w+|our \w+) back|what'?s the (damage|bill|price tag|tab)|how much (will|would|does|do|is) (it|this|that|the \w+) (run|set|cost)( me| us)?|what (will|would|does) it cost`)],
  // "How much is the hotel per gathering?", "Hvor mye er hotellet?": a price asked with "is".
  // "How much is the hotel?", "hvor mye er den?", and with the program alone at the end ("How much is LEDPRO 1?",
  // "kor mykje er instituttlederprogrammet?"); not a load of work, time or reading ("how much is the workload?",
  // "hvor mye er det å lese?"), which is no price.
  ['fee', cue(String.raw`how much (is|are|was|were) (?!${NOT_PRICED_EN})(the|a|an|one|each|every|it|that|this)|how much (is|are|was) (?!${NOT_PRICED_EN})[\p{L}\d' -]{2,40}\?*\s*$|(hvor|kor) (mye|mykje) (er|var|e) (?!${NOT_PRICED_NB})(hotellet|hotellrommet|oppholdet|opphaldet|overnattingen|overnattinga|rommet|natta|natten|avgiften|avgifta|semesteravgiften|semesteravgifta|deltakeravgiften|deltakaravgifta|kurset|studiet|bøkene|litteraturen|den|det|en|ei|ein|eit|et)|(hvor|kor) (mye|mykje) (er|var|e) (?!${NOT_PRICED_NB}|det\b|den\b)[\p{L}\d' -]{2,40}\?*\s*$`)],
  ['fee', cue(String.raw`foot(s|ing|ed)? the bill|pick(ing)? up the (bill|tab)|fork(ing)? out|shell(ing)? out|cough up|how much (money|cash|are we talking)|who pays( for)?|extra cost\w*|additional cost\w*|hidden cost\w*`)],
  ['fee', cue(String.raw`(hva|kva) (må|skal) (jeg|eg|vi|me|man|en|ein|[\p{L}]+(?:en|et|a)) (ut med|betale|betala|punge ut)|hva blir (regningen|prisen|kostnaden|det å betale)|hvor mye (koster|kostar|blir|må|skal|er det(?! (?:å|med å) ))|hvor dyrt|(dyrere|dyrare|billigere|billegare|rimeligere|rimelegare) enn|hva (koster|tar (de|dere)(?! (opp|for seg|med|seg av)))|punge ut|ut med (penger|kroner)|må (jeg|vi) betale`)],
  ['fee', cue(String.raw`(what|how much) (does|do|will|would) [\p{L} -]{1,30} come to|comes? to in total|(hva|kva|hvor mye|kor mykje) (kommer|kjem|blir) [\p{L} ]{1,30} på (til sammen|totalt|i alt)`)],
  ['fee', cue(String.raw`(hva|kva|hvor mye|kor mykje|kor mye) (må|bør|skal) (jeg|eg|vi|me|man|en|ein) (regne|rekne|budsjettere|beregne|berekne) (med|for)|how much should (i|we) (budget|expect|allow|set aside)`)],
  ['fee', cue(String.raw`kva (kostar|kostnad|må eg betale|blir det)|kor (mykje|dyrt|mye) (kostar|blir det|må eg)|må eg betale|kven (betaler|betalar)|hvem (betaler|tar regningen|dekker kostnad\w*)|hva (kommer|koster) i tillegg|kommer (noe|noko|det noe) i tillegg`)],
  ['fee', cue(String.raw`(is|will) (it|this|there) (free|anything to pay|a charge|a fee)|do (i|we) (have to|need to|must) pay|er (det|dette) gratis|koster (det|dette) (noe|noko|penger)|(må|skal) (man|en|jeg|vi) betale (noe|for)|price[- ]wise|fee[- ]wise|cost[- ]wise|prismessig`)],
  ['lodging', cue(String.raw`where (do|will|would|can|should) (we|i|you|they) (stay|sleep|live)|hvor (skal|bor|sover|overnatter) (vi|jeg|man|dere|deltakerne)|kvar (skal|bur|søv|overnattar) (vi|me|eg|ein)|(bo|sove|overnatte) på (hotellet|hotell)|stay(ing)? (at|in) the hotel`)],
  ['lodging', cue(String.raw`(er|is) (mat|maten|middag|lunsj|food|dinner|lunch|rom|hotell\w*|overnatting\w*) (inkludert|included|med|dekket)|(inkluderer|includes?|dekker|covers?) (mat|middag|lunsj|food|meals|hotel\w*|rom|room|overnatting)`)],
  ['lodging', cue(String.raw`room and board|bed and board|kost og losji|mat og (husrom|overnatting|losji)|full board|hotel (stay|room|costs?|bill)|(hva|kva) (får vi|får man|blir det) (å spise|til middag|av mat)|what (do|will) we eat|do (we|i) get (food|meals|lunch|dinner)`)],
  ['lodging', cue(String.raw`(natta|natten|kvelden|dagen) før|night before|(the )?evening before|komme (dagen|kvelden) før|arrive the (day|evening|night) before|ekstra (natt|netter|hotellnatt)|additional night|one more night`)],
  ['place', cue(String.raw`(holder|halde|held) (de|dere|vi|dei|dykk|me|det|studiet|kurset|programmet|samlingene) til|hvor (møtes|treffes|samles|er) (vi|de|dere|gjengen|samling\w*)`)],
  ['place', cue(String.raw`(kvar|kor) (møtest|treffest|held|er|ligg|blir) (me|vi|dei|de|det|samling\w*|studiet|kurset|hotellet)|kvar (skal|må) (me|vi|eg) (vere|reise)`)],
  // "and what's nearby?", "kva er det i nærleiken?": the hotel's surroundings, which its place fact gives.
  ['place', cue(String.raw`what('s| is) (nearby|near (it|there|the hotel)|around (it|there|the hotel)|close by)|what('s| is) in the (area|surroundings)|(hva|kva) (er|finnes|fins|finst|ligger|ligg) (det )?(i nærheten|i nærleiken|rundt hotellet|like ved|i området|rundt der)`)],
  // "Hvilke arenaer har instituttlederne?": the forums where they meet, which the documents name as places.
  ['place', FORUMS_ASKED],
  ['place', cue(String.raw`where (do|will|are|does) (we|they|you|it|the \w+) (meet|gather|take place|happen|get together|be held)|where (is|are) (it|this|they|the \w+)( held| located| taking place| happening)?|takes? place (where|at|in)|whereabouts|what'?s the (venue|location|address)`)],
  ['place', cue(String.raw`(hvilket|hvilken|kva for( eit| ein)?|what|which) (sted|stad|by|town|city|venue|location|hotell|hotel)|hvor i (landet|norge)|hvor (foregår|skjer|arrangeres|holdes) (det|samling\w*|studiet|kurset|opplegget)|foregår (det|samlingene|studiet) (hvor|på|i)`)],
  // "Går samlingene på nett?" / "can I join from home?": where one takes part.
  ['place', cue(String.raw`(på nett|på nettet|nettbasert\w*|nettstudium|digitalt|digital|online|hjemmefra|heimanfrå|heimefrå|remotely|på teams|on teams|på zoom|on zoom)`)],
  // "LEDPRO meets in Lillehammer?": where the group meets.
  ['place', cue(String.raw`(meets?|meet up|gathers?|møtes|treffes|samles|samlast|møtast) (in|at|i|på)`)],
  // "stemmer det at det ikke er fysiske samlinger?": whether one meets in person is where one takes part.
  ['place', cue(String.raw`fysisk\p{L}* (samling\p{L}*|oppmøte|til stede)|physical (gatherings?|meetings?|sessions?|attendance)|physically (there|present|attend)|møte (opp )?fysisk`)],
  ['admission', cue(String.raw`få (en )?plass|komme (inn|med) (på|i)|bli tatt opp|tatt opp (på|til)|(bli|verte|vert) tek(en|e|ne) opp|tek(en|e|ne) opp (på|til)|(kan|vil) (jeg|eg|vi|man) (komme inn|bli tatt opp|få plass|bli med)|kome inn`)],
  ['admission', cue(String.raw`(get|gets|getting) (in(?! touch| contact)|into|a place|a seat|a spot|accepted|admitted)|be (admitted|accepted)|what do (i|you|we) need (to get in|to be admitted|to qualify|to join)|(is|are) there (any )?(entry|admission) requirements?|who (gets|can get) in`)],
  ['admission', cue(String.raw`(hva|kva) (kreves|krevst|trenger (jeg|eg)|må (jeg|eg) ha) for å (komme inn|bli tatt opp|få plass|delta|søke|søkje)|hvem (kan|får) (komme inn|bli tatt opp)`)],
  ['admission', cue(String.raw`(har|holder) (jeg|eg|vi) (nok|riktig|rett|god nok) (utdanning|bakgrunn|kompetanse)|uten (bachelor|grad|utdanning)|without (a )?(degree|bachelor)|(am|are) (i|we) (qualified|eligible)|(er|blir) (jeg|eg) kvalifisert|do (i|we) (qualify|meet the requirements)|oppfyller (ikke |ikkje )?krav\w*`)],
  // "My colleague never went to college … Is there any way she can join?": someone's schooling against the requirement.
  ['admission', cue(String.raw`never (went|been|gone) to (college|university|uni)|(didn't|did not|never) (go to|attend|finish) (college|university|uni)|no (college|university|higher) (degree|education)|(aldri|ikke|ikkje) (gått på|tatt|studert ved|gått) (høyskole|høgskole|høgskule|universitet\p{L}*)|(aldri|ikke|ikkje) studert|ingen (høyere |høgare )?utdanning`)],
  ['admission', WAY_IN_WITHOUT],
  ['admission', cue(String.raw`(any way|a way|possible for) (she|he|they|my colleague|her|him) (can|could|to) (join|take|attend|get in|take part)|(kan|får) (hun|han|ho|dei|de|kollegaen min|kollegaen vår) (søke|søkje|delta|ta|bli med|komme inn|kome inn|være med|vere med)`)],
  ['contacts', cue(String.raw`(hvem|kven) tar (jeg|eg|vi|me|man) (det|dette|sånt|slikt|slik) (opp )?med|who do (i|we) (take|raise) (it|this|that) (up )?with|reach out( to)?|get (in touch|hold of)|(get|be) in contact|touch base|go-to person|who (is|'?s) the (contact|person to ask|go-to)|who do (i|we) (go|turn) to`)],
  // "… who exactly, and how do I reach her?": how to reach a person is a contact.
  ['contacts', cue(String.raw`(hvem|kven) (snakker|snakkar|prater|pratar|tar) (jeg|eg|vi|me|man) (det )?(med|kontakt med)|(hvem|kven) tar (jeg|eg|vi|me|man) (for|om|angående|når det gjelder)|who (do|should|can) (i|we) (speak|talk) (with|to)`)],
  ['contacts', cue(String.raw`how (do|can|should|would) (i|we) (reach|contact|get hold of) (her|him|them|that person)|hvordan (når|kontakter|får) (jeg|eg|vi|me) (tak i )?(henne|ham|han|dem|dei|ho)`)],
  ['contacts', cue(String.raw`who (can|do|should|could) (i|we) (ask|talk to|turn to|speak to|contact|reach|email|call|write to)|who (knows|can answer|answers)|(email|phone|number) (for|of|to) (the|them|someone)`)],
  ['contacts', cue(String.raw`hvem (kan|skal|bør|må) (jeg|vi|man|en) (spørre|snakke med|henvende (meg|oss) til|kontakte|ringe|skrive til|maile|ta kontakt med)|hvem (spør|ringer|kontakter|mailer|henvender) (jeg|vi|man)|ta kontakt|komme i kontakt|få tak i|få kontakt med`)],
  ['contacts', cue(String.raw`kven (kan|skal|bør) (eg|me|vi|ein) (spørje|snakke med|kontakte|ringje|vende meg til)|vende (meg|oss) til|(hvem|kven) er (kontakt\w*|ansvarleg|ansvarlig|arrangør\w*)|(hvem|kven) (vet|veit|kan svare|svarer)`)],
  ['deadline', cue(String.raw`(innen|before|by) (når|what date|when)|(senest|seinast) (når|innen)|siste (frist|dag|dato|sjanse) (for å|til å|å) (søke|melde|søkje)|last (chance|date) to (apply|register|sign up|enrol)`)],
  ['deadline', cue(String.raw`(is it|am i) too late( to apply)?|(er det|for) (for )?sent (å|til å) (søke|melde|søkje)|${IN_TIME_SRC}|how long (do|can) (i|we) (have|wait) to apply`)],
  // "Can I still apply for LEDPRO starting in February?", "kan eg framleis søkje?": whether the deadline has passed.
  ['deadline', cue(String.raw`when (does|do) (the )?(application|applications|registration|admission|enrol\w*) (close|end|shut)|når (stenger|lukkes|går ut|utløper) (søknad\w*|påmelding\w*|fristen|opptaket)|går fristen ut|fristen går ut`)],
  ['deadline', cue(String.raw`når (må|bør|skal) (søknaden|påmeldingen) (være|vere) (inne|sendt|levert)|when (is|are) (applications?|registration) due|(søknad\w*|påmelding\w*) (innen|før) når`)],
  ['apply', cue(String.raw`(hvordan|åssen|korleis|kordan) (søker|søkjer|melder|registrerer) (jeg|eg|vi|man|ein|en)|(hvordan|korleis) (kan|skal) (jeg|eg|vi|man) (søke|søkje|melde meg|melde oss|bli med|registrere meg)`)],
  ['apply', cue(String.raw`melde (meg|oss|seg) på|skrive (meg|oss) (opp|på)|(hvor|kvar) (søker|søkjer|melder) (jeg|eg|vi|me|man|ein|en|de|dei|folk|hun|han|ho)|(søknad|påmelding)(sskjema|en|a)? (ligger|finnes|finner)`)],
  ['apply', cue(String.raw`how (do|can|should|does|did) (i|we|one|you|people|staff|employees|managers|colleagues|leaders|participants|they|he|she|someone|anyone) (apply|sign up|register|enrol|enroll|join|get on|get onto|get on to|get into|get a place|end up on|end up in|end up at|get picked|get selected)|how (do|does|are|is) (people|leaders|participants|they|you|one|someone) (chosen|selected|picked|nominated|admitted|let in)|(hvordan|korleis|kordan|åssen) (kommer|kjem|havner|hamnar|blir) (folk|man|ein|en|ledere|leiarar|deltakere|deltakarar|de|dei) (med )?(på|inn på|med i|inn i|valgt|vald|plukket|nominert)|sign (me|us) up|put (my|our) name (down|forward)|where (do|does|can|should) (i|we|they|people|one|he|she|leaders) (apply|sign up|register|enrol)`)],
  ['apply', cue(String.raw`(i|we) (want|would like|'?d like) to (apply|join|sign up|take part)|(jeg|eg|vi|me) (vil|ønsker|ønskjer|har lyst til å) (søke|søkje|melde meg|delta|være med|vere med)`)],
  ['prerequisite', cue(String.raw`(må|trenger) (jeg|eg|vi|man) (ha )?(tatt|gått|fullført|gjennomført|hatt) (ledpro )?(del|part) ?(1|en|ein|ett|eitt)|(have|need) (to )?(done|taken|finished|completed) (ledpro )?part ?(1|one)|(kan|can) (jeg|eg|i) (hoppe rett på|begynne på|start with|go straight to|skip to) (ledpro )?(del|part) ?(2|to)`)],
  // "jump straight into part 2 without part 1" / "hoppe over del 1": skipping what part 2 requires.
  ['prerequisite', cue(String.raw`without (doing |taking |having (done|taken|completed) )?(ledpro )?part ?(1|one)|uten (å ha (tatt|gått|gjennomført|fullført) )?(ledpro )?del ?(1|en|ein|én)|(jump|go|skip|get) straight (in|into|to)|hoppe (rett|direkte) (inn|på|til)|hoppe over (ledpro )?(del|part) ?(1|en|ein|én)|skip (ledpro )?part ?(1|one)`)],
  ['prerequisite', cue(String.raw`(hva|kva) (må|bør) (jeg|eg) (ha gjort|kunne) (først|før)|what do (i|we) need (to have done|beforehand)|any prerequisites|(part|del) ?(1|one|en) (required|påkrevd|nødvendig|et krav|eit krav)`)],
  // "Hvor mye er studiet verdt hvis jeg vil bygge på med en master?": what it counts for, in credits.
  // "Kan ho levere han saman med ein kollega?": the exam, handed in by a group or alone (in English, see above).
  ['exam', cue(String.raw`(levere|levera|leverer|lever) (\p{L}+ ){0,2}(sammen|saman|i gruppe|gruppevis|alene|aleine|individuelt|i lag)`)],
  ['prerequisite', REDO_PART_ONE],
  ['format', HOW_DELIVERED],
  // "Finnes det en fortsettelse etter del 1?", "is there a follow-on course?": part 1 can be built on with a part 2.
  ['credits', cue(String.raw`(fortsettelse|fortsetjing|videreføring|vidareføring|påbygging\p{L}*|oppfølger|continuation|follow-on|follow-up (course|programme|program|module|part)|sequel|next (step|level|part|course)|neste (steg|nivå|trinn|kurs|del)) (etter|after|på|to|of|from)`)],
  ['credits', cue(String.raw`(hvor mye|kor mykje|kor mye|how much) (er|is) (det|studiet|emnet|kurset|it|the course|the programme|the program) (verdt|worth)|bygge (på|videre) med (en |ein )?master\p{L}*|build (on it )?(up )?(towards|to) a master`)],
  // "Hvor mye studier tilsvarer LEDPRO – kan det telle i en mastergrad?", "does it count towards a master's?".
  ['credits', cue(String.raw`(hvor mye|kor mykje|kor mye|how much) (studier|studium|studiar|utdanning|utdanning|study|studying) (tilsvarer|svarer til|er det|is it|does it (equal|correspond to|amount to))|telle (med )?(i|mot|inn i|som del av) (en |ein )?master\p{L}*|count (towards|toward|as part of|in) (a |my |the )?master\p{L}*`)],
  ['credits', cue(String.raw`how many (credits|points|ects|study points)|hvor mange (studiepoeng|poeng|sp)|kor mange (studiepoeng|poeng)|ects points`)],
  ['credits', cue(String.raw`(gir|gjev|gives?) (det|studiet|programmet|it|this) (studiepoeng|poeng|credits|uttelling)|does (it|this) (count|give credits|give points)|(counts?|count) towards (a|my|the) (degree|master)`)],
  ['credits', cue(String.raw`(teller|tel) (det|dette) (på|mot|som)|formal (credits|qualification)|formell kompetanse|master'?s? level|masternivå|(hvor mye|kor mykje|kor mye|how much) (teller|tel|tell|counts?|does (it|this|\p{L}+) count|is (it|this|\p{L}+) worth)|(på )?(hvilket|hvilke|kva|what|which) (nivå|level)|(formell|formelt|formal) (utdanning|education|degree)`)],
  ['credits', cue(String.raw`(få|gi|gir) (uttelling|formalkompetanse)|(kan|blir) (det|dette) (godkjent|innpasset) (i|som)|count (it )?(towards|in) (a|my) (master|degree)`)],
  // "Kan hun bruke dem inn i masteren?", "count toward my master's": credits put into a degree.
  ['credits', cue(String.raw`(bruke|bruka|ta|få|legge|telle|regne) (dem|dei|de|det|poengene|studiepoengene|studiepoenga) (inn )?(i|inn i|mot|til|som del av) (en |ein |ei |min |mi |sin |si |hennes |hans )?(master\w*|mastergrad\w*|grad\w*)|(count|counts|go|used|use them) (toward|towards|into|in) (a |my |her |his |their |the )?(master\w*|degree)`)],
  ['exam', cue(String.raw`how (is|are|will|do) (it|we|this|participants|they|you|people|students|leaders|one)( be)? (assessed|graded|evaluated|examined|tested)|is there (an |a final )?(exam|test|assignment)|do (i|we) (have to|need to) (take an exam|hand in|submit|write)`)],
  ['exam', cue(String.raw`hvordan (blir|er) (vi|man|det|en|ein|jeg|eg|deltakerne|deltakarane|studentene) (vurdert|bedømt|evaluert|testet)|(vurdert|vurderes|bedømt) (til slutt|på slutten|ved slutten|etter siste samling)|hvordan (vurderes|foregår) (vi|man|det|eksamen|vurdering\w*)|hvordan (blir|er) (eksamen|vurdering\w*)|korleis (blir|er) (me|vi|eksamen)|er det (eksamen|prøve|innlevering|ein eksamen|en eksamen)`)],
  ['exam', cue(String.raw`må (jeg|eg|vi) (ta eksamen|levere|skrive oppgave|skrive ei oppgåve)|hand(ing|ed)? (it |them |this |that |the \w+ )?in\b|submit (it |them |the \w+ )?(together|jointly|as a group|in a group)|levere (den |det |oppgaven |oppgåva |eksamen )?(sammen|saman|i gruppe|gruppevis)|home exam|take-home`)],
  // "Hvordan avsluttes LEDPRO?", "how does the course end?": how it ends is its exam; when it ends is a date.
  ['exam', cue(String.raw`(hvordan|korleis|how) (avsluttes|avsluttast|avslutter (man|en|ein|vi|de|dei)|blir (\p{L}+ ){0,3}avslutta|blir (\p{L}+ ){0,3}avsluttet|(does|is|do|are) (\p{L}+ ){0,3}(end|ended|finish|finished|conclude|concluded|wrapped up|wrap up|closed off|rounded off))`)],
  ['exam', cue(String.raw`(skriftlig|skriftleg|written) (oppgave|oppgåve|arbeid|assignment|paper)|(alene|aleine|alone|individually) (eller|or) (i grupper?|gruppevis|in (a )?groups?)`)],
  ['format', cue(String.raw`(hvor|kor) mange dag(er|ar) (er det|totalt|til sammen|i alt)|how many days (of gatherings|in total)`)],
  ['format', cue(String.raw`what (does|will) (a|the) (typical |normal )?(day|gathering|session) look like|hvordan (ser|er) (en|ein) (typisk |vanlig )?(dag|samling|samlingsdag) ut`)],
  ['format', cue(String.raw`hvordan (foregår|er) undervisning\w*|(what|which) (teaching|learning) (methods?|formats?)|(forelesning\w*|lectures?) (or|eller) (gruppe\w*|group\w*|case\w*)`)],
  // "Går del 1 og del 2 hver for seg?" / "do part 1 and part 2 run separately?" / "Blir de samlet på de samme
  // samlingene?": how the parts are run.
  ['format', cue(String.raw`(hver|kvar) for seg|(run|held|taught|go) (completely |entirely )?(separately|together|jointly|apart)|(sammen|saman|separat|atskilt|adskilt|åtskilde?) på samlingene|samkjør\w*|(samlet|samla|sammen|saman|together) (på|i|at|in) (de |dei |the )?(samme|same) (samlingene|samlingane|samlinger|samlingar|gatherings|sessions)|(på|at|in) (de |dei |the )?(samme|same) (samlingene|samlingane|samlinger|samlingar|gatherings|sessions)`)],
  // "blir vi helt adskilt?" (one in each part), "do the part 1 and part 2 groups do everything separately?": the
  // same, in fewer words.
  ['format', cue(String.raw`adskilt|atskilt|separat|for seg selv|sammen med|blandet|på samme samling\p{L}*|separately|separate|apart|together|mixed|at the same gatherings?`)],
  ['format', MEET_THERE],
  ['format', cue(String.raw`hvordan (jobber|arbeider) (vi|man|dere|de|en|ein|deltakerne|lederne)|how (do|will) (we|you|people|participants|leaders) work|korleis (jobbar|arbeider) (me|vi|ein)|hvordan er (det|studiet|opplegget) (lagt opp|bygd opp)|how is (it|the \w+) (set up|structured|laid out)`)],
  ['format', cue(String.raw`hvordan (fungerer|funker) (det|studiet|opplegget|programmet)|how does (it|this|the \w+) work`)],
  // "I hvilke former gis opplæringen?", "in what form is the training given?": how it is delivered.
  ['format', cue(String.raw`(i )?(hvilke|hvilken|kva for) (former?|formater?|måter?)|in what (forms?|formats?|ways?)|what (forms?|formats?) (does|do|is|are)|(gis|gjennomføres|leveres) (den|det|opplæringen|opplæringa) (som|i form av)`)],
  ['themes', cue(String.raw`what (will|do|does|would) (i|we|you|it|this|the \w+) (learn|cover|teach|go through|deal with)|what'?s (it|this|the \w+) (about|all about)|what (is|are) (it|this|they) about|what topics`)],
  ['themes', cue(String.raw`hva (lærer|skal) (vi|jeg|man) (lære|om|gjennom)|hva (går|handler) (det|studiet|kurset|programmet|samling\w*) (ut på|om)|hvilke temaer`)],
  ['themes', cue(String.raw`kva (lærer|handlar|går) (me|vi|det)|kva (skal|får) (me|vi|eg) lære|hva (tar|dekker|gjennomgår) (de|dere|vi|studiet|programmet)( opp)?`)],
  ['themes', cue(String.raw`hva (får|lærer) (jeg|vi) (om|av)|what (do|will) (i|we) (get to )?(learn|study) (about)?|what'?s on the (agenda|curriculum)`)],
  ['target-group', cue(String.raw`(is|would) (it|this) (for me|right for me|a good fit|relevant for me|suitable for)|is (it|this) (only )?for (leaders|managers|\w+)`)],
  ['target-group', cue(String.raw`(passer|passar) (det|dette|studiet|programmet|kurset) (for|til) (meg|oss|deg)|er (dette|det) (noe|noko) for (meg|oss)`)],
  // "Is LEDPRO only for people with a leader title?", "could it be for me too?": whom the program is for.
  ['target-group', cue(String.raw`(is|are) (ledpro( ?[12])?|the (programme|program|course|study)|(part|del) ?[12]|it|this|that) (only|just|strictly|exclusively) for|(could|can|would|might) (it|this|that|ledpro( ?[12])?|the (programme|program|course)) (also |too |even |still )?be (\p{L}+ )?for (me|us|someone|people|her|him)|(er|blir) (ledpro( ?[12])?|programmet|studiet|kurset) (bare|kun|berre|utelukkande|utelukkende) for|(kan|kunne|vil|ville) (det|dette|ledpro( ?[12])?|programmet|studiet|kurset) (også |òg |og )?(være|vere) (\p{L}+ )?for (meg|oss|henne|han|ho)`)],
  // "Which groups of leaders does NTNU's training target?": the asked groups are the target groups.
  ['target-group', cue(String.raw`(which|what) (groups?|kinds? of|types? of|leaders?|managers?)[\p{L}'’ ]{0,60} (target|targets|aimed at|meant for|intended for)|(hvilke|hvem|kva for)( \p{L}+){0,6} (rettet mot|retter seg mot|rettar seg mot|er ment for|er meint for|er beregnet for|er tiltenkt)`)],
  // "Er det bare instituttlederne som er med?" / "who takes part in it?": who the participants are.
  ['target-group', cue(String.raw`(bare|kun|only|just) [\p{L}\d' -]{2,40} (som )?(er med|deltar|take part|takes part|attend|attends|join|joins)|(hvem|kven|who) (er med|deltar|tar del|takes part|attends|joins)`)],
  ['target-group', cue(String.raw`who (should|is supposed to|ought to) (join|attend|apply|take)|hvem (bør|skal|kan) (delta|ta|søke|være med)|kven (bør|skal|kan) (delta|ta|søkje)`)],
  ['target-group', cue(String.raw`(hvem|kven|who) (er|is|are) (det|dette|it|this) (laget|lagd|meint|ment|made|designed) for`)],
  ['target-group', GROUP_OF_MINE],
  // "Who in the central admin is covered?", "hvem i fellesadministrasjonen er omfattet?": whom the offer includes.
  ['target-group', cue(String.raw`(who|hvem|kven)( \p{L}+){0,5} (is|are|gets|get) (covered|included|eligible)|(hvem|kven)( \p{L}+){0,5} (er|blir|vert) (omfattet|omfatta|dekket|dekka|inkludert|med)`)],
  ['contacts', cue(String.raw`(hvem|kven|who)( \w+){0,4} (ringe|ringje|ring|call|phone|mail|e-?poste|kontakte|contact|spørre|spørje)\b`)],
  // "Who decides which people get to take part?": how participants are picked (nominated, applied).
  ['apply', cue(String.raw`(hvem|kven|who) ((actually|really|egentlig|eigentleg|faktisk) )?(bestemmer|avgjør|velger|vel|plukker|picks?|decides?|chooses?|selects?)|(blir|vert|are|get) (valgt|vald|plukket|nominert|picked|chosen|selected|nominated)`)],
  // "NTNU's way of picking participants", "hvordan de velger ut deltakere": how participants come on.
  ['apply', cue(String.raw`(pick|picks|picking|select|selects|selecting|selection of|choose|chooses|choosing|recruit|recruits|recruiting|recruitment of) (the )?(participants|attendees|candidates|people)|(velger|velge|vel|plukker|plukke) ut (deltakere|deltakarar|deltagere|folk)|utvelgelse\p{L}*|utveljing\p{L}*|rekruttering av deltak\p{L}*`)],
  ['contacts', cue(String.raw`(hvem|kven) (som )?(kan|skal) (svare|hjelpe)|who (can|could|should|will) (answer|help)|(hvem|kven) (spør|spør jeg|går jeg til|vender jeg meg til)`)],
  // "What's NTNU's idea of a good manager?" / "hva slags ledere vil NTNU ha?": the document's ideals.
  ['ideals', cue(String.raw`good (manager|boss|head|supervisor)s?|(god|gode|flink|flinke) (sjef|sjefer|leiar|leiarar)|(what|which) (kind|sort|type) of (behaviou?r|leaders?|managers?|leadership)|(hva|kva) (slags|for) (lederatferd|atferd|lederskap)|(look(ing)? for|want|expect) (in|from|of) (a |their |its )?(leaders?|managers?)`)],
  // "Hva må en leder på NTNU være flink til?", "what should a leader there be good at?": what good leadership is.
  ['ideals', cue(String.raw`(må|bør|skal|skulle)( \p{L}+){0,3} (være|vere) (flink|flinke|dyktig|dyktige) (til|på)(?=\s*[?,.!]|\s*$)|(should|must|need to) (a |the )?(leaders?|managers?|heads?) (really |actually )?be good at(?=\s*[?,.!]|\s*$)|what makes (a )?good (leader|manager|leadership)`)],
  ['ideals', cue(String.raw`lederforventning\w*|leiarforventning\w*|forventning\w* (til|av) (leder\w*|leiar\w*|oss som ledere)|(leadership|leader|manager) expectations|expectations (of|for|on) (leaders|managers|heads)|lederideal\w*|ledelsesprinsipp\w*|lederplattform\w*`)],
  // "Which category are research group leaders in?" / "hvilken ledergruppe hører jeg inn under?": the groups of leaders.
  ['target-group', cue(String.raw`(which|what) (leader |leadership )?(category|categories|group|level|tier|track)|(category|group|level|track) (do|does|are|is) \w+( \w+)? (belong|fall|fit|in)|fall under|(hvilken|hvilke|kva for|hva slags) (leder|leiar)?(kategori|gruppe|nivå|målgruppe)|(hører|høyrer|tilhører|tilhøyrer) (jeg|eg|vi|de|dei) (inn )?(under|til)`)],
  ['purpose', cue(String.raw`what'?s the (point|idea|aim|goal|purpose)|what (do|will) (i|we) get out of|why (should|would) (i|we)|what'?s in it for`)],
  ['purpose', cue(String.raw`hva (er|blir) (poenget|vitsen|målet|hensikten|meningen)|hva (får|sitter) (jeg|vi) (igjen|ut av)|kva (er|blir) (poenget|vitsen|målet)`)],
  ['purpose', cue(String.raw`hvorfor (bør|skal) (jeg|vi)|kvifor (bør|skal) (eg|me|vi)|hva (gir|får) (det|studiet|programmet) (meg|oss)`)],
  ['purpose', cue(String.raw`(what|hva) (is|er) (the|det) (benefit|nytte\w*|utbytte\w*)|what do (i|we) gain`)],
  ['support', cue(String.raw`(can|could) (i|we) get (funding|money|support|a grant|help paying)|help (with|paying) (the )?(fee|cost|costs)|financial (help|aid|support)`)],
  // "Kan vi få noe hjelp til å betale kursavgiften?": help with paying is support.
  ['support', cue(String.raw`(hjelp|hjelpe|bidrag|bistand) (til|med) (å )?(betale|dekke|finansiere)|(help|helps|helping) (us |me |them )?(to )?(pay|cover|fund|finance)`)],
  ['support', cue(String.raw`(kan|får) (jeg|eg|vi|man) (få |søke )?(støtte|tilskudd|tilskot|penger|pengar|dekket)|ou[- ]?midl\w*|kompetansemidl\w*`)],
  ['support', cue(String.raw`(dekker|betaler) (arbeidsgiver\w*|fondet|ou)|(søke|søkje|søker|søkjer) ([\p{L}-]+ )?(om )?(støtte|tilskudd|tilskot|midler|midlar)|(søke|søkje|søker|søkjer|apply to) (på |hos |til )?(the )?ou-?fond\w*|apply for (funding|a grant|support)`)],
  ['support', cue(String.raw`(noen|noko|nokon) (støtte|tilskudd|ordning\w*) (å få|å søke)|is there (any )?(funding|support|grant|subsidy)|(finnes|fins|finst|er) (det )?(noen|noko|nokon|ei|en|ein) (ordning\w*)|(få|fått) dekket (noe|noko|deler|en del|litt) av|(any|a) (scheme|fund) (i|we) (can|could) apply`)],
  // "is there any pot of money I could apply to so my employer doesn't have to foot the whole bill?"
  ['support', cue(String.raw`(få|fått) dekket (noe av )?(utgift\p{L}*|kostnad\p{L}*|avgift\p{L}*)|(ordning|ordningar|ordninger) (der|som|for|hvor) |get (some of )?(the )?(costs?|expenses|fee) (covered|paid|refunded)`)],
  // "Finnes det noe sted jeg kan søke penger?": money applied for is support.
  ['support', cue(String.raw`(søke|søkje|søker|søkjer|apply for|apply to get) (om )?(penger|pengar|money|funding|a grant|midler|midlar)`)],
  ['support', cue(String.raw`pots? of money|(money|funds?) (i|we) (could|can) apply (to|for)|(so|that) (my|our) employer (does not|doesn't|won't|need not)`)],
  ['travel', cue(String.raw`how (do|can|will|should) (i|we|you) get (there|to brumunddal|to the hotel)|getting there|how far (is it|from)|how long (is the )?(journey|trip|ride)|(onward|rest of the|last leg of the) (journey|trip|travel)|(journey|trip|ride) (to|from) the (venue|hotel|station|airport)|videre (reise|reisa|reiseveien)`)],
  ['travel', cue(String.raw`hvordan (kommer|reiser) (jeg|vi|man|en) (meg |oss |seg )?(dit|til brumunddal|til hotellet|til [\p{L}-]*samling\p{L}*|fram)|korleis (kjem|reiser) (eg|me|vi) (dit|til)`)],
  ['travel', cue(String.raw`(komme|kome|reise) (seg )?(dit|fram)|by train|med tog|hvor (langt|lang tid) (er det )?(fra|til)`)],
  // "… eller ligger det i gangavstand?", "can I walk from the station?": how near the station the hotel is.
  ['travel', cue(String.raw`gangavstand|gåavstand|walking distance|walk(able)? from the (station|train)|gå (fra|frå) (stasjonen|toget)|taxi (fra|frå|from) (toget|stasjonen|the station|the train)`)],
  // "Hvor lang tid må jeg beregne til samlingene?": the time to get there, not how long they last.
  ['travel', cue(String.raw`(hvor|kor) lang tid [\p{L} ]{0,25}(til|fram til|å komme til|å reise til|å kome til) (samling\p{L}*|hotell\p{L}*|brumunddal|stedet|staden|dit)|how long (does it|will it) take to get to`)],
  // "har ikke bil – går det an å komme seg dit kollektivt?": getting there without a car is the train.
  ['travel', cue(String.raw`kollektiv\p{L}*|offentlig transport|public transport|(uten|ikke|ikkje) (egen |eigen )?bil|(without|no|don't have|do not have) a car|komme seg (til|dit)`)],
  ['travel', cue(String.raw`(fra|from) (gardermoen|oslo|the airport|flyplassen)|(nærmeste|nearest) (stasjon|station|flyplass|airport)`)],
  ['travel', cue(String.raw`(ta|tar|tok|take|takes|took|catch|get) (the )?(toget|tog|train|bussen|buss|bus|flytoget)|(togtur|togreise|train ride|train journey)`)],
  ['between-gatherings', cue(String.raw`(what|anything) (do|to do|happens) between (the )?(gatherings|sessions)|in (the )?meantime|(work|homework|tasks) (at home|between)`)],
  ['between-gatherings', cue(String.raw`i mellom(tiden|perioden|perioda)|hva (skjer|gjør vi|må vi gjøre) (mellom|imellom)|arbeid (hjemme|heime|mellom samlingene)`)],
  ['between-gatherings', cue(String.raw`forberede (meg|oss|seg)|prepare (beforehand|before)|(må|skal) (vi|jeg|eg) (gjøre|jobbe|gjere) (noe|noko) (mellom|hjemme|heime)`)],
  ['between-gatherings', cue(String.raw`(hjemmearbeid|lekser|homework) (between|mellom)|do (we|i) (get|have) homework`)],
  ['dates', cue(String.raw`what (days|dates)|which (days|dates|weeks|months)|(hvilke|kva for) (dager|dagar|datoer|datoar|uker|veker|måneder)|save the date`)],
  ['dates', cue(String.raw`when (do|does|will) (it|we|they|the \w+) (start|begin|happen|take place|meet|run)|når (starter|begynner|er|går|blir) (det|studiet|samling\w*|første|oppstart\w*|kurset)`)],
  ['dates', cue(String.raw`når (møtes|treffes|samles) (vi|de)|kva tid (startar|byrjar|er)|når (er|blir) (vi|me) samla`)],
];
