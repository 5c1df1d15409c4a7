import { COMPARE_ONLY } from './reader-vocabulary';
import { letterAware } from './letter-aware';
import { readIntent } from './question-intent';

/**
 * A message that asks two things ("Hvor holdes LEDPRO, og hvor mange dager er det til sammen?", "What does it
 * cost? And when is the deadline?"): split into its questions, each answered in turn, so neither is dropped.
 */
const QUESTION_WORD = '(?:hva|hvor|hvem|når|hvilke|hvilken|hvilket|hvordan|hvorfor|kva|kvar|kven|korleis|kor|kvifor|what|where|who|when|which|how|why)';
/** The end of a word, for letters outside ASCII too ("må", "når"): \\b alone sees "å" as no letter. */
const END = '(?![\\p{L}])';
/** A yes/no question's first word ("…, og er det parkering der?"). */
const VERB_FIRST = '(?:er|kan|må|får|gir|har|blir|finnes|går|gjelder|holdes|varer|is|are|can|do|does|will)';
// After a comma a yes/no clause asks on its own too; without one, "kan jeg ta del 1 og er …" is one thought.
const JOINED = new RegExp(`^(.{12,}?)(?:(?:,\\s*|\\s+)(?:og|and|samt)\\s+(${QUESTION_WORD}${END}.{8,})|,\\s*(?:og|and)\\s+(${VERB_FIRST}${END}.{8,}\\?))$`, 'iu');
const SENTENCES = new RegExp(`^(.{12,}?\\?)\\s+(?:(?:og|and|men|but|også|also)\\s+)?(${QUESTION_WORD}${END}.{8,}|${VERB_FIRST}${END}.{8,}\\?)$`, 'iu');
const DASHED = new RegExp(`^(.{12,}?)\\s+[–—]\\s+(${QUESTION_WORD}${END}.{8,})$`, 'iu');
// "Switching to NTNU now: is there …": a yes/no question may start after a lead-in and a colon.
const ASKS = new RegExp(`(?<![\\p{L}])${QUESTION_WORD}${END}|\\?\\s*$|(?:^|:\\s+)(er|kan|må|får|gir|har|blir|is|are|can|do|does|will)${END}`, 'iu');
/** "…, and what's nearby?": a question word and one word more ask on their own too. */
const CONTRACTED_WH = new RegExp(`^${QUESTION_WORD}'s\\s`, 'iu');
/** "Hva er forskjellen på del 1 og hva …" and lists of choices stay one question. */
const ONE_QUESTION = /\b(forskjell|difference|sammenlign|samanlikn|skilnad|compar)|\b(enten|either|eller|or)\b/i;
/** "Er det samlinger i juni eller juli, og når er …?": a choice, then a second question after a comma. */
const AFTER_CHOICE = new RegExp(`\\b(eller|or)\\b[^,?]*,\\s*(og|and)\\s+${QUESTION_WORD}${END}`, 'iu');

/** "Hva er forskjellen på del 1 og 2, og hvor mange studiepoeng gir del 2?": a comparison, then a second question. */
// "…, og gir de like mange studiepoeng?": a yes/no question after the comparison is a second question too.
const AFTER_COMPARE = new RegExp(`\\b(forskjell|difference|sammenlign|samanlikn|skilnad|compar)[^?]*,\\s*(og|and)\\s+(${QUESTION_WORD}|${VERB_FIRST})${END}`, 'iu');
const SET_AGAINST = /\b(opp mot|ved siden av|ved sida av|side by side|next to|up against|sammenlign\w*|samanlikn\w*|compare\w*)\b/i;
const EACH_OF_THEM = /\b(hvert|hver|kvart|kvar) av (dem|de|dei|disse|desse|programmene|programma)\b|\b(each|both) of (them|these|those|the two)\b|\bbegge\b/i;
/** "Hvem er målgruppen, gjelder det tekn-adm også?": a wh-question, then a yes/no question on it after a comma alone. */
const COMMA_YES_NO = new RegExp(`^(${QUESTION_WORD}${END}.{8,}?),\\s*((?:er|kan|gjelder|gjeld|får|gir|har|blir|inkluderer|omfatter|is|are|does|do|can|will)\\s+(?:det|dette|den|de|dei|it|that|this|they)${END}.{4,}\\?)$`, 'iu');

