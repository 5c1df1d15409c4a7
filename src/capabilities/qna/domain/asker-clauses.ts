import { letterAware } from './letter-aware';

// Clauses that tell why, or on what condition, the asker asks: they are no part of what is asked.

/**
 * ", så jeg bestiller togbillett dit?", ", so I'll book the train?", ", så holder det at jeg blokkerer én dag?": the
 * asker's plan on what the message claims. A plan told in a sentence of its own, before "Stemmer det?", is part of the claim
 * to check ("… så jeg setter av 16 dager. Stemmer det?").
 */
export const PLAN_ON_IT = letterAware(/,\s*(?:så|so|and so|og da|then)\s+(?:jeg|eg|vi|me|i|we|i'll|we'll|i will|we will)\s+(?:kan\s+|can\s+|skal\s+|will\s+)?(?:bestiller|bestille|booker|booke|book|blokkerer|blokkere|block|setter av|sette av|reserverer|reserve|order|tar|take|planlegger|plan|melder|melde|legger inn|put)\b[^?.!]*\?\s*$|,\s*(?:så|so)\s+(?:holder det|er det nok|is it enough|is that enough|will it do)\s+(?:at|å|to|if)\b[^?]*\?\s*$/);
/** "…, slik at jeg kan planne resten rundt det?", "… so that I can plan around it?": why the asker asks. */
export const SO_THAT_I_CAN = letterAware(/,?\s+(?:slik at|sånn at|so that|så|so) (?:jeg|eg|vi|me|i|we) (?:kan|kunne|can|could|får|get) (?:planne|planlegge|plan|organisere|organise|organize|legge|sette|book|booke|tilpasse|fit|arrange|forberede|prepare|(?:det|dette|it|that|this) (?:riktig|rett|korrekt|right|correct))\b[^?]*\?\s*$/);
/** A question asked as a statement: "I'm curious how long …", "jeg lurer på hvor …". */
export const WONDERING = letterAware(/\b(curious|wondering|wonder|lurer på|lurar på|undrer på|vil gjerne vite|would like to know|want to know)\b[^.!?]{0,20}\b(how|what|when|where|which|whether|if|hvor|hva|kva|når|korleis|hvordan|om|kor)\b/);
/** A clause of joining before the question: "If I sign up for LEDPRO, …", "Hvis jeg kommer inn, …". */
export const JOINING_IF = letterAware(/^(?:(?:and|but|so|og|men|så)\s+)?(?:if|once|hvis|dersom|viss|om)\s+(?:i|we|she|he|they|jeg|eg|vi|me|hun|han|ho|hen|de|dei)\s+(?:do\s+|actually\s+|end up\s+|faktisk\s+|først\s+)?(?:sign|signs|apply|applies|join|joins|enrol+|enrols|register|registers|get in|gets in|get a place|get accepted|get admitted|melder|søker|søkjer|kommer inn|kjem inn|får plass|blir tatt opp|blir med|vert teken opp)\b[^,?]{0,60},\s*(?=(?:how|what|when|where|who|which|will|would|do|does|is|are|can|hva|kva|hvordan|korleis|når|hvor|kvar|hvem|kven|hvilke\w*|blir|får|må|er|kan|skal)\b)/i);

/** "… i tillegg?", "… on top?": in addition to something the question does not name. */
export const IN_ADDITION_TO_NOTHING = letterAware(/\b(i tillegg|in addition|on top|på toppen|ekstra|extra)\s*\??\s*$/);
/** "So about 8000 for all six?", "så 20 000 til sammen?": a figure concluded, opening with "so". */
export const SO_FIGURE = /^(?:so|så|altså|then|da)\s+(?:[a-zæøå]+\s+){0,3}\d/;
/** "Kolliderer det med …?", "does that clash with …?": whether something told clashes, asked with a pronoun. */
export const CLASH_OF_IT = letterAware(/^(?:(?:og|men|så|and|but|so)\s+)?(?:kolliderer|krasjer|kræsjer|overlapper|crasher|collides?|clashes?|overlaps?) (?:det|dette|den|dei|de|that|this|it|they)\b|^(?:(?:and|but|so)\s+)?(?:does|do|will|would|could|might) (?:that|this|it|they|those) (?:clash|collide|overlap|conflict)\b/);
/**
 * "Den ene har spurt om LEDPRO, men det tar vi en annen gang.", "… but that's for another day.": a sentence that puts its
 * matter off for later. The program it names is not the one asked about.
 */
const PUT_OFF = letterAware(/\b(men|but)?\s*(det|dette|den|that|this|it)\s+(tar vi|tek vi|får vi ta|kan vi ta|snakker vi om|må vi ta|is for|can wait|'s for|will have to wait)\s+(en annen gang|ein annan gong|seinere|senere|seinare|later|another (time|day)|a different (time|day))\b|\b(det er|det blir|that's|that is) (en|ei|ein|another|a different) (annen|anna|annan)?\s*(sak|historie|matter|story|question)\b|\b(la(t)? oss la det ligge|la det ligge|leave that (aside|for now|for later)|never mind that)\b/);
/** The message without its sentences that put their matter off for later. */
export const withoutPutOff = (text: string): string => {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const kept = sentences.filter((x) => !PUT_OFF.test(x));
  return kept.length === sentences.length || kept.length === 0 ? text : kept.join(' ');
};
