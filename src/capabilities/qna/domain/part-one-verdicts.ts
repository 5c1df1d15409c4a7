import { REDO_PART_ONE } from './everyday-cues';
import { letterAware } from './letter-aware';
import type { Verdict } from './verdicts';

/*
 * Part 1 of a two-part program told as taken or not, against part 2's requirement: "Kan hun hoppe rett på del 2?",
 * "Jeg har ikke tatt del 1. Kan jeg ta del 2?", "She did part 1 in 2019. Can she go straight into part 2?".
 */

/** Skipping a step ("rett på del 2", "straight into part 2", "uten å ha tatt del 1"). */
export const SKIPS = letterAware(/\b(rett|direkte|straight|directly|hoppe|hopp|skip|skippe|uten å ha|without (having|doing|taking))\b/);

/** Something said to be enough ("holder vel", "er nok", "is enough", "qualifies"). */
const SUFFICES = letterAware(/\b(holder|holde|held|er nok|vere nok|være nok|rekker|enough|sufficient|suffices?|qualif(y|ies)|kvalifiserer)\b/);

/** Part 1 told as done ("did LEDPRO part 1 back in 2019", "har tatt del 1"). */
const DID_PART_ONE = letterAware(/\b(tatt|tok|teke|fullført|fullførte|gjennomført|gjennomførte|bestått|taken|took|completed|finished|done|did|passed)\s+((ledpro\s+)?(del|part)|ledpro)\s*(1|one|en|ein)\b/);
/** Part 1 told of at all, done or not ("Jeg har ikke tatt del 1."). */
const PART_ONE_TOLD = letterAware(/\b(del|part|ledpro)\s*(1|one|en|ein)\b/);

/** Whether part 1 is told as done, not as lacking ("uten å ha tatt del 1", "I haven't done part 1"). */
function didPartOne(text: string): boolean {
  const m = DID_PART_ONE.exec(text);
  return m !== null && !/\b(uten|utan|without|ikke|ikkje|not|never|aldri|haven't|hasn't|hadn't|didn't|har ikke|har ikkje)\b[^.?!]{0,15}$/.test(text.slice(0, m.index));
}

/**
 * "Kan hun hoppe rett på del 2?" against "må du ha gjennomført del 1": what is required cannot be skipped, unless the
 * asker told it is done ("A section leader did part 1 in 2019. Can she go straight into part 2?"). The requirement
 * decides, whatever other words the question has.
 */
export function skipVerdict(question: string, answer: string, told = question): Verdict | undefined {
  // "Jeg har ikke tatt del 1. Kan jeg ta del 2?": part 1 told of before the question decides as a skip does.
  const asked = told.split(/(?<=[.!])\s+/).pop() ?? told;
  const toldBefore = PART_ONE_TOLD.test(told.slice(0, told.length - asked.length));
  // "En bachelorgrad holder vel for å komme inn på del 2?": a qualification said to be enough for part 2 skips part 1.
  // "Jeg tok del 1 i 2019. Må jeg ta del 1 en gang til?": what is done need not be done again; the document only
  // points to part 1's pages for one who took it long ago.
  // "Kan jeg søke del 2 nå, eller må jeg ta del 1 på nytt?" offers two ways: the first one's verdict is given below.
  const redo = REDO_PART_ONE.exec(question.toLowerCase());
  if (redo && !/\b(eller|or)\b/.test(question.toLowerCase().slice(0, redo.index)) && (didPartOne(question) || didPartOne(told))) return 'no';
  const suffices = SUFFICES.test(question) && /\b(del|part)\s*(2|two|to)\b/.test(question);
  if (!(SKIPS.test(question) || toldBefore || suffices) || !/(må (du |man )?ha (gjennomført|tatt|fullført)|must have (completed|taken|done)|need to have (completed|taken)|requires? (that )?you)/i.test(answer)) return undefined;
  return didPartOne(question) || didPartOne(told) ? 'yes' : 'no';
}