/** A claim told, a tag asking to confirm it, and a question after it. */
const CONFIRM_THEN = new RegExp(`^(.{12,}?[.!]\\s+)(stemmer det|stemmar det|er det riktig|er det rett|er det sant|is that right|is that correct|is that true|is this right|am i right)\\s*,\\s*(?:og|and|og i så fall|and if so)\\s+(${QUESTION_WORD}${END}.{8,})$`, 'iu');

/** A computation over the thing just named ("hva blir det til sammen", "how much is that for all six"). */
const SUM_OF_IT = /^(hva|kva|hvor mye|kor mykje|what|how much)\s+(blir|vert|koster|kostar|would|will|is|does)\s+(det|that|it|this)\b.*\b(alle|all|til sammen|totalt|i alt|in total|altogether|seks|six|\d)\b/i;

/** "hvor lang tid tar det?", "roughly how long does it take?": the length of the thing just asked about. */
const TRIP_LENGTH = letterAware(/^(?:(?:og|and)\s+)?(?:(?:ca\.?|cirka|omtrent|sånn|roughly|about|approximately)\s+)?(?:(?:hvor|kor) (?:lang tid|lenge) (?:tar|tek|bruker|brukar) (?:det|den|turen|reisen|reisa)|how long (?:does|will|would) (?:it|that|the trip|the journey) take)\s*\??\s*$/iu);
/** "første og siste samling", "the first and last gathering": two gatherings, each asked for. */
const ORDINAL = '(første|andre|tredje|fjerde|femte|sjette|siste|first|second|third|fourth|fifth|sixth|last)';
const ORDINAL_PAIR = new RegExp(`\\b${ORDINAL}\\s+(og|and|&)\\s+(?:den\\s+|the\\s+)?${ORDINAL}(\\s+(?:samling|gathering|session)\\w*)`, 'iu');

/**
 * "How many LEDPRO gatherings are there, and where?": a bare question word after a comma asks that of it too ("Hvor
 * holdes LEDPRO og når?" stays one question, whose dates say where).
 */
const BARE_WH_TAIL = new RegExp(`^(.{12,}?),\\s*(?:og|and|&)\\s+(hvor|kvar|where|når|when|hvem|kven|who)(?:\\s+(?:da|then|hen|to))?\\s*\\??\\s*$`, 'iu');

