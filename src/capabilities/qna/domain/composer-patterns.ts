import { letterAware } from './letter-aware';

// Patterns the composer reads a message's form by: a premise given as a reason, a new intake asked, a place or a
// thing pointed back to, part 1 skipped, a second question that leans on the first.

/** "Since/Siden <premise>, <question>": a premise given as the reason for the question. */
// "Når det bare går over ett år, er det vel …?": "når" before a clause of its own is "since", not "when".
// "Når LEDPRO-samlingene holdes på Oppdal, …", "Når deltakeravgiften på 35 000 dekker hotellet, hvorfor …?" too.
const WHEN_CLAUSE = String.raw`\s+(?:det|den|de|dei|programmet|kurset|studiet|samlingene|samlingane|ledpro[\p{L}\d-]*(?: [12])?|deltakeravgift\p{L}*|avgift\p{L}*|prisen|hotellet|oppholdet|del [12])\s+(?:[^,?]{0,30}?\s+)?(?:(?:bare|berre|vel|jo|uansett)\s+)?(?:er|går|varer|varar|koster|kostar|blir|vert|har|ligger|ligg|holdes|haldast|arrangeres|dekker|dekkjer|gir|gjev)\b`;
export const WHEN_AS_SINCE = new RegExp(String.raw`^(?:(?:ok|okay|så|men|og)[,.]?\s+){0,2}når${WHEN_CLAUSE}[^?]*,`, 'iu');
export const SINCE = new RegExp(String.raw`^(?:(?:ok|okay|så|men|og|and|so|but)[,.]?\s+){0,2}(?:since|siden|sidan|ettersom|as|når(?=${WHEN_CLAUSE}))\s+((?:[^,–—?]|(?<=\d),(?=\d{3})){8,}?)\s*(?:,|–|—| - )\s*(.{6,})$`, 'iu');

/** Another cohort or intake than the one described. */
export const NEW_INTAKE = /\b(another|a new|a second|next|later|new|neste|nytt|ny|et nytt|eit nytt|flere|fleire|other)\s+(intakes?|cohorts?|rounds? of (admission|applications)|opptak|kull|opptaksrunde\w*|søknadsrunde\w*)\b/;

/** A place pointed back to: "med der", "der også", "there too". */
export const THERE = letterAware(/\b(med der|der også|der og|der òg|there too|there as well|at (those|that|these) (ones?|gatherings?|meetings?|sessions?))\b/);

/** A pronoun for the thing just answered ("it", "den", "det"). */
export const ABOUT_IT = /(?<![\p{L}])(it|its|den|det|dette|denne|hun|ho|that one|this one)(?![\p{L}])/iu;

/** Taking part 2 without part 1 ("straight up for part 2", "hoppe over del 1", "part 1 would be a waste"). */
export const SKIPS_PART_ONE = /\b(straight|right|rett|direkte)\s+(up\s+|in\s+|inn\s+)?(for|to|into|på|til)\s+((ledpro\s+)?(part|del)\s*(2|two|to)|(den |the )?(andre|second) (delen|del|part))\b|\b(hopper|hoppe|hoppar|hopp|jumps?|jumping|går|gå|goes|go)\s+(straight|right|rett|direkte|directly)\s+(inn\s+)?(på|til|i|into|onto|to|in to)\s+(den|det|it|that one)\s*(\?|$|,|\.)|\b(skip|skippe|hoppe over|droppe|drop)\s+(ledpro\s+)?(part|del)\s*(1|one|en)\b|\b(part|del)\s*(1|one|en)\s+(would be|will be|is|er|blir|vil være|ville vært)\s+(a\s+|en\s+)?(waste|bortkastet|unødvendig|unnecessary|overflødig)/i;

/** A second question that points back at the subject of the first ("for det", "for it", "then", "what does it cost?", "får jeg noe tilbake?"). */
// "… og hvem spør jeg om det faglige innholdet?": "det" before an adjective is an article, not a word pointing back.
export const LEANS_BACK = /(?<![\p{L}])(for|til|om|på|i|of|about|to) (det|den|dem|dei|it|that|them|those)(?![\p{L}])(?! (?:faglige|praktiske|økonomiske|første|andre|siste|samme|nye|hele|heile|academic|practical|first|second|last|same|new|whole)\b)|(?<![\p{L}])(noe|noko|anything|something|pengene|money|the money) (tilbake|back|refundert|refunded)(?![\p{L}])|(?<![\p{L}])(da|then)\s*\??\s*$|^(hva|kva|hvor mye|kor mykje|what|how much)\s+(koster|kostar|blir|does|is|will)\s+(det|den|it|that)(\s+(cost|be))?(\s+(per|pr\.?|a|each|every|hver|kvar|om|i|in)\s+\p{L}+)?\s*\??\s*$/iu;

