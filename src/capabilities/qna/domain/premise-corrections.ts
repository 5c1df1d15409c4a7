import { uniqueSources } from './answer';
import type { ComposeInput, Composed } from './composed';
import { ASSUMED_THEN_WHY, HEARD_THEN_ASKED, HEDGED, SINCE, SO_THEN_ASKED, TAKEN_AS_KNOWN } from './composer-patterns';
import { NOT_RIGHT, openingVerdict } from './verdicts';

/** A pronoun that points back to what a premise named: "it", "her", "den", "henne" ("det" is mostly a dummy subject). */
const POINTS_TO_PREMISE = /(?<![\p{L}])(it|her|him|them|den|dem|henne|han|ham|ho)(?![\p{L}])/iu;

/**
 * "Since the gatherings are in Hamar, which hotel do people stay at?": a premise given as the reason for a
 * question is checked as a claim of its own; when the documents say otherwise, the correction comes first, then
 * the question is answered.
 */
export function premiseCorrected(input: ComposeInput, composeOne: (input: ComposeInput) => Composed): Composed | undefined {
  const m = SINCE.exec(input.question.trim()) ?? HEDGED.exec(input.question.trim()) ?? HEARD_THEN_ASKED.exec(input.question.trim()) ?? SO_THEN_ASKED.exec(input.question.trim()) ?? ASSUMED_THEN_WHY.exec(input.question.trim());
  if (!m) return undefined;
  // The premise is a claim of its own: it keeps the conversation's program, not its last topic.
  const programsOnly = input.state ? { ...input.state, topic: undefined, date: undefined, facts: undefined, items: undefined, list: undefined, expects: undefined } : undefined;
  // "…, as we know", "går jo": the marker of a thing taken as known is no part of the claim.
  const claimed = m[1].replace(TAKEN_AS_KNOWN, '').replace(/\s+jo\s+/g, ' ').trim();
  const claim = composeOne({ ...input, state: programsOnly, question: `${input.lang === 'nb' ? 'Stemmer det at' : 'Is it right that'} ${claimed}?` });
  if (claim.answer.kind !== 'answer' || openingVerdict(claim.answer.text) !== 'no') return undefined;
  const asked = composeOne({ ...input, question: m[2], state: claim.state });
  const claimBody = claim.answer.text.replace(/^(Nei|No)\.\s*/, '');
  const askedBody = asked.answer.text.replace(/^(Ja|Nei|Delvis|Yes|No|Partly)\.\s*/, '');
  // "As LEDPRO costs 35 000, is the hotel included?": the answer to the question may hold the correction's words and
  // more (what comes in addition); it then stands for both.
  const widened = asked.answer.kind === 'answer' && askedBody.length > claimBody.length && askedBody.startsWith(claimBody);
  // "…, so we pay it only once, right?": a "yes" to a conclusion about what the wrong premise named ("it", "her")
  // would confirm the premise; it is left out. A "no" the facts give it stands.
  const restsOnIt = /^(Ja|Yes)\./.test(asked.answer.text) && POINTS_TO_PREMISE.test(m[2]);
  const rest = asked.answer.kind === 'answer' && !asked.answer.text.includes(claimBody) ? `\n\n${restsOnIt ? askedBody : asked.answer.text}` : '';
  // Not asked as a yes/no question, the premise is not answered "Nei." but said to be wrong.
  const corrected = `${NOT_RIGHT[input.lang]}. ${widened ? askedBody : claimBody}`;
  return { answer: { ...claim.answer, text: `${corrected}${rest}`, sources: uniqueSources([...claim.answer.sources, ...(rest ? asked.answer.sources : [])]) }, state: asked.state };
}
