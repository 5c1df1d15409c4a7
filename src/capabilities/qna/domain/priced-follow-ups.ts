import { escapeRegExp } from '../../../shared/escape-reg-exp';
import type { FactTopic } from '../../../catalog/catalog.schema';
import { leading } from './intent-adjustments';
import type { QuestionForm } from './question-form';
import type { Intent } from './question-intent';
import { HOW_MUCH } from './reader-vocabulary';
import { SITTING_EXAM, STILL_APPLY } from './everyday-cues';
import { letterAware } from './letter-aware';
import { MONTH_NAMES } from './month-asks';

/*
 * Two readings the reader makes once the cue words have spoken: what a claim names (a place by its name, a fund's
 * deadline), and which price a follow-up about a price asks of the one before it (the fee's contents, the stay's).
 */

/**
 * "NTNUs ledersamling er jo på Røros, ikke sant?": a place claimed by its name asks where (not a month, "in January",
 * and not beside a count claimed too, "4 gatherings in Lillehammer"). "What's the deadline for applying to the
 * fund?": the fund's deadline, a date its fact must give, not the application deadline.
 */
/** A program's own name ("på Mentorprogrammet") is where one signs up, not a place. */
const PROGRAM_NAME = /program(met|me|mes)?$|^(ledpro|ntnu)\b/i;

export function claimedThings(focus: string, given: Intent, givenForm: QuestionForm, concepts: ReadonlySet<string>): { intent: Intent; form: QuestionForm } {
  let intent = given;
  let form = givenForm;
  const placed = form.yesNo && form.numbers.length === 0 && form.months.length === 0 && form.names.some((n) => !PROGRAM_NAME.test(n) && letterAware(new RegExp(`\\b(på|i|in|at|ved)\\s+${escapeRegExp(n.toLowerCase())}\\b`)).test(focus));
  if (placed && !intent.topics.includes('place') && !intent.date) intent = leading({ ...intent, topics: [...intent.topics, 'place'] }, 'place');
  // "Do we sit the exam on site at Wood Hotel?", "… skoleeksamen på siste samling?": the exam is claimed of; the
  // place or the gathering is where it is said to be sat. "… presentere for en sensorgruppe?" names the exam by its
  // examiners alone.
  if (form.yesNo && SITTING_EXAM.test(focus)) intent = { ...leading({ ...intent, topics: [...new Set([...intent.topics, 'exam' as const])] }, 'exam'), date: undefined };
  // "… only got the go-ahead in January. Can I still apply for LEDPRO starting in February?": the deadline decides,
  // whatever the asker told of their role or the start. A "still" without a time told is "even so" ("I'm not a
  // manager – can I still apply?"), which the target group answers.
  if (STILL_APPLY.test(focus) && TIME_TOLD.test(focus)) intent = { ...leading({ ...intent, topics: [...new Set([...intent.topics, 'deadline' as const])] }, 'deadline'), date: undefined };
  // "Og hvis folk reiser dit kvelden før?": coming the evening before is a night at the hotel, not the journey.
  if (intent.topics[0] === 'travel' && intent.topics.includes('lodging') && !/\b(hvordan|korleis|how|tog|toget|train|buss|bus|bil|car|fly)\b/.test(focus) && /\b(dagen|kvelden|natta|natten|day|evening|night) (før|before)(?![\p{L}])/u.test(focus)) intent = leading(intent, 'lodging');
  if (concepts.has('#support') && intent.topics[0] === 'deadline') {
    intent = leading({ ...intent, topics: [...new Set([...intent.topics, 'support' as const])] }, 'support');
    form = { ...form, expects: 'date' };
  }
  return { intent, form };
}

/** A time the asker tells: a year, a month, "this week", "now", "late". */
const TIME_TOLD = letterAware(new RegExp(String.raw`\b(20\d\d|${MONTH_NAMES}|this (week|month)|denne (uka|uken|måneden)|nå|now|today|i dag|late|sent|seint|for sent|too late)\b`));

interface PricedAsk {
  readonly focus: string;
  readonly intent: Intent;
  readonly form: QuestionForm;
  readonly concepts: ReadonlySet<string>;
  /** Whether the follow-up already took the last answer's topic. */
  readonly inherited: boolean;
  readonly lastTopic: FactTopic | undefined;
  readonly namesProgram: boolean;
}

/** A part of a stay: its meals, its room, its night. */
const STAY_PART = /\b(middag\w*|frokost\w*|lunsj\w*|måltid\w*|maten|mat|kveldsmat|dinner|breakfast|lunch|meals?|food|rom(met)?|room|overnatting\w*|natta|night)\b/;

/** Which price a follow-up asks about, after an answer about a price; `inherited` when it leans on that answer. */
export function pricedFollowUp(a: PricedAsk): { intent: Intent; inherited: boolean } {
  const { focus, form, lastTopic } = a;
  let { intent, inherited } = a;
  // "Is the hotel included in the fee?" → "What about the books, are those covered?": still what the fee holds.
  // "How much of that will the OU fund cover?" asks the support, not what the fee includes.
  if (form.included && (lastTopic === 'fee' || lastTopic === 'lodging') && !intent.topics.includes('fee') && !intent.topics.includes('support') && !HOW_MUCH.test(focus) && !a.namesProgram) {
    intent = leading({ ...intent, topics: ['fee', ...intent.topics] }, 'fee');
    inherited = true;
  }
  // "kan vi søke støtte noe sted?" → "hvor mye pleier man å få da?": how much the support gives, which no fact says.
  if (lastTopic === 'support' && HOW_MUCH.test(focus) && !intent.topics.includes('support') && intent.topics.every((t) => t === 'fee') && !a.namesProgram) {
    intent = leading({ ...intent, topics: ['support', ...intent.topics] }, 'support');
    inherited = true;
  }
  // "how much is accommodation?" → "what does that price include?", "does that cover dinner too?": the stay's price,
  // not the fee.
  // "Kost og losji … lunsj til lunsj." → "er middag inkludert?": a meal or the room asked of the stay just told.
  if (form.included && lastTopic === 'lodging' && intent.topics[0] === 'fee' && (/\b((that|this|the) (price|cost)|(den|denne|det) (prisen|kostnaden)|it|that|this|det|den|dette|denne)\b/.test(focus) || STAY_PART.test(focus)) && !/(deltakeravgift|participa\w* fee|tuition|kursavgift)/.test(focus)) {
    intent = leading({ ...intent, topics: [...intent.topics, 'lodging'] }, 'lodging');
    inherited = true;
  }
  // "rough cost?" → "and just the hotel bit per samling?": the price inherited, of the stay the follow-up names.
  // Not "er mat og overnatting inkludert i den?" after the fee: what the fee includes, asked of the stay.
  if (inherited && !form.included && intent.topics[0] === 'fee' && (a.concepts.has('#hotel') || a.concepts.has('#lodging'))) intent = leading({ ...intent, topics: [...intent.topics, 'lodging'] }, 'lodging');
  return { intent, inherited };
}