export function splitQuestions(message: string): string[] {
  const text = message.trim();
  // "Eg har høyrt at samlingane er på Scandic i Hamar. Stemmer det, og kor mange samlingar er det?": the claim told
  // is confirmed or corrected, and the question after it answered too.
  const confirmed = CONFIRM_THEN.exec(text);
  if (confirmed) return [`${confirmed[1]}${confirmed[2]}?`, confirmed[3]];
  const tail = BARE_WH_TAIL.exec(text);
  if (tail && ASKS.test(tail[1]) && tail[1].split(/\s+/).length >= 3 && !/\b(eller|or)\b/i.test(tail[1])) return [`${tail[1].trim().replace(/[,;]$/, '')}?`, `${tail[2]}?`];
  const pair = ORDINAL_PAIR.exec(text);
  // "Hvor mange er før sommerferien, og hvor mange kommer etter?": both sides of the summer, one count.
  if (/\b(før|before)\b[^?]*\b(sommer|summer)/i.test(text) && /\b(etter|after)\s*\??\s*$/i.test(text)) return [text];
  // "mellom den første og den andre samlingen" asks the time between them: one question.
  // "Når er tredje og fjerde samling?": the dates of both are read as one question (the intent names each); the last
  // one ("første og siste") is counted from the end, which only a question of its own reads.
  const byNumber = pair !== null && /\b(når|when|dato\w*|dates?)\b/i.test(text) && ![pair[1], pair[3]].some((o) => /^(siste|last)$/i.test(o));
  if (pair && text.length <= 200 && !/\b(mellom|between)\b/i.test(text) && !byNumber) return [text.replace(pair[0], `${pair[1]}${pair[4]}`), text.replace(pair[0], `${pair[3]}${pair[4]}`)];
  if (text.length > 400 || (ONE_QUESTION.test(text.split(/[,?]/)[0] ?? '') && !AFTER_CHOICE.test(text) && !AFTER_COMPARE.test(text))) return [text];
  const dashed = DASHED.exec(text);
  const m = SENTENCES.exec(text) ?? JOINED.exec(text) ?? dashed ?? COMMA_YES_NO.exec(text);
  if (!m) return withContext(text);
  const first = m[1].trim().replace(/[,;]$/, '');
  const second = (m[2] ?? m[3]).trim();
  // The first part must ask something itself ("Jeg lurer på hvor det er, og …"), not be context.
  const shortest = CONTRACTED_WH.test(second) ? 2 : 3;
  if (!ASKS.test(first) || first.split(/\s+/).length < 3 || second.split(/\s+/).length < shortest) return withContext(text);
  // "Hun er mest nysgjerrig på den første delen, den som heter «Ledelse på NTNU» – hvilke temaer tar den for seg?": the
  // dash puts a question to what the sentence before it names; a question asked earlier in the message is context.
  if (m === dashed && !ASKS.test(first.split(/(?<=[.!?])\s+/).pop() ?? first)) return withContext(text);
  // "Hva koster et ekstra døgn, og hva blir det om jeg tar det på alle seks?": a sum of what was just asked is one
  // question over the first part's subject.
  if (SUM_OF_IT.test(second)) return [text];
  // "Hvordan kommer jeg meg videre, og ca. hvor lang tid tar det?": how long the trip just asked about takes is one
  // question with it (the travel fact gives both).
  if (TRIP_LENGTH.test(second) && readIntent(first).topics.includes('travel')) return [text];
  // "Hvor er samlingene våre på LEDPRO, og hvor har de sine?": the same asked of theirs sets the two side by side.
  // "Kan du sette det opp mot X? Hvor lang tid går hvert av dem over?": what is asked of each is the comparison's.
  if (/\b(de sine|dei sine|deres|deira|theirs)\b/i.test(second) || (SET_AGAINST.test(first) && EACH_OF_THEM.test(second))) return [text];
  // "Og instituttlederprogrammet, hvor lenge går det? Kan du sammenligne varigheten?": a second sentence that only
  // asks to compare sets the first one's answer beside the conversation's.
  if (COMPARE_ONLY.test(second)) return [text];
  return [first.endsWith('?') ? first : `${first}?`, askedAsFirst(first, second)];
}

/**
 * "Who do I ask about logistics, and who about the course content?": a second question that only repeats the question
 * word takes the first one's verb ("who do I ask about the course content?").
 */
/** A plural noun ("samlingene", "øktene", "sessions"): what a later "how many are they?" counts. */
const PLURAL_THINGS = letterAware(/\b(\p{L}{4,}(?:ene|ane|ings|ions))\b/iu);

function askedAsFirst(first: string, second: string): string {
  // "Hvor holdes samlingene, og hvor mange er de?": a count of "them" counts the first part's things.
  const count = /^(hvor mange|kor mange|how many)\s+(er|blir|finnes|fins|are|is)\s+(de|dei|det|there|they)\b(?:\s+(?:da|då|then|of them|av dem|av dei))?\s*\??\s*$/iu.exec(second);
  const things = PLURAL_THINGS.exec(first);
  if (count && things) return `${count[1]} ${things[1]} ${count[2]} ${count[3]}?`;
  const bare = /^(who|whom|hvem|kven)\s+(about|for|regarding|on|om|angående|når det gjelder)\b/i.exec(second);
  const frame = /^(who|whom|hvem|kven)\b(.*?)\s(about|for|regarding|on|om|angående|når det gjelder)\b/i.exec(first);
  return bare && frame ? `${frame[1]}${frame[2]} ${second.slice(bare[1].length).trim()}` : second;
}

/**
 * "Jeg er faggruppeleder. Blir jeg med på opplæringsdagene, og hvordan er de lagt opp?": the last sentence asks two
 * things; the context before it goes with the first.
 */
function withContext(text: string): string[] {
  const sentences = text.split(/(?<=[.!])\s+(?=\p{Lu})/u);
  if (sentences.length < 2) return [text];
  const parts = splitQuestions(sentences[sentences.length - 1]);
  return parts.length === 2 ? [`${sentences.slice(0, -1).join(' ')} ${parts[0]}`, parts[1]] : [text];
}