/** "Del 1 gir 15 studiepoeng hvis jeg har skjønt det riktig – hva gir del 2?": a premise said with a hedge, then the question. */
export const HEDGED = /^(?:(?:ok|okay|så|men|og|and|so|but)[,.]?\s+){0,2}(.{8,}?),?\s+(?:(?:hvis|om|viss|dersom) (?:jeg|eg) har (?:skjønt|forstått|skjønna) (?:det |dette )?(?:riktig|rett)|if i(?: have|'ve)? understood (?:it |that )?(?:correctly|right)|as far as i know|så vidt (?:jeg|eg) (?:vet|veit))\s*[–—,:-]\s*(.{6,})$/i;

/**
 * "Jeg har hørt at man må ha mastergrad for å komme inn. Hvilken master regnes som relevant?": a claim heard, then a
 * question that rests on it; the claim is checked first, as a premise is. "Stemmer det?" after it asks only to
 * confirm, which the claim's own verdict does.
 */
/**
 * "NTNUs program går jo bare over to år. Hvorfor så kort?": a claim put as known ("jo", "as we know"), then a question
 * why, which rests on it; the claim is checked as a premise is.
 */
const KNOWN = String.raw`as we know|as you know|som kjent|som vi vet`;
export const ASSUMED_THEN_WHY = letterAware(new RegExp(String.raw`^([^.?!]{8,}?\b(?:jo|${KNOWN})\b[^.?!]*)[.!]\s+((?:hvorfor|kvifor|why|how come)\b[^?]{0,80}\?)\s*$`, 'i'));
/** "…, as we know": the words that put a claim as known, which are no part of it. */
export const TAKEN_AS_KNOWN = new RegExp(String.raw`,?\s*\b(${KNOWN})\b`, 'gi');

export const HEARD_THEN_ASKED = /^(?:(?:jeg|eg|vi|me) (?:har |hev )?(?:hørt|høyrt|lest|fått høre|fått beskjed om)|(?:i|we) (?:have |'ve )?(?:heard|read|been told|was told|were told)|(?:noen|nokon|en kollega|ein kollega|kollegaen min|someone|a colleague|my colleague) (?:sa|sier|seier|fortalte|said|told me|says))\s+(?:at|that)\s+([^.?!]{8,}?)[.!]\s+(?!(?:stemmer|stemmar|er det|er dette|is that|is it|is this|correct|right|true|riktig|sant)\b)([^.?!]{6,}\?)\s*$/i;

/**
 * "Takk. So it's a written exam at the last gathering – should we keep that day free?": a conclusion drawn, then a
 * question that rests on it, set apart by a dash; the conclusion is checked as a premise is.
 */
// The conclusion says something (a verb); the question after the dash opens as one (a wh-word or a verb: "ingen
// andre kan søke?" goes on with the claim). A tag after the dash ("– stemmer det?", "– right?") only asks to confirm it,
// which the claim's own verdict does.
export const SO_THEN_ASKED = letterAware(/^(?:(?:ok|okay|thanks|thank you|takk|greit)[,.!]?\s+){0,2}(?:so|så)\s+((?=[^–—?]*(?:\b(?:er|blir|var|har|gir|koster|skal|må|is|are|was|has|have|gives|costs|will|must)\b|'s\b))[^–—?]{8,}?)\s*(?:–|—| - )\s*(?!\s*(?:stemmer|stemmar|er det|er dette|is that|is it|is this|correct|right|true|riktig|rett|sant|ikke sant|ikkje sant|har jeg rett|har eg rett|am i right|isn'?t it|eller)\b)(?![^–—]*\b(?:ikke sant|ikkje sant|right|correct|stemmer det|sant|isn'?t it)\?\s*$)((?:hva|kva|hvor|kor|kvar|når|hvem|kven|hvordan|korleis|hvilke\w*|what|where|when|who|how|which|should|shall|do|does|can|could|will|would|must|må|skal|kan|bør|trenger|treng|får)\b[^–—]{4,}\?)\s*$/i);

/** "Is that the case, or …?" / "Stemmer det?": asks to confirm what the last message said or reported. */
export const CONFIRMS_LAST = /^(?:(?:og|and|so|så|men|but)\s+)?(?:is that (?:the case|true|right|correct|so|how (?:it|they)(?:'s| is| are)? (?:set up|organi[sz]ed|done|run|structured|works?|planned))|that(?:'s| is) (?:how (?:it|they) works?|right|correct|the case|true)(?:,? (?:isn't it|is it not|right|correct))?|er det (?:slik|sånn) (?:det|dei|de) er (?:lagt opp|organisert|bygd opp|bygget opp)|is it (?:true|so|right)|stemmer (?:det|dette)(?: vel| da)?|det stemmer(?: vel| da| nok)?(?=\s*[?!.]*\s*$)|(?:right|correct|riktig|rett|sant|ikke sant|ikkje sant)(?=\s*\?\s*$)|er det (?:sånn|slik|riktig|sant|tilfelle|rett)|har (?:han|hun|hen|de|dei|ho) rett|(?:is|are) (?:she|he|they) right)\b[,.]?\s*(.*)$/i;
// "… and heard the programme puts most weight on …": what one heard is reported too, with or without "that".
// "My colleague reckoned the programme has three pillars.": a claim said or believed, without "that", is reported too.
const REPORTED_EN = /\b(?:whether|if|that|heard|read|was told|said|says|thinks|thought|believes|believed|reckons|reckoned|claimed|claims|mentioned|told (?:me|us))\s+(?!that\b)(.{8,}?)[.!]?\s*$/i;
const REPORTED_NB = /\b(?:om|at|hørte|høyrde|leste|har hørt|har høyrt|mente|meinte|trodde|trudde|sa|sier|seier|påstod|påsto|hevdet|hevda|nevnte|fortalte)\s+(?!at\b)(.{8,}?)[.!]?\s*$/i;

/**
 * "En ny leder spurte om ILP bare er for instituttledere." → "Stemmer det, eller er andre med?": the claim the last
 * message reported, asked as the question to confirm; undefined when the message asks no such thing.
 */
export function confirmingLast(message: string, lastQuestion: string | undefined, lang: 'nb' | 'en'): string | undefined {
  const m = CONFIRMS_LAST.exec(message.trim());
  if (!m || !lastQuestion || lastQuestion.trim().endsWith('?')) return undefined;
  const claim = (REPORTED_EN.exec(lastQuestion) ?? REPORTED_NB.exec(lastQuestion))?.[1];
  if (!claim) return undefined;
  const rest = m[1].replace(/[?!.\s]+$/, '').trim();
  return `${lang === 'nb' ? 'Stemmer det at' : 'Is it right that'} ${claim}${rest ? `, ${rest}` : ''}?`;
}

/** "Er det for sent?", "too late?", "rekker vi det?": whether the time to apply has run out. */
export const TOO_LATE = letterAware(/\b(for sent|for seint|too late|rekker (vi|jeg|eg|hun|han|ho|me|de|dei|han) (det|fristen)|in time|har fristen gått|has the deadline passed)\b/);
/** "with only a bachelor's", "med bare bachelor": the degree someone holds. */
export const DEGREE_HELD = letterAware(/\b(with|med|only|bare|berre|kun|has|have|har|holding|holds|hold|holder|held)\s+(?:(?:a|an|en|ein|only|just|bare|berre|kun)\s+)?(bachelor\w*|master\w*|bachelorgrad\w*|mastergrad\w*|degree|grad)\b/);
/** "… og hvor lang er hver?", "each of them?": one of what the last answer counted, asked at the end. */
export const EACH_AT_END = /\b(hver|kvar|each|every one|each one)( av dem| av dei| of them)?\s*\??\s*$/;
/** "hver av dem", "each of them", anywhere in the question. */
export const EACH_OF_THEM = /\b(hver|kvar|each) (av dem|av dei|av de|of them|one)\b/;
