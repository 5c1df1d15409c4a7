import type { FactTopic } from '../../../catalog/catalog.schema';
import type { DateAsk } from './question-intent';

/**
 * What a conversation has been about, so a follow-up without a topic word leans on the last answer: the
 * programs, the topic and its date question, the concern of a contact question, the gathering last named and
 * the list last given ("the third one"). Kept per conversation (not per user), stored like everything else,
 * and forgotten after a pause or on "ny samtale" / "start over".
 */
export type QnaState = {
  readonly programIds: string[];
  readonly topic?: FactTopic;
  readonly date?: DateAsk;
  readonly concern?: 'practical' | 'academic';
  /** The last gathering an answer was about ("and the one after?"). */
  readonly gathering?: number;
  /** What the last answer listed in order, for "the third one" / "nummer 3". */
  readonly list?: 'gatherings' | 'pillars';
  /** The contact person the last answer named ("og e-posten?"). */
  readonly contact?: string;
  /** What the last question expected (a count, a duration, a date), for "og LEDPRO?" after "hvor lenge varer X?". */
  readonly expects?: 'count' | 'duration' | 'date' | 'amount';
  /** The numbered items of the last answer ("1) … 2) …"), for "hva var det fjerde?". */
  readonly items?: string[];
  /** The last question as understood (at most 300 characters), for a repair that amends it ("nei, fra flyplassen"). */
  readonly question?: string;
  /** `programId/factId` of the facts the last answer gave. */
  readonly facts?: string[];
  /** The last message when it told something and asked nothing ("Vi har ein instituttleiar som vart tilsett midt i
   * åremålsperioden."), for a follow-up that points back at what it told of ("Får ho òg …?"). */
  readonly told?: string;
  /** The last answer said the documents do not say it, for "a date?" / "et anslag?" that only narrow that question. */
  readonly unanswered?: boolean;
  /** The programs and topic before the conversation last turned to another program, for "tilbake til det første". */
  readonly earlier?: { readonly programIds: string[]; readonly topic?: FactTopic };
  /** The provider the asker told they work at ("… ved NTNU"), for "vårt eget program" / "ours" later on. */
  readonly employer?: string;
  /** How many people the conversation said it is about ("Vi er fire fra plan og miljø"), for "… for oss til sammen?". */
  readonly people?: number;
  /** When the conversation last asked (ISO instant). */
  readonly at: string;
};

/** After this pause a question starts a new conversation: a follow-up a day later is a new question. */
export const STATE_TTL_MS = 2 * 3600 * 1000;

export const freshState = (state: QnaState | undefined, now: Date): QnaState | undefined =>
  state && now.getTime() - Date.parse(state.at) <= STATE_TTL_MS && now.getTime() >= Date.parse(state.at) - 60_000 ? state : undefined;

/**
 * "Ok, tilbake til det første –", "back to the first one", "den fristen eg spurde om først", "hvem er prosjektleder i
 * det første?": the programs and topic before the last switch.
 */
const BACK_TO_EARLIER = /\b((tilbake|attende) til (det|den|dei|de) (første|fyrste|forrige|førre)|(tilbake|attende) til (første|fyrste|forrige) (program\w*|spørsmål\w*|tema\w*|studie\w*|kurs\w*)|back to (the )?(first|previous|earlier|original) (one|program\w*|question|topic|thing|course)|back to (what|the one) i (first )?asked( about)?( first| before)?|back to where we (started|were)|(jeg|eg|i) (spurte|spurde|asked)( om| about)? (først|fyrst|first|i starten|at first)|(i|in|på|for|om|of|about) (det|den) (første|fyrste) (program\w*|studiet|kurset)|(i|på|for|om) (det|den) (første|fyrste)(?=(\s+(igjen|da|altså))?\s*\??\s*$)|(in|for|of|about) the first (program\w*|course)( you mentioned)?|(to|til) (the|det|den) (first|første|fyrste) (place|venue|location|stedet|staden)|(det|den) (første|fyrste) (igjen|att)|the first one again|^(ok,? |okei,? |greit,? )?(og |and )?(den|det) (første|fyrste)(?=\s*[–—,:-])|^(ok[.,!]? |okei[.,!]? |greit[.,!]? )?(og |and )?(den|det) (første|fyrste) (der|dér|there)\b)\b/i;

/**
 * "Gir den første studiepoeng?", "does the first one give credits?": back to the first program, unless the last
 * answer was about gatherings or gave a list, where "when is the first one?" is the first of those.
 */
const FIRST_ONE = /\b(gir|gjev|varer|varar|koster|kostar|er|tar) (det|den) (første|fyrste)(?=\s*\??\s*$)|\b(does|is|was) the first one\b/i;
const GATHERINGS_TALKED_OF = /samling|gathering|session|meeting/i;

/** "ok back to the hotel: …" / "tilbake til hotellet –": back at the start of a message, to what came before. */
const BACK_TO_START = /^(?:(?:ok|okay|okei|so|så|og|and|men|but|right)\W+){0,2}(?:back to|tilbake til|attende til)\b/i;

/** The state a message that goes back to the earlier program reads against; the state itself otherwise. */
export function backToEarlier(text: string, state: QnaState | undefined): QnaState | undefined {
  if (!state?.earlier) return state;
  const firstOfList = state.list !== undefined || state.gathering !== undefined || GATHERINGS_TALKED_OF.test(state.question ?? '');
  if (!(BACK_TO_EARLIER.test(text) || BACK_TO_START.test(text.trim()) || (!firstOfList && FIRST_ONE.test(text)))) return state;
  return { programIds: [...state.earlier.programIds], topic: state.earlier.topic, at: state.at };
}

/**
 * What the next state keeps of the earlier program: the one before a switch, carried until the next switch. Going
 * from one part of a program to the other (LEDPRO 1 to LEDPRO 2) is no switch: `related` tells programs of a family.
 */
export function earlierOf(state: QnaState | undefined, programIds: readonly string[], related: (a: string, b: string) => boolean): QnaState['earlier'] {
  if (!state || state.programIds.length === 0 || programIds.length === 0) return state?.earlier;
  const same = programIds.every((id) => state.programIds.some((x) => related(x, id)));
  return same ? state.earlier : { programIds: [...state.programIds], topic: state.topic };
}
