import { GENERIC_TOPICS, readIntent } from './question-intent';
import { letterAware } from './letter-aware';
import { EDUCATION_TOLD, schoolingTold } from './education-words';
import { FITS_ME } from './role-groups';
import { conceptOfWord, isStopWord, words } from './text-analysis';
import { COMPARE_ONLY } from './reader-vocabulary';
import { CONFIRMS_LAST } from './composer-patterns';
import { CLASH_OF_IT, IN_ADDITION_TO_NOTHING, JOINING_IF, PLAN_ON_IT, SO_FIGURE, SO_THAT_I_CAN, WONDERING } from './asker-clauses';

/** What the asker wonders or wants, not who they are. */
const WONDERS = letterAware(/\b(lurer|lure|wonder\w*|interested|interessert|opptatt|ønsker|vil vite|want)\b/i);

/** How a question opens, after a label ("LEDPRO: når er samlingene?"). */
const QUESTION_OPENING = letterAware(/^(stemmer|stemmar|er det riktig|is it true|kan|kunne|må|er|har|får|gir|blir|skal|vil|går|hva|kva|hvem|kven|hvor|kvar|hvordan|korleis|når|hvilke\w*|can|could|is|are|do|does|did|will|would|what|what's|who|where|how|when|which)\b/i);
/**
 * The part of a long message that asks. Leaders write context first ("we are three new heads of department,
 * HR told us about …") and the question last; the nouns of the context must not steer the answer. Sentences
 * ending in "?" win; without one, the sentence with a question word; a short message is its own focus.
 */
const QUESTION_START = letterAware(/^(hva|hvem|hvor|hvordan|hvorfor|hvilke[nt]?|når|kan|må|er|gir|har|får|blir|finnes|skal|koster|what|who|whom|where|how|why|which|when|can|do|does|is|are|will|must|should|could)\b/);
const DEPENDENT = letterAware(/^(i så fall|isåfall|hvis ja|om ja|dersom ja|if so|if yes|in that case|eventuelt|and if so|og i så fall)\b|^(hva slags|kva slags|hvilke|hvilken|kva for nokre|hvorfor|kvifor|what kind|which ones?|why|how so)\s*\??$/);
/** "Kan jeg likevel ta LEDPRO?" / "can I still apply?" / "kan hun være med?": whether the asker (or the one they
 * told of) may take part, which the situation decides. */
const ELIGIBLE = letterAware(/\b(?:closed|shut|open|stengt|lukket|lukka|åpen|åpent|ope|opent)\s+(?:for|to)\s+(?:me|meg|us|oss)\b|\b(?:i|we|jeg|eg|vi|me|she|he|hun|han|ho)\s+(?:can|could|kan)\s+(?:still|likevel|fortsatt|også|òg)\s+(?:join|take part|participate|attend|delta|være med|vere med|bli med)\b|\b(kan|får|can|may|could)\s+(jeg|eg|vi|me|i|we|hun|han|hen|ho|she|he)\s+(\w+\s+)?(ta|delta|søke|søkje|være med|vere med|bli med|begynne|byrje|starte|take|join|apply|attend|take part|participate|enrol+|(go|gå|hoppe|jump|move|skip) (straight|rett|direkte|directly))\b(?!\s+(om\s+|for\s+)?(ou|ou-\w+|støtte|stønad|tilskudd|tilskot|midler|penger|pengar|fond\w*|grant|funding|money|the ou\w*)\b)|\b(holder det|holder dette|er det nok|er det godt nok|is that enough|is it enough|does that count|does that qualify|kvalifiserer (det|dette)|går det an|is (?:that|it|this) (ok|okay|possible|feasible|realistic|a problem|an option|a (?:viable|possible|realistic|feasible) (?:path|route|option|way))|er (?:det|dette) (mulig|realistisk|gjennomførbart|et problem|eit problem|ei?n (?:farbar|mogleg|mulig|realistisk|grei) (?:vei|veg|løsning|mulighet|moglegheit))|am i (even |really |actually |still )?(eligible|allowed|out)|er jeg (helt )?ute|er eg (heilt )?ute|kvalifiserer jeg|do i (still )?qualify|har jeg (noen )?sjans\w*|do i (stand|have) a chance|kommer jeg inn|faller (jeg|eg) (da |dermed |nå |no )?(utenfor|utanfor)|(har|have) (jeg|eg|i) (da |then |now )?(gått glipp|gått glepp|missed)|(går|will) (jeg|eg|i) (da |then )?(glipp|miss)|(er|am) (jeg|eg|i) (da |then )?(for sent|too late))\b|\b(jeg|eg|vi|i|we)\s+(kan|får|can|may|could)\s+(\w+\s+)?(delta|være med|vere med|bli med|take part|join|attend|participate|come along|be part)\b/);
/** A tag question on its own ("Right?", "Stemmer det?", "Ikke sant?"). */
const TAG_ONLY = /^(right|correct|true|am i right|is that (right|correct|so|true)|isn'?t it|riktig|stemmer (det|dette)|stemmer|ikke sant|ikkje sant|sant|har jeg rett|har eg rett)\W*$/i;
/** A closing tag ("… Right?", "…, stemmer det?"). */
const TAG_END = /[,.]?\s*(right|correct|riktig|stemmer det|ikke sant|ikkje sant)\s*\?\s*$/i;
/** A hint that follows a question ("Something about 'safe leaders'?", "Noe med konflikter?"). */
// "… compare in length? Four years versus what?": a figure set against an unknown, after the question, hints at it.
// "… only runs for two years, right? Matching the appointment period?": the claim said again by what it would match.
const HINT = letterAware(/^(something|anything|noe|noko|typ|like|e\.g\.|f\.eks\.?|for example|for eksempel|liksom|kanskje|maybe|perhaps|matching|in line with|just like|same as|i tråd med|akkurat som|i likhet med)\b|\b(versus|vs\.?|mot|against|compared to|sammenlignet med|samanlikna med) (what|hva|kva)\s*\??$/i);
/** A sentence in which the asker describes themselves ("Jeg er hovedtillitsvalgt …", "I'm a union rep …"). */
export const SELF = letterAware(/^(jeg|eg|i|vi|we)\s*('m|'ve|'re| m| ve| re|\s+(ikke\s+|ikkje\s+|don'?t\s+|do not\s+|never\s+|aldri\s+|also\s+|også\s+|og\s+|only\s+|just\s+|bare\s+|berre\s+|kun\s+)?(er|har|jobber|arbeider|jobbar|arbeidar|leder|leiar|driver|sitter|ble|blei|vart|begynte|byrja|starta|startet|studerte|am|have|has|work|are|run|lead|manage|was|got|became|started|joined|finished|studied|hold|left))\b/);
/** The asker says who they are: "Vi er tre fra samme kommune", "I'm a head of department". */
const IDENTITY = /^(jeg er|eg er|vi er|me er|i am|i'm|we are|we're)\b/;
/** "Så jeg kan si til henne at …?", "So I can tell him …?": a conclusion to pass on. */
const PASSES_ON = letterAware(/^(så|so|og|and)\s+(jeg|eg|i|we|vi|me)\s+(kan|can|could|may)\s+(si|seie|fortelle|melde|bekrefte|tell|say|confirm|let)\b/);
/** "… en god leder? Altså hva forventes av oss?": the same question again in other words, not a new one. */
const RESTATES = letterAware(/^(altså|alts[åa] egentlig|dvs\.?|det vil si|med andre ord|kort sagt|i mean|in other words|that is|i\.e\.?|basically)\s+(hva|kva|hvem|kven|hvordan|korleis|hvilke\w*|what|who|how|which)\b/);
const LEAVES_OUT = letterAware(/^(leave|leaving|not counting|excluding|except|without|minus|ikke medregnet|ikke regnet med|uten|utan|unntatt|bortsett fra|ta ikke med|ikke ta med|ikkje ta med|hopp over|skip)\b/i);
/** "Hvor lenge er man borte? Én dag eller flere?": answers offered to the question before, not a question of its own. */
const OFFERED_CHOICE = letterAware(/^(?!(hva|kva|hvem|kven|hvor|kvar|når|hvordan|korleis|hvilke\w*|er|is|are|what|who|where|when|how|which|kan|can|må|must|do|does)\b)[^?]{0,40}\s(eller|or)\s[^?]{0,30}\?$/i);
const ASKING = letterAware(/\b(lurer på|vet du|kan du (si|fortelle)|fortell|si meg|tell me|i wonder|do you know|could you tell)\b/);

// "de samlingene", "den samlinga": a definite noun after "de"/"den" points back as "disse" does.
const DEMONSTRATIVE = /\b(?:disse|desse|denne|dette|these|those|this|that)\s+(\p{L}{5,})|\b(?:de|dei|den)\s+(\p{L}{3,}(?:ene|ane|en|a))\b/iu;
/** "Which municipality was it?": the noun asked of something told before. */
const WHICH_WAS_IT = /^(?:which|what|hvilken|hvilket|hvilke|kva for ein|kva for eit)\s+(\p{L}{5,})\s+(?:was|is|were|var|er|vart)\s+(?:it|that|det|den|dette)\b/iu;

/** The nearest earlier sentence that names what "disse samlingene" / "these gatherings" points to, if any. */
function referent(before: readonly string[], last: string): string | undefined {
  const m = DEMONSTRATIVE.exec(last) ?? WHICH_WAS_IT.exec(last);
  const noun = (m?.[1] ?? m?.[2])?.toLowerCase();
  const stem = noun?.replace(/(ies|ene|ane|en|et|er|ar|a|e|s)$/, '');
  if (!stem || stem.length < 4) return undefined;
  // A compound with the noun as its last part ("instituttledersamling"), which is what names one kind of it; in
  // English the noun itself ("some gatherings for institute heads", "another municipality").
  // A question that says more of it itself ("those gatherings with the department heads and the dean's team") needs
  // no plain mention from before.
  // After "de"/"den" only a compound names it ("instituttledersamling"): "egne samlinger" is just more of the kind.
  const bare = last.split(/\s+/).length <= 8 && m?.[1] !== undefined;
  // In English the kind is named by the words before the noun ("the head of department gatherings").
  const qualified = new RegExp(`((?:[\\p{L}'-]+\\s+){1,4})${stem}\\p{L}*`, 'iu');
  // "… fra den store samlingen rektor har med dekanene. Hva er poenget med den samlingen?": the very same definite
  // noun, said before with words that describe it, is what "den samlingen" points to.
  const same = m?.[2] !== undefined ? noun : undefined;
  const has = (s: string): boolean => s.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.indexOf(stem) >= 3 || (bare && w.startsWith(stem)) || w === same);
  const sentence = [...before].reverse().find(has);
  // Only the phrase that names it, not the rest of the sentence ("… go to the head-of-department gatherings next term").
  const kind = (x: string): string | undefined => {
    const q = qualified.exec(x);
    if (!q) return undefined;
    const lead = q[1].trim().split(/\s+/);
    while (lead.length > 0 && isStopWord(lead[0].toLowerCase())) lead.shift();
    return lead.length > 0 && !isStopWord(lead[lead.length - 1].toLowerCase()) ? `${lead.join(' ')} ${q[0].slice(q[1].length)}` : undefined;
  };
  // "those sessions with the dean's team" says itself which sessions.
  const saysItself = m !== null && /^\s+(?:with|for|of|from|at|in|med|til|fra|på|i)(?![\p{L}])/iu.test(last.slice((m.index ?? 0) + m[0].length));
  const phrase = sentence === undefined && m?.[1] !== undefined && !saysItself ? [...before].reverse().map(kind).find((x) => x !== undefined) : undefined;
  if (phrase) return `${phrase}.`;
  // The same definite noun: from its determiner on ("den store samlingen rektor har med dekanene"), not who went there.
  const described = sentence !== undefined && same !== undefined ? new RegExp(`\\b(?:den|det|de|dei)\\s+(?:\\p{L}+\\s+){0,2}${same}\\b[^.?!]*`, 'iu').exec(sentence)?.[0] : undefined;
  if (described) return `${described}.`;
  // Only the clause that names it: "…, men vet lite om hva det innebærer" would be taken for the question.
  return sentence?.split(/,\s*(?:men|but|og|and)\s+/i).find(has)?.replace(/[,.;:!]*$/, '.');
}

export function splitSentences(text: string): string[] {
  // "15. januar", "4.–5. april" and "3. samling" do not end a sentence.
  // Nor do abbreviations ("incl. the board", "f.eks. hotellet").
  return text.split(/(?<!(?:^|[\s–—-])\d{1,2}\.)(?<!\b(?:incl|inkl|ca|evt|osv|bl\.a|f\.eks|e\.g|i\.e|etc|vs|nr|kl|approx|ref|jf)\.)(?<=[.!?])\s+|\n+/i).map((s) => s.trim()).filter(Boolean);
}

/** The asking clause of a sentence: what follows "men" / "but" ("En kollega nevnte X, men jeg lurer på Y"). */
const lastClause = (s: string): string => {
  const last = clauses(s);
  // "back to the first one — which hotel is it?": going back to a program names nothing "it" could be.
  if (last !== s && s.endsWith(last) && GOING_BACK.test(s.slice(0, s.length - last.length).replace(/[\s–—:,-]+$/, '').trim())) return last;
  // "… en kick-off med dekanen i januar, men jeg rakk ikke å få med meg hva den skulle handle om. Hva var poenget med
  // den?": what "it" was about is asked of what the clause before named.
  if (last !== s && /\b(?:hva|kva|what)\s+(?:den|det|dei|de|it|they)\s+(?:skulle|skal|var|er|was|is|were|would)\b/i.test(last)) return s;
  // "tilbake til instituttledersamlingene – hvor lange er de?": a short clause that points back keeps its sentence.
  return last.split(/\s+/).length <= 5 && /\b(de|dem|den|det|dette|it|they|them|that|this)\b/i.test(last) ? s : last;
};

/** A question word first and a pronoun pointing back ("who's there and how are they run?", "hvem er med, og hvordan foregår de?"). */
// "Just the extra night – what does one cost?": "one" is one of what was named, as "it" is.
const WH_POINTING_BACK = /^(who|how|what|when|where|which|why|hvem|hvordan|hva|når|hvor|hvorfor|hvilke\w*|kven|korleis|kva|kvifor)\b.*\b(they|them|it|that|this|de|dem|dei|det|den|dette|denne|disse|desse|those|these|der|there|(?:does|is|koster|kostar|er) (?:one|ett|én|ein|eitt))\b/i;

/** A claim heard from someone, said first: "Noen sa at …", "I heard that …". */
const HEARD_FIRST = /^(noen|nokon|en kollega|ein kollega|kollegaen min|kollegaen|sjefen min|someone|somebody|a colleague|my (boss|manager|colleague)) (sa|sier|seier|nevnte|fortalte|said|says|told me|mentioned)\b|^(jeg|eg|i|vi|we|me) (har |have |hev )?(hørt|høyrt|heard|lest|read)\b/;

/** "back to the first one — which hotel is it?": going back names no subject; the question after the dash asks. */
const GOING_BACK = /^(?:(?:ok|okay|okei|so|så|og|and|men|but|right)\W+){0,2}(?:back to|tilbake til|attende til)\s+(?:the|det|den|dei|de)\s+(?:first|previous|earlier|første|fyrste|forrige|førre)(?:\s+(?:one|program\w*))?$/i;
/** "are there", "hvor mange samlinger er det": there is, which points back at nothing. */
const THERE_IS = /\b(?:are|is|were|was) there\b|\b((?:hvor|kor) mange(?: \S+)?) (?:er|var|blir) det\b/gi;

/** "Hvor lang tid bør jeg regne med?", "How long will that take?": a length or an amount, asked of nothing it names. */
const QUANTITY_OF_NOTHING = /^(?:(?:og|and|men|but|så|so)\s+)?(?:hvor|kor) (?:lang tid|lenge|mye|mykje|mange)\b|^(?:(?:and|but|so)\s+)?how (?:long|much|many)\b/i;
/** "I need to confirm that number", "kan du bekrefte det?": a request to check what was just said. */
const CONFIRM_IT = /\b(confirm|check|verify|double-check|bekrefte|bekreft|sjekke|sjekk|dobbeltsjekke|stadfeste)\b[^.?!]{0,20}\b(that|this|it|det|dette|den)\b/;
/** A question word first: "What's nearby?" (a yes/no guess such as "samme antall?" confirms rather than asks on). */
const WH_START = /^(what|which|who|where|how|hva|kva|hvem|kven|hvor|kvar|hvordan|korleis)\b/i;
/** A claim made of what was named before: "det er 1375 kroner …", "that's per night?". */
const CLAIM_OF_IT = /^(det|den|dei|de|dette|it|that|this|they)\s+(er|blir|koster|kostar|varer|varar|is|are|costs?|lasts?)\b/;
const SIDE_BY_SIDE = letterAware(/\b(ved siden av|ved sida av|side om side|sammenlign\w*|samanlikn\w*|compare\w*|side by side|next to|up against|opp mot)\b/);
const namesTopic = (t: string): boolean => readIntent(t).topics.some((x) => !GENERIC_TOPICS.has(x));
/** A question that names no topic and hardly a word of its own ("hvordan avsluttes de?", "what am I looking at for LEDPRO?"). */
const vague = (t: string): boolean => !namesTopic(t) && words(t).filter((w) => w.length > 3 && !isStopWord(w) && conceptOfWord(w) !== '#program').length <= 2;

/** A question that asks which of some is more ("what's bigger", "hvilken er dyrest"). */
const CHOOSING = letterAware(/\b(bigger|biggest|larger|largest|more|most|less|least|higher|cheaper|cheapest|dearer|better|best|longer|shorter|størst|større|dyrest|dyrere|billigst|billigere|mest|mer|meir|minst|mindre|lengst|lengre|kortest|kortere|bedre|which|hvilken|hvilket|hvilke|kva for|how|where|hvordan|korleis|hvor|kvar)\b/);

const YES_NO_START = letterAware(/^(er|is|are|kan|can|må|must|do|does|blir|will)\b/);

const clauses = (s: string): string => {
  // "Hvordan får lederne opplæringen – må vi melde oss på kurs?": a dash after a question adds to it, it does not
  // replace it; only context before a dash ("tilbake til X – …") gives way to what follows.
  const dash = /\s+[–—-]\s+/.exec(s);
  const before = dash ? s.slice(0, dash.index).trim().toLowerCase() : '';
  // "So the programme is only for the heads – nobody else?": a statement to confirm is the question too.
  // "Ok, så fristen er 15. januar – da rekker vi det, ikke sant?": the conclusion rests on the claim before the dash.
  if (dash && /^(?:(?:ok|okay|okei|greit|right|ah|aha|fint|fine)[,.!]?\s+)?(so|så|altså)\s/.test(before)) return s;
  const after = dash ? s.slice(dash.index + dash[0].length).trim().toLowerCase() : '';
  // "Noen sa at programmet bare varer det første året – så jeg er ferdig til høsten?": the conclusion rests on the
  // claim heard, which is what to check.
  if (dash && /^(så|so|altså|then|da)\s/.test(after) && HEARD_FIRST.test(before)) return `${s.slice(0, dash.index).trim()}?`;
  // "har ikke bil – går det an å komme seg dit kollektivt?": a short statement before the dash is context, not a
  // question, when a question follows it.
  // "Hvordan avsluttes de to programmene – er det eksamen i begge?": a question that names no topic before a question
  // that does keeps both: the second says what the first asks.
  // "What's bigger per person – that fee, or hotel for all 6 gatherings?": the choices after the dash are what the
  // question before it asks between.
  const choices = CHOOSING.test(before) && /\b(or|eller)\b/.test(after) && !QUESTION_START.test(after) && !YES_NO_START.test(after);
  if (dash && QUESTION_START.test(before) && !choices && !(before.split(/\s+/).length <= 3 && after.endsWith('?')) && !(after.endsWith('?') && vague(before) && namesTopic(after))) s = s.slice(0, dash.index);
  // "… I can jump straight into part 2 – I've been a manager for 15 years. Right?": the asker's own case after the
  // dash backs the claim before it; the claim is the question, and the tag that closes the message still asks to
  // confirm it.
  // "… ten gatherings over the year – I just need to confirm that number": what is to be confirmed is before the dash.
  else if (dash && CONFIRM_IT.test(after)) return s;
  else if (dash && SELF.test(after) && !/\b(kan|can|må|must|may|får)\s+(jeg|eg|i)\b/.test(after)) s = `${s.slice(0, dash.index)}${TAG_END.exec(s)?.[0] ?? ''}`;
  // "the faculty-wide training days – who's there and how are they run?": a subject named before the dash, which
  // the question after it points back to, is what is asked about.
  // "Kost og losji på Wood Hotel – det er 1375 kroner per samling, sant?": so does a claim made of it with "det".
  else if (dash && before.split(/\s+/).length <= 8 && !GOING_BACK.test(before) && (WH_POINTING_BACK.test(s.slice(dash.index + dash[0].length).replace(THERE_IS, '')) || CLAIM_OF_IT.test(after))) return s;
  // "Legg det ved siden av LEDPRO: hvor lenge holder hvert av dem på?": a request to compare before the colon is
  // what the question after it asks of each.
  const colon = /:\s+(?=\S)/.exec(s);
  if (colon && SIDE_BY_SIDE.test(s.slice(0, colon.index).toLowerCase())) return s;
  // "Who is each programme aimed at: NTNU's training versus LEDPRO?": the sides after the colon are what the question
  // before it asks of.
  const afterColon = colon ? s.slice(colon.index + colon[0].length).toLowerCase() : '';
  if (colon && QUESTION_START.test(s.slice(0, colon.index).trim().toLowerCase()) && !QUESTION_START.test(afterColon) && /\b(versus|vs\.?|or|eller|and|og|against|mot)\b/.test(afterColon)) return s;
  // "credits: NTNU vs LEDPRO?": a short label before a colon is the subject of the question after it.
  const label = /^\s*([\p{L}\d' -]{2,30}):\s+(?=\S)/u.exec(s);
  const rest = label ? s.slice(label[0].length) : '';
  if (label && label[1].trim().split(/\s+/).length <= 3 && !/\b(jeg|eg|vi|me|du|dere|i|we|you)\b/i.test(label[1]) && !QUESTION_OPENING.test(rest)) s = `${label[1].trim()} ${rest}`;
  const parts = s.split(/,\s*(?:men|but|og lurer|and i wonder)\s+|;\s+|:\s+(?=\S+\s+\S+)|\s+[–—-]\s+(?=\S+\s+\S+)/i);
  // "… at every gathering, but leave out books?": what to leave out of the sum qualifies the question, it does not
  // replace it.
  // Nor does a bare phrase after "men" ("… hvis jeg ikke har bachelorgrad, men lang erfaring?").
  const last = parts[parts.length - 1];
  const bare = last.split(/\s+/).length <= 4 && !QUESTION_START.test(last.toLowerCase()) && !/\b(jeg|eg|vi|me|i|we|du|de|you|they|det|it)\b/i.test(last);
  // "All in – fee, semester fees and the hotel – what am I looking at?": a vague question asks of what came before it.
  const vagueAfter = parts.length > 1 && vague(last) && namesTopic(parts.slice(0, -1).join(' '));
  return parts.length > 1 && (LEAVES_OUT.test(last) || bare || vagueAfter) ? s : last;
};

export function questionFocus(text: string): string {
  // "Og den er på Lillehammer, så jeg bestiller togbillett dit?": what the asker will do on it is no part of the claim.
  // "Takk. Og den siste?": thanks before a question is no part of it.
  // "If I sign up for LEDPRO, how is it assessed at the end?": joining is the condition, not what is asked.
  const focus = sentenceFocus(text.replace(THANKS_FIRST, '')).replace(PLAN_ON_IT, '?').replace(SO_THAT_I_CAN, '?').replace(JOINING_IF, '');
  // The asker's situation and whether they may take part stay together ("Jeg har ikke høyere utdanning, men …").
  // "… bare to års høyskoleutdanning, men … så jeg lurer på om det er aktuelt for meg å søke": so does whether it fits.
  const f = focus.toLowerCase();
  return toldOfSelf(f) && (ELIGIBLE.test(f) || FITS_ME.test(f)) && !FOR_SUPPORT.test(f) ? focus : lastClause(focus);
}

/** "… kan jeg søke OU-fondet?": applying for support, not for a place on the program. */
const FOR_SUPPORT = letterAware(/\b(ou-?fond\w*|tilskudd\w*|tilskot\w*|stipend\w*|funding|grants?)\b|\bsøk\w* (om )?(støtte|midler)/);

/** Thanks or an acknowledgement said before a question ("Takk. …", "Great, thanks! …", "Ok. …"). */
// Only before a short follow-up ("Takk. Og den siste?"); a longer question reads its opening as it always has.
const THANKS_FIRST = /^(?:(?:tusen takk|takk skal du ha|takk|thanks a lot|thanks|thank you|ok|okay|okei|flott|supert|super|fint|great|perfect|perfekt|nice|greit|aha)[!.]+\s+)+(?=(?:\S+\s+){0,5}\S+\?\s*$)/i;

/** The asker says who they are and asks whether they may take part: the target group and admission answer it. */
// "vi har budsjettert 35 000 i deltakeravgift, holder det?": a sum enough for the price, not the asker for the program.
export const asksEligibility = (focus: string): boolean => {
  const f = focus.toLowerCase();
  return (toldOfSelf(f) || (THIRD_PERSON.test(f) && PERSON_TOLD.test(f))) && ELIGIBLE.test(f) && !BUDGETED.test(f) && !FOR_SUPPORT.test(f);
};
/** A question about someone told of: "Can she …?", "får ho …?". */
const THIRD_PERSON = letterAware(/\b(kan|får|can|may|could|would|will|må|must)\s+(hun|han|hen|ho|she|he|they|de|dei)\b/);
/** A sentence that tells of someone: "My deputy …", "A section leader on my team …", "Vi har ein instituttleiar som …". */
// "Hun jeg jobber for er tillitsvalgt", "Sjefen min er …": the person pointed at first, then told of.
const PERSON_TOLD = letterAware(/^(she|he|hun|han|ho|hen|(?:sjefen|lederen|leiaren|kollegaen|nestlederen|nestleiaren) (?:min|mi|vår)|my|our|a|an|one of (my|our)|min|mi|mitt|vår|vårt|en|ein|ei|eit|et|(vi|me|we|i|jeg|eg) (har|have|has|fikk|fekk|got)( fått| fenge)? (en|ein|ei|eit|et|a|an|ny|nytt|new))\s/);
const BUDGETED = /\d[\d .,]*\s*(kr|kroner|nok)\b|\b(kr|nok)\.?\s*\d|\b\d{1,3}[ .,]\d{3}\b|budsjett\w*|budget\w*/;

/** A role told without "I": "new avdelingsleder in our kommune …", "nyansatt enhetsleder …", "just started as …". */
// "jobber i et konsulentselskap …", "work at a county council …": where one works, told without "I".
const TERSE_SELF = letterAware(/^((er|am) )?(new|newly (appointed|hired)|ny|nytt|nyansatt|nyutnevnt|nytilsatt|just started|started as|startet som|begynte som|nettopp (begynt|startet|blitt))\b|^(jobber|jobbar|arbeider|arbeidar|working|work)\s+(i|på|ved|som|for|hos|at|in|as)\s/);

const toldOfSelf = (text: string): boolean => SELF.test(text) || TERSE_SELF.test(text);

/** "Jeg er tillitsvalgt, ikke leder" → "kan jeg søke?": the situation said just before is part of the question. */
export function withSituation(question: string, before: string | undefined): string {
  const q = question.toLowerCase();
  const told = before?.toLowerCase().trim() ?? '';
  // "eg er tillitsvald i ein kommune" → "er ledpro aktuelt for slike som meg?": whether it fits is asked of that asker.
  // Typed on the phone, the asker may leave themselves out: "new avdelingsleder in our kommune, no degree …".
  if (!before || before.includes('?') || !(ELIGIBLE.test(q) || FITS_ME.test(q)) || !(toldOfSelf(told) || (THIRD_PERSON.test(q) && PERSON_TOLD.test(told)))) return question;
  return `${before.trim().replace(/[.!]?$/, '.')} ${question}`;
}

/** The asker's own role told ("Jeg ble konstituert som instituttleder …"), not a wish ("Jeg har lyst til å søke"). */
// A lack told of oneself ("Jeg oppfyller ikke opptakskravet, men får være med som kursdeltaker.") is a situation the
// same way: "Får jeg studiepoeng da likevel?" is asked of it.
const TOLD_AS_ROLE = /\b(jeg|eg|i)\b[^.?!]{0,40}\b(som|as|er|am|'m)\s+(\p{L}+\s+)?\p{L}*(leder|leiar|head|manager|sjef|director|direktør|deltaker|deltakar|participant|student)\b|\b(jeg|eg|i)\s+(oppfyller|oppfyl\p{L}*|fyller|don't meet|do not meet|doesn't meet)\s+(ikke|ikkje)?\b|\b(jeg|eg|i)\s+(mangler|manglar|lack|har ikke|har ikkje|have no|don't have|do not have|haven't got)\b/u;
/** The asker asks of themselves, with a word that leans on what was told ("da", "still"): "… Må vite hva jeg skal si" does not. */
const ASKS_OF_SELF = letterAware(/\b(jeg|eg|meg)\b.*\b(da|likevel|fortsatt|framleis|i så fall)\b|\b(i|i'm|am i)\b.*\b(then|still|in that case)\b/);
/** A short follow-up that points at someone told of ("Får ho òg …?"), at the thing itself ("den er jo på Røros?") or at
 * its members ("hvem består den av?" after "LEDPRO snakker om en læringsorganisasjon."). */
// "how is the content different from what I'm doing now?": the part the asker told they are on.
// "Er LEDPRO-samlingene også der?": "there too" sets the question's own subject against the place told, which stays
// context (place-sameness.ts).
const POINTS_AT_TOLD = letterAware(/\b(han|hun|hen|ho|henne|ham|she|he|her|him)\b|\b(består|utgjør|utgjer|consists?|makes? up) (den|det|dei|it|that|this)\b|\b(den|det|it|that|this) (består|consists?)\b|^(og |and )?(hvem|kven|who)\b[^?]{0,15}\b(med i|sitter i|in|on) (den|det|it|that)\s*\??$|^(og |and |men |but )?(den|it|that) (er|is|was|var|ligger|holdes|takes)\b|\b(what|the one|the part) i (am|'m) (doing|taking|on|in)( now| at the moment)?\b|\b(det|den|delen) (jeg|eg) (går på|holder på med|held på med|tar|gjør|gjer) (nå|no)\b|(?<!(?:også|òg) )\b(der|there)(\s+(konkret|egentlig|eigentleg|exactly|concretely|specifically|in practice|i praksis))?\s*\??\s*$/);

/**
 * "Vi har ein instituttleiar som vart tilsett midt i åremålsperioden." → "Får ho òg den lokale grunnopplæringa?": the
 * statement that told of her goes before the question, so the question is read with it (its focus still the question,
 * unless the question only points back). `question` is the message as given, `text` as read so far.
 */
export function withTold(text: string, question: string, told: string | undefined): string {
  // "Jeg ble konstituert midt i åremålsperioden." → "Får jeg noe opplæring da?": the asker told of themselves and
  // asks of themselves.
  const q = question.toLowerCase();
  if (!told || text !== question || question.split(/\s+/).length > 20 || !(POINTS_AT_TOLD.test(q) || (ASKS_OF_SELF.test(q) && TOLD_AS_ROLE.test(told.toLowerCase())))) return text;
  return `${told.trim().replace(/[.!]?$/, '.')} ${question}`;
}

/** "Lønn, ansettelser og sånt?", "Pay, hiring, that sort of thing?", "F.eks. lønn?": examples, not a question. */
const EXAMPLES_AFTER = /^(?:(?:[\p{L}-]+\s*,\s*)+[\p{L}-]+\s*,?\s+(?:og|and|eller|or|osv|etc)\.?\s*(?:sånt|slikt|sånn|so on|the like|things like that|stuff|that sort of thing|similar|liknande|lignende)?|(?:f\.?\s?eks\.?|for eksempel|til dømes|e\.?g\.?|for example|such as|like)\s+[^?]{1,40})\s*\?$/iu;

function sentenceFocus(text: string): string {
  const sentences = splitSentences(text);
  if (sentences.length <= 1) return text;
  const asks = sentences.filter((s) => s.endsWith('?'));
  // "She assumes she can just sign herself up. That's how it works, isn't it?": a tag alone asks to confirm the
  // statement before it, which is the claim to check.
  const tag = CONFIRMS_LAST.exec(sentences[sentences.length - 1]);
  const before = sentences[sentences.length - 2];
  // (A short tag, "Stemmer det?", is read with the sentence before it already.)
  if (tag && sentences[sentences.length - 1].split(/\s+/).length > 3 && /^(?:(?:is not it|isn'?t it|right|ikke sant|ikkje sant|eller)\s*)?[?.!]*$/i.test(tag[1].trim()) && before !== undefined && !before.endsWith('?')) return `${before.replace(/[.!]+$/, '')}, ${sentences[sentences.length - 1]}`;
  const cleaned = (s: string): string => s.replace(/^(og|men|så|and|but|so)\s+/i, '');
  // A closing "Vet du det?" / "Do you know?" points back at the sentence before it.
  // "… which themes were listed? Something about 'safe leaders'?": a hint after the question is not the question.
  // "… fra OU-fondet? hele avgiften?": a guess at how much, after the question, is a hint too.
  // "hvem er ledpro tenkt for? bare toppledere?", "… ment for? Bare de på toppen?": so is a guess at whom.
  const guess = (s: string): boolean => s.split(/\s+/).length <= (/^(bare|berre|kun|only|just)\b/i.test(s) ? 5 : 3) && /^(hele|heile|halve|halvparten|alt|all|the whole|the full|full|half|bare|berre|kun|only|just)\b/i.test(s);
  // "… hvor lenge går det? Kan du sammenligne varigheten?": a request to compare asks what the question before asked.
  // "Hva lærer man om HR-biten? Lønn, ansettelser og sånt?": examples after the question show what it means.
  const meaningful = asks.filter((s, i) => (s.split(/\s+/).length > 3 || !ASKING.test(s.toLowerCase())) && !(i > 0 && ((HINT.test(s) && s.split(/\s+/).length <= 6) || guess(s) || COMPARE_ONLY.test(s) || EXAMPLES_AFTER.test(s))));
  if (meaningful.length > 0) {
    const last = meaningful[meaningful.length - 1];
    const i = sentences.indexOf(last);
    // "…, og hva koster det?" keeps the sentence before it when the question only points back ("det", "it").
    // "Ligger hotellet ved et vann? I så fall hvilket?": a conditional follow-up leans on the question before it.
    // "… god samhandling. Mellom kven då?": a question word after a preposition asks about the sentence before.
    // "… I can jump straight into part 2. Right?": a tag alone asks to confirm the sentence before it.
    // "Er hotellet inkludert i den? Så jeg kan si til henne at alt er dekket?": what the asker will pass on rests on
    // the question before it.
    const restated = i > 0 && sentences[i - 1].endsWith('?') && ((last.split(/\s+/).length <= 10 && RESTATES.test(last.toLowerCase())) || PASSES_ON.test(last.toLowerCase()));
    // "Is the hotel in a town or out in the middle of nowhere? What's nearby?": a vague question after a question asks
    // on with it.
    // "Jeg tar toget fra Oslo S til samlingene. Hvor lang tid bør jeg regne med?": a quantity asked of nothing named
    // is the quantity of what the statement before it told, the asker's own situation included.
    const vagueAfterTold = i > 0 && !sentences[i - 1].endsWith('?') && QUANTITY_OF_NOTHING.test(last) && vague(last) && namesTopic(sentences[i - 1]);
    // "I'm curious how long it runs and whether it's evenly spread out. What's their setup?": a vague question after
    // one asked in other words asks that one.
    const askedBefore = i > 0 && !sentences[i - 1].endsWith('?') && vague(last) && WONDERING.test(sentences[i - 1].toLowerCase());
    // "Vi har kurs 3.–5. april. Kolliderer det med en samling?": what may clash is what the sentence before told.
    const clashOfTold = i > 0 && !sentences[i - 1].endsWith('?') && CLASH_OF_IT.test(last.toLowerCase());
    // "… is 1,375 per gathering, right? So about 8000 for all six?": a figure concluded from the claim asked before.
    // "Lederen spør hva som ikke dekkes av avgiften. Hva må vi budsjettere i tillegg?": in addition to what the sentence
    // before named.
    const inAddition = i > 0 && !sentences[i - 1].endsWith('?') && vague(last) && IN_ADDITION_TO_NOTHING.test(last.toLowerCase());
    const concluded = i > 0 && sentences[i - 1].endsWith('?') && last.split(/\s+/).length <= 10 && SO_FIGURE.test(last.toLowerCase());
    const pointsBack = restated || vagueAfterTold || askedBefore || clashOfTold || concluded || inAddition || (i > 0 && sentences[i - 1].endsWith('?') && WH_START.test(last) && vague(last)) || (i > 0 && last.split(/\s+/).length <= 6 && (TAG_ONLY.test(last) || OFFERED_CHOICE.test(last) || /^(mellom|med|for|til|fra|frå|av|om|between|with|for|to|from|of|about)\s+(hvem|kven|hva|kva|hvilke\w*|kva for|who|whom|what|which)\b/i.test(last) || /\b(det|den|dette|dem|disse|dei|desse|it|this|that|them|they|these|those|der|there)\b|\b(av|for|med|om|til|fra|hos|er|var|blir|ble|fikk|har|hadde|koster|varer) de\b/i.test(last) || DEPENDENT.test(last.toLowerCase())));
    // "Jeg er hovedtillitsvalgt … Kan jeg likevel ta LEDPRO?": the asker's situation is what the question is about.
    // "My deputy doesn't have any higher education. Can he still join?": so is the situation of the one told of.
    const other = THIRD_PERSON.test(last.toLowerCase());
    const self = ELIGIBLE.test(last.toLowerCase()) ? sentences.slice(0, i).reverse().find((x) => toldOfSelf(cleaned(x).toLowerCase()) || (other && PERSON_TOLD.test(x.toLowerCase()) && !x.endsWith('?'))) : undefined;
    // "Jeg er teamleder … Utdanningen min er toårig … ingen fullført bachelorgrad. Har jeg noen sjanse?": the education
    // told, in a sentence of its own, decides as much as the role.
    const schooling = self ? sentences.slice(sentences.indexOf(self) + 1, i).find((x) => !x.endsWith('?') && (EDUCATION_TOLD.test(x.toLowerCase()) || schoolingTold(x.toLowerCase()))) : undefined;
    if (self) return cleaned(schooling ? `${self} ${schooling} ${last}` : `${self} ${last}`);
    // "… noe som heter instituttledersamling … Hvordan er disse samlingene lagt opp?": "these" names what an
    // earlier sentence called by its full name.
    const named = i > 0 ? referent(sentences.slice(0, i), last) : undefined;
    if (named) return cleaned(`${named} ${last}`);
    // "Vi er tre fra samme kommune som tenker å søke sammen. Kan vi levere den som gruppe?": the asker's own
    // situation before a pronoun is context; "den" is what the conversation is about.
    // Only who the asker is ("vi er tre fra …"), not what they have or wonder ("jeg har en workshop 20. juni").
    // "I'm an office manager, and as I understand it, X don't include us. Is that right?": who one is, then a claim.
    const aboutSelf = pointsBack && !restated && !vagueAfterTold && !askedBefore && IDENTITY.test(cleaned(sentences[i - 1]).toLowerCase()) && !WONDERS.test(sentences[i - 1]) && !CLAIMS_HEARD.test(sentences[i - 1].toLowerCase()) && !/\b(del|part|ledpro|ntnu)\s*\d?\b|\d/i.test(sentences[i - 1]);
    return cleaned(pointsBack && !aboutSelf ? `${sentences[i - 1]} ${last}` : last);
  }
  if (asks.length > 0) {
    const i = sentences.indexOf(asks[asks.length - 1]);
    return i > 0 ? sentences[i - 1] : asks[0];
  }
  const q = sentences.filter((s) => QUESTION_START.test(s.toLowerCase()) || ASKING.test(s.toLowerCase()));
  const asked = q.length > 0 ? q[q.length - 1] : sentences[sentences.length - 1];
  // Typed without a question mark: "… en instituttledersamling … hva skjer på de samlingene" names it before too.
  const i = sentences.indexOf(asked);
  const named = i > 0 ? referent(sentences.slice(0, i), asked) : undefined;
  if (named) return `${named} ${asked}`;
  // "Grunnopplæringen har en egen HR-del. Nevn tre ting som står på lista der.": a request that points back asks of
  // the sentence before it.
  return i > 0 && asked.split(/\s+/).length <= 12 && /\b(der|there|dette|denne|det|den|this|that|it|them|dem|dei|those|these)\b/i.test(asked) ? `${sentences[i - 1]} ${asked}` : asked;
}

/** A claim the asker reports or believes ("as I understand it", "jeg har hørt at", "så vidt jeg vet"). */
const CLAIMS_HEARD = letterAware(/\b(as i understand|i understand that|i heard|i've heard|i have heard|i believe|i was told|har hørt|har høyrt|etter det (jeg|eg) (har )?(forstått|skjønt)|så vidt (jeg|eg) (vet|veit)|(jeg|eg) tror|eg trur|fikk høre|fekk høyre)\b/);

/** A short price question about "they" ("Any idea roughly what they'll cost?", "hva koster de da?"). */
const THEIR_PRICE = letterAware(/^[^.?!]{0,40}\b(what|how much|hva|kva|hvor mye|kor mykje)\b[^.?!]{0,20}\b(they|those|them|de|dei|dem|disse|desse)\b[^.?!]{0,20}\b(cost|costs|koste|koster|kostar)\b|\b(hva|kva) (koster|kostar) (de|dei|disse|desse)\b/);
/** Plural things a question may name ("the books", "bøkene", "pensumbøker"), not people. */
const PLURAL_THING = letterAware(/\b(books|textbooks|bøkene|bøker|bøkane|bøkar|pensumbøkene|pensumbøker|nights|nettene|nettane|netter|rooms|rommene|rommane)\b/);

/**
 * "The books for LEDPRO aren't included in the fee, are they?" → "Any idea roughly what they'll cost?": "they" are
 * the things the last question named, so the price asked is theirs (which the documents do not give), not the fee's.
 */
export function withReferent(question: string, last: string | undefined): string {
  const q = question.toLowerCase();
  const thing = last ? PLURAL_THING.exec(last.toLowerCase())?.[0] : undefined;
  if (!thing || !THEIR_PRICE.test(q) || PLURAL_THING.test(q)) return question;
  return `${question.replace(/[?.!\s]*$/, '')} (${thing})?`;
}

